#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct FabricPlanError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What the compute fabric has to connect.
struct FabricRequest {
    int endpoints = 0;             // GPU NIC ports (one per GPU and rail)
    int radix = 0;                 // switch port count (q3400: 144, qm9700 / sn5600: 64)
    double oversubscription = 1.0; // leaf down:up bandwidth, 1 = non-blocking
    int extraLeafPorts = 0;        // ports of non-GPU endpoints on the leaves (e.g. 4 UFM ports)
    int endpointsPerUnit = 0;      // scalable-unit size; > 0: leaves are counted per SU
};

// Switch and cable counts of a rail-optimised fat tree (reference-data.md 4.2 / 4.3).
struct FabricPlan {
    int tiers = 0;         // 2 (leaf-spine) or 3 (leaf-spine-core)
    int leafDownPorts = 0; // per leaf, towards the GPUs
    int leafUpPorts = 0;   // per leaf, towards the spines
    int leaves = 0;
    int spines = 0;
    int cores = 0;
    int units = 0; // scalable units (1 when endpointsPerUnit is 0)
    int leavesPerUnit = 0;
    int pods = 0; // 3 tiers: leaf/spine pods; 2 tiers: 1
    int leavesPerPod = 0;
    int spinesPerPod = 0;
    int coreGroups = 0; // 3 tiers: one group per spine position in a pod
    int coresPerGroup = 0;
    long long endpointLinks = 0; // GPU/UFM -> leaf cables
    long long leafSpineLinks = 0;
    long long spineCoreLinks = 0;
    int switches() const { return leaves + spines + cores; }
};

// Sizes a non-blocking (or oversubscribed) fat tree. 2 tiers while the leaves fit under one
// spine layer (endpoints <= k^2/2 at 1:1), else 3 tiers (up to k^3/4 endpoints at 1:1).
// Throws FabricPlanError with the numbers when the request is invalid or exceeds 3 tiers.
FabricPlan planFabric(const FabricRequest& request);

// Whether planFabric can connect the request's endpoints in one fabric of at most 3 tiers (the
// same count of leaves and pods planFabric makes). Throws FabricPlanError on an invalid request.
bool fitsOneFabric(const FabricRequest& request);

// Several clusters (issue 15): consecutive halls grouped into the fewest clusters whose own
// fabrics each fit (fitsOneFabric), the halls spread as evenly as possible: with H halls in n
// clusters, the first H mod n clusters get floor(H / n) + 1 halls, the others floor(H / n).
// hallEndpoints: the endpoints of each hall; request: radix, oversubscription, SU size (its
// endpoints are ignored). Returns the number of halls of each cluster, in hall order (one entry
// when everything fits one fabric). Throws FabricPlanError when one hall alone does not fit.
std::vector<int> splitIntoClusters(const std::vector<long long>& hallEndpoints,
                                   const FabricRequest& request);

} // namespace aifp
