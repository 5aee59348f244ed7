#include "core/validation/FabricModel.hpp"
#include "core/model/DesignLimits.hpp"
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/pending/queue.hpp>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace aifp {

namespace {
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
} // namespace

FabricModel::FabricModel(const Design& design, const std::set<ObjectId>& excluded)
    : design_(design) {
    const std::size_t nr = design.racks.size();
    const std::size_t ns = design.switches.size();
    std::unordered_map<ObjectId, std::size_t> rackIndex, switchIndex;
    for (std::size_t i = 0; i < nr; ++i)
        rackIndex[design.racks[i].id] = i;
    switchIncluded_.assign(ns, 0);
    for (std::size_t i = 0; i < ns; ++i) {
        switchIndex[design.switches[i].id] = i;
        if (design.switches[i].role == NetworkRole::Compute &&
            !excluded.count(design.switches[i].id)) {
            switchIncluded_[i] = 1;
            ++computeSwitches_;
        }
    }
    // Vertices: racks 0..nr-1, then switches nr..nr+ns-1.
    Graph g(nr + ns);
    rackAttached_.assign(nr, 0);
    rackSwitches_.assign(nr, {});
    switchAdjacent_.assign(ns, {});
    switchTierLoss_.assign(ns, {});
    std::map<int, double> tierIn;
    std::vector<std::map<int, double>> loss(ns);
    for (const NetworkLink& l : design.networkLinks) {
        if (excluded.count(l.id) || l.count <= 0)
            continue;
        auto to = switchIndex.find(l.toId);
        if (to == switchIndex.end() || !switchIncluded_[to->second])
            continue;
        const int upperTier = design.switches[to->second].tier;
        const double gbps = l.count * l.speedGbps;
        if (auto r = rackIndex.find(l.fromId); r != rackIndex.end()) {
            boost::add_edge(r->second, nr + to->second, g);
            rackAttached_[r->second] = 1;
            rackSwitches_[r->second].push_back(static_cast<int>(to->second));
            tierIn[upperTier] += gbps;
            loss[to->second][upperTier] += gbps;
        } else if (auto s = switchIndex.find(l.fromId); s != switchIndex.end()) {
            if (!switchIncluded_[s->second] || s->second == to->second)
                continue;
            boost::add_edge(nr + s->second, nr + to->second, g);
            switchAdjacent_[s->second].push_back(static_cast<int>(to->second));
            switchAdjacent_[to->second].push_back(static_cast<int>(s->second));
            tierIn[upperTier] += gbps;
            loss[to->second][upperTier] += gbps;
            loss[s->second][upperTier] += gbps;
        }
    }
    for (auto& v : rackSwitches_) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    for (auto& v : switchAdjacent_) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    // Tiers are 1..3 in a checked design (core/model/DesignLimits.hpp); ignore anything else rather
    // than size a vector by it.
    int maxTier = 0;
    for (const auto& [t, bw] : tierIn)
        if (t <= limits::kMaxTier)
            maxTier = std::max(maxTier, t);
    tierInGbps_.assign(static_cast<std::size_t>(maxTier) + 1, 0.0);
    for (const auto& [t, bw] : tierIn)
        if (t >= 0 && t <= maxTier)
            tierInGbps_[t] = bw;
    for (std::size_t s = 0; s < ns; ++s)
        for (const auto& [t, bw] : loss[s])
            switchTierLoss_[s].push_back({t, bw});

    std::vector<int> component(nr + ns);
    boost::connected_components(g, component.data());
    rackComponent_.assign(component.begin(), component.begin() + static_cast<long>(nr));
}

double FabricModel::bisectionGbps() const {
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t t = 1; t < tierInGbps_.size(); ++t)
        smallest = std::min(smallest, tierInGbps_[t]);
    return std::isinf(smallest) ? 0.0 : smallest / 2.0;
}

double FabricModel::bisectionWithoutGbps(std::size_t switchIndex) const {
    std::vector<double> tiers = tierInGbps_;
    for (const auto& [t, bw] : switchTierLoss_[switchIndex])
        if (t >= 0 && static_cast<std::size_t>(t) < tiers.size())
            tiers[t] -= bw;
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t t = 1; t < tiers.size(); ++t)
        smallest = std::min(smallest, tiers[t]);
    return std::isinf(smallest) ? 0.0 : std::max(0.0, smallest) / 2.0;
}

int FabricModel::worstSwitchPath(std::size_t& a, std::size_t& b) const {
    // Switches with identical neighbour sets (the leaves of one pod, the spines of one plane)
    // are interchangeable for path lengths: contract them to one vertex. Distances between
    // other vertices are unchanged, and two twins are 3 switches apart (twin, common
    // neighbour, twin). This keeps the BFS count at the number of pods, not racks.
    const std::size_t ns = design_.switches.size();
    std::map<std::vector<int>, int> twinClass;
    std::vector<int> contracted(ns, -1);
    std::vector<int> members;
    for (std::size_t s = 0; s < ns; ++s) {
        if (!switchIncluded_[s])
            continue;
        if (switchAdjacent_[s].empty()) {
            contracted[s] = static_cast<int>(members.size());
            members.push_back(1);
            continue;
        }
        auto [it, inserted] =
            twinClass.emplace(switchAdjacent_[s], static_cast<int>(members.size()));
        if (inserted)
            members.push_back(0);
        contracted[s] = it->second;
        ++members[it->second];
    }
    const std::size_t nc = members.size();
    Graph cg(nc);
    std::set<std::pair<int, int>> edges;
    for (std::size_t s = 0; s < ns; ++s)
        for (int t : switchAdjacent_[s]) {
            const int x = contracted[s], y = contracted[t];
            if (x >= 0 && y >= 0 && x < y && edges.insert({x, y}).second)
                boost::add_edge(static_cast<std::size_t>(x), static_cast<std::size_t>(y), cg);
        }
    // Racks grouped by the contracted vertices they attach to.
    struct RackClass {
        std::size_t firstRack = 0;
        std::vector<int> actual; // switch set of the first rack
        bool mixed = false;      // racks of the class attach to different actual switches
    };
    std::map<std::vector<int>, RackClass> classes;
    for (std::size_t r = 0; r < rackSwitches_.size(); ++r) {
        if (rackSwitches_[r].empty())
            continue;
        std::vector<int> key;
        for (int s : rackSwitches_[r])
            key.push_back(contracted[s]);
        std::sort(key.begin(), key.end());
        key.erase(std::unique(key.begin(), key.end()), key.end());
        auto [it, inserted] = classes.emplace(key, RackClass{r, rackSwitches_[r], false});
        if (!inserted && it->second.actual != rackSwitches_[r])
            it->second.mixed = true;
    }
    int worst = 0;
    a = b = 0;
    std::vector<int> dist(nc);
    std::vector<boost::default_color_type> color(nc);
    for (const auto& [sources, classA] : classes) {
        if (classA.mixed && worst < 3) {
            worst = 3;
            a = b = classA.firstRack;
        }
        std::fill(dist.begin(), dist.end(), std::numeric_limits<int>::max());
        std::fill(color.begin(), color.end(), boost::white_color);
        for (int s : sources)
            dist[s] = 1; // the first switch on the path
        boost::queue<Vertex> queue;
        auto colorMap =
            boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, cg));
        auto distMap =
            boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, cg));
        boost::breadth_first_search(
            cg, sources.begin(), sources.end(), queue,
            boost::make_bfs_visitor(boost::record_distances(distMap, boost::on_tree_edge())),
            colorMap);
        for (const auto& [targets, classB] : classes) {
            if (&classB == &classA)
                continue;
            // Racks of separate fabrics (clusters, or islands the connectivity rule reports)
            // have no path to measure.
            if (rackComponent_[classA.firstRack] != rackComponent_[classB.firstRack])
                continue;
            int best = std::numeric_limits<int>::max();
            for (int t : targets) {
                const bool shared = std::binary_search(sources.begin(), sources.end(), t);
                best = std::min(best, shared ? (members[t] > 1 ? 3 : 1) : dist[t]);
            }
            if (best == std::numeric_limits<int>::max()) { // not reached (same component)
                a = classA.firstRack;
                b = classB.firstRack;
                return -1;
            }
            if (best > worst) {
                worst = best;
                a = classA.firstRack;
                b = classB.firstRack;
            }
        }
    }
    return worst;
}

} // namespace aifp
