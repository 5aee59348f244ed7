#pragma once
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include "core/util/NumberFormat.hpp"
#include <string>

namespace aifp::report {

// Display numbers come from the one formatting module (core/util/NumberFormat.hpp).
using aifp::display::formatCount;
using aifp::display::formatNumber;
using aifp::display::formatScaled;
using aifp::display::formatSignificant;
using aifp::display::withUnit;
// Money in US dollars, scaled: "$412 k", "$3.41 M", "$1.27 bn".
std::string formatUsd(double v);
// Value with unit and error band: "1,234 kW (1,100 - 1,400)".
std::string formatFigure(const ReportFigure& f, int decimals = 1);
// The same rounded to sigDigits significant digits, as estimates with an error band deserve:
// "12,300 tokens/s (9,800 – 14,100)", from a million on with an SI prefix (formatScaled):
// "6.57 G tokens/s (4.6 G – 8.54 G)".
std::string formatFigureSignificant(const ReportFigure& f, int sigDigits = 3);
// A sensible number of decimals for a value: 2 below 10, 1 below 100, else 0.
int autoDecimals(double v);

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (proleptic Gregorian); false when malformed.
bool daysFromIso(const std::string& iso, long& days);
// The ISO date of a day count since 1970-01-01.
std::string isoFromDays(long days);

} // namespace aifp::report
