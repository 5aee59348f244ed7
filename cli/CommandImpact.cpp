#include "cli/Commands.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/TextColumns.hpp"
#include "core/validation/FailureImpact.hpp"
#include "core/validation/FindingText.hpp"
#include <algorithm>

namespace aifp::cli {

namespace {

json::Value impactJson(const ImpactResult& r) {
    const auto ids = [](const std::vector<ObjectId>& list) { return json::arrayOf(list); };
    return json::object({{"failed", ids(r.failed)},
                         {"racks_failed", ids(r.racksFailed)},
                         {"racks_losing_power", ids(r.racksLosingPower)},
                         {"racks_losing_cooling", ids(r.racksLosingCooling)},
                         {"racks_losing_redundancy", ids(r.racksLosingRedundancy)},
                         {"racks_disconnected", ids(r.racksDisconnected)},
                         {"overloaded_power_nodes", ids(r.overloadedPowerNodes)},
                         {"overloaded_cdus", ids(r.overloadedCdus)},
                         {"heat_rejection_deficit_kw", r.heatRejectionDeficitKw},
                         {"gpus_total", r.gpusTotal},
                         {"gpus_lost", r.gpusLost},
                         {"fabric_bisection_gbps", r.fabricBisectionGbps},
                         {"fabric_bandwidth_lost_gbps", r.fabricBandwidthLostGbps},
                         {"fabric_bandwidth_lost_percent", r.fabricBandwidthLostPercent},
                         {"tokens_per_second_lost", json::orNull(r.tokensPerSecondLost)},
                         {"assumptions", json::arrayOf(r.assumptions)}});
}

ObjectId parseId(const std::string& text) {
    const std::optional<unsigned long long> v = wholeNumber<unsigned long long>(text);
    if (!v || text[0] == '-' || *v == 0)
        throw UsageError("--fail: '" + text + "' is not an object id (a positive whole number)");
    return *v;
}

int runImpact(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    if (!args.has("fail"))
        throw UsageError("give at least one --fail ID");
    std::vector<ObjectId> failed;
    for (const std::string& s : args.values("fail"))
        failed.push_back(parseId(s));
    const Design design = openDesign(args, args.positional().at(0));

    const ImpactResult r = refusalAsUsage<FailureImpactError>(
        [&] { return simulateFailure(design, Catalog::builtin(), failed); }, "--fail: ");
    if (format == "json") {
        printJson(out, impactJson(r));
    } else {
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
        printLabelledRows(out, "Impact", rows);
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
