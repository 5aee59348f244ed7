#include "core/schedule/WorkCalendar.hpp"
#include "core/i18n/Translate.hpp"
#include <cctype>
#include <cstdio>

namespace aifp {

namespace {

// Full month names, for messages (translated with tr("MonthName", name)).
const char* const kMonthNames[] = {
    AIFP_TRANSLATE_NOOP("MonthName", "January"),   AIFP_TRANSLATE_NOOP("MonthName", "February"),
    AIFP_TRANSLATE_NOOP("MonthName", "March"),     AIFP_TRANSLATE_NOOP("MonthName", "April"),
    AIFP_TRANSLATE_NOOP("MonthName", "May"),       AIFP_TRANSLATE_NOOP("MonthName", "June"),
    AIFP_TRANSLATE_NOOP("MonthName", "July"),      AIFP_TRANSLATE_NOOP("MonthName", "August"),
    AIFP_TRANSLATE_NOOP("MonthName", "September"), AIFP_TRANSLATE_NOOP("MonthName", "October"),
    AIFP_TRANSLATE_NOOP("MonthName", "November"),  AIFP_TRANSLATE_NOOP("MonthName", "December")};

bool isLeap(long y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(long y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a civil date (Hinnant, "chrono-Compatible Low-Level Date Algorithms").
CivilDay daysFromCivil(long y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;                                   // [0, 399]
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; // [0, 365]
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return era * 146097 + doe - 719468;
}

void civilFromDays(CivilDay z, long& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

// Guard against a calendar whose holidays swallow every working day for years.
constexpr long kMaxScanDays = 366L * 200;

} // namespace

CivilDay parseIsoDate(const std::string& text) {
    const auto bad = [&](const std::string& why) {
        return ScheduleError(
            fill(tr("Schedule", "'%1' is not a date YYYY-MM-DD: %2"), {text, why}));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        throw bad(tr("Schedule", "expected the form YYYY-MM-DD"));
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            throw bad(tr("Schedule", "expected digits"));
    const long y = std::stol(text.substr(0, 4));
    const int m = std::stoi(text.substr(5, 2));
    const int d = std::stoi(text.substr(8, 2));
    if (y < 1900)
        throw bad(fill(tr("Schedule", "year %1 is before 1900"), {std::to_string(y)}));
    if (m < 1 || m > 12)
        throw bad(fill(tr("Schedule", "month %1 is not 1-12"), {std::to_string(m)}));
    if (d < 1 || d > daysInMonth(y, m))
        throw bad(
            fill(tr("Schedule", "day %1 is not in %2 %3"),
                 {std::to_string(d), tr("MonthName", kMonthNames[m - 1]), std::to_string(y)}));
    return daysFromCivil(y, m, d);
}

bool isValidIsoDate(const std::string& text) {
    try {
        parseIsoDate(text);
        return true;
    } catch (const ScheduleError&) {
        return false;
    }
}

std::string formatIsoDate(CivilDay day) {
    long y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(day, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04ld-%02d-%02d", y, m, d);
    return buf;
}

int weekdayOf(CivilDay day) {
    // 1970-01-01 was a Thursday (weekday 3 when Monday = 0).
    const long w = (day + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

WorkCalendar::WorkCalendar() : weekdays_{true, true, true, true, true, false, false} {}

WorkCalendar::WorkCalendar(const std::array<bool, 7>& workingWeekdays,
                           const std::vector<std::string>& holidaysIso)
    : weekdays_(workingWeekdays) {
    bool any = false;
    for (bool w : weekdays_)
        any = any || w;
    if (!any)
        throw ScheduleError(tr("Schedule", "work calendar: no working weekday (at least one of "
                                           "Monday-Sunday must be a working day)"));
    for (const auto& h : holidaysIso)
        addHoliday(h);
}

WorkCalendar WorkCalendar::sixDayWeek(const std::vector<std::string>& holidaysIso) {
    return WorkCalendar({true, true, true, true, true, true, false}, holidaysIso);
}

void WorkCalendar::addHoliday(const std::string& iso) {
    try {
        holidays_.insert(parseIsoDate(iso));
    } catch (const ScheduleError& e) {
        throw ScheduleError(fill(tr("Schedule", "work calendar holiday: %1"), {e.what()}));
    }
}

bool WorkCalendar::isWorkingDay(CivilDay day) const {
    return weekdays_[static_cast<std::size_t>(weekdayOf(day))] && holidays_.count(day) == 0;
}

int WorkCalendar::workingDaysPerWeek() const {
    int n = 0;
    for (bool w : weekdays_)
        n += w ? 1 : 0;
    return n;
}

std::vector<std::string> WorkCalendar::holidays() const {
    std::vector<std::string> out;
    for (CivilDay d : holidays_)
        out.push_back(formatIsoDate(d));
    return out;
}

CivilDay WorkCalendar::nextWorkingDay(CivilDay day) const {
    for (long i = 0; i < kMaxScanDays; ++i, ++day)
        if (isWorkingDay(day))
            return day;
    throw ScheduleError(fill(tr("Schedule", "work calendar: no working day within 200 years of %1"),
                             {formatIsoDate(day)}));
}

CivilDay WorkCalendar::dayOfOffset(CivilDay start, long offset) const {
    CivilDay day = nextWorkingDay(start);
    const long step = offset >= 0 ? 1 : -1;
    long remaining = offset >= 0 ? offset : -offset;
    long scanned = 0;
    while (remaining > 0) {
        day += step;
        if (++scanned > kMaxScanDays)
            throw ScheduleError(
                fill(tr("Schedule", "work calendar: offset %1 working days is out of range"),
                     {std::to_string(offset)}));
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

std::string WorkCalendar::dateOfOffset(const std::string& startIso, long offset) const {
    return formatIsoDate(dayOfOffset(parseIsoDate(startIso), offset));
}

long WorkCalendar::offsetOfDay(CivilDay start, CivilDay date) const {
    const CivilDay from = nextWorkingDay(start);
    const CivilDay to = nextWorkingDay(date);
    if (to - from > kMaxScanDays || from - to > kMaxScanDays)
        throw ScheduleError(fill(tr("Schedule", "work calendar: %1 is more than 200 years from %2"),
                                 {formatIsoDate(date), formatIsoDate(start)}));
    long n = 0;
    if (to >= from) {
        for (CivilDay d = from; d < to; ++d)
            n += isWorkingDay(d) ? 1 : 0;
    } else {
        for (CivilDay d = to; d < from; ++d)
            n -= isWorkingDay(d) ? 1 : 0;
    }
    return n;
}

long WorkCalendar::offsetOfDate(const std::string& startIso, const std::string& dateIso) const {
    return offsetOfDay(parseIsoDate(startIso), parseIsoDate(dateIso));
}

} // namespace aifp
