#include "ui/tools/HallTool.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace aifp::ui {

void HallTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton || !e.onFloor)
        return;
    active_ = true;
    resizing_ = kNoId;
    for (const auto& h : document_->design().halls) {
        const RectM f = h.footprint();
        if (std::hypot(e.floorM.xM - f.maxXM, e.floorM.yM - f.maxYM) <= 1.0)
            resizing_ = h.id;
    }
    startM = {snapToGrid(e.floorM.xM, 0.0, 0.6), snapToGrid(e.floorM.yM, 0.0, 0.6), 0.0};
}

void HallTool::mouseMove(const ToolEvent& e) {
    if (e.onFloor)
        cursorM = e.floorM;
    if (!e.onFloor)
        return;
    const double x = snapToGrid(e.floorM.xM, 0.0, 0.6), y = snapToGrid(e.floorM.yM, 0.0, 0.6);
    if (!active_) {
        // Hovering: where a drag would start, or the corner that resizes a hall.
        for (const auto& h : document_->design().halls) {
            const RectM f = h.footprint();
            if (std::hypot(e.floorM.xM - f.maxXM, e.floorM.yM - f.maxYM) <= 1.0) {
                emit snapChanged(SnapKind::Corner, {f.maxXM, f.maxYM, 0.0});
                return;
            }
        }
        emit snapChanged(SnapKind::Grid, {x, y, 0.0});
        return;
    }
    emit snapChanged(SnapKind::Grid, {x, y, 0.0});
    const QLocale loc;
    emit statusMessage(tr("Hall %1 m x %2 m, corner at x %3 m, y %4 m (or type the size)")
                           .arg(loc.toString(std::fabs(x - startM.xM), 'f', 1),
                                loc.toString(std::fabs(y - startM.yM), 'f', 1),
                                loc.toString(std::min(x, startM.xM), 'f', 1),
                                loc.toString(std::min(y, startM.yM), 'f', 1)));
    if (resizing_ != kNoId) {
        const auto* h = DesignIndex(document_->design()).hall(resizing_);
        try {
            DesignPatch p =
                resizeHallPatch(document_->design(), resizing_, x - h->originXM, y - h->originYM);
            document_->push(
                new ChangeValueCommand(document_, std::move(p), "hall size", tr("Resize hall")));
        } catch (const EditError&) {
            // Dragged past the opposite corner: keep the last valid size while dragging.
        }
        return;
    }
    emit previewChanged({{startM.xM, startM.yM, 0.0},
                         {x, startM.yM, 0.0},
                         {x, y, 0.0},
                         {startM.xM, y, 0.0},
                         {startM.xM, startM.yM, 0.0}},
                        0.3);
}

void HallTool::mouseRelease(const ToolEvent& e) {
    if (!active_)
        return;
    active_ = false;
    emit previewChanged({}, 0.0);
    if (resizing_ != kNoId) {
        resizing_ = kNoId;
        return;
    }
    const double x = snapToGrid(e.floorM.xM, 0.0, 0.6), y = snapToGrid(e.floorM.yM, 0.0, 0.6);
    const double wM = std::fabs(x - startM.xM), dM = std::fabs(y - startM.yM);
    if (wM < 0.6 && dM < 0.6) {
        // A click, not a drag: this corner waits for a typed size.
        anchored_ = true;
        anchorM = startM;
        typed_.clear();
        emit statusMessage(tr("Corner at x %1 m, y %2 m: type width x depth (e.g. 60 x 120) and "
                              "press Enter, or drag a rectangle")
                               .arg(QLocale().toString(anchorM.xM, 'f', 1),
                                    QLocale().toString(anchorM.yM, 'f', 1)));
        return;
    }
    if (wM < 1.2 || dM < 1.2) {
        emit editRefused(tr("a hall must be at least 1.2 m x 1.2 m; drag a larger rectangle"));
        return;
    }
    createHall({std::min(x, startM.xM), std::min(y, startM.yM), 0.0}, wM, dM);
}

bool HallTool::wantsKey(int key, Qt::KeyboardModifiers mods) const {
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if ((key >= Qt::Key_0 && key <= Qt::Key_9) || key == Qt::Key_Period || key == Qt::Key_Comma ||
        key == Qt::Key_X || key == Qt::Key_Asterisk || key == Qt::Key_Space)
        return true;
    return !typed_.isEmpty() && (key == Qt::Key_Backspace || key == Qt::Key_Return ||
                                 key == Qt::Key_Enter || key == Qt::Key_Escape);
}

bool HallTool::keyPress(int key, Qt::KeyboardModifiers mods) {
    if (!wantsKey(key, mods))
        return false;
    if (key == Qt::Key_Escape) {
        typed_.clear();
        anchored_ = false;
        emit statusMessage(tr("Size cleared"));
        return true;
    }
    if (key == Qt::Key_Backspace) {
        typed_.chop(1);
        showTyped();
        return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // "60 x 120", "60x120", "60*120", "60 120": width along x, depth along y, in metres.
        const QStringList parts =
            typed_.split(QRegularExpression(R"(\s*[x*\s]\s*)"), Qt::SkipEmptyParts);
        bool okW = false, okD = false;
        const double wM = parts.size() == 2 ? QLocale::c().toDouble(parts[0], &okW) : 0.0;
        const double dM = parts.size() == 2 ? QLocale::c().toDouble(parts[1], &okD) : 0.0;
        if (!okW || !okD) {
            emit editRefused(
                tr("'%1' is not a size: type width x depth in metres, e.g. 60 x 120").arg(typed_));
            return true;
        }
        const PointM corner = anchored_ ? anchorM
                                        : PointM{snapToGrid(cursorM.xM, 0.0, 0.6),
                                                 snapToGrid(cursorM.yM, 0.0, 0.6), 0.0};
        if (createHall(corner, wM, dM)) {
            typed_.clear();
            anchored_ = false;
        }
        return true;
    }
    QChar c;
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        c = QChar('0' + (key - Qt::Key_0));
    else if (key == Qt::Key_Period || key == Qt::Key_Comma)
        c = '.';
    else
        c = key == Qt::Key_Space ? ' ' : 'x';
    if (c == 'x' || c == ' ') {
        if (typed_.contains('x') || typed_.trimmed().isEmpty())
            return true; // one separator, after the width
        typed_ = typed_.trimmed() + " x ";
    } else {
        typed_ += c;
    }
    showTyped();
    return true;
}

void HallTool::showTyped() {
    emit statusMessage(
        tr("Hall size: %1_ m (width x depth; Enter to create, Esc to clear)").arg(typed_));
}

void HallTool::deactivate() {
    typed_.clear();
    anchored_ = false;
    active_ = false;
    emit previewChanged({}, 0.0);
    emit snapChanged(SnapKind::None, {});
}

bool HallTool::createHall(const PointM& cornerM, double widthM, double depthM) {
    if (!std::isfinite(widthM) || !std::isfinite(depthM) || widthM < 1.2 || depthM < 1.2) {
        emit editRefused(tr("a hall must be at least 1.2 m x 1.2 m"));
        return false;
    }
    const double wM = widthM, dM = depthM;
    const Design& d = document_->design();
    Hall h;
    h.id = d.nextId;
    h.name = QCoreApplication::translate("aifp::ui::DefaultName", "Hall %1")
                 .arg(d.halls.size() + 1)
                 .toStdString();
    h.originXM = snapToGrid(cornerM.xM, 0.0, 0.6);
    h.originYM = snapToGrid(cornerM.yM, 0.0, 0.6);
    h.widthM = wM;
    h.depthM = dM;
    h.clearHeightM = 6.0;        // assumption: typical clear height, edit in the properties
    h.floorLoadKgPerM2 = 1500.0; // assumption: slab rating for GPU racks, edit in the properties
    h.maxRackKw = 150.0;         // assumption: room for a 135 kW GB300 NVL72 rack (catalog)
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    patch.nextIdAfter = d.nextId + 1;
    patch.add(h);
    document_->push(
        new PatchCommand(document_, std::move(patch),
                         tr("Create hall %1 m x %2 m")
                             .arg(QLocale().toString(wM, 'f', 1), QLocale().toString(dM, 'f', 1))));
    document_->setSelection({h.id});
    emit statusMessage(tr("Created %1, %2 m x %3 m")
                           .arg(QString::fromStdString(h.name), QLocale().toString(wM, 'f', 1),
                                QLocale().toString(dM, 'f', 1)));
    return true;
}

} // namespace aifp::ui
