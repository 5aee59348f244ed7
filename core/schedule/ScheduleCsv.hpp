#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include <string>

namespace aifp {

// One row per task, importable by common schedulers (MS Project, ProjectLibre, Excel):
// ID,Name,Duration (days),Start,Finish,Total Float (days),Critical,Predecessors,Key
// ID is the 1-based row number; Predecessors lists row numbers with link type and lag in days,
// e.g. "3FS+5;4SS-2" (";" separated, so the field never needs quoting for the list itself);
// Critical is Yes/No; Key is the task's id. RFC 4180 quoting, CRLF-free ("\n") lines.
std::string scheduleToCsv(const ScheduleResult& result);

} // namespace aifp
