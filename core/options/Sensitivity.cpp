#include "core/options/Sensitivity.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <stdexcept>

namespace aifp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Ranges swept where no source gives one (docs/options.md): each an assumption, stated with the
// output.
constexpr double kGpuPriceLow = 0.8, kGpuPriceHigh = 1.2;       // list price -20 % / +20 %
constexpr double kElectricityLow = 0.7, kElectricityHigh = 1.3; // tariff -30 % / +30 %
constexpr double kUtilisationLow = 0.6, kUtilisationHigh = 1.2; // x base, capped below
constexpr double kUtilisationCap = 0.95;                        // never a fully busy year
constexpr double kUserSpeedLow = 0.5, kUserSpeedHigh = 2.0;     // half / double
constexpr double kPueStep = 0.1;                                // annual PUE -/+ 0.1
constexpr double kItLifeLowYears = 4.0, kItLifeHighYears = 6.0; // estimate.it_life_years text
constexpr double kLeadLow = 0.8, kLeadHigh = 1.3;               // lead times -20 % / +30 %
constexpr double kDurationLow = 0.8, kDurationHigh = 1.25;      // durations -20 % / +25 %

using Edit = std::function<void(Design&)>;

double costWith(const Design& base, const Catalog& catalog, const Edit& edit,
                std::vector<std::string>& notes, const std::string& what) {
    Design d = base;
    edit(d);
    try {
        return estimateFactory(d, catalog, {}).costPerMillionTokensUsd;
    } catch (const std::exception& e) {
        notes.push_back(fill(tr("Sensitivity", "%1: not estimated: %2"), {what, e.what()}));
        return kNaN;
    }
}

double firstTokenWith(const Design& base, const Edit& edit, std::vector<std::string>& notes,
                      const std::string& what) {
    Design d = base;
    edit(d);
    try {
        return generateSchedule(d).firstTokenWeeks;
    } catch (const std::exception& e) {
        notes.push_back(fill(tr("Sensitivity", "%1: not scheduled: %2"), {what, e.what()}));
        return kNaN;
    }
}

Edit setOverride(const std::string& key, double value) {
    return [=](Design& d) { d.assumptionOverrides[key] = value; };
}

void tornadoOrder(std::vector<SensitivityDriver>& drivers) {
    std::stable_sort(drivers.begin(), drivers.end(),
                     [](const SensitivityDriver& a, const SensitivityDriver& b) {
                         return a.swing() > b.swing();
                     });
}

std::string pct(double fraction) {
    return fileNumber(fraction * 100.0, 0) + " %";
}

// Sweeps inputs of the cost per token: the cost at each driver's low and high values.
class CostSweep {
public:
    CostSweep(const Design& design, const Catalog& catalog, std::vector<std::string>& notes)
        : design_(design), catalog_(catalog), notes_(notes) {}

    // The cost with the edits that set the low and high values.
    void sweep(SensitivityDriver& d, const Edit& low, const Edit& high) const {
        d.outputLow = costWith(design_, catalog_, low, notes_, d.input);
        d.outputHigh = costWith(design_, catalog_, high, notes_, d.input);
    }

    // The cost with d.key overridden by the low and high values, each divided by `per`.
    void sweepOverride(SensitivityDriver& d, double per = 1.0) const {
        sweep(d, setOverride(d.key, d.low / per), setOverride(d.key, d.high / per));
    }

    const Design& design() const { return design_; }
    std::vector<std::string>& notes() const { return notes_; }

private:
    const Design& design_;
    const Catalog& catalog_;
    std::vector<std::string>& notes_;
};

// GPU system prices: every system type in the racks scaled together; shown as the price of the
// most common one.
void addGpuPriceDriver(const CostSweep& sweep, const UnitPrices& prices,
                       std::vector<SensitivityDriver>& drivers) {
    std::map<std::string, long> racksBySystem;
    for (const Rack& r : sweep.design().racks)
        ++racksBySystem[r.catalogId];
    std::map<std::string, double> systemPrices;
    std::string mainSystem;
    long most = 0;
    for (const auto& [id, n] : racksBySystem)
        if (const UnitPrice* p = prices.find(UnitPrices::systemKey(id))) {
            systemPrices[UnitPrices::systemKey(id)] = p->value;
            if (n > most) {
                most = n;
                mainSystem = id;
            }
        }
    if (systemPrices.empty()) {
        sweep.notes().push_back(tr("Sensitivity", "GPU system price: no rack system has a price"));
        return;
    }
    auto scaled = [&](double f) -> Edit {
        return [=](Design& d) {
            for (const auto& [key, v] : systemPrices)
                d.assumptionOverrides[key] = v * f;
        };
    };
    const double base = systemPrices.at(UnitPrices::systemKey(mainSystem));
    SensitivityDriver g{
        fill(tr("Sensitivity", "GPU system price (%1)"), {mainSystem}),
        UnitPrices::systemKey(mainSystem) +
            (systemPrices.size() > 1 ? " and the other systems" : ""),
        tr("Sensitivity", "USD per system"),
        base,
        base * kGpuPriceLow,
        base * kGpuPriceHigh,
        tr("Sensitivity", "assumption: list price -20 % / +20 % (discounts, allocation premiums)")};
    g.rangeAssumed = true;
    sweep.sweep(g, scaled(kGpuPriceLow), scaled(kGpuPriceHigh));
    drivers.push_back(g);
}

// A unit price scaled by lowF and highF.
void addPriceDriver(const CostSweep& sweep, const UnitPrices& prices, const std::string& input,
                    const std::string& key, double lowF, double highF, const std::string& basis,
                    std::vector<SensitivityDriver>& drivers) {
    const UnitPrice* p = prices.find(key);
    if (!p) {
        sweep.notes().push_back(fill(tr("Sensitivity", "%1: no price %2"), {input, key}));
        return;
    }
    SensitivityDriver d{input, key, p->unit, p->value, p->value * lowF, p->value * highF, basis};
    d.rangeAssumed = true;
    sweep.sweepOverride(d);
    drivers.push_back(d);
}

// Utilisation, per-user speed, annual PUE and IT amortisation life.
void addOperatingDrivers(const CostSweep& sweep, const FactoryEstimate& e0,
                         std::vector<SensitivityDriver>& drivers) {
    const double u = e0.utilization;
    SensitivityDriver util{
        tr("Sensitivity", "Utilisation"),
        "estimate.utilization",
        tr("Sensitivity", "fraction"),
        u,
        u * kUtilisationLow,
        std::min(kUtilisationCap, u * kUtilisationHigh),
        fill(tr("Sensitivity", "assumption: %1 of the base (GPUs 40 % idler) "
                               "to %2 of it, at most %3"),
             {pct(kUtilisationLow), pct(kUtilisationHigh), pct(kUtilisationCap)})};
    util.rangeAssumed = true;
    sweep.sweepOverride(util);
    drivers.push_back(util);

    const double v = sweep.design().settings.userTokensPerS;
    SensitivityDriver speed{
        tr("Sensitivity", "Per-user speed"),
        "settings.user_tokens_per_s",
        tr("Sensitivity", "tokens/s per user"),
        v,
        v * kUserSpeedLow,
        v * kUserSpeedHigh,
        tr("Sensitivity", "assumption: half to double the quoted service level")};
    speed.rangeAssumed = true;
    auto speedEdit = [](double s) -> Edit {
        return [=](Design& x) { x.settings.userTokensPerS = s; };
    };
    sweep.sweep(speed, speedEdit(speed.low), speedEdit(speed.high));
    drivers.push_back(speed);

    const double pue = e0.basis.pueAnnual;
    SensitivityDriver pueDriver{tr("Sensitivity", "PUE (annual)"),
                                "estimate.pue_factor",
                                "PUE",
                                pue,
                                std::max(1.0, pue - kPueStep),
                                pue + kPueStep,
                                tr("Sensitivity", "assumption: -/+ 0.1 around the plant model's "
                                                  "annual PUE (climate years, plant choices)")};
    pueDriver.rangeAssumed = true;
    sweep.sweepOverride(pueDriver, pue);
    drivers.push_back(pueDriver);

    double life = kNaN;
    for (const auto& a : e0.assumptions)
        if (a.id == "estimate.it_life_years")
            life = a.value;
    SensitivityDriver lifeDriver{tr("Sensitivity", "IT amortisation life"),
                                 "estimate.it_life_years",
                                 tr("Sensitivity", "years"),
                                 life,
                                 kItLifeLowYears,
                                 kItLifeHighYears,
                                 tr("Sensitivity", "estimate.it_life_years: typical GPU server "
                                                   "depreciation 4-6 years (assumption)")};
    sweep.sweepOverride(lifeDriver);
    drivers.push_back(lifeDriver);
}

SensitivityOutput costOutput(const Design& design, const Catalog& catalog,
                             std::vector<std::string>& notes) {
    const FactoryEstimate e0 = estimateFactory(design, catalog, {});
    SensitivityOutput out;
    out.name = "cost_per_million_tokens";
    out.unit = e0.currency;
    out.base = e0.costPerMillionTokensUsd;
    out.baseText = e0.costBasis;
    const UnitPrices prices = UnitPrices::defaults().withOverrides(design.assumptionOverrides);
    const CostSweep sweep(design, catalog, notes);
    addGpuPriceDriver(sweep, prices, out.drivers);
    addPriceDriver(
        sweep, prices, tr("Sensitivity", "Electricity price"), "price.electricity_usd_per_mwh",
        kElectricityLow, kElectricityHigh,
        tr("Sensitivity", "assumption: tariff -30 % / +30 % (spread of industrial tariffs)"),
        out.drivers);
    addOperatingDrivers(sweep, e0, out.drivers);
    tornadoOrder(out.drivers);
    return out;
}

SensitivityOutput firstTokenOutput(const Design& design, std::vector<std::string>& notes) {
    const ScheduleResult s0 = generateSchedule(design);
    SensitivityOutput out;
    out.name = "first_token_weeks";
    out.unit = tr("Sensitivity", "weeks");
    out.base = s0.firstTokenWeeks;
    out.baseText = s0.firstToken;
    std::vector<std::string> still;
    for (const ScheduleParameter& p : s0.parameters) {
        const bool lead = p.key.rfind("schedule.lead.", 0) == 0 && p.unit == "weeks" &&
                          p.key != "schedule.lead.batch_interval_weeks";
        if (!lead)
            continue;
        SensitivityDriver d;
        d.input = p.description;
        d.key = p.key;
        d.unit = shownScheduleUnit(p.unit);
        d.base = p.value;
        if (std::isfinite(p.rangeLow) && !p.overridden) {
            d.low = p.rangeLow;
            d.high = p.rangeHigh;
            d.rangeBasis = fill(tr("Sensitivity", "source range: %1"), {p.source});
        } else {
            d.low = p.value * kLeadLow;
            d.high = p.value * kLeadHigh;
            d.rangeBasis = tr("Sensitivity", "assumption: -20 % / +30 % (lead times run late more "
                                             "often than early)");
            d.rangeAssumed = true;
        }
        d.outputLow = firstTokenWith(design, setOverride(p.key, d.low), notes, d.input);
        d.outputHigh = firstTokenWith(design, setOverride(p.key, d.high), notes, d.input);
        if (d.swing() == 0.0 && std::isfinite(d.outputLow) && std::isfinite(d.outputHigh)) {
            still.push_back(p.key);
            continue;
        }
        out.drivers.push_back(d);
    }
    if (!still.empty()) {
        std::string list;
        for (const auto& k : still)
            list += (list.empty() ? "" : ", ") + k;
        notes.push_back(
            fill(tr("Sensitivity", "lead times that do not move first token over their range: %1"),
                 {list}));
    }
    std::vector<const ScheduleParameter*> durations;
    for (const ScheduleParameter& p : s0.parameters)
        if (p.key.rfind("schedule.duration.", 0) == 0)
            durations.push_back(&p);
    // Durations are whole working days: scaled and rounded, never below one day when set.
    auto scaled = [&](double f) -> Edit {
        return [=](Design& d) {
            for (const ScheduleParameter* p : durations)
                d.assumptionOverrides[p->key] =
                    p->value > 0 ? std::max(1.0, std::round(p->value * f)) : 0.0;
        };
    };
    SensitivityDriver d{
        tr("Sensitivity", "Construction and commissioning durations (all together)"),
        "schedule.duration.*",
        tr("Sensitivity", "factor"),
        1.0,
        kDurationLow,
        kDurationHigh,
        tr("Sensitivity", "assumption: every duration -20 % / +25 % (crew "
                          "productivity, weather)")};
    d.rangeAssumed = true;
    d.outputLow = firstTokenWith(design, scaled(kDurationLow), notes, d.input);
    d.outputHigh = firstTokenWith(design, scaled(kDurationHigh), notes, d.input);
    out.drivers.push_back(d);
    tornadoOrder(out.drivers);
    return out;
}

} // namespace

double SensitivityDriver::swing() const {
    if (!std::isfinite(outputLow) || !std::isfinite(outputHigh))
        return 0.0;
    return std::abs(outputHigh - outputLow);
}

SensitivityResult sensitivity(const Design& design, const Catalog& catalog) {
    SensitivityResult r;
    r.outputs.push_back(costOutput(design, catalog, r.notes));
    r.outputs.push_back(firstTokenOutput(design, r.notes));
    return r;
}

namespace {

json::Value driverJson(const SensitivityDriver& d) {
    return json::object({{"input", d.input},
                         {"key", d.key},
                         {"unit", d.unit},
                         {"base", d.base},
                         {"low", d.low},
                         {"high", d.high},
                         {"range_basis", d.rangeBasis},
                         {"output_low", d.outputLow},
                         {"output_high", d.outputHigh}});
}

json::Value outputJson(const SensitivityOutput& o) {
    return json::object({{"name", o.name},
                         {"unit", o.unit},
                         {"base", o.base},
                         {"base_text", o.baseText},
                         {"drivers", json::arrayOf(o.drivers, driverJson)}});
}

} // namespace

json::Value sensitivityJson(const SensitivityResult& r) {
    return json::object(
        {{"outputs", json::arrayOf(r.outputs, outputJson)}, {"notes", json::arrayOf(r.notes)}});
}

std::string sensitivityText(const SensitivityResult& r) {
    std::string out;
    for (const SensitivityOutput& o : r.outputs) {
        const int dec = o.name == "cost_per_million_tokens" ? 3 : 1;
        out += o.name + ": " +
               fill(tr("Options", "base %1 (%2)"),
                    {display::formatNumber(o.base, dec) + " " + o.unit, o.baseText}) +
               "\n";
        for (const SensitivityDriver& d : o.drivers) {
            out += "  " + d.input + ": " + display::formatSignificant(d.low, 3) + " .. " +
                   display::formatSignificant(d.high, 3) + " " + d.unit + " -> " +
                   display::formatNumber(d.outputLow, dec) + " .. " +
                   display::formatNumber(d.outputHigh, dec) + " " + o.unit + "\n" + "      " +
                   fill(tr("Options", "range: %1"), {d.rangeBasis}) + "\n";
        }
    }
    for (const auto& n : r.notes)
        out += fill(tr("Options", "note: %1"), {n}) + "\n";
    return out;
}

} // namespace aifp
