#pragma once
#include "core/model/ObjectId.hpp"
#include "core/schedule/CriticalPath.hpp"
#include "core/schedule/ScheduleNetwork.hpp"
#include "core/schedule/ScheduleParameters.hpp"
#include <optional>
#include <string>
#include <vector>

namespace aifp {

// Capacity online at the end of one programme week (calendar week w covers the 7 days from
// start + 7w).
struct RampWeek {
    int week = 0;
    std::string weekStart;                 // ISO date of the first day of the week
    double mwEnergized = 0.0;              // IT MW of the halls whose power and cooling passed L5
    long gpusOnline = 0;                   // GPUs of the halls past burn-in (first token)
    std::optional<double> tokensPerSecond; // absent: no estimator given ("GPU count only")
};

// When one hall's capacity arrives.
struct HallMilestone {
    ObjectId hallId = kNoId;
    std::string hallName;
    double itMw = 0.0; // sum of rack power (catalog rack_power_kw)
    long gpus = 0;
    long racks = 0;
    std::string energized;  // power and cooling commissioned (L5 done)
    std::string firstToken; // burn-in done
};

struct ScheduleResult {
    std::string delivery;  // "traditional" or "prefab"
    std::string startDate; // ISO
    ScheduleNetwork network;
    CriticalPathResult cpm;           // timings parallel to network.tasks, critical path ids
    std::vector<HallMilestone> halls; // in design order
    std::string firstToken;           // earliest hall first token
    std::string fullCapacity;         // last hall first token
    std::vector<RampWeek> ramp;
    std::vector<ScheduleParameter> parameters; // every default, with overrides applied
    std::vector<std::string> notes; // assumptions surfaced to the user, skipped items, ...

    const TaskTiming* timing(const std::string& taskId) const {
        for (std::size_t i = 0; i < network.tasks.size(); ++i)
            if (network.tasks[i].id == taskId)
                return &cpm.timings[i];
        return nullptr;
    }
};

} // namespace aifp
