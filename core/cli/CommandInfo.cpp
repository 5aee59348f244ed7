#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/io/Project.hpp"
#include "core/util/Json.hpp"
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
        return "leaf (tier 1)";
    case 2:
        return "spine (tier 2)";
    case 3:
        return "core (tier 3)";
    default:
        return "tier " + std::to_string(tier);
    }
}

// "base (base), n+1, vera-rubin"
std::string variantList(const VariantListing& l) {
    std::string out;
    for (std::size_t i = 0; i < l.variants.size(); ++i)
        out += (i ? ", " : "") + l.variants[i].name + (i == 0 ? " (base)" : "");
    return out;
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

    if (format == "json") {
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
        json::Value power = json::Value::object();
        for (const auto& [k, n] : s.powerNodesByKind)
            power.set(k, n);
        json::Value cooling = json::Value::object();
        for (const auto& [k, n] : s.coolingNodesByKind)
            cooling.set(k, n);
        json::Value tiers = json::Value::object();
        for (const auto& [t, n] : s.switchesByTier)
            tiers.set("tier_" + std::to_string(t), n);
        json::Value summary = json::Value::object();
        summary.set("variant", args.value("variant", variants.variants.front().name))
            .set("site", design.site.name)
            .set("halls", s.halls)
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
            .set("assumption_overrides", design.assumptionOverrides.size());
        json::Value doc = json::Value::object();
        doc.set("file", std::move(file)).set("design", std::move(summary));
        setPowerBasisJson(doc, s.power);
        out << json::write(doc) << "\n";
        return kExitOk;
    }

    out << "File:              " << path << "\n"
        << "Format:            AI Factory Planner project, schema " << info.schemaVersion
        << " (application_id " << hex32(info.applicationId) << ")\n"
        << "Size:              " << info.fileBytes << " bytes\n"
        << "Written by:        " << (info.writtenBy.empty() ? "?" : info.writtenBy) << "\n"
        << "Variants:          " << variantList(variants) << "\n"
        << "\n"
        << "Variant:           " << args.value("variant", variants.variants.front().name) << "\n"
        << "Site:              " << design.site.name << "\n"
        << "Halls:             " << s.halls << "\n"
        << "Rows:              " << s.rows << "\n"
        << "Racks:             " << s.racks << "\n";
    if (s.racksUnknownSystem)
        out << "  not a known GPU system: " << s.racksUnknownSystem << " (not counted below)\n";
    out << "GPUs:              " << s.gpus << "\n"
        << "Power:             " << s.power.itText() << "\n"
        << "                   " << s.power.facilityText() << "\n"
        << "                   " << s.power.pueText() << "\n"
        << "Power nodes:       " << design.powerNodes.size() << "\n";
    for (const auto& [k, n] : s.powerNodesByKind)
        out << "  " << k << ": " << n << "\n";
    out << "Power links:       " << s.powerLinks << "\n"
        << "Cooling nodes:     " << design.coolingNodes.size() << "\n";
    for (const auto& [k, n] : s.coolingNodesByKind)
        out << "  " << k << ": " << n << "\n";
    out << "Pipes:             " << s.pipes << "\n"
        << "Switches:          " << s.switches << "\n";
    for (const auto& [t, n] : s.switchesByTier)
        out << "  " << tierName(t) << ": " << n << "\n";
    out << "Network links:     " << s.links << " in " << s.linkBundles << " bundles\n"
        << "User catalog:      " << design.userCatalog.size() << " entries\n"
        << "Overrides:         " << design.assumptionOverrides.size() << " assumptions\n";
    return kExitOk;
}

} // namespace

Command infoCommand() {
    Command c;
    c.name = "info";
    c.summary = "Show the facts of a project file and a summary of its design";
    c.usage = "aifp-cli info FILE [--format text|json]";
    c.description =
        "Reads FILE (an .aifp project) without modifying it and prints its schema version,\n"
        "application id and size, then the design's counts: halls, rows, racks, GPUs\n"
        "(racks x gpus_per_rack of the catalog), the power basis (IT design and typical,\n"
        "facility design and typical, PUE; docs/estimation.md), power and cooling nodes by\n"
        "kind, pipes, switches by tier and network links. Exit code 2 with one line on\n"
        "stderr when FILE cannot be read.";
    c.options = {{"format", "text|json", "output format (default text)"}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runInfo;
    return c;
}

} // namespace aifp::cli
