#pragma once
#include <string>

// The one place numbers become text. Two families, chosen explicitly at each call:
//  - file numbers (PDF/SVG drawing commands, CSV, JSON, XML, HTML attributes): std::to_chars,
//    '.' decimal point, no grouping, never affected by the process locale;
//  - display numbers for people (report text, tables, labels): in the chosen language
//    (core/i18n/Language.hpp), English "12,480.5", Spanish "12 480,5" (U+202F groups, decimal
//    comma, four-digit integer parts ungrouped; translations/README.md), or in the style a
//    thread set (the GUI's QLocale), a fixed number of decimals or significant digits, unit
//    symbols.
// Neither depends on the process locale (setlocale): only the language or style chosen.
namespace aifp {

enum class Language;

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

// How numbers are written for people: the decimal mark, the thousands separator (UTF-8; a
// French or Spanish separator is U+202F) and the fewest integer digits that are grouped (4:
// "1,234"; Spanish 5: "1234" but "12 480"). English ('.', ',', 4), the default, is what the
// command line and the report use unless the user chose another language; the GUI passes its
// QLocale's (German: ',' and '.').
struct NumberStyle {
    std::string decimalPoint = ".";
    std::string groupSeparator = ",";
    int groupFromDigits = 4;
    friend bool operator==(const NumberStyle&, const NumberStyle&) = default;
};

// The style of a language: English ('.', ',', 4), Spanish (',', U+202F, 5: RAE, Ortografía de
// la lengua española (2010), and ISO 80000-1 7.3.1; translations/README.md).
NumberStyle styleOf(Language language);

// The style of the calling thread: the NumberStyleScope alive on it, else the style of the
// language the thread uses (aifp::language(): English unless the user chose Spanish). Engine
// texts (estimate, schedule, generator and power-basis notes, findings) format with it, so the
// GUI's worker threads get the user's QLocale and the command line the chosen language.
NumberStyle currentStyle();

// While alive, display numbers formatted on this thread without an explicit style use style.
class NumberStyleScope {
public:
    explicit NumberStyleScope(NumberStyle style);
    ~NumberStyleScope();
    NumberStyleScope(const NumberStyleScope&) = delete;
    NumberStyleScope& operator=(const NumberStyleScope&) = delete;

private:
    NumberStyle style_;
    const NumberStyle* previous_;
};

// Thousands separators and fixed decimals: formatNumber(1234.5, 1) = "1,234.5" in English,
// "1234,5" in Spanish; "n/a" ("n/d" in Spanish) for NaN.
std::string formatNumber(double v, int decimals, const NumberStyle& style);
std::string formatNumber(double v, int decimals = 0);
// A count: rounded to an integer, with separators ("4", "12,480"); "n/a" for NaN.
std::string formatCount(double v, const NumberStyle& style);
std::string formatCount(double v);
// Rounded to sigDigits significant digits, never showing decimals beyond them and never more
// than needed: formatSignificant(123456, 3) = "123,000", formatSignificant(0.04213, 2) =
// "0.042", formatSignificant(7.0, 3) = "7".
std::string formatSignificant(double v, int sigDigits, const NumberStyle& style);
std::string formatSignificant(double v, int sigDigits = 3);
// Large estimated figures for people, the one convention (docs/reports.md, "Numbers"): below
// one million the number is written out with separators ("657,000"); from one million on it is
// scaled by an SI prefix, M (10^6), G (10^9), T (10^12), P (10^15), E (10^18), the mantissa
// rounded to sigDigits significant digits (1 <= mantissa < 1000): formatScaled(6.57e9, 3) =
// "6.57 G", formatScaled(1.2345e7, 3) = "12.3 M", formatScaled(999.96e6, 3) = "1 G". The prefix
// follows a no-break space and stands in front of the unit: formatScaled(v, "tokens/s", 3) =
// "6.57 G tokens/s". SI prefixes rather than words: they read the same in every language.
// Counts of things (GPUs, racks) stay exact (formatCount); files keep full precision.
std::string formatScaled(double v, int sigDigits, const NumberStyle& style);
std::string formatScaled(double v, int sigDigits = 3);
std::string formatScaled(double v, const std::string& unit, int sigDigits,
                         const NumberStyle& style);
std::string formatScaled(double v, const std::string& unit, int sigDigits = 3);
// Like formatSignificant but without thousands separators ("123000", "0.042"): for figures in
// running text that name a parameter, where printf's %g was used before.
std::string formatSignificantPlain(double v, int sigDigits = 3);
// Fixed decimals without thousands separators ("1234.5"; German "1234,5"); "n/a" for NaN.
std::string formatFixedPlain(double v, int decimals);
// At most maxDecimals decimals, trailing zeros removed, no separators ("135", "0.95", "2.41").
std::string formatPlain(double v, int maxDecimals);
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
