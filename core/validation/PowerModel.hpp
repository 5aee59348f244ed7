#pragma once
#include "core/model/Design.hpp"
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

// The power distribution graph of a design with loads aggregated for fast what-if runs.
// Racks with the same set of feeding nodes form one group (their loads add), so failing a node
// costs O(nodes + groups), not O(racks). Power flows from parents (upstream) to children; a
// consumer fed by k live parents draws 1/k of its input from each (2N racks split 50/50 and put
// everything on the survivor when one side fails; parallel UPS units share).
class PowerModel {
public:
    struct Group {
        std::vector<int> feeds;         // node indices, sorted, unique
        double kw = 0.0;                // summed rack load
        std::vector<std::size_t> racks; // rack indices in the design
    };
    struct State {
        std::vector<double> outKw;   // per node: load on its output, kW
        std::vector<char> alive;     // per node: still energised
        std::vector<int> lostGroups; // groups with no live feed
    };

    // rackKw: the load of each rack (index into design.racks), kW. objects: the id table of the
    // validation run, or nullptr to build one.
    PowerModel(const Design& design, const std::vector<double>& rackKw,
               const DesignIndex* objects = nullptr);

    // Loads with the given nodes failed (one flag per node index; empty: none failed).
    State compute(const std::vector<char>& failed = {}) const;

    int nodeIndex(ObjectId id) const;
    const std::vector<Group>& groups() const { return groups_; }
    const std::vector<std::vector<int>>& parents() const { return parents_; }
    // Redundancy path of a node: its own label, or the label all its parents share.
    const std::string& effectivePath(int node) const { return paths_[node]; }
    // Racks with no power link from an existing power node.
    const std::vector<std::size_t>& unfedRacks() const { return unfed_; }
    // Nodes on a loop of power links (load cannot be propagated through them).
    const std::vector<int>& cycleNodes() const { return cycle_; }
    // Input power the node draws for its output (divides by efficiency).
    double inputKw(int node, double outKw) const;

private:
    const Design& design_;
    std::unique_ptr<DesignIndex> ownObjects_;
    const DesignIndex* objects_ = nullptr;
    std::vector<std::vector<int>> parents_;
    std::vector<int> topo_; // upstream first
    std::vector<int> cycle_;
    std::vector<std::string> paths_;
    std::vector<Group> groups_;
    std::vector<std::size_t> unfed_;
};

} // namespace aifp
