#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <string>

namespace aifp {

enum class NetworkRole { Compute, StorageInband, OutOfBand };
enum class LinkMedium { Copper, Multimode, SingleMode };

// A switch. Tier 1 = leaf, 2 = spine, 3 = core.
struct NetworkSwitch {
    ObjectId id = kNoId;
    std::string name;
    std::string catalogId; // e.g. "q3400"
    NetworkRole role = NetworkRole::Compute;
    int tier = 1;
    int rail = -1;   // rail index for rail-optimized leaves; -1 when not rail-bound
    int portCount = 0;
    double portSpeedGbps = 0.0;
    ObjectId hallId = kNoId;
    PointM positionM;
    friend bool operator==(const NetworkSwitch&, const NetworkSwitch&) = default;
};

// A bundle of identical links between two endpoints (a rack's NICs and a leaf, or two switches).
// count > 1 keeps gigawatt fabrics compact: one row per endpoint pair, not per cable.
struct NetworkLink {
    ObjectId id = kNoId;
    ObjectId fromId = kNoId; // Rack or NetworkSwitch (the lower tier)
    ObjectId toId = kNoId;   // NetworkSwitch (the upper tier)
    int count = 1;
    double speedGbps = 0.0;
    double lengthM = 0.0;
    LinkMedium medium = LinkMedium::Multimode;
    friend bool operator==(const NetworkLink&, const NetworkLink&) = default;
};

} // namespace aifp
