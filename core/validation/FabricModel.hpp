#pragma once
#include "core/model/Design.hpp"
#include "core/model/DesignLimits.hpp"
#include <cstdint>
#include <set>
#include <vector>

namespace aifp {

// The compute fabric of a design as a graph: racks (their NICs) and compute switches joined by
// link bundles. Bundles count as `count` parallel links for bandwidth and ports.
//
// Built in one pass over the link bundles into compact arrays (docs/validation.md, "How the
// fabric is checked"): the edges as index pairs, then adjacency in CSR form (offsets + targets,
// each list sorted, duplicates dropped) by two counting sorts, components by union-find.
class FabricModel {
public:
    // excluded: switch or link ids taken out (failure analysis).
    explicit FabricModel(const Design& design, const std::set<ObjectId>& excluded = {});
    // The same with the id table of the validation run (no table built here).
    FabricModel(const Design& design, const DesignIndex& objects,
                const std::set<ObjectId>& excluded = {});

    // Connected component of each rack (index into design.racks); racks without a compute link
    // get a component of their own. Components are numbered in the order of their first vertex
    // (racks first, then switches, in design order).
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
    // Tiers 0..kMaxTier are counted (core/model/DesignLimits.hpp); others are ignored.
    static constexpr std::size_t kTierSlots = limits::kMaxTier + 1;
    void build(const DesignIndex& objects, const std::set<ObjectId>& excluded);

    const Design& design_;
    std::vector<int> rackComponent_;
    std::vector<char> rackAttached_;
    // Switch indices each rack attaches to: rackSwitches_[rackOffsets_[r] .. rackOffsets_[r+1]).
    std::vector<std::uint32_t> rackOffsets_, rackSwitches_;
    // Compute switch graph (indices), undirected: switchOffsets_ / switchAdjacent_.
    std::vector<std::uint32_t> switchOffsets_, switchAdjacent_;
    std::vector<char> switchIncluded_;
    std::vector<double> tierInGbps_; // [t]: bandwidth into tier t from below
    // [s * kTierSlots + t]: bandwidth of switch s's links into tier t (lost when s fails).
    std::vector<double> switchTierLoss_;
    int computeSwitches_ = 0;
};

} // namespace aifp
