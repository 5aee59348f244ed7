#include "core/schedule/MsProjectXml.hpp"
#include "core/util/XmlText.hpp"
#include <sstream>
#include <unordered_map>

namespace aifp {

namespace {

// MSPDI uses 8-hour days (MinutesPerDay 480) from 08:00 to 17:00 with a lunch hour.
constexpr long kMinutesPerDay = 480;
// LinkLag is in tenths of a minute (MSPDI schema, PredecessorLink/LinkLag).
constexpr long kLagUnitsPerDay = kMinutesPerDay * 10;
// LagFormat 7: days (MSPDI duration format codes).
constexpr int kLagFormatDays = 7;
// ConstraintType 4: Start No Earlier Than.
constexpr int kConstraintStartNoEarlierThan = 4;

} // namespace

int msProjectLinkType(LinkType t) {
    switch (t) {
    case LinkType::FinishToFinish:
        return 0;
    case LinkType::FinishToStart:
        return 1;
    case LinkType::StartToFinish:
        return 2;
    case LinkType::StartToStart:
        return 3;
    }
    return 1;
}

std::string scheduleToMsProjectXml(const ScheduleResult& r, const WorkCalendar& calendar,
                                   const std::string& projectName) {
    std::unordered_map<std::string, std::size_t> uid;
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i)
        uid[r.network.tasks[i].id] = i + 1;
    std::ostringstream x;
    x.imbue(std::locale::classic()); // numbers never follow the user's locale
    x << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      << "<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
      << "  <SaveVersion>14</SaveVersion>\n"
      << "  <Name>" << xmlEscape(projectName) << "</Name>\n"
      << "  <Title>" << xmlEscape(projectName) << "</Title>\n"
      << "  <ScheduleFromStart>1</ScheduleFromStart>\n"
      << "  <StartDate>" << r.startDate << "T08:00:00</StartDate>\n"
      << "  <FinishDate>" << (r.cpm.finishDate.empty() ? r.startDate : r.cpm.finishDate)
      << "T17:00:00</FinishDate>\n"
      << "  <CalendarUID>1</CalendarUID>\n"
      << "  <DefaultStartTime>08:00:00</DefaultStartTime>\n"
      << "  <DefaultFinishTime>17:00:00</DefaultFinishTime>\n"
      << "  <MinutesPerDay>" << kMinutesPerDay << "</MinutesPerDay>\n"
      << "  <MinutesPerWeek>" << kMinutesPerDay * calendar.workingDaysPerWeek()
      << "</MinutesPerWeek>\n"
      << "  <DaysPerMonth>20</DaysPerMonth>\n"
      << "  <Calendars>\n    <Calendar>\n      <UID>1</UID>\n      <Name>Programme</Name>\n"
      << "      <IsBaseCalendar>1</IsBaseCalendar>\n      <BaseCalendarUID>-1</BaseCalendarUID>\n"
      << "      <WeekDays>\n";
    // DayType 1 = Sunday ... 7 = Saturday; our weekdays are Monday = 0 ... Sunday = 6.
    for (int dayType = 1; dayType <= 7; ++dayType) {
        const int ours = (dayType + 5) % 7;
        const bool working = calendar.workingWeekdays()[static_cast<std::size_t>(ours)];
        x << "        <WeekDay><DayType>" << dayType << "</DayType><DayWorking>"
          << (working ? 1 : 0) << "</DayWorking>";
        if (working)
            x << "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"
                 "</WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime>"
                 "</WorkingTime></WorkingTimes>";
        x << "</WeekDay>\n";
    }
    for (const auto& h : calendar.holidays())
        x << "        <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>"
          << h << "T00:00:00</FromDate><ToDate>" << h
          << "T23:59:00</ToDate></TimePeriod></WeekDay>\n";
    x << "      </WeekDays>\n    </Calendar>\n  </Calendars>\n  <Tasks>\n";
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        const long days = tm.earlyFinish - tm.earlyStart;
        const bool milestone = days == 0;
        x << "    <Task>\n"
          << "      <UID>" << i + 1 << "</UID>\n"
          << "      <ID>" << i + 1 << "</ID>\n"
          << "      <Name>" << xmlEscape(t.name) << "</Name>\n"
          << "      <Start>" << tm.start << "T08:00:00</Start>\n"
          << "      <Finish>" << tm.finish << (milestone ? "T08:00:00" : "T17:00:00")
          << "</Finish>\n"
          << "      <Duration>PT" << days * 8 << "H0M0S</Duration>\n"
          << "      <DurationFormat>7</DurationFormat>\n"
          << "      <Milestone>" << (milestone ? 1 : 0) << "</Milestone>\n"
          << "      <Critical>" << (tm.critical ? 1 : 0) << "</Critical>\n"
          << "      <TotalSlack>" << tm.totalFloat * kLagUnitsPerDay << "</TotalSlack>\n"
          << "      <FreeSlack>" << tm.freeFloat * kLagUnitsPerDay << "</FreeSlack>\n";
        if (t.done) // complete before the programme start (site readiness, owned equipment)
            x << "      <PercentComplete>100</PercentComplete>\n";
        if (t.startNoEarlierThan)
            x << "      <ConstraintType>" << kConstraintStartNoEarlierThan << "</ConstraintType>\n"
              << "      <ConstraintDate>" << *t.startNoEarlierThan
              << "T08:00:00</ConstraintDate>\n";
        for (const auto& d : t.dependsOn) {
            auto it = uid.find(d.predecessorId);
            if (it == uid.end() || t.done || r.network.tasks[it->second - 1].done)
                continue;
            x << "      <PredecessorLink><PredecessorUID>" << it->second
              << "</PredecessorUID><Type>" << msProjectLinkType(d.type) << "</Type><LinkLag>"
              << static_cast<long>(d.lagDays) * kLagUnitsPerDay << "</LinkLag><LagFormat>"
              << kLagFormatDays << "</LagFormat></PredecessorLink>\n";
        }
        x << "    </Task>\n";
    }
    x << "  </Tasks>\n</Project>\n";
    return x.str();
}

} // namespace aifp
