#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
#include "core/validation/FailureImpact.hpp"
#include "core/validation/FindingText.hpp"

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
        out << "Failed objects:          " << formatIds(r.failed, 20) << "\n"
            << "Racks lost (failed):     " << r.racksFailed.size() << "\n"
            << "Racks losing power:      " << r.racksLosingPower.size() << "\n"
            << "Racks losing cooling:    " << r.racksLosingCooling.size() << "\n"
            << "Racks losing redundancy: " << r.racksLosingRedundancy.size() << "\n"
            << "Racks disconnected:      " << r.racksDisconnected.size() << "\n"
            << "Overloaded power nodes:  " << formatIds(r.overloadedPowerNodes, 20) << "\n"
            << "Overloaded CDUs:         " << formatIds(r.overloadedCdus, 20) << "\n"
            << "Heat rejection deficit:  " << formatNumber(r.heatRejectionDeficitKw) << " kW\n"
            << "GPUs lost:               " << r.gpusLost << " of " << r.gpusTotal << "\n"
            << "Fabric bandwidth lost:   " << formatNumber(r.fabricBandwidthLostGbps, 0)
            << " Gb/s of " << formatNumber(r.fabricBisectionGbps, 0) << " Gb/s bisection ("
            << formatNumber(r.fabricBandwidthLostPercent, 2) << " %)\n"
            << "Assumptions:\n";
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
    c.usage = "aifp-cli impact FILE --fail ID [--fail ID ...] [--format text|json]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Fails the given objects at once (power nodes or links, CDUs, manifolds, pipes,\n"
        "chillers, switches, network links, racks, halls) and reports the racks that lose\n"
        "power, cooling or redundancy, racks cut off from the compute fabric, GPUs lost and\n"
        "fabric bisection bandwidth lost. Exit code 2 when FILE cannot be read or an id is\n"
        "not in the design.");
    c.options = {
        {"fail", "ID", AIFP_TRANSLATE_NOOP("Cli", "id of an object to fail"), true},
        {"format", "text|json", AIFP_TRANSLATE_NOOP("Cli", "output format (default text)")}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runImpact;
    return c;
}

} // namespace aifp::cli
