#include "core/schedule/ScheduleJson.hpp"
#include <optional>
#include <string>
#include <vector>

namespace aifp {

namespace {

json::Value stringArray(const std::vector<std::string>& items) {
    json::Value a = json::Value::array();
    for (const auto& s : items)
        a.push(s);
    return a;
}

// A number, or null when it is not known.
json::Value numberOrNull(const std::optional<double>& v) {
    return v ? json::Value(*v) : json::Value(nullptr);
}

json::Value tasksToJson(const ScheduleResult& r) {
    json::Value tasks = json::Value::array();
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        json::Value deps = json::Value::array();
        for (const auto& d : t.dependsOn) {
            json::Value dep = json::Value::object();
            dep.set("id", d.predecessorId).set("type", toString(d.type)).set("lag_days", d.lagDays);
            deps.push(std::move(dep));
        }
        json::Value task = json::Value::object();
        task.set("id", t.id)
            .set("name", t.name)
            .set("duration_days", t.durationDays)
            .set("depends_on", std::move(deps))
            .set("start", tm.start)
            .set("finish", tm.finish)
            .set("total_float_days", tm.totalFloat)
            .set("critical", tm.critical)
            .set("status", t.done ? "done" : "planned");
        if (t.done)
            task.set("done_reason", t.doneReason);
        tasks.push(std::move(task));
    }
    return tasks;
}

json::Value ownedToJson(const ScheduleResult& r) {
    json::Value owned = json::Value::array();
    for (const auto& [cls, date] : r.owned) {
        json::Value o = json::Value::object();
        o.set("class", cls).set("on_site_date", date);
        owned.push(std::move(o));
    }
    return owned;
}

json::Value bridgeToJson(const ScheduleResult& r) {
    if (!r.bridge)
        return json::Value(nullptr);
    const BridgeSummary& b = *r.bridge;
    json::Value o = json::Value::object();
    o.set("capacity_mw", b.capacityMw)
        .set("bridged_it_mw", b.bridgedItMw)
        .set("units_bridged", b.unitsBridged)
        .set("in_service", b.inService)
        .set("needed_from", b.neededFrom)
        .set("switchover", b.switchover)
        .set("months", b.months)
        .set("cost_usd", b.costUsd)
        .set("energy_mwh", b.energyMwh)
        .set("emissions_t_co2", b.emissionsT);
    return o;
}

json::Value unitsToJson(const ScheduleResult& r) {
    json::Value units = json::Value::array();
    for (const auto& u : r.units) {
        json::Value o = json::Value::object();
        o.set("hall", u.hallIndex + 1)
            .set("su", u.unit)
            .set("racks", u.racks)
            .set("gpus", u.gpus)
            .set("it_mw", u.itMw)
            .set("bridged", u.bridged)
            .set("energized", u.energized)
            .set("date", u.serving)
            .set("gpus_online", u.gpusOnline)
            .set("tokens_per_second", numberOrNull(u.tokensPerSecond));
        units.push(std::move(o));
    }
    return units;
}

json::Value rampToJson(const ScheduleResult& r) {
    json::Value ramp = json::Value::array();
    for (const auto& w : r.ramp) {
        json::Value row = json::Value::object();
        row.set("week", w.week)
            .set("date", w.date)
            .set("mw_energized", w.mwEnergized)
            .set("gpus_online", w.gpusOnline)
            .set("tokens_per_second", numberOrNull(w.tokensPerSecond));
        ramp.push(std::move(row));
    }
    return ramp;
}

json::Value hallsToJson(const ScheduleResult& r) {
    json::Value halls = json::Value::array();
    for (const auto& h : r.halls) {
        json::Value o = json::Value::object();
        o.set("id", static_cast<unsigned long long>(h.hallId))
            .set("name", h.hallName)
            .set("it_mw", h.itMw)
            .set("racks", h.racks)
            .set("gpus", h.gpus)
            .set("energized", h.energized)
            .set("first_token", h.firstToken)
            .set("full_capacity", h.fullCapacity);
        halls.push(std::move(o));
    }
    return halls;
}

json::Value parametersToJson(const ScheduleResult& r) {
    json::Value params = json::Value::array();
    for (const auto& p : r.parameters) {
        json::Value o = json::Value::object();
        o.set("key", p.key)
            .set("value", p.value)
            .set("unit", p.unit)
            .set("assumption", p.assumption)
            .set("overridden", p.overridden)
            .set("source", p.source);
        params.push(std::move(o));
    }
    return params;
}

} // namespace

json::Value scheduleToJson(const ScheduleResult& r) {
    json::Value root = json::Value::object();
    root.set("tasks", tasksToJson(r));
    root.set("critical_path", stringArray(r.cpm.criticalPath));
    root.set("first_token", r.firstToken);
    root.set("full_capacity", r.fullCapacity);
    root.set("first_token_weeks", r.firstTokenWeeks);
    root.set("full_capacity_weeks", r.fullCapacityWeeks);
    root.set("first_token_driver", r.driver);
    root.set("first_token_driver_task", r.driverTask);
    root.set("first_token_chain", stringArray(r.firstTokenChain));
    root.set("site_readiness", r.readiness);
    root.set("supply_priority", r.supplyPriority);
    if (r.supplyPriority)
        root.set("priority_cost_usd",
                 r.priorityCostKnown ? json::Value(r.priorityCostUsd) : json::Value(nullptr));
    root.set("owned_equipment", ownedToJson(r));
    root.set("bridge_power", bridgeToJson(r));
    root.set("units", unitsToJson(r));
    root.set("ramp", rampToJson(r));
    root.set("delivery", r.delivery);
    root.set("start", r.startDate);
    root.set("halls", hallsToJson(r));
    root.set("assumptions", parametersToJson(r));
    root.set("notes", stringArray(r.notes));
    return root;
}

json::Value fastTrackToJson(const FastTrackSummary& s) {
    json::Value root = json::Value::object();
    root.set("start", s.startDate)
        .set("first_token", s.firstToken)
        .set("full_capacity", s.fullCapacity)
        .set("first_token_weeks", s.firstTokenWeeks)
        .set("full_capacity_weeks", s.fullCapacityWeeks)
        .set("first_token_driver", s.driver);
    json::Value paths = json::Value::array();
    for (const auto& p : s.options) {
        json::Value o = json::Value::object();
        o.set("id", p.id)
            .set("name", p.name)
            .set("first_token", p.firstToken)
            .set("full_capacity", p.fullCapacity)
            .set("first_token_weeks", p.firstTokenWeeks)
            .set("full_capacity_weeks", p.fullCapacityWeeks)
            .set("first_token_gain_weeks", p.firstTokenGainWeeks)
            .set("full_capacity_gain_weeks", p.fullCapacityGainWeeks)
            .set("first_token_driver", p.driver)
            .set("added_cost_usd", p.costKnown ? json::Value(p.addedCostUsd) : json::Value(nullptr))
            .set("cost_note", p.costNote);
        paths.push(std::move(o));
    }
    root.set("paths", std::move(paths));
    return root;
}

} // namespace aifp
