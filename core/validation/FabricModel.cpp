#include "core/validation/FabricModel.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>
#include <unordered_map>

namespace aifp {

namespace {

// Adjacency lists in CSR form from edges (from[k] -> to[k]): the targets of source v are
// targets[offsets[v] .. offsets[v + 1]), ascending, without duplicates. One counting sort by
// source (linear); a list that is not already in order (the generator writes most in order) is
// sorted on its own.
void buildCsr(std::size_t sources, const std::vector<std::uint32_t>& from,
              const std::vector<std::uint32_t>& to, std::vector<std::uint32_t>& offsets,
              std::vector<std::uint32_t>& targets) {
    offsets.assign(sources + 1, 0);
    for (std::uint32_t f : from)
        ++offsets[f + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    targets.resize(from.size());
    {
        std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (std::size_t k = 0; k < from.size(); ++k)
            targets[fill[from[k]]++] = to[k];
    }
    // Sort where needed and drop duplicates, compacting in place.
    std::size_t w = 0;
    for (std::size_t v = 0; v < sources; ++v) {
        const auto b = targets.begin() + offsets[v], e = targets.begin() + offsets[v + 1];
        if (!std::is_sorted(b, e))
            std::sort(b, e);
        offsets[v] = static_cast<std::uint32_t>(w);
        for (auto i = b; i != e; ++i)
            if (i == b || *i != *(i - 1))
                targets[w++] = *i;
    }
    offsets[sources] = static_cast<std::uint32_t>(w);
    targets.resize(w);
    targets.shrink_to_fit();
}

// Union-find with path halving and union by size.
struct Components {
    std::vector<std::uint32_t> parent, size;
    explicit Components(std::size_t n) : parent(n), size(n, 1) {
        std::iota(parent.begin(), parent.end(), 0u);
    }
    std::uint32_t root(std::uint32_t v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
    void join(std::uint32_t a, std::uint32_t b) {
        a = root(a);
        b = root(b);
        if (a == b)
            return;
        if (size[a] < size[b])
            std::swap(a, b);
        parent[b] = a;
        size[a] += size[b];
    }
};

// A list of indices in a CSR array, as a hash map key (the lists outlive the map).
struct ListKey {
    const std::uint32_t* data;
    std::size_t size;
    std::span<const std::uint32_t> span() const { return {data, size}; }
    friend bool operator==(const ListKey& a, const ListKey& b) {
        return std::ranges::equal(a.span(), b.span());
    }
};
struct ListKeyHash {
    std::size_t operator()(const ListKey& k) const {
        std::uint64_t h = 1469598103934665603ull; // FNV-1a over the values
        for (std::uint32_t v : k.span()) {
            h ^= v;
            h *= 1099511628211ull;
        }
        return static_cast<std::size_t>(h ^ k.size);
    }
};

} // namespace

FabricModel::FabricModel(const Design& design, const std::set<ObjectId>& excluded)
    : design_(design) {
    build(DesignIndex(design), excluded);
}

FabricModel::FabricModel(const Design& design, const DesignIndex& objects,
                         const std::set<ObjectId>& excluded)
    : design_(design) {
    build(objects, excluded);
}

void FabricModel::build(const DesignIndex& objects, const std::set<ObjectId>& excluded) {
    const Design& design = design_;
    const std::size_t nr = design.racks.size();
    const std::size_t ns = design.switches.size();
    switchIncluded_.assign(ns, 0);
    for (std::size_t i = 0; i < ns; ++i)
        if (design.switches[i].role == NetworkRole::Compute &&
            (excluded.empty() || !excluded.count(design.switches[i].id))) {
            switchIncluded_[i] = 1;
            ++computeSwitches_;
        }
    rackAttached_.assign(nr, 0);
    switchTierLoss_.assign(ns * kTierSlots, 0.0);
    std::array<double, kTierSlots> tierIn{};
    std::array<char, kTierSlots> tierSeen{};
    auto inTier = [](int t) { return t >= 0 && static_cast<std::size_t>(t) < kTierSlots; };

    // One pass over the bundles: rack -> switch and switch <-> switch edges as index pairs, and
    // the bandwidth into each tier (summed in design order).
    std::vector<std::uint32_t> rackFrom, rackTo, switchFrom, switchTo;
    rackFrom.reserve(nr * 8);
    rackTo.reserve(nr * 8);
    Components comp(nr + ns); // vertices: racks 0..nr-1, then switches nr..nr+ns-1
    for (const NetworkLink& l : design.networkLinks) {
        if (l.count <= 0 || (!excluded.empty() && excluded.count(l.id)))
            continue;
        const std::int64_t to = objects.indexOf(l.toId, ObjectKind::NetworkSwitch);
        if (to < 0 || !switchIncluded_[static_cast<std::size_t>(to)])
            continue;
        const auto t = static_cast<std::uint32_t>(to);
        const int upperTier = design.switches[t].tier;
        const double gbps = l.count * l.speedGbps;
        const DesignIndex::Entry from =
            objects.findAs(l.fromId, ObjectKind::Rack, ObjectKind::NetworkSwitch);
        if (from.kind == ObjectKind::Rack) {
            const auto rr = static_cast<std::uint32_t>(from.index);
            rackFrom.push_back(rr);
            rackTo.push_back(t);
            comp.join(rr, static_cast<std::uint32_t>(nr) + t);
            rackAttached_[rr] = 1;
            if (inTier(upperTier)) {
                tierIn[upperTier] += gbps;
                tierSeen[upperTier] = 1;
                switchTierLoss_[t * kTierSlots + upperTier] += gbps;
            }
        } else if (from.kind == ObjectKind::NetworkSwitch) {
            const auto ss = static_cast<std::uint32_t>(from.index);
            if (!switchIncluded_[ss] || ss == t)
                continue;
            switchFrom.push_back(ss);
            switchTo.push_back(t);
            switchFrom.push_back(t);
            switchTo.push_back(ss);
            comp.join(static_cast<std::uint32_t>(nr) + ss, static_cast<std::uint32_t>(nr) + t);
            if (inTier(upperTier)) {
                tierIn[upperTier] += gbps;
                tierSeen[upperTier] = 1;
                switchTierLoss_[t * kTierSlots + upperTier] += gbps;
                switchTierLoss_[ss * kTierSlots + upperTier] += gbps;
            }
        }
    }
    buildCsr(nr, rackFrom, rackTo, rackOffsets_, rackSwitches_);
    buildCsr(ns, switchFrom, switchTo, switchOffsets_, switchAdjacent_);

    // Tiers are 1..3 in a checked design (core/model/DesignLimits.hpp); the top tier any link
    // reaches sizes the list.
    std::size_t maxTier = 0;
    for (std::size_t t = 1; t < kTierSlots; ++t)
        if (tierSeen[t])
            maxTier = t;
    tierInGbps_.assign(tierIn.begin(), tierIn.begin() + static_cast<long>(maxTier) + 1);

    // Components numbered in the order of their first vertex.
    std::vector<int> number(nr + ns, -1);
    rackComponent_.assign(nr, 0);
    int next = 0;
    for (std::size_t v = 0; v < nr + ns; ++v) {
        int& n = number[comp.root(static_cast<std::uint32_t>(v))];
        if (n < 0)
            n = next++;
        if (v < nr)
            rackComponent_[v] = n;
    }
}

double FabricModel::bisectionGbps() const {
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t t = 1; t < tierInGbps_.size(); ++t)
        smallest = std::min(smallest, tierInGbps_[t]);
    return std::isinf(smallest) ? 0.0 : smallest / 2.0;
}

double FabricModel::bisectionWithoutGbps(std::size_t switchIndex) const {
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t t = 1; t < tierInGbps_.size(); ++t)
        smallest =
            std::min(smallest, tierInGbps_[t] - switchTierLoss_[switchIndex * kTierSlots + t]);
    return std::isinf(smallest) ? 0.0 : std::max(0.0, smallest) / 2.0;
}

namespace {

// The compute switch graph with twins contracted: switches with identical neighbour sets (the
// leaves of one pod, the spines of one plane) are interchangeable for path lengths, so each
// class is one vertex. Distances between other vertices are unchanged, and two twins are 3
// switches apart (twin, common neighbour, twin).
struct ContractedGraph {
    std::vector<int> classOf;                     // per switch: its class, -1 when not included
    std::vector<int> members;                     // per class: number of switches
    std::vector<std::uint32_t> offsets, adjacent; // undirected, CSR form
};

ContractedGraph contractTwins(const std::vector<char>& included,
                              const std::vector<std::uint32_t>& switchOffsets,
                              const std::vector<std::uint32_t>& switchAdjacent) {
    const std::size_t ns = included.size();
    auto adjacentOf = [&](std::size_t s) {
        return ListKey{switchAdjacent.data() + switchOffsets[s],
                       switchOffsets[s + 1] - switchOffsets[s]};
    };
    ContractedGraph g;
    std::unordered_map<ListKey, int, ListKeyHash> twinClass;
    twinClass.reserve(ns);
    g.classOf.assign(ns, -1);
    for (std::size_t s = 0; s < ns; ++s) {
        if (!included[s])
            continue;
        const ListKey key = adjacentOf(s);
        if (key.size == 0) {
            g.classOf[s] = static_cast<int>(g.members.size());
            g.members.push_back(1);
            continue;
        }
        auto [it, inserted] = twinClass.emplace(key, static_cast<int>(g.members.size()));
        if (inserted)
            g.members.push_back(0);
        g.classOf[s] = it->second;
        ++g.members[it->second];
    }
    // Twins have the same neighbours, so the first switch of each class gives all of the class's
    // edges.
    const std::size_t nc = g.members.size();
    std::vector<std::uint32_t> edgeFrom, edgeTo;
    std::vector<char> done(nc, 0);
    for (std::size_t s = 0; s < ns; ++s) {
        const int x = g.classOf[s];
        if (x < 0 || done[static_cast<std::size_t>(x)])
            continue;
        done[static_cast<std::size_t>(x)] = 1;
        for (std::uint32_t t : adjacentOf(s).span()) {
            const int y = g.classOf[t];
            if (y >= 0 && x != y) {
                edgeFrom.push_back(static_cast<std::uint32_t>(x));
                edgeTo.push_back(static_cast<std::uint32_t>(y));
            }
        }
    }
    buildCsr(nc, edgeFrom, edgeTo, g.offsets, g.adjacent);
    return g;
}

// Racks grouped by the contracted vertices they attach to.
struct RackClass {
    ListKey sources; // into RackClasses::keys
    std::size_t firstRack = 0;
    bool mixed = false; // racks of the class attach to different actual switches
};
struct RackClasses {
    std::vector<std::uint32_t> keys; // each rack's set (sorted, unique) in one flat array
    std::vector<RackClass> classes;  // in the order of their switch sets (lexicographic)
};

RackClasses rackClasses(const ContractedGraph& g, const std::vector<std::uint32_t>& rackOffsets,
                        const std::vector<std::uint32_t>& rackSwitches) {
    const std::size_t nr = rackOffsets.empty() ? 0 : rackOffsets.size() - 1;
    RackClasses rc;
    std::vector<std::uint32_t> keyOffsets(nr + 1, 0);
    auto& keys = rc.keys;
    keys.reserve(rackSwitches.size());
    for (std::size_t r = 0; r < nr; ++r) {
        const std::size_t begin = keys.size();
        for (std::size_t i = rackOffsets[r]; i < rackOffsets[r + 1]; ++i)
            keys.push_back(static_cast<std::uint32_t>(g.classOf[rackSwitches[i]]));
        std::sort(keys.begin() + static_cast<long>(begin), keys.end());
        keys.erase(std::unique(keys.begin() + static_cast<long>(begin), keys.end()), keys.end());
        keyOffsets[r + 1] = static_cast<std::uint32_t>(keys.size());
    }
    std::unordered_map<ListKey, std::size_t, ListKeyHash> classOf;
    for (std::size_t r = 0; r < nr; ++r) {
        if (rackOffsets[r] == rackOffsets[r + 1])
            continue;
        const ListKey key{keys.data() + keyOffsets[r], keyOffsets[r + 1] - keyOffsets[r]};
        auto [it, inserted] = classOf.emplace(key, rc.classes.size());
        if (inserted) {
            rc.classes.push_back({key, r, false});
            continue;
        }
        RackClass& c = rc.classes[it->second];
        const std::size_t f = c.firstRack;
        if (!std::equal(
                rackSwitches.begin() + rackOffsets[f], rackSwitches.begin() + rackOffsets[f + 1],
                rackSwitches.begin() + rackOffsets[r], rackSwitches.begin() + rackOffsets[r + 1]))
            c.mixed = true;
    }
    // Visited in the order of their switch sets, which decides the pair named.
    std::sort(rc.classes.begin(), rc.classes.end(), [](const RackClass& x, const RackClass& y) {
        return std::ranges::lexicographical_compare(x.sources.span(), y.sources.span());
    });
    return rc;
}

} // namespace

int FabricModel::worstSwitchPath(std::size_t& a, std::size_t& b) const {
    // Twins contracted, the BFS count is the number of pods, not racks.
    const ContractedGraph g = contractTwins(switchIncluded_, switchOffsets_, switchAdjacent_);
    const RackClasses rc = rackClasses(g, rackOffsets_, rackSwitches_);
    const std::size_t nc = g.members.size();
    int worst = 0;
    a = b = 0;
    constexpr int kUnreached = std::numeric_limits<int>::max();
    std::vector<int> dist(nc);
    std::vector<std::uint32_t> queue;
    queue.reserve(nc);
    for (const RackClass& classA : rc.classes) {
        if (classA.mixed && worst < 3) {
            worst = 3;
            a = b = classA.firstRack;
        }
        // Multi-source BFS on the contracted graph; the sources are the first switch on a path.
        std::fill(dist.begin(), dist.end(), kUnreached);
        queue.clear();
        for (std::uint32_t s : classA.sources.span()) {
            dist[s] = 1;
            queue.push_back(s);
        }
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const std::uint32_t u = queue[q];
            for (std::uint32_t i = g.offsets[u]; i < g.offsets[u + 1]; ++i) {
                const std::uint32_t v = g.adjacent[i];
                if (dist[v] == kUnreached) {
                    dist[v] = dist[u] + 1;
                    queue.push_back(v);
                }
            }
        }
        const auto sources = classA.sources.span();
        for (const RackClass& classB : rc.classes) {
            if (&classB == &classA)
                continue;
            // Racks of separate fabrics (clusters, or islands the connectivity rule reports)
            // have no path to measure.
            if (rackComponent_[classA.firstRack] != rackComponent_[classB.firstRack])
                continue;
            int best = kUnreached;
            for (std::uint32_t t : classB.sources.span()) {
                const bool shared = std::binary_search(sources.begin(), sources.end(), t);
                best = std::min(best, shared ? (g.members[t] > 1 ? 3 : 1) : dist[t]);
            }
            if (best == kUnreached) { // not reached (same component)
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
