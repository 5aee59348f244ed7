#include "core/options/VariantFromTargets.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryTargets.hpp"

namespace aifp {

GeneratedFactory regenerateVariant(const Design& from, const VariantTargetChanges& changes) {
    const Catalog catalog = Catalog::builtin().withUserEntries(from.userCatalog);
    FactoryTargets t = targetsOfDesign(from, catalog);
    if (changes.systemId && *changes.systemId != t.systemId) {
        t.systemId = *changes.systemId;
        t.supplyWaterC = 0.0; // the new system's own limit (catalog), unless given below
    }
    if (changes.redundancy)
        t.redundancy = *changes.redundancy;
    if (changes.cooling)
        t.cooling = *changes.cooling;
    if (changes.supplyWaterC) {
        if (!(*changes.supplyWaterC > 0.0))
            throw GenerateError("supply water: must be positive");
        t.supplyWaterC = *changes.supplyWaterC;
    }
    if (changes.climateId)
        t.climateId = *changes.climateId;
    GeneratedFactory g = generateFactory(t, catalog);

    Design& d = g.design;
    const double gridMw = d.site.gridConnectionMw;
    const std::string climateId = d.site.climateId;
    const double ambientC = d.site.designAmbientC;
    d.site = from.site;
    d.site.gridConnectionMw = gridMw;
    d.site.climateId = climateId;
    d.site.designAmbientC = ambientC;
    const DesignSettings generated = d.settings;
    d.settings = from.settings;
    d.settings.powerRedundancy = generated.powerRedundancy;
    d.settings.cooling = generated.cooling;
    d.settings.fabric = generated.fabric;
    d.settings.fabricSwitchId = generated.fabricSwitchId;
    d.settings.railOptimized = generated.railOptimized;
    d.settings.oversubscription = generated.oversubscription;
    d.settings.fabricTiers = generated.fabricTiers;
    d.userCatalog = from.userCatalog;
    d.assumptionOverrides = from.assumptionOverrides;
    d.document = from.document;
    d.ownedEquipment = from.ownedEquipment;
    d.userModels = from.userModels;
    return g;
}

} // namespace aifp
