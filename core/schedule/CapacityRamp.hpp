#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include <functional>
#include <string>
#include <vector>

namespace aifp {

// Capacity by programme week, from week 0 (the week starting on startIso) to the week in which
// the last SU serves. An SU counts as energised (its IT MW) from its energised date and as
// online (its GPUs) from its serving date, both inclusive, at the end of a week.
// tokensPerSecond, when given, is called with the GPUs online (once per distinct count).
std::vector<RampWeek> capacityRamp(const std::vector<UnitMilestone>& units,
                                   const std::string& startIso,
                                   const std::function<double(int gpusOnline)>& tokensPerSecond);

} // namespace aifp
