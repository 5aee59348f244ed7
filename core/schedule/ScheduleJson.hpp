#pragma once
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/ScheduleResult.hpp"
#include "core/util/Json.hpp"

namespace aifp {

// The schedule as JSON: {"tasks":[{"id","name","duration_days","depends_on":[{"id","type",
// "lag_days"}],"start","finish","total_float_days","critical","status" (done|planned),
// "done_reason"?}],"critical_path":[ids],"first_token","full_capacity","first_token_weeks",
// "full_capacity_weeks" (calendar weeks from the start date),"first_token_driver" (words),
// "first_token_driver_task","first_token_chain":[ids],"site_readiness","supply_priority",
// "priority_cost_usd"?,"owned_equipment":[{"class","on_site_date"}],"bridge_power" (null or
// {capacity_mw, bridged_it_mw, units_bridged, in_service, needed_from, switchover, months,
// cost_usd, energy_mwh, emissions_t_co2}),"units":[{"hall","su","racks","gpus","it_mw","bridged",
// "energized","date" (serving),"gpus_online","tokens_per_second"}],"ramp":[{"week","date"
// (the week's last day),"mw_energized","gpus_online","tokens_per_second"}]} followed by
// "delivery", "start", "halls", "assumptions" and "notes". tokens_per_second is null when no
// estimator was given.
json::Value scheduleToJson(const ScheduleResult& result);

// {start, first_token(_weeks), full_capacity(_weeks), first_token_driver, paths: [{id, name,
// first_token, full_capacity, *_weeks, first_token_gain_weeks, full_capacity_gain_weeks,
// first_token_driver, added_cost_usd (null: not priced), cost_note}]}
json::Value fastTrackToJson(const FastTrackSummary& summary);

} // namespace aifp
