#include "core/estimate/FactoryEstimate.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/model/Design.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace aifp {

namespace {

constexpr double kHoursPerYear = 8760.0;
constexpr double kSecondsPerYear = kHoursPerYear * 3600.0;

std::string fmt(double v, int digits = 4) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

// Planning assumptions of the power and cost model. Each is user-editable through
// Design::assumptionOverrides under its key; docs/estimation.md lists them.
struct Defaults {
    const char* key;
    const char* text;
    double value;
    const char* unit;
    const char* source;
    Confidence confidence;
};

constexpr Defaults kDefaults[] = {
    {"estimate.utilization", "share of the year the factory serves at the estimated rate", 0.7,
     "fraction", "assumption", Confidence::Assumption},
    {"estimate.it_life_years", "amortisation life of GPU systems and network", 5.0, "years",
     "assumption (typical GPU server depreciation 4-6 years)", Confidence::Assumption},
    {"estimate.facility_life_years", "amortisation life of the facility", 15.0, "years",
     "assumption", Confidence::Assumption},
    {"estimate.transformer_loss_fraction",
     "transformer losses when a transformer gives no efficiency", 0.0125, "fraction of load",
     "reference-data.md 3.2: MV/LV transformer losses 1.0-1.5 % at full load (midpoint)",
     Confidence::Secondary},
    {"estimate.switch_power_kw", "switch power when its catalog entry gives none", 2.0, "kW",
     "assumption (catalog switches draw 1.7-3.5 kW)", Confidence::Assumption},
};

struct Context {
    const Design& design;
    std::vector<EstimateAssumption>& assumptions;

    // The value of an estimate.* assumption (the override if the user set one), recorded once.
    double value(const std::string& key) {
        for (const auto& d : kDefaults) {
            if (key != d.key)
                continue;
            double v = d.value;
            std::string source = d.source;
            Confidence c = d.confidence;
            if (auto it = design.assumptionOverrides.find(key);
                it != design.assumptionOverrides.end()) {
                v = it->second;
                if (!std::isfinite(v) || v <= 0)
                    throw FactoryEstimateError("assumption override '" + key +
                                               "' must be a positive number");
                source = "user override";
                c = Confidence::Assumption;
            }
            const bool seen = std::any_of(assumptions.begin(), assumptions.end(),
                                          [&](const EstimateAssumption& a) { return a.id == key; });
            if (!seen)
                assumptions.push_back({key, d.text, v, d.unit, source, c});
            return v;
        }
        throw FactoryEstimateError("internal: no default for '" + key + "'");
    }
};

// Capacity-weighted mean of a per-node figure; weight 1 when a node has no capacity.
template <class Node, class Get>
double weightedMean(const std::vector<const Node*>& nodes, Get get, double (*weight)(const Node&)) {
    double sum = 0.0, wsum = 0.0;
    for (const Node* n : nodes) {
        const double w = std::max(weight(*n), 0.0) > 0 ? weight(*n) : 1.0;
        sum += w * get(*n);
        wsum += w;
    }
    return wsum > 0 ? sum / wsum : 0.0;
}

double powerWeight(const PowerNode& n) {
    return n.ratingKw > 0 ? n.ratingKw : n.ratingKva;
}

} // namespace

FactoryEstimate estimateFactory(const Design& design, const Catalog& baseCatalog,
                                const FactoryEstimateOptions& options) {
    FactoryEstimate out;
    Context ctx{design, out.assumptions};
    const Catalog catalog = baseCatalog.withUserEntries(design.userCatalog);
    out.modelId = options.modelId.empty() ? design.settings.modelId : options.modelId;
    out.scenario = options.scenario.empty() ? design.settings.scenario : options.scenario;
    out.precision = options.precision.empty() ? design.settings.precision : options.precision;

    // ---- Racks and IT power ----
    struct TypeTotals {
        SystemSpec spec;
        int racks = 0;
        int systems = 0;
        int gpus = 0;
    };
    std::map<std::string, TypeTotals> types;
    double rackTypicalKw = 0.0;
    CoolingLoad designHeat; // at design IT load, for the cooling plant
    for (const Rack& r : design.racks) {
        SystemSpec spec;
        try {
            spec = systemSpec(catalog, r.catalogId);
        } catch (const CatalogError& e) {
            out.notes.push_back("rack '" + r.name + "' (id " + std::to_string(r.id) +
                                ") skipped: " + e.what());
            continue;
        }
        TypeTotals& t = types[spec.id];
        t.spec = spec;
        ++t.racks;
        t.systems += spec.systemsPerRack;
        t.gpus += spec.gpusPerRack;
        out.itDesignKw += spec.rackPowerKw;
        const double typical = spec.rackPowerKw * spec.typicalPowerFraction;
        rackTypicalKw += typical;
        const double lf = designLiquidFraction(design, spec.liquidFraction, false);
        designHeat.liquidKw += spec.rackPowerKw * lf;
        designHeat.airKw += spec.rackPowerKw * (1.0 - lf);
        ++out.racks;
        out.systems += spec.systemsPerRack;
        out.gpus += spec.gpusPerRack;
    }
    if (out.racks == 0)
        throw FactoryEstimateError("the design has no rack holding a GPU system (racks: " +
                                   std::to_string(design.racks.size()) + ")");

    // Network switches are IT load; catalog power_kw (UNVERIFIED catalog figures are flagged
    // there), else an assumption.
    for (const NetworkSwitch& s : design.switches) {
        const CatalogEntry* e = catalog.find(s.catalogId);
        double kw = e ? e->number("power_kw", 0.0) : 0.0;
        if (kw <= 0)
            kw = ctx.value("estimate.switch_power_kw");
        out.networkKw += kw;
    }
    out.itDesignKw += out.networkKw;
    out.itTypicalKw = rackTypicalKw + out.networkKw;
    designHeat.airKw += out.networkKw;

    // ---- Mechanical and electrical overheads at typical load ----
    // Cooling plant at the design ambient (docs/estimation.md "Cooling plant"): dry coolers,
    // trim chillers by lift, pumps and fans by the affinity laws, at the typical IT load.
    DesignAmbient ambient;
    CoolingPower cooling;
    try {
        const CoolingPlant plant = CoolingPlant::fromDesign(design, catalog, designHeat);
        ambient = designAmbient(design);
        cooling = plant.at(ambient.dryBulbC, ambient.wetBulbC, out.itTypicalKw / out.itDesignKw);
        out.assumptions.insert(out.assumptions.end(), plant.assumptions().begin(),
                               plant.assumptions().end());
        out.notes.insert(out.notes.end(), plant.notes().begin(), plant.notes().end());
    } catch (const CoolingPlantError& e) {
        throw FactoryEstimateError(e.what());
    }
    out.cduPumpKw = cooling.cduPumpKw;
    out.airFanKw = cooling.airHandlerKw;
    out.heatRejectionKw = cooling.dryCoolerFanKw + cooling.chillerKw + cooling.plantPumpKw;
    if (cooling.unmetHeatKw > 0)
        out.notes.push_back("at the design ambient (" + ambient.basis + ") " +
                            fmt(cooling.unmetHeatKw) +
                            " kW of heat have no chiller to trim them to the supply temperature "
                            "(counted as chiller work): add trim chillers or raise the supply "
                            "temperature");
    // UPS losses on the IT load: 1/efficiency - 1 (reference-data.md 3.2 efficiencies).
    std::vector<const PowerNode*> upses, transformers;
    for (const PowerNode& n : design.powerNodes) {
        if ((n.kind == PowerNodeKind::Ups || n.kind == PowerNodeKind::Transformer) &&
            (!(n.efficiency > 0) || n.efficiency > 1.0))
            throw FactoryEstimateError("power node '" + n.name + "' (id " + std::to_string(n.id) +
                                       ") has efficiency " + fmt(n.efficiency) +
                                       "; it must be in (0, 1]");
        if (n.kind == PowerNodeKind::Ups)
            upses.push_back(&n);
        else if (n.kind == PowerNodeKind::Transformer)
            transformers.push_back(&n);
    }
    if (!upses.empty()) {
        const double eff = weightedMean<PowerNode>(
            upses, [](const PowerNode& n) { return n.efficiency; }, powerWeight);
        out.upsLossKw = out.itTypicalKw * (1.0 / eff - 1.0);
    } else {
        out.notes.push_back("the design has no UPS: no UPS losses counted");
    }
    // Transformers carry the whole facility load: 1/efficiency - 1; a transformer without an
    // efficiency (1.0) takes reference-data.md 3.2's 1.0-1.5 % at full load.
    const double throughTransformers =
        out.itTypicalKw + out.upsLossKw + out.cduPumpKw + out.airFanKw + out.heatRejectionKw;
    if (!transformers.empty()) {
        const double eff = weightedMean<PowerNode>(
            transformers,
            [&](const PowerNode& n) {
                return n.efficiency < 1.0 ? n.efficiency
                                          : 1.0 - ctx.value("estimate.transformer_loss_fraction");
            },
            powerWeight);
        out.transformerLossKw = throughTransformers * (1.0 / eff - 1.0);
    } else {
        out.transformerLossKw =
            throughTransformers * ctx.value("estimate.transformer_loss_fraction");
        out.notes.push_back("the design has no transformer: reference losses counted");
    }
    out.facilityKw = throughTransformers + out.transformerLossKw;
    out.pue = out.facilityKw / out.itTypicalKw;
    out.powerBreakdownKw = {{"IT: GPU racks", rackTypicalKw},
                            {"IT: network switches", out.networkKw},
                            {"Cooling: heat rejection", out.heatRejectionKw},
                            {"Cooling: CDU pumps", out.cduPumpKw},
                            {"Cooling: air handler fans", out.airFanKw},
                            {"Losses: UPS", out.upsLossKw},
                            {"Losses: transformers", out.transformerLossKw}};

    // ---- Tokens ----
    double band = 0.0;
    for (auto& [id, t] : types) {
        int n = t.spec.gpusPerSystem;
        std::optional<InferenceResult> res;
        while (!res && n <= t.gpus) {
            try {
                res = estimateInference({id, n, out.modelId, out.precision, out.scenario}, catalog,
                                        ModelLibrary::builtin());
            } catch (const ModelDoesNotFitError&) {
                n *= 2; // spread the model over more systems
            } catch (const InferenceError& e) {
                throw FactoryEstimateError(std::string("inference estimate: ") + e.what());
            }
        }
        if (!res) {
            out.notes.push_back("model '" + out.modelId + "' does not fit on the " +
                                std::to_string(t.gpus) + " GPUs of '" + id +
                                "' racks: they serve no tokens");
            continue;
        }
        const int groups = t.gpus / n;
        out.tokensPerSecond += res->tokensPerSecondPerGpu * n * groups;
        out.ttftMs = std::max(out.ttftMs, res->ttftMs);
        out.tpotMs = std::max(out.tpotMs, res->tpotMs);
        band = std::max(band, res->errorBandFraction);
        for (const auto& a : res->assumptions)
            out.notes.push_back("'" + id + "': " + a);
        if (n > t.spec.gpusPerSystem)
            out.notes.push_back("'" + id + "': each model replica spans " + std::to_string(n) +
                                " GPUs (" + std::to_string(n / t.spec.gpusPerSystem) + " systems)");
    }
    out.errorBandFraction = band;
    out.utilization = ctx.value("estimate.utilization");
    if (out.utilization > 1.0)
        throw FactoryEstimateError("assumption override 'estimate.utilization' must be <= 1");
    out.annualTokens = out.tokensPerSecond * out.utilization * kSecondsPerYear;
    const double facilityMw = out.facilityKw / 1000.0;
    out.tokensPerSecondPerMw = out.tokensPerSecond / facilityMw;
    out.joulesPerToken = out.tokensPerSecond > 0 ? out.facilityKw * 1000.0 / out.tokensPerSecond
                                                 : std::numeric_limits<double>::quiet_NaN();

    // ---- Cost ----
    UnitPrices prices;
    try {
        prices = UnitPrices::defaults().withOverrides(design.assumptionOverrides);
    } catch (const UnitPriceError& e) {
        throw FactoryEstimateError(e.what());
    }
    std::vector<std::string> usedPrices;
    auto usePrice = [&](const std::string& key) -> const UnitPrice* {
        const UnitPrice* p = prices.find(key);
        if (p && std::find(usedPrices.begin(), usedPrices.end(), key) == usedPrices.end()) {
            usedPrices.push_back(key);
            out.assumptions.push_back(
                {p->key, p->text, p->value, p->unit, p->source, p->confidence});
        }
        return p;
    };
    double systemsUsd = 0.0;
    for (const auto& [id, t] : types) {
        if (const UnitPrice* p = usePrice(UnitPrices::systemKey(id)))
            systemsUsd += p->value * t.systems;
        else
            out.notes.push_back("no price for system '" + id + "': set the assumption " +
                                UnitPrices::systemKey(id) + " (counted as 0)");
    }
    double networkUsd = 0.0;
    for (const NetworkSwitch& s : design.switches) {
        const UnitPrice* p = prices.find(UnitPrices::switchKey(s.catalogId))
                                 ? usePrice(UnitPrices::switchKey(s.catalogId))
                                 : usePrice("price.switch.default_usd");
        networkUsd += p->value;
    }
    long links = 0;
    for (const NetworkLink& l : design.networkLinks)
        links += std::max(l.count, 0);
    if (links > 0)
        networkUsd += usePrice("price.network_link_usd")->value * static_cast<double>(links);
    const bool prefab = design.settings.delivery == "prefab";
    const double facilityUsd = usePrice(prefab ? "price.facility_prefab_usd_per_mw"
                                               : "price.facility_traditional_usd_per_mw")
                                   ->value *
                               out.itDesignKw / 1000.0;
    out.capexUsd = systemsUsd + networkUsd + facilityUsd;
    out.capexBreakdownUsd = {{"GPU systems", systemsUsd},
                             {"Network", networkUsd},
                             {"Facility (power, cooling, shell)", facilityUsd}};

    const double electricityUsd =
        facilityMw * kHoursPerYear * usePrice("price.electricity_usd_per_mwh")->value;
    const double omUsd = usePrice("price.om_fraction_per_year")->value * facilityUsd;
    out.opexUsdPerYear = electricityUsd + omUsd;
    const double itAmort = (systemsUsd + networkUsd) / ctx.value("estimate.it_life_years");
    const double facAmort = facilityUsd / ctx.value("estimate.facility_life_years");
    out.annualCostBreakdownUsd = {{"GPU systems + network amortisation", itAmort},
                                  {"Facility amortisation", facAmort},
                                  {"Electricity", electricityUsd},
                                  {"Operation and maintenance", omUsd}};
    out.costPerMillionTokensUsd =
        out.annualTokens > 0 ? (itAmort + facAmort + out.opexUsdPerYear) / (out.annualTokens / 1e6)
                             : std::numeric_limits<double>::quiet_NaN();
    out.assumptions.push_back(
        {"estimate.electricity_draw", "electricity billed at the typical facility power all year",
         1.0, "fraction", "assumption (idle GPUs still draw power)", Confidence::Assumption});
    return out;
}

} // namespace aifp
