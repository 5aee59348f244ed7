#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include "core/util/Json.hpp"

namespace aifp {

// The schedule as JSON: {"tasks":[{"id","name","duration_days","depends_on":[{"id","type",
// "lag_days"}],"start","finish","total_float_days","critical"}],"critical_path":[ids],
// "first_token","full_capacity","ramp":[{"week","mw_energized","gpus_online",
// "tokens_per_second"}]} followed by "delivery", "start", "halls", "assumptions" and "notes".
// tokens_per_second is null when no estimator was given.
json::Value scheduleToJson(const ScheduleResult& result);

} // namespace aifp
