#pragma once
#include "core/util/Json.hpp"

namespace aifp {
struct StepBreakdown;
struct ServedSystem;
} // namespace aifp

namespace aifp::cli {

// Where the mean decode step's time goes, in ms (StepBreakdown): estimate-inference's
// "step_breakdown_ms" and each operating point of estimate's "serving".
json::Value stepBreakdownJson(const StepBreakdown& b);

// One system type of a factory estimate (ServedSystem): its block of GPUs, how many blocks, and
// at the design's scenario and at the per-user speed the replica shape, batch and mean step.
json::Value servedSystemJson(const ServedSystem& s);

} // namespace aifp::cli
