#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <string>

namespace aifp {

// A rack position holding one rack-scale system (GB300 NVL72) or several servers (4 x DGX H100).
// The equipment type is a catalog id; the footprint comes from the catalog entry.
struct Rack {
    ObjectId id = kNoId;
    ObjectId hallId = kNoId;
    ObjectId rowId = kNoId; // optional
    std::string name;
    std::string catalogId; // e.g. "gb300-nvl72"
    PointM centerM;        // centre of the footprint on the floor, site coordinates
    double rotationDeg = 0.0; // 0: front faces -y; multiples of 90 in practice
    friend bool operator==(const Rack&, const Rack&) = default;
};

} // namespace aifp
