#include "cli/Commands.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
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

json::Value assumptionsJson(const std::vector<EstimateAssumption>& assumptions) {
    json::Value a = json::Value::array();
    for (const auto& x : assumptions) {
        json::Value o = json::Value::object();
        o.set("id", x.id)
            .set("text", x.text)
            .set("value", x.value)
            .set("unit", x.unit)
            .set("source", x.source)
            .set("confidence", toString(x.confidence));
        a.push(o);
    }
    return a;
}

json::Value ownershipJson(const OwnershipCost& own) {
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
    return ownership;
}

json::Value estimateJson(const FactoryEstimate& e, const std::string& path) {
    const OwnershipCost& own = e.ownership;
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
        .set("ownership", ownershipJson(own))
        .set("assumptions", assumptionsJson(e.assumptions))
        .set("notes", strings(e.notes));
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

// The power breakdown, the assumptions and the notes.
void printDetails(const FactoryEstimate& e, std::ostream& out) {
    out << tr("Cli", "Power breakdown at design (kW):") << "\n";
    for (const auto& i : e.powerBreakdownKw)
        out << "  " << tr("Estimate", i.label.c_str()) << ": " << fixed(i.value, 1) << "\n";
    out << tr("Cli", "Assumptions:") << "\n";
    for (const auto& a : e.assumptions)
        out << "  - " << a.id << " = " << shortest(a.value) << " " << a.unit << ": " << a.text
            << " [" << toString(a.confidence) << "; " << a.source << "]\n";
    if (!e.notes.empty()) {
        out << tr("Cli", "Notes:") << "\n";
        for (const auto& n : e.notes)
            out << "  - " << n << "\n";
    }
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
        out << json::write(estimateJson(e, path)) << "\n";
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
