#include "cli/Commands.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/climate/Climate.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <cstdio>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// An option with a number default (the generator's own, FactoryTargets).
OptionSpec numberOption(const char* name, const char* valueName, const char* help,
                        double defaultValue) {
    return {name, valueName, help, false, fileShortest(defaultValue)};
}

// The site climate line of the generator's list (the one withCatalogDefaults writes for a climate
// library location) and how it is to be shown: as sourced, with the confidence of the design and
// monthly figures, unless the design figures are assumptions. Empty without a location.
struct SiteClimateLine {
    std::string text;
    const Climate* climate = nullptr;
    bool sourced() const {
        return climate && climate->designDryBulbC.confidence != Confidence::Assumption;
    }
    // Whether an assumption line of the generator is this line, shown as sourced.
    bool shownSourced(const std::string& line) const {
        return sourced() && !text.empty() && line == text;
    }
};

SiteClimateLine siteClimateLine(const FactoryTargets& t) {
    SiteClimateLine line;
    if (t.climateId.empty())
        return line;
    line.climate = ClimateLibrary::builtin().find(t.climateId);
    // Only the climate default is left to fill in, so the one note is the climate line.
    FactoryTargets withWater = t;
    withWater.supplyWaterC = defaultSupplyWaterC(Catalog::builtin(), t.systemId);
    std::vector<std::string> notes;
    withCatalogDefaults(withWater, Catalog::builtin(), &notes);
    if (notes.size() == 1)
        line.text = notes.front();
    return line;
}

// The generator's targets from the options, each checked (the defaults are the generator's).
FactoryTargets targetsOf(const Args& a) {
    FactoryTargets t;
    if (a.has("target-mw") == a.has("gpus"))
        throw UsageError("give exactly one of --target-mw and --gpus");
    t.targetGridMw = a.number("target-mw", 0.0);
    if (a.has("target-mw") && t.targetGridMw <= 0.0)
        throw UsageError("--target-mw: must be positive (got " + a.value("target-mw") + ")");
    const long gpus = a.integer("gpus", 0);
    if (a.has("gpus") && (gpus <= 0 || gpus > 5000000))
        throw UsageError("--gpus: must be a whole number from 1 to 5,000,000 (got " +
                         a.value("gpus") + ")");
    t.targetGpus = static_cast<int>(gpus);
    t.systemId = a.value("system");
    // Checked against the choices by Args::parse; the default is the generator's.
    fromString(a.value("cooling"), t.cooling);
    fromString(a.value("redundancy"), t.redundancy);
    t.fabricSwitchId = a.value("fabric");
    t.supplyWaterC = a.number("supply-water-c", 0.0); // 0: the system's highest (catalog)
    if (a.has("supply-water-c") && t.supplyWaterC <= 0.0)
        throw UsageError("--supply-water-c: must be positive (got " + a.value("supply-water-c") +
                         ")");
    if (a.has("site-location") && (a.has("design-ambient-c") || a.has("design-wet-bulb-c")))
        throw UsageError("--site-location sets the design ambient from the climate library; "
                         "give it or --design-ambient-c / --design-wet-bulb-c, not both");
    t.climateId = a.value("site-location", "");
    t.designAmbientC = a.number("design-ambient-c");
    t.designWetBulbC = a.number("design-wet-bulb-c", t.designWetBulbC);
    t.coolingTechnology = a.value("cooling-tech", "");
    t.oversubscription = a.number("oversubscription");
    t.railOptimized = !a.has("no-rail-optimized");
    t.maxHallItMw = a.number("max-hall-mw");
    t.maxHallWidthM = a.number("max-hall-width-m");
    t.maxHallDepthM = a.number("max-hall-depth-m");
    t.maxRacksPerHall = static_cast<int>(a.integer("max-racks-per-hall", 0));
    t.maxHalls = static_cast<int>(a.integer("max-halls", 0));
    t.landAreaM2 = a.number("land-m2", 0.0);
    t.name = a.value("name", t.name);
    return t;
}

json::Value newJson(const GeneratedFactory& g, const std::string& path,
                    const SiteClimateLine& climateLine) {
    json::Value v = toJson(g.summary);
    json::Value assumptions = json::Value::array();
    for (const auto& x : g.assumptions)
        if (!climateLine.shownSourced(x))
            assumptions.push(x);
    json::setFields(v, {{"file", path},
                        {"fabricTiers", g.fabric.tiers},
                        {"racksPerScalableUnit", g.racksPerUnit},
                        {"assumptions", std::move(assumptions)}});
    if (const Climate* c = climateLine.climate)
        v.set("site_climate",
              json::object({{"id", c->id},
                            {"text", climateLine.text},
                            {"design_confidence", toString(c->designDryBulbC.confidence)},
                            {"monthly_confidence", toString(c->monthlyConfidence)}}));
    v.set("warnings", json::arrayOf(g.warnings));
    return v;
}

std::string count(long long n) {
    return std::to_string(n);
}

// What was generated: GPUs, power, fabric, clusters, switches, links, equipment and site.
void printGenerated(const GeneratedFactory& g, const FactoryTargets& t, std::ostream& out) {
    const FactorySummary& s = g.summary;
    const LabelColumn column({"GPUs", "IT power", "Facility power", "PUE", "Fabric", "Cluster",
                              "Switches", "Links", "Power nodes", "Cooling nodes", "Pipes", "Site"},
                             15);
    const auto label = [&](const char* text) { return "  " + column(text); };
    out << label(AIFP_TRANSLATE_NOOP("Cli", "GPUs"))
        << fill(tr("Cli", "%1 in %2 racks of %3, %4 hall(s)"),
                {count(s.gpus), count(s.racks), t.systemId, count(s.halls)})
        << "\n";
    const PowerBasis& p = s.power;
    out << label(AIFP_TRANSLATE_NOOP("Cli", "IT power"))
        << fill(tr("Cli", "%1 (racks %2, network and optics %3, storage and management %4)"),
                {p.itText(), fixed(p.it.rackDesignKw / 1000.0, 2),
                 fixed((p.it.switchKw + p.it.opticsKw) / 1000.0, 2),
                 fixed((p.it.storageKw + p.it.managementKw) / 1000.0, 2)})
        << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Facility power")) << p.facilityText() << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "PUE")) << p.pueText() << " (" << p.pueAnnualBasis
        << ")\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Fabric"))
        << fill(tr("Cli", "%1, %2 tiers, %3 racks per SU"),
                {t.fabricSwitchId, count(g.fabric.tiers), count(g.racksPerUnit)})
        << "\n";
    if (s.clusters.size() > 1)
        for (const ClusterSummary& c : s.clusters)
            out << label(AIFP_TRANSLATE_NOOP("Cli", "Cluster")) << describeCluster(c) << "\n";
    for (const auto& [k, n] : s.switchesByTier)
        out << label(AIFP_TRANSLATE_NOOP("Cli", "Switches")) << k << ": " << n << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Links"))
        << fill(tr("Cli", "%1 bundles, %2 cables"), {count(s.linkBundles), count(s.cables)})
        << "\n";
    // The node lists start one column earlier: each entry brings its own leading space.
    out << "  " << padToWidth(tr("Cli", "Power nodes"), column.width() - 1);
    for (const auto& [k, n] : s.powerNodesByKind)
        out << " " << k << " " << n;
    out << "\n  " << padToWidth(tr("Cli", "Cooling nodes"), column.width() - 1);
    for (const auto& [k, n] : s.coolingNodesByKind)
        out << " " << k << " " << n;
    out << "\n" << label(AIFP_TRANSLATE_NOOP("Cli", "Pipes")) << s.pipes << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Site")) << fixed(s.siteAreaM2 / 10000.0, 2) << " ha\n";
}

int runNew(const Args& a, std::ostream& out, std::ostream& err) {
    const std::string format = a.format();
    const std::string path = a.positional().at(0);
    const FactoryTargets t = targetsOf(a);
    const GeneratedFactory g = refusalAsUsage<GenerateError, CatalogError>(
        [&] { return generateFactory(t, Catalog::builtin()); });
    saveDesign(g.design, path);
    // The site climate is listed as an assumption only when its design figures are one.
    const SiteClimateLine climateLine = siteClimateLine(t);
    if (format == "json") {
        printJson(out, newJson(g, path, climateLine));
    } else {
        out << fill(tr("Cli", "Wrote %1"), {path}) << "\n";
        printGenerated(g, t, out);
        for (const auto& x : g.assumptions) {
            if (climateLine.shownSourced(x))
                out << "  "
                    << fill(tr("Cli", "site climate (design %1, monthly statistics %2): %3"),
                            {shownConfidence(climateLine.climate->designDryBulbC.confidence),
                             shownConfidence(climateLine.climate->monthlyConfidence), x})
                    << "\n";
            else
                out << "  " << fill(tr("Cli", "assumption: %1"), {x}) << "\n";
        }
        for (const auto& x : g.warnings)
            out << "  " << fill(tr("Cli", "warning: %1"), {x}) << "\n";
    }
    for (const auto& x : g.warnings)
        err << fill(tr("Cli", "warning: %1"), {x}) << "\n";
    return kExitOk;
}

} // namespace

Command newCommand() {
    Command c;
    c.name = "new";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Design a complete AI factory from targets and save it as a project");
    c.synopsis = "OUT.aifp (--target-mw MW | --gpus N)";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Generates halls with rows of racks, hot and cold aisles, network racks and CDUs; the\n"
        "power chain (utility feeds, MV switchgear, 2,500 kVA transformers, LV boards, UPS,\n"
        "generators, busways, rack power shelves) with the chosen redundancy; liquid and air\n"
        "cooling (CDUs N+1 per row, pipes sized by velocity, N+1 dry coolers with trim chillers\n"
        "only for what the design ambient needs, air handlers or rear doors); and a\n"
        "rail-optimised fat-tree compute fabric (2 or 3 tiers) with storage and\n"
        "out-of-band switches. --target-mw is the facility power at the grid (IT + cooling +\n"
        "losses, at the catalog's design rack power); the rack count is the largest that fits.\n"
        "Prints a summary with the assumptions used. Exit code 2 on bad input or a target that\n"
        "does not fit the hall and site limits.");
    const FactoryTargets defaults; // the generator's defaults, shown by --help
    c.options = {
        {"target-mw", "MW", AIFP_TRANSLATE_NOOP("Cli", "facility power at the grid connection")},
        {"gpus", "N", AIFP_TRANSLATE_NOOP("Cli", "number of GPUs instead of --target-mw")},
        {"system", "ID", AIFP_TRANSLATE_NOOP("Cli", "GPU system catalog id"), false,
         defaults.systemId},
        choiceOption("cooling", AIFP_TRANSLATE_NOOP("Cli", "cooling mode"), coolingModeNames(),
                     toString(defaults.cooling)),
        choiceOption("redundancy", AIFP_TRANSLATE_NOOP("Cli", "power redundancy"),
                     redundancyNames(), toString(defaults.redundancy)),
        {"fabric", "q3400|qm9700|sn5600", AIFP_TRANSLATE_NOOP("Cli", "compute fabric switch"),
         false, defaults.fabricSwitchId},
        {"cooling-tech", "dlc|full-liquid|rear-door|air",
         AIFP_TRANSLATE_NOOP(
             "Cli", "how rack heat reaches water (default dlc for liquid/hybrid, air for air)")},
        {"supply-water-c", "C",
         AIFP_TRANSLATE_NOOP(
             "Cli", "facility water supply temperature (default: the system's highest, catalog "
                    "max_supply_water_c)")},
        {"site-location", "ID",
         AIFP_TRANSLATE_NOOP(
             "Cli",
             "climate library location (aifp-cli climate list): sets the design ambient and the "
             "year used for pue_annual")},
        numberOption("design-ambient-c", "C", AIFP_TRANSLATE_NOOP("Cli", "design dry-bulb ambient"),
                     defaults.designAmbientC),
        {"design-wet-bulb-c", "C",
         AIFP_TRANSLATE_NOOP("Cli", "coincident design wet-bulb (default: unknown, no adiabatic "
                                    "credit)")},
        numberOption("oversubscription", "R", AIFP_TRANSLATE_NOOP("Cli", "leaf down:up ratio"),
                     defaults.oversubscription),
        {"no-rail-optimized", "",
         AIFP_TRANSLATE_NOOP("Cli", "cable racks top-of-row instead of rail-optimised")},
        numberOption("max-hall-mw", "MW",
                     AIFP_TRANSLATE_NOOP("Cli", "maximum IT MW per hall (0 = no limit)"),
                     defaults.maxHallItMw),
        {"max-racks-per-hall", "N", AIFP_TRANSLATE_NOOP("Cli", "maximum racks per hall")},
        numberOption("max-hall-width-m", "M", AIFP_TRANSLATE_NOOP("Cli", "maximum hall width"),
                     defaults.maxHallWidthM),
        numberOption("max-hall-depth-m", "M", AIFP_TRANSLATE_NOOP("Cli", "maximum hall depth"),
                     defaults.maxHallDepthM),
        {"max-halls", "N", AIFP_TRANSLATE_NOOP("Cli", "maximum number of halls on the site")},
        {"land-m2", "M2", AIFP_TRANSLATE_NOOP("Cli", "land area available for halls and yards")},
        {"name", "NAME", AIFP_TRANSLATE_NOOP("Cli", "site name")},
        formatOption({"text", "json"}),
    };
    c.minPositional = c.maxPositional = 1;
    c.run = runNew;
    return c;
}

} // namespace aifp::cli
