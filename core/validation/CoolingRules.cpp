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

namespace {

// Heat rejection at the design ambient: each water loop of the cooling plant model, evaluated
// once for cooling.heat_rejection and cooling.heat_rejection_redundancy.
struct PlantRejection {
    bool evaluated = false; // false: no IT heat, nothing to reject
    std::vector<CoolingPlant::LoopCapacity> loops;
    DesignAmbient ambient;
    std::string error;              // the plant model could not be built (CoolingPlantError)
    std::vector<ObjectId> plantIds; // chillers and dry coolers
};

// What every cooling rule reads: each rack's heat split, the liquid-cooling graph, the plant.
struct CoolingState {
    explicit CoolingState(const ValidationContext& c)
        : ctx(c), d(c.design()), opt(c.options()), nodes(c.design().coolingNodes),
          liquidKw(heatSplit(c, true)), airKw(heatSplit(c, false)),
          model(d, liquidKw, opt.pipeRoundTrip ? 2.0 : 1.0, &c.index()), plant(rejection()) {}

    // All electrical power ends up as heat; split by the liquid-cooled share.
    static std::vector<double> heatSplit(const ValidationContext& c, bool liquid) {
        std::vector<double> kw(c.design().racks.size(), 0.0);
        for (std::size_t i = 0; i < kw.size(); ++i)
            if (const SystemSpec* s = c.spec(i)) {
                const double liquidKw = s->rackPowerKw * c.liquidFraction(i);
                kw[i] = liquid ? liquidKw : s->rackPowerKw - liquidKw;
            }
        return kw;
    }
    PlantRejection rejection() const {
        PlantRejection p;
        for (const CoolingNode& n : nodes)
            if (n.kind == CoolingNodeKind::Chiller || n.kind == CoolingNodeKind::DryCooler)
                p.plantIds.push_back(n.id);
        double totalHeatKw = 0.0;
        for (std::size_t i = 0; i < d.racks.size(); ++i)
            if (const SystemSpec* s = ctx.spec(i))
                totalHeatKw += s->rackPowerKw;
        if (totalHeatKw <= 0)
            return p;
        p.evaluated = true;
        try {
            const CoolingPlant cp = CoolingPlant::fromDesign(d, ctx.catalog());
            p.ambient = designAmbient(d);
            p.loops = cp.rejectionCapacity(p.ambient.dryBulbC, p.ambient.wetBulbC);
        } catch (const CoolingPlantError& e) {
            p.error = e.what();
        }
        return p;
    }
    // "the X loop (... supply, ... kW) at ... dry-bulb / ... wet-bulb (basis)"
    std::string loopText(const CoolingPlant::LoopCapacity& loop) const {
        const DesignAmbient& amb = plant.ambient;
        return fill(tr("Validation", "the %1 loop (%2 °C supply, %3 kW) at %4 °C dry-bulb / "
                                     "%5 °C wet-bulb (%6)"),
                    {loop.loop, formatNumber(loop.supplyC), formatNumber(loop.loadKw),
                     formatNumber(amb.dryBulbC), formatNumber(amb.wetBulbC), amb.basis});
    }

    const ValidationContext& ctx;
    const Design& d;
    const ValidationOptions& opt;
    const std::vector<CoolingNode>& nodes;
    const std::vector<double> liquidKw, airKw; // per rack
    CoolingModel model;
    const PlantRejection plant;

    // A placement-only edit re-routed these pipes (RuleTableFamily::revalidateRoutes): only
    // their lengths changed, so only the pressure drops follow.
    void rerouted(const PlacementChange& change) { model.rerouted(change.pipes); }
};

// The CDUs of the design (cooling node indices) with the liquid heat of the racks they serve.
template <class F> void forCdus(const CoolingState& st, F&& check) {
    for (std::size_t i = 0; i < st.nodes.size(); ++i)
        if (st.nodes[i].kind == CoolingNodeKind::Cdu)
            check(i, st.nodes[i], st.model.cduLoadKw(static_cast<int>(i)));
}

// Racks whose liquid heat has no CDU: one finding per hall.
void uncooledRack(const CoolingState& st, std::vector<Finding>& out) {
    std::map<ObjectId, std::vector<ObjectId>> uncooled;
    std::map<ObjectId, double> uncooledKw;
    for (std::size_t i = 0; i < st.d.racks.size(); ++i)
        if (st.liquidKw[i] > 0 && st.model.rackCdus(i).empty()) {
            uncooled[st.d.racks[i].hallId].push_back(st.d.racks[i].id);
            uncooledKw[st.d.racks[i].hallId] += st.liquidKw[i];
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
}

void cduCapacity(const CoolingState& st, std::vector<Finding>& out) {
    forCdus(st, [&](std::size_t, const CoolingNode& n, double load) {
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
    });
}

void cduFlow(const CoolingState& st, std::vector<Finding>& out) {
    forCdus(st, [&](std::size_t, const CoolingNode& n, double load) {
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
    });
}

// The worst pressure drop from each CDU to one of its racks against the CDU's pump head.
void pipePressureDrop(const CoolingState& st, std::vector<Finding>& out) {
    std::vector<double> worstDrop(st.nodes.size(), 0.0);
    std::vector<ObjectId> worstRackOf(st.nodes.size(), kNoId);
    for (std::size_t r = 0; r < st.d.racks.size(); ++r)
        for (int c : st.model.rackCdus(r))
            if (st.model.rackPathDropKpa(r) > worstDrop[c]) {
                worstDrop[c] = st.model.rackPathDropKpa(r);
                worstRackOf[c] = st.d.racks[r].id;
            }
    const bool roundTrip = st.opt.pipeRoundTrip;
    forCdus(st, [&](std::size_t i, const CoolingNode& n, double) {
        if (n.pumpHeadKpa <= 0 || worstDrop[i] <= n.pumpHeadKpa + 1e-9)
            return;
        out.push_back(makeFinding(
            "cooling.pipe_pressure_drop", Severity::Error, {n.id, worstRackOf[i]},
            fill(roundTrip ? tr("Validation", "the pipe run from %1 to rack id %2 loses %3 kPa "
                                              "(Darcy-Weisbach, supply and return), above the "
                                              "CDU's pump head of %4 kPa")
                           : tr("Validation", "the pipe run from %1 to rack id %2 loses %3 kPa "
                                              "(Darcy-Weisbach), above the CDU's pump head of "
                                              "%4 kPa"),
                 {nodeLabel(n), std::to_string(worstRackOf[i]), formatNumber(worstDrop[i]),
                  formatNumber(n.pumpHeadKpa)}),
            tr("Validation", "Use larger pipes on the run, shorten it, or choose a CDU "
                             "with more head."),
            "Darcy-Weisbach, reference-data.md 2.6; Swamee-Jain friction factor; "
            "water viscosity (Vogel)" +
                std::string(roundTrip ? "; ASSUMPTION: pipe = supply/return pair" : "")));
    });
}

// CDUs grouped by (hall, path): with the largest CDU of the group failed, the others carry the
// group's heat.
void cduRedundancy(const CoolingState& st, std::vector<Finding>& out) {
    struct Group {
        std::vector<int> cdus;
        double loadKw = 0.0, capacityKw = 0.0;
    };
    std::map<std::pair<ObjectId, std::string>, Group> groups;
    forCdus(st, [&](std::size_t i, const CoolingNode& n, double load) {
        Group& g = groups[{n.hallId, n.path}];
        g.cdus.push_back(static_cast<int>(i));
        g.loadKw += load;
        g.capacityKw += n.capacityKw;
    });
    const auto& nodes = st.nodes;
    for (const auto& [key, g] : groups) {
        if (g.loadKw <= 0)
            continue;
        int worst = g.cdus.front();
        for (int c : g.cdus)
            if (nodes[c].capacityKw > nodes[worst].capacityKw)
                worst = c;
        const double remaining = g.capacityKw - nodes[worst].capacityKw;
        if (g.loadKw <= remaining + 1e-9)
            continue;
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

void pipeVelocity(const CoolingState& st, std::vector<Finding>& out) {
    const ValidationOptions& opt = st.opt;
    for (std::size_t p = 0; p < st.d.pipes.size(); ++p) {
        const Pipe& pipe = st.d.pipes[p];
        const double heatKw = st.model.pipeHeatKw(p);
        if (pipe.innerDiameterMm <= 0) {
            if (heatKw > 0)
                out.push_back(makeFinding("cooling.pipe_velocity", Severity::Error, {pipe.id},
                                          fill(tr("Validation", "pipe id %1 carries %2 kW but "
                                                                "has no inner diameter"),
                                               {std::to_string(pipe.id), formatNumber(heatKw)}),
                                          tr("Validation", "Set the pipe's inner diameter."),
                                          "design pipes"));
            continue;
        }
        const double v = waterVelocityMps(st.model.pipeFlowLpm(p), pipe.innerDiameterMm);
        const bool error = v > opt.pipeVelocityMaxMps + 1e-9;
        if (!error && v <= opt.pipeVelocityWarnMps + 1e-9)
            continue;
        out.push_back(makeFinding(
            "cooling.pipe_velocity", error ? Severity::Error : Severity::Warning,
            {pipe.id, pipe.fromId, pipe.toId},
            fill(error ? tr("Validation", "pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for "
                                          "%5 kW), above %6 m/s (erosion limit)")
                       : tr("Validation", "pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for "
                                          "%5 kW), above %6 m/s (design velocity for "
                                          "laterals)"),
                 {std::to_string(pipe.id), formatNumber(pipe.innerDiameterMm, 0),
                  formatNumber(v, 2), formatNumber(st.model.pipeFlowLpm(p), 0),
                  formatNumber(heatKw),
                  formatNumber(error ? opt.pipeVelocityMaxMps : opt.pipeVelocityWarnMps, 1)}),
            tr("Validation", "Use a larger pipe diameter or split the flow over parallel pipes."),
            "reference-data.md 2.6 (velocity rules of thumb)"));
    }
}

const char* kPlantSource = "cooling plant model (docs/estimation.md \"Cooling plant\"); "
                           "catalog heat-rejection ratings; site design ambient";

// Each water loop must reject its heat at the site's design dry-bulb (and coincident wet-bulb
// from the climate library): dry coolers for the share the air allows, chillers for the rest.
void heatRejection(const CoolingState& st, std::vector<Finding>& out) {
    const PlantRejection& plant = st.plant;
    if (!plant.error.empty())
        out.push_back(makeFinding(
            "cooling.heat_rejection", Severity::Error, plant.plantIds, plant.error,
            tr("Validation", "Fix the site climate or the assumption."), "cooling plant model"));
    for (const auto& loop : plant.loops) {
        if (loop.assumedChillers)
            out.push_back(makeFinding(
                "cooling.heat_rejection", Severity::Error, plant.plantIds,
                fill(tr("Validation", "no chiller or dry cooler serves %1"), {st.loopText(loop)}),
                tr("Validation",
                   "Add dry coolers (and trim chillers where the air is too warm), N+1."),
                kPlantSource));
        else if (loop.chillerNeededKw > loop.chillerKw + 1e-6)
            out.push_back(makeFinding(
                "cooling.heat_rejection", Severity::Error, plant.plantIds,
                fill(tr("Validation", "%1: the %2 dry cooler(s) (%3 kW) leave %4 kW to "
                                      "chillers, which have %5 kW"),
                     {st.loopText(loop), std::to_string(loop.dryUnits), formatNumber(loop.dryKw),
                      formatNumber(loop.chillerNeededKw), formatNumber(loop.chillerKw)}),
                tr("Validation", "Add dry coolers or trim chillers (N+1), or raise the "
                                 "supply temperature so the dry coolers carry the heat."),
                kPlantSource));
    }
}

// The same with the largest dry cooler out, and with the largest chiller out (N+1), for the
// loops that reject their heat with every unit running.
void heatRejectionRedundancy(const CoolingState& st, std::vector<Finding>& out) {
    for (const auto& loop : st.plant.loops) {
        if (loop.assumedChillers || loop.chillerNeededKw > loop.chillerKw + 1e-6)
            continue; // cooling.heat_rejection
        const bool dryOut = loop.chillerNeededLessLargestDryKw > loop.chillerKw + 1e-6;
        const bool chillerOut =
            loop.chillerNeededKw > 1e-6 && loop.chillerNeededKw > loop.chillerLessLargestKw + 1e-6;
        if (!dryOut && !chillerOut)
            continue;
        out.push_back(makeFinding(
            "cooling.heat_rejection_redundancy", Severity::Warning, st.plant.plantIds,
            fill(dryOut ? tr("Validation", "%1: with its largest dry cooler out the "
                                           "plant is short by %2 kW (not N+1)")
                        : tr("Validation", "%1: with its largest chiller out the "
                                           "plant is short by %2 kW (not N+1)"),
                 {st.loopText(loop),
                  formatNumber(dryOut ? loop.chillerNeededLessLargestDryKw - loop.chillerKw
                                      : loop.chillerNeededKw - loop.chillerLessLargestKw)}),
            tr("Validation",
               "Add one dry cooler / chiller of the largest size as the spare (N+1)."),
            kPlantSource));
    }
}

void airHandling(const CoolingState& st, std::vector<Finding>& out) {
    std::map<ObjectId, double> hallAirKw, hallAhuKw;
    std::map<ObjectId, std::vector<ObjectId>> hallAhus;
    for (std::size_t i = 0; i < st.d.racks.size(); ++i)
        hallAirKw[st.d.racks[i].hallId] += st.airKw[i];
    for (const CoolingNode& n : st.nodes)
        if (n.kind == CoolingNodeKind::AirHandler) {
            hallAhuKw[n.hallId] += n.capacityKw;
            hallAhus[n.hallId].push_back(n.id);
        }
    for (const Hall& h : st.d.halls) {
        const double air = hallAirKw[h.id];
        const double cap = hallAhuKw[h.id];
        if (air <= cap + 1e-9)
            continue;
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

// The supply water a rack receives: the warmest of its CDUs' supply temperatures, else its
// hall's facility supply. source: the object that sets it. False when neither is known.
bool rackSupplyC(const CoolingState& st, std::size_t rack, double& supplyC, ObjectId& source) {
    supplyC = -1e9;
    source = st.d.racks[rack].hallId;
    for (int c : st.model.rackCdus(rack))
        if (st.nodes[c].supplyTempC > supplyC) {
            supplyC = st.nodes[c].supplyTempC;
            source = st.nodes[c].id;
        }
    if (supplyC > 0)
        return true;
    const Hall* h = st.ctx.hall(st.d.racks[rack].hallId);
    if (!h)
        return false;
    supplyC = h->facilityWaterSupplyC;
    source = h->id;
    return true;
}

// Supply water temperature against what the systems accept.
void supplyTemperature(const CoolingState& st, std::vector<Finding>& out) {
    std::map<std::pair<ObjectId, std::string>, std::vector<ObjectId>> hot;
    std::map<std::pair<ObjectId, std::string>, std::pair<double, double>> hotTemps;
    for (std::size_t i = 0; i < st.d.racks.size(); ++i) {
        const SystemSpec* s = st.ctx.spec(i);
        if (!s || s->maxSupplyWaterC <= 0 || st.liquidKw[i] <= 0)
            continue;
        double supplyC = 0.0;
        ObjectId source = kNoId;
        if (rackSupplyC(st, i, supplyC, source) && supplyC > s->maxSupplyWaterC + 1e-9) {
            auto key = std::make_pair(source, st.d.racks[i].catalogId);
            hot[key].push_back(st.d.racks[i].id);
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
}

using in = RuleInput;
constexpr std::uint8_t kError = severityBit(Severity::Error);
constexpr std::uint8_t kWarning = severityBit(Severity::Warning);
// Each rack's liquid heat (catalog share, hall provision, the design's cooling technology) and
// the CDUs that serve it through the pipes.
constexpr RuleInputs kLiquidHeat =
    in::Racks | in::Halls | in::Settings | in::Catalog | in::CoolingNodes | in::Pipes;

const Rule<CoolingState> kRules[] = {
    {{"cooling.uncooled_rack", "cooling", kError, kLiquidHeat, "cooling", "design pipes"},
     uncooledRack},
    {{"cooling.cdu_capacity", "cooling", kError | kWarning, kLiquidHeat, "cooling",
      "CDU rating; reference-data.md 2.4"},
     cduCapacity},
    {{"cooling.cdu_flow", "cooling", kError, kLiquidHeat, "cooling", "reference-data.md 2.1"},
     cduFlow},
    {{"cooling.pipe_pressure_drop", "cooling", kError, kLiquidHeat | in::PipeRoutes, "cooling",
      "reference-data.md 2.6; ASSUMPTION (pipe = supply/return pair)"},
     pipePressureDrop},
    {{"cooling.cdu_redundancy", "cooling", kWarning, kLiquidHeat, "cooling",
      "reference-data.md 3.3"},
     cduRedundancy},
    {{"cooling.pipe_velocity", "cooling", kError | kWarning, kLiquidHeat, "cooling",
      "reference-data.md 2.6"},
     pipeVelocity},
    {{"cooling.heat_rejection", "cooling", kError,
      in::Racks | in::Halls | in::Settings | in::Catalog | in::CoolingNodes | in::Site, "cooling",
      "cooling plant model; catalog heat-rejection ratings; site climate"},
     heatRejection},
    {{"cooling.heat_rejection_redundancy", "cooling", kWarning,
      in::Racks | in::Halls | in::Settings | in::Catalog | in::CoolingNodes | in::Site, "cooling",
      "N+1 practice"},
     heatRejectionRedundancy},
    {{"cooling.air_handling", "cooling", kError, kLiquidHeat, "cooling",
      "catalog liquid_fraction; AHU rating"},
     airHandling},
    {{"cooling.supply_temperature", "cooling", kError, kLiquidHeat, "cooling",
      "catalog max_supply_water_c"},
     supplyTemperature},
};

} // namespace

std::unique_ptr<RuleFamily> makeCoolingRules() {
    return makeRuleTableFamily("cooling", kRules);
}

} // namespace aifp
