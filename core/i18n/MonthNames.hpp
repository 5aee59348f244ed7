#pragma once
#include <string>

namespace aifp {

// The abbreviated name of a month for people ("Jan", in Spanish "ene"), month 1 to 12; the
// number itself for anything else. The one table of month names (chart axes, climate tables).
std::string monthAbbreviation(int month);

} // namespace aifp
