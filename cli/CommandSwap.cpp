#include "cli/Commands.hpp"
#include "cli/ProjectVariants.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/options/GenerationSwap.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/MessageText.hpp"

namespace aifp::cli {

namespace {

SwapResult runEngine(const Design& design, const std::string& path, const std::string& systemId,
                     SwapMode mode) {
    const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
    return refusalAsUsage<SwapError>(
        [&] { return swapGeneration(design, catalog, systemId, mode); }, path + ": ");
}

int runSwap(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    if (!args.has("system") || args.value("system").empty())
        throw UsageError(tr("Cli", "--system: the GPU system to put in the halls is required "
                                   "(a catalog id, as aifp-cli new --system takes)"));
    SwapMode mode{};
    if (!fromString(args.value("mode"), mode))
        throw UsageError(fill(tr("Cli", "--mode: '%1' is not one of keep-plant, every-position"),
                              {args.value("mode")}));
    if (args.has("out") && args.has("as"))
        throw UsageError(tr("Cli", "--out and --as: give one (a new file, or a new variant of "
                                   "FILE)"));
    const std::string target = args.value("out");
    if (args.has("out") && (target.empty() || sameFile(path, target)))
        throw UsageError(fill(tr("Cli", "%1: is the project itself; choose another --out (or "
                                        "--as NAME to add a variant to it)"),
                              {target}));

    SwapResult r;
    if (args.has("as")) {
        const std::string name = args.value("as");
        Project project = openWholeProject(path);
        requireNewVariantName(project, name);
        requireRoomForVariant(project, path);
        const std::string fromName = args.value("variant", project.variants[0].name);
        const std::size_t from = variantIndex(project, path, fromName);
        r = runEngine(variantDesign(project, from, path), path, args.value("system"), mode);
        Variant v = newVariant(name, fromName, swapVariantDescription(r));
        v.design = r.design;
        project.variants.push_back(std::move(v));
        saveWholeProject(project, path);
    } else {
        r = runEngine(openDesign(args, path), path, args.value("system"), mode);
        if (args.has("out"))
            saveDesign(r.design, target);
    }

    if (format == "json") {
        json::Value o = swapJson(r);
        json::setFields(o, {{"file", path},
                            {"out", json::orNull(args.has("out"), target)},
                            {"added_variant", json::orNull(args.has("as"), args.value("as"))}});
        printJson(out, o);
    } else {
        out << swapText(r);
        if (args.has("out"))
            out << "\n" << fill(tr("Cli", "Wrote the swapped design to %1"), {target}) << "\n";
        else if (args.has("as"))
            out << "\n"
                << fill(tr("Cli", "Added variant %1 to %2"), {quotedValue(args.value("as")), path})
                << "\n";
        else
            out << "\n"
                << tr("Cli", "Nothing written (--out OUT.aifp writes a new project, --as NAME adds "
                             "a variant to FILE)")
                << "\n";
    }
    return kExitOk;
}

} // namespace

Command swapCommand() {
    Command c;
    c.name = "swap";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Re-populate the same halls with another GPU system: what fits, what breaks");
    c.synopsis = "FILE --system ID [--out OUT.aifp | --as NAME]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Puts another GPU system (a catalog id, as aifp-cli new --system takes, e.g. vr-nvl72)\n"
        "in the GPU rack positions of the same halls: hall shells, rows, power chain, cooling\n"
        "plant, site and network stay; each rack's own power shelves and tap-off follow the new\n"
        "system. Positions where the new footprint does not fit the row are dropped and counted.\n"
        "every-position: every position that fits gets the new system; the new validation\n"
        "findings are listed by kind with their counts.\n"
        "keep-plant (default): as many new racks as the plant carries without new error findings\n"
        "of power, cooling, floor load or space; the racks sharing the same busways and CDUs\n"
        "keep the same share of their positions (from their start along the row) and the\n"
        "limiting reason is named.\n"
        "Both print what must be added for every position (busway and other power capacity, CDU\n"
        "capacity in kW, floor rating in kPa, grid connection in MW) and the figures before and\n"
        "after with their difference. Nothing is written unless --out (a new project file, not\n"
        "FILE) or --as (a new variant of FILE; the other variants keep their bytes) is given.");
    c.options = {{"system", "ID", AIFP_TRANSLATE_NOOP("Cli", "the GPU system to put in the halls")},
                 {"mode", "keep-plant|every-position",
                  AIFP_TRANSLATE_NOOP("Cli", "fill what the plant carries or every position"),
                  false, toString(SwapResult{}.mode)},
                 {"out", "OUT.aifp",
                  AIFP_TRANSLATE_NOOP("Cli", "write the swapped design as a new project")},
                 {"as", "NAME",
                  AIFP_TRANSLATE_NOOP("Cli", "add the swapped design to FILE as variant NAME")},
                 formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runSwap;
    return c;
}

} // namespace aifp::cli
