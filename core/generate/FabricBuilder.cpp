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

FabricBuildResult buildFabric(const FabricBuildRequest& req, const LayoutResult& layout,
                              Design& design) {
    FabricBuildResult out;
    out.hallNetworkKw.assign(layout.halls.size(), 0.0);
    const CatalogEntry& sw = *req.computeSwitch;
    const int ports = static_cast<int>(sw.number("port_count"));
    const double portGbps = sw.number("port_speed_gbps");
    const double switchKw = sw.number("power_kw", 0.0); // catalog, assumption
    const double storageKw = req.storageSwitch ? req.storageSwitch->number("power_kw", 0.0) : 0.0;

    // Per-hall cursor over the network-row slots (kSwitchesPerNetworkRack switches per slot).
    std::vector<long> slotCursor(layout.halls.size(), 0);
    auto hallSlot = [&](std::size_t hall) {
        const auto& slots = layout.halls[hall].networkSlotsM;
        const long i = slotCursor[hall]++ / rules::kSwitchesPerNetworkRack;
        return slots[static_cast<std::size_t>(
            std::min<long>(i, static_cast<long>(slots.size()) - 1))];
    };
    auto addSwitch = [&](const std::string& name, const CatalogEntry* entry, NetworkRole role,
                         int tier, int rail, std::size_t hall, PointM pos, int portCount,
                         double speedGbps, double kw) {
        NetworkSwitch s;
        s.id = design.allocateId();
        s.name = name;
        s.catalogId = entry ? entry->id : "";
        s.role = role;
        s.tier = tier;
        s.rail = rail;
        s.portCount = portCount;
        s.portSpeedGbps = speedGbps;
        s.hallId = design.halls[hall].id;
        s.positionM = pos;
        design.switches.push_back(std::move(s));
        out.hallNetworkKw[hall] += kw;
        return design.switches.size() - 1;
    };
    auto addLink = [&](ObjectId from, ObjectId to, int count, double speedGbps, const PointM& a,
                       const PointM& b) {
        NetworkLink l;
        l.id = design.allocateId();
        l.fromId = from;
        l.toId = to;
        l.count = count;
        l.speedGbps = speedGbps;
        l.lengthM = cableLengthM(a, b);
        l.medium = mediumForLength(l.lengthM);
        design.networkLinks.push_back(l);
    };

    // Every NIC takes one leaf port (FabricPlanner), so a NIC faster than the switch port links at
    // the port speed (e.g. a 1.6T NIC on a 400G QM9700 port runs at 400G).
    const double endpointGbps = std::min(req.spec.nicSpeedGbps, portGbps);
    const int rackEndpoints = req.spec.gpusPerRack * req.spec.nicsPerGpu;
    // One cluster's compute fabric over its halls; no link leaves the cluster.
    auto buildCompute = [&](const FabricPlan& plan, const std::vector<std::size_t>& clusterHalls,
                            const std::string& prefix) {
        std::vector<char> inCluster(layout.halls.size(), 0);
        for (const std::size_t h : clusterHalls)
            inCluster[h] = 1;

        // Leaves: one group per scalable unit, in the unit's network rack; leaf i of a unit serves
        // rail i when rail-optimised.
        std::vector<std::size_t> leafIndex; // switch index of every leaf, in unit order
        leafIndex.reserve(static_cast<std::size_t>(plan.leaves));
        int leafNo = 0;
        for (std::size_t u = 0; u < layout.units.size(); ++u) {
            const LaidOutUnit& unit = layout.units[u];
            if (!inCluster[unit.hallIndex])
                continue;
            const int L = plan.leavesPerUnit;
            const std::size_t first = leafIndex.size();
            for (int i = 0; i < L; ++i)
                leafIndex.push_back(addSwitch(prefix + "Leaf " + std::to_string(++leafNo), &sw,
                                              NetworkRole::Compute, 1, req.railOptimized ? i : -1,
                                              unit.hallIndex, unit.networkRackM, ports, portGbps,
                                              switchKw));
            // Rack -> leaf bundles. Rail-optimised: endpoint e of the unit goes to leaf e mod L, so
            // every rack reaches every rail. Otherwise racks fill leaves in turn (top-of-row).
            for (std::size_t r = 0; r < unit.racks.size(); ++r) {
                const Rack& rack = design.racks[unit.racks[r]];
                std::vector<int> perLeaf(static_cast<std::size_t>(L), 0);
                for (int g = 0; g < rackEndpoints; ++g) {
                    const long e = static_cast<long>(r) * rackEndpoints + g;
                    const long leaf =
                        req.railOptimized ? e % L : std::min<long>(L - 1, e / plan.leafDownPorts);
                    ++perLeaf[static_cast<std::size_t>(leaf)];
                }
                for (int i = 0; i < L; ++i)
                    if (perLeaf[static_cast<std::size_t>(i)] > 0) {
                        const NetworkSwitch& leaf =
                            design.switches[leafIndex[first + static_cast<std::size_t>(i)]];
                        addLink(rack.id, leaf.id, perLeaf[static_cast<std::size_t>(i)],
                                endpointGbps, rack.centerM, leaf.positionM);
                    }
            }
        }

        // Spines (and cores): placed in the hall that holds most of their leaves.
        auto hallOfLeaf = [&](std::size_t leafPos) {
            const ObjectId hallId = design.switches[leafIndex[leafPos]].hallId;
            for (std::size_t h = 0; h < design.halls.size(); ++h)
                if (design.halls[h].id == hallId)
                    return h;
            return std::size_t{0};
        };
        // Distributes n cables over m targets: base n/m, and n%m targets get one more. The extra
        // cables of source number `source` start at target source x (n%m) (mod m), so that over
        // many sources every target receives at most ceil(total / m) cables (a fixed start would
        // give the first targets one extra cable from every source and overflow their ports).
        auto share = [](int n, int m, int i, int source) {
            const int r = n % m;
            const int pos = static_cast<int>(
                ((static_cast<long long>(i) - static_cast<long long>(source) * r) % m + m) % m);
            return n / m + (pos < r ? 1 : 0);
        };

        std::vector<std::size_t> spineIndex;
        spineIndex.reserve(static_cast<std::size_t>(plan.spines));
        if (plan.tiers == 2) {
            // Spread the spines over the halls in proportion to their leaves.
            for (int s = 0; s < plan.spines; ++s) {
                const std::size_t leafPos = static_cast<std::size_t>(
                    (static_cast<long long>(s) * plan.leaves) / std::max(1, plan.spines));
                const std::size_t h = hallOfLeaf(leafPos);
                spineIndex.push_back(addSwitch(prefix + "Spine " + std::to_string(s + 1), &sw,
                                               NetworkRole::Compute, 2, -1, h, hallSlot(h), ports,
                                               portGbps, switchKw));
            }
            for (std::size_t l = 0; l < leafIndex.size(); ++l)
                for (int s = 0; s < plan.spines; ++s) {
                    const NetworkSwitch& leaf = design.switches[leafIndex[l]];
                    const NetworkSwitch& spine =
                        design.switches[spineIndex[static_cast<std::size_t>(s)]];
                    const int n = share(plan.leafUpPorts, plan.spines, s, static_cast<int>(l));
                    if (n > 0)
                        addLink(leaf.id, spine.id, n, portGbps, leaf.positionM, spine.positionM);
                }
        } else {
            const int half = ports / 2;
            // Cores: core group j joins spine j of every pod; spread over the cluster's halls
            // round-robin.
            std::vector<std::size_t> coreIndex;
            coreIndex.reserve(static_cast<std::size_t>(plan.cores));
            for (int c = 0; c < plan.cores; ++c) {
                const std::size_t h =
                    clusterHalls[static_cast<std::size_t>(c) % clusterHalls.size()];
                coreIndex.push_back(addSwitch(prefix + "Core " + std::to_string(c + 1), &sw,
                                              NetworkRole::Compute, 3, -1, h, hallSlot(h), ports,
                                              portGbps, switchKw));
            }
            int spineNo = 0;
            for (int p = 0; p < plan.pods; ++p) {
                const int firstLeaf = p * plan.leavesPerPod;
                const int podLeaves = std::min(plan.leavesPerPod, plan.leaves - firstLeaf);
                const int podSpines = static_cast<int>(
                    ceilDiv(static_cast<long long>(podLeaves) * plan.leafUpPorts, half));
                const std::size_t h = hallOfLeaf(static_cast<std::size_t>(firstLeaf));
                std::vector<std::size_t> pod;
                for (int s = 0; s < podSpines; ++s)
                    pod.push_back(addSwitch(prefix + "Spine " + std::to_string(++spineNo), &sw,
                                            NetworkRole::Compute, 2, -1, h, hallSlot(h), ports,
                                            portGbps, switchKw));
                for (int l = 0; l < podLeaves; ++l) {
                    const NetworkSwitch& leaf =
                        design.switches[leafIndex[static_cast<std::size_t>(firstLeaf + l)]];
                    for (int s = 0; s < podSpines; ++s) {
                        const int n = share(plan.leafUpPorts, podSpines, s, l);
                        if (n <= 0)
                            continue;
                        const NetworkSwitch& spine =
                            design.switches[pod[static_cast<std::size_t>(s)]];
                        addLink(leaf.id, spine.id, n, portGbps, leaf.positionM, spine.positionM);
                    }
                }
                for (int s = 0; s < podSpines; ++s) {
                    const NetworkSwitch& spine = design.switches[pod[static_cast<std::size_t>(s)]];
                    const int group = s % plan.coreGroups;
                    for (int c = 0; c < plan.coresPerGroup; ++c) {
                        const int n = share(half, plan.coresPerGroup, c, p);
                        if (n <= 0)
                            continue;
                        const NetworkSwitch& core =
                            design.switches[coreIndex[static_cast<std::size_t>(
                                group * plan.coresPerGroup + c)]];
                        addLink(spine.id, core.id, n, portGbps, spine.positionM, core.positionM);
                    }
                }
            }
        }
    };
    // Room for every cluster's bundles at once (one reallocation, not one per cluster).
    auto estimate = [](const FabricPlan& p) {
        return p.endpointLinks + p.leaves + static_cast<long long>(p.spines) * 80;
    };
    long long est = req.clusters.empty() ? estimate(req.plan) : 0;
    for (const FabricCluster& c : req.clusters)
        est += estimate(c.plan);
    design.networkLinks.reserve(design.networkLinks.size() + static_cast<std::size_t>(est / 4));
    if (req.clusters.empty()) {
        std::vector<std::size_t> all(layout.halls.size());
        for (std::size_t h = 0; h < all.size(); ++h)
            all[h] = h;
        buildCompute(req.plan, all, "");
    }
    for (const FabricCluster& c : req.clusters)
        buildCompute(c.plan, c.halls, c.name.empty() ? std::string() : c.name + " ");

    // Storage / in-band Ethernet (separate fabric on BF-3 ports, reference-data.md 4.2) and
    // out-of-band 1 GbE (one switch per rack to every BMC and PDU: assumption). Counted
    // switches, no cable bundles.
    const int storageDown = storageLeafDownPorts(req.storageSwitch);
    for (std::size_t h = 0; h < layout.halls.size(); ++h) {
        const LaidOutHall& hall = layout.halls[h];
        int hallStorageLeaves = 0;
        for (std::size_t ui : hall.units) {
            const LaidOutUnit& unit = layout.units[ui];
            const int portsNeeded =
                storagePortsPerRack(req.spec) * static_cast<int>(unit.racks.size());
            const int leaves = static_cast<int>(ceilDiv(portsNeeded, storageDown));
            for (int i = 0; i < leaves; ++i)
                addSwitch("Storage leaf " + std::to_string(++out.storageSwitches),
                          req.storageSwitch, NetworkRole::StorageInband, 1, -1, h,
                          unit.networkRackM, 128, 400.0, storageKw);
            hallStorageLeaves += leaves;
            for (std::size_t r = 0; r < unit.racks.size(); ++r)
                addSwitch("OOB " + std::to_string(++out.outOfBandSwitches), req.outOfBandSwitch,
                          NetworkRole::OutOfBand, 1, -1, h, unit.networkRackM, 48, 1.0,
                          req.outOfBandSwitch ? req.outOfBandSwitch->number("power_kw", 0.0) : 0.0);
        }
        const int storageSpines = static_cast<int>(ceilDiv(hallStorageLeaves, 2));
        for (int i = 0; i < storageSpines; ++i)
            addSwitch("Storage spine " + std::to_string(++out.storageSwitches), req.storageSwitch,
                      NetworkRole::StorageInband, 2, -1, h, hallSlot(h), 128, 400.0, storageKw);
    }
    return out;
}

} // namespace aifp
