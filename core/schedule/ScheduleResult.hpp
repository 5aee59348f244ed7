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
    std::string date;                      // ISO date the values hold at (last day of the week)
    double mwEnergized = 0.0;              // IT MW of the SUs energised (bring-up started)
    long gpusOnline = 0;                   // GPUs of the SUs serving (burn-in done)
    std::optional<double> tokensPerSecond; // absent: no estimator given ("GPU count only")
};

// One scalable unit (SU): a block of racks with its power path, CDU and leaf switches, energised,
// brought up and burnt in together. Capacity arrives SU by SU.
struct UnitMilestone {
    int hallIndex = 0;  // 0-based
    int unit = 0;       // 1-based within the hall
    std::string taskId; // the SU's bring-up task
    long racks = 0;
    long gpus = 0;
    double itMw = 0.0;
    bool bridged = false;  // served from bridging power until the switchover to the grid
    std::string energized; // bring-up starts: power path, CDU loop and leaf switches live
    std::string serving;   // first token of this SU (the working day after burn-in)
    long gpusOnline = 0;   // GPUs of the whole site serving on this SU's serving date
    std::optional<double> tokensPerSecond; // site tokens/s on that date (estimator given)
};

// Temporary on-site generation or batteries energising SUs before the utility connection.
struct BridgeSummary {
    double capacityMw = 0.0;  // requested
    double bridgedItMw = 0.0; // IT MW of the SUs it carries
    int unitsBridged = 0;
    std::string inService;   // bridging power installed (earliest)
    std::string neededFrom;  // first bridged hall starts up its power chain: hired from here
    std::string switchover;  // bridged SUs on the grid, bridging demobilised
    double months = 0.0;     // needed-from to switchover (30.44-day months)
    double costUsd = 0.0;    // capacity x months x schedule.bridge.cost_usd_per_mw_month
    double energyMwh = 0.0;  // bridged SUs' facility load x hours served before switchover
    double emissionsT = 0.0; // energyMwh x schedule.bridge.emissions_t_per_mwh
};

// When one hall's capacity arrives.
struct HallMilestone {
    ObjectId hallId = kNoId;
    std::string hallName;
    double itMw = 0.0; // sum of rack power (catalog rack_power_kw)
    long gpus = 0;
    long racks = 0;
    std::string energized;    // power and cooling commissioned (L5 done)
    std::string firstToken;   // its first SU serving
    std::string fullCapacity; // its last SU serving
};

struct ScheduleResult {
    std::string delivery;                 // "traditional" or "prefab"
    std::string startDate;                // ISO
    std::string readiness = "greenfield"; // greenfield|powered-land|powered-shell|ready-hall
    bool supplyPriority = false;
    std::vector<std::pair<std::string, std::string>> owned; // equipment class, on-site date
    std::optional<BridgeSummary> bridge;
    double priorityCostUsd = 0.0;  // premium of the priority allocation (0 without priority)
    bool priorityCostKnown = true; // false: a rack system has no price in the cost estimate
    ScheduleNetwork network;
    CriticalPathResult cpm;           // timings parallel to network.tasks, critical path ids
    std::vector<HallMilestone> halls; // in design order
    std::string firstToken;           // first SU serving (first token of the site)
    std::string fullCapacity;         // last SU serving
    double firstTokenWeeks = 0.0;     // calendar weeks from startDate to firstToken
    double fullCapacityWeeks = 0.0;   // calendar weeks from startDate to fullCapacity
    std::string firstTokenTask;       // the milestone that is the site's first token
    std::vector<std::string> firstTokenChain; // driving chain to first token (task ids)
    std::string
        driver; // what drives first token, in words ("power transformers lead time, 128 weeks")
    std::string driverTask;           // task id of the driver
    std::vector<UnitMilestone> units; // every SU, in serving order
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
