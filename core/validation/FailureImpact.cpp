#include "core/validation/FailureImpact.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/validation/CoolingModel.hpp"
#include "core/validation/CoolingRules.hpp"
#include "core/validation/FabricModel.hpp"
#include "core/validation/PowerModel.hpp"
#include "core/validation/PowerRules.hpp"
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace aifp {

namespace {

int mainComponent(const FabricModel& f, const std::vector<int>& gpus) {
    std::map<int, long> byComponent;
    for (std::size_t r = 0; r < gpus.size(); ++r)
        if (f.rackAttached()[r])
            byComponent[f.rackComponent()[r]] += gpus[r];
    int best = -1;
    long most = -1;
    for (const auto& [c, n] : byComponent)
        if (n > most) {
            best = c;
            most = n;
        }
    return best;
}

// The objects failed: every id named, and the racks lost with them (named, or in a failed hall
// or row).
struct FailureSet {
    std::set<ObjectId> failed;
    std::set<ObjectId> racks;
};

FailureSet resolveFailures(const Design& design, const DesignIndex& index,
                           const std::vector<ObjectId>& failedIds) {
    FailureSet fs;
    for (ObjectId id : failedIds) {
        const ObjectKind k = index.kindOf(id);
        if (k == ObjectKind::None)
            throw FailureImpactError("no object with id " + std::to_string(id) + " in the design");
        fs.failed.insert(id);
        if (k == ObjectKind::Rack)
            fs.racks.insert(id);
    }
    for (const Rack& r : design.racks)
        if (fs.failed.count(r.hallId) || (r.rowId != kNoId && fs.failed.count(r.rowId)))
            fs.racks.insert(r.id);
    return fs;
}

// Per rack (index into design.racks): electrical load, liquid heat, GPUs.
struct RackLoads {
    std::vector<double> kw, liquidKw;
    std::vector<int> gpus;
    double totalHeatKw = 0.0;
    int totalGpus = 0;
};

RackLoads rackLoads(const Design& design, const Catalog& catalog, const DesignIndex& index) {
    const std::size_t nr = design.racks.size();
    RackLoads loads;
    loads.kw.assign(nr, 0.0);
    loads.liquidKw.assign(nr, 0.0);
    loads.gpus.assign(nr, 0);
    std::unordered_map<std::string, const SystemSpec*> specCache;
    std::vector<SystemSpec> specStore;
    specStore.reserve(nr);
    for (std::size_t i = 0; i < nr; ++i) {
        const Rack& r = design.racks[i];
        auto it = specCache.find(r.catalogId);
        if (it == specCache.end()) {
            const SystemSpec* s = nullptr;
            try {
                specStore.push_back(systemSpec(catalog, r.catalogId));
                s = &specStore.back();
            } catch (const CatalogError&) {
            }
            it = specCache.emplace(r.catalogId, s).first;
        }
        if (const SystemSpec* s = it->second) {
            loads.kw[i] = s->rackPowerKw;
            loads.gpus[i] = s->gpusPerRack;
            const Hall* h = index.hall(r.hallId);
            const double lf = h && h->cooling == CoolingProvision::Air ? 0.0 : s->liquidFraction;
            loads.liquidKw[i] = s->rackPowerKw * lf;
            loads.totalHeatKw += s->rackPowerKw;
        }
        loads.totalGpus += loads.gpus[i];
    }
    return loads;
}

// Live feeds of each rack in a power state.
std::vector<int> liveFeeds(const PowerModel& model, const PowerModel::State& state,
                           std::size_t racks) {
    std::vector<int> live(racks, 0);
    for (const auto& g : model.groups()) {
        int n = 0;
        for (int f : g.feeds)
            n += state.alive[f] ? 1 : 0;
        for (std::size_t r : g.racks)
            live[r] = n;
    }
    return live;
}

// Power: drop failed links from a copy, fail the nodes, compare with the intact design.
void powerImpact(const Design& design, const RackLoads& loads, const FailureSet& fs,
                 const ValidationOptions& options, ImpactResult& res) {
    Design cut = design;
    std::erase_if(cut.powerLinks, [&](const PowerLink& l) { return fs.failed.count(l.id) > 0; });
    const PowerModel before(design, loads.kw);
    const PowerModel after(cut, loads.kw);
    std::vector<char> flags(design.powerNodes.size(), 0);
    for (std::size_t i = 0; i < design.powerNodes.size(); ++i)
        flags[i] = fs.failed.count(design.powerNodes[i].id) ? 1 : 0;
    const PowerModel::State s0 = before.compute();
    const PowerModel::State s1 = after.compute(flags);
    const std::size_t nr = design.racks.size();
    const std::vector<int> liveBefore = liveFeeds(before, s0, nr);
    const std::vector<int> liveAfter = liveFeeds(after, s1, nr);
    for (std::size_t r = 0; r < nr; ++r) {
        if (fs.racks.count(design.racks[r].id))
            continue;
        if (liveBefore[r] > 0 && liveAfter[r] == 0)
            res.racksLosingPower.push_back(design.racks[r].id);
        else if (liveBefore[r] >= 2 && liveAfter[r] == 1)
            res.racksLosingRedundancy.push_back(design.racks[r].id);
    }
    for (std::size_t i = 0; i < design.powerNodes.size(); ++i) {
        const double cap = powerCapacityKw(design.powerNodes[i], options.itPowerFactor,
                                           options.continuousLoadFactor);
        if (s1.alive[i] && cap > 0 && s1.outKw[i] > cap + 1e-9 && s0.outKw[i] <= cap + 1e-9)
            res.overloadedPowerNodes.push_back(design.powerNodes[i].id);
    }
}

// Cooling: failed CDUs/manifolds lose their pipes; a rack whose liquid path is gone keeps
// running only if the surviving CDUs of its group (hall, path) have the spare capacity.
void cduImpact(const Design& design, const RackLoads& loads, const FailureSet& fs,
               ImpactResult& res) {
    Design cut = design;
    std::erase_if(cut.pipes, [&](const Pipe& p) {
        return fs.failed.count(p.id) || fs.failed.count(p.fromId) || fs.failed.count(p.toId);
    });
    const CoolingModel before(design, loads.liquidKw, 1.0);
    const CoolingModel after(cut, loads.liquidKw, 1.0);
    const auto& nodes = design.coolingNodes;
    std::map<std::pair<ObjectId, std::string>, double> spareKw, displacedKw;
    std::map<std::pair<ObjectId, std::string>, std::vector<std::size_t>> displaced;
    for (std::size_t c = 0; c < nodes.size(); ++c)
        if (nodes[c].kind == CoolingNodeKind::Cdu && !fs.failed.count(nodes[c].id)) {
            const double load = after.cduLoadKw(static_cast<int>(c));
            spareKw[{nodes[c].hallId, nodes[c].path}] += nodes[c].capacityKw - load;
            if (nodes[c].capacityKw > 0 && load > nodes[c].capacityKw + 1e-9 &&
                before.cduLoadKw(static_cast<int>(c)) <= nodes[c].capacityKw + 1e-9)
                res.overloadedCdus.push_back(nodes[c].id);
        }
    for (std::size_t r = 0; r < design.racks.size(); ++r) {
        if (fs.racks.count(design.racks[r].id) || loads.liquidKw[r] <= 0)
            continue;
        if (!before.rackCdus(r).empty() && after.rackCdus(r).empty()) {
            const CoolingNode& was = nodes[before.rackCdus(r).front()];
            displaced[{was.hallId, was.path}].push_back(r);
            displacedKw[{was.hallId, was.path}] += loads.liquidKw[r];
        }
    }
    for (const auto& [key, racks] : displaced) {
        const bool absorbed = spareKw[key] + 1e-9 >= displacedKw[key];
        for (std::size_t r : racks)
            (absorbed ? res.racksLosingRedundancy : res.racksLosingCooling)
                .push_back(design.racks[r].id);
    }
}

// IT heat the surviving chillers and dry coolers cannot reject at the design ambient (a dry
// cooler counts only where the ambient plus its approach is below its supply temperature).
void heatRejectionImpact(const Design& design, const Catalog& catalog, const RackLoads& loads,
                         const FailureSet& fs, ImpactResult& res) {
    double rejectKw = 0.0;
    double minFacilityC = 0.0;
    for (const Hall& h : design.halls)
        if (minFacilityC == 0.0 || h.facilityWaterSupplyC < minFacilityC)
            minFacilityC = h.facilityWaterSupplyC;
    bool anyPlant = false;
    for (const CoolingNode& n : design.coolingNodes) {
        if (n.kind != CoolingNodeKind::Chiller && n.kind != CoolingNodeKind::DryCooler)
            continue;
        anyPlant = true;
        if (fs.failed.count(n.id))
            continue;
        if (n.kind == CoolingNodeKind::DryCooler &&
            (n.supplyTempC > 0 ? n.supplyTempC : minFacilityC) + 1e-9 <
                design.site.designAmbientC + dryCoolerApproachK(n, catalog))
            continue;
        rejectKw += n.capacityKw;
    }
    if (anyPlant)
        res.heatRejectionDeficitKw = std::max(0.0, loads.totalHeatKw - rejectKw);
}

// Network: remove failed switches and links; racks leaving the main component are cut off.
void networkImpact(const Design& design, const RackLoads& loads, const FailureSet& fs,
                   ImpactResult& res) {
    const FabricModel before(design);
    const FabricModel after(design, fs.failed);
    const int mainBefore = mainComponent(before, loads.gpus);
    const int mainAfter = mainComponent(after, loads.gpus);
    for (std::size_t r = 0; r < design.racks.size(); ++r) {
        if (fs.racks.count(design.racks[r].id))
            continue;
        const bool wasIn = before.rackAttached()[r] && before.rackComponent()[r] == mainBefore;
        const bool isIn = after.rackAttached()[r] && after.rackComponent()[r] == mainAfter;
        if (wasIn && !isIn)
            res.racksDisconnected.push_back(design.racks[r].id);
    }
    res.fabricBisectionGbps = before.bisectionGbps();
    res.fabricBandwidthLostGbps = std::max(0.0, before.bisectionGbps() - after.bisectionGbps());
    if (res.fabricBisectionGbps > 0)
        res.fabricBandwidthLostPercent =
            100.0 * res.fabricBandwidthLostGbps / res.fabricBisectionGbps;
}

// GPUs lost (failed, without power or cooling, or cut off), and the racks still losing only
// redundancy.
void lostCapacity(const Design& design, const RackLoads& loads, const FailureSet& fs,
                  ImpactResult& res) {
    std::set<ObjectId> lost(fs.racks.begin(), fs.racks.end());
    lost.insert(res.racksLosingPower.begin(), res.racksLosingPower.end());
    lost.insert(res.racksLosingCooling.begin(), res.racksLosingCooling.end());
    lost.insert(res.racksDisconnected.begin(), res.racksDisconnected.end());
    for (std::size_t r = 0; r < design.racks.size(); ++r)
        if (lost.count(design.racks[r].id))
            res.gpusLost += loads.gpus[r];
    // A rack that lost power or cooling is not also "losing redundancy".
    std::erase_if(res.racksLosingRedundancy, [&](ObjectId id) { return lost.count(id) > 0; });
    std::sort(res.racksLosingRedundancy.begin(), res.racksLosingRedundancy.end());
    res.racksLosingRedundancy.erase(
        std::unique(res.racksLosingRedundancy.begin(), res.racksLosingRedundancy.end()),
        res.racksLosingRedundancy.end());
}

} // namespace

ImpactResult simulateFailure(const Design& design, const Catalog& baseCatalog,
                             const std::vector<ObjectId>& failedIds,
                             const TokensPerSecondFn& tokensPerSecond,
                             const ValidationOptions& options) {
    const Catalog catalog =
        design.userCatalog.empty() ? baseCatalog : baseCatalog.withUserEntries(design.userCatalog);
    const DesignIndex index(design);
    ImpactResult res;
    res.failed = failedIds;
    const FailureSet fs = resolveFailures(design, index, failedIds);
    res.racksFailed.assign(fs.racks.begin(), fs.racks.end());
    const RackLoads loads = rackLoads(design, catalog, index);
    res.gpusTotal = loads.totalGpus;
    powerImpact(design, loads, fs, options, res);
    cduImpact(design, loads, fs, res);
    heatRejectionImpact(design, catalog, loads, fs, res);
    networkImpact(design, loads, fs, res);
    lostCapacity(design, loads, fs, res);
    if (tokensPerSecond) {
        res.tokensPerSecondTotal = tokensPerSecond(res.gpusTotal);
        res.tokensPerSecondLost =
            *res.tokensPerSecondTotal - tokensPerSecond(res.gpusTotal - res.gpusLost);
    }
    res.assumptions = {
        tr("Impact", "rack load = catalog rack_power_kw (maximum draw)"),
        fill(
            tr("Impact", "IT power factor %1 (reference-data.md 3.2, UNVERIFIED planning default)"),
            {display::formatPlain(options.itPowerFactor, 2)}),
        tr("Impact", "a rack whose CDUs failed keeps running if the other CDUs of its hall/path "
                     "group have spare capacity (assumes the loop can be re-valved to them)"),
        tr("Impact",
           "fabric bandwidth = bisection, half the smallest per-tier aggregate (derived)")};
    return res;
}

} // namespace aifp
