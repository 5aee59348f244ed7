#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <string>

namespace aifp {

enum class CoolingProvision { Air, Liquid, Both };

// A data hall: a rectangular floor placed on the site plan.
struct Hall {
    ObjectId id = kNoId;
    std::string name;
    // The cluster the hall belongs to: a cluster is a group of halls with its own independent
    // compute fabric (no links to the other clusters' fabrics). "" (every design before schema 5)
    // is the campus's one unnamed cluster; the generator names them "Cluster 1".."Cluster n"
    // when a campus needs more than one fabric (docs/generator.md, "Several clusters").
    std::string cluster;
    double originXM = 0.0; // south-west corner in site coordinates
    double originYM = 0.0;
    double widthM = 0.0; // along x
    double depthM = 0.0; // along y
    double clearHeightM = 0.0;
    double floorLoadKgPerM2 = 0.0;
    CoolingProvision cooling = CoolingProvision::Liquid;
    double facilityWaterSupplyC = 30.0;
    double maxRackKw = 0.0;
    RectM footprint() const { return {originXM, originYM, originXM + widthM, originYM + depthM}; }
    friend bool operator==(const Hall&, const Hall&) = default;
};

} // namespace aifp
