#pragma once
#include "core/model/Forward.hpp"
#include <functional>
#include <string>

namespace aifp {

// The tokens/s a schedule's capacity ramp carries (ScheduleOptions::tokensPerSecond), as
// `aifp-cli schedule` and the GUI's Schedule dock compute it.
struct ScheduleThroughput {
    // tokens/s of the factory with n GPUs online, from the inference estimator (core/estimate)
    // for the design's serving settings and its most common GPU system. Empty when the design
    // has no racks or the estimator rejects the settings: the ramp then carries GPU counts only.
    std::function<double(int gpusOnline)> tokensPerSecond;
    // Where the figures come from, or why there are none, in the language shown ("" when the
    // design has no racks).
    std::string note;
};

ScheduleThroughput scheduleThroughput(const Design& design, const Catalog& catalog);

} // namespace aifp
