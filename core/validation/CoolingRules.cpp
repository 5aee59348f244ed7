#include "core/validation/CoolingRules.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/validation/CoolingModel.hpp"
#include "core/validation/FindingText.hpp"
#include "core/validation/WaterFlow.hpp"
#include <algorithm>
#include <map>

namespace aifp {

namespace {

std::string nodeLabel(const CoolingNode& n) {
    return std::string(toString(n.kind)) + " '" + n.name + "' (id " + std::to_string(n.id) + ")";
}

const char* kFlowSource = "reference-data.md 2.1 (flow = Q x 60 / (rho cp dT), rho 0.997 kg/L, "
                          "cp 4.186 kJ/kg K)";

} // namespace

double dryCoolerApproachK(const CoolingNode& node, const Catalog& catalog) {
    const CatalogEntry* e = node.catalogId.empty() ? nullptr : catalog.find(node.catalogId);
    if (e && e->number("max_approach_k", 0.0) > 0)
        return e->number("max_approach_k");
    const CatalogEntry* generic = catalog.find("drycooler-generic");
    // catalog drycooler-generic max_approach_k (8 K); same figure if the entry is missing.
    return generic ? generic->number("max_approach_k", 8.0) : 8.0;
}

bool CoolingRules::reads(const DesignChange& c) const {
    return c.touches(ObjectKind::Rack) || c.touches(ObjectKind::Hall) ||
           c.touches(ObjectKind::CoolingNode) || c.touches(ObjectKind::Pipe) || c.siteChanged ||
           c.settingsChanged || c.catalogChanged;
}

std::vector<Finding> CoolingRules::validate(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    const ValidationOptions& opt = ctx.options();
    std::vector<Finding> out;
    const auto& nodes = d.coolingNodes;

    std::vector<double> liquidKw(d.racks.size(), 0.0), airKw(d.racks.size(), 0.0);
    double totalHeatKw = 0.0;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        const SystemSpec* s = ctx.spec(i);
        if (!s)
            continue;
        // All electrical power ends up as heat; split by the liquid-cooled share.
        const double lf = ctx.liquidFraction(i);
        liquidKw[i] = s->rackPowerKw * lf;
        airKw[i] = s->rackPowerKw - liquidKw[i];
        totalHeatKw += s->rackPowerKw;
    }
    const CoolingModel model(d, liquidKw, opt.pipeRoundTrip ? 2.0 : 1.0);

    // Racks whose liquid heat has no CDU: one finding per hall.
    std::map<ObjectId, std::vector<ObjectId>> uncooled;
    std::map<ObjectId, double> uncooledKw;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        if (liquidKw[i] > 0 && model.rackCdus(i).empty()) {
            uncooled[d.racks[i].hallId].push_back(d.racks[i].id);
            uncooledKw[d.racks[i].hallId] += liquidKw[i];
        }
    for (const auto& [hallId, ids] : uncooled)
        out.push_back(
            makeFinding("cooling.uncooled_rack", Severity::Error, ids,
                        std::to_string(ids.size()) + " liquid-cooled rack(s) in hall id " +
                            std::to_string(hallId) + " (" + formatNumber(uncooledKw[hallId]) +
                            " kW of liquid heat) have no pipe from a CDU: " + formatIds(ids),
                        "Connect each rack to a CDU (directly or through a manifold).",
                        "catalog liquid_fraction; design pipes"));

    // CDU capacity, flow; redundancy groups (hall, path).
    struct Group {
        std::vector<int> cdus;
        double loadKw = 0.0, capacityKw = 0.0;
    };
    std::map<std::pair<ObjectId, std::string>, Group> groups;
    // Worst pressure drop from each CDU to one of its racks.
    std::vector<double> worstDrop(nodes.size(), 0.0);
    std::vector<ObjectId> worstRackOf(nodes.size(), kNoId);
    for (std::size_t r = 0; r < d.racks.size(); ++r)
        for (int c : model.rackCdus(r))
            if (model.rackPathDropKpa(r) > worstDrop[c]) {
                worstDrop[c] = model.rackPathDropKpa(r);
                worstRackOf[c] = d.racks[r].id;
            }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const CoolingNode& n = nodes[i];
        if (n.kind != CoolingNodeKind::Cdu)
            continue;
        const double load = model.cduLoadKw(static_cast<int>(i));
        Group& g = groups[{n.hallId, n.path}];
        g.cdus.push_back(static_cast<int>(i));
        g.loadKw += load;
        g.capacityKw += n.capacityKw;
        if (n.capacityKw > 0 && load > n.capacityKw + 1e-9)
            out.push_back(
                makeFinding("cooling.cdu_capacity", Severity::Error, {n.id},
                            nodeLabel(n) + " removes " + formatNumber(load) +
                                " kW of liquid heat from its racks, above its capacity of " +
                                formatNumber(n.capacityKw) + " kW (" +
                                formatNumber(100 * load / n.capacityKw, 0) + " %)",
                            "Add a CDU, move racks to another CDU, or choose a larger CDU.",
                            "CDU capacity (catalog '" + n.catalogId + "'); reference-data.md 2.4"));
        else if (n.capacityKw <= 0 && load > 0)
            out.push_back(makeFinding("cooling.cdu_capacity", Severity::Warning, {n.id},
                                      nodeLabel(n) + " serves " + formatNumber(load) +
                                          " kW but has no capacity rating",
                                      "Set the CDU's heat capacity.", "design CDU ratings"));
        const double dT = n.deltaTK > 0 ? n.deltaTK : 10.0;
        const double flow = waterFlowLpm(load, dT);
        if (n.flowRatingLpm > 0 && flow > n.flowRatingLpm + 1e-9)
            out.push_back(makeFinding(
                "cooling.cdu_flow", Severity::Error, {n.id},
                nodeLabel(n) + " must circulate " + formatNumber(flow, 0) + " L/min (" +
                    formatNumber(load) + " kW at dT " + formatNumber(dT) +
                    " K), above its rated flow of " + formatNumber(n.flowRatingLpm, 0) + " L/min",
                "Add a CDU, raise the design temperature rise, or choose a CDU with more flow.",
                kFlowSource));
        if (n.pumpHeadKpa > 0) {
            const double worst = worstDrop[i];
            const ObjectId worstRack = worstRackOf[i];
            if (worst > n.pumpHeadKpa + 1e-9)
                out.push_back(makeFinding(
                    "cooling.pipe_pressure_drop", Severity::Error, {n.id, worstRack},
                    "the pipe run from " + nodeLabel(n) + " to rack id " +
                        std::to_string(worstRack) + " loses " + formatNumber(worst) +
                        " kPa (Darcy-Weisbach" + (opt.pipeRoundTrip ? ", supply and return" : "") +
                        "), above the CDU's pump head of " + formatNumber(n.pumpHeadKpa) + " kPa",
                    "Use larger pipes on the run, shorten it, or choose a CDU with more head.",
                    "Darcy-Weisbach, reference-data.md 2.6; Swamee-Jain friction factor; "
                    "water viscosity (Vogel)" +
                        std::string(opt.pipeRoundTrip ? "; ASSUMPTION: pipe = supply/return pair"
                                                      : "")));
        }
    }
    for (const auto& [key, g] : groups) {
        if (g.loadKw <= 0)
            continue;
        int worst = g.cdus.front();
        for (int c : g.cdus)
            if (nodes[c].capacityKw > nodes[worst].capacityKw)
                worst = c;
        const double remaining = g.capacityKw - nodes[worst].capacityKw;
        if (g.loadKw > remaining + 1e-9) {
            std::vector<ObjectId> ids;
            for (int c : g.cdus)
                ids.push_back(nodes[c].id);
            std::rotate(ids.begin(), std::find(ids.begin(), ids.end(), nodes[worst].id),
                        ids.begin() + 1);
            out.push_back(makeFinding(
                "cooling.cdu_redundancy", Severity::Warning, ids,
                "if " + nodeLabel(nodes[worst]) + " fails, the other " +
                    std::to_string(g.cdus.size() - 1) + " CDU(s) of its group (hall id " +
                    std::to_string(key.first) + (key.second.empty() ? "" : ", path " + key.second) +
                    ") have " + formatNumber(remaining) + " kW for " + formatNumber(g.loadKw) +
                    " kW of liquid heat (short by " + formatNumber(g.loadKw - remaining) + " kW)",
                "Add a spare CDU to the group (N+1) so any one CDU can fail.",
                "N+1 practice, reference-data.md 3.3 applied to CDUs"));
        }
    }

    // Pipe velocities.
    for (std::size_t p = 0; p < d.pipes.size(); ++p) {
        const Pipe& pipe = d.pipes[p];
        if (pipe.innerDiameterMm <= 0) {
            if (model.pipeHeatKw(p) > 0)
                out.push_back(makeFinding("cooling.pipe_velocity", Severity::Error, {pipe.id},
                                          "pipe id " + std::to_string(pipe.id) + " carries " +
                                              formatNumber(model.pipeHeatKw(p)) +
                                              " kW but has no inner diameter",
                                          "Set the pipe's inner diameter.", "design pipes"));
            continue;
        }
        const double v = waterVelocityMps(model.pipeFlowLpm(p), pipe.innerDiameterMm);
        const bool error = v > opt.pipeVelocityMaxMps + 1e-9;
        if (error || v > opt.pipeVelocityWarnMps + 1e-9)
            out.push_back(makeFinding(
                "cooling.pipe_velocity", error ? Severity::Error : Severity::Warning,
                {pipe.id, pipe.fromId, pipe.toId},
                "pipe id " + std::to_string(pipe.id) + " (DN " +
                    formatNumber(pipe.innerDiameterMm, 0) + " mm) runs at " + formatNumber(v, 2) +
                    " m/s (" + formatNumber(model.pipeFlowLpm(p), 0) + " L/min for " +
                    formatNumber(model.pipeHeatKw(p)) + " kW), above " +
                    formatNumber(error ? opt.pipeVelocityMaxMps : opt.pipeVelocityWarnMps, 1) +
                    " m/s" + (error ? " (erosion limit)" : " (design velocity for laterals)"),
                "Use a larger pipe diameter or split the flow over parallel pipes.",
                "reference-data.md 2.6 (velocity rules of thumb)"));
    }

    // Heat rejection at the design ambient (docs/validation.md "cooling.heat_rejection"): each
    // water loop of the cooling plant model must reject its heat at the site's design dry-bulb
    // (and coincident wet-bulb from the climate library): dry coolers for the share the air
    // allows, chillers for the rest; with the largest unit out it should still (N+1).
    std::vector<ObjectId> plantIds;
    for (const CoolingNode& n : nodes)
        if (n.kind == CoolingNodeKind::Chiller || n.kind == CoolingNodeKind::DryCooler)
            plantIds.push_back(n.id);
    if (totalHeatKw > 0) {
        try {
            const CoolingPlant plant = CoolingPlant::fromDesign(d, ctx.catalog());
            const DesignAmbient amb = designAmbient(d);
            for (const auto& loop : plant.rejectionCapacity(amb.dryBulbC, amb.wetBulbC)) {
                const std::string where =
                    "the " + loop.loop + " loop (" + formatNumber(loop.supplyC) +
                    " \u00b0C supply, " + formatNumber(loop.loadKw) + " kW) at " +
                    formatNumber(amb.dryBulbC) + " \u00b0C dry-bulb / " +
                    formatNumber(amb.wetBulbC) + " \u00b0C wet-bulb (" + amb.basis + ")";
                const char* src = "cooling plant model (docs/estimation.md \"Cooling plant\"); "
                                  "catalog heat-rejection ratings; site design ambient";
                if (loop.assumedChillers) {
                    out.push_back(makeFinding(
                        "cooling.heat_rejection", Severity::Error, plantIds,
                        "no chiller or dry cooler serves " + where,
                        "Add dry coolers (and trim chillers where the air is too warm), N+1.",
                        src));
                    continue;
                }
                if (loop.chillerNeededKw > loop.chillerKw + 1e-6) {
                    out.push_back(makeFinding(
                        "cooling.heat_rejection", Severity::Error, plantIds,
                        where + ": the " + std::to_string(loop.dryUnits) + " dry cooler(s) (" +
                            formatNumber(loop.dryKw) + " kW) leave " +
                            formatNumber(loop.chillerNeededKw) + " kW to chillers, which have " +
                            formatNumber(loop.chillerKw) + " kW",
                        "Add dry coolers or trim chillers (N+1), or raise the supply "
                        "temperature so the dry coolers carry the heat.",
                        src));
                } else if (loop.chillerNeededLessLargestDryKw > loop.chillerKw + 1e-6 ||
                           (loop.chillerNeededKw > 1e-6 &&
                            loop.chillerNeededKw > loop.chillerLessLargestKw + 1e-6)) {
                    const bool dryOut = loop.chillerNeededLessLargestDryKw > loop.chillerKw + 1e-6;
                    out.push_back(makeFinding(
                        "cooling.heat_rejection_redundancy", Severity::Warning, plantIds,
                        where + ": with its largest " + (dryOut ? "dry cooler" : "chiller") +
                            " out the plant is short by " +
                            formatNumber(dryOut
                                             ? loop.chillerNeededLessLargestDryKw - loop.chillerKw
                                             : loop.chillerNeededKw - loop.chillerLessLargestKw) +
                            " kW (not N+1)",
                        "Add one dry cooler / chiller of the largest size as the spare (N+1).",
                        src));
                }
            }
        } catch (const CoolingPlantError& e) {
            out.push_back(makeFinding("cooling.heat_rejection", Severity::Error, plantIds, e.what(),
                                      "Fix the site climate or the assumption.",
                                      "cooling plant model"));
        }
    }

    // Air handling per hall.
    std::map<ObjectId, double> hallAirKw, hallAhuKw;
    std::map<ObjectId, std::vector<ObjectId>> hallAhus;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        hallAirKw[d.racks[i].hallId] += airKw[i];
    for (const CoolingNode& n : nodes)
        if (n.kind == CoolingNodeKind::AirHandler) {
            hallAhuKw[n.hallId] += n.capacityKw;
            hallAhus[n.hallId].push_back(n.id);
        }
    for (const Hall& h : d.halls) {
        const double air = hallAirKw[h.id];
        const double cap = hallAhuKw[h.id];
        if (air > cap + 1e-9) {
            std::vector<ObjectId> objs{h.id};
            objs.insert(objs.end(), hallAhus[h.id].begin(), hallAhus[h.id].end());
            out.push_back(makeFinding(
                "cooling.air_handling", Severity::Error, objs,
                "hall '" + h.name + "' (id " + std::to_string(h.id) + ") rejects " +
                    formatNumber(air) +
                    " kW to air (rack heat not taken by liquid) but its air "
                    "handlers remove " +
                    formatNumber(cap) + " kW",
                "Add air handlers to the hall (capacity at least " + formatNumber(air) + " kW).",
                "catalog liquid_fraction; air handler capacity (catalog ahu-generic)"));
        }
    }

    // Supply water temperature against what the systems accept.
    std::map<std::pair<ObjectId, std::string>, std::vector<ObjectId>> hot;
    std::map<std::pair<ObjectId, std::string>, std::pair<double, double>> hotTemps;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        const SystemSpec* s = ctx.spec(i);
        if (!s || s->maxSupplyWaterC <= 0 || liquidKw[i] <= 0)
            continue;
        double supplyC = -1e9;
        ObjectId source = d.racks[i].hallId;
        for (int c : model.rackCdus(i))
            if (nodes[c].supplyTempC > supplyC) {
                supplyC = nodes[c].supplyTempC;
                source = nodes[c].id;
            }
        if (supplyC <= 0) {
            const Hall* h = ctx.hall(d.racks[i].hallId);
            if (!h)
                continue;
            supplyC = h->facilityWaterSupplyC;
            source = h->id;
        }
        if (supplyC > s->maxSupplyWaterC + 1e-9) {
            auto key = std::make_pair(source, d.racks[i].catalogId);
            hot[key].push_back(d.racks[i].id);
            hotTemps[key] = {supplyC, s->maxSupplyWaterC};
        }
    }
    for (const auto& [key, ids] : hot) {
        std::vector<ObjectId> objs = ids;
        objs.push_back(key.first);
        const auto [supplyC, maxC] = hotTemps[key];
        out.push_back(makeFinding(
            "cooling.supply_temperature", Severity::Error, objs,
            std::to_string(ids.size()) + " rack(s) of '" + key.second + "' receive " +
                formatNumber(supplyC) + " \u00b0C supply water (from object id " +
                std::to_string(key.first) + "), above the system's maximum of " +
                formatNumber(maxC) + " \u00b0C: " + formatIds(ids),
            "Lower the supply temperature to " + formatNumber(maxC) +
                " \u00b0C or below (trim chillers), or choose a system rated for warmer water.",
            "catalog '" + key.second + "' max_supply_water_c"));
    }
    return out;
}

} // namespace aifp
