#include "core/report/ReportBuilder.hpp"
#include "core/generate/FactorySummary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/model/EnumNames.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/CoolingSchematic.hpp"
#include "core/report/HallFloorPlan.hpp"
#include "core/report/HtmlWriter.hpp"
#include "core/report/NetworkFabricDiagram.hpp"
#include "core/report/PageLayout.hpp"
#include "core/report/ReportCharts.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/SingleLineDiagram.hpp"
#include "core/report/SiteAxonometricView.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace aifp::report {

namespace {

const char* kDecision = AIFP_TRANSLATE_NOOP("Report", "Decision summary");
const char* kComparison = AIFP_TRANSLATE_NOOP("Report", "Options compared");
const char* kSensitivity = AIFP_TRANSLATE_NOOP("Report", "Sensitivity");
const char* kRisks = AIFP_TRANSLATE_NOOP("Report", "Risk register");
const char* kViews = AIFP_TRANSLATE_NOOP("Report", "Design views");
const char* kPower = AIFP_TRANSLATE_NOOP("Report", "Power");
const char* kCooling = AIFP_TRANSLATE_NOOP("Report", "Cooling");
const char* kNetwork = AIFP_TRANSLATE_NOOP("Report", "Network");
const char* kValidation = AIFP_TRANSLATE_NOOP("Report", "Validation findings");
const char* kEstimates = AIFP_TRANSLATE_NOOP("Report", "Estimates");
const char* kSchedule = AIFP_TRANSLATE_NOOP("Report", "Schedule");
const char* kBom = AIFP_TRANSLATE_NOOP("Report", "Bill of materials");
const char* kAssumptions = AIFP_TRANSLATE_NOOP("Report", "Assumptions ledger");
const char* kGlossary = AIFP_TRANSLATE_NOOP("Report", "Glossary");

std::string orNa(const std::string& s) {
    return s.empty() ? tr("Report", "n/a") : s;
}

std::string mw(double kw) {
    return formatNumber(kw / 1000.0, 2) + " MW";
}

std::string figureText(const ReportFigure& f) {
    if (!f.available())
        return tr("Report", "n/a");
    // Whole numbers read as whole numbers: counts ("3,456") and exact figures with a unit
    // ("50 tokens/s", not "50.0"); estimates and money keep their own rules below.
    const bool integral = f.value == std::floor(f.value) && f.value >= 10;
    const bool band = std::isfinite(f.low) && std::isfinite(f.high);
    if (integral && f.unit.empty())
        return formatCount(f.value);
    if (integral && !band && f.unit != "USD" && f.unit != "$" && f.value < 1e6)
        return formatCount(f.value) + " " + f.unit;
    // Estimates with an error band: three significant digits, more would be false precision.
    // So are figures of a million and more: "6.57 G tokens/s", not ten digits.
    if (f.unit == "USD" || (std::isfinite(f.low) && std::isfinite(f.high)) ||
        std::abs(f.value) >= 1e6)
        return formatFigureSignificant(f, 3);
    return formatFigure(f, autoDecimals(f.value));
}

Table figureTable(const std::vector<const ReportFigure*>& figs) {
    Table t;
    t.header = {tr("Report", "Figure"), tr("Report", "Value"), tr("Report", "Basis")};
    t.columnWeights = {2.2, 2.4, 5.4};
    t.columnAlign = {Align::Left, Align::Right, Align::Left};
    for (const ReportFigure* f : figs)
        t.rows.push_back({f->label, figureText(*f), f->basis.empty() ? "-" : f->basis});
    return t;
}

Color severityColor(Severity s) {
    switch (s) {
    case Severity::Error:
        return colors::kRed;
    case Severity::Warning:
        return colors::kOrange;
    case Severity::Info:
        return colors::kBlue;
    }
    return colors::kBlack;
}

// The severity word in the report's language.
std::string severityText(Severity s) {
    switch (s) {
    case Severity::Error:
        return tr("Report", "error");
    case Severity::Warning:
        return tr("Report", "warning");
    case Severity::Info:
        return tr("Report", "info");
    }
    return toString(s);
}

// "USD, price date 2026-10-01": the currency the report's prices are in and their date.
std::string priceBasis(const DocumentInfo& d) {
    const std::string currency = d.currency.empty() ? std::string("USD") : d.currency;
    std::string s =
        currency == "USD"
            ? std::string("USD")
            : fill(tr("Report", "USD (the catalog's price currency; requested %1 has no "
                                "exchange rate in the project)"),
                   {currency});
    s += d.priceDate.empty() ? tr("Report", ", price date not stated")
                             : fill(tr("Report", ", prices as of %1"), {d.priceDate});
    return s;
}

// "3 errors: figures assume missing plant (see Validation findings)" when validation found
// errors, else "": printed next to the figures (cover, key figures, estimates), as the GUI's
// Estimates dock does, so estimates of a design with errors never look as confident as a valid
// design's.
std::string errorBanner(const ReportInputs& in) {
    if (!in.validationAvailable)
        return {};
    const auto errors = std::count_if(in.findings.begin(), in.findings.end(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    if (errors == 0)
        return {};
    return fill(errors == 1 ? tr("Report", "%1 error: figures assume missing plant (see %2)")
                            : tr("Report", "%1 errors: figures assume missing plant (see %2)"),
                {formatCount(static_cast<double>(errors)), tr("Report", kValidation)});
}

Section cover(const Design& design, const ReportInputs& in) {
    Section s;
    s.id = "cover";
    s.title = tr("Report", "Cover");
    s.cover = true;
    const std::string name = in.projectName.empty() ? design.site.name : in.projectName;
    s.blocks.push_back(Paragraph{name, ParagraphStyle::Title});
    s.blocks.push_back(
        Paragraph{tr("Report", "AI factory design proposal"), ParagraphStyle::Subtitle});
    std::string headline;
    if (in.gpus.available() && in.racks.available())
        headline = fill(tr("Report", "%1 GPUs in %2 racks"),
                        {formatNumber(in.gpus.value), formatNumber(in.racks.value)});
    if (in.itMw.available())
        headline += (headline.empty() ? "" : ", ") +
                    fill(tr("Report", "%1 MW IT"), {formatNumber(in.itMw.value, 1)});
    if (in.firstTokenDate.size())
        headline += (headline.empty() ? "" : ", ") +
                    fill(tr("Report", "first tokens %1"), {in.firstTokenDate});
    if (!headline.empty())
        s.blocks.push_back(Paragraph{headline, ParagraphStyle::Lead});
    if (const std::string banner = errorBanner(in); !banner.empty())
        s.blocks.push_back(Paragraph{banner, ParagraphStyle::Warning});
    Table t;
    t.columnWeights = {1.5, 6};
    t.columnAlign = {Align::Left, Align::Left};
    t.rows = {
        {tr("Report", "Project / site"), name},
        {tr("Report", "Location"), orNa(in.location.empty() ? design.site.location : in.location)},
        {tr("Report", "Customer"), orNa(in.customer.empty() ? design.site.customer : in.customer)},
        {tr("Report", "Author"), orNa(in.author.empty() ? design.site.author : in.author)},
        {tr("Report", "Document number"), orNa(in.document.documentNumber)},
        {tr("Report", "Revision"), orNa(in.document.revision)},
        {tr("Report", "Date"), orNa(in.dateIso)},
        {tr("Report", "Confidentiality"), orNa(in.document.confidentiality)},
        {tr("Report", "Prices"), priceBasis(in.document)},
        {tr("Report", "Design file"), orNa(in.fileName)},
        {tr("Report", "File version"), orNa(in.fileVersion)},
        {tr("Report", "Serving model / scenario"), orNa(in.modelId) + " / " + orNa(in.scenario)}};
    if (!in.variantName.empty()) // the option this report is about, of a file with several
        t.rows.insert(t.rows.begin() + 1, {tr("Report", "Variant"), in.variantName});
    s.blocks.push_back(t);
    s.blocks.push_back(Paragraph{
        tr("Report", "Figures marked as estimates carry the error bands of the estimation engine. "
                     "Catalog figures that are secondary, unverified or assumed are listed in the "
                     "assumptions ledger at the end of this report."),
        ParagraphStyle::Note});
    return s;
}

// "2028-03-06 (61 weeks)": a date with the weeks from the programme start.
std::string dateWithWeeks(const std::string& iso, double weeks) {
    if (iso.empty())
        return tr("Report", "n/a");
    if (!std::isfinite(weeks) || weeks <= 0)
        return iso;
    return fill(tr("Report", "%1 (%2 weeks)"), {iso, formatNumber(weeks, 0)});
}

// "50 tokens/s", "12.5 tokens/s": a per-user speed as quoted (whole numbers without decimals).
std::string perUserSpeed(double tokensPerS) {
    return (tokensPerS == std::floor(tokensPerS) ? formatCount(tokensPerS)
                                                 : formatSignificant(tokensPerS, 3)) +
           " tokens/s";
}

// The risk words of the register (probability, impact, category, owner) in the report's language.
std::string riskWord(const std::string& w) {
    return tr("Risk", w.c_str());
}

// "colocation, 60-month term": a procurement for people, with the rent commitment.
std::string procurementText(const DesignFigures& f) {
    const std::string word = tr("Options", procurementLabel(f.procurement));
    const std::string months = formatCount(double(f.rentTermMonths));
    if (f.procurement == "colocation")
        return fill(tr("Report", "%1, %2-month term"), {word, months});
    if (f.procurement == "cloud")
        return fill(tr("Report", "%1, %2-month commitment"), {word, months});
    return word;
}

// Build or rent on the decision page: each option's procurement, total cost of ownership over
// its horizon, what is paid before first token, the TCO per million tokens and the first-token
// date (designFigures: the figures aifp-cli compare prints). Variants compared: one row each
// (at most five, base first; the others are in the comparison section). One design: its own
// procurement and, for contrast, the same design under the other two.
void addBuildOrRent(const ReportInputs& in, Section& s) {
    constexpr std::size_t kRows = 5;
    const bool variants = in.comparison.designs.size() > 1;
    const std::vector<DesignFigures>& options =
        variants ? in.comparison.designs : in.procurementOptions;
    if (options.empty())
        return;
    Table t;
    t.caption = tr("Report", "Build or rent: total cost of ownership (TCO) from first token (rent "
                             "prices and lead times: assumptions, docs/reference/rent-prices.md)");
    t.header = {variants ? tr("Report", "Variant") : tr("Report", "Option"),
                tr("Options", "Procurement"),
                tr("Report", "TCO over the horizon"),
                tr("Report", "Paid upfront"),
                tr("Options", "TCO per million tokens"),
                tr("Report", "First tokens")};
    t.columnWeights = {2.0, 2.2, 1.7, 1.5, 1.8, 1.9};
    t.columnAlign = {Align::Left,  Align::Left,  Align::Right,
                     Align::Right, Align::Right, Align::Right};
    auto money = [](double v) { return std::isfinite(v) ? formatUsd(v) : tr("Report", "n/a"); };
    for (std::size_t i = 0; i < options.size() && i < kRows; ++i) {
        const DesignFigures& f = options[i];
        const bool own = f.procurement == in.procurement;
        t.rows.push_back({variants ? f.name
                                   : std::string(own ? tr("Report", "this design")
                                                     : tr("Report", "same design, for contrast")),
                          procurementText(f),
                          std::isfinite(f.tcoUsd)
                              ? fill(tr("Report", "%1 over %2 years"),
                                     {formatUsd(f.tcoUsd), formatCount(double(f.tcoHorizonYears))})
                              : std::string(tr("Report", "n/a")),
                          money(f.tcoUpfrontUsd), money(f.tcoCostPerMillionTokens),
                          dateWithWeeks(f.firstToken, f.firstTokenWeeks)});
    }
    s.blocks.push_back(t);
    if (options.size() > kRows)
        s.blocks.push_back(Paragraph{
            fill(tr("Report", "%1 more variants are in %2."),
                 {formatCount(double(options.size() - kRows)), tr("Report", kComparison)}),
            ParagraphStyle::Note});
}

// The decision summary's lead: the option, what the GPUs produce and the service level.
std::string decisionLead(const ReportInputs& in) {
    std::string lead;
    if (!in.variantName.empty())
        lead = fill(in.comparison.designs.size() > 1
                        ? tr("Report", "Option \u201c%1\u201d, one of %2 variants (see %3).")
                        : tr("Report", "Option \u201c%1\u201d."),
                    {in.variantName, formatCount(double(in.comparison.designs.size())),
                     tr("Report", kComparison)}) +
               " ";
    if (in.gpus.available() && in.tokensPerSecond.available())
        lead += fill(tr("Report", "%1 GPUs produce an estimated %2; %3 per MW of facility power."),
                     {formatCount(in.gpus.value), figureText(in.tokensPerSecond),
                      in.tokensPerSecondPerMw.available()
                          ? formatScaled(in.tokensPerSecondPerMw.value, "tokens/s", 3)
                          : std::string(tr("Report", "n/a"))});
    if (in.serviceTokensPerSecond.available() && in.userTokensPerS.available())
        lead += " " + fill(tr("Report", "At the quoted service level of %1 per user the factory "
                                        "serves %2."),
                           {perUserSpeed(in.userTokensPerS.value),
                            formatScaled(in.serviceTokensPerSecond.value, "tokens/s", 3)});
    return lead;
}

// What the customer gets, what it costs, when.
Table decisionFigures(const ReportInputs& in) {
    Table t;
    t.caption = tr("Report", "What the customer gets, what it costs, when");
    t.header = {tr("Report", "Figure"), tr("Report", "Value"), tr("Report", "Basis")};
    t.columnWeights = {2.2, 2.6, 5.2};
    t.columnAlign = {Align::Left, Align::Right, Align::Left};
    auto row = [&](const std::string& label, const std::string& value, const std::string& basis) {
        t.rows.push_back({label, value, basis.empty() ? "-" : basis});
    };
    row(tr("Report", "GPUs"),
        in.gpus.available() ? formatCount(in.gpus.value) : tr("Report", "n/a"),
        in.racks.available() ? fill(tr("Report", "in %1 racks"), {formatCount(in.racks.value)})
                             : std::string());
    row(tr("Report", "Output tokens per second"), figureText(in.tokensPerSecond),
        fill(tr("Report", "%1 (%2), the estimate's error band"),
             {orNa(in.modelId), orNa(in.scenario)}));
    // Tokens/s per MW and the service level are in the lead sentence above: the page keeps its
    // rows for build or rent.
    row(tr("Report", "Capital cost (range)"), figureText(in.capexRangeUsd),
        std::isfinite(in.capexRangeUsd.low)
            ? in.capexRangeUsd.basis
            : std::string(tr("Report", "the estimate; no range (no GPU price driver)")));
    row(tr("Report", "Cost per million tokens"), figureText(in.costPerMillionTokensUsd),
        tr("Report", "amortised capital cost and operating cost per year / annual tokens"));
    row(tr("Report", "Grid capacity to contract"),
        in.powerBasis ? formatNumber(in.powerBasis->facilityDesignKw / 1000.0,
                                     autoDecimals(in.powerBasis->facilityDesignKw / 1000.0)) +
                            " MW (" +
                            formatNumber(in.powerBasis->facilityDesignKva / 1000.0,
                                         autoDecimals(in.powerBasis->facilityDesignKva / 1000.0)) +
                            " MVA)"
                      : std::string(tr("Report", "n/a")),
        tr("Report", "facility power at the design IT load and the design ambient"));
    row(tr("Report", "First tokens"),
        dateWithWeeks(in.firstTokenDate, in.fastTrack.firstTokenWeeks),
        in.fastTrack.driver.empty()
            ? std::string(tr("Report", "schedule engine"))
            : fill(tr("Report", "schedule engine; driven by %1"), {in.fastTrack.driver}));
    row(tr("Report", "Full capacity"),
        dateWithWeeks(in.fullCapacityDate, in.fastTrack.fullCapacityWeeks),
        tr("Report", "schedule engine"));
    return t;
}

// The validation line ("" when validation did not run); errors says whether it counts errors.
std::string validationLine(const ReportInputs& in, bool& errors) {
    errors = false;
    if (!in.validationAvailable)
        return std::string();
    int e = 0, w = 0;
    for (const Finding& f : in.findings) {
        if (f.severity == Severity::Error)
            ++e;
        else if (f.severity == Severity::Warning)
            ++w;
    }
    errors = e > 0;
    return fill(tr("Report", "Risk: validation reports %1 error(s) and %2 warning(s)"),
                {formatCount(static_cast<double>(e)), formatCount(static_cast<double>(w))}) +
           (e > 0
                ? tr("Report", "; errors must be resolved before the design can be built as drawn.")
                : ".");
}

// The five largest risks with their mitigations; the validation line heads them when it
// reports no error.
void addTopRisks(const ReportInputs& in, const std::string& validation, bool validationErrors,
                 Section& s) {
    if (!in.sensitivity) {
        s.blocks.push_back(
            Paragraph{fill(tr("Report", "The risk register was not computed (see %1)."),
                           {tr("Report", kDecision)}),
                      ParagraphStyle::Warning});
        return;
    }
    Table r;
    r.caption = fill(tr("Report", "Top risks (%1 of %2; the full register is in %3)"),
                     {formatCount(double(std::min<std::size_t>(5, in.risks.size()))),
                      formatCount(double(in.risks.size())), tr("Report", kRisks)});
    if (!validationErrors && !validation.empty())
        r.caption = validation + " " + r.caption;
    r.header = {tr("Report", "Risk"), tr("Report", "Probability / impact"),
                tr("Report", "Mitigation"), tr("Report", "Owner")};
    r.columnWeights = {3.6, 1.5, 4.0, 1.5};
    r.columnAlign = {Align::Left, Align::Left, Align::Left, Align::Left};
    for (std::size_t i = 0; i < in.risks.size() && i < 5; ++i) {
        const Risk& k = in.risks[i];
        r.rows.push_back({k.title, riskWord(k.probability) + " / " + riskWord(k.impact),
                          k.mitigation, riskWord(k.owner)});
        r.rowColor.push_back(k.impact == "high" ? colors::kRed : colors::kBlack);
    }
    if (r.rows.empty())
        s.blocks.push_back(Paragraph{tr("Report", "No risk derived from the engines.")});
    else
        s.blocks.push_back(r);
}

// The one page a manager decides on: what the customer gets, what it costs (a range), the grid
// capacity to contract, when tokens flow, and the five largest risks with their mitigations.
Section decisionSummary(const ReportInputs& in) {
    Section s;
    s.id = "decision";
    s.title = tr("Report", kDecision);
    if (const std::string lead = decisionLead(in); !lead.empty())
        s.blocks.push_back(Paragraph{lead, ParagraphStyle::Lead});
    if (const std::string banner = errorBanner(in); !banner.empty())
        s.blocks.push_back(Paragraph{banner, ParagraphStyle::Warning});
    s.blocks.push_back(decisionFigures(in));
    addBuildOrRent(in, s);
    // The validation line: a warning paragraph when there are errors, else it heads the risks
    // (the caption of their table), which keeps the page to one page with build or rent on it.
    bool validationErrors = false;
    const std::string validation = validationLine(in, validationErrors);
    if (validationErrors || (!validation.empty() && !in.sensitivity))
        s.blocks.push_back(Paragraph{validation, validationErrors ? ParagraphStyle::Warning
                                                                  : ParagraphStyle::Body});
    addTopRisks(in, validation, validationErrors, s);
    if (!in.missing.empty()) {
        s.blocks.push_back(Subheading{tr("Report", "Not available in this report")});
        for (const std::string& m : in.missing)
            s.blocks.push_back(Paragraph{"- " + m, ParagraphStyle::Warning});
    }
    return s;
}

// Money figures of the comparison print as money (their keys name capex, opex or cost).
bool isMoneyField(const FigureField& f) {
    const std::string k = f.key;
    return k.find("capex") != std::string::npos || k.find("opex") != std::string::npos ||
           k.find("cost") != std::string::npos || k.find("usd") != std::string::npos;
}

std::string comparedValue(const FigureField& f, double v) {
    if (!std::isfinite(v))
        return tr("Report", "n/a");
    if (isMoneyField(f))
        return formatUsd(v);
    if (std::abs(v) >= 1e6)
        return formatScaled(v, 3);
    return formatNumber(v, f.decimals);
}

// The difference to the base in the style of the value: a figure printed with an SI prefix
// ("8.07 M") gets a difference of three significant digits ("-95,200"), not eight.
std::string comparedDelta(const FigureField& f, double d, double value) {
    if (!std::isfinite(d))
        return "";
    // Money prints its own significant digits ("$0.0532"): equal only when it is.
    const double same =
        isMoneyField(f) ? 1e-9 * std::max(1.0, std::abs(value)) : 0.5 * std::pow(10.0, -f.decimals);
    if (std::abs(d) < same)
        return " (=)";
    const std::string size = !isMoneyField(f) && std::abs(value) >= 1e6
                                 ? formatScaled(std::abs(d), 3)
                                 : comparedValue(f, std::abs(d));
    return std::string(" (") + (d > 0 ? "+" : "\u2212") + size + ")";
}

// The variants side by side: one column per variant (at most six per table), one row per
// compared figure (comparedFigures(), the list aifp-cli compare prints), the difference to the
// base in brackets; then bar charts of capex, facility MW, tokens/s per MW and first token.
Section comparisonSection(const ReportInputs& in) {
    Section s;
    s.id = "comparison";
    s.title = tr("Report", kComparison);
    const Comparison& c = in.comparison;
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "%1 variants of this project, each estimated, scheduled and validated "
                          "with its own settings (the figures of aifp-cli compare). Differences "
                          "in brackets are to the base, %2."),
             {formatCount(double(c.designs.size())), c.designs.front().name}),
        ParagraphStyle::Body});
    constexpr std::size_t kColumns = 6;
    for (std::size_t first = 1; first < c.designs.size(); first += kColumns - 1) {
        // The base column, then up to five variants; a further table repeats the base column.
        std::vector<std::size_t> cols = {0};
        for (std::size_t i = first; i < c.designs.size() && cols.size() < kColumns; ++i)
            cols.push_back(i);
        Table t;
        t.header = {tr("Report", "Figure")};
        for (std::size_t i : cols)
            t.header.push_back(c.designs[i].name +
                               (i == 0 && c.designs[i].name != kDefaultBaseVariantName
                                    ? tr("Report", " (base)")
                                    : ""));
        t.columnWeights = {2.6};
        t.columnAlign = {Align::Left};
        for (std::size_t k = 0; k < cols.size(); ++k) {
            t.columnWeights.push_back(1.6);
            t.columnAlign.push_back(Align::Right);
        }
        const std::string currency =
            c.designs.front().currency.empty() ? std::string("USD") : c.designs.front().currency;
        for (const FigureField& f : comparedFigures()) {
            std::string unit = *f.unit ? tr("Options", f.unit) : "";
            if (unit.empty() && isMoneyField(f))
                unit = currency;
            std::vector<std::string> row = {std::string(tr("Options", f.label)) +
                                            (unit.empty() ? "" : " (" + unit + ")")};
            const double base = f.get(c.designs.front());
            for (std::size_t i : cols) {
                const double v = f.get(c.designs[i]);
                row.push_back(comparedValue(f, v) + (i == 0 ? "" : comparedDelta(f, v - base, v)));
            }
            t.rows.push_back(row);
        }
        std::vector<std::string> ft = {tr("Report", "First tokens")},
                                 fc = {tr("Report", "Full capacity")};
        for (std::size_t i : cols) {
            ft.push_back(orNa(c.designs[i].firstToken));
            fc.push_back(orNa(c.designs[i].fullCapacity));
        }
        t.rows.push_back(ft);
        t.rows.push_back(fc);
        t.caption = tr("Report", "Compared figures");
        s.blocks.push_back(t);
    }
    // Bar charts of the figures a manager weighs first, when the list has them.
    const Color palette[] = {colors::kNavy,   colors::kBlue,       colors::kTeal, colors::kGreen,
                             colors::kOrange, Color{120, 70, 160}, colors::kGrey, colors::kRed};
    struct Chart {
        const char* key;
        const char* title;
    };
    const Chart charts[] = {
        {"capex", AIFP_TRANSLATE_NOOP("Report", "Capital cost by variant")},
        {"facility_design_mw", AIFP_TRANSLATE_NOOP("Report", "Facility power (design) by variant")},
        {"tokens_per_second_per_mw",
         AIFP_TRANSLATE_NOOP("Report", "Tokens per second per MW by variant")},
        {"first_token_weeks",
         AIFP_TRANSLATE_NOOP("Report", "First token by variant (weeks from the start)")}};
    for (const Chart& ch : charts) {
        const FigureField* field = nullptr;
        for (const FigureField& f : comparedFigures())
            if (std::string(f.key) == ch.key)
                field = &f;
        if (!field)
            continue;
        std::vector<BarDatum> bars;
        for (std::size_t i = 0; i < c.designs.size(); ++i)
            bars.push_back({c.designs[i].name, field->get(c.designs[i]), kNotAvailable,
                            kNotAvailable, palette[i % 8]});
        const FigureField f = *field;
        s.blocks.push_back(
            Figure{drawBarChart(
                       tr("Report", ch.title), bars,
                       [f](double v) {
                           const std::string unit = *f.unit ? tr("Options", f.unit) : "";
                           return comparedValue(f, v) + (unit.empty() ? "" : " " + unit);
                       },
                       620),
                   ""});
    }
    for (const DesignFigures& d : c.designs)
        for (const std::string& p : d.problems)
            s.blocks.push_back(Paragraph{fill(tr("Report", "%1: not computed: %2"), {d.name, p}),
                                         ParagraphStyle::Warning});
    return s;
}

// What moves the figures most: a tornado chart per output (cost per million tokens, first
// token) from the sensitivity sweep, and the drivers with their ranges and where they come from.
Section sensitivitySection(const ReportInputs& in) {
    Section s;
    s.id = "sensitivity";
    s.title = tr("Report", kSensitivity);
    s.startsPage = false; // after a short risk register, on its page
    if (!in.sensitivity) {
        s.blocks.push_back(
            Paragraph{fill(tr("Report", "The sensitivity was not computed (see %1)."),
                           {tr("Report", kDecision)}),
                      ParagraphStyle::Warning});
        return s;
    }
    s.blocks.push_back(Paragraph{
        tr("Report",
           "Each input swept over its range, one at a time (aifp-cli sensitivity); largest "
           "swing first."),
        ParagraphStyle::Note});
    // The tornado charts first (one per output), then one table of every driver grouped by
    // output, so the section and the risk register after it stay short.
    Table t;
    t.caption = tr("Report", "Drivers: ranges, outputs at each end and where the range comes from");
    t.header = {tr("Report", "Input"),           tr("Report", "Base"),
                tr("Report", "Low \u2013 high"), tr("Report", "Output at low"),
                tr("Report", "Output at high"),  tr("Report", "Range basis")};
    t.columnWeights = {2.8, 0.9, 1.7, 1.0, 1.0, 4.2};
    t.columnAlign = {Align::Left,  Align::Right, Align::Right,
                     Align::Right, Align::Right, Align::Left};
    auto input = [](double v) {
        return std::abs(v) >= 1e6 ? formatScaled(v, 3) : formatSignificant(v, 3);
    };
    for (const SensitivityOutput& o : in.sensitivity->outputs) {
        const bool cost = o.name == "cost_per_million_tokens";
        const std::string title =
            cost ? fill(tr("Report", "Cost per million tokens (%1), base %2"),
                        {o.unit, formatUsd(o.base)})
                 : fill(tr("Report", "First token (weeks from the start), base %1 weeks (%2)"),
                        {formatNumber(o.base, 1), o.baseText});
        auto value = [cost](double v) {
            return cost ? formatUsd(v) : formatNumber(v, 1) + tr("Report", " wk");
        };
        std::vector<TornadoRow> rows;
        for (const SensitivityDriver& d : o.drivers)
            rows.push_back({d.input + " (" + input(d.low) + " \u2013 " + input(d.high) +
                                (d.unit.empty() ? "" : " " + d.unit) + ")",
                            d.outputLow, d.outputHigh});
        s.blocks.push_back(Figure{drawTornadoChart(title, o.base, rows, value), ""});
        t.rows.push_back({title, "", "", "", "", ""});
        t.groupRow.resize(t.rows.size(), false);
        t.groupRow.back() = true;
        for (const SensitivityDriver& d : o.drivers)
            t.rows.push_back(
                {d.input, std::isfinite(d.base) ? input(d.base) : tr("Report", "n/a"),
                 input(d.low) + " \u2013 " + input(d.high) + (d.unit.empty() ? "" : " " + d.unit),
                 std::isfinite(d.outputLow) ? value(d.outputLow) : tr("Report", "n/a"),
                 std::isfinite(d.outputHigh) ? value(d.outputHigh) : tr("Report", "n/a"),
                 d.rangeBasis});
    }
    t.groupRow.resize(t.rows.size(), false);
    s.blocks.push_back(t);
    for (const std::string& n : in.sensitivity->notes)
        s.blocks.push_back(Paragraph{fill(tr("Report", "Note: %1"), {n}), ParagraphStyle::Note});
    return s;
}

// Every risk the engines derive, highest score first (aifp-cli risks; rating rules in
// docs/options.md).
Section riskSection(const ReportInputs& in) {
    Section s;
    s.id = "risks";
    s.title = tr("Report", kRisks);
    if (!in.sensitivity) {
        s.blocks.push_back(
            Paragraph{fill(tr("Report", "The risk register was not computed (see %1)."),
                           {tr("Report", kDecision)}),
                      ParagraphStyle::Warning});
        return s;
    }
    s.blocks.push_back(Paragraph{
        tr("Report", "Derived from the engines (aifp-cli risks), never typed by hand; score = "
                     "probability (low 1 to certain 4) x impact (low 1 to high 3)."),
        ParagraphStyle::Note});
    if (in.risks.empty()) {
        s.blocks.push_back(Paragraph{tr("Report", "No risk derived from the engines.")});
        return s;
    }
    Table t;
    t.header = {
        tr("Report", "#"),      tr("Report", "Risk"),  tr("Report", "Category / probability"),
        tr("Report", "Impact"), tr("Report", "Owner"), tr("Report", "Mitigation")};
    t.columnWeights = {0.3, 5.0, 1.2, 2.0, 1.2, 3.6};
    t.columnAlign = {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Left};
    for (std::size_t i = 0; i < in.risks.size(); ++i) {
        const Risk& k = in.risks[i];
        t.rows.push_back({formatCount(double(i + 1)),
                          k.detail.empty() ? k.title : k.title + "\n" + k.detail,
                          riskWord(k.category) + "\n" + riskWord(k.probability),
                          riskWord(k.impact) + (k.impactText.empty() ? "" : ": " + k.impactText),
                          riskWord(k.owner), k.mitigation});
        t.rowColor.push_back(k.impact == "high" ? colors::kRed : colors::kBlack);
    }
    s.blocks.push_back(t);
    return s;
}

struct HallLayoutGroup {
    std::vector<std::size_t> hallIndices;
};

// Halls grouped by layout: same width and depth, same racks (catalog id, rotation, position
// relative to the south-west corner, to the centimetre). Groups in order of first appearance.
std::vector<HallLayoutGroup> groupIdenticalHalls(const Design& design) {
    std::map<ObjectId, std::vector<std::string>> racksOf;
    for (const Rack& r : design.racks) {
        const Hall* h = nullptr;
        for (const Hall& hh : design.halls)
            if (hh.id == r.hallId)
                h = &hh;
        if (!h)
            continue;
        racksOf[r.hallId].push_back(r.catalogId + "@" + fileNumber(r.centerM.xM - h->originXM, 2) +
                                    "," + fileNumber(r.centerM.yM - h->originYM, 2) + "r" +
                                    fileNumber(r.rotationDeg, 0));
    }
    std::vector<HallLayoutGroup> groups;
    std::map<std::string, std::size_t> byKey;
    for (std::size_t i = 0; i < design.halls.size(); ++i) {
        const Hall& h = design.halls[i];
        std::vector<std::string>& racks = racksOf[h.id];
        std::sort(racks.begin(), racks.end());
        std::string key = fileNumber(h.widthM, 2) + "x" + fileNumber(h.depthM, 2);
        for (const std::string& r : racks)
            key += ";" + r;
        auto [it, fresh] = byKey.emplace(key, groups.size());
        if (fresh)
            groups.push_back({});
        groups[it->second].hallIndices.push_back(i);
    }
    return groups;
}

Section views(const Design& design, const Catalog& catalog, const ReportInputs& in) {
    Section s;
    s.id = "views";
    s.title = tr("Report", kViews);
    if (in.render3d && in.render3d->valid()) {
        const RasterImage& img = *in.render3d;
        const double w = 770, h = std::min(440.0, w * img.height / img.width);
        Canvas c(h * img.width / img.height, h);
        c.image(0, 0, c.widthPt(), h, img);
        s.blocks.push_back(
            Figure{c, tr("Report", "3D view of the site (render supplied by the application)")});
    } else {
        s.blocks.push_back(Paragraph{
            tr("Report",
               "Drawn view: this axonometric view is drawn from the design's geometry because no "
               "OpenGL context is available in the command-line tool; the application can supply "
               "its 3D render instead."),
            ParagraphStyle::Note});
        s.blocks.push_back(
            Figure{drawSiteAxonometricView(design, catalog),
                   tr("Report", "Axonometric view of the site from the south-west")});
    }
    // One plan per distinct hall layout: halls with the same size and the same racks at the
    // same places (relative to the hall's corner) share a drawing.
    for (const HallLayoutGroup& g : groupIdenticalHalls(design)) {
        const Hall& first = design.halls[g.hallIndices.front()];
        std::string caption =
            fill(tr("Report", "Floor plan of %1, dimensioned, north up"), {first.name});
        if (g.hallIndices.size() > 1) {
            std::string names;
            for (std::size_t k = 0; k < g.hallIndices.size(); ++k) {
                if (k == 3 && g.hallIndices.size() > 4) {
                    names += ", ... " + design.halls[g.hallIndices.back()].name;
                    break;
                }
                names += (k ? ", " : "") + design.halls[g.hallIndices[k]].name;
            }
            caption = fill(tr("Report", "Floor plan of %1 halls with the same rack layout (%2), "
                                        "dimensioned, north up"),
                           {formatCount(double(g.hallIndices.size())), names});
        }
        std::vector<const Hall*> shown;
        for (std::size_t k : g.hallIndices)
            shown.push_back(&design.halls[k]);
        s.blocks.push_back(
            Figure{drawHallFloorPlan(design, catalog, first, 770.0, 440.0, shown), caption});
    }
    if (design.halls.empty())
        s.blocks.push_back(
            Paragraph{tr("Report", "The design has no halls."), ParagraphStyle::Warning});
    return s;
}

Section power(const Design& design, const Catalog& catalog) {
    Section s;
    s.id = "power";
    s.title = tr("Report", kPower);
    const SingleLineModel m = buildSingleLineModel(design, catalog);
    s.blocks.push_back(Paragraph{
        tr("Report",
           "Single-line diagram from the utility to the racks. Loads are the nameplate power of "
           "the racks each item feeds (catalog rack_power_kw), shared equally by paralleled units "
           "of a group that feed the same racks; percentages compare that load with the item's kW "
           "rating. With 2N each path must carry the whole load on its own."),
        ParagraphStyle::Body});
    std::vector<Canvas> diagrams = drawSingleLineDiagrams(design, catalog);
    Table t;
    t.caption = tr("Report", "Power equipment by group");
    t.header = {tr("Report", "Path"), tr("Report", "Equipment"), tr("Report", "Rating"),
                tr("Report", "Connected load")};
    t.columnWeights = {0.8, 3, 4, 4};
    t.columnAlign = {Align::Left, Align::Left, Align::Left, Align::Left};
    std::vector<const SldGroup*> groups;
    for (const SldGroup& g : m.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const SldGroup* a, const SldGroup* b) {
        return a->path != b->path ? a->path < b->path : a->level < b->level;
    });
    for (const SldGroup* g : groups)
        t.rows.push_back({g->path.empty() ? tr("Report", "shared") : g->path, g->title,
                          orNa(g->rating), orNa(g->load)});
    // A page-sized diagram does not fit under the introduction: the table comes first then, so
    // the section's first page is not left empty.
    const bool tableFirst = !diagrams.empty() && diagrams.front().heightPt() > 380.0;
    if (tableFirst)
        s.blocks.push_back(t);
    const bool several = diagrams.size() > 1;
    for (std::size_t i = 0; i < diagrams.size(); ++i)
        s.blocks.push_back(
            Figure{std::move(diagrams[i]),
                   several ? fill(tr("Report", "Single-line diagram, path %1"), {m.paths[i]})
                           : std::string(tr("Report", "Single-line diagram"))});
    if (!tableFirst)
        s.blocks.push_back(t);
    return s;
}

Section cooling(const Design& design, const Catalog& catalog) {
    Section s;
    s.id = "cooling";
    s.title = tr("Report", kCooling);
    s.blocks.push_back(Figure{drawCoolingSchematic(design, catalog),
                              tr("Report", "Cooling loops: heat rejection, facility water, CDUs, "
                                           "technology loop, racks and air handlers")});
    const CoolingSummary c = summarizeCooling(design, catalog);
    // "<label with the unit count>", the capacity in MW.
    const auto unitsRow = [](const std::string& label, const CoolingSummary::Units& units) {
        return std::vector<std::string>{
            fill(label, {formatCount(static_cast<double>(units.count))}), mw(units.capacityKw)};
    };
    Table t;
    t.caption = tr("Report", "Cooling figures");
    t.header = {tr("Report", "Figure"), tr("Report", "Value")};
    t.columnWeights = {3, 2};
    t.rows = {{tr("Report", "Rack heat (nameplate)"), mw(c.rackHeatKw)},
              {tr("Report", "Heat to liquid"), mw(c.liquidHeatKw)},
              {tr("Report", "Heat to air"), mw(c.airHeatKw)},
              unitsRow(tr("Report", "Heat rejection capacity (%1 units)"), c.rejection),
              unitsRow(tr("Report", "CDU capacity (%1 units)"), c.cdus),
              unitsRow(tr("Report", "Air handler capacity (%1 units)"), c.airHandlers),
              {tr("Report", "Technology loop flow"), formatNumber(c.tech.flowLpm) + " L/min"},
              {tr("Report", "Facility loop flow"), c.facility.flowLpm > 0
                                                       ? formatNumber(c.facility.flowLpm) + " L/min"
                                                       : std::string(tr("Report", "n/a"))},
              {tr("Report", "Facility / technology pipe"),
               formatNumber(c.facility.pipeM) + " m / " + formatNumber(c.tech.pipeM) + " m"}};
    s.blocks.push_back(t);
    return s;
}

Section network(const Design& design, const Catalog& catalog) {
    Section s;
    s.id = "network";
    s.title = tr("Report", kNetwork);
    const FabricSummary f = summarizeFabric(design);
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "Compute fabric: %1, %2 tier(s)%3, oversubscription %4:1 (declared %5 "
                          "tiers)."),
             {displayName(design.settings.fabric), std::to_string(f.tiers),
              design.settings.railOptimized ? tr("Report", ", rail-optimised") : "",
              formatNumber(design.settings.oversubscription, 1),
              std::to_string(design.settings.fabricTiers)}),
        ParagraphStyle::Body});
    // Several clusters (Hall::cluster): one compute fabric each, no links between them.
    const std::vector<ClusterSummary> clusters = summarizeClusters(design, catalog);
    if (clusters.size() > 1) {
        Table ct;
        ct.caption = tr("Report", "Clusters (one independent compute fabric each)");
        ct.header = {tr("Report", "Cluster"),      tr("Report", "Halls"),
                     tr("Report", "Racks"),        tr("Report", "GPUs"),
                     tr("Report", "Fabric tiers"), tr("Report", "Compute switches")};
        ct.columnWeights = {3, 1, 1, 2, 1, 2};
        ct.columnAlign = {Align::Left,  Align::Right, Align::Right,
                          Align::Right, Align::Right, Align::Right};
        for (const ClusterSummary& c : clusters)
            ct.rows.push_back({c.name.empty() ? tr("Report", "(unnamed)") : c.name,
                               formatNumber(c.halls), formatNumber(c.racks),
                               formatNumber(static_cast<double>(c.gpus)), std::to_string(c.tiers),
                               formatNumber(c.computeSwitches)});
        s.blocks.push_back(ct);
    }
    s.blocks.push_back(Figure{drawNetworkFabricDiagram(design, f),
                              tr("Report", "Fabric tiers (up to ten units drawn per tier)")});
    Table sw;
    sw.caption = tr("Report", "Switches");
    sw.header = {tr("Report", "Tier / role"), tr("Report", "Model"), tr("Report", "Ports"),
                 tr("Report", "Count")};
    sw.columnWeights = {3, 3, 1, 1};
    sw.columnAlign = {Align::Left, Align::Left, Align::Right, Align::Right};
    for (const auto& [tier, n] : f.computeSwitchesByTier)
        sw.rows.push_back({fill(tr("Report", "Compute tier %1"), {std::to_string(tier)}),
                           f.modelByTier.count(tier) ? f.modelByTier.at(tier) : "",
                           formatNumber(f.portsByTier.count(tier) ? f.portsByTier.at(tier) : 0),
                           formatNumber(n)});
    if (f.storageSwitches)
        sw.rows.push_back(
            {tr("Report", "Storage / in-band"), "", "", formatNumber(f.storageSwitches)});
    if (f.outOfBandSwitches)
        sw.rows.push_back({tr("Report", "Out-of-band"), "", "", formatNumber(f.outOfBandSwitches)});
    s.blocks.push_back(sw);
    Table links;
    links.caption = tr("Report", "Links by medium and length band");
    links.header = {tr("Report", "Medium"), tr("Report", "Length band"), tr("Report", "Links")};
    links.columnWeights = {3, 2, 1};
    links.columnAlign = {Align::Left, Align::Left, Align::Right};
    for (const auto& [k, n] : f.linksByMediumAndBand)
        links.rows.push_back({k.first, k.second, formatNumber(static_cast<double>(n))});
    links.rows.push_back(
        {tr("Report", "Total"), "", formatNumber(static_cast<double>(f.totalLinks))});
    links.rows.push_back({tr("Report", "Optical link ends (transceiver ports)"),
                          tr("Report", "two per optical link"),
                          formatNumber(static_cast<double>(f.opticalLinkEnds))});
    s.blocks.push_back(links);
    return s;
}

Section validation(const ReportInputs& in) {
    Section s;
    s.id = "validation";
    s.title = tr("Report", kValidation);
    if (!in.validationAvailable) {
        s.blocks.push_back(Paragraph{tr("Report", "Validation was not run for this report (see the "
                                                  "decision summary for the reason)."),
                                     ParagraphStyle::Warning});
        return s;
    }
    int counts[3] = {0, 0, 0};
    for (const Finding& f : in.findings)
        ++counts[static_cast<int>(f.severity)];
    s.blocks.push_back(Figure{drawBarChart(
                                  tr("Report", "Findings by severity"),
                                  {{tr("Report", "Errors"), double(counts[0]), kNotAvailable,
                                    kNotAvailable, colors::kRed},
                                   {tr("Report", "Warnings"), double(counts[1]), kNotAvailable,
                                    kNotAvailable, colors::kOrange},
                                   {tr("Report", "Information"), double(counts[2]), kNotAvailable,
                                    kNotAvailable, colors::kBlue}},
                                  [](double v) { return formatNumber(v); }, 500),
                              ""});
    if (in.findings.empty()) {
        s.blocks.push_back(
            Paragraph{tr("Report", "No findings: the design passes every validation rule.")});
        return s;
    }
    // One row per rule and severity: how many findings, the first few messages (each names its
    // objects) and the fix, so a design with thousands of findings stays a few pages.
    struct RuleGroup {
        Severity severity;
        std::string rule;
        std::vector<const Finding*> findings;
    };
    std::vector<RuleGroup> groups;
    std::map<std::pair<int, std::string>, std::size_t> index;
    for (const Finding& f : in.findings) {
        auto [it, fresh] =
            index.emplace(std::make_pair(static_cast<int>(f.severity), f.rule), groups.size());
        if (fresh)
            groups.push_back({f.severity, f.rule, {}});
        groups[it->second].findings.push_back(&f);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const RuleGroup& a, const RuleGroup& b) {
        if (a.severity != b.severity)
            return static_cast<int>(a.severity) < static_cast<int>(b.severity);
        return a.findings.size() > b.findings.size();
    });
    constexpr std::size_t kExamples = 3;
    auto count = [](std::size_t n, const char* one, const char* many) {
        return formatCount(double(n)) + " " + (n == 1 ? one : many);
    };
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "%1 from %2, grouped by rule: the count, the first %3 findings of each "
                          "rule (with the objects they name) and the suggested fix. The "
                          "application and aifp-cli validate list every finding."),
             {count(in.findings.size(), tr("Report", "finding"), tr("Report", "findings")),
              count(groups.size(), tr("Report", "rule"), tr("Report", "rules")),
              std::to_string(kExamples)}),
        ParagraphStyle::Body});
    Table t;
    t.header = {tr("Report", "Severity"),      tr("Report", "Rule"),
                tr("Report", "Count"),         tr("Report", "First findings"),
                tr("Report", "Suggested fix"), tr("Report", "Source")};
    t.columnWeights = {0.9, 1.6, 0.7, 4.6, 2.8, 1.8};
    t.columnAlign = {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left};
    for (const RuleGroup& g : groups) {
        std::string examples;
        for (std::size_t k = 0; k < g.findings.size() && k < kExamples; ++k)
            examples += (k ? "\n" : "") + std::string(g.findings.size() > 1 ? "\u2022 " : "") +
                        g.findings[k]->message;
        if (g.findings.size() > kExamples)
            examples += "\n" + fill(tr("Report", "(and %1 more)"),
                                    {formatCount(double(g.findings.size() - kExamples))});
        const Finding& first = *g.findings.front();
        t.rows.push_back({severityText(g.severity), g.rule, formatCount(double(g.findings.size())),
                          examples, first.fix, first.source});
        t.rowColor.push_back(severityColor(g.severity));
    }
    s.blocks.push_back(t);
    return s;
}

Section estimates(const ReportInputs& in) {
    Section s;
    s.id = "estimates";
    s.title = tr("Report", kEstimates);
    if (in.estimateFigures.empty() && in.powerBreakdownMw.empty() && in.costBreakdownUsd.empty()) {
        s.blocks.push_back(Paragraph{tr("Report", "No estimate is available for this report (see "
                                                  "the decision summary for the reason)."),
                                     ParagraphStyle::Warning});
    }
    if (const std::string banner = errorBanner(in); !banner.empty())
        s.blocks.push_back(Paragraph{banner, ParagraphStyle::Warning});
    const Color palette[] = {colors::kBlue,       colors::kTeal, colors::kOrange, colors::kGreen,
                             Color{120, 70, 160}, colors::kGrey, colors::kNavy,   colors::kRed};
    if (!in.powerBreakdownMw.empty()) {
        std::vector<BarDatum> parts;
        for (std::size_t i = 0; i < in.powerBreakdownMw.size(); ++i)
            parts.push_back({in.powerBreakdownMw[i].label, in.powerBreakdownMw[i].value,
                             kNotAvailable, kNotAvailable, palette[i % 8]});
        s.blocks.push_back(
            Figure{drawStackedBar(tr("Report", "Facility power breakdown"), parts,
                                  [](double v) { return formatNumber(v, 2) + " MW"; }),
                   ""});
    }
    if (!in.costBreakdownUsd.empty()) {
        std::vector<BarDatum> bars;
        for (std::size_t i = 0; i < in.costBreakdownUsd.size(); ++i)
            bars.push_back({in.costBreakdownUsd[i].label, in.costBreakdownUsd[i].value,
                            kNotAvailable, kNotAvailable, palette[i % 8]});
        s.blocks.push_back(Figure{drawBarChart(
                                      tr("Report", "Capital cost breakdown"), bars,
                                      [](double v) { return formatUsd(v); }, 620),
                                  ""});
    }
    if (in.tokensPerSecond.available()) {
        s.blocks.push_back(
            Figure{drawBarChart(
                       fill(tr("Report", "Throughput, %1 (%2), with error band"),
                            {orNa(in.modelId), orNa(in.scenario)}),
                       {{tr("Report", "Tokens per second"), in.tokensPerSecond.value,
                         in.tokensPerSecond.low, in.tokensPerSecond.high, colors::kGreen}},
                       // An estimate with an error band: three significant digits, not ten.
                       [](double v) { return formatScaled(v, 3); }, 620),
                   ""});
    }
    if (!in.estimateFigures.empty()) {
        std::vector<const ReportFigure*> figs;
        for (const ReportFigure& f : in.estimateFigures)
            figs.push_back(&f);
        Table t = figureTable(figs);
        t.caption = tr("Report", "Estimate figures with error bands");
        s.blocks.push_back(t);
    }
    if (!in.estimateAssumptions.empty()) {
        s.blocks.push_back(Subheading{tr("Report", "Assumptions of the estimate")});
        for (const std::string& a : in.estimateAssumptions)
            s.blocks.push_back(Paragraph{"- " + a, ParagraphStyle::Body});
    }
    return s;
}

// Time to first token, full capacity, driver and the fast-track paths (core/schedule).
void addFastTrack(const FastTrackSummary& ft, Section& s) {
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "First token in %1 weeks (%2); full capacity in %3 weeks (%4). First "
                          "token is driven by %5."),
             {formatNumber(ft.firstTokenWeeks, 0), ft.firstToken,
              formatNumber(ft.fullCapacityWeeks, 0), ft.fullCapacity, ft.driver}),
        ParagraphStyle::Body});
    Table t;
    t.caption = tr("Report",
                   "Fast-track paths: what each lever would buy (weeks from the programme start)");
    t.header = {tr("Report", "Path"),          tr("Report", "First token"),
                tr("Report", "Full capacity"), tr("Report", "Earlier by"),
                tr("Report", "Added cost"),    tr("Report", "Driver of first token")};
    t.columnWeights = {3.2, 1.3, 1.3, 1.1, 1.2, 3.0};
    for (const FastTrackOption& p : ft.options) {
        const bool base = p.id == "base";
        const std::string wk = tr("Report", " wk");
        t.rows.push_back({p.name, formatNumber(p.firstTokenWeeks, 0) + wk,
                          formatNumber(p.fullCapacityWeeks, 0) + wk,
                          base ? "-" : formatNumber(p.firstTokenGainWeeks, 0) + wk,
                          base          ? "-"
                          : p.costKnown ? formatUsd(p.addedCostUsd)
                                        : tr("Report", "not priced"),
                          p.driver});
    }
    s.blocks.push_back(t);
}

// The programme dates, the Gantt chart and the milestones its summary rows draw unlabelled.
void addGantt(const ReportInputs& in, Section& s) {
    // A Gantt chart of up to 30 rows fills an A4 landscape page at its 7 pt text.
    constexpr std::size_t kGanttRows = 30;
    const std::vector<ReportTask> ganttRows = summarizeTasks(in.tasks, kGanttRows);
    std::string summary =
        fill(tr("Report", "%1 activities"), {formatCount(static_cast<double>(in.tasks.size()))});
    const bool byArea = std::any_of(ganttRows.begin(), ganttRows.end(),
                                    [](const ReportTask& r) { return !r.spans.empty(); });
    if (in.tasks.size() > kGanttRows)
        summary += fill(byArea ? tr("Report", ", summarised to %1 rows by hall")
                               : tr("Report", ", summarised to %1 rows by hall and phase"),
                        {formatCount(double(ganttRows.size()))});
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "Programme start %1, finish %2. First tokens %3; full capacity %4. %5."),
             {orNa(in.scheduleStart), orNa(in.scheduleFinish), orNa(in.firstTokenDate),
              orNa(in.fullCapacityDate), summary}),
        ParagraphStyle::Body});
    std::vector<Canvas> gantt = drawGanttCharts(ganttRows, in.scheduleStart, kGanttRows);
    for (std::size_t i = 0; i < gantt.size(); ++i)
        s.blocks.push_back(
            Figure{std::move(gantt[i]),
                   gantt.size() == 1
                       ? tr("Report", "Gantt chart (critical path in red)")
                       : fill(tr("Report", "Gantt chart (critical path in red), part %1 of %2"),
                              {formatCount(double(i + 1)), formatCount(double(gantt.size()))})});
    // Rows summarising a hall or the site draw their milestones as diamonds without labels:
    // the milestones are listed here with their dates.
    std::vector<const ReportTaskSpan*> milestones;
    for (const ReportTask& r : ganttRows)
        for (const ReportTaskSpan& p : r.spans)
            if (p.milestone)
                milestones.push_back(&p);
    if (milestones.empty())
        return;
    std::stable_sort(
        milestones.begin(), milestones.end(),
        [](const ReportTaskSpan* a, const ReportTaskSpan* b) { return a->startDay < b->startDay; });
    Table t;
    t.caption = tr("Report", "Milestones");
    t.header = {tr("Report", "Date"), tr("Report", "Milestone"), tr("Report", "Critical")};
    t.columnWeights = {1, 5, 1};
    t.columnAlign = {Align::Left, Align::Left, Align::Left};
    for (const ReportTaskSpan* p : milestones)
        t.rows.push_back({p->startIso, p->name, p->critical ? tr("Report", "yes") : ""});
    s.blocks.push_back(t);
}

// The ramp chart, and the ramp as a table: one row per step of capacity (or per month when
// there are many).
void addRamp(const ReportInputs& in, Section& s) {
    const double gpusAtFull = in.gpus.available() ? in.gpus.value : 0.0;
    const double tokensAtFull =
        in.tokensPerSecond.available() ? in.tokensPerSecond.value : kNotAvailable;
    s.blocks.push_back(Figure{drawRampChart(in.ramp, tokensAtFull, gpusAtFull),
                              tr("Report", "Ramp by date: MW energised and GPUs online")});
    std::vector<const ReportRampPoint*> steps;
    for (std::size_t i = 0; i < in.ramp.size(); ++i) {
        const ReportRampPoint& p = in.ramp[i];
        if (i == 0 || p.gpusOnline != in.ramp[i - 1].gpusOnline ||
            p.mwEnergised != in.ramp[i - 1].mwEnergised)
            steps.push_back(&p);
    }
    if (steps.size() > 24) {
        std::vector<const ReportRampPoint*> monthly;
        for (const ReportRampPoint* p : steps) {
            if (!monthly.empty() && monthly.back()->dateIso.substr(0, 7) == p->dateIso.substr(0, 7))
                monthly.back() = p;
            else
                monthly.push_back(p);
        }
        steps = std::move(monthly);
    }
    if (steps.empty())
        return;
    Table t;
    t.caption = steps.size() < in.ramp.size() ? tr("Report", "Capacity ramp by date")
                                              : tr("Report", "Capacity ramp");
    t.header = {tr("Report", "From"), tr("Report", "MW energised"), tr("Report", "GPUs online"),
                tr("Report", "Share of GPUs"), tr("Report", "Output tokens/s")};
    t.columnWeights = {1.2, 1, 1, 1, 1.4};
    for (const ReportRampPoint* p : steps) {
        const double share = gpusAtFull > 0 ? p->gpusOnline / gpusAtFull : kNotAvailable;
        t.rows.push_back({p->dateIso, formatNumber(p->mwEnergised, p->mwEnergised < 10 ? 1 : 0),
                          formatCount(p->gpusOnline),
                          std::isfinite(share) ? formatNumber(100.0 * share, 0) + "\u00a0%"
                                               : std::string(tr("Report", "n/a")),
                          std::isfinite(share) && std::isfinite(tokensAtFull)
                              ? formatScaled(tokensAtFull * share, 3)
                              : std::string(tr("Report", "n/a"))});
    }
    s.blocks.push_back(Paragraph{
        fill(tr("Report", "Output tokens/s scale the estimate at full capacity (%1) by the share "
                          "of GPUs online: same model, scenario and utilisation."),
             {std::isfinite(tokensAtFull) ? formatScaled(tokensAtFull, 3)
                                          : std::string(tr("Report", "n/a"))}),
        ParagraphStyle::Note});
    s.blocks.push_back(t);
}

Section schedule(const ReportInputs& in) {
    Section s;
    s.id = "schedule";
    s.title = tr("Report", kSchedule);
    if (!in.scheduleAvailable) {
        s.blocks.push_back(Paragraph{tr("Report", "No schedule is available for this report (see "
                                                  "the decision summary for the reason)."),
                                     ParagraphStyle::Warning});
        return s;
    }
    if (!in.fastTrack.options.empty())
        addFastTrack(in.fastTrack, s);
    addGantt(in, s);
    addRamp(in, s);
    return s;
}

Section bom(const ReportInputs& in) {
    Section s;
    s.id = "bom";
    s.title = tr("Report", kBom);
    Table t;
    t.header = {tr("Report", "Item"),        tr("Report", "Catalog id"), tr("Report", "Quantity"),
                tr("Report", "Unit"),        tr("Report", "Unit price"), tr("Report", "Extended"),
                tr("Report", "Price source")};
    t.columnWeights = {4.2, 1.8, 1, 0.6, 1.1, 1.2, 3};
    t.columnAlign = {Align::Left,  Align::Left,  Align::Right, Align::Left,
                     Align::Right, Align::Right, Align::Left};
    std::string category;
    double total = 0;
    bool allPriced = true;
    for (const BomLine& l : in.bom) {
        if (l.category != category) {
            category = l.category;
            t.rows.push_back({category, "", "", "", "", "", ""});
            t.groupRow.resize(t.rows.size(), false);
            t.groupRow.back() = true;
        }
        const double ext = l.unitPriceUsd * l.quantity;
        if (std::isfinite(ext))
            total += ext;
        else
            allPriced = false;
        t.rows.push_back({l.item + (l.note.empty() ? "" : " (" + l.note + ")"), l.catalogId,
                          formatNumber(l.quantity, l.unit == "m" ? 0 : 0), l.unit,
                          formatUsd(l.unitPriceUsd), formatUsd(ext), l.priceSource});
    }
    t.groupRow.resize(t.rows.size(), false);
    if (in.bom.empty())
        s.blocks.push_back(
            Paragraph{tr("Report", "The design contains no equipment."), ParagraphStyle::Warning});
    else
        s.blocks.push_back(t);
    s.blocks.push_back(Paragraph{
        allPriced ? fill(tr("Report", "Total of priced lines: %1"), {formatUsd(total)})
                  : fill(tr("Report", "Total of priced lines: %1 (some lines have no unit "
                                      "price; see their price source)."),
                         {formatUsd(total)}),
        ParagraphStyle::Lead});
    return s;
}

Section assumptions(const ReportInputs& in) {
    Section s;
    s.id = "assumptions";
    s.title = tr("Report", kAssumptions);
    s.blocks.push_back(Paragraph{
        tr("Report",
           "Every catalog figure of the equipment this design uses whose confidence is secondary "
           "(third-party page quoting the vendor), claim, unverified or a planning assumption, "
           "with its source. These figures are not datasheet facts; confirm them with the vendors "
           "before committing."),
        ParagraphStyle::Body});
    Table t;
    t.header = {tr("Report", "Catalog id"), tr("Report", "Figure"), tr("Report", "Value"),
                tr("Report", "Confidence"), tr("Report", "Source")};
    t.columnWeights = {1.8, 2.2, 1.3, 1.1, 6};
    t.columnAlign = {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left};
    for (const AssumptionLine& a : in.assumptions) {
        t.rows.push_back(
            {a.catalogId.empty() ? a.entry : a.catalogId, a.key, a.value, a.confidence, a.source});
        t.rowColor.push_back(a.confidence == "assumption" || a.confidence == "unverified"
                                 ? colors::kRed
                                 : colors::kBlack);
    }
    if (in.assumptions.empty())
        s.blocks.push_back(Paragraph{tr("Report", "The design relies on no such figure.")});
    else
        s.blocks.push_back(t);
    return s;
}

Section glossary() {
    Section s;
    s.id = "glossary";
    s.title = tr("Report", kGlossary);
    Table t;
    t.header = {tr("Report", "Term"), tr("Report", "Meaning")};
    t.columnWeights = {1.2, 8};
    t.columnAlign = {Align::Left, Align::Left};
    t.rows = {
        {tr("Glossary", "2N"),
         tr("Glossary",
            "Two complete, independent power paths (A and B), each able to carry the whole "
            "load alone.")},
        {tr("Glossary", "N+1"),
         tr("Glossary", "The units needed for the load (N) plus one spare.")},
        {tr("Glossary", "BESS"), tr("Glossary", "Battery energy storage system.")},
        {tr("Glossary", "CDU"),
         tr("Glossary",
            "Coolant distribution unit: heat exchanger and pumps between the facility water "
            "loop and the technology (rack) loop.")},
        {tr("Glossary", "DLC"),
         tr("Glossary", "Direct liquid cooling: coolant through cold plates on the chips.")},
        {tr("Glossary", "FP4 / FP8"),
         tr("Glossary", "4-bit / 8-bit floating-point number formats used for inference weights "
                        "and arithmetic.")},
        {tr("Glossary", "GPU"),
         tr("Glossary", "Graphics processing unit: the accelerator that runs the model.")},
        {tr("Glossary", "IT load"),
         tr("Glossary",
            "Power drawn by the racks (servers, switches), before cooling and losses.")},
        // docs/reference/reference-data.md 6.3 Commissioning levels.
        {tr("Glossary", "L1-L5"),
         tr("Glossary",
            "Commissioning levels: factory acceptance (L1), site acceptance and "
            "installation (L2), pre-functional start-up (L3), functional performance on "
            "load banks (L4), integrated systems test with a utility-failure simulation "
            "(L5).")},
        {tr("Glossary", "LV / MV"),
         tr("Glossary", "Low voltage (up to 1 kV, e.g. 415 V) / medium voltage (e.g. 11-33 kV).")},
        {tr("Glossary", "MLPerf"),
         tr("Glossary", "Industry benchmark suite; its inference scenarios are offline, server and "
                        "interactive.")},
        {tr("Glossary", "NVL72"),
         tr("Glossary",
            "NVIDIA rack-scale system: 72 GPUs joined by one NVLink domain in one rack.")},
        {tr("Glossary", "PDU / RPP"),
         tr("Glossary", "Power distribution unit / remote power panel feeding the racks.")},
        {tr("Glossary", "PUE"),
         tr("Glossary",
            "Power usage effectiveness: facility power divided by IT power (1.0 is ideal).")},
        {tr("Glossary", "SU"),
         tr("Glossary",
            "Scalable unit: the repeated block of racks and switches a fabric is built from.")},
        {tr("Glossary", "TPOT"),
         tr("Glossary", "Time per output token: the interval between tokens of one answer.")},
        {tr("Glossary", "TTFT"),
         tr("Glossary", "Time to first token: from request to the first token of the answer.")},
        {tr("Glossary", "Tokens/s"),
         tr("Glossary", "Output tokens generated per second by the whole factory.")},
        {tr("Glossary", "UPS"), tr("Glossary", "Uninterruptible power supply.")},
    };
    s.blocks.push_back(t);
    return s;
}

} // namespace

std::vector<std::string> reportSectionTitles() {
    std::vector<std::string> titles;
    for (const char* t : {kDecision, kRisks, kSensitivity, kViews, kPower, kCooling, kNetwork,
                          kValidation, kEstimates, kSchedule, kBom, kAssumptions, kGlossary})
        titles.push_back(tr("Report", t));
    return titles;
}

ReportDocument buildReport(const Design& design, const Catalog& catalog,
                           const ReportInputs& inputs) {
    ReportDocument doc;
    const std::string name = inputs.projectName.empty() ? design.site.name : inputs.projectName;
    doc.title = name + " \u2014 " + tr("Report", "AI factory design proposal");
    doc.subtitle = tr("Report", "AI factory design proposal");
    doc.author = inputs.author.empty() ? design.site.author : inputs.author;
    doc.date = inputs.dateIso;
    doc.documentNumber = inputs.document.documentNumber;
    doc.revision = inputs.document.revision;
    doc.confidentiality = inputs.document.confidentiality;
    doc.sections.push_back(cover(design, inputs));
    doc.sections.push_back(decisionSummary(inputs));
    if (inputs.comparison.designs.size() > 1)
        doc.sections.push_back(comparisonSection(inputs));
    doc.sections.push_back(riskSection(inputs));
    doc.sections.push_back(sensitivitySection(inputs));
    doc.sections.push_back(views(design, catalog, inputs));
    doc.sections.push_back(power(design, catalog));
    doc.sections.push_back(cooling(design, catalog));
    doc.sections.push_back(network(design, catalog));
    doc.sections.push_back(validation(inputs));
    doc.sections.push_back(estimates(inputs));
    doc.sections.push_back(schedule(inputs));
    doc.sections.push_back(bom(inputs));
    doc.sections.push_back(assumptions(inputs));
    doc.sections.push_back(glossary());
    return doc;
}

PdfMetadata pdfMetadata(const ReportDocument& doc) {
    PdfMetadata m;
    m.title = doc.title;
    m.author = doc.author;
    m.subject = doc.subtitle;
    m.keywords = tr("Report", "AI factory, data centre, proposal");
    m.creator = std::string("AI Factory Planner ") + AIFP_VERSION;
    m.creationDate = doc.date;
    return m;
}

void writeReportFile(const ReportDocument& doc, const std::string& path) {
    auto endsWith = [&](const std::string& ext) {
        if (path.size() < ext.size())
            return false;
        std::string tail = path.substr(path.size() - ext.size());
        std::transform(tail.begin(), tail.end(), tail.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        return tail == ext;
    };
    if (endsWith(".pdf")) {
        writePdfFile(layoutPages(doc), pdfMetadata(doc), path);
    } else if (endsWith(".html") || endsWith(".htm")) {
        writeHtmlFile(doc, path);
    } else {
        throw std::runtime_error(path +
                                 tr("Report", ": unknown report format (use .pdf or .html)"));
    }
}

} // namespace aifp::report
