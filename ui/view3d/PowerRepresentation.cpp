#include "ui/view3d/PowerRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"

namespace aifp::ui {

namespace {
// Drawn diameters (display assumptions, not engineering sizes): a 4-5 kA busway housing is
// about 0.15 x 0.3 m; a feeder cable bundle about 0.1 m; a tap-off cable 0.05 m.
constexpr double kBuswayDiameterM = 0.3;
constexpr double kCableDiameterM = 0.1;
constexpr double kTapDiameterM = 0.05;
// Sides of a power run's tube seen close (display tuning).
constexpr int kTubeSides = 8;

double diameterOf(PowerLinkKind kind) {
    switch (kind) {
    case PowerLinkKind::Busway:
        return kBuswayDiameterM;
    case PowerLinkKind::Cable:
        return kCableDiameterM;
    case PowerLinkKind::Tap:
        return kTapDiameterM;
    }
    return kCableDiameterM;
}

// A busway with a route is drawn as its run, not as a box.
bool isBuswayRun(const PowerNode& p) {
    return p.kind == PowerNodeKind::Busway && p.routeM.size() >= 2;
}
} // namespace

PowerRepresentation::PowerRepresentation(vtkRenderer* renderer)
    : NodeRunRepresentation(renderer, ObjectKind::PowerNode, ObjectKind::PowerLink, kTubeSides) {}
PowerRepresentation::~PowerRepresentation() = default;

void PowerRepresentation::collectNodes(const SceneInputs& in, std::vector<NodeBox>& out) const {
    for (const PowerNode& p : in.design->powerNodes)
        if (!isBuswayRun(p))
            out.push_back({equipmentBox(in, p.id, p.positionM, shapeOf(p.kind), colourOf(p.kind)),
                           p.hallId == kNoId});
}

void PowerRepresentation::collectEquipmentRuns(const SceneInputs& in, std::vector<Tube>& tubes,
                                               std::vector<PickSegment>& segments) const {
    const Rgb copper = copperColour();
    for (const PowerNode& p : in.design->powerNodes) {
        if (!isBuswayRun(p))
            continue;
        Tube t{p.id, connectionPath(p.routeM, nullptr, nullptr, buswayHeightM()),
               kBuswayDiameterM / 2, in.isHighlighted(p.id) ? in.highlightRgb : copper};
        appendSegments(segments, p.id, t.pointsM, t.radiusM);
        tubes.push_back(std::move(t));
    }
}

std::size_t PowerRepresentation::runCount(const SceneInputs& in) const {
    return in.design->powerLinks.size();
}

NodeRunRepresentation::RunEnds PowerRepresentation::runEnds(const SceneInputs& in,
                                                            std::size_t i) const {
    const PowerLink& l = in.design->powerLinks[i];
    return {l.id, l.fromId, l.toId};
}

bool PowerRepresentation::runShape(const SceneInputs& in, std::size_t i, RunShape& out) const {
    const PowerLink& l = in.design->powerLinks[i];
    const auto from = endpointOf(in, l.fromId);
    const auto to = endpointOf(in, l.toId);
    const double run = l.kind == PowerLinkKind::Busway ? buswayHeightM() : overheadRunHeightM();
    out.path = connectionPath(l.routeM, from ? &*from : nullptr, to ? &*to : nullptr, run);
    out.pickRadiusM = diameterOf(l.kind) / 2;
    out.tubes.assign(1, Tube{l.id, out.path, out.pickRadiusM,
                             in.isHighlighted(l.id) ? in.highlightRgb : copperColour()});
    return out.path.size() >= 2;
}

} // namespace aifp::ui
