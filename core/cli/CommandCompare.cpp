#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/options/DesignComparison.hpp"
#include <filesystem>

namespace aifp::cli {

namespace {

// The maximum number of designs compared at once (each is estimated, scheduled and validated).
constexpr std::size_t kMaxCompared = 16;

int runCompare(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format({"text", "json", "csv"});
    Comparison c;
    for (const std::string& path : args.positional()) {
        const Design design = openDesign(path);
        const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
        c.designs.push_back(
            designFigures(design, catalog, std::filesystem::path(path).stem().string()));
    }
    if (format == "json")
        out << json::write(comparisonJson(c)) << "\n";
    else if (format == "csv")
        out << comparisonCsv(c);
    else
        out << comparisonText(c);
    return kExitOk;
}

} // namespace

Command compareCommand() {
    Command c;
    c.name = "compare";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Compare designs side by side: power, PUE, tokens/s, cost per token, dates");
    c.usage = "aifp-cli compare FILE [FILE ...] [--format text|json|csv]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Runs the estimate, schedule and validation of each FILE (an .aifp project) with their\n"
        "defaults and prints, per design: GPUs, racks, halls, it_design_mw, facility_design_mw,\n"
        "PUE design and annual, tokens/s (MLPerf scenario and at the per-user speed), tokens/s\n"
        "per MW, cost per million tokens with its basis, capex, opex per year, first token and\n"
        "full capacity, findings by severity, and each figure's difference to the first FILE\n"
        "(the base). A design an engine refuses shows n/a with the reason. At most 16 files.");
    c.options = {
        {"format", "text|json|csv", AIFP_TRANSLATE_NOOP("Cli", "output format (default text)")}};
    c.minPositional = 1;
    c.maxPositional = kMaxCompared;
    c.run = runCompare;
    return c;
}

} // namespace aifp::cli
