#pragma once
#include <stdexcept>
#include <string>

namespace aifp {

// A date that cannot be used: what() is one line naming the text and what is wrong
// ("'2027-02-30' is not a date YYYY-MM-DD: day 30 is not in February 2027").
struct DateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A day of the proleptic Gregorian calendar, counted from 1970-01-01 (day 0), as
// std::chrono::sys_days counts it; the conversions use the std::chrono calendar types.
using CivilDay = long;

// Parses "YYYY-MM-DD" (a valid calendar date, years 1900-9999). Throws DateError.
CivilDay parseCivilDate(const std::string& text);
std::string formatIsoDate(CivilDay day);
// 0 = Monday ... 6 = Sunday (ISO 8601 weekday numbering minus one).
int weekdayOf(CivilDay day);
bool isValidIsoDate(const std::string& text);

} // namespace aifp
