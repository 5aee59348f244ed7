#include "core/util/NumberFormat.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
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

// "1234567.25" -> "1,234,567.25" in English; in Spanish "1 234 567,25" with a narrow no-break
// space (U+202F) between groups and a decimal comma, and no grouping of four-digit integer parts
// ("2345,5"): RAE, Ortografía de la lengua española (2010) 8.2.2.3, and ISO 80000-1 7.3.1
// (translations/README.md). Sign kept in front.
std::string group(const std::string& plain) {
    const bool spanish = language() == Language::Spanish;
    const char* separator = spanish ? "\u202f" : ",";
    std::size_t start = plain.empty() || plain[0] != '-' ? 0 : 1;
    const std::size_t dot = plain.find('.');
    const std::size_t end = dot == std::string::npos ? plain.size() : dot;
    const bool grouped = !spanish || end - start > 4;
    std::string out = plain.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (grouped && i > start && (end - i) % 3 == 0)
            out += separator;
        out += plain[i];
    }
    if (dot != std::string::npos)
        out += (spanish ? "," : ".") + plain.substr(dot + 1);
    return out;
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

std::string formatNumber(double v, int decimals) {
    if (!std::isfinite(v))
        return notAvailable();
    return group(
        dropNegativeZero(toChars(v, std::chars_format::fixed, decimals < 0 ? 0 : decimals)));
}

std::string formatCount(double v) {
    return formatNumber(std::isfinite(v) ? std::round(v) : v, 0);
}

std::string formatSignificant(double v, int sigDigits) {
    if (!std::isfinite(v))
        return notAvailable();
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
        return group(dropNegativeZero(s));
    }
    const double scale = std::pow(10.0, -decimals);
    return formatNumber(std::round(v / scale) * scale, 0);
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
