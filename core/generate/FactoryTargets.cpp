#include "core/generate/FactoryTargets.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/climate/Climate.hpp"
#include "core/generate/SizingRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace aifp {

namespace {

// In messages: 6 significant digits in the calling thread's display style.
std::string num(double v) {
    return display::formatSignificantPlain(v, 6);
}

void requirePositive(double v, const char* field) {
    if (!std::isfinite(v) || v <= 0.0)
        throw GenerateError(std::string(field) + ": must be a positive number (got " + num(v) +
                            ")");
}

void requireNonNegative(double v, const char* field) {
    if (!std::isfinite(v) || v < 0.0)
        throw GenerateError(std::string(field) + ": must not be negative (got " + num(v) + ")");
}

} // namespace

FabricKind fabricKindOf(const std::string& switchId) {
    // reference-data.md 4.1: Q3400 = Quantum-X800 XDR IB, QM9700 = Quantum-2 NDR IB,
    // SN5600 = Spectrum-4 (Spectrum-X Ethernet).
    if (switchId == "q3400")
        return FabricKind::InfinibandXdr;
    if (switchId == "qm9700")
        return FabricKind::InfinibandNdr;
    if (switchId == "sn5600")
        return FabricKind::SpectrumX;
    throw GenerateError("fabric: unknown compute fabric switch '" + switchId +
                        "' (known: q3400, qm9700, sn5600)");
}

double defaultSupplyWaterC(const Catalog& catalog, const std::string& systemId,
                           std::string* source) {
    const CatalogEntry* e = catalog.find(systemId);
    const CatalogRating* r = e ? e->rating("max_supply_water_c") : nullptr;
    if (r && r->hasValue() && r->value > rules::kCduApproachK) {
        // The rating is the water at the rack (technology loop); the CDU adds its approach.
        if (source) {
            *source =
                fill(tr("Generator", "catalog %1 max_supply_water_c %2 °C (%3) at the "
                                     "rack minus %4 K CDU approach (assumption)"),
                     {systemId, num(r->value), toString(e->confidenceOf("max_supply_water_c")),
                      num(rules::kCduApproachK)});
            for (const auto& src : r->sources)
                *source += "; " + src;
        }
        return r->value - rules::kCduApproachK;
    }
    if (source)
        *source = fill(tr("Generator", "no max_supply_water_c for %1: ASHRAE W32 class "
                                       "(assumption)"),
                       {systemId});
    return 32.0;
}

FactoryTargets withCatalogDefaults(const FactoryTargets& in, const Catalog& catalog,
                                   std::vector<std::string>* notes) {
    FactoryTargets t = in;
    if (t.supplyWaterC == 0.0) {
        std::string source;
        t.supplyWaterC = defaultSupplyWaterC(catalog, t.systemId, &source);
        if (notes)
            notes->push_back(
                fill(tr("Generator", "facility water supply %1 °C: the highest the system "
                                     "allows, %2"),
                     {num(t.supplyWaterC), source}));
    }
    if (!t.climateId.empty()) {
        const ClimateLibrary* lib = nullptr;
        try {
            lib = &ClimateLibrary::builtin();
        } catch (const ClimateError& e) {
            throw GenerateError(std::string("site-location: ") + e.what());
        }
        const Climate* c = lib->find(t.climateId);
        if (!c)
            throw GenerateError("site-location: '" + t.climateId +
                                "' is not in the climate library (aifp-cli climate list)");
        t.designAmbientC = c->designDryBulbC.value;
        t.designWetBulbC = c->designWetBulbC.value;
        if (notes)
            notes->push_back(fill(
                tr("Generator", "site %1: design ambient %2 °C dry-bulb / "
                                "%3 °C coincident wet-bulb (0.4 %; %4)"),
                {c->name, num(t.designAmbientC), num(t.designWetBulbC), c->designDryBulbC.source}));
    }
    return t;
}

std::vector<std::string> validateTargets(const FactoryTargets& targetsIn, const Catalog& catalog) {
    const FactoryTargets t = withCatalogDefaults(targetsIn, catalog);
    std::vector<std::string> warnings;
    const bool byMw = t.targetGridMw != 0.0;
    const bool byGpus = t.targetGpus != 0;
    if (byMw == byGpus)
        throw GenerateError("targets: give exactly one of target grid MW and target GPU count");
    if (byMw)
        requirePositive(t.targetGridMw, "target-mw");
    if (byGpus && t.targetGpus < 0)
        throw GenerateError("gpus: must be a positive whole number (got " +
                            std::to_string(t.targetGpus) + ")");
    if (byMw && t.targetGridMw > 20000.0)
        throw GenerateError("target-mw: " + num(t.targetGridMw) +
                            " MW is beyond what this planner lays out (at most 20,000 MW)");
    if (byGpus && t.targetGpus > 5000000)
        throw GenerateError("gpus: " + std::to_string(t.targetGpus) +
                            " GPUs is beyond what this planner lays out (at most 5,000,000)");

    SystemSpec spec;
    try {
        spec = systemSpec(catalog, t.systemId);
    } catch (const CatalogError& e) {
        throw GenerateError(std::string("system: ") + e.what());
    }
    fabricKindOf(t.fabricSwitchId);
    const CatalogEntry* sw = catalog.find(t.fabricSwitchId);
    if (!sw || sw->number("port_count") <= 0 || sw->number("port_speed_gbps") <= 0)
        throw GenerateError("fabric: catalog entry '" + t.fabricSwitchId +
                            "' lacks port_count / port_speed_gbps");
    if (!std::isfinite(t.oversubscription) || t.oversubscription < 1.0)
        throw GenerateError("oversubscription: must be >= 1 (down:up, 1 = non-blocking), got " +
                            num(t.oversubscription));
    if (t.oversubscription > 8.0)
        throw GenerateError("oversubscription: " + num(t.oversubscription) +
                            ":1 is not a compute fabric (at most 8:1)");

    requirePositive(t.maxHallWidthM, "max-hall-width-m");
    requirePositive(t.maxHallDepthM, "max-hall-depth-m");
    requireNonNegative(t.maxHallItMw, "max-hall-mw");
    requireNonNegative(t.landAreaM2, "land-m2");
    if (t.maxRacksPerHall < 0)
        throw GenerateError("max-racks-per-hall: must not be negative");
    if (t.maxHalls < 0)
        throw GenerateError("max-halls: must not be negative");
    if (t.maxHallItMw > 0.0 && t.maxHallItMw * 1000.0 < spec.rackPowerKw)
        throw GenerateError("max-hall-mw: " + num(t.maxHallItMw) + " MW holds not even one " +
                            t.systemId + " rack (" + num(spec.rackPowerKw) + " kW)");
    if (!std::isfinite(t.designAmbientC) || t.designAmbientC < kMinDesignAmbientC ||
        t.designAmbientC > kMaxDesignAmbientC)
        throw GenerateError("design-ambient-c: " + num(t.designAmbientC) + " °C is outside " +
                            num(kMinDesignAmbientC) + ".." + num(kMaxDesignAmbientC) + " °C");
    if (std::isfinite(t.designWetBulbC) &&
        (t.designWetBulbC > t.designAmbientC || t.designWetBulbC < kMinDesignAmbientC))
        throw GenerateError("design-wet-bulb-c: " + num(t.designWetBulbC) + " °C must be within " +
                            num(kMinDesignAmbientC) + " °C and the design dry-bulb " +
                            num(t.designAmbientC) + " °C");

    // Air cooling limit: ~30-40 kW/rack practical (reference-data.md 2.2).
    const double airLimitKw = DesignSettings{}.airCoolingLimitKw;
    const double airKw = t.cooling == CoolingMode::Air
                             ? spec.rackPowerKw
                             : spec.rackPowerKw * (1.0 - spec.liquidFraction);
    const std::string& tech = t.coolingTechnology;
    if (!tech.empty() && tech != "dlc" && tech != "full-liquid" && tech != "rear-door" &&
        tech != "air")
        throw GenerateError("cooling-tech: '" + tech +
                            "' is not one of dlc, full-liquid, rear-door, air");
    if ((tech == "dlc" || tech == "full-liquid") && t.cooling == CoolingMode::Air)
        throw GenerateError("cooling-tech: " + tech + " needs --cooling liquid or hybrid");
    if ((tech == "rear-door" || tech == "air") && t.cooling != CoolingMode::Air)
        throw GenerateError("cooling-tech: " + tech + " is for air-cooled racks (--cooling air)");
    if (tech == "rear-door") {
        // Rear doors take the rack's whole heat to water: the limit is the door's capacity.
        const CatalogEntry* door = catalog.find("rdhx-generic");
        const double doorKw = door ? door->number("capacity_kw", 0.0) : 0.0;
        if (doorKw <= 0.0)
            throw GenerateError("cooling-tech: catalog entry rdhx-generic (rear door) lacks "
                                "capacity_kw");
        if (spec.rackPowerKw > doorKw)
            throw GenerateError("cooling-tech: a " + num(spec.rackPowerKw) + " kW " + t.systemId +
                                " rack exceeds the " + num(doorKw) +
                                " kW of a rear-door heat exchanger (catalog rdhx-generic)");
    } else if (t.cooling == CoolingMode::Air && spec.rackPowerKw > airLimitKw)
        throw GenerateError("cooling: air cooling of a " + num(spec.rackPowerKw) + " kW " +
                            t.systemId + " rack exceeds the practical air limit of ~" +
                            num(airLimitKw) +
                            " kW/rack (reference-data.md 2.2); use --cooling liquid or hybrid");
    if (t.cooling != CoolingMode::Air && spec.liquidFraction <= 0.0)
        throw GenerateError("cooling: " + t.systemId +
                            " is air-cooled (liquid fraction 0 in the catalog); use --cooling air");
    if (t.cooling != CoolingMode::Air) {
        if (!std::isfinite(t.supplyWaterC) || t.supplyWaterC < 5.0 || t.supplyWaterC > 60.0)
            throw GenerateError("supply-water-c: " + num(t.supplyWaterC) +
                                " °C is outside 5..60 °C");
        if (spec.maxSupplyWaterC > 0.0 &&
            t.supplyWaterC + rules::kCduApproachK > spec.maxSupplyWaterC + 1e-9)
            throw GenerateError("supply-water-c: " + num(t.supplyWaterC) + " °C + " +
                                num(rules::kCduApproachK) + " K CDU approach is above the " +
                                num(spec.maxSupplyWaterC) + " °C maximum of " + t.systemId +
                                " (catalog max_supply_water_c); use at most " +
                                num(spec.maxSupplyWaterC - rules::kCduApproachK) + " °C");
        if (airKw > airLimitKw)
            warnings.push_back(
                fill(tr("Generator", "cooling: the air-side remainder of each %1 rack is %2 kW, "
                                     "above the ~%3 kW/rack practical air limit "
                                     "(reference-data.md 2.2)"),
                     {t.systemId, num(airKw), num(airLimitKw)}));
    }
    return warnings;
}

} // namespace aifp

namespace aifp {

FactoryTargets targetsOfDesign(const Design& design, const Catalog& catalog) {
    // The system of most racks among those the catalog knows as GPU systems.
    std::map<std::string, int> racksBySystem;
    for (const Rack& r : design.racks) {
        const CatalogEntry* e = catalog.find(r.catalogId);
        if (e && e->category == "system")
            ++racksBySystem[e->id];
    }
    if (racksBySystem.empty())
        throw GenerateError("the design has no GPU racks: there are no targets to take from it");
    FactoryTargets t;
    int most = 0;
    for (const auto& [id, n] : racksBySystem)
        if (n > most) {
            most = n;
            t.systemId = id;
        }
    t.name = design.site.name;
    if (design.site.gridConnectionMw > 0.0) {
        t.targetGridMw = design.site.gridConnectionMw;
    } else {
        long gpus = 0;
        for (const auto& [id, n] : racksBySystem)
            gpus += long(n) * systemSpec(catalog, id).gpusPerRack;
        t.targetGpus = static_cast<int>(std::min<long>(gpus, std::numeric_limits<int>::max()));
    }
    t.cooling = design.settings.cooling;
    t.redundancy = design.settings.powerRedundancy;
    t.fabricSwitchId = design.settings.fabricSwitchId;
    t.railOptimized = design.settings.railOptimized;
    t.oversubscription = design.settings.oversubscription;
    if (!design.halls.empty())
        t.supplyWaterC = design.halls.front().facilityWaterSupplyC;
    t.designAmbientC = design.site.designAmbientC;
    t.climateId = design.site.climateId;
    return t;
}

} // namespace aifp
