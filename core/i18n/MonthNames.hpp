#pragma once
#include <string>

namespace aifp {

// The abbreviated name of a month for people ("Jan", in Spanish "ene"), month 1 to 12; the
// number itself for anything else. The one table of month names (chart axes, climate tables).
std::string monthAbbreviation(int month);
// The full name of a month for people ("February", in Spanish "febrero"), month 1 to 12; the
// number itself for anything else (messages about dates).
std::string monthName(int month);

} // namespace aifp
