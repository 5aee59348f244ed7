#pragma once
#include "core/util/CivilDate.hpp"
#include <array>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

// A schedule input that cannot be used: bad dates, unknown task ids, cycles, bad durations.
// what() is one line naming the task, link, date or key at fault.
struct ScheduleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses "YYYY-MM-DD" as parseCivilDate (core/util/CivilDate.hpp) does, for schedule inputs:
// throws ScheduleError naming the text and what is wrong ("'2027-02-30' is not a date
// YYYY-MM-DD: day 30 is not in February 2027").
CivilDay parseIsoDate(const std::string& text);

// Working days of a construction programme: which weekdays crews work and which dates are
// holidays. Task durations and lags are counted in working days; offset 0 is the first working
// day on or after the programme start date.
class WorkCalendar {
public:
    // Monday to Friday, no holidays.
    WorkCalendar();
    // workingWeekdays[0] = Monday ... [6] = Sunday. Throws ScheduleError when no day works.
    explicit WorkCalendar(const std::array<bool, 7>& workingWeekdays,
                          const std::vector<std::string>& holidaysIso = {});
    // Sites that work Saturdays too: Monday to Saturday.
    static WorkCalendar sixDayWeek(const std::vector<std::string>& holidaysIso = {});

    void addHoliday(const std::string& iso);
    bool isWorkingDay(CivilDay day) const;
    int workingDaysPerWeek() const;
    const std::array<bool, 7>& workingWeekdays() const { return weekdays_; }
    std::vector<std::string> holidays() const;

    // The first working day on or after day.
    CivilDay nextWorkingDay(CivilDay day) const;
    // The date of working-day offset n (n >= 0 counts forward, n < 0 backward) from the first
    // working day on or after start.
    CivilDay dayOfOffset(CivilDay start, long offset) const;
    std::string dateOfOffset(const std::string& startIso, long offset) const;
    // Working-day offset of the first working day on or after date, counted from start's first
    // working day (negative when date is earlier).
    long offsetOfDay(CivilDay start, CivilDay date) const;
    long offsetOfDate(const std::string& startIso, const std::string& dateIso) const;

private:
    std::array<bool, 7> weekdays_{};
    std::set<CivilDay> holidays_;
};

} // namespace aifp
