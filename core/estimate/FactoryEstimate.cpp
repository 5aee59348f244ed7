#include "core/estimate/FactoryEstimate.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

namespace aifp {

namespace {

constexpr double kSecondsPerYear = kHoursPerYear * 3600.0;
// Setback around the built area when pricing land (assumption: roads, fence, landscaping).
constexpr double kLandSetbackM = 20.0;

// Figures in notes: significant digits in the calling thread's display style.
std::string fmt(double v, int digits = 4) {
    return display::formatSignificantPlain(v, digits);
}

struct TypeTotals {
    SystemSpec spec;
    int racks = 0;
    int systems = 0;
    int gpus = 0;
    // GPUs per cluster (Hall::cluster): a model replica spans one cluster's fabric, never two.
    std::map<std::string, int> clusterGpus;
};

// The serving rate of the factory: the one place where tokens/s are obtained from the inference
// estimator. Two figures per system type with the same replica size: the design's scenario
// (MLPerf offline/server/interactive: the capacity figure) and the service level each user is
// sold (scenario "user-speed" at DesignSettings::userTokensPerS: the figure cost per token and
// annual tokens are quoted on).
struct ServingRate {
    double tokensPerSecond = 0.0, ttftMs = 0.0, tpotMs = 0.0, band = 0.0;
    double serviceTokensPerSecond = 0.0; // at the per-user speed
    double serviceUserTokensPerS = 0.0;  // what each user gets at that point (slowest type)
    bool serviceMet = true;              // false: batch 1 is slower than the speed asked
};
ServingRate servingRate(const std::map<std::string, TypeTotals>& types, const Catalog& catalog,
                        const ModelLibrary& models, double userTokensPerS, FactoryEstimate& out) {
    ServingRate r;
    r.serviceUserTokensPerS = std::numeric_limits<double>::infinity();
    for (const auto& [id, t] : types) {
        int n = t.spec.gpusPerSystem;
        std::optional<InferenceResult> res;
        while (!res && n <= t.gpus) {
            try {
                res = estimateInference({id, n, out.modelId, out.precision, out.scenario}, catalog,
                                        models);
            } catch (const ModelDoesNotFitError&) {
                n *= 2; // spread the model over more systems
            } catch (const InferenceError& e) {
                throw FactoryEstimateError(std::string("inference estimate: ") + e.what());
            }
        }
        if (!res) {
            out.notes.push_back(fill(tr("Estimate", "model '%1' does not fit on the %2 GPUs of "
                                                    "'%3' racks: they serve no tokens"),
                                     {out.modelId, std::to_string(t.gpus), id}));
            continue;
        }
        int groups = 0; // replicas: whole ones in each cluster (one fabric each)
        for (const auto& [cluster, gpus] : t.clusterGpus)
            groups += gpus / n;
        r.tokensPerSecond += res->tokensPerSecondPerGpu * n * groups;
        r.ttftMs = std::max(r.ttftMs, res->ttftMs);
        r.tpotMs = std::max(r.tpotMs, res->tpotMs);
        r.band = std::max(r.band, res->errorBandFraction);
        // The same replica at the per-user speed: the service the factory is sold at.
        InferenceRequest service{id, n, out.modelId, out.precision, "user-speed"};
        service.userTokensPerS = userTokensPerS;
        try {
            const InferenceResult s = estimateInference(service, catalog, models);
            out.serving.push_back({id, n, groups, *res, s});
            r.serviceTokensPerSecond += s.tokensPerSecondPerGpu * n * groups;
            r.serviceUserTokensPerS = std::min(r.serviceUserTokensPerS, s.tokensPerSecondPerUser);
            r.serviceMet = r.serviceMet && s.meetsLimits;
            r.band = std::max(r.band, s.errorBandFraction);
        } catch (const InferenceError& e) {
            throw FactoryEstimateError(std::string("inference estimate at ") +
                                       fmt(userTokensPerS, 3) + " tok/s per user: " + e.what());
        }
        for (const auto& a : res->assumptions)
            out.notes.push_back("'" + id + "': " + a);
        if (n > t.spec.gpusPerSystem)
            out.notes.push_back(
                fill(tr("Estimate", "'%1': each model replica spans %2 GPUs (%3 "
                                    "systems)"),
                     {id, std::to_string(n), std::to_string(n / t.spec.gpusPerSystem)}));
    }
    if (!std::isfinite(r.serviceUserTokensPerS))
        r.serviceUserTokensPerS = 0.0;
    return r;
}

// The per-user speed the cost per token is quoted at: tokens/s each user gets
// (DesignSettings::userTokensPerS, default 50: an interactive service level, assumption).
double requestedUserTokensPerS(const Design& design) {
    const double v = design.settings.userTokensPerS;
    if (!std::isfinite(v) || v <= 0)
        throw FactoryEstimateError("settings.user_tokens_per_s must be a positive number of "
                                   "tokens/s per user");
    return v;
}

// Prices every piece of the design and the per-area items; lines in the order shown.
class CapexBuilder {
public:
    CapexBuilder(const UnitPrices& prices, FactoryEstimate& out) : prices_(prices), out_(out) {}

    const UnitPrice* price(const std::string& key) {
        const UnitPrice* p = prices_.find(key);
        if (p && std::find(used_.begin(), used_.end(), key) == used_.end()) {
            used_.push_back(key);
            out_.assumptions.push_back(
                {p->key, p->text, p->value, p->unit, p->source, p->confidence});
        }
        return p;
    }
    void add(const std::string& category, const std::string& item, double qty,
             const std::string& unit, const std::string& key, double priceScale = 1.0) {
        if (qty <= 0)
            return;
        const UnitPrice* p = price(key);
        if (!p) {
            out_.notes.push_back(
                fill(tr("Estimate", "no price for %1: set the assumption %2 (counted as 0)"),
                     {item, key}));
            return;
        }
        for (CapexLine& l : out_.capexLines)
            if (l.category == category && l.item == item && l.priceKey == key &&
                l.unitPriceUsd == p->value * priceScale) {
                l.quantity += qty;
                return;
            }
        out_.capexLines.push_back({category, item, qty, unit, p->value * priceScale, key,
                                   std::string(toString(p->confidence)) + "; " + p->source});
    }
    // A line priced as a share of other lines (installation, spares, integration).
    void addShare(const std::string& category, const std::string& item, double baseUsd,
                  double share, const std::string& key, const std::string& source) {
        if (baseUsd <= 0 || share <= 0)
            return;
        // The item becomes a bill-of-materials line, English with English numbers in every
        // language so the BOM CSV does not change with it (translations/README.md).
        const display::NumberStyleScope english(display::NumberStyle{});
        const std::string pct = display::formatSignificantPlain(share * 100.0, 3);
        out_.capexLines.push_back({category,
                                   item + " (" + pct + " % of " + fmt(baseUsd / 1e6, 4) + " M)",
                                   1.0, "lot", baseUsd * share, key, source});
    }
    double sum(const std::vector<std::string>& categories) const {
        double s = 0.0;
        for (const CapexLine& l : out_.capexLines)
            if (std::find(categories.begin(), categories.end(), l.category) != categories.end())
                s += l.totalUsd();
        return s;
    }

private:
    const UnitPrices& prices_;
    FactoryEstimate& out_;
    std::vector<std::string> used_;
};

// Capex categories: English in the engine and its files (the BOM, JSON); the report and the
// command line translate them when shown.
const char* kSystems = AIFP_TRANSLATE_NOOP("Estimate", "GPU systems");
const char* kNetwork = AIFP_TRANSLATE_NOOP("Estimate", "Network");
const char* kStorage = AIFP_TRANSLATE_NOOP("Estimate", "Storage and management");
const char* kSubstation = AIFP_TRANSLATE_NOOP("Estimate", "HV substation");
const char* kPower = AIFP_TRANSLATE_NOOP("Estimate", "Power chain");
const char* kCooling = AIFP_TRANSLATE_NOOP("Estimate", "Cooling plant");
const char* kBuilding = AIFP_TRANSLATE_NOOP("Estimate", "Building");
const char* kLand = AIFP_TRANSLATE_NOOP("Estimate", "Land");
const char* kInstall = AIFP_TRANSLATE_NOOP("Estimate", "Installation and site works");
const char* kSpares = AIFP_TRANSLATE_NOOP("Estimate", "Spares");
const char* kIntegration = AIFP_TRANSLATE_NOOP("Estimate", "Integration and commissioning");

// One priced line of equipment: item, quantity, unit and price key.
struct PriceLine {
    const char* item;
    double qty;
    const char* unit;
    const char* key;
};

// The power-chain line of a node below HV (an HV transformer is a substation item, priced by the
// caller); none for the grid feed (excluded: capexExclusions) and rack power shelves (part of the
// GPU system price).
std::optional<PriceLine> powerChainLine(const PowerNode& n) {
    switch (n.kind) {
    case PowerNodeKind::Transformer:
        return PriceLine{"MV/LV transformer", n.ratingKva, "kVA", "price.transformer_usd_per_kva"};
    case PowerNodeKind::MvSwitchgear:
        return PriceLine{"MV switchgear lineup", 1, "lineup", "price.mv_switchgear_usd"};
    case PowerNodeKind::LvSwitchboard:
        return PriceLine{"LV switchboard", 1, "board", "price.lv_switchboard_usd"};
    case PowerNodeKind::Ups:
        return PriceLine{"UPS (installed modules)", n.ratingKw > 0 ? n.ratingKw : n.ratingKva, "kW",
                         "price.ups_usd_per_kw"};
    case PowerNodeKind::Generator:
        return PriceLine{"generator sets (installed)", n.ratingKw, "kW",
                         "price.generator_usd_per_kw"};
    case PowerNodeKind::Busway:
        return PriceLine{"busway run", 1, "run", "price.busway_usd"};
    case PowerNodeKind::Pdu:
    case PowerNodeKind::Rpp:
        return PriceLine{"PDU / RPP", 1, "unit", "price.pdu_usd"};
    case PowerNodeKind::UtilityFeed:
    case PowerNodeKind::RackPowerShelf:
        return std::nullopt;
    }
    return std::nullopt;
}

// The cooling-plant line of a node, priced per kW of capacity; none for manifolds (part of the
// piping).
std::optional<PriceLine> coolingLine(const CoolingNode& n) {
    switch (n.kind) {
    case CoolingNodeKind::Chiller:
        return PriceLine{"chiller", n.capacityKw, "kW", "price.chiller_usd_per_kw"};
    case CoolingNodeKind::DryCooler:
        return PriceLine{"dry cooler", n.capacityKw, "kW", "price.dry_cooler_usd_per_kw"};
    case CoolingNodeKind::Cdu:
        return PriceLine{"CDU", n.capacityKw, "kW", "price.cdu_usd_per_kw"};
    case CoolingNodeKind::AirHandler:
        return PriceLine{"air handler", n.capacityKw, "kW", "price.air_handler_usd_per_kw"};
    case CoolingNodeKind::Manifold:
        return std::nullopt;
    }
    return std::nullopt;
}

void priceEquipment(const Design& design, const std::map<std::string, TypeTotals>& types,
                    const PowerBasis& basis, bool haveSubstation, CapexBuilder& cb) {
    for (const auto& [id, t] : types)
        cb.add(kSystems, id + " system", t.systems, "system", UnitPrices::systemKey(id));
    std::map<std::string, int> switches;
    for (const NetworkSwitch& s : design.switches)
        ++switches[s.catalogId]; // no catalog id: price.switch.default_usd, as the report's BOM
    for (const auto& [id, n] : switches) {
        const std::string key = cb.price(UnitPrices::switchKey(id)) ? UnitPrices::switchKey(id)
                                                                    : "price.switch.default_usd";
        cb.add(kNetwork, (id.empty() ? std::string("switch") : id) + " switch", n, "switch", key);
    }
    long links = 0;
    for (const NetworkLink& l : design.networkLinks)
        links += std::max(l.count, 0);
    cb.add(kNetwork, "network link (transceivers or DAC, fibre)", static_cast<double>(links),
           "link", "price.network_link_usd");
    cb.add(kStorage, "all-flash storage node", basis.it.storageNodes, "node",
           "price.storage_node_usd");
    cb.add(kStorage, "management node", basis.it.managementNodes, "node",
           "price.management_node_usd");

    for (const PowerNode& n : design.powerNodes) {
        if (n.kind == PowerNodeKind::Transformer && n.voltageV > 1000.0) {
            if (haveSubstation)
                continue; // the powered site's own substation
            cb.add(kSubstation, "HV/MV main transformer", n.ratingKva / 1000.0, "MVA",
                   "price.hv_transformer_usd_per_mva");
            cb.add(kSubstation, "HV switchyard bay", 1, "bay", "price.hv_bay_usd");
        } else if (const std::optional<PriceLine> line = powerChainLine(n)) {
            cb.add(kPower, line->item, line->qty, line->unit, line->key);
        }
    }
    for (const CoolingNode& n : design.coolingNodes)
        if (const std::optional<PriceLine> line = coolingLine(n))
            cb.add(kCooling, line->item, line->qty, line->unit, line->key);
    double pipeM = 0.0;
    for (const Pipe& p : design.pipes)
        pipeM += p.lengthM;
    cb.add(kCooling, "coolant piping", pipeM, "m", "price.pipe_usd_per_m");
}

} // namespace

double siteLandAreaM2(const Design& d) {
    double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
    auto take = [&](double x0, double y0, double x1, double y1) {
        minX = std::min(minX, x0);
        minY = std::min(minY, y0);
        maxX = std::max(maxX, x1);
        maxY = std::max(maxY, y1);
    };
    for (const Hall& h : d.halls)
        take(h.originXM, h.originYM, h.originXM + h.widthM, h.originYM + h.depthM);
    for (const PowerNode& n : d.powerNodes)
        take(n.positionM.xM, n.positionM.yM, n.positionM.xM, n.positionM.yM);
    for (const CoolingNode& n : d.coolingNodes)
        take(n.positionM.xM, n.positionM.yM, n.positionM.xM, n.positionM.yM);
    if (maxX < minX)
        return 0.0;
    return (maxX - minX + 2 * kLandSetbackM) * (maxY - minY + 2 * kLandSetbackM);
}

namespace {

using TypeMap = std::map<std::string, TypeTotals>;

// Racks tallied per system type (and per cluster); a rack of an unknown system is noted and
// skipped.
TypeMap tallyRacks(const Design& design, const Catalog& catalog, FactoryEstimate& out) {
    TypeMap types;
    std::unordered_map<ObjectId, const std::string*> clusterOfHall;
    for (const Hall& h : design.halls)
        clusterOfHall[h.id] = &h.cluster;
    const std::string noCluster;
    for (const Rack& r : design.racks) {
        SystemSpec spec;
        try {
            spec = systemSpec(catalog, r.catalogId);
        } catch (const CatalogError& e) {
            out.notes.push_back(fill(tr("Estimate", "rack '%1' (id %2) skipped: %3"),
                                     {r.name, std::to_string(r.id), e.what()}));
            continue;
        }
        TypeTotals& t = types[spec.id];
        t.spec = spec;
        ++t.racks;
        t.systems += spec.systemsPerRack;
        t.gpus += spec.gpusPerRack;
        const auto c = clusterOfHall.find(r.hallId);
        t.clusterGpus[c == clusterOfHall.end() ? noCluster : *c->second] += spec.gpusPerRack;
    }
    if (types.empty())
        throw FactoryEstimateError("the design has no rack holding a GPU system (racks: " +
                                   std::to_string(design.racks.size()) + ")");
    return types;
}

// Power: the one basis every other figure reads; the IT counts and notes come from it.
void takePowerBasis(const Design& design, const Catalog& catalog, EstimateAssumptions& ctx,
                    FactoryEstimate& out) {
    try {
        out.basis = computePowerBasis(design, catalog, ctx);
    } catch (const CoolingPlantError& e) {
        throw FactoryEstimateError(e.what());
    }
    const PowerBasis& b = out.basis;
    out.racks = b.it.racks;
    out.gpus = static_cast<int>(b.it.gpus);
    out.systems = b.it.systems;
    for (const auto& n : b.notes) // the basis's own notes; skipped racks are noted per rack above
        if (std::find(b.it.notes.begin(), b.it.notes.end(), n) == b.it.notes.end())
            out.notes.push_back(n);
    out.powerBreakdownKw = b.design.breakdownKw(b.it, b.it.rackDesignKw);
}

// Tokens: the serving rate, the service level sold, annual tokens and energy per token.
void estimateTokens(const Design& design, const TypeMap& types, const Catalog& catalog,
                    EstimateAssumptions& ctx, FactoryEstimate& out) {
    out.userTokensPerS = requestedUserTokensPerS(design);
    ModelLibrary models;
    try {
        models = ModelLibrary::builtin().withUserModels(design.userModels);
    } catch (const ModelLibraryError& e) {
        throw FactoryEstimateError(e.what());
    }
    const ServingRate rate = servingRate(types, catalog, models, out.userTokensPerS, out);
    out.tokensPerSecond = rate.tokensPerSecond;
    out.ttftMs = rate.ttftMs;
    out.tpotMs = rate.tpotMs;
    out.errorBandFraction = rate.band;
    out.serviceTokensPerSecond = rate.serviceTokensPerSecond;
    out.servedUserTokensPerS = rate.serviceUserTokensPerS;
    out.serviceMet = rate.serviceMet;
    out.serviceBasis = fill(
        tr("Estimate", "tokens/s at %1 tok/s per user (%2), %3; the MLPerf '%4' scenario gives %5"),
        {fmt(out.userTokensPerS, 3),
         rate.serviceMet
             ? std::string(tr("Estimate", "met"))
             : fill(tr("Estimate", "NOT met: even one user per replica gets only %1 tok/s"),
                    {fmt(out.servedUserTokensPerS, 3)}),
         display::formatScaled(out.serviceTokensPerSecond, "tokens/s", 3), out.scenario,
         display::formatScaled(out.tokensPerSecond, "tokens/s", 3)});
    out.utilization = ctx.value("estimate.utilization");
    if (out.utilization > 1.0)
        throw FactoryEstimateError("assumption override 'estimate.utilization' must be <= 1");
    out.annualTokens = out.serviceTokensPerSecond * out.utilization * kSecondsPerYear;
    const double facilityTypicalKw = out.basis.facilityTypicalKw;
    out.tokensPerSecondPerMw = out.tokensPerSecond / (facilityTypicalKw / 1000.0);
    out.joulesPerToken = out.tokensPerSecond > 0 ? facilityTypicalKw * 1000.0 / out.tokensPerSecond
                                                 : std::numeric_limits<double>::quiet_NaN();
}

// Site readiness (Site::readiness): what the site already has is not bought again.
bool siteHasLandAndPower(SiteReadiness ready) {
    return ready != SiteReadiness::Greenfield;
}
bool siteHasBuilding(SiteReadiness ready) {
    return ready == SiteReadiness::PoweredShell || ready == SiteReadiness::ReadyHall;
}

// The building and the land the site still needs, then the lines priced as shares of others.
void priceSiteAndShares(const Design& design, EstimateAssumptions& ctx, CapexBuilder& cb) {
    double hallM2 = 0.0;
    for (const Hall& h : design.halls)
        hallM2 += h.widthM * h.depthM;
    const SiteReadiness ready = design.site.readiness;
    const bool prefab = design.settings.delivery == "prefab";
    if (!siteHasBuilding(ready))
        cb.add(kBuilding, prefab ? "data halls, prefabricated" : "data halls", hallM2, "m\u00b2",
               prefab ? "price.building_prefab_usd_per_m2" : "price.building_usd_per_m2");
    // Land priced by the site's location text, else its climate library location.
    const std::string place =
        design.site.location.empty() ? design.site.climateId : design.site.location;
    if (!siteHasLandAndPower(ready))
        cb.add(kLand,
               "site land (" + (place.empty() ? std::string("location not set") : place) + ")",
               siteLandAreaM2(design), "m\u00b2", UnitPrices::landKey(place));
    const double facilityEquipmentUsd = cb.sum({kSubstation, kPower, kCooling, kBuilding});
    const double installShare = ctx.value("estimate.installation_fraction");
    cb.addShare(kInstall, "installation, distribution, fire protection, BMS, design",
                facilityEquipmentUsd, installShare, "estimate.installation_fraction",
                "assumption (share of facility equipment and building)");
    const double itUsd = cb.sum({kSystems, kNetwork, kStorage});
    cb.addShare(kSpares, "on-site spares", itUsd, ctx.value("estimate.spares_fraction"),
                "estimate.spares_fraction", "assumption (share of IT capex)");
    const double beforeIntegration = cb.sum({kSystems, kNetwork, kStorage, kSubstation, kPower,
                                             kCooling, kBuilding, kLand, kInstall, kSpares});
    cb.addShare(kIntegration, "integration and commissioning (L1-L5)", beforeIntegration,
                ctx.value("estimate.integration_fraction"), "estimate.integration_fraction",
                "reference-data.md 6.3: 1-3 % of project budget");
}

// The capex total and its breakdown per category, in the order shown.
void totalCapex(const CapexBuilder& cb, FactoryEstimate& out) {
    for (const char* c : {kSystems, kNetwork, kStorage, kSubstation, kPower, kCooling, kBuilding,
                          kLand, kInstall, kSpares, kIntegration}) {
        const double v = cb.sum({c});
        if (v > 0)
            out.capexBreakdownUsd.push_back({c, v});
        out.capexUsd += v;
    }
}

// What the capex leaves out, and the currency and price date it is stated in.
void describeCapexScope(const Design& design, FactoryEstimate& out) {
    out.capexExclusions = {
        tr("Estimate", "grid connection and utility works beyond the on-site substation"),
        tr("Estimate", "taxes, import duties and permits"),
        tr("Estimate", "financing and interest during construction"),
        tr("Estimate", "software licences and support contracts"),
        tr("Estimate", "owner's costs (development, legal, insurance)"),
        tr("Estimate", "price escalation after the price date and currency risk"),
        tr("Estimate", "water rights and connection"),
    };
    const SiteReadiness ready = design.site.readiness;
    if (siteHasLandAndPower(ready))
        out.capexExclusions.push_back(
            fill(tr("Estimate", "land and HV substation: the site is %1"), {toString(ready)}));
    if (siteHasBuilding(ready))
        out.capexExclusions.push_back(
            fill(tr("Estimate", "data hall building: the site is %1"), {toString(ready)}));
    out.currency = design.document.currency.empty() ? "USD" : design.document.currency;
    out.priceDate = design.document.priceDate;
    if (out.currency != "USD")
        out.notes.push_back(fill(tr("Estimate", "the document currency is %1; the default unit "
                                                "prices are USD figures and are not converted: "
                                                "override them in %1"),
                                 {out.currency}));
}

// The yearly figures the ownership comparison reuses.
struct AnnualFigures {
    double electricityUsd = 0.0;
    double itCapexUsd = 0.0;
};

// Opex and cost per token: electricity and O&M per year, amortisation of IT and facility.
AnnualFigures estimateOpex(const Design& design, EstimateAssumptions& ctx, CapexBuilder& cb,
                           FactoryEstimate& out) {
    const PowerBasis& b = out.basis;
    // A what-if factor on the annual PUE (sensitivity); listed with the assumptions only when set.
    const double pueFactor = design.assumptionOverrides.count("estimate.pue_factor")
                                 ? ctx.value("estimate.pue_factor")
                                 : 1.0;
    out.annualEnergyMwh = b.itTypicalKw / 1000.0 * b.pueAnnual * pueFactor * kHoursPerYear;
    AnnualFigures fig;
    fig.electricityUsd = out.annualEnergyMwh * cb.price("price.electricity_usd_per_mwh")->value;
    const double facilityUsd = cb.sum({kSubstation, kPower, kCooling, kBuilding, kInstall});
    const double omUsd = cb.price("price.om_fraction_per_year")->value * facilityUsd;
    out.opexUsdPerYear = fig.electricityUsd + omUsd;
    fig.itCapexUsd = cb.sum({kSystems, kNetwork, kStorage, kSpares});
    const double facilityCapexUsd = out.capexUsd - fig.itCapexUsd - cb.sum({kLand});
    const double itAmort = fig.itCapexUsd / ctx.value("estimate.it_life_years");
    const double facAmort = facilityCapexUsd / ctx.value("estimate.facility_life_years");
    // English in the engine (JSON); the GUI translates them when shown.
    out.annualCostBreakdownUsd = {
        {AIFP_TRANSLATE_NOOP("Estimate", "IT amortisation (systems, network, storage, spares)"),
         itAmort},
        {AIFP_TRANSLATE_NOOP("Estimate", "Facility amortisation (land not amortised)"), facAmort},
        {AIFP_TRANSLATE_NOOP("Estimate", "Electricity"), fig.electricityUsd},
        {AIFP_TRANSLATE_NOOP("Estimate", "Operation and maintenance"), omUsd}};
    out.costPerMillionTokensUsd =
        out.annualTokens > 0 ? (itAmort + facAmort + out.opexUsdPerYear) / (out.annualTokens / 1e6)
                             : std::numeric_limits<double>::quiet_NaN();
    out.costBasis =
        fill(tr("Estimate", "at %1 % utilisation; %2; prices in %3%4"),
             {fmt(out.utilization * 100, 3), out.serviceBasis, out.currency,
              out.priceDate.empty() ? std::string(tr("Estimate", ", price date not stated"))
                                    : fill(tr("Estimate", ", prices of %1"), {out.priceDate})});
    ctx.note({"estimate.electricity_draw",
              tr("Estimate", "electricity billed at typical IT load x annual PUE all year"), 1.0,
              "fraction", tr("Estimate", "assumption (idle GPUs still draw power)"),
              Confidence::Assumption});
    return fig;
}

// Build or rent: total cost of ownership over the horizon.
void estimateOwnership(const Design& design, const TypeMap& types, const UnitPrices& prices,
                       const AnnualFigures& fig, EstimateAssumptions& ctx, FactoryEstimate& out) {
    OwnershipInputs own;
    own.procurement = design.settings.procurement;
    own.rentTermMonths = design.settings.rentTermMonths;
    own.tcoHorizonYears = design.settings.tcoHorizonYears;
    own.capexUsd = out.capexUsd;
    own.opexUsdPerYear = out.opexUsdPerYear;
    own.itCapexUsd = fig.itCapexUsd;
    own.itDesignKw = out.basis.itDesignKw;
    own.electricityUsdPerYear = fig.electricityUsd;
    own.annualTokens = out.annualTokens;
    for (const auto& [id, t] : types)
        own.gpusBySystem[id] += t.gpus;
    out.ownership = ownershipCost(own, prices, ctx);
    out.ownershipInputs = own;
}

} // namespace

FactoryEstimate estimateFactory(const Design& design, const Catalog& baseCatalog,
                                const FactoryEstimateOptions& options) {
    FactoryEstimate out;
    EstimateAssumptions ctx(design.assumptionOverrides);
    const Catalog catalog = baseCatalog.withUserEntries(design.userCatalog);
    out.modelId = options.modelId.empty() ? design.settings.modelId : options.modelId;
    out.scenario = options.scenario.empty() ? design.settings.scenario : options.scenario;
    out.precision = options.precision.empty() ? design.settings.precision : options.precision;

    const TypeMap types = tallyRacks(design, catalog, out);
    takePowerBasis(design, catalog, ctx, out);
    estimateTokens(design, types, catalog, ctx, out);

    // ---- Capex ----
    UnitPrices prices;
    try {
        prices = UnitPrices::defaults().withOverrides(design.assumptionOverrides);
    } catch (const UnitPriceError& e) {
        throw FactoryEstimateError(e.what());
    }
    CapexBuilder cb(prices, out);
    priceEquipment(design, types, out.basis, siteHasLandAndPower(design.site.readiness), cb);
    priceSiteAndShares(design, ctx, cb);
    totalCapex(cb, out);
    describeCapexScope(design, out);

    const AnnualFigures fig = estimateOpex(design, ctx, cb, out);
    estimateOwnership(design, types, prices, fig, ctx, out);
    for (const auto& a : ctx.used())
        out.assumptions.push_back(a);
    return out;
}

OwnershipCost ownershipUnder(const FactoryEstimate& e, const Design& design, Procurement p) {
    OwnershipInputs in = e.ownershipInputs;
    in.procurement = p;
    EstimateAssumptions assumptions(design.assumptionOverrides);
    try {
        return ownershipCost(in, UnitPrices::defaults().withOverrides(design.assumptionOverrides),
                             assumptions);
    } catch (const UnitPriceError& x) {
        throw FactoryEstimateError(x.what());
    }
}

} // namespace aifp
