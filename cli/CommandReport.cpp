#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/model/CurrencyCode.hpp"
#include "core/report/BillOfMaterials.hpp"
#include "core/report/ReportBuilder.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/ReportInputsFromEngines.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace aifp::cli {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && lower(s.substr(s.size() - tail.size())) == tail;
}

json::Value number(const report::ReportFigure& f) {
    return json::orNull(f.available(), f.value);
}

// Findings per severity, or null when validation did not run.
json::Value findingCounts(const report::ReportInputs& in) {
    if (!in.validationAvailable)
        return json::Value();
    int counts[3] = {0, 0, 0};
    for (const Finding& f : in.findings)
        ++counts[static_cast<int>(f.severity)];
    return json::object({{"errors", counts[0]}, {"warnings", counts[1]}, {"infos", counts[2]}});
}

// The report's figures as JSON, named as aifp-cli estimate names them (null when the engine was
// not available), plus the dates and the validation counts the report shows.
json::Value figuresJson(const report::ReportInputs& in, const Design& design,
                        const Catalog& catalog) {
    json::Value v = json::object({{"model", in.modelId},
                                  {"scenario", in.scenario},
                                  {"gpus", number(in.gpus)},
                                  {"racks", number(in.racks)}});
    if (in.powerBasis) {
        setPowerBasisJson(v, *in.powerBasis); // it_design_mw, facility_design_mw, pue_design, ...
        // A file never changes with the language: the basis sentence as an English run words it
        // (the report's own basis is in the report's language; the figures are the same).
        const LanguageScope englishText(Language::English);
        const display::NumberStyleScope englishNumbers(display::NumberStyle{});
        try {
            v.set("pue_annual_basis", computePowerBasis(design, catalog).pueAnnualBasis);
        } catch (const std::exception&) {
            // the report computed it in its language; left as it is if it cannot be redone
        }
    } else
        for (const char* k :
             {"it_design_mw", "it_typical_mw", "facility_design_mw", "facility_design_mva",
              "facility_typical_mw", "pue_design", "pue_annual"})
            v.set(k, json::Value());
    double bomTotal = 0.0;
    for (const report::BomLine& l : in.bom)
        if (std::isfinite(l.unitPriceUsd))
            bomTotal += l.unitPriceUsd * l.quantity;
    // The variant the report is about ("" for a file with one design) and the variants it
    // compares. (The comparison, sensitivity and risk texts quote numbers in the report's
    // language, so they are not copied here: this file is the same in every language; aifp-cli
    // compare, sensitivity and risks write them as JSON.)
    json::setFields(
        v, {{"tokens_per_second", number(in.tokensPerSecond)},
            {"ttft_ms", number(in.ttftMs)},
            {"capex", number(in.capexUsd)},
            {"cost_per_million_tokens", number(in.costPerMillionTokensUsd)},
            {"first_token", json::orNull(!in.firstTokenDate.empty(), in.firstTokenDate)},
            {"full_capacity", json::orNull(!in.fullCapacityDate.empty(), in.fullCapacityDate)},
            {"findings", findingCounts(in)},
            {"bom_priced_total_usd", bomTotal},
            {"missing", json::arrayOf(in.missing)},
            {"variant", in.variantName},
            {"compared_variants",
             json::arrayOf(in.comparison.designs, [](const DesignFigures& d) { return d.name; })}});
    return v;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f)
        throw UsageError(path + ": cannot open for writing");
    f << text;
    if (!f)
        throw UsageError(path + ": write failed");
}

int runReport(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string format = args.format();
    const std::string file = args.positional().at(0);
    const std::string outPath = args.value("out");
    if (outPath.empty())
        throw UsageError("--out is required (report.pdf or report.html)");
    if (!endsWith(outPath, ".pdf") && !endsWith(outPath, ".html") && !endsWith(outPath, ".htm"))
        throw UsageError("--out: '" + outPath + "' must end in .pdf, .html or .htm");
    report::ReportOptions opts;
    opts.modelId = args.value("model");
    opts.scenario = args.value("scenario");
    // A calendar date YYYY-MM-DD that exists (2027-02-30 does not).
    auto isoDateOption = [&](const char* name) {
        const std::string v = args.value(name);
        long days = 0;
        if (v.size() != 10 || !report::daysFromIso(v, days) || report::isoFromDays(days) != v)
            throw UsageError(std::string("--") + name + ": '" + v + "' is not a date YYYY-MM-DD");
        return v;
    };
    if (args.has("start"))
        opts.startIso = isoDateOption("start");
    if (args.has("date"))
        opts.dateIso = isoDateOption("date");
    if (args.has("price-date"))
        opts.document.priceDate = isoDateOption("price-date");
    // Document control for this report (overrides the project's).
    opts.customer = args.value("customer");
    opts.author = args.value("author");
    opts.document.revision = args.value("revision");
    opts.document.documentNumber = args.value("document-number");
    opts.document.confidentiality = args.value("confidentiality");
    if (args.has("currency")) {
        const std::string c = args.value("currency");
        if (!isCurrencyCode(c))
            throw UsageError("--currency: '" + c + "' is not an ISO 4217 code such as USD or EUR");
        opts.document.currency = c;
    }

    // The subject: --variant, else the first of --variants, else the base. The comparison
    // covers what aifp-cli compare FILE [--variants ...] covers (the base and the named variants,
    // or every variant): none when that is one design.
    const std::optional<std::string> list =
        args.has("variants") ? std::optional<std::string>(args.value("variants")) : std::nullopt;
    std::string subject = args.value("variant");
    if (subject.empty() && list)
        subject = splitVariantNames(*list).front();
    opts.comparedVariants = comparedVariantNames(file, list);
    if (opts.comparedVariants.size() < 2)
        opts.comparedVariants.clear();
    const Design design = openDesign(file, subject);
    const VariantListing listing = projectVariants(file);
    if (listing.variants.size() > 1)
        opts.variantName = subject.empty() ? listing.variants.front().name : subject;
    opts.openVariant = [file](const std::string& name) { return openDesign(file, name); };

    const ProjectFileInfo info = readProjectFileInfo(file);
    opts.fileName = std::filesystem::path(file).filename().string();
    opts.fileVersion = fill(tr("Report", "schema version %1, %2 bytes"),
                            {std::to_string(info.schemaVersion),
                             report::formatNumber(static_cast<double>(info.fileBytes))});
    const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
    const report::ReportInputs inputs = report::reportInputsFromEngines(design, catalog, opts);
    const report::ReportDocument doc = report::buildReport(design, catalog, inputs);
    refusalAsUsage<std::exception>([&] { report::writeReportFile(doc, outPath); });
    if (args.has("bom-csv"))
        writeText(args.value("bom-csv"),
                  report::bomToCsv(inputs.bom,
                                   {inputs.projectName, inputs.dateIso, inputs.document.currency}));
    if (args.has("figures-json"))
        writeText(args.value("figures-json"),
                  json::write(figuresJson(inputs, design, catalog)) + "\n");

    if (format == "json") {
        printJson(out, json::object({{"report", outPath},
                                     {"sections", static_cast<int>(doc.sections.size())},
                                     {"bom_lines", static_cast<int>(inputs.bom.size())},
                                     {"assumptions", static_cast<int>(inputs.assumptions.size())},
                                     {"figures", figuresJson(inputs, design, catalog)}}));
    } else {
        out << fill(tr("Cli", "Wrote %1 (%2 sections, %3 bill-of-materials lines, %4 "
                              "assumptions)"),
                    {outPath, std::to_string(doc.sections.size()),
                     std::to_string(inputs.bom.size()), std::to_string(inputs.assumptions.size())})
            << "\n";
        if (args.has("bom-csv"))
            out << fill(tr("Cli", "Wrote %1"), {args.value("bom-csv")}) << "\n";
        if (args.has("figures-json"))
            out << fill(tr("Cli", "Wrote %1"), {args.value("figures-json")}) << "\n";
    }
    for (const std::string& m : inputs.missing)
        err << "aifp-cli report: note: " << m << "\n";
    return kExitOk;
}

} // namespace

Command reportCommand() {
    Command c;
    c.name = "report";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "write a proposal report (PDF or HTML) with drawings, charts and bill of materials");
    c.synopsis = "FILE --out report.pdf|report.html";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Writes the proposal for a project: cover, decision summary (what the customer gets, "
        "capital cost range, grid capacity, dates, top five risks), the variants compared, "
        "sensitivity (tornado charts) and risk register, executive summary, drawn axonometric "
        "view and "
        "dimensioned hall plans, single-line diagram, cooling loop schematic, network tiers, "
        "validation findings, estimates with error bands, Gantt and ramp charts, bill of "
        "materials and the ledger of unverified catalog figures. The format follows the --out "
        "extension. Runs without a display: views are drawn, not rendered.");
    c.options = {
        {"out", "PATH", AIFP_TRANSLATE_NOOP("Cli", "report file: .pdf or .html (required)")},
        {"bom-csv", "PATH", AIFP_TRANSLATE_NOOP("Cli", "also write the bill of materials as CSV")},
        {"figures-json", "PATH",
         AIFP_TRANSLATE_NOOP("Cli", "also write the report's figures as JSON")},
        {"model", "ID",
         AIFP_TRANSLATE_NOOP("Cli", "serving model for the estimate (default: the design's)")},
        {"scenario", "offline|server|interactive", AIFP_TRANSLATE_NOOP("Cli", "MLPerf scenario")},
        {"start", "YYYY-MM-DD",
         AIFP_TRANSLATE_NOOP("Cli", "programme start date (default: the design's)")},
        {"variants", "A,B,...",
         AIFP_TRANSLATE_NOOP("Cli", "variants compared in the report (with the base; default: "
                                    "all); the first is the subject unless --variant names one")},
        {"date", "YYYY-MM-DD",
         AIFP_TRANSLATE_NOOP("Cli", "date printed on the cover (default: today)")},
        {"customer", "TEXT",
         AIFP_TRANSLATE_NOOP("Cli", "customer on the cover (default: the project's)")},
        {"author", "TEXT",
         AIFP_TRANSLATE_NOOP("Cli", "author on the cover and in the PDF (default: the project's)")},
        {"revision", "TEXT", AIFP_TRANSLATE_NOOP("Cli", "document revision, e.g. B")},
        {"document-number", "TEXT",
         AIFP_TRANSLATE_NOOP("Cli", "document number, printed on every page")},
        {"confidentiality", "TEXT",
         AIFP_TRANSLATE_NOOP("Cli", "e.g. 'Confidential', printed on every page")},
        {"price-date", "YYYY-MM-DD", AIFP_TRANSLATE_NOOP("Cli", "date the prices refer to")},
        {"currency", "CODE",
         AIFP_TRANSLATE_NOOP("Cli", "ISO 4217 currency of the prices (default USD)")},
        {"format",
         "text|json",
         AIFP_TRANSLATE_NOOP("Cli", "what is printed on stdout"),
         false,
         "text",
         {"text", "json"}}};
    c.minPositional = 1;
    c.maxPositional = 1;
    c.machineFormatsInEnglish = false; // the report is in the chosen language; its files are not
    c.readsProject = true;
    c.run = runReport;
    return c;
}

} // namespace aifp::cli
