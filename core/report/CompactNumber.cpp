#include "core/report/CompactNumber.hpp"
#include <cmath>
#include <cstdio>

namespace aifp::report {

std::string compactNumber(double v) {
    if (!std::isfinite(v))
        v = 0.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    // Trim trailing zeros: "12.50" -> "12.5", "3.00" -> "3".
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    if (s == "-0" || s.empty())
        s.assign(1, '0');
    return s;
}

} // namespace aifp::report
