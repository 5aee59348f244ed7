#include "ui/tools/MeasureTool.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/PointSnap.hpp"
#include <QLocale>
#include <cmath>

namespace aifp::ui {

QString MeasureTool::describe(const PointM& a, const PointM& b) const {
    const QLocale loc;
    const double dx = b.xM - a.xM, dy = b.yM - a.yM;
    return tr("Distance %1 m (x %2 m, y %3 m)")
        .arg(loc.toString(std::hypot(dx, dy), 'f', 2), loc.toString(std::fabs(dx), 'f', 2),
             loc.toString(std::fabs(dy), 'f', 2));
}

PointM MeasureTool::snapped(const PointM& rawM) {
    const PointSnap s = snapMeasurePoint(document_->design(), rawM);
    emit snapChanged(s.kind, s.pointM);
    return s.pointM;
}

void MeasureTool::show(const PointM& b) {
    distanceM_ = planDistanceM(firstM, b);
    // A thin line just above the floor.
    emit previewChanged({{firstM.xM, firstM.yM, 0.05}, {b.xM, b.yM, 0.05}}, 0.08);
    emit statusMessage(describe(firstM, b));
}

void MeasureTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton || !e.onFloor)
        return;
    const PointM p = snapped(e.floorM);
    if (!measuring_) {
        measuring_ = true;
        firstM = p;
        distanceM_ = 0.0;
        emit previewChanged({}, 0.0);
        emit statusMessage(tr("Click the second point"));
        return;
    }
    measuring_ = false;
    show(p); // stays on screen until the next measurement
}

void MeasureTool::mouseMove(const ToolEvent& e) {
    if (!e.onFloor)
        return;
    const PointM p = snapped(e.floorM);
    if (measuring_)
        show(p);
}

bool MeasureTool::keyPress(int key, Qt::KeyboardModifiers) {
    if (key != Qt::Key_Escape || (!measuring_ && distanceM_ < 0))
        return false;
    measuring_ = false;
    distanceM_ = -1.0;
    emit previewChanged({}, 0.0);
    return true;
}

void MeasureTool::deactivate() {
    measuring_ = false;
    distanceM_ = -1.0;
    emit previewChanged({}, 0.0);
    emit snapChanged(SnapKind::None, {});
}

} // namespace aifp::ui
