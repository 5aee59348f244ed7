#include "cli/Commands.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/generate/FactorySummary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/JsonShapes.hpp"
#include <algorithm>
#include <cstdio>
#include <map>

namespace aifp::cli {

namespace {

// The summary counts of a design, as info prints them.
struct DesignSummary {
    std::size_t halls = 0, rows = 0, racks = 0;
    long long gpus = 0;
    PowerBasis power;
    std::size_t racksUnknownSystem = 0; // racks whose catalog id is not a known GPU system
    std::map<std::string, std::size_t> powerNodesByKind, coolingNodesByKind;
    std::map<int, std::size_t> switchesByTier;
    std::size_t powerLinks = 0, pipes = 0, switches = 0, linkBundles = 0;
    long long links = 0;
    std::vector<ClusterSummary> clusters; // halls sharing one compute fabric (Hall::cluster)
};

DesignSummary summarize(const Design& d) {
    DesignSummary s;
    s.halls = d.halls.size();
    s.rows = d.rows.size();
    s.racks = d.racks.size();
    // Power and GPU counts from the one power basis (core/estimate/PowerBasis.hpp).
    s.power = computePowerBasis(d, Catalog::builtin());
    s.gpus = s.power.it.gpus;
    s.racksUnknownSystem = static_cast<std::size_t>(s.power.it.racksSkipped);
    for (const PowerNode& n : d.powerNodes)
        ++s.powerNodesByKind[toString(n.kind)];
    for (const CoolingNode& n : d.coolingNodes)
        ++s.coolingNodesByKind[toString(n.kind)];
    for (const NetworkSwitch& sw : d.switches)
        ++s.switchesByTier[sw.tier];
    s.powerLinks = d.powerLinks.size();
    s.pipes = d.pipes.size();
    s.switches = d.switches.size();
    s.linkBundles = d.networkLinks.size();
    for (const NetworkLink& l : d.networkLinks)
        s.links += l.count;
    s.clusters = summarizeClusters(d, Catalog::builtin());
    return s;
}

std::string hex32(std::int32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<std::uint32_t>(v));
    return buf;
}

std::string tierName(int tier) {
    switch (tier) {
    case 1:
        return tr("Cli", "leaf (tier 1)");
    case 2:
        return tr("Cli", "spine (tier 2)");
    case 3:
        return tr("Cli", "core (tier 3)");
    default:
        return fill(tr("Cli", "tier %1"), {std::to_string(tier)});
    }
}

// "base (base), n+1, vera-rubin"
std::string variantList(const VariantListing& l) {
    std::string out;
    for (std::size_t i = 0; i < l.variants.size(); ++i)
        out +=
            (i ? ", " : "") + l.variants[i].name + (i == 0 ? tr("Cli", " (base)") : std::string());
    return out;
}

json::Value fileJson(const std::string& path, const ProjectFileInfo& info,
                     const VariantListing& variants) {
    return json::object(
        {{"path", path},
         {"application_id", hex32(info.applicationId)},
         {"schema_version", info.schemaVersion},
         {"file_bytes", static_cast<long long>(info.fileBytes)},
         {"written_by", info.writtenBy},
         {"base_variant", variants.variants.front().name},
         {"variants", json::arrayOf(variants.variants, [](const Variant& v) { return v.name; })}});
}

json::Value clusterJson(const ClusterSummary& c) {
    return json::object({{"name", c.name},
                         {"halls", c.halls},
                         {"racks", c.racks},
                         {"gpus", c.gpus},
                         {"compute_switches", c.computeSwitches},
                         {"tiers", c.tiers}});
}

json::Value designSummaryJson(const Design& design, const DesignSummary& s,
                              const std::string& variant) {
    const auto tierKey = [](int tier) { return "tier_" + std::to_string(tier); };
    return json::object({{"variant", variant},
                         {"site", design.site.name},
                         {"halls", s.halls},
                         {"clusters", json::arrayOf(s.clusters, clusterJson)},
                         {"rows", s.rows},
                         {"racks", s.racks},
                         {"racks_unknown_system", s.racksUnknownSystem},
                         {"gpus", s.gpus},
                         {"power_nodes", json::objectOf(s.powerNodesByKind)},
                         {"power_links", s.powerLinks},
                         {"cooling_nodes", json::objectOf(s.coolingNodesByKind)},
                         {"pipes", s.pipes},
                         {"switches", json::objectOf(s.switchesByTier, tierKey)},
                         {"network_link_bundles", s.linkBundles},
                         {"network_links", s.links},
                         {"user_catalog_entries", design.userCatalog.size()},
                         {"assumption_overrides", design.assumptionOverrides.size()},
                         {"procurement", toString(design.settings.procurement)},
                         {"rent_term_months", design.settings.rentTermMonths},
                         {"tco_horizon_years", design.settings.tcoHorizonYears}});
}

// The file's facts: path, format, size, writer and variants.
void printFile(const std::string& path, const ProjectFileInfo& info, const VariantListing& variants,
               const LabelColumn& label, std::ostream& out) {
    out << label(AIFP_TRANSLATE_NOOP("Cli", "File:")) << path << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Format:"))
        << fill(tr("Cli", "AI Factory Planner project, schema %1 (application_id %2)"),
                {std::to_string(info.schemaVersion), hex32(info.applicationId)})
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Size:"))
        << fill(tr("Cli", "%1 bytes"), {std::to_string(info.fileBytes)}) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Written by:"))
        << (info.writtenBy.empty() ? "?" : info.writtenBy) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Variants:")) << variantList(variants) << "\n"
        << "\n";
}

// The design's counts: halls, clusters, racks, GPUs, power, equipment, network, catalog and
// overrides.
void printDesign(const Design& design, const DesignSummary& s, const std::string& variant,
                 const LabelColumn& label, std::ostream& out) {
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Variant:")) << variant << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Site:")) << design.site.name << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Halls:")) << std::to_string(s.halls) << "\n";
    // Several clusters: one line each (a campus of one fabric shows none).
    if (s.clusters.size() > 1) {
        out << label(AIFP_TRANSLATE_NOOP("Cli", "Clusters:")) << s.clusters.size() << "\n";
        for (const ClusterSummary& c : s.clusters)
            out << "  " << describeCluster(c) << "\n";
    }
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Rows:")) << std::to_string(s.rows) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Racks:")) << std::to_string(s.racks) << "\n";
    if (s.racksUnknownSystem)
        out << "  "
            << fill(tr("Cli", "not a known GPU system: %1 (not counted below)"),
                    {std::to_string(s.racksUnknownSystem)})
            << "\n";
    const std::string indent = label.indent();
    out << label(AIFP_TRANSLATE_NOOP("Cli", "GPUs:")) << std::to_string(s.gpus) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Power:")) << s.power.itText() << "\n"
        << indent << s.power.facilityText() << "\n"
        << indent << s.power.pueText() << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Power nodes:"))
        << std::to_string(design.powerNodes.size()) << "\n";
    for (const auto& [k, n] : s.powerNodesByKind)
        out << "  " << k << ": " << std::to_string(n) << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Power links:")) << std::to_string(s.powerLinks) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Cooling nodes:"))
        << std::to_string(design.coolingNodes.size()) << "\n";
    for (const auto& [k, n] : s.coolingNodesByKind)
        out << "  " << k << ": " << std::to_string(n) << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Pipes:")) << std::to_string(s.pipes) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Switches:")) << std::to_string(s.switches) << "\n";
    for (const auto& [t, n] : s.switchesByTier)
        out << "  " << tierName(t) << ": " << std::to_string(n) << "\n";
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Network links:"))
        << fill(tr("Cli", "%1 in %2 bundles"),
                {std::to_string(s.links), std::to_string(s.linkBundles)})
        << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "User catalog:"))
        << fill(tr("Cli", "%1 entries"), {std::to_string(design.userCatalog.size())}) << "\n"
        << label(AIFP_TRANSLATE_NOOP("Cli", "Overrides:"))
        << fill(tr("Cli", "%1 assumptions"), {std::to_string(design.assumptionOverrides.size())})
        << "\n";
}

void printProcurement(const DesignSettings& ds, const LabelColumn& label, std::ostream& out) {
    out << label(AIFP_TRANSLATE_NOOP("Cli", "Procurement:"));
    if (ds.procurement == Procurement::Build)
        out << fill(tr("Cli", "build; TCO over %1 years"), {std::to_string(ds.tcoHorizonYears)});
    else
        out << fill(tr("Cli", "%1, %2-month term; TCO over %3 years"),
                    {tr("Cli", ds.procurement == Procurement::Cloud
                                   ? AIFP_TRANSLATE_NOOP("Cli", "cloud")
                                   : AIFP_TRANSLATE_NOOP("Cli", "colocation")),
                     std::to_string(ds.rentTermMonths), std::to_string(ds.tcoHorizonYears)});
    out << "\n";
}

int runInfo(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    const Design design = openDesign(args, path); // the precise error for a bad file comes first
    const ProjectFileInfo info =
        refusalAsUsage<ProjectFileError>([&] { return readProjectFileInfo(path); });
    const VariantListing variants = projectVariants(path);
    const DesignSummary s =
        refusalAsUsage<FactoryEstimateError>([&] { return summarize(design); }, path + ": ");
    const std::string variant = args.value("variant", variants.variants.front().name);
    if (format == "json") {
        json::Value doc = json::object({{"file", fileJson(path, info, variants)},
                                        {"design", designSummaryJson(design, s, variant)}});
        setPowerBasisJson(doc, s.power);
        printJson(out, doc);
        return kExitOk;
    }
    // The English column is 19 wide; "Procurement:" is not among the keys that widen it.
    const LabelColumn label(
        {"File:",    "Format:",   "Size:",          "Written by:",   "Variants:",
         "Variant:", "Site:",     "Halls:",         "Rows:",         "Racks:",
         "GPUs:",    "Power:",    "Power nodes:",   "Power links:",  "Cooling nodes:",
         "Pipes:",   "Switches:", "Network links:", "User catalog:", "Overrides:",
         "Clusters:"},
        19);
    printFile(path, info, variants, label, out);
    printDesign(design, s, variant, label, out);
    printProcurement(design.settings, label, out);
    return kExitOk;
}

} // namespace

Command infoCommand() {
    Command c;
    c.name = "info";
    c.summary =
        AIFP_TRANSLATE_NOOP("Cli", "Show the facts of a project file and a summary of its design");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli", "Reads FILE (an .aifp project) without modifying it and prints its schema version,\n"
               "application id and size, then the design's counts: halls, rows, racks, GPUs\n"
               "(racks x gpus_per_rack of the catalog), the power basis (IT design and typical,\n"
               "facility design and typical, PUE; docs/estimation.md), power and cooling nodes by\n"
               "kind, pipes, switches by tier and network links. Exit code 2 with one line on\n"
               "stderr when FILE cannot be read.");
    c.options = {formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runInfo;
    return c;
}

} // namespace aifp::cli
