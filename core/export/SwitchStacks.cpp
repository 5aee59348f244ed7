#include "core/export/SwitchStacks.hpp"
#include <cmath>
#include <map>
#include <tuple>

namespace aifp::exchange {

std::vector<SwitchStack> switchStacks(const Design& design) {
    std::vector<SwitchStack> stacks;
    std::map<std::tuple<ObjectId, long long, long long>, std::size_t> byPoint;
    for (std::size_t i = 0; i < design.switches.size(); ++i) {
        const NetworkSwitch& s = design.switches[i];
        const auto key = std::make_tuple(s.hallId, std::llround(s.positionM.xM * 100.0),
                                         std::llround(s.positionM.yM * 100.0));
        auto [it, fresh] = byPoint.emplace(key, stacks.size());
        if (fresh)
            stacks.push_back({s.hallId, s.positionM, {}});
        stacks[it->second].switches.push_back(i);
    }
    return stacks;
}

} // namespace aifp::exchange
