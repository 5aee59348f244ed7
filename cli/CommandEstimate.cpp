#include "cli/Commands.hpp"
#include "cli/InferenceJson.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/ServingText.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include <cmath>
#include <cstdio>
#include <locale>
#include <sstream>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// A figure as an output stream writes it (6 significant digits, "1e+06"), with the decimal mark
// of the chosen language ("0,7" in Spanish).
std::string shortest(double v) {
    std::ostringstream os;
    os.imbue(std::locale::classic());
    os << v;
    std::string text = os.str();
    const std::string mark = display::currentStyle().decimalPoint;
    if (const auto dot = text.find('.'); dot != std::string::npos && mark != ".")
        text.replace(dot, 1, mark);
    return text;
}

json::Value breakdownItemJson(const BreakdownItem& i) {
    return json::object({{"label", i.label}, {"value", i.value}});
}

json::Value capexLineJson(const CapexLine& l) {
    return json::object({{"category", l.category},
                         {"item", l.item},
                         {"quantity", l.quantity},
                         {"unit", l.unit},
                         {"unit_price", l.unitPriceUsd},
                         {"total", l.totalUsd()},
                         {"price_key", l.priceKey},
                         {"source", l.source}});
}

json::Value countsJson(const ItLoad& it) {
    return json::object({{"switches", it.switches},
                         {"out_of_band_switches", it.outOfBandSwitches},
                         {"transceivers", it.transceivers},
                         {"storage_nodes", it.storageNodes},
                         {"management_nodes", it.managementNodes}});
}

json::Value assumptionJson(const EstimateAssumption& x) {
    return json::object({{"id", x.id},
                         {"text", x.text},
                         {"value", x.value},
                         {"unit", x.unit},
                         {"source", x.source},
                         {"confidence", toString(x.confidence)}});
}

json::Value ownershipLineJson(const OwnershipLine& l) {
    return json::object({{"item", l.item},
                         {"quantity", l.quantity},
                         {"unit", l.unit},
                         {"unit_price", l.unitPriceUsd},
                         {"price_key", l.priceKey},
                         {"total", l.totalUsd()}});
}

json::Value ownershipJson(const OwnershipCost& own) {
    return json::object(
        {{"procurement", toString(own.procurement)},
         {"rent_term_months", own.rentTermMonths},
         {"tco_horizon_years", own.tcoHorizonYears},
         {"paid_months", own.paidMonths},
         {"tco", own.tcoUsd},
         {"tco_upfront", own.upfrontUsd},
         {"horizon_tokens", own.horizonTokens},
         {"tco_cost_per_million_tokens", own.costPerMillionTokensUsd},
         {"lead_weeks", json::orNull(own.procurement != Procurement::Build, own.leadWeeks)},
         {"basis", own.basis},
         {"lines", json::arrayOf(own.lines, ownershipLineJson)},
         {"excluded", json::arrayOf(own.excluded)}});
}

json::Value estimateJson(const FactoryEstimate& e, const std::string& path) {
    const OwnershipCost& own = e.ownership;
    json::Value v = json::object(
        {{"file", path},
         {"model", e.modelId},
         {"scenario", e.scenario},
         {"precision", e.precision},
         {"gpus", e.gpus},
         {"racks", e.racks},
         {"systems", e.systems},
         {"tokens_per_second", e.tokensPerSecond},
         {"error_band_fraction", e.errorBandFraction},
         {"ttft_ms", e.ttftMs},
         {"tpot_ms", e.tpotMs},
         {"tokens_per_second_per_mw", e.tokensPerSecondPerMw},
         {"joules_per_token", e.joulesPerToken},
         {"utilization", e.utilization},
         {"annual_tokens", e.annualTokens},
         {"annual_energy_mwh", e.annualEnergyMwh},
         {"user_tokens_per_s", e.userTokensPerS},
         {"service_tokens_per_second", e.serviceTokensPerSecond},
         {"served_user_tokens_per_s", e.servedUserTokensPerS},
         {"service_met", e.serviceMet},
         {"serving", json::arrayOf(e.serving, servedSystemJson)},
         {"capex", e.capexUsd},
         {"currency", e.currency},
         {"price_date", json::orNull(!e.priceDate.empty(), e.priceDate)},
         {"opex_per_year", e.opexUsdPerYear},
         {"cost_per_million_tokens", e.costPerMillionTokensUsd},
         {"cost_basis", e.costBasis},
         {"power_breakdown_kw", json::arrayOf(e.powerBreakdownKw, breakdownItemJson)},
         {"capex_breakdown_usd", json::arrayOf(e.capexBreakdownUsd, breakdownItemJson)},
         {"capex_lines", json::arrayOf(e.capexLines, capexLineJson)},
         {"capex_exclusions", json::arrayOf(e.capexExclusions)},
         {"counts", countsJson(e.basis.it)},
         {"annual_cost_breakdown_usd", json::arrayOf(e.annualCostBreakdownUsd, breakdownItemJson)},
         {"procurement", toString(own.procurement)},
         {"tco_horizon_years", own.tcoHorizonYears},
         {"tco", own.tcoUsd},
         {"tco_cost_per_million_tokens", own.costPerMillionTokensUsd},
         {"ownership", ownershipJson(own)},
         {"assumptions", json::arrayOf(e.assumptions, assumptionJson)},
         {"notes", json::arrayOf(e.notes)}});
    setPowerBasisJson(v, e.basis);
    return v;
}

std::string count(long long n) {
    return std::to_string(n);
}

// The design, serving, GPUs, power, IT gear and serving figures.
void printServing(const FactoryEstimate& e, const std::string& path, const LabelColumn& label,
                  std::ostream& out) {
    const std::string indent = label.indent();
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Design:")) << path << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Serving:"))
        << fill(tr("Cli", "%1 at %2, %3 scenario"), {e.modelId, e.precision, e.scenario}) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "GPUs:"))
        << fill(tr("Cli", "%1 in %2 racks (%3 systems)"),
                {count(e.gpus), count(e.racks), count(e.systems)})
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Power:")) << e.basis.itText() << "\n"
        << indent << e.basis.facilityText() << "\n"
        << indent << e.basis.pueText() << " (" << e.basis.pueAnnualBasis << ")\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "IT gear:"))
        << fill(tr("Cli", "%1 switches + %2 out-of-band, %3 transceivers (%4 kW), %5 storage and "
                          "%6 management nodes"),
                {count(e.basis.it.switches), count(e.basis.it.outOfBandSwitches),
                 count(e.basis.it.transceivers), fixed(e.basis.it.opticsKw, 1),
                 count(e.basis.it.storageNodes), count(e.basis.it.managementNodes)})
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Tokens/s:"))
        << display::formatScaled(e.tokensPerSecond, 3) << " (+/- "
        << fixed(e.errorBandFraction * 100, 0) << " %)\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "At user speed:"))
        << fill(tr("Cli", "%1 at %2 tok/s per user"),
                {display::formatScaled(e.serviceTokensPerSecond, "tokens/s", 3),
                 fixed(e.userTokensPerS, 0)})
        << (e.serviceMet ? std::string()
                         : fill(tr("Cli", " (NOT met: %1 tok/s per user at batch 1)"),
                                {fixed(e.servedUserTokensPerS, 1)}))
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "p99 TTFT / TPOT:")) << fixed(e.ttftMs, 0) << " / "
        << fixed(e.tpotMs, 1) << " ms\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Tokens/s per MW:"))
        << display::formatScaled(e.tokensPerSecondPerMw, 3) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Energy per token:")) << fixed(e.joulesPerToken, 3)
        << " J\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Annual tokens:"))
        << fill(tr("Cli", "%1 at %2 % utilization"),
                {display::formatScaled(e.annualTokens, 3), fixed(e.utilization * 100, 0)})
        << "\n";
}

// Capex with its breakdown and exclusions, opex, cost per token, procurement and TCO.
void printCosts(const FactoryEstimate& e, const LabelColumn& label, std::ostream& out) {
    const std::string& cur = e.currency;
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Capex:")) << fixed(e.capexUsd / 1e6, 1) << " M " << cur
        << (e.priceDate.empty() ? std::string(tr("Cli", " (price date not stated)"))
                                : fill(tr("Cli", " (prices of %1)"), {e.priceDate}))
        << "\n";
    for (const auto& i : e.capexBreakdownUsd)
        out << "  " << tr("Estimate", i.label.c_str()) << ": " << fixed(i.value / 1e6, 1) << " M\n";
    out << "  " << tr("Cli", "excluded: ");
    for (std::size_t i = 0; i < e.capexExclusions.size(); ++i)
        out << (i ? "; " : "") << e.capexExclusions[i];
    out << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Opex:"))
        << fill(tr("Cli", "%1 M %2 per year (%3 GWh)"),
                {fixed(e.opexUsdPerYear / 1e6, 1), cur, fixed(e.annualEnergyMwh / 1000.0, 1)})
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Cost per M tokens:"))
        << fixed(e.costPerMillionTokensUsd, 3) << " " << cur << " (" << e.costBasis << ")\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Procurement:")) << toString(e.ownership.procurement);
    if (e.ownership.procurement != Procurement::Build)
        out << fill(e.ownership.procurement == Procurement::Cloud
                        ? tr("Cli", ", term %1 months, GPUs serving after %2 weeks")
                        : tr("Cli", ", term %1 months, hall handed over after %2 weeks"),
                    {count(e.ownership.rentTermMonths), fixed(e.ownership.leadWeeks, 0)});
    out << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "TCO:"))
        << fill(tr("Cli", "%1 M %2 over %3 years of operation (%4 M before first token); %5 %2 "
                          "per M tokens"),
                {fixed(e.ownership.tcoUsd / 1e6, 1), cur, count(e.ownership.tcoHorizonYears),
                 fixed(e.ownership.upfrontUsd / 1e6, 1),
                 fixed(e.ownership.costPerMillionTokensUsd, 3)})
        << "\n";
    for (const OwnershipLine& l : e.ownership.lines)
        out << "  " << l.item << ": " << fixed(l.totalUsd() / 1e6, 2) << " M\n";
    out << "  " << fill(tr("Cli", "basis: %1"), {e.ownership.basis}) << "\n  "
        << tr("Cli", "excluded: ");
    for (std::size_t i = 0; i < e.ownership.excluded.size(); ++i)
        out << (i ? "; " : "") << e.ownership.excluded[i];
    out << "\n";
}

// The power breakdown, the assumptions, how each system type serves and the notes.
void printDetails(const FactoryEstimate& e, std::ostream& out) {
    out << tr("Cli", "Power breakdown at design (kW):") << "\n";
    for (const auto& i : e.powerBreakdownKw)
        out << "  " << tr("Estimate", i.label.c_str()) << ": " << fixed(i.value, 1) << "\n";
    out << tr("Cli", "Assumptions:") << "\n";
    for (const auto& a : e.assumptions)
        out << "  - " << a.id << " = " << shortest(a.value) << " " << a.unit << ": " << a.text
            << " [" << toString(a.confidence) << "; " << a.source << "]\n";
    if (!e.serving.empty()) {
        out << tr("Cli", "Serving (replicas and mean decode step):") << "\n";
        for (const std::string& line : servingLines(e, fixed))
            out << "  - " << line << "\n";
    }
    if (!e.notes.empty()) {
        out << tr("Cli", "Notes:") << "\n";
        for (const auto& n : e.notes)
            out << "  - " << n << "\n";
    }
}

int runEstimate(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    const Design design = openDesign(args, path);

    FactoryEstimateOptions opt;
    opt.modelId = args.value("model");
    opt.scenario = args.value("scenario");
    opt.precision = args.value("precision");
    const FactoryEstimate e = refusalAsUsage<FactoryEstimateError>(
        [&] { return estimateFactory(design, Catalog::builtin(), opt); }, path + ": ");
    if (format == "json") {
        printJson(out, estimateJson(e, path));
        return kExitOk;
    }
    const LabelColumn label(
        {"Design:", "Serving:", "GPUs:", "Power:", "IT gear:", "Tokens/s:", "At user speed:",
         "p99 TTFT / TPOT:", "Tokens/s per MW:", "Energy per token:", "Annual tokens:", "Capex:",
         "Opex:", "Cost per M tokens:", "Procurement:", "TCO:"},
        19);
    printServing(e, path, label, out);
    printCosts(e, label, out);
    printDetails(e, out);
    return kExitOk;
}

} // namespace

Command estimateCommand() {
    Command c;
    c.name = "estimate";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Estimate a design's power, PUE, tokens/s and cost per million tokens");
    c.synopsis = "FILE";
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
        formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runEstimate;
    return c;
}

} // namespace aifp::cli
