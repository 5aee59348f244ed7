#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignPatch.hpp"
#include <optional>
#include <vector>

namespace aifp::ui {

// What a drawn route becomes: an overhead busway (a PowerNode with a route, tapped by the racks
// under it), a cable feed (a PowerLink), or a coolant pipe (a Pipe).
enum class RouteKind { Busway, Feed, Pipe };

struct RouteParams {
    RouteKind kind = RouteKind::Pipe;
    // Assumption (planner default, editable in the properties): DN50 branch pipes from a CDU to
    // racks, DN150 on the facility loop; the hydraulics engine checks velocity and pressure drop.
    double branchPipeInnerDiameterMm = 52.5;    // DN50 schedule 40 inner diameter (ASME B36.10)
    double facilityPipeInnerDiameterMm = 154.1; // DN150 schedule 40 inner diameter (ASME B36.10)
    std::string buswayCatalogId = "busway-starline-track";
    // Assumption: an overhead busway feeds the racks whose centres lie within this plan distance
    // of its route (a busway runs above the row it serves).
    double buswayTapReachM = 0.9;
};

// A clicked point snapped for routing: onto a connection point (equipment position or rack
// centre) within snapRadiusM, otherwise onto the 0.3 m half-tile grid and at a right angle to the
// previous point.
struct RouteSnap {
    PointM pointM;
    ObjectId objectId = kNoId; // the equipment or rack it snapped to
};
RouteSnap snapRoutePoint(const Design& design, RouteKind kind, PointM rawM,
                         const std::optional<PointM>& previousM, double snapRadiusM = 1.0);

// Appends next to route, with an elbow point first when the step is not axis-aligned.
void appendOrthogonal(std::vector<PointM>& route, PointM nextM);

// The objects a finished route adds, connected in the model: pipes from cooling equipment to
// cooling equipment or a rack; feeds from power equipment to power equipment or a rack; busways
// fed from power equipment (optional) and tapping racks. Throws EditError when the ends do not
// connect what the kind requires, or the route has fewer than two points.
DesignPatch routePatch(const Design& design, const Catalog& catalog, const RouteParams& params,
                       const std::vector<PointM>& routeM, ObjectId fromId, ObjectId toId,
                       std::vector<ObjectId>* newIds = nullptr);

} // namespace aifp::ui
