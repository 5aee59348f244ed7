#include "core/estimate/CoolingPlant.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/EstimateAssumptions.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace aifp {

namespace {

// Air: cp 1.006 kJ/kg K; water latent heat of evaporation ~2,450 kJ/kg at 20-25 C (standard
// property tables, e.g. Engineering ToolBox "Water - Heat of Vaporization").
constexpr double kAirCpKjPerKgK = 1.006;
constexpr double kLatentHeatKjPerKg = 2450.0;

// Figures in notes: three significant digits in the calling thread's display style.
std::string fmt(double v) {
    return display::formatSignificantPlain(v, 3);
}

// Assumptions of the cooling plant model (docs/estimation.md "Cooling plant"). Each is
// user-editable through Design::assumptionOverrides under its key.
constexpr AssumptionDefault kDefaults[] = {
    {"estimate.cdu_pump_head_kpa",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "CDU pump head when the design gives none"), 276.0,
     "kPa", "reference-data.md 1.2 coolant notes: OCP RPU spec 150 L/min per 100 kW at <= 40 psi",
     Confidence::Secondary, false},
    {"estimate.cdu_pump_efficiency",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "pump and motor efficiency (CDU and plant pumps)"),
     0.7, "fraction", "assumption", Confidence::Assumption, false},
    {"estimate.plant_pump_head_kpa",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "facility / chilled-water pump head (dry-cooler or "
                                               "chiller coil, CDU exchanger, pipework)"),
     250.0, "kPa", "assumption (about 25 m of head, typical of a chilled-water plant loop)",
     Confidence::Assumption, false},
    {"estimate.air_fan_kw_per_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "air-handler fan power per kW of air-side heat"),
     0.05, "kW/kW", "catalog ahu-generic power_per_kw_heat", Confidence::Assumption, false},
    {"estimate.dry_cooler_approach_k",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "dry-cooler approach when its catalog entry gives none"),
     8.0, "K", "catalog drycooler-generic max_approach_k", Confidence::Assumption, false},
    {"estimate.dry_cooler_fan_kw_per_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "dry-cooler fan power per kW of rated heat at full speed"),
     0.03, "kW/kW", "catalog drycooler-generic power_per_kw_heat", Confidence::Assumption, false},
    {"estimate.adiabatic_efficiency",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "adiabatic pre-cooling: share of the wet-bulb "
                                               "depression taken off the air (0 = dry only)"),
     0.8, "fraction", "assumption (wetted-media saturation efficiency, typically 0.7-0.9)",
     Confidence::Assumption, true},
    {"estimate.dry_cooler_air_rise_k",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "air temperature rise through a dry cooler at full load"),
     10.0, "K", "assumption (sets the air flow wetted by adiabatic pre-cooling)",
     Confidence::Assumption, false},
    {"estimate.chiller_carnot_fraction",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "chiller COP as a fraction of the Carnot COP of its lift"),
     0.5, "fraction",
     "calibrated: at the AHRI 550/590 rating point (6.7 °C water, 35 °C air) with the "
     "approaches "
     "below it gives 1.18 kW/ton, inside reference-data.md 2.5's 1.05-1.2 kW/ton for air-cooled "
     "screw chillers",
     Confidence::Secondary, false},
    {"estimate.chiller_condenser_approach_k",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "condensing temperature above the ambient dry-bulb"),
     15.0, "K", "assumption (air-cooled condenser)", Confidence::Assumption, false},
    {"estimate.chiller_evaporator_approach_k",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "evaporating temperature below the supply water"),
     3.0, "K", "assumption", Confidence::Assumption, false},
    {"estimate.chiller_max_cop",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "highest chiller COP at small lift"), 10.0, "kW/kW",
     "assumption (compressor and fan floor; trim chillers on warm water rarely exceed it)",
     Confidence::Assumption, false},
    {"estimate.min_speed_fraction",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "lowest fan / pump speed of a variable-speed drive"),
     0.2, "fraction", "assumption (VFD minimum 20-30 % typical)", Confidence::Assumption, false},
};

const AssumptionDefault& defaultOf(const std::string& key) {
    for (const AssumptionDefault& d : kDefaults)
        if (key == d.key)
            return d;
    throw CoolingPlantError("internal: no cooling default for '" + key + "'");
}

// The value of an assumption (the user's override if set), recorded once in `used`.
double assumption(const Design& design, const std::string& key,
                  std::vector<EstimateAssumption>& used) {
    return assumptionValue<CoolingPlantError>(defaultOf(key), design.assumptionOverrides, used);
}

// Affinity law: power ~ speed^3, speed not below the drive's minimum.
double affinity(double designKw, double speed, double minSpeed) {
    const double s = std::clamp(speed, minSpeed, 1.0);
    return designKw * s * s * s;
}

struct Params {
    double pumpEfficiency, plantHeadKpa, minSpeed, adiabatic, airRiseK;
    double carnot, condApproachK, evapApproachK, maxCop;
};

double copWith(const Params& p, double supplyC, double ambientC) {
    const double evapK = supplyC - p.evapApproachK + kZeroCelsiusK;
    const double condK = ambientC + p.condApproachK + kZeroCelsiusK;
    const double liftK = condK - evapK;
    if (liftK <= 0.0)
        return p.maxCop;
    return std::min(p.maxCop, p.carnot * evapK / liftK);
}

} // namespace

struct CoolingPlant::Loop {
    std::string name;
    double supplyC = 0.0;
    double deltaTK = 10.0;
    double designHeatKw = 0.0;
    int dryUnits = 0;
    double dryCapKw = 0.0, dryLargestKw = 0.0, dryFanDesignKw = 0.0, approachK = 8.0;
    int chillerUnits = 0;
    double chillerCapKw = 0.0, chillerLargestKw = 0.0;
    bool virtualChillers = false; // no rejector in the design: chillers assumed
    double pumpDesignKw = 0.0;
};

CoolingPlant::CoolingPlant() = default;
CoolingPlant::~CoolingPlant() = default;
CoolingPlant::CoolingPlant(const CoolingPlant&) = default;
CoolingPlant& CoolingPlant::operator=(const CoolingPlant&) = default;

const char* toString(CoolingTechnology t) {
    switch (t) {
    case CoolingTechnology::DirectLiquidResidualAir:
        return "dlc";
    case CoolingTechnology::FullLiquidCapture:
        return "full-liquid";
    case CoolingTechnology::RearDoor:
        return "rear-door";
    case CoolingTechnology::Air:
        return "air";
    }
    return "dlc";
}

bool fromString(const std::string& s, CoolingTechnology& out) {
    for (CoolingTechnology t :
         {CoolingTechnology::DirectLiquidResidualAir, CoolingTechnology::FullLiquidCapture,
          CoolingTechnology::RearDoor, CoolingTechnology::Air})
        if (s == toString(t)) {
            out = t;
            return true;
        }
    return false;
}

double designLiquidFraction(const Design& design, double catalogLiquidFraction, bool airHall) {
    if (airHall || design.settings.cooling == CoolingMode::Air || catalogLiquidFraction <= 0.0)
        return 0.0;
    if (auto it = design.assumptionOverrides.find("estimate.liquid_fraction");
        it != design.assumptionOverrides.end() && std::isfinite(it->second) && it->second > 0.0 &&
        it->second <= 1.0)
        return it->second;
    return catalogLiquidFraction;
}

CoolingTechnology coolingTechnologyOf(const Design& design, const Catalog&) {
    for (const CoolingNode& n : design.coolingNodes)
        if (n.kind == CoolingNodeKind::AirHandler && n.catalogId.rfind("rdhx", 0) == 0)
            return CoolingTechnology::RearDoor;
    if (design.settings.cooling == CoolingMode::Air)
        return CoolingTechnology::Air;
    if (designLiquidFraction(design, 1.0, false) >= 0.95 &&
        design.assumptionOverrides.count("estimate.liquid_fraction"))
        return CoolingTechnology::FullLiquidCapture;
    return CoolingTechnology::DirectLiquidResidualAir;
}

namespace {

CoolingLoad heatFromDesign(const Design& design, const Catalog& catalog,
                           std::vector<std::string>& notes) {
    CoolingLoad load;
    std::map<ObjectId, const Hall*> halls;
    for (const Hall& h : design.halls)
        halls[h.id] = &h;
    for (const Rack& r : design.racks) {
        SystemSpec spec;
        try {
            spec = systemSpec(catalog, r.catalogId);
        } catch (const CatalogError&) {
            continue; // not a GPU system: its heat is not known here
        }
        const auto h = halls.find(r.hallId);
        const bool airHall = h != halls.end() && h->second->cooling == CoolingProvision::Air;
        const double lf = designLiquidFraction(design, spec.liquidFraction, airHall);
        load.liquidKw += spec.rackPowerKw * lf;
        load.airKw += spec.rackPowerKw * (1.0 - lf);
    }
    int unknown = 0;
    for (const NetworkSwitch& s : design.switches) {
        const CatalogEntry* e = catalog.find(s.catalogId);
        const double kw = e ? e->number("power_kw", 0.0) : 0.0;
        if (kw > 0)
            load.airKw += kw;
        else
            ++unknown;
    }
    if (unknown > 0)
        notes.push_back(fill(tr("Estimate", "%1 switch(es) without a catalog power_kw: their "
                                            "heat is not counted in the cooling plant"),
                             {std::to_string(unknown)}));
    return load;
}

} // namespace

CoolingPlant CoolingPlant::fromDesign(const Design& design, const Catalog& catalog) {
    std::vector<std::string> notes;
    const CoolingLoad load = heatFromDesign(design, catalog, notes);
    CoolingPlant p = fromDesign(design, catalog, load);
    p.notes_.insert(p.notes_.begin(), notes.begin(), notes.end());
    return p;
}

namespace {

// The design's assumptions as the plant reads them: each value recorded once in `used`.
struct AssumptionReader {
    const Design& design;
    std::vector<EstimateAssumption>& used;
    double operator()(const char* key) const { return assumption(design, key, used); }
};

// The plant's nodes by role: heat rejectors (chillers and dry coolers), air handlers and CDUs.
struct PlantNodes {
    std::vector<const CoolingNode*> rejectors, ahus, cdus;
};

PlantNodes plantNodes(const Design& design) {
    PlantNodes n;
    for (const CoolingNode& c : design.coolingNodes) {
        if (c.kind == CoolingNodeKind::Chiller || c.kind == CoolingNodeKind::DryCooler)
            n.rejectors.push_back(&c);
        else if (c.kind == CoolingNodeKind::AirHandler)
            n.ahus.push_back(&c);
        else if (c.kind == CoolingNodeKind::Cdu)
            n.cdus.push_back(&c);
    }
    return n;
}

// The loops' supply temperatures: the rejectors grouped by the supply temperature they hold.
struct LoopTemperatures {
    double hallSupplyC = 0.0;   // the lowest facility water supply of a liquid-cooled hall
    double liquidSupplyC = 0.0; // the warm (facility water) loop
    double airSupplyC = 0.0;    // the cold (air side) loop
    double maxRejectC = 0.0;
    bool oneLoop = false;    // one loop at one temperature carries both heats
    bool noneStated = false; // rejectors, but none (nor any hall) states a supply temperature
};

LoopTemperatures loopTemperatures(const Design& design, const PlantNodes& nodes,
                                  const CoolingLoad& load) {
    LoopTemperatures t;
    for (const Hall& h : design.halls)
        if (h.cooling != CoolingProvision::Air &&
            (t.hallSupplyC == 0.0 || h.facilityWaterSupplyC < t.hallSupplyC))
            t.hallSupplyC = h.facilityWaterSupplyC;
    double airSupplyC = 0.0;
    for (const CoolingNode* a : nodes.ahus)
        if (a->supplyTempC > 0 && (airSupplyC == 0.0 || a->supplyTempC < airSupplyC))
            airSupplyC = a->supplyTempC;
    if (airSupplyC <= 0)
        airSupplyC = kAirLoopSupplyC;
    double minRejectC = 0.0;
    for (const CoolingNode* n : nodes.rejectors) {
        const double s = n->supplyTempC > 0 ? n->supplyTempC : t.hallSupplyC;
        t.maxRejectC = std::max(t.maxRejectC, s);
        minRejectC = minRejectC == 0.0 ? s : std::min(minRejectC, s);
    }
    t.oneLoop = nodes.rejectors.empty() ? load.liquidKw <= 0 || load.airKw <= 0
                                        : t.maxRejectC - minRejectC < 0.5;
    t.liquidSupplyC =
        t.maxRejectC > 0 ? t.maxRejectC : (t.hallSupplyC > 0 ? t.hallSupplyC : airSupplyC);
    t.noneStated = t.maxRejectC <= 0 && !nodes.rejectors.empty();
    t.airSupplyC = t.oneLoop && !nodes.rejectors.empty() ? minRejectC : airSupplyC;
    return t;
}

// The loops with heat, each with its dry coolers and chillers (air-cooled chillers assumed, with
// a note, for a loop without any).
std::vector<CoolingPlant::Loop> plantLoops(const Catalog& catalog, const PlantNodes& nodes,
                                           const LoopTemperatures& t, const CoolingLoad& load,
                                           const AssumptionReader& value,
                                           std::vector<std::string>& notes) {
    CoolingPlant::Loop liquid, air;
    liquid.name = AIFP_TRANSLATE_NOOP("Estimate", "facility water");
    liquid.supplyC = t.liquidSupplyC;
    liquid.designHeatKw = load.liquidKw;
    air.name = AIFP_TRANSLATE_NOOP("Estimate", "chilled water (air side)");
    air.supplyC = t.airSupplyC;
    air.designHeatKw = load.airKw;
    if (t.oneLoop) {
        // One loop at one temperature carries both heats.
        liquid.name = AIFP_TRANSLATE_NOOP("Estimate", "plant water");
        liquid.designHeatKw += load.airKw;
        air.designHeatKw = 0.0;
    }
    for (const CoolingNode* n : nodes.rejectors) {
        const double s = n->supplyTempC > 0 ? n->supplyTempC : t.hallSupplyC;
        CoolingPlant::Loop& loop = (t.oneLoop || s >= t.maxRejectC - 0.5) ? liquid : air;
        if (n->deltaTK > 0)
            loop.deltaTK = n->deltaTK;
        const CatalogEntry* e = n->catalogId.empty() ? nullptr : catalog.find(n->catalogId);
        if (n->kind == CoolingNodeKind::DryCooler) {
            ++loop.dryUnits;
            loop.dryCapKw += n->capacityKw;
            loop.dryLargestKw = std::max(loop.dryLargestKw, n->capacityKw);
            double ppk = n->powerPerKwHeat;
            if (ppk <= 0 && e)
                ppk = e->number("power_per_kw_heat", 0.0);
            if (ppk <= 0)
                ppk = value("estimate.dry_cooler_fan_kw_per_kw");
            loop.dryFanDesignKw += ppk * n->capacityKw;
            const double a = e ? e->number("max_approach_k", 0.0) : 0.0;
            loop.approachK = a > 0 ? a : value("estimate.dry_cooler_approach_k");
        } else {
            ++loop.chillerUnits;
            loop.chillerCapKw += n->capacityKw;
            loop.chillerLargestKw = std::max(loop.chillerLargestKw, n->capacityKw);
        }
    }
    std::vector<CoolingPlant::Loop> loops;
    for (CoolingPlant::Loop* loop : {&liquid, &air}) {
        if (loop->designHeatKw <= 0)
            continue;
        if (loop->dryUnits == 0 && loop->chillerUnits == 0) {
            loop->virtualChillers = true;
            notes.push_back(fill(
                tr("Estimate", "the design has no heat rejection for the %1 "
                               "loop (%2 kW): counted as air-cooled chillers "
                               "at %3 °C"),
                {tr("Estimate", loop->name.c_str()), fmt(loop->designHeatKw), fmt(loop->supplyC)}));
        }
        loops.push_back(*loop);
    }
    return loops;
}

// CDU pump power at design flow: the systems' coolant flow (catalog coolant_flow_lpm_per_kw,
// OCP 1.5 L/min/kW) against the highest CDU pump head.
double cduPumpDesignKw(const Design& design, const Catalog& catalog, const PlantNodes& nodes,
                       double liquidKw, double eta, const AssumptionReader& value) {
    double headKpa = 0.0;
    for (const CoolingNode* c : nodes.cdus)
        headKpa = std::max(headKpa, c->pumpHeadKpa);
    if (headKpa <= 0)
        headKpa = value("estimate.cdu_pump_head_kpa");
    double lpm = 0.0, kw = 0.0;
    for (const Rack& r : design.racks)
        try {
            const SystemSpec s = systemSpec(catalog, r.catalogId);
            lpm += s.rackPowerKw * s.coolantFlowLpmPerKw;
            kw += s.rackPowerKw;
        } catch (const CatalogError&) {
        }
    const double lpmPerKw = kw > 0 ? lpm / kw : 1.5;
    return liquidKw * lpmPerKw / 60000.0 * headKpa / eta;
}

// Air fan power at design: the air handlers' fan power per kW of heat.
double airFanDesignKw(const Catalog& catalog, const PlantNodes& nodes, double airKw,
                      const AssumptionReader& value) {
    double fanKw = 0.0, capKw = 0.0;
    for (const CoolingNode* a : nodes.ahus) {
        double ppk = a->powerPerKwHeat;
        if (ppk <= 0)
            if (const CatalogEntry* e = catalog.find(a->catalogId))
                ppk = e->number("power_per_kw_heat", 0.0);
        if (ppk <= 0)
            ppk = value("estimate.air_fan_kw_per_kw");
        fanKw += ppk * a->capacityKw;
        capKw += a->capacityKw;
    }
    const double ppk = capKw > 0 ? fanKw / capKw : value("estimate.air_fan_kw_per_kw");
    return airKw * ppk;
}

} // namespace

CoolingPlant CoolingPlant::fromDesign(const Design& design, const Catalog& catalog,
                                      const CoolingLoad& designLoad) {
    if (!(designLoad.liquidKw >= 0) || !(designLoad.airKw >= 0) ||
        designLoad.liquidKw + designLoad.airKw <= 0)
        throw CoolingPlantError("the design has no heat for the cooling plant (no GPU rack or "
                                "switch with a known power)");
    CoolingPlant p;
    p.load_ = designLoad;
    p.technology_ = coolingTechnologyOf(design, catalog);
    const AssumptionReader value{design, p.assumptions_};

    const PlantNodes nodes = plantNodes(design);
    const LoopTemperatures temps = loopTemperatures(design, nodes, designLoad);
    p.liquidSupplyC_ = temps.liquidSupplyC;
    if (temps.noneStated)
        p.notes_.push_back(fill(tr("Estimate", "no chiller, dry cooler or hall states a supply "
                                               "temperature: %1 °C assumed"),
                                {fmt(p.liquidSupplyC_)}));
    p.airSupplyC_ = temps.airSupplyC;
    p.loops_ = plantLoops(catalog, nodes, temps, designLoad, value, p.notes_);

    // ---- Pumps and fans at design flow ----
    const double eta = value("estimate.cdu_pump_efficiency");
    const double plantHeadKpa = value("estimate.plant_pump_head_kpa");
    for (Loop& loop : p.loops_) {
        // Q = m cp dT: the loop's design flow at its temperature rise (reference-data.md 2.1).
        const double flowM3s = waterFlowLpm(loop.designHeatKw, loop.deltaTK) / 60000.0;
        loop.pumpDesignKw = flowM3s * plantHeadKpa / eta;
    }
    if (designLoad.liquidKw > 0)
        p.cduPumpDesignKw_ =
            cduPumpDesignKw(design, catalog, nodes, designLoad.liquidKw, eta, value);
    if (designLoad.airKw > 0)
        p.airFanDesignKw_ = airFanDesignKw(catalog, nodes, designLoad.airKw, value);
    // Read the remaining parameters once, so the list shows them.
    for (const char* k : {"estimate.min_speed_fraction", "estimate.adiabatic_efficiency",
                          "estimate.dry_cooler_air_rise_k", "estimate.chiller_carnot_fraction",
                          "estimate.chiller_condenser_approach_k",
                          "estimate.chiller_evaporator_approach_k", "estimate.chiller_max_cop"})
        value(k);
    return p;
}

namespace {

Params paramsOf(const std::vector<EstimateAssumption>& used) {
    auto get = [&](const char* key) {
        for (const auto& a : used)
            if (a.id == key)
                return a.value;
        return defaultOf(key).value;
    };
    return {get("estimate.cdu_pump_efficiency"),
            get("estimate.plant_pump_head_kpa"),
            get("estimate.min_speed_fraction"),
            get("estimate.adiabatic_efficiency"),
            get("estimate.dry_cooler_air_rise_k"),
            get("estimate.chiller_carnot_fraction"),
            get("estimate.chiller_condenser_approach_k"),
            get("estimate.chiller_evaporator_approach_k"),
            get("estimate.chiller_max_cop")};
}

// Air temperature entering the dry cooler: the dry-bulb, or pre-cooled towards the wet-bulb
// when the dry-bulb is too warm to reach the supply temperature (at the approach this load
// needs) and adiabatic is on.
struct DryCoolerInlet {
    double airC = 0.0;
    bool wetted = false;
};
DryCoolerInlet inletAir(const Params& p, double supplyC, double approachK, double db, double wb) {
    if (db + approachK <= supplyC || p.adiabatic <= 0.0 || wb >= db)
        return {db, false};
    return {db - p.adiabatic * (db - wb), true};
}

} // namespace

double defaultCoolingAssumption(const std::string& key) {
    return defaultOf(key).value;
}

double trimShare(double supplyC, double deltaTK, double approachK, double db, double wb,
                 double adiabaticEfficiency, double loadRatio) {
    if (!(loadRatio > 0.0))
        return loadRatio == 0.0 ? 0.0 : 1.0;
    Params p{};
    p.adiabatic = adiabaticEfficiency;
    const DryCoolerInlet in = inletAir(p, supplyC, approachK * loadRatio, db, std::min(wb, db));
    // At full fan speed the approach scales with the heat per installed capacity: leave =
    // inlet + A x Q_dry / C. With Q_dry = Q (T_return - leave) / dT and k = A x (Q/C) / dT:
    // leave = (inlet + k T_return) / (1 + k).
    const double returnC = supplyC + deltaTK;
    const double k = approachK * loadRatio / deltaTK;
    const double leaveC = (in.airC + k * returnC) / (1.0 + k);
    double share = std::clamp((leaveC - supplyC) / deltaTK, 0.0, 1.0);
    // Dry coolers never carry more than their rated capacity.
    if (loadRatio > 1.0)
        share = std::max(share, 1.0 - 1.0 / loadRatio);
    return share;
}

double chillerCop(double supplyWaterC, double ambientDryBulbC) {
    return copWith(paramsOf({}), supplyWaterC, ambientDryBulbC);
}

CoolingPower CoolingPlant::at(double db, double wb, double f) const {
    if (!std::isfinite(db) || !std::isfinite(wb) || !std::isfinite(f) || f < 0.0 || f > 1.0)
        throw CoolingPlantError("cooling plant: ambient must be finite and the IT load fraction "
                                "within 0..1 (got " +
                                fmt(f) + ")");
    wb = std::min(wb, db);
    const Params prm = paramsOf(assumptions_);
    CoolingPower out;
    out.heatKw = f * (load_.liquidKw + load_.airKw);
    for (const Loop& loop : loops_) {
        const double q = f * loop.designHeatKw;
        if (q <= 0.0)
            continue;
        double qChiller = q;
        if (loop.dryUnits > 0 && loop.dryCapKw > 0) {
            const double ratio = q / loop.dryCapKw;
            const DryCoolerInlet in = inletAir(prm, loop.supplyC, loop.approachK * ratio, db, wb);
            const double share =
                trimShare(loop.supplyC, loop.deltaTK, loop.approachK, db, wb, prm.adiabatic, ratio);
            const double qDry = q * (1.0 - share);
            if (qDry > 0.0) {
                // Series (free-cooling first): the dry coolers take the return water down to what
                // the air allows; chillers trim the rest to the supply temperature. Trimming, every
                // fan runs at full speed; otherwise the air flow ~ heat / (supply - inlet air),
                // shared by all installed units.
                const double speed =
                    share > 0.0 ? 1.0
                                : ratio * loop.approachK / std::max(loop.supplyC - in.airC, 1e-9);
                out.dryCoolerFanKw += affinity(loop.dryFanDesignKw, speed, prm.minSpeed);
                if (in.wetted) {
                    const double s = std::clamp(speed, prm.minSpeed, 1.0);
                    const double airKgPerS = loop.dryCapKw / (kAirCpKjPerKgK * prm.airRiseK) * s;
                    out.adiabaticWaterLph +=
                        airKgPerS * kAirCpKjPerKgK * (db - in.airC) / kLatentHeatKjPerKg * 3600.0;
                }
            }
            qChiller = q - qDry;
        }
        if (qChiller > 1e-9) {
            // Heat the installed dry coolers cannot take: chillers trim it; without any chiller
            // in the loop it is reported as unmet and still counted as chiller work, so the
            // figure is never better than a plant that holds the supply temperature.
            if (loop.chillerUnits == 0 && !loop.virtualChillers)
                out.unmetHeatKw += qChiller;
            out.chillerHeatKw += qChiller;
            out.chillerKw += qChiller / copWith(prm, loop.supplyC, db);
        }
        out.plantPumpKw += affinity(loop.pumpDesignKw, f, prm.minSpeed);
    }
    out.cduPumpKw = affinity(cduPumpDesignKw_, f, prm.minSpeed);
    out.airHandlerKw = affinity(airFanDesignKw_, f, prm.minSpeed);
    return out;
}

AnnualCooling CoolingPlant::annual(const std::vector<ClimateBin>& bins, double f) const {
    AnnualCooling a;
    for (const ClimateBin& b : bins) {
        if (!(b.hours >= 0))
            throw CoolingPlantError("cooling plant: a climate bin has negative hours");
        const CoolingPower p = at(b.dryBulbC, b.wetBulbC, f);
        a.hours += b.hours;
        a.energyKwh += p.totalKw() * b.hours;
        a.itEnergyKwh += p.heatKw * b.hours;
        a.waterM3 += p.adiabaticWaterLph * b.hours / 1000.0;
        a.peakPowerKw = std::max(a.peakPowerKw, p.totalKw());
        if (p.chillerKw > 0) {
            a.chillerHours += b.hours;
            a.chillerEnergyKwh += p.chillerKw * b.hours;
        }
    }
    a.meanPowerKw = a.hours > 0 ? a.energyKwh / a.hours : 0.0;
    a.wueLPerKwh = a.itEnergyKwh > 0 ? a.waterM3 * 1000.0 / a.itEnergyKwh : 0.0;
    return a;
}

std::vector<CoolingPlant::LoopCapacity> CoolingPlant::rejectionCapacity(double db,
                                                                        double wb) const {
    const Params prm = paramsOf(assumptions_);
    std::vector<LoopCapacity> out;
    for (const Loop& loop : loops_) {
        LoopCapacity c;
        c.loop = loop.name;
        c.supplyC = loop.supplyC;
        c.loadKw = loop.designHeatKw;
        c.assumedChillers = loop.virtualChillers;
        c.dryUnits = loop.dryUnits;
        c.chillerUnits = loop.chillerUnits;
        c.dryKw = loop.dryCapKw;
        c.chillerKw = loop.chillerCapKw;
        c.chillerLessLargestKw = loop.chillerCapKw - loop.chillerLargestKw;
        // The chillers' share with all dry coolers, and with the largest one out.
        auto chillerNeed = [&](double dryCapKw) {
            if (dryCapKw <= 0.0)
                return loop.designHeatKw;
            return loop.designHeatKw * trimShare(loop.supplyC, loop.deltaTK, loop.approachK, db, wb,
                                                 prm.adiabatic, loop.designHeatKw / dryCapKw);
        };
        c.chillerNeededKw = chillerNeed(loop.dryCapKw);
        c.chillerNeededLessLargestDryKw =
            loop.dryUnits > 0 ? chillerNeed(loop.dryCapKw - loop.dryLargestKw) : c.chillerNeededKw;
        out.push_back(c);
    }
    return out;
}

namespace {
std::string climateIdOf(const Design& design) {
    return design.site.climateId;
}
} // namespace

std::vector<ClimateBin> designClimateBins(const Design& design) {
    const std::string id = climateIdOf(design);
    if (id.empty())
        return designAmbientOnly(design.site.designAmbientC);
    const Climate* c = ClimateLibrary::builtin().find(id);
    if (!c)
        throw CoolingPlantError("site climate '" + id +
                                "' is not in the climate library (aifp-cli climate list)");
    return hoursAtTemperature(*c);
}

DesignAmbient designAmbient(const Design& design) {
    const std::string id = climateIdOf(design);
    if (id.empty())
        return {design.site.designAmbientC, design.site.designAmbientC,
                "design ambient typed in (no wet-bulb: no adiabatic credit)"};
    const Climate* c = ClimateLibrary::builtin().find(id);
    if (!c)
        throw CoolingPlantError("site climate '" + id +
                                "' is not in the climate library (aifp-cli climate list)");
    return {c->designDryBulbC.value, c->designWetBulbC.value,
            "0.4 % cooling design dry-bulb and mean coincident wet-bulb of " + c->name};
}

CoolingPower coolingPower(const Design& design, const Catalog& catalog, double db, double wb,
                          double f) {
    return CoolingPlant::fromDesign(design, catalog).at(db, wb, f);
}

AnnualCooling annualCooling(const Design& design, const Catalog& catalog, double f) {
    return CoolingPlant::fromDesign(design, catalog).annual(designClimateBins(design), f);
}

} // namespace aifp
