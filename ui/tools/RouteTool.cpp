#include "ui/tools/RouteTool.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"
#include <QLocale>
#include <cmath>

namespace aifp::ui {

QString RouteTool::name() const {
    switch (params_.kind) {
    case RouteKind::Busway:
        return tr("Route busway");
    case RouteKind::Feed:
        return tr("Route feed");
    case RouteKind::Pipe:
        return tr("Route pipe");
    }
    return {};
}

void RouteTool::setKind(RouteKind kind) {
    cancel();
    params_.kind = kind;
}

double RouteTool::previewDiameterM() const {
    return params_.kind == RouteKind::Pipe ? params_.branchPipeInnerDiameterMm / 1000.0 : 0.15;
}

void RouteTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton || !e.onFloor)
        return;
    std::optional<PointM> previous;
    if (!routeM_.empty())
        previous = routeM_.back();
    const RouteSnap s = snapRoutePoint(document_->design(), params_.kind, e.floorM, previous);
    if (routeM_.empty())
        fromId_ = s.objectId;
    else if (s.objectId != kNoId)
        toId_ = s.objectId;
    else
        toId_ = kNoId;
    appendOrthogonal(routeM_, s.pointM);
    emit previewChanged(routeM_, previewDiameterM());
    emit statusMessage(tr("%1: %2 point(s); double-click or Enter to finish, Esc to cancel")
                           .arg(name())
                           .arg(routeM_.size()));
}

void RouteTool::mouseMove(const ToolEvent& e) {
    if (!e.onFloor)
        return;
    std::optional<PointM> previous;
    if (!routeM_.empty())
        previous = routeM_.back();
    const RouteSnap s = snapRoutePoint(document_->design(), params_.kind, e.floorM, previous);
    const SnapKind kind = s.objectId != kNoId ? SnapKind::Port
                          : previous          ? SnapKind::RightAngle
                                              : SnapKind::Grid;
    emit snapChanged(kind, s.pointM);
    if (routeM_.empty())
        return;
    auto preview = routeM_;
    appendOrthogonal(preview, s.pointM);
    emit previewChanged(preview, previewDiameterM());
    // Live length and coordinates, like the hall tool's size.
    const QLocale loc;
    emit statusMessage(tr("%1: segment %2 m, total %3 m; point at x %4 m, y %5 m (%6)")
                           .arg(name(),
                                loc.toString(std::hypot(s.pointM.xM - routeM_.back().xM,
                                                        s.pointM.yM - routeM_.back().yM),
                                             'f', 1),
                                loc.toString(polylineLengthM(preview), 'f', 1),
                                loc.toString(s.pointM.xM, 'f', 1),
                                loc.toString(s.pointM.yM, 'f', 1), snapKindText(kind)));
}

void RouteTool::doubleClick(const ToolEvent&) {
    // The double-click's first press already added the last point.
    finish();
}

bool RouteTool::keyPress(int key, Qt::KeyboardModifiers) {
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        finish();
        return true;
    }
    if (key == Qt::Key_Escape && !routeM_.empty()) {
        cancel();
        emit statusMessage(tr("Route cancelled"));
        return true;
    }
    return false;
}

bool RouteTool::finish() {
    if (routeM_.empty())
        return false;
    try {
        std::vector<ObjectId> created;
        DesignPatch patch = routePatch(document_->design(), document_->catalog(), params_, routeM_,
                                       fromId_, toId_, &created);
        document_->push(new PatchCommand(document_, std::move(patch), name()));
        document_->setSelection(created.empty() ? std::vector<ObjectId>{}
                                                : std::vector<ObjectId>{created.front()});
        cancel();
        return true;
    } catch (const EditError& err) {
        emit editRefused(QString::fromStdString(err.what()));
        cancel();
        return false;
    }
}

void RouteTool::cancel() {
    routeM_.clear();
    fromId_ = toId_ = kNoId;
    emit previewChanged({}, 0.0);
    emit snapChanged(SnapKind::None, {});
}

} // namespace aifp::ui
