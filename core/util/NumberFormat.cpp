#include "core/util/NumberFormat.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <locale.h>
#include <system_error>

namespace aifp {

namespace {

std::string toChars(double v, std::chars_format fmt, int precision) {
    char buf[400]; // fixed notation of the largest double needs 309 digits plus decimals
    const auto res = std::to_chars(buf, buf + sizeof buf, v, fmt, precision);
    if (res.ec != std::errc())
        return "0";
    return std::string(buf, res.ptr);
}

std::string notAvailable() {
    return tr("Number", "n/a");
}

// "-0", "-0.00" -> without the sign.
std::string dropNegativeZero(std::string s) {
    if (!s.empty() && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos)
        s.erase(0, 1);
    return s;
}

} // namespace

std::string fileNumber(double v, int maxDecimals) {
    if (!std::isfinite(v))
        return "0";
    std::string s = toChars(v, std::chars_format::fixed, maxDecimals < 0 ? 0 : maxDecimals);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    s = dropNegativeZero(s);
    return s.empty() ? std::string("0") : s;
}

std::string fileFixed(double v, int decimals) {
    if (!std::isfinite(v))
        return {};
    return dropNegativeZero(toChars(v, std::chars_format::fixed, decimals < 0 ? 0 : decimals));
}

std::string fileShortest(double v) {
    if (!std::isfinite(v))
        return {};
    if (v == 0.0)
        return "0";
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string fileInteger(long long v) {
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string hexColor(unsigned r, unsigned g, unsigned b) {
    static const char* kHex = "0123456789abcdef";
    std::string s = "#";
    for (unsigned c : {r, g, b}) {
        s += kHex[(c >> 4) & 15];
        s += kHex[c & 15];
    }
    return s;
}

namespace display {

namespace {

thread_local const NumberStyle* tCurrentStyle = nullptr;

// Plain "C" digits ("-1234567.25") in style: separators every three integer digits when grouped,
// the decimal mark replaced.
std::string styled(const std::string& plain, const NumberStyle& style, bool grouped) {
    std::string out;
    const std::size_t start = plain.empty() || plain[0] != '-' ? 0 : 1;
    const std::size_t dot = plain.find('.');
    const std::size_t end = dot == std::string::npos ? plain.size() : dot;
    grouped =
        grouped && end - start >= static_cast<std::size_t>(std::max(style.groupFromDigits, 1));
    out = plain.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (grouped && i > start && (end - i) % 3 == 0)
            out += style.groupSeparator;
        out += plain[i];
    }
    if (dot != std::string::npos)
        out += style.decimalPoint + plain.substr(dot + 1);
    return out;
}

// v rounded to sigDigits significant digits in plain "C" digits, trailing zeros trimmed.
std::string significantPlain(double v, int sigDigits) {
    if (v == 0.0)
        return "0";
    if (sigDigits < 1)
        sigDigits = 1;
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(v))));
    const int decimals = sigDigits - 1 - magnitude;
    if (decimals >= 0) {
        std::string s = toChars(v, std::chars_format::fixed, decimals);
        if (s.find('.') != std::string::npos) {
            while (s.back() == '0')
                s.pop_back();
            if (s.back() == '.')
                s.pop_back();
        }
        return dropNegativeZero(s);
    }
    const double scale = std::pow(10.0, -decimals);
    return dropNegativeZero(toChars(std::round(v / scale) * scale, std::chars_format::fixed, 0));
}

} // namespace

NumberStyle styleOf(Language language) {
    if (language == Language::Spanish)
        return {",", "\u202f", 5};
    return {};
}

NumberStyle currentStyle() {
    return tCurrentStyle ? *tCurrentStyle : styleOf(language());
}

NumberStyleScope::NumberStyleScope(NumberStyle style)
    : style_(std::move(style)), previous_(tCurrentStyle) {
    tCurrentStyle = &style_;
}

NumberStyleScope::~NumberStyleScope() {
    tCurrentStyle = previous_;
}

std::string formatNumber(double v, int decimals, const NumberStyle& style) {
    if (!std::isfinite(v))
        return notAvailable();
    return styled(
        dropNegativeZero(toChars(v, std::chars_format::fixed, decimals < 0 ? 0 : decimals)), style,
        true);
}

std::string formatNumber(double v, int decimals) {
    return formatNumber(v, decimals, currentStyle());
}

std::string formatCount(double v, const NumberStyle& style) {
    return formatNumber(std::isfinite(v) ? std::round(v) : v, 0, style);
}

std::string formatCount(double v) {
    return formatCount(v, currentStyle());
}

std::string formatSignificant(double v, int sigDigits, const NumberStyle& style) {
    if (!std::isfinite(v))
        return notAvailable();
    return styled(significantPlain(v, sigDigits), style, true);
}

std::string formatSignificant(double v, int sigDigits) {
    return formatSignificant(v, sigDigits, currentStyle());
}

std::string formatScaled(double v, int sigDigits, const NumberStyle& style) {
    if (!std::isfinite(v))
        return notAvailable();
    static const char* const kPrefixes[] = {"M", "G", "T", "P", "E"};
    if (sigDigits < 1)
        sigDigits = 1;
    // Round first: 999,960 to 3 digits is 1,000,000, which is written "1 M".
    const std::string roundedText = significantPlain(v, sigDigits);
    double rounded = v;
    std::from_chars(roundedText.data(), roundedText.data() + roundedText.size(), rounded);
    if (std::abs(rounded) < 1e6)
        return styled(significantPlain(rounded, sigDigits), style, true);
    int k = 0;
    double mantissa = rounded / 1e6;
    while (std::abs(mantissa) >= 1000.0 && k < 4) {
        mantissa /= 1000.0;
        ++k;
    }
    // The mantissa is rounded again: 6.57e9 / 1e9 can be 6.5700000000000003.
    return styled(significantPlain(mantissa, sigDigits), style, true) + "\u00a0" + kPrefixes[k];
}

std::string formatScaled(double v, int sigDigits) {
    return formatScaled(v, sigDigits, currentStyle());
}

std::string formatScaled(double v, const std::string& unit, int sigDigits,
                         const NumberStyle& style) {
    const std::string n = formatScaled(v, sigDigits, style);
    if (unit.empty() || !std::isfinite(v))
        return n;
    // "6.57 G" + "tokens/s": the prefix is already followed by the unit after a space.
    return n + "\u00a0" + unit;
}

std::string formatScaled(double v, const std::string& unit, int sigDigits) {
    return formatScaled(v, unit, sigDigits, currentStyle());
}

std::string formatSignificantPlain(double v, int sigDigits) {
    if (!std::isfinite(v)) // as printf's %g spelled them in the messages this replaces
        return std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
    return styled(significantPlain(v, sigDigits), currentStyle(), false);
}

std::string formatFixedPlain(double v, int decimals) {
    if (!std::isfinite(v))
        return notAvailable();
    return styled(
        dropNegativeZero(toChars(v, std::chars_format::fixed, decimals < 0 ? 0 : decimals)),
        currentStyle(), false);
}

std::string formatPlain(double v, int maxDecimals) {
    if (!std::isfinite(v))
        return notAvailable();
    return styled(fileNumber(v, maxDecimals), currentStyle(), false);
}

std::string withUnit(const std::string& number, const std::string& unit) {
    if (unit.empty())
        return number;
    if (unit == "%")
        return number + "\u00a0%";
    return number + "\u00a0" + unit;
}

} // namespace display

ClassicLocaleScope::ClassicLocaleScope() {
    locale_t c = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    if (c) {
        classic_ = c;
        previous_ = uselocale(c);
    }
}

ClassicLocaleScope::~ClassicLocaleScope() {
    if (classic_) {
        uselocale(static_cast<locale_t>(previous_));
        freelocale(static_cast<locale_t>(classic_));
    }
}

} // namespace aifp
