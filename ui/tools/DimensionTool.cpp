#include "ui/tools/DimensionTool.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/PointSnap.hpp"
#include <QLocale>
#include <cmath>

namespace aifp::ui {

double Dimension::lengthM() const {
    return planDistanceM(aM, bM);
}

DimensionTool::DimensionTool(Document* document, QObject* parent) : Tool(document, parent) {
    // Annotations belong to the design on screen: another design starts without them.
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (change.kind == DesignChange::Kind::Reset) {
            cancel();
            clear();
        }
    });
}

void DimensionTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton || !e.onFloor)
        return;
    const PointSnap s = snapMeasurePoint(document_->design(), e.floorM);
    if (!placing_) {
        placing_ = true;
        firstM = s.pointM;
        emit statusMessage(tr("Click the other end of the dimension (Esc cancels)"));
        return;
    }
    placing_ = false;
    emit previewChanged({}, 0.0);
    const Dimension dim{firstM, s.pointM};
    if (dim.lengthM() < 0.01) {
        emit editRefused(tr("a dimension needs two different points"));
        return;
    }
    dimensions_.push_back(dim);
    emit dimensionsChanged(dimensions_);
    emit statusMessage(tr("Dimension %1 m placed; Backspace removes the last one")
                           .arg(QLocale().toString(dim.lengthM(), 'f', 2)));
}

void DimensionTool::mouseMove(const ToolEvent& e) {
    if (!e.onFloor)
        return;
    const PointSnap s = snapMeasurePoint(document_->design(), e.floorM);
    emit snapChanged(s.kind, s.pointM);
    if (!placing_)
        return;
    emit previewChanged({{firstM.xM, firstM.yM, 0.05}, {s.pointM.xM, s.pointM.yM, 0.05}}, 0.06);
    const QLocale loc;
    emit statusMessage(tr("Dimension %1 m (x %2 m, y %3 m)")
                           .arg(loc.toString(Dimension{firstM, s.pointM}.lengthM(), 'f', 2),
                                loc.toString(std::fabs(s.pointM.xM - firstM.xM), 'f', 2),
                                loc.toString(std::fabs(s.pointM.yM - firstM.yM), 'f', 2)));
}

bool DimensionTool::wantsKey(int key, Qt::KeyboardModifiers mods) const {
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (key == Qt::Key_Escape)
        return placing_;
    return (key == Qt::Key_Backspace || key == Qt::Key_Delete) && !dimensions_.empty();
}

bool DimensionTool::keyPress(int key, Qt::KeyboardModifiers mods) {
    if (!wantsKey(key, mods))
        return false;
    if (key == Qt::Key_Escape) {
        cancel();
        emit statusMessage(tr("Dimension cancelled"));
        return true;
    }
    removeLast();
    return true;
}

void DimensionTool::removeLast() {
    if (dimensions_.empty())
        return;
    dimensions_.pop_back();
    emit dimensionsChanged(dimensions_);
}

void DimensionTool::clear() {
    if (dimensions_.empty())
        return;
    dimensions_.clear();
    emit dimensionsChanged(dimensions_);
}

void DimensionTool::cancel() {
    placing_ = false;
    emit previewChanged({}, 0.0);
}

void DimensionTool::deactivate() {
    cancel(); // the placed dimensions stay
    emit snapChanged(SnapKind::None, {});
}

} // namespace aifp::ui
