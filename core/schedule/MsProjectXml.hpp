#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <string>

namespace aifp {

// The schedule as Microsoft Project XML (MSPDI, namespace http://schemas.microsoft.com/project):
// one <Task> per task with UID/ID (row number), Name, Start/Finish (08:00 / 17:00), Duration
// (PT<8 x days>H0M0S, 8-hour days), Milestone, Critical, start-no-earlier-than constraints
// (ConstraintType 4) and PredecessorLink (Type FF=0, FS=1, SF=2, SS=3; LinkLag in tenths of a
// minute, 4800 per 8-hour day, LagFormat 7 = days). A Calendars element carries the working
// weekdays and holidays of the calendar.
std::string scheduleToMsProjectXml(const ScheduleResult& result, const WorkCalendar& calendar,
                                   const std::string& projectName);

// MSPDI link type code: FF=0, FS=1, SF=2, SS=3.
int msProjectLinkType(LinkType t);

} // namespace aifp
