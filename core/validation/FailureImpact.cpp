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
    std::set<ObjectId> failed;
    std::set<ObjectId> failedRacks;
    for (ObjectId id : failedIds) {
        const ObjectKind k = index.kindOf(id);
        if (k == ObjectKind::None)
            throw FailureImpactError("no object with id " + std::to_string(id) + " in the design");
        failed.insert(id);
        if (k == ObjectKind::Rack)
            failedRacks.insert(id);
    }
    for (const Rack& r : design.racks)
        if (failed.count(r.hallId) || (r.rowId != kNoId && failed.count(r.rowId)))
            failedRacks.insert(r.id);
    res.racksFailed.assign(failedRacks.begin(), failedRacks.end());

    const std::size_t nr = design.racks.size();
    std::vector<double> rackKw(nr, 0.0), liquidKw(nr, 0.0);
    std::vector<int> gpus(nr, 0);
    double totalHeatKw = 0.0;
    std::unordered_map<std::string, const SystemSpec*> specCache;
    std::vector<SystemSpec> specStore;
    specStore.reserve(design.racks.size());
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
            rackKw[i] = s->rackPowerKw;
            gpus[i] = s->gpusPerRack;
            const Hall* h = index.hall(r.hallId);
            const double lf = h && h->cooling == CoolingProvision::Air ? 0.0 : s->liquidFraction;
            liquidKw[i] = s->rackPowerKw * lf;
            totalHeatKw += s->rackPowerKw;
        }
        res.gpusTotal += gpus[i];
    }

    // Power: drop failed links from a copy, fail the nodes, compare with the intact design.
    {
        Design cut = design;
        std::erase_if(cut.powerLinks, [&](const PowerLink& l) { return failed.count(l.id) > 0; });
        const PowerModel before(design, rackKw);
        const PowerModel after(cut, rackKw);
        std::vector<char> flags(design.powerNodes.size(), 0);
        for (std::size_t i = 0; i < design.powerNodes.size(); ++i)
            flags[i] = failed.count(design.powerNodes[i].id) ? 1 : 0;
        const PowerModel::State s0 = before.compute();
        const PowerModel::State s1 = after.compute(flags);
        std::vector<int> liveBefore(nr, 0), liveAfter(nr, 0);
        for (const auto& g : before.groups()) {
            int live = 0;
            for (int f : g.feeds)
                live += s0.alive[f] ? 1 : 0;
            for (std::size_t r : g.racks)
                liveBefore[r] = live;
        }
        for (const auto& g : after.groups()) {
            int live = 0;
            for (int f : g.feeds)
                live += s1.alive[f] ? 1 : 0;
            for (std::size_t r : g.racks)
                liveAfter[r] = live;
        }
        for (std::size_t r = 0; r < nr; ++r) {
            if (failedRacks.count(design.racks[r].id))
                continue;
            if (liveBefore[r] > 0 && liveAfter[r] == 0)
                res.racksLosingPower.push_back(design.racks[r].id);
            else if (liveBefore[r] >= 2 && liveAfter[r] == 1)
                res.racksLosingRedundancy.push_back(design.racks[r].id);
        }
        const double pf = options.itPowerFactor;
        for (std::size_t i = 0; i < design.powerNodes.size(); ++i) {
            const double cap =
                powerCapacityKw(design.powerNodes[i], pf, options.continuousLoadFactor);
            if (s1.alive[i] && cap > 0 && s1.outKw[i] > cap + 1e-9 && s0.outKw[i] <= cap + 1e-9)
                res.overloadedPowerNodes.push_back(design.powerNodes[i].id);
        }
    }

    // Cooling: failed CDUs/manifolds lose their pipes; a rack whose liquid path is gone keeps
    // running only if the surviving CDUs of its group (hall, path) have the spare capacity.
    {
        Design cut = design;
        std::erase_if(cut.pipes, [&](const Pipe& p) {
            return failed.count(p.id) || failed.count(p.fromId) || failed.count(p.toId);
        });
        const CoolingModel before(design, liquidKw, 1.0);
        const CoolingModel after(cut, liquidKw, 1.0);
        const auto& nodes = design.coolingNodes;
        std::map<std::pair<ObjectId, std::string>, double> spareKw, displacedKw;
        std::map<std::pair<ObjectId, std::string>, std::vector<std::size_t>> displaced;
        for (std::size_t c = 0; c < nodes.size(); ++c)
            if (nodes[c].kind == CoolingNodeKind::Cdu && !failed.count(nodes[c].id)) {
                const double load = after.cduLoadKw(static_cast<int>(c));
                spareKw[{nodes[c].hallId, nodes[c].path}] += nodes[c].capacityKw - load;
                if (nodes[c].capacityKw > 0 && load > nodes[c].capacityKw + 1e-9 &&
                    before.cduLoadKw(static_cast<int>(c)) <= nodes[c].capacityKw + 1e-9)
                    res.overloadedCdus.push_back(nodes[c].id);
            }
        for (std::size_t r = 0; r < nr; ++r) {
            if (failedRacks.count(design.racks[r].id) || liquidKw[r] <= 0)
                continue;
            if (!before.rackCdus(r).empty() && after.rackCdus(r).empty()) {
                const CoolingNode& was = nodes[before.rackCdus(r).front()];
                displaced[{was.hallId, was.path}].push_back(r);
                displacedKw[{was.hallId, was.path}] += liquidKw[r];
            }
        }
        for (const auto& [key, racks] : displaced) {
            const bool absorbed = spareKw[key] + 1e-9 >= displacedKw[key];
            for (std::size_t r : racks)
                (absorbed ? res.racksLosingRedundancy : res.racksLosingCooling)
                    .push_back(design.racks[r].id);
        }
        double rejectKw = 0.0;
        double minFacilityC = 0.0;
        for (const Hall& h : design.halls)
            if (minFacilityC == 0.0 || h.facilityWaterSupplyC < minFacilityC)
                minFacilityC = h.facilityWaterSupplyC;
        bool anyPlant = false;
        for (const CoolingNode& n : nodes) {
            if (n.kind != CoolingNodeKind::Chiller && n.kind != CoolingNodeKind::DryCooler)
                continue;
            anyPlant = true;
            if (failed.count(n.id))
                continue;
            if (n.kind == CoolingNodeKind::DryCooler &&
                (n.supplyTempC > 0 ? n.supplyTempC : minFacilityC) + 1e-9 <
                    design.site.designAmbientC + dryCoolerApproachK(n, catalog))
                continue;
            rejectKw += n.capacityKw;
        }
        if (anyPlant)
            res.heatRejectionDeficitKw = std::max(0.0, totalHeatKw - rejectKw);
    }

    // Network: remove failed switches and links; racks leaving the main component are cut off.
    {
        const FabricModel before(design);
        const FabricModel after(design, failed);
        const int mainBefore = mainComponent(before, gpus);
        const int mainAfter = mainComponent(after, gpus);
        for (std::size_t r = 0; r < nr; ++r) {
            if (failedRacks.count(design.racks[r].id))
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

    std::set<ObjectId> lost(failedRacks.begin(), failedRacks.end());
    lost.insert(res.racksLosingPower.begin(), res.racksLosingPower.end());
    lost.insert(res.racksLosingCooling.begin(), res.racksLosingCooling.end());
    lost.insert(res.racksDisconnected.begin(), res.racksDisconnected.end());
    for (std::size_t r = 0; r < nr; ++r)
        if (lost.count(design.racks[r].id))
            res.gpusLost += gpus[r];
    // A rack that lost power or cooling is not also "losing redundancy".
    std::erase_if(res.racksLosingRedundancy, [&](ObjectId id) { return lost.count(id) > 0; });
    std::sort(res.racksLosingRedundancy.begin(), res.racksLosingRedundancy.end());
    res.racksLosingRedundancy.erase(
        std::unique(res.racksLosingRedundancy.begin(), res.racksLosingRedundancy.end()),
        res.racksLosingRedundancy.end());
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
