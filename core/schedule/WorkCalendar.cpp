#include "core/schedule/WorkCalendar.hpp"
#include "core/i18n/Translate.hpp"

namespace aifp {

namespace {

// Guard against a calendar whose holidays swallow every working day for years.
constexpr long kMaxScanDays = 366L * 200;

} // namespace

CivilDay parseIsoDate(const std::string& text) {
    try {
        return parseCivilDate(text);
    } catch (const DateError& e) {
        throw ScheduleError(e.what());
    }
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
