#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
#include "core/util/NumberFormat.hpp"
#include <cmath>
#include <cstdio>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

json::Value breakdown(const std::vector<BreakdownItem>& items) {
    json::Value a = json::Value::array();
    for (const auto& i : items) {
        json::Value o = json::Value::object();
        o.set("label", i.label).set("value", i.value);
        a.push(o);
    }
    return a;
}

json::Value capexLines(const std::vector<CapexLine>& lines) {
    json::Value a = json::Value::array();
    for (const auto& l : lines) {
        json::Value o = json::Value::object();
        o.set("category", l.category)
            .set("item", l.item)
            .set("quantity", l.quantity)
            .set("unit", l.unit)
            .set("unit_price", l.unitPriceUsd)
            .set("total", l.totalUsd())
            .set("price_key", l.priceKey)
            .set("source", l.source);
        a.push(o);
    }
    return a;
}

json::Value strings(const std::vector<std::string>& items) {
    json::Value a = json::Value::array();
    for (const auto& s : items)
        a.push(s);
    return a;
}

json::Value counts(const ItLoad& it) {
    json::Value o = json::Value::object();
    o.set("switches", it.switches)
        .set("out_of_band_switches", it.outOfBandSwitches)
        .set("transceivers", it.transceivers)
        .set("storage_nodes", it.storageNodes)
        .set("management_nodes", it.managementNodes);
    return o;
}

int runEstimate(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    Design design;
    design = openDesign(args, path);

    FactoryEstimateOptions opt;
    opt.modelId = args.value("model");
    opt.scenario = args.value("scenario");
    opt.precision = args.value("precision");
    FactoryEstimate e;
    try {
        e = estimateFactory(design, Catalog::builtin(), opt);
    } catch (const FactoryEstimateError& x) {
        throw UsageError(path + ": " + x.what());
    }
    if (format == "json") {
        json::Value assumptions = json::Value::array();
        for (const auto& a : e.assumptions) {
            json::Value o = json::Value::object();
            o.set("id", a.id)
                .set("text", a.text)
                .set("value", a.value)
                .set("unit", a.unit)
                .set("source", a.source)
                .set("confidence", toString(a.confidence));
            assumptions.push(o);
        }
        json::Value notes = json::Value::array();
        for (const auto& n : e.notes)
            notes.push(n);
        const OwnershipCost& own = e.ownership;
        json::Value ownLines = json::Value::array();
        for (const OwnershipLine& l : own.lines) {
            json::Value o = json::Value::object();
            o.set("item", l.item)
                .set("quantity", l.quantity)
                .set("unit", l.unit)
                .set("unit_price", l.unitPriceUsd)
                .set("price_key", l.priceKey)
                .set("total", l.totalUsd());
            ownLines.push(o);
        }
        json::Value ownership = json::Value::object();
        ownership.set("procurement", toString(own.procurement))
            .set("rent_term_months", own.rentTermMonths)
            .set("tco_horizon_years", own.tcoHorizonYears)
            .set("paid_months", own.paidMonths)
            .set("tco", own.tcoUsd)
            .set("tco_upfront", own.upfrontUsd)
            .set("horizon_tokens", own.horizonTokens)
            .set("tco_cost_per_million_tokens", own.costPerMillionTokensUsd)
            .set("lead_weeks",
                 own.procurement == Procurement::Build ? json::Value() : json::Value(own.leadWeeks))
            .set("basis", own.basis)
            .set("lines", ownLines)
            .set("excluded", strings(own.excluded));
        json::Value v = json::Value::object();
        v.set("file", path)
            .set("model", e.modelId)
            .set("scenario", e.scenario)
            .set("precision", e.precision)
            .set("gpus", e.gpus)
            .set("racks", e.racks)
            .set("systems", e.systems)
            .set("tokens_per_second", e.tokensPerSecond)
            .set("error_band_fraction", e.errorBandFraction)
            .set("ttft_ms", e.ttftMs)
            .set("tpot_ms", e.tpotMs)
            .set("tokens_per_second_per_mw", e.tokensPerSecondPerMw)
            .set("joules_per_token", e.joulesPerToken)
            .set("utilization", e.utilization)
            .set("annual_tokens", e.annualTokens)
            .set("annual_energy_mwh", e.annualEnergyMwh)
            .set("user_tokens_per_s", e.userTokensPerS)
            .set("service_tokens_per_second", e.serviceTokensPerSecond)
            .set("served_user_tokens_per_s", e.servedUserTokensPerS)
            .set("service_met", e.serviceMet)
            .set("capex", e.capexUsd)
            .set("currency", e.currency)
            .set("price_date", e.priceDate.empty() ? json::Value() : json::Value(e.priceDate))
            .set("opex_per_year", e.opexUsdPerYear)
            .set("cost_per_million_tokens", e.costPerMillionTokensUsd)
            .set("cost_basis", e.costBasis)
            .set("power_breakdown_kw", breakdown(e.powerBreakdownKw))
            .set("capex_breakdown_usd", breakdown(e.capexBreakdownUsd))
            .set("capex_lines", capexLines(e.capexLines))
            .set("capex_exclusions", strings(e.capexExclusions))
            .set("counts", counts(e.basis.it))
            .set("annual_cost_breakdown_usd", breakdown(e.annualCostBreakdownUsd))
            .set("procurement", toString(own.procurement))
            .set("tco_horizon_years", own.tcoHorizonYears)
            .set("tco", own.tcoUsd)
            .set("tco_cost_per_million_tokens", own.costPerMillionTokensUsd)
            .set("ownership", ownership)
            .set("assumptions", assumptions)
            .set("notes", notes);
        setPowerBasisJson(v, e.basis);
        out << json::write(v) << "\n";
        return kExitOk;
    }
    out << "Design:            " << path << "\n"
        << "Serving:           " << e.modelId << " at " << e.precision << ", " << e.scenario
        << " scenario\n"
        << "GPUs:              " << e.gpus << " in " << e.racks << " racks (" << e.systems
        << " systems)\n"
        << "Power:             " << e.basis.itText() << "\n"
        << "                   " << e.basis.facilityText() << "\n"
        << "                   " << e.basis.pueText() << " (" << e.basis.pueAnnualBasis << ")\n"
        << "IT gear:           " << e.basis.it.switches << " switches + "
        << e.basis.it.outOfBandSwitches << " out-of-band, " << e.basis.it.transceivers
        << " transceivers (" << fixed(e.basis.it.opticsKw, 1) << " kW), " << e.basis.it.storageNodes
        << " storage and " << e.basis.it.managementNodes << " management nodes\n"
        << "Tokens/s:          " << display::formatScaled(e.tokensPerSecond, 3) << " (+/- "
        << fixed(e.errorBandFraction * 100, 0) << " %)\n"
        << "At user speed:     " << display::formatScaled(e.serviceTokensPerSecond, "tokens/s", 3)
        << " at " << fixed(e.userTokensPerS, 0) << " tok/s per user"
        << (e.serviceMet
                ? std::string()
                : " (NOT met: " + fixed(e.servedUserTokensPerS, 1) + " tok/s per user at batch 1)")
        << "\n"
        << "p99 TTFT / TPOT:   " << fixed(e.ttftMs, 0) << " / " << fixed(e.tpotMs, 1) << " ms\n"
        << "Tokens/s per MW:   " << display::formatScaled(e.tokensPerSecondPerMw, 3) << "\n"
        << "Energy per token:  " << fixed(e.joulesPerToken, 3) << " J\n"
        << "Annual tokens:     " << display::formatScaled(e.annualTokens, 3) << " at "
        << fixed(e.utilization * 100, 0) << " % utilization\n"
        << "Capex:             " << fixed(e.capexUsd / 1e6, 1) << " M " << e.currency
        << (e.priceDate.empty() ? std::string(" (price date not stated)")
                                : " (prices of " + e.priceDate + ")")
        << "\n";
    for (const auto& i : e.capexBreakdownUsd)
        out << "  " << i.label << ": " << fixed(i.value / 1e6, 1) << " M\n";
    out << "  excluded: ";
    for (std::size_t i = 0; i < e.capexExclusions.size(); ++i)
        out << (i ? "; " : "") << e.capexExclusions[i];
    out << "\n"
        << "Opex:              " << fixed(e.opexUsdPerYear / 1e6, 1) << " M " << e.currency
        << " per year (" << fixed(e.annualEnergyMwh / 1000.0, 1) << " GWh)\n"
        << "Cost per M tokens: " << fixed(e.costPerMillionTokensUsd, 3) << " " << e.currency << " ("
        << e.costBasis << ")\n"
        << "Procurement:       " << toString(e.ownership.procurement);
    if (e.ownership.procurement != Procurement::Build)
        out << ", term " << e.ownership.rentTermMonths << " months, "
            << (e.ownership.procurement == Procurement::Cloud ? "GPUs serving after "
                                                              : "hall handed over after ")
            << fixed(e.ownership.leadWeeks, 0) << " weeks";
    out << "\n"
        << "TCO:               " << fixed(e.ownership.tcoUsd / 1e6, 1) << " M " << e.currency
        << " over " << e.ownership.tcoHorizonYears << " years of operation ("
        << fixed(e.ownership.upfrontUsd / 1e6, 1) << " M before first token); "
        << fixed(e.ownership.costPerMillionTokensUsd, 3) << " " << e.currency << " per M tokens\n";
    for (const OwnershipLine& l : e.ownership.lines)
        out << "  " << l.item << ": " << fixed(l.totalUsd() / 1e6, 2) << " M\n";
    out << "  basis: " << e.ownership.basis << "\n  excluded: ";
    for (std::size_t i = 0; i < e.ownership.excluded.size(); ++i)
        out << (i ? "; " : "") << e.ownership.excluded[i];
    out << "\n"
        << "Power breakdown at design (kW):\n";
    for (const auto& i : e.powerBreakdownKw)
        out << "  " << i.label << ": " << fixed(i.value, 1) << "\n";
    out << "Assumptions:\n";
    for (const auto& a : e.assumptions)
        out << "  - " << a.id << " = " << a.value << " " << a.unit << ": " << a.text << " ["
            << toString(a.confidence) << "; " << a.source << "]\n";
    if (!e.notes.empty()) {
        out << "Notes:\n";
        for (const auto& n : e.notes)
            out << "  - " << n << "\n";
    }
    return kExitOk;
}

} // namespace

Command estimateCommand() {
    Command c;
    c.name = "estimate";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Estimate a design's power, PUE, tokens/s and cost per million tokens");
    c.usage = "aifp-cli estimate FILE [--model ID] [--scenario ID] [--precision P] "
              "[--format text|json]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Reads FILE (an .aifp project) and prints its power basis (IT design/typical, facility\n"
        "design/typical in MW and MVA, PUE design/annual), output tokens/s of its racks for\n"
        "the design's serving model (or --model/--scenario/--precision), energy per token,\n"
        "capex by category with its exclusions, opex and cost per million tokens with its\n"
        "basis. Every price and planning figure is listed as an assumption; override them in\n"
        "the project (keys in docs/estimation.md).");
    c.options = {
        {"model", "ID", AIFP_TRANSLATE_NOOP("Cli", "serving model (default: the design's)")},
        {"scenario", "ID",
         AIFP_TRANSLATE_NOOP("Cli", "offline, server or interactive (default: the design's)")},
        {"precision", "P", AIFP_TRANSLATE_NOOP("Cli", "fp4, fp8 or bf16 (default: the design's)")},
        {"format", "text|json", AIFP_TRANSLATE_NOOP("Cli", "output format (default text)")}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runEstimate;
    return c;
}

} // namespace aifp::cli
