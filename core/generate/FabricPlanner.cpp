#include "core/generate/FabricPlanner.hpp"
#include <cmath>

// How NVIDIA's DGX SuperPOD reference architectures count (reference-data.md 4.2), reproduced by
// planFabric and checked row by row in tests/core/test_fabric_planner.cpp:
//  - A leaf splits its radix k into k/2 ports down and k/2 up (1:1). Leaves are counted per
//    scalable unit (SU): one leaf per rail and SU, ceil(SU endpoints / down ports).
//  - Every leaf installs all its up-links (the H100 RA: 8 leaves x 32 = 256 spine-leaf cables
//    even with 31 nodes + UFM in the SU).
//  - 2 tiers: every leaf reaches every spine with the same number of cables, so the spine count
//    is the smallest divisor of the leaf's up-ports that gives enough spine ports
//    (B300-XDR 8 SU: 64 leaves x 72 up = 4,608 -> >= 32 spines -> 36, the next divisor of 72).
//  - 3 tiers: k-ary fat tree pods of k/2 leaves; spines = leaf up-links / (k/2); cores =
//    spine up-links / k, one core group per spine position (B200 16 SU: 128 / 128 / 64).
// Rows reproduced: H100 1/2/4 SU, B200 2/8 SU (2 tiers), B200 16/64 SU (3 tiers), B300 1 SU,
// B300-XDR 1/8/18 SU. Not reproduced: the GB200 SU (leaf/spine counts UNVERIFIED in the RA text).

namespace aifp {

namespace {

long long ceilDiv(long long a, long long b) {
    return (a + b - 1) / b;
}

// Smallest divisor of n that is >= atLeast, or 0 when none.
int smallestDivisorAtLeast(int n, long long atLeast) {
    for (int d = 1; d <= n; ++d)
        if (n % d == 0 && d >= atLeast)
            return d;
    return 0;
}

} // namespace

FabricPlan planFabric(const FabricRequest& r) {
    if (r.endpoints <= 0)
        throw FabricPlanError("fabric: endpoints must be positive (got " +
                              std::to_string(r.endpoints) + ")");
    if (r.radix < 4 || r.radix % 2 != 0)
        throw FabricPlanError("fabric: switch radix must be an even number >= 4 (got " +
                              std::to_string(r.radix) + ")");
    if (!(r.oversubscription >= 1.0) || !std::isfinite(r.oversubscription))
        throw FabricPlanError("fabric: oversubscription must be >= 1 (down:up), got " +
                              std::to_string(r.oversubscription));
    if (r.extraLeafPorts < 0 || r.endpointsPerUnit < 0)
        throw FabricPlanError("fabric: extra leaf ports and SU size must not be negative");

    FabricPlan p;
    const int k = r.radix;
    // Oversubscription = down / up (reference-data.md 4.3): up = k / (1 + o), rounded down.
    p.leafUpPorts = static_cast<int>(std::floor(k / (1.0 + r.oversubscription) + 1e-9));
    if (p.leafUpPorts < 1)
        p.leafUpPorts = 1;
    p.leafDownPorts = k - p.leafUpPorts;

    const long long leafEndpoints = static_cast<long long>(r.endpoints) + r.extraLeafPorts;
    if (r.endpointsPerUnit > 0) {
        p.units = static_cast<int>(ceilDiv(r.endpoints, r.endpointsPerUnit));
        p.leavesPerUnit = static_cast<int>(ceilDiv(r.endpointsPerUnit, p.leafDownPorts));
        p.leaves = p.units * p.leavesPerUnit;
        // UFM or other extra ports need leaf ports too.
        if (static_cast<long long>(p.leaves) * p.leafDownPorts < leafEndpoints)
            p.leaves = static_cast<int>(ceilDiv(leafEndpoints, p.leafDownPorts));
    } else {
        p.units = 1;
        p.leaves = static_cast<int>(ceilDiv(leafEndpoints, p.leafDownPorts));
        p.leavesPerUnit = p.leaves;
    }
    p.endpointLinks = leafEndpoints;
    const long long upLinks = static_cast<long long>(p.leaves) * p.leafUpPorts;

    if (p.leaves <= k) {
        // 2 tiers (reference-data.md 4.3: k leaves + k/2 spines serve k^2/2 hosts).
        p.tiers = 2;
        p.spines = smallestDivisorAtLeast(p.leafUpPorts, ceilDiv(upLinks, k));
        p.pods = 1;
        p.leavesPerPod = p.leaves;
        p.spinesPerPod = p.spines;
        p.leafSpineLinks = upLinks;
        return p;
    }

    // 3 tiers (reference-data.md 4.3: k-ary fat tree, k^3/4 hosts at 1:1). Spines are 1:1
    // (k/2 down, k/2 up); the oversubscription applies at the leaf tier only (assumption).
    const int half = k / 2;
    p.tiers = 3;
    p.leavesPerPod = half;
    p.pods = static_cast<int>(ceilDiv(p.leaves, p.leavesPerPod));
    if (p.pods > k)
        throw FabricPlanError("fabric: " + std::to_string(r.endpoints) + " endpoints need " +
                              std::to_string(p.leaves) + " leaves in " + std::to_string(p.pods) +
                              " pods, more than a 3-tier fat tree of radix " + std::to_string(k) +
                              " connects (at most " + std::to_string(k) + " pods, " +
                              std::to_string(static_cast<long long>(k) * half * p.leafDownPorts) +
                              " endpoints); choose a higher-radix switch or split the fabric");
    p.spinesPerPod =
        static_cast<int>(ceilDiv(static_cast<long long>(p.leavesPerPod) * p.leafUpPorts, half));
    // Spines of the last (partial) pod: enough for its leaves' up-links.
    const int lastPodLeaves = p.leaves - (p.pods - 1) * p.leavesPerPod;
    const int lastPodSpines =
        static_cast<int>(ceilDiv(static_cast<long long>(lastPodLeaves) * p.leafUpPorts, half));
    p.spines = (p.pods - 1) * p.spinesPerPod + lastPodSpines;
    p.coreGroups = p.spinesPerPod;
    // Each core group joins spine j of every pod: pods x k/2 up-links over k-port cores.
    p.coresPerGroup = static_cast<int>(ceilDiv(static_cast<long long>(p.pods) * half, k));
    p.cores = p.coreGroups * p.coresPerGroup;
    p.leafSpineLinks = upLinks;
    p.spineCoreLinks = static_cast<long long>(p.spines) * half;
    return p;
}

} // namespace aifp
