#include "core/validation/DensityRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/validation/FindingText.hpp"
#include <map>
#include <utility>

namespace aifp {

namespace {

// Racks of one system in one hall: identical for every density rule, so one finding covers
// them all.
struct RackGroup {
    std::vector<ObjectId> ids; // rack ids, in design order
    std::string catalogId;
    const SystemSpec* spec = nullptr; // nullptr: not a catalog system (specError says why)
    std::string specError;
    const Hall* hall = nullptr;    // nullptr: no such hall (geometry.outside_hall reports it)
    std::string count;             // "N rack(s) of 'system'"
    std::string where;             // count + " in hall ..."
    std::vector<ObjectId> objects; // the racks, then the hall
};

struct DensityState {
    explicit DensityState(const ValidationContext& ctx);
    std::vector<RackGroup> groups; // by (hall id, catalog id)
    double airLimitKw = 0.0;
};

DensityState::DensityState(const ValidationContext& ctx) : airLimitKw(ctx.airLimitKw()) {
    const Design& d = ctx.design();
    // (hall id, catalog id) -> group index; groups in key order.
    std::map<std::pair<ObjectId, std::string>, std::size_t> firstIndex;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        firstIndex.emplace(std::make_pair(d.racks[i].hallId, d.racks[i].catalogId), i);
    std::map<std::pair<ObjectId, std::string>, std::size_t> groupOf;
    for (const auto& [key, i] : firstIndex) {
        groupOf.emplace(key, groups.size());
        RackGroup& g = groups.emplace_back();
        g.catalogId = key.second;
        g.spec = ctx.spec(i);
        if (!g.spec)
            g.specError = ctx.specError(key.second);
        g.hall = ctx.hall(key.first);
    }
    for (const Rack& r : d.racks)
        groups[groupOf[{r.hallId, r.catalogId}]].ids.push_back(r.id);
    for (RackGroup& g : groups) {
        g.count = fill(tr("Validation", "%1 rack(s) of '%2'"),
                       {std::to_string(g.ids.size()), g.catalogId});
        g.objects = g.ids;
        if (!g.hall)
            continue;
        g.where = fill(tr("Validation", "%1 in hall '%2' (id %3)"),
                       {g.count, g.hall->name, std::to_string(g.hall->id)});
        g.objects.push_back(g.hall->id);
    }
}

// The groups the rating rules check: a catalog system in an existing hall.
template <class F> void forRatedGroups(const DensityState& st, F&& check) {
    for (const RackGroup& g : st.groups)
        if (g.spec && g.hall)
            check(g, *g.spec, *g.hall);
}

void catalogSystem(const DensityState& st, std::vector<Finding>& out) {
    for (const RackGroup& g : st.groups)
        if (!g.spec)
            out.push_back(
                makeFinding("catalog.system", Severity::Error, g.ids, g.count + ": " + g.specError,
                            tr("Validation", "Choose a GPU system from the catalog or add a user "
                                             "entry with category 'system' and its ratings."),
                            "catalog (resources/catalog.json)"));
}

void rackKw(const DensityState& st, std::vector<Finding>& out) {
    forRatedGroups(st, [&](const RackGroup& g, const SystemSpec& s, const Hall& h) {
        if (h.maxRackKw > 0 && s.rackPowerKw > h.maxRackKw + 1e-9)
            out.push_back(makeFinding(
                "density.rack_kw", Severity::Error, g.objects,
                fill(tr("Validation",
                        "%1 draw %2 kW per rack, above the hall's limit of %3 kW per rack"),
                     {g.where, formatNumber(s.rackPowerKw), formatNumber(h.maxRackKw)}),
                fill(tr("Validation", "Move the racks to a hall rated for %1 kW per rack, raise "
                                      "the hall's max rack power, or pick a lower-power system."),
                     {formatNumber(s.rackPowerKw)}),
                "catalog '" + g.catalogId + "' rack_power_kw; hall max_rack_kw"));
    });
}

void airLimit(const DensityState& st, std::vector<Finding>& out) {
    forRatedGroups(st, [&](const RackGroup& g, const SystemSpec& s, const Hall& h) {
        const double lf = h.cooling != CoolingProvision::Air ? s.liquidFraction : 0.0;
        const double airKw = s.rackPowerKw * (1.0 - lf);
        if (airKw > st.airLimitKw + 1e-9)
            out.push_back(makeFinding(
                "density.air_limit", Severity::Error, g.objects,
                fill(tr("Validation", "%1 reject %2 kW per rack to air (liquid fraction %3), "
                                      "above the practical air-cooling limit of %4 kW per rack"),
                     {g.where, formatNumber(airKw), formatNumber(lf, 2),
                      formatNumber(st.airLimitKw)}),
                tr("Validation", "Use direct liquid cooling (a hall with liquid provision and a "
                                 "liquid-cooled system), rear-door heat exchangers, or fewer kW "
                                 "per rack."),
                "reference-data.md 2.2 (practical air limit ~30-40 kW/rack); "
                "settings.air_cooling_limit_kw"));
    });
}

void liquidProvision(const DensityState& st, std::vector<Finding>& out) {
    forRatedGroups(st, [&](const RackGroup& g, const SystemSpec& s, const Hall& h) {
        if (s.liquidFraction > 0 && h.cooling == CoolingProvision::Air)
            out.push_back(makeFinding(
                "density.liquid_provision", Severity::Error, g.objects,
                fill(tr("Validation", "%1 need liquid cooling for %2 % of their heat, but the "
                                      "hall has air cooling only"),
                     {g.where, formatNumber(s.liquidFraction * 100, 0)}),
                tr("Validation", "Set the hall's cooling provision to liquid or both, or move the "
                                 "racks to a liquid-cooled hall."),
                "catalog '" + g.catalogId + "' liquid_fraction; hall cooling provision"));
    });
}

// Floor load: the rack's weight spread over its footprint plus its share of the aisles (half the
// front and half the rear service clearance, shared with the facing row).
void floorLoad(const DensityState& st, std::vector<Finding>& out) {
    forRatedGroups(st, [&](const RackGroup& g, const SystemSpec& s, const Hall& h) {
        const double areaM2 = s.footprintWidthM * (s.footprintDepthM + s.serviceClearanceM);
        if (h.floorLoadKgPerM2 <= 0 || areaM2 <= 0)
            return;
        const double loadKgPerM2 = s.rackWeightKg / areaM2;
        if (loadKgPerM2 > h.floorLoadKgPerM2 + 1e-9)
            out.push_back(makeFinding(
                "density.floor_load", Severity::Error, g.objects,
                fill(tr("Validation", "%1 load the floor with %2 kg/m² (%3 kg over %4 m x (%5 m + "
                                      "%6 m service share) = %7 m²), above the floor rating of "
                                      "%8 kg/m²"),
                     {g.where, formatNumber(loadKgPerM2, 0), formatNumber(s.rackWeightKg, 0),
                      formatNumber(s.footprintWidthM, 2), formatNumber(s.footprintDepthM, 2),
                      formatNumber(s.serviceClearanceM, 2), formatNumber(areaM2, 2),
                      formatNumber(h.floorLoadKgPerM2, 0)}),
                tr("Validation", "Use a slab-on-grade hall or a stronger floor, or spread "
                                 "the load with wider aisles or load-spreading plates."),
                "catalog '" + g.catalogId +
                    "' rack_weight_kg, footprint, service_clearance_m; hall "
                    "floor_load_kg_per_m2"));
    });
}

using in = RuleInput;
constexpr std::uint8_t kError = severityBit(Severity::Error);

const Rule<DensityState> kRules[] = {
    {{"catalog.system", "density", kError, in::Racks | in::Catalog, "density", "catalog"},
     catalogSystem},
    {{"density.rack_kw", "density", kError, in::Racks | in::Halls | in::Catalog, "density",
      "catalog rack_power_kw; hall max_rack_kw"},
     rackKw},
    {{"density.air_limit", "density", kError, in::Racks | in::Halls | in::Settings | in::Catalog,
      "density", "reference-data.md 2.2; settings.air_cooling_limit_kw"},
     airLimit},
    {{"density.liquid_provision", "density", kError, in::Racks | in::Halls | in::Catalog, "density",
      "catalog liquid_fraction; hall cooling provision"},
     liquidProvision},
    {{"density.floor_load", "density", kError, in::Racks | in::Halls | in::Catalog, "density",
      "catalog rack_weight_kg, footprint, service_clearance_m; hall floor_load_kg_per_m2"},
     floorLoad},
};

} // namespace

std::unique_ptr<RuleFamily> makeDensityRules() {
    return makeRuleTableFamily("density", kRules);
}

} // namespace aifp
