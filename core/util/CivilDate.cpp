#include "core/util/CivilDate.hpp"
#include "core/i18n/MonthNames.hpp"
#include "core/i18n/Translate.hpp"
#include <cctype>
#include <chrono>
#include <cstdio>

namespace aifp {

namespace {

std::chrono::sys_days sysDays(CivilDay day) {
    return std::chrono::sys_days{std::chrono::days{day}};
}

} // namespace

CivilDay parseCivilDate(const std::string& text) {
    const auto bad = [&](const std::string& why) {
        return DateError(fill(tr("Schedule", "'%1' is not a date YYYY-MM-DD: %2"), {text, why}));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        throw bad(tr("Schedule", "expected the form YYYY-MM-DD"));
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            throw bad(tr("Schedule", "expected digits"));
    const int y = std::stoi(text.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
    if (y < 1900)
        throw bad(fill(tr("Schedule", "year %1 is before 1900"), {std::to_string(y)}));
    if (m < 1 || m > 12)
        throw bad(fill(tr("Schedule", "month %1 is not 1-12"), {std::to_string(m)}));
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                           std::chrono::day{d}};
    if (!date.ok())
        throw bad(fill(tr("Schedule", "day %1 is not in %2 %3"),
                       {std::to_string(d), monthName(static_cast<int>(m)), std::to_string(y)}));
    return std::chrono::sys_days{date}.time_since_epoch().count();
}

bool isValidIsoDate(const std::string& text) {
    try {
        parseCivilDate(text);
        return true;
    } catch (const DateError&) {
        return false;
    }
}

std::string formatIsoDate(CivilDay day) {
    const std::chrono::year_month_day date{sysDays(day)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

int weekdayOf(CivilDay day) {
    return static_cast<int>(std::chrono::weekday{sysDays(day)}.iso_encoding()) - 1;
}

} // namespace aifp
