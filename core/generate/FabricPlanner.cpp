#include "core/generate/FabricPlanner.hpp"
#include <algorithm>
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

void checkRequest(const FabricRequest& r) {
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
}

// Leaf up-ports (k / (1 + o), at least 1; reference-data.md 4.3) and leaf count of a request.
struct LeafCount {
    int up = 0;
    int down = 0;
    int units = 0;
    int leavesPerUnit = 0;
    long long leaves = 0;
};

LeafCount countLeaves(const FabricRequest& r) {
    LeafCount c;
    const int k = r.radix;
    // Oversubscription = down / up (reference-data.md 4.3): up = k / (1 + o), rounded down.
    c.up = static_cast<int>(std::floor(k / (1.0 + r.oversubscription) + 1e-9));
    if (c.up < 1)
        c.up = 1;
    c.down = k - c.up;
    const long long leafEndpoints = static_cast<long long>(r.endpoints) + r.extraLeafPorts;
    if (r.endpointsPerUnit > 0) {
        c.units = static_cast<int>(ceilDiv(r.endpoints, r.endpointsPerUnit));
        c.leavesPerUnit = static_cast<int>(ceilDiv(r.endpointsPerUnit, c.down));
        c.leaves = static_cast<long long>(c.units) * c.leavesPerUnit;
        // UFM or other extra ports need leaf ports too.
        if (c.leaves * c.down < leafEndpoints)
            c.leaves = ceilDiv(leafEndpoints, c.down);
    } else {
        c.units = 1;
        c.leaves = ceilDiv(leafEndpoints, c.down);
        c.leavesPerUnit = static_cast<int>(c.leaves);
    }
    return c;
}

// Pods of k/2 leaves a 3-tier fat tree needs for this many leaves (reference-data.md 4.3).
long long podsFor(long long leaves, int radix) {
    return ceilDiv(leaves, radix / 2);
}

} // namespace

bool fitsOneFabric(const FabricRequest& r) {
    checkRequest(r);
    const LeafCount c = countLeaves(r);
    return c.leaves <= r.radix || podsFor(c.leaves, r.radix) <= r.radix;
}

std::vector<int> splitIntoClusters(const std::vector<long long>& hallEndpoints,
                                   const FabricRequest& request) {
    const int halls = static_cast<int>(hallEndpoints.size());
    auto fits = [&](long long endpoints) {
        FabricRequest r = request;
        r.endpoints = static_cast<int>(std::min<long long>(endpoints, 1LL << 30));
        return endpoints <= (1LL << 30) && fitsOneFabric(r);
    };
    for (int n = 1; n <= halls; ++n) {
        std::vector<int> sizes(static_cast<std::size_t>(n), halls / n);
        for (int i = 0; i < halls % n; ++i)
            ++sizes[static_cast<std::size_t>(i)];
        bool allFit = true;
        std::size_t first = 0;
        for (const int size : sizes) {
            long long endpoints = 0;
            for (int h = 0; h < size; ++h)
                endpoints += hallEndpoints[first + static_cast<std::size_t>(h)];
            first += static_cast<std::size_t>(size);
            allFit = allFit && fits(endpoints);
        }
        if (allFit)
            return sizes;
    }
    long long largest = 0;
    for (const long long e : hallEndpoints)
        largest = std::max(largest, e);
    throw FabricPlanError("fabric: one hall's " + std::to_string(largest) +
                          " endpoints are more than a 3-tier fat tree of radix " +
                          std::to_string(request.radix) +
                          " connects; choose a higher-radix switch or smaller halls");
}

FabricPlan planFabric(const FabricRequest& r) {
    checkRequest(r);

    FabricPlan p;
    const int k = r.radix;
    const LeafCount c = countLeaves(r);
    p.leafUpPorts = c.up;
    p.leafDownPorts = c.down;
    p.units = c.units;
    p.leavesPerUnit = c.leavesPerUnit;
    // Beyond 3 tiers the count below throws; keep the int from overflowing before that.
    p.leaves = static_cast<int>(std::min<long long>(c.leaves, 1LL << 30));
    p.endpointLinks = static_cast<long long>(r.endpoints) + r.extraLeafPorts;
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
    p.pods = static_cast<int>(podsFor(p.leaves, k));
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
