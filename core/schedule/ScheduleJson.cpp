#include "core/schedule/ScheduleJson.hpp"
#include "core/util/JsonShapes.hpp"
#include <optional>
#include <string>
#include <vector>

namespace aifp {

namespace {

json::Value dependencyToJson(const Dependency& d) {
    return json::object(
        {{"id", d.predecessorId}, {"type", toString(d.type)}, {"lag_days", d.lagDays}});
}

json::Value tasksToJson(const ScheduleResult& r) {
    json::Value tasks = json::Value::array();
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        json::Value task =
            json::object({{"id", t.id},
                          {"name", t.name},
                          {"duration_days", t.durationDays},
                          {"depends_on", json::arrayOf(t.dependsOn, dependencyToJson)},
                          {"start", tm.start},
                          {"finish", tm.finish},
                          {"total_float_days", tm.totalFloat},
                          {"critical", tm.critical},
                          {"status", t.done ? "done" : "planned"}});
        if (t.done)
            task.set("done_reason", t.doneReason);
        tasks.push(std::move(task));
    }
    return tasks;
}

json::Value ownedToJson(const ScheduleResult& r) {
    return json::arrayOf(r.owned, [](const auto& owned) {
        return json::object({{"class", owned.first}, {"on_site_date", owned.second}});
    });
}

json::Value bridgeToJson(const ScheduleResult& r) {
    if (!r.bridge)
        return json::Value(nullptr);
    const BridgeSummary& b = *r.bridge;
    return json::object({{"capacity_mw", b.capacityMw},
                         {"bridged_it_mw", b.bridgedItMw},
                         {"units_bridged", b.unitsBridged},
                         {"in_service", b.inService},
                         {"needed_from", b.neededFrom},
                         {"switchover", b.switchover},
                         {"months", b.months},
                         {"cost_usd", b.costUsd},
                         {"energy_mwh", b.energyMwh},
                         {"emissions_t_co2", b.emissionsT}});
}

json::Value unitToJson(const UnitMilestone& u) {
    return json::object({{"hall", u.hallIndex + 1},
                         {"su", u.unit},
                         {"racks", u.racks},
                         {"gpus", u.gpus},
                         {"it_mw", u.itMw},
                         {"bridged", u.bridged},
                         {"energized", u.energized},
                         {"date", u.serving},
                         {"gpus_online", u.gpusOnline},
                         {"tokens_per_second", json::orNull(u.tokensPerSecond)}});
}

json::Value rampWeekToJson(const RampWeek& w) {
    return json::object({{"week", w.week},
                         {"date", w.date},
                         {"mw_energized", w.mwEnergized},
                         {"gpus_online", w.gpusOnline},
                         {"tokens_per_second", json::orNull(w.tokensPerSecond)}});
}

json::Value hallToJson(const HallMilestone& h) {
    return json::object({{"id", static_cast<unsigned long long>(h.hallId)},
                         {"name", h.hallName},
                         {"it_mw", h.itMw},
                         {"racks", h.racks},
                         {"gpus", h.gpus},
                         {"energized", h.energized},
                         {"first_token", h.firstToken},
                         {"full_capacity", h.fullCapacity}});
}

json::Value parameterToJson(const ScheduleParameter& p) {
    return json::object({{"key", p.key},
                         {"value", p.value},
                         {"unit", p.unit},
                         {"assumption", p.assumption},
                         {"overridden", p.overridden},
                         {"source", p.source}});
}

json::Value pathToJson(const FastTrackOption& p) {
    return json::object({{"id", p.id},
                         {"name", p.name},
                         {"first_token", p.firstToken},
                         {"full_capacity", p.fullCapacity},
                         {"first_token_weeks", p.firstTokenWeeks},
                         {"full_capacity_weeks", p.fullCapacityWeeks},
                         {"first_token_gain_weeks", p.firstTokenGainWeeks},
                         {"full_capacity_gain_weeks", p.fullCapacityGainWeeks},
                         {"first_token_driver", p.driver},
                         {"added_cost_usd", json::orNull(p.costKnown, p.addedCostUsd)},
                         {"cost_note", p.costNote}});
}

} // namespace

json::Value scheduleToJson(const ScheduleResult& r) {
    json::Value::Object fields = {{"tasks", tasksToJson(r)},
                                  {"critical_path", json::arrayOf(r.cpm.criticalPath)},
                                  {"first_token", r.firstToken},
                                  {"full_capacity", r.fullCapacity},
                                  {"first_token_weeks", r.firstTokenWeeks},
                                  {"full_capacity_weeks", r.fullCapacityWeeks},
                                  {"first_token_driver", r.driver},
                                  {"first_token_driver_task", r.driverTask},
                                  {"first_token_chain", json::arrayOf(r.firstTokenChain)},
                                  {"site_readiness", r.readiness},
                                  {"supply_priority", r.supplyPriority}};
    if (r.supplyPriority)
        fields.emplace_back("priority_cost_usd",
                            json::orNull(r.priorityCostKnown, r.priorityCostUsd));
    fields.insert(fields.end(), {{"owned_equipment", ownedToJson(r)},
                                 {"bridge_power", bridgeToJson(r)},
                                 {"units", json::arrayOf(r.units, unitToJson)},
                                 {"ramp", json::arrayOf(r.ramp, rampWeekToJson)},
                                 {"delivery", r.delivery},
                                 {"start", r.startDate},
                                 {"halls", json::arrayOf(r.halls, hallToJson)},
                                 {"assumptions", json::arrayOf(r.parameters, parameterToJson)},
                                 {"notes", json::arrayOf(r.notes)}});
    return json::object(std::move(fields));
}

json::Value fastTrackToJson(const FastTrackSummary& s) {
    return json::object({{"start", s.startDate},
                         {"first_token", s.firstToken},
                         {"full_capacity", s.fullCapacity},
                         {"first_token_weeks", s.firstTokenWeeks},
                         {"full_capacity_weeks", s.fullCapacityWeeks},
                         {"first_token_driver", s.driver},
                         {"paths", json::arrayOf(s.options, pathToJson)}});
}

} // namespace aifp
