#include "core/validation/PowerModel.hpp"
#include <algorithm>
#include <map>

namespace aifp {

PowerModel::PowerModel(const Design& design, const std::vector<double>& rackKw,
                       const DesignIndex* objects)
    : design_(design) {
    if (!objects) {
        ownObjects_ = std::make_unique<DesignIndex>(design);
        objects = ownObjects_.get();
    }
    objects_ = objects;
    const auto& nodes = design.powerNodes;
    const int n = static_cast<int>(nodes.size());

    parents_.assign(n, {});
    std::vector<std::vector<int>> children(n);
    std::vector<std::vector<int>> rackFeeds(design.racks.size());
    for (const PowerLink& l : design.powerLinks) {
        const int from = nodeIndex(l.fromId);
        if (from < 0)
            continue;
        const DesignIndex::Entry to =
            objects->findAs(l.toId, ObjectKind::PowerNode, ObjectKind::Rack);
        if (to.kind == ObjectKind::PowerNode) {
            const int t = static_cast<int>(to.index);
            if (t == from)
                continue;
            parents_[t].push_back(from);
            children[from].push_back(t);
        } else if (to.kind == ObjectKind::Rack) {
            rackFeeds[to.index].push_back(from);
        }
    }
    for (auto& p : parents_) {
        std::sort(p.begin(), p.end());
        p.erase(std::unique(p.begin(), p.end()), p.end());
    }
    // Kahn's algorithm; nodes left over sit on a cycle.
    std::vector<int> indegree(n);
    for (int i = 0; i < n; ++i)
        indegree[i] = static_cast<int>(parents_[i].size());
    for (auto& c : children) {
        std::sort(c.begin(), c.end());
        c.erase(std::unique(c.begin(), c.end()), c.end());
    }
    for (int i = 0; i < n; ++i)
        if (indegree[i] == 0)
            topo_.push_back(i);
    for (std::size_t k = 0; k < topo_.size(); ++k)
        for (int c : children[topo_[k]])
            if (--indegree[c] == 0)
                topo_.push_back(c);
    for (int i = 0; i < n; ++i)
        if (indegree[i] > 0)
            cycle_.push_back(i);

    paths_.assign(n, {});
    for (int i : topo_) {
        if (!nodes[i].path.empty()) {
            paths_[i] = nodes[i].path;
            continue;
        }
        std::string common;
        bool same = !parents_[i].empty();
        for (int p : parents_[i]) {
            if (common.empty())
                common = paths_[p];
            same = same && !paths_[p].empty() && paths_[p] == common;
        }
        if (same)
            paths_[i] = common;
    }

    std::map<std::vector<int>, std::size_t> groupOf;
    for (std::size_t r = 0; r < design.racks.size(); ++r) {
        auto& f = rackFeeds[r];
        std::sort(f.begin(), f.end());
        f.erase(std::unique(f.begin(), f.end()), f.end());
        if (f.empty()) {
            unfed_.push_back(r);
            continue;
        }
        auto [it, inserted] = groupOf.emplace(f, groups_.size());
        if (inserted)
            groups_.push_back(Group{f, 0.0, {}});
        groups_[it->second].kw += r < rackKw.size() ? rackKw[r] : 0.0;
        groups_[it->second].racks.push_back(r);
    }
}

int PowerModel::nodeIndex(ObjectId id) const {
    return static_cast<int>(objects_->indexOf(id, ObjectKind::PowerNode));
}

double PowerModel::inputKw(int node, double outKw) const {
    const double eff = design_.powerNodes[node].efficiency;
    return eff > 0 && eff <= 1 ? outKw / eff : outKw;
}

PowerModel::State PowerModel::compute(const std::vector<char>& failed) const {
    const std::size_t n = design_.powerNodes.size();
    State s;
    s.outKw.assign(n, 0.0);
    s.alive.assign(n, 1);
    auto isFailed = [&](int i) { return !failed.empty() && failed[i]; };
    for (int i : cycle_)
        s.alive[i] = !isFailed(i);
    for (int i : topo_) {
        bool fed = parents_[i].empty();
        for (int p : parents_[i])
            fed = fed || s.alive[p];
        s.alive[i] = !isFailed(i) && fed;
    }
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        int live = 0;
        for (int f : groups_[g].feeds)
            live += s.alive[f] ? 1 : 0;
        if (live == 0) {
            s.lostGroups.push_back(static_cast<int>(g));
            continue;
        }
        for (int f : groups_[g].feeds)
            if (s.alive[f])
                s.outKw[f] += groups_[g].kw / live;
    }
    for (auto it = topo_.rbegin(); it != topo_.rend(); ++it) {
        const int i = *it;
        if (!s.alive[i] || parents_[i].empty())
            continue;
        int live = 0;
        for (int p : parents_[i])
            live += s.alive[p] ? 1 : 0;
        const double in = inputKw(i, s.outKw[i]);
        for (int p : parents_[i])
            if (s.alive[p])
                s.outKw[p] += in / live;
    }
    return s;
}

} // namespace aifp
