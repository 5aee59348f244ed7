#pragma once
#include "core/model/Design.hpp"
#include "ui/view3d/SceneInputs.hpp"
#include <optional>
#include <vector>

namespace aifp::ui {

// Where a connection endpoint sits and how tall the equipment there is drawn.
struct Endpoint {
    PointM baseM;
    double topM = 0.0;
};

// The endpoint of a link: a rack, power node, cooling node or switch; empty if the id names none.
std::optional<Endpoint> endpointOf(const SceneInputs& in, ObjectId id);

// The drawn path of a connection: its route when it has one (routes drawn on the floor plane are
// lifted to runHeightM), else up from the source, across at runHeightM, and down to the target.
std::vector<PointM> connectionPath(const std::vector<PointM>& route, const Endpoint* from,
                                   const Endpoint* to, double runHeightM);

// The polyline shifted sideways (in plan) by offsetM: + is to the left of the direction of travel.
std::vector<PointM> offsetPolyline(const std::vector<PointM>& pts, double offsetM);

// One cylinder segment per polyline segment.
void appendSegments(std::vector<PickSegment>& out, ObjectId id, const std::vector<PointM>& pts,
                    double radiusM);

} // namespace aifp::ui
