#include "core/schedule/ScheduleJson.hpp"

namespace aifp {

json::Value scheduleToJson(const ScheduleResult& r) {
    json::Value root = json::Value::object();
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
            .set("critical", tm.critical);
        tasks.push(std::move(task));
    }
    root.set("tasks", std::move(tasks));
    json::Value path = json::Value::array();
    for (const auto& id : r.cpm.criticalPath)
        path.push(id);
    root.set("critical_path", std::move(path));
    root.set("first_token", r.firstToken);
    root.set("full_capacity", r.fullCapacity);
    json::Value ramp = json::Value::array();
    for (const auto& w : r.ramp) {
        json::Value row = json::Value::object();
        row.set("week", w.week)
            .set("mw_energized", w.mwEnergized)
            .set("gpus_online", w.gpusOnline)
            .set("tokens_per_second",
                 w.tokensPerSecond ? json::Value(*w.tokensPerSecond) : json::Value(nullptr));
        ramp.push(std::move(row));
    }
    root.set("ramp", std::move(ramp));

    root.set("delivery", r.delivery);
    root.set("start", r.startDate);
    json::Value halls = json::Value::array();
    for (const auto& h : r.halls) {
        json::Value o = json::Value::object();
        o.set("id", static_cast<unsigned long long>(h.hallId))
            .set("name", h.hallName)
            .set("it_mw", h.itMw)
            .set("racks", h.racks)
            .set("gpus", h.gpus)
            .set("energized", h.energized)
            .set("first_token", h.firstToken);
        halls.push(std::move(o));
    }
    root.set("halls", std::move(halls));
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
    root.set("assumptions", std::move(params));
    json::Value notes = json::Value::array();
    for (const auto& n : r.notes)
        notes.push(n);
    root.set("notes", std::move(notes));
    return root;
}

} // namespace aifp
