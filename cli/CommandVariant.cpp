#include "cli/Commands.hpp"
#include "cli/ProjectVariants.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/options/VariantFromTargets.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/MessageText.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>

namespace aifp::cli {

namespace {

int runList(const Args& args, std::ostream& out) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(1);
    const VariantListing l = projectVariants(path);
    if (format == "json") {
        json::Value vs = json::Value::array();
        for (std::size_t i = 0; i < l.variants.size(); ++i) {
            const Variant& v = l.variants[i];
            vs.push(json::object({{"name", v.name},
                                  {"base", i == 0},
                                  {"description", v.description},
                                  {"created_from", v.createdFrom},
                                  {"created_at", v.createdAt},
                                  {"image_bytes", static_cast<long long>(l.imageBytes[i])}}));
        }
        printJson(out,
                  json::object(
                      {{"file", path}, {"base", l.variants[0].name}, {"variants", std::move(vs)}}));
        return kExitOk;
    }
    std::size_t width = 4;
    for (const auto& v : l.variants)
        width = std::max(width, v.name.size());
    out << "NAME" << std::string(width - 4 + 2, ' ')
        << "BASE  CREATED     FROM            SIZE        DESCRIPTION\n";
    for (std::size_t i = 0; i < l.variants.size(); ++i) {
        const Variant& v = l.variants[i];
        std::string from = v.createdFrom.empty() ? "-" : v.createdFrom;
        if (from.size() < 15)
            from += std::string(15 - from.size(), ' ');
        std::string created = v.createdAt.empty() ? "-" : v.createdAt;
        created += std::string(created.size() < 11 ? 11 - created.size() : 1, ' ');
        std::string size =
            i == 0 ? std::string("(tables)")
                   : display::formatFixedPlain(double(l.imageBytes[i]) / 1048576.0, 1) + " MB";
        size += std::string(size.size() < 11 ? 11 - size.size() : 1, ' ');
        out << v.name << std::string(width - v.name.size() + 2, ' ')
            << (i == 0 ? "yes   " : "      ") << created << " " << from << " " << size << " "
            << v.description << "\n";
    }
    return kExitOk;
}

// The changes of `variant add` that need the plant re-generated.
bool needsRegeneration(const Args& a) {
    return a.has("system") || a.has("redundancy") || a.has("cooling") || a.has("supply-water-c") ||
           a.has("site-location");
}

// BASE re-generated with the requested targets changed (regenerateVariant, the one definition
// the GUI's New variant dialog uses too).
GeneratedFactory regenerate(const Design& from, const Args& a) {
    VariantTargetChanges c;
    if (a.has("system"))
        c.systemId = a.value("system");
    // --redundancy and --cooling were checked against their choices by Args::parse.
    if (a.has("redundancy")) {
        RedundancyScheme r{};
        fromString(a.value("redundancy"), r);
        c.redundancy = r;
    }
    if (a.has("cooling")) {
        CoolingMode m{};
        fromString(a.value("cooling"), m);
        c.cooling = m;
    }
    if (a.has("supply-water-c")) {
        c.supplyWaterC = a.number("supply-water-c", 0.0);
        if (*c.supplyWaterC <= 0.0)
            throw UsageError("--supply-water-c: must be positive (got " +
                             a.value("supply-water-c") + ")");
    }
    if (a.has("site-location"))
        c.climateId = a.value("site-location");
    return refusalAsUsage<GenerateError, CatalogError>([&] { return regenerateVariant(from, c); });
}

int runAdd(const Args& a, std::ostream& out, std::ostream& err) {
    const std::string format = a.format();
    if (a.positional().size() != 3)
        throw UsageError("usage: aifp-cli variant add FILE NAME [--from VARIANT] [changes]");
    const std::string& path = a.positional()[1];
    const std::string& name = a.positional()[2];
    Project project = openWholeProject(path);
    requireNewVariantName(project, name);
    const std::string fromName = a.value("from", project.variants[0].name);
    const std::size_t from = variantIndex(project, path, fromName);
    SiteReadiness readiness{};
    if (a.has("site") && !fromString(a.value("site"), readiness))
        throw UsageError("--site: '" + a.value("site") +
                         "' is not one of greenfield|powered-land|powered-shell|ready-hall");
    Procurement procurement{};
    if (a.has("procurement") && !fromString(a.value("procurement"), procurement))
        throw UsageError("--procurement: '" + a.value("procurement") +
                         "' is not one of build|colocation|cloud");
    auto wholeIn = [&](const char* option, long lo, long hi, const char* unit) {
        const long v = a.integer(option, 0);
        if (v < lo || v > hi)
            throw UsageError(std::string("--") + option + ": " + a.value(option) +
                             " is not a whole number of " + unit + " from " + std::to_string(lo) +
                             " to " + std::to_string(hi));
        return static_cast<int>(v);
    };
    const int termMonths =
        a.has("rent-term-months")
            ? wholeIn("rent-term-months", kMinRentTermMonths, kMaxRentTermMonths, "months")
            : 0;
    const int horizonYears =
        a.has("tco-horizon-years")
            ? wholeIn("tco-horizon-years", kMinTcoHorizonYears, kMaxTcoHorizonYears, "years")
            : 0;
    const bool setsSettings = a.has("site") || a.has("procurement") || a.has("rent-term-months") ||
                              a.has("tco-horizon-years");
    requireRoomForVariant(project, path);

    Variant v = newVariant(name, fromName, a.value("description"));
    std::vector<std::string> warnings;
    if (needsRegeneration(a)) {
        GeneratedFactory g = regenerate(variantDesign(project, from, path), a);
        warnings = g.warnings;
        v.design = std::move(g.design);
    } else if (!setsSettings && project.variants[from].image) {
        v.image = project.variants[from].image; // an exact copy: the same bytes
    } else {
        v.design = variantDesign(project, from, path);
    }
    if (setsSettings && !v.design)
        v.design = variantDesign(project, from, path);
    if (a.has("site"))
        v.design->site.readiness = readiness;
    if (a.has("procurement"))
        v.design->settings.procurement = procurement;
    if (a.has("rent-term-months"))
        v.design->settings.rentTermMonths = termMonths;
    if (a.has("tco-horizon-years"))
        v.design->settings.tcoHorizonYears = horizonYears;
    project.variants.push_back(v);
    saveWholeProject(project, path);

    const Design d =
        v.design ? *v.design : variantDesign(project, project.variants.size() - 1, path);
    long gpus = 0;
    const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
    for (const Rack& r : d.racks)
        if (const CatalogEntry* e = catalog.find(r.catalogId); e && e->category == "system")
            gpus += systemSpec(catalog, e->id).gpusPerRack;
    if (format == "json") {
        printJson(out, json::object({{"file", path},
                                     {"variant", name},
                                     {"created_from", fromName},
                                     {"regenerated", needsRegeneration(a)},
                                     {"gpus", gpus},
                                     {"racks", static_cast<long long>(d.racks.size())},
                                     {"halls", static_cast<long long>(d.halls.size())},
                                     {"grid_connection_mw", d.site.gridConnectionMw},
                                     {"procurement", toString(d.settings.procurement)},
                                     {"rent_term_months", d.settings.rentTermMonths},
                                     {"tco_horizon_years", d.settings.tcoHorizonYears}}));
    } else {
        out << "Added variant " << quotedValue(name) << " to " << path << " (from "
            << quotedValue(fromName) << (needsRegeneration(a) ? ", re-generated" : ", a copy")
            << "): " << gpus << " GPUs in " << d.racks.size() << " racks, " << d.halls.size()
            << " hall(s), grid connection " << display::formatFixedPlain(d.site.gridConnectionMw, 0)
            << " MW; " << toString(d.settings.procurement);
        if (d.settings.procurement != Procurement::Build)
            out << ", term " << d.settings.rentTermMonths << " months";
        out << ", TCO over " << d.settings.tcoHorizonYears << " years\n";
    }
    for (const auto& w : warnings)
        err << "warning: " << w << "\n";
    return kExitOk;
}

// `variant ACTION FILE NAME ...` with its arguments checked: the project opened whole and the
// index of the variant NAME.
struct NamedVariant {
    std::string path;
    std::string name;
    Project project;
    std::size_t index = 0;
};

NamedVariant openNamedVariant(const Args& a, std::size_t arguments, const char* usage) {
    if (a.positional().size() != arguments)
        throw UsageError(std::string("usage: aifp-cli variant ") + usage);
    NamedVariant v{a.positional()[1], a.positional()[2], openWholeProject(a.positional()[1])};
    v.index = variantIndex(v.project, v.path, v.name);
    return v;
}

int runRename(const Args& a, std::ostream& out) {
    NamedVariant old = openNamedVariant(a, 4, "rename FILE OLD NEW");
    const std::string& newName = a.positional()[3];
    std::vector<Variant>& variants = old.project.variants;
    requireNewVariantName(old.project, newName);
    variants[old.index].name = newName;
    for (Variant& v : variants)
        if (v.createdFrom == old.name)
            v.createdFrom = newName;
    saveWholeProject(old.project, old.path);
    out << "Renamed variant " << quotedValue(old.name) << " to " << quotedValue(newName) << " in "
        << old.path << "\n";
    return kExitOk;
}

int runDelete(const Args& a, std::ostream& out) {
    NamedVariant v = openNamedVariant(a, 3, "delete FILE NAME");
    if (v.index == 0)
        throw UsageError(v.path + ": " + quotedValue(v.name) +
                         " is the base variant and cannot be deleted (make another variant the "
                         "base first: aifp-cli variant set-base)");
    v.project.variants.erase(v.project.variants.begin() + long(v.index));
    saveWholeProject(v.project, v.path);
    out << "Deleted variant " << quotedValue(v.name) << " from " << v.path << "\n";
    return kExitOk;
}

int runSetBase(const Args& a, std::ostream& out) {
    NamedVariant v = openNamedVariant(a, 3, "set-base FILE NAME");
    std::vector<Variant>& variants = v.project.variants;
    if (v.index != 0) {
        // The new base is loaded (the design tables hold it); the old base becomes a variant
        // whose image is written from its design. Every other variant keeps its bytes.
        variants[v.index].design = variantDesign(v.project, v.index, v.path);
        variants[v.index].image.reset();
        std::swap(variants[0], variants[v.index]);
    }
    saveWholeProject(v.project, v.path);
    out << "The base variant of " << v.path << " is now " << quotedValue(v.name) << "\n";
    return kExitOk;
}

int runVariant(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string& action = args.positional().at(0);
    if (action == "list") {
        if (args.positional().size() != 2)
            throw UsageError("usage: aifp-cli variant list FILE [--format text|json]");
        return runList(args, out);
    }
    for (const char* addOnly :
         {"from", "system", "redundancy", "cooling", "supply-water-c", "site", "site-location",
          "description", "procurement", "rent-term-months", "tco-horizon-years"})
        if (action != "add" && args.has(addOnly))
            throw UsageError(std::string("--") + addOnly + " is an option of variant add only");
    if (action == "add")
        return runAdd(args, out, err);
    if (action == "rename")
        return runRename(args, out);
    if (action == "delete")
        return runDelete(args, out);
    if (action == "set-base")
        return runSetBase(args, out);
    throw UsageError(quotedValue(action) + " is not one of list, add, rename, delete, set-base");
}

} // namespace

Command variantCommand() {
    Command c;
    c.name = "variant";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "List, add, rename and delete the variants of a project; choose its base");
    c.synopsis = "list|add|rename|delete|set-base FILE [NAME [NEW]]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "  variant list FILE [--format text|json]\n"
        "  variant add FILE NAME [--from VARIANT] [--system ID] [--redundancy N|N+1|2N|4N/3|3N/2]\n"
        "      [--cooling liquid|air|hybrid] [--supply-water-c C] [--site-location ID]\n"
        "      [--site greenfield|powered-land|powered-shell|ready-hall] [--description TEXT]\n"
        "      [--procurement build|colocation|cloud] [--rent-term-months N]\n"
        "      [--tco-horizon-years N]\n"
        "  variant rename FILE OLD NEW\n"
        "  variant delete FILE NAME\n"
        "  variant set-base FILE NAME\n\n"
        "A project holds named variants of its design, one of them the base (docs/options.md).\n"
        "list: each variant's name, whether it is the base, when and from which variant it was\n"
        "made, its stored size and description.\n"
        "add: a copy of VARIANT (default the base) named NAME. --system, --redundancy, --cooling,\n"
        "--supply-water-c and --site-location re-generate the plant (as aifp-cli new does) from\n"
        "VARIANT's targets: its grid connection MW, system, cooling, redundancy, fabric, water\n"
        "supply and design ambient, with the given changes (a new system takes its own catalog\n"
        "water limit unless --supply-water-c is given); the customer, serving model, schedule,\n"
        "prices, owned equipment and user catalog are carried over. --site sets the site's\n"
        "readiness only. --procurement (build, rent a colocation hall, or rent cloud GPUs),\n"
        "--rent-term-months (1-240) and --tco-horizon-years (1-30) set how the capacity is\n"
        "procured and the total cost of ownership compared (no re-generation).\n"
        "rename: renames a variant (and the created-from references to it).\n"
        "delete: removes a variant (not the base).\n"
        "set-base: makes NAME the base (the variant commands read by default).\n"
        "Every change rewrites FILE atomically; variants it does not touch keep their bytes.\n"
        "Names: 1 to 100 bytes, no commas, no control characters; at most 32 variants.");
    c.options = {
        formatOption({"text", "json"}),
        {"from", "VARIANT",
         AIFP_TRANSLATE_NOOP("Cli", "add: the variant to start from (default the base)")},
        {"system", "ID",
         AIFP_TRANSLATE_NOOP("Cli", "add: the GPU system (catalog id), re-generating the plant")},
        choiceOption("redundancy", AIFP_TRANSLATE_NOOP("Cli", "add: power redundancy"),
                     redundancyNames()),
        choiceOption("cooling", AIFP_TRANSLATE_NOOP("Cli", "add: cooling mode"),
                     coolingModeNames()),
        {"supply-water-c", "C",
         AIFP_TRANSLATE_NOOP("Cli", "add: facility water supply temperature")},
        {"site-location", "ID",
         AIFP_TRANSLATE_NOOP("Cli", "add: the climate location (aifp-cli climate list)")},
        {"site", "READINESS",
         AIFP_TRANSLATE_NOOP("Cli", "add: greenfield, powered-land, powered-shell or ready-hall")},
        {"description", "TEXT", AIFP_TRANSLATE_NOOP("Cli", "add: what the variant is for")},
        {"procurement", "HOW", AIFP_TRANSLATE_NOOP("Cli", "add: build, colocation or cloud")},
        {"rent-term-months", "N",
         AIFP_TRANSLATE_NOOP("Cli", "add: colocation term or cloud commitment, 1-240 months")},
        {"tco-horizon-years", "N",
         AIFP_TRANSLATE_NOOP("Cli", "add: years the total cost of ownership covers, 1-30")},
    };
    c.minPositional = 2;
    c.maxPositional = 4;
    c.run = runVariant;
    return c;
}

} // namespace aifp::cli
