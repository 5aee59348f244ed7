#include "ui/tools/SelectTool.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <string>

namespace aifp::ui {

namespace {
// Objects with a position on the floor that a rubber band can catch.
std::vector<ObjectId> objectsInRect(const Design& d, const RectM& r) {
    std::vector<ObjectId> out;
    auto in = [&](const PointM& p) {
        return p.xM >= r.minXM && p.xM <= r.maxXM && p.yM >= r.minYM && p.yM <= r.maxYM;
    };
    for (const auto& o : d.racks)
        if (in(o.centerM))
            out.push_back(o.id);
    for (const auto& o : d.powerNodes)
        if (in(o.positionM))
            out.push_back(o.id);
    for (const auto& o : d.coolingNodes)
        if (in(o.positionM))
            out.push_back(o.id);
    for (const auto& o : d.switches)
        if (in(o.positionM))
            out.push_back(o.id);
    return out;
}
} // namespace

void SelectTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton)
        return;
    const bool shift = e.modifiers.testFlag(Qt::ShiftModifier);
    startM = e.floorM;
    appliedDxM = appliedDyM = 0.0;
    if (e.objectId != kNoId) {
        auto sel = document_->selection();
        if (shift) {
            auto it = std::find(sel.begin(), sel.end(), e.objectId);
            if (it != sel.end())
                sel.erase(it);
            else
                sel.push_back(e.objectId);
            document_->setSelection(sel);
            return;
        }
        if (!document_->isSelected(e.objectId))
            document_->setSelection({e.objectId});
        dragging_ = e.onFloor;
        newDrag_ = true;
        return;
    }
    banding_ = e.onFloor;
    if (!shift && !banding_)
        document_->setSelection({});
}

void SelectTool::mouseMove(const ToolEvent& e) {
    if (!e.onFloor)
        return;
    if (banding_) {
        const PointM a = startM, b = e.floorM;
        emit previewChanged({{a.xM, a.yM, 0.0},
                             {b.xM, a.yM, 0.0},
                             {b.xM, b.yM, 0.0},
                             {a.xM, b.yM, 0.0},
                             {a.xM, a.yM, 0.0}},
                            0.05);
        return;
    }
    if (!dragging_ || document_->selection().empty())
        return;
    const double dxM = snapToGrid(e.floorM.xM - startM.xM, 0.0, 0.6);
    const double dyM = snapToGrid(e.floorM.yM - startM.yM, 0.0, 0.6);
    // The grabbed point moves by whole floor tiles: mark where it lands.
    emit snapChanged(SnapKind::Grid, {startM.xM + dxM, startM.yM + dyM, 0.0});
    if (std::fabs(dxM - appliedDxM) < 1e-9 && std::fabs(dyM - appliedDyM) < 1e-9)
        return;
    emit statusMessage(
        tr("Moving %n object(s) by x %1 m, y %2 m", nullptr, int(document_->selection().size()))
            .arg(QLocale().toString(dxM, 'f', 1), QLocale().toString(dyM, 'f', 1)));
    DesignPatch patch = moveObjectsPatch(document_->design(), document_->selection(),
                                         dxM - appliedDxM, dyM - appliedDyM);
    appliedDxM = dxM;
    appliedDyM = dyM;
    // Moves within one drag merge into one undo step; the drag number keeps drags apart.
    if (newDrag_)
        ++dragSerial_;
    newDrag_ = false;
    document_->push(new ChangeValueCommand(
        document_, std::move(patch), "position/drag " + std::to_string(dragSerial_), tr("Move")));
}

void SelectTool::mouseRelease(const ToolEvent& e) {
    if (banding_) {
        banding_ = false;
        emit previewChanged({}, 0.0);
        const RectM r{std::min(startM.xM, e.floorM.xM), std::min(startM.yM, e.floorM.yM),
                      std::max(startM.xM, e.floorM.xM), std::max(startM.yM, e.floorM.yM)};
        if (r.widthM() < 0.05 && r.depthM() < 0.05) {
            if (!e.modifiers.testFlag(Qt::ShiftModifier))
                document_->setSelection({});
            return;
        }
        auto found = objectsInRect(document_->design(), r);
        if (e.modifiers.testFlag(Qt::ShiftModifier)) {
            auto sel = document_->selection();
            sel.insert(sel.end(), found.begin(), found.end());
            found = sel;
        }
        document_->setSelection(found);
        emit statusMessage(tr("%n object(s) selected", nullptr, int(found.size())));
    }
    if (dragging_)
        emit snapChanged(SnapKind::None, {});
    dragging_ = false;
}

} // namespace aifp::ui
