#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
#include "core/util/TextColumns.hpp"
#include "core/validation/FailureImpact.hpp"
#include "core/validation/FindingText.hpp"
#include <algorithm>

namespace aifp::cli {

namespace {

json::Value idArray(const std::vector<ObjectId>& ids) {
    json::Value a = json::Value::array();
    for (ObjectId id : ids)
        a.push(static_cast<unsigned long long>(id));
    return a;
}

ObjectId parseId(const std::string& text) {
    std::size_t used = 0;
    unsigned long long v = 0;
    try {
        v = std::stoull(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || text[0] == '-' || v == 0)
        throw UsageError("--fail: '" + text + "' is not an object id (a positive whole number)");
    return v;
}

int runImpact(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    if (!args.has("fail"))
        throw UsageError("give at least one --fail ID");
    std::vector<ObjectId> failed;
    for (const std::string& s : args.values("fail"))
        failed.push_back(parseId(s));
    Design design;
    design = openDesign(args, args.positional().at(0));

    ImpactResult r;
    try {
        r = simulateFailure(design, Catalog::builtin(), failed);
    } catch (const FailureImpactError& e) {
        throw UsageError(std::string("--fail: ") + e.what());
    }
    if (format == "json") {
        json::Value assumptions = json::Value::array();
        for (const auto& a : r.assumptions)
            assumptions.push(a);
        json::Value doc = json::Value::object();
        doc.set("failed", idArray(r.failed))
            .set("racks_failed", idArray(r.racksFailed))
            .set("racks_losing_power", idArray(r.racksLosingPower))
            .set("racks_losing_cooling", idArray(r.racksLosingCooling))
            .set("racks_losing_redundancy", idArray(r.racksLosingRedundancy))
            .set("racks_disconnected", idArray(r.racksDisconnected))
            .set("overloaded_power_nodes", idArray(r.overloadedPowerNodes))
            .set("overloaded_cdus", idArray(r.overloadedCdus))
            .set("heat_rejection_deficit_kw", r.heatRejectionDeficitKw)
            .set("gpus_total", r.gpusTotal)
            .set("gpus_lost", r.gpusLost)
            .set("fabric_bisection_gbps", r.fabricBisectionGbps)
            .set("fabric_bandwidth_lost_gbps", r.fabricBandwidthLostGbps)
            .set("fabric_bandwidth_lost_percent", r.fabricBandwidthLostPercent)
            .set("tokens_per_second_lost",
                 r.tokensPerSecondLost ? json::Value(*r.tokensPerSecondLost) : json::Value())
            .set("assumptions", std::move(assumptions));
        out << json::write(doc) << "\n";
    } else {
        // Labels padded to one column whatever their length in the chosen language.
        const std::vector<std::pair<const char*, std::string>> rows = {
            {AIFP_TRANSLATE_NOOP("Impact", "Failed objects:"), formatIds(r.failed, 20)},
            {AIFP_TRANSLATE_NOOP("Impact", "Racks lost (failed):"),
             std::to_string(r.racksFailed.size())},
            {AIFP_TRANSLATE_NOOP("Impact", "Racks losing power:"),
             std::to_string(r.racksLosingPower.size())},
            {AIFP_TRANSLATE_NOOP("Impact", "Racks losing cooling:"),
             std::to_string(r.racksLosingCooling.size())},
            {AIFP_TRANSLATE_NOOP("Impact", "Racks losing redundancy:"),
             std::to_string(r.racksLosingRedundancy.size())},
            {AIFP_TRANSLATE_NOOP("Impact", "Racks disconnected:"),
             std::to_string(r.racksDisconnected.size())},
            {AIFP_TRANSLATE_NOOP("Impact", "Overloaded power nodes:"),
             formatIds(r.overloadedPowerNodes, 20)},
            {AIFP_TRANSLATE_NOOP("Impact", "Overloaded CDUs:"), formatIds(r.overloadedCdus, 20)},
            {AIFP_TRANSLATE_NOOP("Impact", "Heat rejection deficit:"),
             formatNumber(r.heatRejectionDeficitKw) + " kW"},
            {AIFP_TRANSLATE_NOOP("Impact", "GPUs lost:"),
             fill(tr("Impact", "%1 of %2"),
                  {std::to_string(r.gpusLost), std::to_string(r.gpusTotal)})},
            {AIFP_TRANSLATE_NOOP("Impact", "Fabric bandwidth lost:"),
             fill(tr("Impact", "%1 Gb/s of %2 Gb/s bisection (%3 %)"),
                  {formatNumber(r.fabricBandwidthLostGbps, 0),
                   formatNumber(r.fabricBisectionGbps, 0),
                   formatNumber(r.fabricBandwidthLostPercent, 2)})},
        };
        std::size_t width = 0;
        for (const auto& row : rows)
            width = std::max(width, displayWidth(tr("Impact", row.first)) + 1);
        for (const auto& [label, value] : rows)
            out << padToWidth(tr("Impact", label), width) << value << "\n";
        out << tr("Impact", "Assumptions:") << "\n";
        for (const auto& a : r.assumptions)
            out << "  - " << a << "\n";
    }
    return kExitOk;
}

} // namespace

Command impactCommand() {
    Command c;
    c.name = "impact";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Simulate failing objects and report racks, GPUs and bandwidth lost");
    c.synopsis = "FILE --fail ID [--fail ID ...]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Fails the given objects at once (power nodes or links, CDUs, manifolds, pipes,\n"
        "chillers, switches, network links, racks, halls) and reports the racks that lose\n"
        "power, cooling or redundancy, racks cut off from the compute fabric, GPUs lost and\n"
        "fabric bisection bandwidth lost. Exit code 2 when FILE cannot be read or an id is\n"
        "not in the design.");
    c.options = {{"fail", "ID", AIFP_TRANSLATE_NOOP("Cli", "id of an object to fail"), true},
                 formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runImpact;
    return c;
}

} // namespace aifp::cli
