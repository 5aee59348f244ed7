#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <string>
#include <vector>

namespace aifp {

enum class PowerNodeKind {
    UtilityFeed,
    MvSwitchgear,
    Transformer,
    LvSwitchboard,
    Ups,
    Generator,
    Pdu,
    Rpp,
    Busway,
    RackPowerShelf,
};

// One piece of power equipment. Ratings are nameplate values; the validation engine derates.
// Power flows along PowerLink from upstream to downstream; racks are the final loads.
struct PowerNode {
    ObjectId id = kNoId;
    PowerNodeKind kind = PowerNodeKind::LvSwitchboard;
    std::string name;
    std::string catalogId; // optional
    ObjectId hallId = kNoId; // kNoId: in the yard / plant area
    PointM positionM;
    double ratingKva = 0.0;
    double ratingKw = 0.0;
    double voltageV = 0.0;     // output (secondary) voltage
    double efficiency = 1.0;   // 0 < efficiency <= 1 at the design load
    int moduleCount = 1;       // UPS modules, generator sets in a block, ...
    int redundantModules = 0;  // of moduleCount, how many are spare (N+1 -> 1)
    double currentRatingA = 0.0; // busways and feeders: ampacity
    std::string path;          // redundancy path label: "A", "B", "C", ... or "" for shared
    std::vector<PointM> routeM; // busway route (empty for point equipment)
    friend bool operator==(const PowerNode&, const PowerNode&) = default;
};

enum class PowerLinkKind { Cable, Busway, Tap };

// A conductor from an upstream power node to a downstream power node or rack.
struct PowerLink {
    ObjectId id = kNoId;
    ObjectId fromId = kNoId; // upstream PowerNode
    ObjectId toId = kNoId;   // downstream PowerNode or Rack
    PowerLinkKind kind = PowerLinkKind::Cable;
    double currentRatingA = 0.0; // 0: not rated separately (inherits its source's)
    std::vector<PointM> routeM;  // drawn path; empty: straight line
    double lengthM = 0.0;        // routed length (polyline length when a route is set)
    friend bool operator==(const PowerLink&, const PowerLink&) = default;
};

} // namespace aifp
