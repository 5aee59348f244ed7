#include "core/generate/FactoryGenerator.hpp"
#include "core/generate/CoolingSizer.hpp"
#include "core/generate/FabricBuilder.hpp"
#include "core/generate/HallLayout.hpp"
#include "core/generate/PowerChainSizer.hpp"
#include <algorithm>
#include <cmath>

namespace aifp {

GeneratedFactory generateFactoryWithRacks(const FactoryTargets& targets, const Catalog& catalog,
                                          int rackCount) {
    GeneratedFactory g;
    g.warnings = validateTargets(targets, catalog);
    // Supply water from the catalog, design conditions from the climate library (issue 13).
    const FactoryTargets t = withCatalogDefaults(targets, catalog, &g.assumptions);
    if (rackCount < 1)
        throw GenerateError("targets: the target allows no rack at all");
    const SystemSpec spec = systemSpec(catalog, t.systemId);
    const CatalogEntry* sw = catalog.find(t.fabricSwitchId);
    const CatalogEntry* storage = catalog.find("sn5600");

    // Fabric plan: SU of 8 rails x leaf down ports (reference-data.md 4.2).
    FabricRequest fr;
    fr.radix = static_cast<int>(sw->number("port_count"));
    fr.oversubscription = t.oversubscription;
    const int rackEndpoints = spec.gpusPerRack * spec.nicsPerGpu;
    fr.endpoints = rackCount * rackEndpoints;
    const int up = static_cast<int>(std::floor(fr.radix / (1.0 + t.oversubscription) + 1e-9));
    g.racksPerUnit = racksPerScalableUnit(spec, fr.radix - std::max(1, up));
    fr.endpointsPerUnit = g.racksPerUnit * rackEndpoints;
    try {
        g.fabric = planFabric(fr);
    } catch (const FabricPlanError& e) {
        throw GenerateError(std::string(e.what()));
    }

    Design& d = g.design;
    d.site.name = t.name;
    d.site.designAmbientC = t.designAmbientC;
    d.site.climateId = t.climateId;
    d.settings.powerRedundancy = t.redundancy;
    d.settings.cooling = t.cooling;
    d.settings.fabric = fabricKindOf(t.fabricSwitchId);
    d.settings.fabricSwitchId = t.fabricSwitchId;
    d.settings.railOptimized = t.railOptimized;
    d.settings.oversubscription = t.oversubscription;
    d.settings.fabricTiers = g.fabric.tiers;

    LayoutRequest lr;
    lr.spec = spec;
    lr.rackCount = rackCount;
    lr.racksPerUnit = g.racksPerUnit;
    // Slack for pods that cluster in one hall: 25 % + 2 racks of switches (assumption).
    lr.spineCoreSwitches =
        static_cast<int>(aboveLeafSwitchCount(g.fabric, spec, rackCount, g.racksPerUnit) * 1.25) +
        2 * 8;
    // Yard items per rack: per block (~16 racks) 4-5 power items per path plus heat rejection.
    lr.yardItemsPerRack = 0.9;
    const LayoutResult layout = layOutHalls(lr, t, d);

    FabricBuildRequest br;
    br.spec = spec;
    br.computeSwitch = sw;
    br.storageSwitch = storage;
    br.railOptimized = t.railOptimized;
    br.racksPerUnit = g.racksPerUnit;
    br.plan = g.fabric;
    const FabricBuildResult fabric = buildFabric(br, layout, d);

    const CoolingSizing cooling = sizeCooling(spec, t, catalog, layout, fabric.hallNetworkKw, d);
    const PowerSizing power =
        sizePowerChain(spec, t.redundancy, layout, fabric.hallNetworkKw, cooling.hallCoolingKw, d);
    d.site.gridConnectionMw = 0.0;

    g.summary = summarizeFactory(d, catalog);
    d.site.gridConnectionMw = std::ceil(g.summary.facilityKw / 1000.0);
    g.summary.siteAreaM2 = layout.siteWidthM * layout.siteDepthM;

    const CatalogEntry* sys = catalog.find(spec.id);
    g.assumptions.push_back("rack power " + std::to_string(static_cast<int>(spec.rackPowerKw)) +
                            " kW (catalog, " + toString(sys->confidenceOf("rack_power_kw")) +
                            "); typical load fraction " +
                            std::to_string(spec.typicalPowerFraction).substr(0, 4) + " (" +
                            toString(sys->confidenceOf("typical_power_fraction")) + ")");
    g.assumptions.insert(g.assumptions.end(), cooling.notes.begin(), cooling.notes.end());
    g.assumptions.insert(g.assumptions.end(), power.notes.begin(), power.notes.end());
    g.assumptions.push_back(
        "network: switch power from the catalog power_kw (assumption); cable lengths are "
        "Manhattan distance + 10 % + 3 m (assumption); copper <= 3 m (assumption), multimode "
        "<= 50 m (SR4), single-mode beyond (DR4/FR4); storage/in-band fabric on BF-3 ports "
        "(2 per tray/node) and one 1 GbE out-of-band switch per rack (assumption); optics "
        "power not counted");
    g.assumptions.push_back("layout: footprint 0.6 x 1.2 m and aisles of service_clearance_m "
                            "(catalog, assumption); CDU 1.2 x 1.2 m, 3 m hall margins, 20 m "
                            "between halls, 8 switches per network rack (assumptions)");
    if (g.fabric.tiers == 3)
        g.assumptions.push_back("fabric: 3 tiers; oversubscription applied at the leaf tier only");
    return g;
}

GeneratedFactory generateFactory(const FactoryTargets& t, const Catalog& catalog) {
    validateTargets(t, catalog);
    const SystemSpec spec = systemSpec(catalog, t.systemId);
    if (t.targetGpus > 0)
        return generateFactoryWithRacks(t, catalog,
                                        (t.targetGpus + spec.gpusPerRack - 1) / spec.gpusPerRack);
    const double targetKw = t.targetGridMw * 1000.0;
    // Facility power per rack from a trial of at most ~one hall, then the full design; step the
    // rack count down while the facility power exceeds the target (network tiers change the
    // ratio slightly at scale).
    int trialRacks = std::max(1, static_cast<int>(targetKw / (spec.rackPowerKw * 1.3)));
    trialRacks = std::min(trialRacks, 400);
    const GeneratedFactory trial = generateFactoryWithRacks(t, catalog, trialRacks);
    double perRackKw = trial.summary.facilityKw / trialRacks;
    int racks = static_cast<int>(std::floor(targetKw / perRackKw));
    if (racks < 1)
        throw GenerateError("target-mw: " + std::to_string(t.targetGridMw) +
                            " MW does not power one " + t.systemId + " rack with its cooling (" +
                            std::to_string(perRackKw / 1000.0) + " MW at the grid)");
    if (racks == trialRacks && trial.summary.facilityKw <= targetKw)
        return trial;
    for (int attempt = 0; attempt < 6; ++attempt) {
        GeneratedFactory g = generateFactoryWithRacks(t, catalog, racks);
        if (g.summary.facilityKw <= targetKw || racks == 1)
            return g;
        perRackKw = g.summary.facilityKw / racks;
        const int over = static_cast<int>(std::ceil((g.summary.facilityKw - targetKw) / perRackKw));
        racks = std::max(1, racks - std::max(1, over));
    }
    return generateFactoryWithRacks(t, catalog, racks);
}

} // namespace aifp
