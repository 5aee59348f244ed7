#include "core/validation/CoolingRules.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
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

// The source of the flow findings, with the water properties core/util/EngineeringConstants.hpp
// defines.
const std::string& flowSource() {
    static const std::string s = "reference-data.md 2.1 (flow = Q x 60 / (rho cp dT), rho " +
                                 display::formatPlain(kWaterDensityKgPerL, 3) + " kg/L, cp " +
                                 display::formatPlain(kWaterCpKjPerKgK, 3) + " kJ/kg K)";
    return s;
}

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
    const CoolingModel model(d, liquidKw, opt.pipeRoundTrip ? 2.0 : 1.0, &ctx.index());

    // Racks whose liquid heat has no CDU: one finding per hall.
    std::map<ObjectId, std::vector<ObjectId>> uncooled;
    std::map<ObjectId, double> uncooledKw;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        if (liquidKw[i] > 0 && model.rackCdus(i).empty()) {
            uncooled[d.racks[i].hallId].push_back(d.racks[i].id);
            uncooledKw[d.racks[i].hallId] += liquidKw[i];
        }
    for (const auto& [hallId, ids] : uncooled)
        out.push_back(makeFinding(
            "cooling.uncooled_rack", Severity::Error, ids,
            fill(tr("Validation", "%1 liquid-cooled rack(s) in hall id %2 (%3 kW of "
                                  "liquid heat) have no pipe from a CDU: %4"),
                 {std::to_string(ids.size()), std::to_string(hallId),
                  formatNumber(uncooledKw[hallId]), formatIds(ids)}),
            tr("Validation", "Connect each rack to a CDU (directly or through a manifold)."),
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
            out.push_back(makeFinding(
                "cooling.cdu_capacity", Severity::Error, {n.id},
                fill(tr("Validation", "%1 removes %2 kW of liquid heat from its "
                                      "racks, above its capacity of %3 kW (%4 %)"),
                     {nodeLabel(n), formatNumber(load), formatNumber(n.capacityKw),
                      formatNumber(100 * load / n.capacityKw, 0)}),
                tr("Validation", "Add a CDU, move racks to another CDU, or choose a larger CDU."),
                "CDU capacity (catalog '" + n.catalogId + "'); reference-data.md 2.4"));
        else if (n.capacityKw <= 0 && load > 0)
            out.push_back(makeFinding("cooling.cdu_capacity", Severity::Warning, {n.id},
                                      fill(tr("Validation", "%1 serves %2 kW but has no "
                                                            "capacity rating"),
                                           {nodeLabel(n), formatNumber(load)}),
                                      tr("Validation", "Set the CDU's heat capacity."),
                                      "design CDU ratings"));
        const double dT = n.deltaTK > 0 ? n.deltaTK : 10.0;
        const double flow = waterFlowLpm(load, dT);
        if (n.flowRatingLpm > 0 && flow > n.flowRatingLpm + 1e-9)
            out.push_back(makeFinding(
                "cooling.cdu_flow", Severity::Error, {n.id},
                fill(tr("Validation", "%1 must circulate %2 L/min (%3 kW at dT %4 K), above its "
                                      "rated flow of %5 L/min"),
                     {nodeLabel(n), formatNumber(flow, 0), formatNumber(load), formatNumber(dT),
                      formatNumber(n.flowRatingLpm, 0)}),
                tr("Validation", "Add a CDU, raise the design temperature rise, or choose a CDU "
                                 "with more flow."),
                flowSource()));
        if (n.pumpHeadKpa > 0) {
            const double worst = worstDrop[i];
            const ObjectId worstRack = worstRackOf[i];
            if (worst > n.pumpHeadKpa + 1e-9)
                out.push_back(makeFinding(
                    "cooling.pipe_pressure_drop", Severity::Error, {n.id, worstRack},
                    fill(opt.pipeRoundTrip
                             ? tr("Validation", "the pipe run from %1 to rack id %2 loses %3 kPa "
                                                "(Darcy-Weisbach, supply and return), above the "
                                                "CDU's pump head of %4 kPa")
                             : tr("Validation", "the pipe run from %1 to rack id %2 loses %3 kPa "
                                                "(Darcy-Weisbach), above the CDU's pump head of "
                                                "%4 kPa"),
                         {nodeLabel(n), std::to_string(worstRack), formatNumber(worst),
                          formatNumber(n.pumpHeadKpa)}),
                    tr("Validation", "Use larger pipes on the run, shorten it, or choose a CDU "
                                     "with more head."),
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
                fill(key.second.empty()
                         ? tr("Validation", "if %1 fails, the other %2 CDU(s) of its group (hall "
                                            "id %3) have %5 kW for %6 kW of liquid heat (short by "
                                            "%7 kW)")
                         : tr("Validation", "if %1 fails, the other %2 CDU(s) of its group (hall "
                                            "id %3, path %4) have %5 kW for %6 kW of liquid heat "
                                            "(short by %7 kW)"),
                     {nodeLabel(nodes[worst]), std::to_string(g.cdus.size() - 1),
                      std::to_string(key.first), key.second, formatNumber(remaining),
                      formatNumber(g.loadKw), formatNumber(g.loadKw - remaining)}),
                tr("Validation", "Add a spare CDU to the group (N+1) so any one CDU can fail."),
                "N+1 practice, reference-data.md 3.3 applied to CDUs"));
        }
    }

    // Pipe velocities.
    for (std::size_t p = 0; p < d.pipes.size(); ++p) {
        const Pipe& pipe = d.pipes[p];
        if (pipe.innerDiameterMm <= 0) {
            if (model.pipeHeatKw(p) > 0)
                out.push_back(makeFinding(
                    "cooling.pipe_velocity", Severity::Error, {pipe.id},
                    fill(tr("Validation", "pipe id %1 carries %2 kW but "
                                          "has no inner diameter"),
                         {std::to_string(pipe.id), formatNumber(model.pipeHeatKw(p))}),
                    tr("Validation", "Set the pipe's inner diameter."), "design pipes"));
            continue;
        }
        const double v = waterVelocityMps(model.pipeFlowLpm(p), pipe.innerDiameterMm);
        const bool error = v > opt.pipeVelocityMaxMps + 1e-9;
        if (error || v > opt.pipeVelocityWarnMps + 1e-9)
            out.push_back(makeFinding(
                "cooling.pipe_velocity", error ? Severity::Error : Severity::Warning,
                {pipe.id, pipe.fromId, pipe.toId},
                fill(error ? tr("Validation", "pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for "
                                              "%5 kW), above %6 m/s (erosion limit)")
                           : tr("Validation", "pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for "
                                              "%5 kW), above %6 m/s (design velocity for "
                                              "laterals)"),
                     {std::to_string(pipe.id), formatNumber(pipe.innerDiameterMm, 0),
                      formatNumber(v, 2), formatNumber(model.pipeFlowLpm(p), 0),
                      formatNumber(model.pipeHeatKw(p)),
                      formatNumber(error ? opt.pipeVelocityMaxMps : opt.pipeVelocityWarnMps, 1)}),
                tr("Validation",
                   "Use a larger pipe diameter or split the flow over parallel pipes."),
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
                    fill(tr("Validation", "the %1 loop (%2 °C supply, %3 kW) at %4 °C dry-bulb / "
                                          "%5 °C wet-bulb (%6)"),
                         {loop.loop, formatNumber(loop.supplyC), formatNumber(loop.loadKw),
                          formatNumber(amb.dryBulbC), formatNumber(amb.wetBulbC), amb.basis});
                const char* src = "cooling plant model (docs/estimation.md \"Cooling plant\"); "
                                  "catalog heat-rejection ratings; site design ambient";
                if (loop.assumedChillers) {
                    out.push_back(makeFinding(
                        "cooling.heat_rejection", Severity::Error, plantIds,
                        fill(tr("Validation", "no chiller or dry cooler serves %1"), {where}),
                        tr("Validation",
                           "Add dry coolers (and trim chillers where the air is too warm), N+1."),
                        src));
                    continue;
                }
                if (loop.chillerNeededKw > loop.chillerKw + 1e-6) {
                    out.push_back(makeFinding(
                        "cooling.heat_rejection", Severity::Error, plantIds,
                        fill(tr("Validation", "%1: the %2 dry cooler(s) (%3 kW) leave %4 kW to "
                                              "chillers, which have %5 kW"),
                             {where, std::to_string(loop.dryUnits), formatNumber(loop.dryKw),
                              formatNumber(loop.chillerNeededKw), formatNumber(loop.chillerKw)}),
                        tr("Validation", "Add dry coolers or trim chillers (N+1), or raise the "
                                         "supply temperature so the dry coolers carry the heat."),
                        src));
                } else if (loop.chillerNeededLessLargestDryKw > loop.chillerKw + 1e-6 ||
                           (loop.chillerNeededKw > 1e-6 &&
                            loop.chillerNeededKw > loop.chillerLessLargestKw + 1e-6)) {
                    const bool dryOut = loop.chillerNeededLessLargestDryKw > loop.chillerKw + 1e-6;
                    out.push_back(makeFinding(
                        "cooling.heat_rejection_redundancy", Severity::Warning, plantIds,
                        fill(dryOut ? tr("Validation", "%1: with its largest dry cooler out the "
                                                       "plant is short by %2 kW (not N+1)")
                                    : tr("Validation", "%1: with its largest chiller out the "
                                                       "plant is short by %2 kW (not N+1)"),
                             {where,
                              formatNumber(
                                  dryOut ? loop.chillerNeededLessLargestDryKw - loop.chillerKw
                                         : loop.chillerNeededKw - loop.chillerLessLargestKw)}),
                        tr("Validation",
                           "Add one dry cooler / chiller of the largest size as the spare (N+1)."),
                        src));
                }
            }
        } catch (const CoolingPlantError& e) {
            out.push_back(makeFinding("cooling.heat_rejection", Severity::Error, plantIds, e.what(),
                                      tr("Validation", "Fix the site climate or the assumption."),
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
                fill(tr("Validation", "hall '%1' (id %2) rejects %3 kW to air (rack heat not "
                                      "taken by liquid) but its air handlers remove %4 kW"),
                     {h.name, std::to_string(h.id), formatNumber(air), formatNumber(cap)}),
                fill(tr("Validation", "Add air handlers to the hall (capacity at least %1 kW)."),
                     {formatNumber(air)}),
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
            fill(tr("Validation", "%1 rack(s) of '%2' receive %3 °C supply water (from object id "
                                  "%4), above the system's maximum of %5 °C: %6"),
                 {std::to_string(ids.size()), key.second, formatNumber(supplyC),
                  std::to_string(key.first), formatNumber(maxC), formatIds(ids)}),
            fill(tr("Validation", "Lower the supply temperature to %1 °C or below (trim chillers), "
                                  "or choose a system rated for warmer water."),
                 {formatNumber(maxC)}),
            "catalog '" + key.second + "' max_supply_water_c"));
    }
    return out;
}

} // namespace aifp
