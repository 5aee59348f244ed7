#pragma once
#include "core/model/Design.hpp"
#include <set>
#include <vector>

namespace aifp {

// The compute fabric of a design as a Boost.Graph: racks (their NICs) and compute switches joined
// by link bundles. Bundles count as `count` parallel links for bandwidth and ports.
class FabricModel {
public:
    // excluded: switch or link ids taken out (failure analysis).
    FabricModel(const Design& design, const std::set<ObjectId>& excluded = {});

    // Connected component of each rack (index into design.racks); racks without a compute link
    // get a component of their own.
    const std::vector<int>& rackComponent() const { return rackComponent_; }
    // Racks that have at least one compute link.
    const std::vector<char>& rackAttached() const { return rackAttached_; }
    bool hasFabric() const { return computeSwitches_ > 0; }

    // Bisection bandwidth, Gb/s: half the smallest per-tier aggregate (racks->tier 1,
    // tier 1->tier 2, ...), the capacity a balanced cut of a Clos fabric can carry.
    double bisectionGbps() const;
    // Bisection with one more switch (index into design.switches) removed.
    double bisectionWithoutGbps(std::size_t switchIndex) const;

    // Longest shortest path between two connected racks, counted in switches (hop limit check),
    // found by a multi-source BFS from each group of racks that attach to the same switches.
    // Racks of different components (separate clusters or islands) are not compared; a/b
    // receive the rack indices of the worst pair.
    int worstSwitchPath(std::size_t& a, std::size_t& b) const;

private:
    const Design& design_;
    std::vector<int> rackComponent_;
    std::vector<char> rackAttached_;
    std::vector<std::vector<int>> rackSwitches_;   // switch indices each rack attaches to
    std::vector<std::vector<int>> switchAdjacent_; // compute switch graph (indices)
    std::vector<char> switchIncluded_;
    std::vector<double> tierInGbps_; // [t]: bandwidth into tier t from below
    std::vector<std::vector<std::pair<int, double>>> switchTierLoss_; // per switch: (tier, Gb/s)
    int computeSwitches_ = 0;
};

} // namespace aifp
