#include "cli/Commands.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/generate/FactorySummary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
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
    json::Value file = json::Value::object();
    file.set("path", path)
        .set("application_id", hex32(info.applicationId))
        .set("schema_version", info.schemaVersion)
        .set("file_bytes", static_cast<long long>(info.fileBytes))
        .set("written_by", info.writtenBy);
    json::Value names = json::Value::array();
    for (const Variant& v : variants.variants)
        names.push(v.name);
    file.set("base_variant", variants.variants.front().name).set("variants", std::move(names));
    return file;
}

json::Value designSummaryJson(const Design& design, const DesignSummary& s,
                              const std::string& variant) {
    json::Value power = json::Value::object();
    for (const auto& [k, n] : s.powerNodesByKind)
        power.set(k, n);
    json::Value cooling = json::Value::object();
    for (const auto& [k, n] : s.coolingNodesByKind)
        cooling.set(k, n);
    json::Value tiers = json::Value::object();
    for (const auto& [t, n] : s.switchesByTier)
        tiers.set("tier_" + std::to_string(t), n);
    json::Value clusters = json::Value::array();
    for (const ClusterSummary& c : s.clusters) {
        json::Value v = json::Value::object();
        v.set("name", c.name)
            .set("halls", c.halls)
            .set("racks", c.racks)
            .set("gpus", c.gpus)
            .set("compute_switches", c.computeSwitches)
            .set("tiers", c.tiers);
        clusters.push(std::move(v));
    }
    json::Value summary = json::Value::object();
    summary.set("variant", variant)
        .set("site", design.site.name)
        .set("halls", s.halls)
        .set("clusters", std::move(clusters))
        .set("rows", s.rows)
        .set("racks", s.racks)
        .set("racks_unknown_system", s.racksUnknownSystem)
        .set("gpus", s.gpus)
        .set("power_nodes", std::move(power))
        .set("power_links", s.powerLinks)
        .set("cooling_nodes", std::move(cooling))
        .set("pipes", s.pipes)
        .set("switches", std::move(tiers))
        .set("network_link_bundles", s.linkBundles)
        .set("network_links", s.links)
        .set("user_catalog_entries", design.userCatalog.size())
        .set("assumption_overrides", design.assumptionOverrides.size())
        .set("procurement", toString(design.settings.procurement))
        .set("rent_term_months", design.settings.rentTermMonths)
        .set("tco_horizon_years", design.settings.tcoHorizonYears);
    return summary;
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
    Design design;
    ProjectFileInfo info;
    design = openDesign(args, path); // the precise error for a bad file comes from here
    VariantListing variants;
    try {
        info = readProjectFileInfo(path);
        variants = listVariants(path);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
    DesignSummary s;
    try {
        s = summarize(design);
    } catch (const FactoryEstimateError& e) {
        throw UsageError(path + ": " + e.what());
    }
    const std::string variant = args.value("variant", variants.variants.front().name);
    if (format == "json") {
        json::Value doc = json::Value::object();
        doc.set("file", fileJson(path, info, variants))
            .set("design", designSummaryJson(design, s, variant));
        setPowerBasisJson(doc, s.power);
        out << json::write(doc) << "\n";
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
