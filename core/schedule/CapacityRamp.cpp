#include "core/schedule/CapacityRamp.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <algorithm>
#include <cmath>
#include <map>

namespace aifp {

std::vector<RampWeek> capacityRamp(const std::vector<UnitMilestone>& halls,
                                   const std::string& startIso,
                                   const std::function<double(int gpusOnline)>& tokensPerSecond) {
    std::vector<RampWeek> ramp;
    if (halls.empty())
        return ramp;
    const CivilDay start = parseIsoDate(startIso);
    struct Step {
        CivilDay energized;
        CivilDay online;
        double mw;
        long gpus;
    };
    std::vector<Step> steps;
    CivilDay end = start;
    for (const auto& h : halls) {
        Step s{parseIsoDate(h.energized), parseIsoDate(h.serving), h.itMw, h.gpus};
        end = std::max({end, s.energized, s.online});
        steps.push_back(s);
    }
    const long weeks = (end - start) / 7 + 1;
    std::map<long, double> cache;
    for (long w = 0; w < weeks; ++w) {
        const CivilDay weekEnd = start + 7 * w + 6;
        RampWeek row;
        row.week = static_cast<int>(w);
        row.weekStart = formatIsoDate(start + 7 * w);
        row.date = formatIsoDate(weekEnd);
        for (const auto& s : steps) {
            if (s.energized <= weekEnd)
                row.mwEnergized += s.mw;
            if (s.online <= weekEnd)
                row.gpusOnline += s.gpus;
        }
        if (tokensPerSecond) {
            auto it = cache.find(row.gpusOnline);
            if (it == cache.end()) {
                const double v =
                    row.gpusOnline > 0 ? tokensPerSecond(static_cast<int>(row.gpusOnline)) : 0.0;
                it = cache.emplace(row.gpusOnline, std::isfinite(v) ? v : 0.0).first;
            }
            row.tokensPerSecond = it->second;
        }
        ramp.push_back(row);
    }
    return ramp;
}

} // namespace aifp
