#pragma once
#include <string>

// The one place numbers become text. Two families, chosen explicitly at each call:
//  - file numbers (PDF/SVG drawing commands, CSV, JSON, XML, HTML attributes): std::to_chars,
//    '.' decimal point, no grouping, never affected by the process locale;
//  - display numbers for people (report text, tables, labels): in the chosen language
//    (core/i18n/Language.hpp), English "12,480.5", Spanish "12 480,5" (U+202F groups, decimal
//    comma, four-digit integer parts ungrouped; translations/README.md), a fixed number of
//    decimals or significant digits, unit symbols.
// Neither depends on the process locale (setlocale): only the language the user chose.
namespace aifp {

// --- file numbers -------------------------------------------------------------------------
// Fixed notation with at most maxDecimals decimals, trailing zeros trimmed ("12.5", "3", "-0.25");
// non-finite values become "0" (a drawing command must stay parseable).
std::string fileNumber(double v, int maxDecimals = 2);
// Fixed notation with exactly decimals decimals ("3.10"); "" when v is not finite (an empty CSV
// cell).
std::string fileFixed(double v, int decimals);
// The shortest text that reads back to the same double ("0.1", "1e+21"); "" when not finite.
std::string fileShortest(double v);
// An integer as plain digits.
std::string fileInteger(long long v);
// A colour as CSS/SVG "#rrggbb".
std::string hexColor(unsigned r, unsigned g, unsigned b);

// --- display numbers ----------------------------------------------------------------------
namespace display {
// Thousands separators and fixed decimals: formatNumber(1234.5, 1) = "1,234.5" in English,
// "1234,5" in Spanish; "n/a" ("n/d") for NaN.
std::string formatNumber(double v, int decimals = 0);
// A count: rounded to an integer, with separators ("4", "12,480"); "n/a" for NaN.
std::string formatCount(double v);
// Rounded to sigDigits significant digits, never showing decimals beyond them and never more
// than needed: formatSignificant(123456, 3) = "123,000", formatSignificant(0.04213, 2) =
// "0.042", formatSignificant(7.0, 3) = "7".
std::string formatSignificant(double v, int sigDigits = 3);
// A value and its unit joined by a no-break space: "32.5 °C", "1,200 m²".
std::string withUnit(const std::string& number, const std::string& unit);
} // namespace display

// While alive, the calling thread formats and parses numbers in the "C" locale (POSIX
// uselocale), whatever setlocale() chose for the process (QApplication sets the user's). For
// worker threads that write files through engines whose text still uses printf-style calls.
class ClassicLocaleScope {
public:
    ClassicLocaleScope();
    ~ClassicLocaleScope();
    ClassicLocaleScope(const ClassicLocaleScope&) = delete;
    ClassicLocaleScope& operator=(const ClassicLocaleScope&) = delete;

private:
    void* classic_ = nullptr;  // locale_t
    void* previous_ = nullptr; // locale_t
};

// Unit symbols (UTF-8), one spelling everywhere.
namespace units {
inline constexpr const char* kSquareMetre = "m\u00b2";
inline constexpr const char* kDegreeC = "\u00b0C";
inline constexpr const char* kEuro = "\u20ac";
} // namespace units

} // namespace aifp
