#pragma once
#include "core/util/NumberFormat.hpp"
#include <QLocale>
#include <QString>
#include <string>

namespace aifp::ui {

// Numbers on screen: the user's locale (QLocale), never scientific notation. Files use
// core/util's locale-independent formatting instead.
QString localNumber(double value, int decimals = 0);

// The core's display number style for a locale (decimal mark and group separator as QLocale
// writes them), so engine texts (notes, findings, bases) read like the numbers Qt shows.
display::NumberStyle numberStyleOf(const QLocale& locale = QLocale());

// A bandwidth given in Gb/s, in the unit that keeps it short: "400 Gb/s", "12.8 Tb/s",
// "138.6 Pb/s" (1 Tb/s = 1,000 Gb/s, SI prefixes).
QString bandwidthText(double gbps);

// Text from the core (generator notes, findings) with its ASCII units made typographic:
// "35 degC" and "35 C" -> "35 °C".
QString displayUnits(QString text);

// The words for people of an identifier the design and files use ("lv_switchboard" -> "LV
// switchboard", "dry_cooler" -> "Dry cooler"; translated, e.g. "Enfriador seco"): the core's
// one table, aifp::displayName (core/model/EnumNames.hpp), which the report uses too. An unknown
// identifier comes back as it is.
QString kindText(const char* identifier);
QString kindText(const std::string& identifier);

} // namespace aifp::ui
