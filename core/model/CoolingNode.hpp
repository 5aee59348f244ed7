#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <string>
#include <vector>

namespace aifp {

enum class CoolingNodeKind { Chiller, DryCooler, Cdu, Manifold, AirHandler };

// Cooling equipment. Heat flows from racks through CDUs (technology loop) to the facility water
// loop and out through chillers or dry coolers; air handlers remove the air-side remainder.
struct CoolingNode {
    ObjectId id = kNoId;
    CoolingNodeKind kind = CoolingNodeKind::Cdu;
    std::string name;
    std::string catalogId;
    ObjectId hallId = kNoId;
    PointM positionM;
    double capacityKw = 0.0;      // heat capacity at design conditions
    double flowRatingLpm = 0.0;   // rated flow (CDU, manifold)
    double pumpHeadKpa = 0.0;     // available pump head (CDU, plant pumps)
    double supplyTempC = 0.0;     // design supply temperature of the loop it feeds
    double deltaTK = 10.0;        // design temperature rise
    double powerPerKwHeat = 0.0;  // electrical kW per kW of heat rejected (chillers, fans, pumps)
    std::string path;             // redundancy group label
    friend bool operator==(const CoolingNode&, const CoolingNode&) = default;
};

enum class CoolantLoop { Facility, Technology };

// A pipe segment between cooling nodes or from a CDU/manifold to a rack.
struct Pipe {
    ObjectId id = kNoId;
    ObjectId fromId = kNoId; // CoolingNode
    ObjectId toId = kNoId;   // CoolingNode or Rack
    CoolantLoop loop = CoolantLoop::Technology;
    std::vector<PointM> routeM;
    double innerDiameterMm = 0.0;
    double lengthM = 0.0;
    double roughnessMm = 0.045; // commercial steel, Moody chart (Engineering ToolBox)
    friend bool operator==(const Pipe&, const Pipe&) = default;
};

} // namespace aifp
