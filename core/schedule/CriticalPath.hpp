#pragma once
#include "core/schedule/ScheduleNetwork.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <string>
#include <vector>

namespace aifp {

// Dates of one task after the forward and backward passes. Offsets are working days from the
// programme start (offset 0 = first working day on or after the start date); a finish offset is
// exclusive (the task occupies working days [start, finish)).
struct TaskTiming {
    long earlyStart = 0;
    long earlyFinish = 0;
    long lateStart = 0;
    long lateFinish = 0;
    long totalFloat = 0; // late start - early start
    long freeFloat = 0;  // delay possible without delaying any successor's early dates
    bool critical = false;
    std::string start;  // ISO date of the first working day
    std::string finish; // ISO date of the last working day (milestones: the start date)
};

struct CriticalPathResult {
    std::vector<TaskTiming> timings;       // parallel to network.tasks
    std::vector<std::string> criticalPath; // task ids, programme start to end
    long projectFinish = 0;                // exclusive offset of the last finish
    std::string finishDate;                // ISO date of the latest task finish
};

// Critical path method over a precedence network (forward pass for early dates, backward pass
// for late dates, floats, one zero-float chain from start to end). The network is held as a
// Boost.Graph adjacency_list and ordered with boost::topological_sort.
// Throws ScheduleError on: duplicate or empty task ids, unknown predecessor ids, negative,
// fractional or non-finite durations and lags, invalid constraint dates, dependency cycles
// (naming the tasks in the cycle).
CriticalPathResult computeCriticalPath(const ScheduleNetwork& network, const WorkCalendar& calendar,
                                       const std::string& startIso);

// The chain of driving links (zero slack at the early dates) that ends at task id, from the
// programme start (or a date constraint) to id, as task ids. Done tasks never drive. Empty when
// id is unknown. cpm must be the result of computeCriticalPath on network.
std::vector<std::string> drivingChain(const ScheduleNetwork& network, const CriticalPathResult& cpm,
                                      const std::string& id);

} // namespace aifp
