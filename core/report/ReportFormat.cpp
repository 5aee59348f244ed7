#include "core/report/ReportFormat.hpp"
#include "core/i18n/Translate.hpp"
#include <charconv>
#include <cmath>
#include <system_error>

namespace aifp::report {

std::string formatUsd(double v) {
    if (!std::isfinite(v))
        return tr("Number", "n/a");
    const double a = std::abs(v);
    std::string out(1, '$');
    if (a >= 1e9)
        out.append(formatNumber(v / 1e9, 2)).append(" bn");
    else if (a >= 1e6)
        out.append(formatNumber(v / 1e6, 2)).append(" M");
    else if (a >= 1e4)
        out.append(formatNumber(v / 1e3, 1)).append(" k");
    else
        out.append(a < 10 ? formatSignificant(v, 3) : formatNumber(v, 0));
    return out;
}

int autoDecimals(double v) {
    const double a = std::abs(v);
    if (!std::isfinite(a))
        return 0;
    return a < 10 ? 2 : a < 100 ? 1 : 0;
}

std::string formatFigure(const ReportFigure& f, int decimals) {
    if (!f.available())
        return tr("Number", "n/a");
    const bool usd = f.unit == "USD" || f.unit == "$";
    auto one = [&](double v) { return usd ? formatUsd(v) : formatNumber(v, decimals); };
    std::string s = one(f.value);
    if (!usd && !f.unit.empty())
        s += " " + f.unit;
    if (std::isfinite(f.low) && std::isfinite(f.high))
        s += " (" + one(f.low) + " - " + one(f.high) + ")";
    return s;
}

std::string formatFigureSignificant(const ReportFigure& f, int sigDigits) {
    if (!f.available())
        return tr("Number", "n/a");
    const bool usd = f.unit == "USD" || f.unit == "$";
    // Large estimates read with an SI prefix ("6.57 G tokens/s"), the one convention of
    // display::formatScaled; below a million it is formatSignificant's "12,300".
    auto one = [&](double v) { return usd ? formatUsd(v) : formatScaled(v, sigDigits); };
    std::string s = usd ? one(f.value) : withUnit(one(f.value), f.unit);
    if (std::isfinite(f.low) && std::isfinite(f.high))
        s += " (" + one(f.low) + " \u2013 " + one(f.high) + ")";
    return s;
}

bool daysFromIso(const std::string& iso, long& days) {
    int y = 0, m = 0, d = 0;
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return false;
    auto field = [&](std::size_t at, std::size_t len, int& v) {
        const char* first = iso.data() + at;
        const auto r = std::from_chars(first, first + len, v);
        return r.ec == std::errc() && r.ptr == first + len;
    };
    if (!field(0, 4, y) || !field(5, 2, m) || !field(8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    // Days from civil (H. Hinnant's algorithm, public-domain date algorithms).
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    days = era * 146097 + doe - 719468;
    return true;
}

std::string isoFromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    auto pad = [](long v, std::size_t width) {
        std::string s = fileInteger(v);
        return std::string(s.size() < width ? width - s.size() : 0, '0') + s;
    };
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
}

} // namespace aifp::report
