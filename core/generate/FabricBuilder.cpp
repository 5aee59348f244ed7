#include "core/generate/FabricBuilder.hpp"
#include "core/generate/SizingRules.hpp"
#include <algorithm>
#include <cmath>

namespace aifp {

namespace {

long long ceilDiv(long long a, long long b) {
    return (a + b - 1) / b;
}

// Storage leaves split their ports half down, half up (non-blocking, as the compute fabric);
// 400G breakout of 800G ports doubles the port count (reference-data.md 4.1: SN5600 64 x 800 or
// 128 x 400 GbE).
int storageLeafDownPorts(const CatalogEntry* sw) {
    const int ports = sw ? static_cast<int>(sw->number("port_count", 64)) : 64;
    return ports; // 2 x ports at 400G, half of them down
}

} // namespace

int storagePortsPerRack(const SystemSpec& spec) {
    if (spec.gpusPerSystem >= 72)
        return 2 * std::max(1, spec.gpusPerRack / 4); // 2 BF-3 per 4-GPU tray
    return 2 * std::max(1, spec.systemsPerRack);      // 2 BF-3 per DGX node
}

int racksPerScalableUnit(const SystemSpec& spec, int leafDownPorts) {
    const int rackEndpoints = std::max(1, spec.gpusPerRack * spec.nicsPerGpu);
    return std::max(1, static_cast<int>(std::lround(8.0 * leafDownPorts / rackEndpoints)));
}

int aboveLeafSwitchCount(const FabricPlan& plan, const SystemSpec& spec, int rackCount,
                         int racksPerUnit) {
    const long long storagePorts = static_cast<long long>(storagePortsPerRack(spec)) * rackCount;
    const long long storageLeaves = ceilDiv(storagePorts, 64);
    (void)racksPerUnit;
    return plan.spines + plan.cores + static_cast<int>(ceilDiv(storageLeaves, 2));
}

LinkMedium mediumForLength(double lengthM) {
    if (lengthM <= rules::kCopperReachM)
        return LinkMedium::Copper;
    if (lengthM <= rules::kMultimodeReachM)
        return LinkMedium::Multimode;
    return LinkMedium::SingleMode;
}

double cableLengthM(const PointM& a, const PointM& b) {
    const double manhattan = std::abs(a.xM - b.xM) + std::abs(a.yM - b.yM);
    return manhattan * (1.0 + rules::kCableSlackFraction) + rules::kCableSlackM;
}

namespace {

// Distributes n cables over m targets: base n/m, and n%m targets get one more. The extra
// cables of source number `source` start at target source x (n%m) (mod m), so that over
// many sources every target receives at most ceil(total / m) cables (a fixed start would
// give the first targets one extra cable from every source and overflow their ports).
int share(int n, int m, int i, int source) {
    const int r = n % m;
    const int pos = static_cast<int>(
        ((static_cast<long long>(i) - static_cast<long long>(source) * r) % m + m) % m);
    return n / m + (pos < r ? 1 : 0);
}

// Adds a design's switches and link bundles: each cluster's compute fabric, then the storage
// and out-of-band switches of every hall.
class FabricAssembler {
public:
    FabricAssembler(const FabricBuildRequest& req, const LayoutResult& layout, Design& design)
        : req_(req), layout_(layout), design_(design), sw_(*req.computeSwitch),
          ports_(static_cast<int>(sw_.number("port_count"))),
          portGbps_(sw_.number("port_speed_gbps")),
          switchKw_(sw_.number("power_kw", 0.0)), // catalog, assumption
          // Every NIC takes one leaf port (FabricPlanner), so a NIC faster than the switch port
          // links at the port speed (e.g. a 1.6T NIC on a 400G QM9700 port runs at 400G).
          endpointGbps_(std::min(req.spec.nicSpeedGbps, portGbps_)),
          rackEndpoints_(req.spec.gpusPerRack * req.spec.nicsPerGpu),
          slotCursor_(layout.halls.size(), 0) {
        out_.hallNetworkKw.assign(layout.halls.size(), 0.0);
    }

    FabricBuildResult run() {
        reserveLinks();
        if (req_.clusters.empty()) {
            std::vector<std::size_t> all(layout_.halls.size());
            for (std::size_t h = 0; h < all.size(); ++h)
                all[h] = h;
            buildCompute(req_.plan, all, "");
        }
        for (const FabricCluster& c : req_.clusters)
            buildCompute(c.plan, c.halls, c.name.empty() ? std::string() : c.name + " ");
        buildStorageAndOutOfBand();
        return std::move(out_);
    }

private:
    // Room for every cluster's bundles at once (one reallocation, not one per cluster).
    void reserveLinks() {
        auto estimate = [](const FabricPlan& p) {
            return p.endpointLinks + p.leaves + static_cast<long long>(p.spines) * 80;
        };
        long long est = req_.clusters.empty() ? estimate(req_.plan) : 0;
        for (const FabricCluster& c : req_.clusters)
            est += estimate(c.plan);
        design_.networkLinks.reserve(design_.networkLinks.size() +
                                     static_cast<std::size_t>(est / 4));
    }

    // Per-hall cursor over the network-row slots (kSwitchesPerNetworkRack switches per slot).
    PointM hallSlot(std::size_t hall) {
        const auto& slots = layout_.halls[hall].networkSlotsM;
        const long i = slotCursor_[hall]++ / rules::kSwitchesPerNetworkRack;
        return slots[static_cast<std::size_t>(
            std::min<long>(i, static_cast<long>(slots.size()) - 1))];
    }

    std::size_t addSwitch(const std::string& name, const CatalogEntry* entry, NetworkRole role,
                          int tier, int rail, std::size_t hall, PointM pos, int portCount,
                          double speedGbps, double kw) {
        NetworkSwitch s;
        s.id = design_.allocateId();
        s.name = name;
        s.catalogId = entry ? entry->id : "";
        s.role = role;
        s.tier = tier;
        s.rail = rail;
        s.portCount = portCount;
        s.portSpeedGbps = speedGbps;
        s.hallId = design_.halls[hall].id;
        s.positionM = pos;
        design_.switches.push_back(std::move(s));
        out_.hallNetworkKw[hall] += kw;
        return design_.switches.size() - 1;
    }

    // A compute switch of the fabric's catalog entry.
    std::size_t addCompute(const std::string& name, int tier, int rail, std::size_t hall,
                           PointM pos) {
        return addSwitch(name, &sw_, NetworkRole::Compute, tier, rail, hall, pos, ports_, portGbps_,
                         switchKw_);
    }

    void addLink(ObjectId from, ObjectId to, int count, double speedGbps, const PointM& a,
                 const PointM& b) {
        NetworkLink l;
        l.id = design_.allocateId();
        l.fromId = from;
        l.toId = to;
        l.count = count;
        l.speedGbps = speedGbps;
        l.lengthM = cableLengthM(a, b);
        l.medium = mediumForLength(l.lengthM);
        design_.networkLinks.push_back(l);
    }

    // A bundle of n cables between two switches (none when n is 0).
    void linkSwitches(std::size_t lower, std::size_t upper, int n) {
        if (n <= 0)
            return;
        const NetworkSwitch& a = design_.switches[lower];
        const NetworkSwitch& b = design_.switches[upper];
        addLink(a.id, b.id, n, portGbps_, a.positionM, b.positionM);
    }

    // One cluster's compute fabric over its halls; no link leaves the cluster.
    void buildCompute(const FabricPlan& plan, const std::vector<std::size_t>& clusterHalls,
                      const std::string& prefix) {
        const std::vector<std::size_t> leafIndex = addLeaves(plan, clusterHalls, prefix);
        if (plan.tiers == 2)
            addTwoTier(plan, leafIndex, prefix);
        else
            addThreeTier(plan, clusterHalls, leafIndex, prefix);
    }

    // Leaves: one group per scalable unit, in the unit's network rack; leaf i of a unit serves
    // rail i when rail-optimised. Returns the switch index of every leaf, in unit order.
    std::vector<std::size_t> addLeaves(const FabricPlan& plan,
                                       const std::vector<std::size_t>& clusterHalls,
                                       const std::string& prefix) {
        std::vector<char> inCluster(layout_.halls.size(), 0);
        for (const std::size_t h : clusterHalls)
            inCluster[h] = 1;
        std::vector<std::size_t> leafIndex;
        leafIndex.reserve(static_cast<std::size_t>(plan.leaves));
        int leafNo = 0;
        for (std::size_t u = 0; u < layout_.units.size(); ++u) {
            const LaidOutUnit& unit = layout_.units[u];
            if (!inCluster[unit.hallIndex])
                continue;
            const std::size_t first = leafIndex.size();
            for (int i = 0; i < plan.leavesPerUnit; ++i)
                leafIndex.push_back(addCompute(prefix + "Leaf " + std::to_string(++leafNo), 1,
                                               req_.railOptimized ? i : -1, unit.hallIndex,
                                               unit.networkRackM));
            linkRacks(plan, unit, leafIndex, first);
        }
        return leafIndex;
    }

    // Rack -> leaf bundles. Rail-optimised: endpoint e of the unit goes to leaf e mod L, so
    // every rack reaches every rail. Otherwise racks fill leaves in turn (top-of-row).
    void linkRacks(const FabricPlan& plan, const LaidOutUnit& unit,
                   const std::vector<std::size_t>& leafIndex, std::size_t first) {
        const int L = plan.leavesPerUnit;
        for (std::size_t r = 0; r < unit.racks.size(); ++r) {
            const Rack& rack = design_.racks[unit.racks[r]];
            std::vector<int> perLeaf(static_cast<std::size_t>(L), 0);
            for (int g = 0; g < rackEndpoints_; ++g) {
                const long e = static_cast<long>(r) * rackEndpoints_ + g;
                const long leaf =
                    req_.railOptimized ? e % L : std::min<long>(L - 1, e / plan.leafDownPorts);
                ++perLeaf[static_cast<std::size_t>(leaf)];
            }
            for (int i = 0; i < L; ++i)
                if (perLeaf[static_cast<std::size_t>(i)] > 0) {
                    const NetworkSwitch& leaf =
                        design_.switches[leafIndex[first + static_cast<std::size_t>(i)]];
                    addLink(rack.id, leaf.id, perLeaf[static_cast<std::size_t>(i)], endpointGbps_,
                            rack.centerM, leaf.positionM);
                }
        }
    }

    // Spines (and cores) are placed in the hall that holds most of their leaves.
    std::size_t hallOfLeaf(const std::vector<std::size_t>& leafIndex, std::size_t leafPos) const {
        const ObjectId hallId = design_.switches[leafIndex[leafPos]].hallId;
        for (std::size_t h = 0; h < design_.halls.size(); ++h)
            if (design_.halls[h].id == hallId)
                return h;
        return std::size_t{0};
    }

    // Two tiers: the spines spread over the halls in proportion to their leaves; every leaf
    // links to every spine.
    void addTwoTier(const FabricPlan& plan, const std::vector<std::size_t>& leafIndex,
                    const std::string& prefix) {
        std::vector<std::size_t> spineIndex;
        spineIndex.reserve(static_cast<std::size_t>(plan.spines));
        for (int s = 0; s < plan.spines; ++s) {
            const std::size_t leafPos = static_cast<std::size_t>(
                (static_cast<long long>(s) * plan.leaves) / std::max(1, plan.spines));
            const std::size_t h = hallOfLeaf(leafIndex, leafPos);
            spineIndex.push_back(
                addCompute(prefix + "Spine " + std::to_string(s + 1), 2, -1, h, hallSlot(h)));
        }
        for (std::size_t l = 0; l < leafIndex.size(); ++l)
            for (int s = 0; s < plan.spines; ++s)
                linkSwitches(leafIndex[l], spineIndex[static_cast<std::size_t>(s)],
                             share(plan.leafUpPorts, plan.spines, s, static_cast<int>(l)));
    }

    // Three tiers: pods of leaves and spines; core group j joins spine j of every pod. Cores
    // spread over the cluster's halls round-robin.
    void addThreeTier(const FabricPlan& plan, const std::vector<std::size_t>& clusterHalls,
                      const std::vector<std::size_t>& leafIndex, const std::string& prefix) {
        const int half = ports_ / 2;
        std::vector<std::size_t> coreIndex;
        coreIndex.reserve(static_cast<std::size_t>(plan.cores));
        for (int c = 0; c < plan.cores; ++c) {
            const std::size_t h = clusterHalls[static_cast<std::size_t>(c) % clusterHalls.size()];
            coreIndex.push_back(
                addCompute(prefix + "Core " + std::to_string(c + 1), 3, -1, h, hallSlot(h)));
        }
        int spineNo = 0;
        for (int p = 0; p < plan.pods; ++p) {
            const int firstLeaf = p * plan.leavesPerPod;
            const int podLeaves = std::min(plan.leavesPerPod, plan.leaves - firstLeaf);
            const int podSpines = static_cast<int>(
                ceilDiv(static_cast<long long>(podLeaves) * plan.leafUpPorts, half));
            const std::size_t h = hallOfLeaf(leafIndex, static_cast<std::size_t>(firstLeaf));
            std::vector<std::size_t> pod;
            for (int s = 0; s < podSpines; ++s)
                pod.push_back(addCompute(prefix + "Spine " + std::to_string(++spineNo), 2, -1, h,
                                         hallSlot(h)));
            for (int l = 0; l < podLeaves; ++l)
                for (int s = 0; s < podSpines; ++s)
                    linkSwitches(leafIndex[static_cast<std::size_t>(firstLeaf + l)],
                                 pod[static_cast<std::size_t>(s)],
                                 share(plan.leafUpPorts, podSpines, s, l));
            for (int s = 0; s < podSpines; ++s) {
                const int group = s % plan.coreGroups;
                for (int c = 0; c < plan.coresPerGroup; ++c)
                    linkSwitches(
                        pod[static_cast<std::size_t>(s)],
                        coreIndex[static_cast<std::size_t>(group * plan.coresPerGroup + c)],
                        share(half, plan.coresPerGroup, c, p));
            }
        }
    }

    // Storage / in-band Ethernet (separate fabric on BF-3 ports, reference-data.md 4.2) and
    // out-of-band 1 GbE (one switch per rack to every BMC and PDU: assumption). Counted
    // switches, no cable bundles.
    void buildStorageAndOutOfBand() {
        const int storageDown = storageLeafDownPorts(req_.storageSwitch);
        const double storageKw =
            req_.storageSwitch ? req_.storageSwitch->number("power_kw", 0.0) : 0.0;
        for (std::size_t h = 0; h < layout_.halls.size(); ++h) {
            const LaidOutHall& hall = layout_.halls[h];
            int hallStorageLeaves = 0;
            for (std::size_t ui : hall.units) {
                const LaidOutUnit& unit = layout_.units[ui];
                const int portsNeeded =
                    storagePortsPerRack(req_.spec) * static_cast<int>(unit.racks.size());
                const int leaves = static_cast<int>(ceilDiv(portsNeeded, storageDown));
                for (int i = 0; i < leaves; ++i)
                    addSwitch("Storage leaf " + std::to_string(++out_.storageSwitches),
                              req_.storageSwitch, NetworkRole::StorageInband, 1, -1, h,
                              unit.networkRackM, 128, 400.0, storageKw);
                hallStorageLeaves += leaves;
                for (std::size_t r = 0; r < unit.racks.size(); ++r)
                    addSwitch(
                        "OOB " + std::to_string(++out_.outOfBandSwitches), req_.outOfBandSwitch,
                        NetworkRole::OutOfBand, 1, -1, h, unit.networkRackM, 48, 1.0,
                        req_.outOfBandSwitch ? req_.outOfBandSwitch->number("power_kw", 0.0) : 0.0);
            }
            const int storageSpines = static_cast<int>(ceilDiv(hallStorageLeaves, 2));
            for (int i = 0; i < storageSpines; ++i)
                addSwitch("Storage spine " + std::to_string(++out_.storageSwitches),
                          req_.storageSwitch, NetworkRole::StorageInband, 2, -1, h, hallSlot(h),
                          128, 400.0, storageKw);
        }
    }

    const FabricBuildRequest& req_;
    const LayoutResult& layout_;
    Design& design_;
    const CatalogEntry& sw_;
    const int ports_;
    const double portGbps_;
    const double switchKw_;
    const double endpointGbps_;
    const int rackEndpoints_;
    std::vector<long> slotCursor_;
    FabricBuildResult out_;
};

} // namespace

FabricBuildResult buildFabric(const FabricBuildRequest& req, const LayoutResult& layout,
                              Design& design) {
    return FabricAssembler(req, layout, design).run();
}

} // namespace aifp
