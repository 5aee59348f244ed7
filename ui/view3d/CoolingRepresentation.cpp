#include "ui/view3d/CoolingRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"

namespace aifp::ui {

namespace {
// A pipe without a diameter is drawn at DN100 so it stays visible (display only; the
// validation engine reports the missing size).
constexpr double kDefaultInnerDiameterMm = 100.0;
// Supply and return centre lines are 1.5 diameters apart (display only).
constexpr double kPairSpacingDiameters = 1.5;
// Sides of a pipe's tube seen close (display tuning).
constexpr int kTubeSides = 12;
} // namespace

CoolingRepresentation::CoolingRepresentation(vtkRenderer* renderer)
    : NodeRunRepresentation(renderer, ObjectKind::CoolingNode, ObjectKind::Pipe, kTubeSides) {}
CoolingRepresentation::~CoolingRepresentation() = default;

void CoolingRepresentation::collectNodes(const SceneInputs& in, std::vector<NodeBox>& out) const {
    for (const CoolingNode& c : in.design->coolingNodes)
        out.push_back({equipmentBox(in, c.id, c.positionM, shapeOf(c.kind), colourOf(c.kind)),
                       c.hallId == kNoId});
}

std::size_t CoolingRepresentation::runCount(const SceneInputs& in) const {
    return in.design->pipes.size();
}

NodeRunRepresentation::RunEnds CoolingRepresentation::runEnds(const SceneInputs& in,
                                                              std::size_t i) const {
    const Pipe& p = in.design->pipes[i];
    return {p.id, p.fromId, p.toId};
}

// The pipe's centre line (picked), and its supply and return tubes either side of it.
bool CoolingRepresentation::runShape(const SceneInputs& in, std::size_t i, RunShape& out) const {
    const Pipe& p = in.design->pipes[i];
    const auto from = endpointOf(in, p.fromId);
    const auto to = endpointOf(in, p.toId);
    out.path = connectionPath(p.routeM, from ? &*from : nullptr, to ? &*to : nullptr,
                              overheadRunHeightM());
    if (out.path.size() < 2)
        return false;
    const double dM =
        (p.innerDiameterMm > 0.0 ? p.innerDiameterMm : kDefaultInnerDiameterMm) / 1000.0;
    const double half = kPairSpacingDiameters * dM / 2;
    const bool hl = in.isHighlighted(p.id);
    out.tubes = {
        {p.id, offsetPolyline(out.path, half), dM / 2, hl ? in.highlightRgb : supplyColour(p.loop)},
        {p.id, offsetPolyline(out.path, -half), dM / 2,
         hl ? in.highlightRgb : returnColour(p.loop)}};
    out.pickRadiusM = half + dM / 2;
    return true;
}

} // namespace aifp::ui
