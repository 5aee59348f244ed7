#pragma once
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include <string>

namespace aifp::report {

// Number formatting for reports: thousands separators, fixed decimals, "n/a" for NaN.
std::string formatNumber(double v, int decimals = 0);
// Money in US dollars, scaled: "$412 k", "$3.41 M", "$1.27 bn".
std::string formatUsd(double v);
// Value with unit and error band: "1,234 kW (1,100 - 1,400)".
std::string formatFigure(const ReportFigure& f, int decimals = 1);
// A sensible number of decimals for a value: 2 below 10, 1 below 100, else 0.
int autoDecimals(double v);

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (proleptic Gregorian); false when malformed.
bool daysFromIso(const std::string& iso, long& days);
// The ISO date of a day count since 1970-01-01.
std::string isoFromDays(long days);

// Human names for the model's enums ("LV switchboard", "Dry cooler", ...).
std::string displayName(PowerNodeKind k);
std::string displayName(CoolingNodeKind k);
std::string displayName(LinkMedium m);
std::string displayName(RedundancyScheme s);
std::string displayName(FabricKind f);

} // namespace aifp::report
