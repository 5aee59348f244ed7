#pragma once
#include <string>

namespace aifp::report {

// A coordinate or colour component for PDF and SVG: two decimals, trailing zeros trimmed
// ("12.50" -> "12.5", "3.00" -> "3"); non-finite values become 0.
std::string compactNumber(double v);

} // namespace aifp::report
