#include "core/generate/FactoryGenerator.hpp"
#include "core/generate/CoolingSizer.hpp"
#include "core/generate/FabricBuilder.hpp"
#include "core/generate/HallLayout.hpp"
#include "core/generate/PowerChainSizer.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
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
    // One fabric while it reaches every GPU; else clusters of whole halls, one fabric each.
    bool oneFabric = true;
    try {
        oneFabric = fitsOneFabric(fr);
        if (oneFabric)
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

    LayoutRequest lr;
    lr.spec = spec;
    lr.rackCount = rackCount;
    lr.racksPerUnit = g.racksPerUnit;
    // Yard items per rack: per block (~16 racks) 4-5 power items per path plus heat rejection.
    lr.yardItemsPerRack = 0.9;
    int aboveLeaf = 0;
    if (oneFabric) {
        g.clusters.push_back({"", 0, 0, rackCount, g.fabric});
        aboveLeaf = aboveLeafSwitchCount(g.fabric, spec, rackCount, g.racksPerUnit);
    } else {
        // The racks of each hall do not depend on the switch slack below: a trial layout on a
        // scratch design gives them, and with them the clusters and their fabrics.
        Design scratch;
        const LayoutResult trial = layOutHalls(lr, t, scratch);
        std::vector<long long> hallEndpoints;
        for (const LaidOutHall& h : trial.halls)
            hallEndpoints.push_back(static_cast<long long>(h.rackCount) * rackEndpoints);
        try {
            const std::vector<int> sizes = splitIntoClusters(hallEndpoints, fr);
            int first = 0;
            for (std::size_t c = 0; c < sizes.size(); ++c) {
                GeneratedCluster gc;
                gc.name = "Cluster " + std::to_string(c + 1); // stored, not translated
                gc.firstHall = first;
                gc.halls = sizes[c];
                for (int h = first; h < first + sizes[c]; ++h)
                    gc.racks += trial.halls[static_cast<std::size_t>(h)].rackCount;
                first += sizes[c];
                FabricRequest cr = fr;
                cr.endpoints = gc.racks * rackEndpoints;
                gc.fabric = planFabric(cr);
                aboveLeaf += aboveLeafSwitchCount(gc.fabric, spec, gc.racks, g.racksPerUnit);
                g.clusters.push_back(std::move(gc));
            }
        } catch (const FabricPlanError& e) {
            throw GenerateError(std::string(e.what()));
        }
        g.fabric = g.clusters.front().fabric;
    }
    d.settings.fabricTiers = 0;
    for (const GeneratedCluster& c : g.clusters)
        d.settings.fabricTiers = std::max(d.settings.fabricTiers, c.fabric.tiers);
    // Slack for pods that cluster in one hall: 25 % + 2 racks of switches (assumption).
    lr.spineCoreSwitches = static_cast<int>(aboveLeaf * 1.25) + 2 * 8;
    const LayoutResult layout = layOutHalls(lr, t, d);
    if (oneFabric)
        g.clusters.front().halls = static_cast<int>(layout.halls.size());

    FabricBuildRequest br;
    br.spec = spec;
    br.computeSwitch = sw;
    br.storageSwitch = storage;
    br.outOfBandSwitch = catalog.find("oob-1g-48");
    br.railOptimized = t.railOptimized;
    br.racksPerUnit = g.racksPerUnit;
    br.plan = g.fabric;
    if (!oneFabric)
        for (const GeneratedCluster& c : g.clusters) {
            FabricCluster fc;
            fc.name = c.name;
            fc.plan = c.fabric;
            for (int h = c.firstHall; h < c.firstHall + c.halls; ++h) {
                fc.halls.push_back(static_cast<std::size_t>(h));
                d.halls[static_cast<std::size_t>(h)].cluster = c.name;
            }
            br.clusters.push_back(std::move(fc));
        }
    const FabricBuildResult fabric = buildFabric(br, layout, d);

    const CoolingSizing cooling = sizeCooling(spec, t, catalog, layout, fabric.hallNetworkKw, d);
    const PowerSizing power =
        sizePowerChain(spec, t.redundancy, layout, fabric.hallNetworkKw, cooling.hallCoolingKw, d);
    d.site.gridConnectionMw = 0.0;

    g.summary = summarizeFactory(d, catalog);
    // The grid capacity to contract: the facility design power (PowerBasis.hpp), whole MW.
    d.site.gridConnectionMw = std::ceil(g.summary.power.facilityDesignKw / 1000.0 - 1e-9);
    g.summary.siteAreaM2 = layout.siteWidthM * layout.siteDepthM;

    const CatalogEntry* sys = catalog.find(spec.id);
    g.assumptions.push_back(
        fill(tr("Generator", "rack power %1 kW (catalog, %2); typical load fraction %3 (%4)"),
             {std::to_string(static_cast<int>(spec.rackPowerKw)),
              toString(sys->confidenceOf("rack_power_kw")),
              display::formatFixedPlain(spec.typicalPowerFraction, 2),
              toString(sys->confidenceOf("typical_power_fraction"))}));
    g.assumptions.insert(g.assumptions.end(), cooling.notes.begin(), cooling.notes.end());
    g.assumptions.insert(g.assumptions.end(), power.notes.begin(), power.notes.end());
    g.assumptions.push_back(
        tr("Generator",
           "network: switch power from the catalog power_kw (assumption); cable lengths are "
           "Manhattan distance + 10 % + 3 m (assumption); copper <= 3 m (assumption), multimode "
           "<= 50 m (SR4), single-mode beyond (DR4/FR4); storage/in-band fabric on BF-3 ports "
           "(2 per tray/node) and one 1 GbE out-of-band switch per rack (catalog oob-1g-48, "
           "assumption); optics power per transceiver from the catalog (LinkX 800G 17 W, 400G "
           "9 W); storage and management nodes sized on the GPU count (docs/estimation.md)"));
    g.assumptions.push_back(tr("Generator",
                               "layout: footprint 0.6 x 1.2 m and aisles of service_clearance_m "
                               "(catalog, assumption); CDU 1.2 x 1.2 m, 3 m hall margins, 20 m "
                               "between halls, 8 switches per network rack (assumptions)"));
    if (g.clusters.size() > 1)
        g.assumptions.push_back(fill(
            tr("Generator", "clusters: %1 GPUs need more than one %2-tier fabric of %3-port "
                            "switches; the halls form %4 clusters, each with its own fabric and "
                            "no links between them (no campus interconnect)"),
            {std::to_string(g.summary.gpus), "3", std::to_string(fr.radix),
             std::to_string(g.clusters.size())}));
    if (d.settings.fabricTiers == 3)
        g.assumptions.push_back(
            tr("Generator", "fabric: 3 tiers; oversubscription applied at the leaf tier only"));
    return g;
}

GeneratedFactory generateFactory(const FactoryTargets& t, const Catalog& catalog) {
    validateTargets(t, catalog);
    const SystemSpec spec = systemSpec(catalog, t.systemId);
    if (t.targetGpus > 0)
        return generateFactoryWithRacks(t, catalog,
                                        (t.targetGpus + spec.gpusPerRack - 1) / spec.gpusPerRack);
    // The target is the facility design power (IT at nameplate, design ambient: the grid
    // capacity to contract, PowerBasis.hpp). Facility power per rack from a trial of at most ~one
    // hall, then the full design; step the rack count down while the facility power exceeds the
    // target and up while a whole rack more still fits (network tiers, halls and power blocks
    // change the ratio at scale).
    const double targetKw = t.targetGridMw * 1000.0;
    auto facilityKw = [](const GeneratedFactory& g) { return g.summary.power.facilityDesignKw; };
    int trialRacks = std::max(1, static_cast<int>(targetKw / (spec.rackPowerKw * 1.3)));
    trialRacks = std::min(trialRacks, 400);
    GeneratedFactory best = generateFactoryWithRacks(t, catalog, trialRacks);
    double perRackKw = facilityKw(best) / trialRacks;
    int racks = static_cast<int>(std::floor(targetKw / perRackKw));
    if (racks < 1)
        throw GenerateError("target-mw: " + display::formatSignificantPlain(t.targetGridMw, 6) +
                            " MW does not power one " + t.systemId + " rack with its cooling (" +
                            display::formatSignificantPlain(perRackKw / 1000.0, 3) +
                            " MW at the grid)");
    int bestRacks = facilityKw(best) <= targetKw ? trialRacks : 0;
    int overRacks = facilityKw(best) > targetKw ? trialRacks : 0; // smallest count found too big
    for (int attempt = 0; attempt < 10 && racks != bestRacks; ++attempt) {
        if (overRacks > 0 && racks >= overRacks)
            racks = overRacks - 1;
        if (racks <= bestRacks || racks < 1)
            break;
        GeneratedFactory g = generateFactoryWithRacks(t, catalog, racks);
        perRackKw = facilityKw(g) / racks;
        if (facilityKw(g) <= targetKw) {
            bestRacks = racks;
            best = std::move(g);
            const int more =
                static_cast<int>(std::floor((targetKw - facilityKw(best)) / perRackKw));
            if (more < 1)
                break;
            racks = bestRacks + more;
        } else {
            overRacks = overRacks > 0 ? std::min(overRacks, racks) : racks;
            const int over = static_cast<int>(std::ceil((facilityKw(g) - targetKw) / perRackKw));
            racks = std::max(1, racks - std::max(1, over));
        }
    }
    for (int attempt = 0; bestRacks == 0 && attempt < 20; ++attempt) {
        // Still over: keep stepping down from the smallest count found too big.
        racks = std::max(1, std::min(racks, overRacks - 1));
        GeneratedFactory g = generateFactoryWithRacks(t, catalog, racks);
        if (facilityKw(g) <= targetKw)
            return g;
        if (racks == 1)
            break;
        overRacks = racks;
        racks -= std::max(
            1, static_cast<int>(std::ceil((facilityKw(g) - targetKw) / (facilityKw(g) / racks))));
    }
    if (bestRacks == 0)
        throw GenerateError("target-mw: no rack count of " + t.systemId + " fits in " +
                            display::formatSignificantPlain(t.targetGridMw, 6) +
                            " MW of facility design power");
    return best;
}

} // namespace aifp
