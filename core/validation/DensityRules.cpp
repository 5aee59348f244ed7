#include "core/validation/DensityRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/validation/FindingText.hpp"
#include <map>
#include <utility>

namespace aifp {

bool DensityRules::reads(const DesignChange& c) const {
    return c.touches(ObjectKind::Rack) || c.touches(ObjectKind::Hall) || c.settingsChanged ||
           c.catalogChanged;
}

std::vector<Finding> DensityRules::validate(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    std::vector<Finding> out;
    // (hall id, catalog id) -> rack ids, in design order.
    std::map<std::pair<ObjectId, std::string>, std::vector<ObjectId>> groups;
    std::map<std::pair<ObjectId, std::string>, std::size_t> firstIndex;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        const Rack& r = d.racks[i];
        auto key = std::make_pair(r.hallId, r.catalogId);
        groups[key].push_back(r.id);
        firstIndex.emplace(key, i);
    }
    for (const auto& [key, ids] : groups) {
        const auto& [hallId, catalogId] = key;
        const std::size_t i = firstIndex[key];
        const std::string count =
            fill(tr("Validation", "%1 rack(s) of '%2'"), {std::to_string(ids.size()), catalogId});
        const SystemSpec* s = ctx.spec(i);
        if (!s) {
            out.push_back(makeFinding(
                "catalog.system", Severity::Error, ids, count + ": " + ctx.specError(catalogId),
                tr("Validation", "Choose a GPU system from the catalog or add a user "
                                 "entry with category 'system' and its ratings."),
                "catalog (resources/catalog.json)"));
            continue;
        }
        const Hall* h = ctx.hall(hallId);
        if (!h)
            continue; // geometry.outside_hall reports racks without a valid hall
        const std::string where = fill(tr("Validation", "%1 in hall '%2' (id %3)"),
                                       {count, h->name, std::to_string(h->id)});
        std::vector<ObjectId> objs = ids;
        objs.push_back(h->id);
        if (h->maxRackKw > 0 && s->rackPowerKw > h->maxRackKw + 1e-9)
            out.push_back(makeFinding(
                "density.rack_kw", Severity::Error, objs,
                fill(tr("Validation",
                        "%1 draw %2 kW per rack, above the hall's limit of %3 kW per rack"),
                     {where, formatNumber(s->rackPowerKw), formatNumber(h->maxRackKw)}),
                fill(tr("Validation", "Move the racks to a hall rated for %1 kW per rack, raise "
                                      "the hall's max rack power, or pick a lower-power system."),
                     {formatNumber(s->rackPowerKw)}),
                "catalog '" + catalogId + "' rack_power_kw; hall max_rack_kw"));
        const bool liquidHall = h->cooling != CoolingProvision::Air;
        const double lf = liquidHall ? s->liquidFraction : 0.0;
        const double airKw = s->rackPowerKw * (1.0 - lf);
        if (airKw > ctx.airLimitKw() + 1e-9)
            out.push_back(makeFinding(
                "density.air_limit", Severity::Error, objs,
                fill(tr("Validation", "%1 reject %2 kW per rack to air (liquid fraction %3), "
                                      "above the practical air-cooling limit of %4 kW per rack"),
                     {where, formatNumber(airKw), formatNumber(lf, 2),
                      formatNumber(ctx.airLimitKw())}),
                tr("Validation", "Use direct liquid cooling (a hall with liquid provision and a "
                                 "liquid-cooled system), rear-door heat exchangers, or fewer kW "
                                 "per rack."),
                "reference-data.md 2.2 (practical air limit ~30-40 kW/rack); "
                "settings.air_cooling_limit_kw"));
        if (s->liquidFraction > 0 && !liquidHall)
            out.push_back(makeFinding(
                "density.liquid_provision", Severity::Error, objs,
                fill(tr("Validation", "%1 need liquid cooling for %2 % of their heat, but the "
                                      "hall has air cooling only"),
                     {where, formatNumber(s->liquidFraction * 100, 0)}),
                tr("Validation", "Set the hall's cooling provision to liquid or both, or move the "
                                 "racks to a liquid-cooled hall."),
                "catalog '" + catalogId + "' liquid_fraction; hall cooling provision"));
        // Floor load: the rack's weight spread over its footprint plus its share of the aisles
        // (half the front and half the rear service clearance, shared with the facing row).
        const double areaM2 = s->footprintWidthM * (s->footprintDepthM + s->serviceClearanceM);
        if (h->floorLoadKgPerM2 > 0 && areaM2 > 0) {
            const double loadKgPerM2 = s->rackWeightKg / areaM2;
            if (loadKgPerM2 > h->floorLoadKgPerM2 + 1e-9)
                out.push_back(makeFinding(
                    "density.floor_load", Severity::Error, objs,
                    fill(tr("Validation",
                            "%1 load the floor with %2 kg/m² (%3 kg over %4 m x (%5 m + %6 m "
                            "service share) = %7 m²), above the floor rating of %8 "
                            "kg/m²"),
                         {where, formatNumber(loadKgPerM2, 0), formatNumber(s->rackWeightKg, 0),
                          formatNumber(s->footprintWidthM, 2), formatNumber(s->footprintDepthM, 2),
                          formatNumber(s->serviceClearanceM, 2), formatNumber(areaM2, 2),
                          formatNumber(h->floorLoadKgPerM2, 0)}),
                    tr("Validation", "Use a slab-on-grade hall or a stronger floor, or spread "
                                     "the load with wider aisles or load-spreading plates."),
                    "catalog '" + catalogId +
                        "' rack_weight_kg, footprint, service_clearance_m; hall "
                        "floor_load_kg_per_m2"));
        }
    }
    return out;
}

} // namespace aifp
