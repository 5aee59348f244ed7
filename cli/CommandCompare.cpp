#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/options/DesignComparison.hpp"
#include "core/util/MessageText.hpp"
#include <algorithm>
#include <filesystem>

namespace aifp::cli {

namespace {

// The maximum number of designs compared at once (each is estimated, scheduled and validated).
constexpr std::size_t kMaxCompared = 16;

void addFigures(Comparison& c, const Design& design, const std::string& name) {
    const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
    c.designs.push_back(designFigures(design, catalog, name));
}

void addVariants(Comparison& c, const Args& args, const std::string& path) {
    const std::vector<std::string> names = comparedVariantNames(
        path,
        args.has("variants") ? std::optional<std::string>(args.value("variants")) : std::nullopt);
    for (const std::string& name : names)
        addFigures(c, openDesign(path, name), name);
}

} // namespace

std::vector<std::string> splitVariantNames(const std::string& list) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (true) {
        const auto comma = list.find(',', start);
        const std::string name = list.substr(start, comma - start);
        if (name.empty())
            throw UsageError("--variants: '" + list + "' has an empty name");
        names.push_back(name);
        if (comma == std::string::npos)
            return names;
        start = comma + 1;
    }
}

std::vector<std::string> comparedVariantNames(const std::string& path,
                                              const std::optional<std::string>& list) {
    const VariantListing listing = projectVariants(path);
    Project names;
    names.variants = listing.variants;
    std::vector<std::string> chosen = {listing.variants[0].name};
    if (list) {
        for (const std::string& name : splitVariantNames(*list)) {
            if (!names.find(name))
                throw UsageError(path + ": no variant " + quotedValue(name) +
                                 " (the variants are: " + names.names() + ")");
            if (std::find(chosen.begin(), chosen.end(), name) == chosen.end())
                chosen.push_back(name);
        }
    } else {
        for (std::size_t i = 1; i < listing.variants.size(); ++i)
            chosen.push_back(listing.variants[i].name);
    }
    if (chosen.size() > kMaxCompared)
        throw UsageError("at most " + std::to_string(kMaxCompared) +
                         " designs are compared at once (choose with --variants)");
    return chosen;
}

namespace {

int runCompare(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    Comparison c;
    if (args.has("variants") && args.positional().size() != 1)
        throw UsageError("--variants compares the variants of one FILE; give one FILE");
    if (args.positional().size() == 1) {
        addVariants(c, args, args.positional()[0]);
    } else {
        for (const std::string& path : args.positional())
            addFigures(c, openDesign(path), std::filesystem::path(path).stem().string());
    }
    if (format == "json")
        printJson(out, comparisonJson(c));
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
    c.synopsis = "FILE [--variants A,B,...] | FILE FILE ...";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Runs the estimate, schedule and validation of each FILE (an .aifp project) with their\n"
        "defaults and prints, per design: GPUs, racks, halls, it_design_mw, facility_design_mw,\n"
        "PUE design and annual, tokens/s (MLPerf scenario and at the per-user speed), tokens/s\n"
        "per MW, cost per million tokens with its basis, capex, opex per year, first token and\n"
        "full capacity, findings by severity, and each figure's difference to the first FILE\n"
        "(the base). Build or rent: each design's procurement (build, colocation, cloud), its\n"
        "total cost of ownership over its horizon and per million tokens; a rented design's\n"
        "first token is the colocation or cloud lead time (docs/options.md).\n"
        "A design an engine refuses shows n/a with the reason. At most 16 designs.\n"
        "With one FILE, its variants are compared: the base variant first (the reference),\n"
        "then the variants named by --variants, or all of them (aifp-cli variant list FILE).\n"
        "With several FILEs, each file's base variant, named after the file.");
    c.options = {
        formatOption({"text", "json", "csv"}),
        {"variants", "A,B,...",
         AIFP_TRANSLATE_NOOP("Cli", "with one FILE: the variants to compare (default all)")}};
    c.minPositional = 1;
    c.maxPositional = kMaxCompared;
    c.run = runCompare;
    return c;
}

} // namespace aifp::cli
