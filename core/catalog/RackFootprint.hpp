#pragma once
#include <string>

namespace aifp {

class Catalog;

// Plan footprint of one rack position, metres, before its rotation.
struct RackFootprintM {
    double widthM = 0.0;
    double depthM = 0.0;
};

// The catalog footprint of a rack of this system; SystemSpec's default footprint when the id is
// not a catalog system (a drawing or an export still places the rack, as the 3D view does).
RackFootprintM rackFootprintM(const Catalog& catalog, const std::string& systemId);

} // namespace aifp
