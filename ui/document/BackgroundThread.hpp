#pragma once
class QThread;

namespace aifp::ui {

// Starts a thread of background results (estimates, schedule, comparison, sensitivity) below the
// window's thread: at nice +kBackgroundNice on Linux. Qt's QThread::LowPriority does nothing
// there (SCHED_OTHER has one static priority), so without this a sensitivity sweep took as much
// CPU as the window's thread on 2 cores and a switch's first frame waited for it
// (docs/options.md, "Variants in the GUI"). The validation thread is not one of them: an
// edit's findings are part of the edit (ValidationRunner.cpp).
void startBackgroundThread(QThread& thread);

// Lowers the calling thread to nice +kBackgroundNice (Linux: per thread; elsewhere nothing).
void lowerCurrentThreadPriority();

// Linux CFS weights (kernel/sched/core.c, sched_prio_to_weight): nice 0 is 1024, nice 10 is
// 110, so on a contended core the window's thread gets about 90 % of it; a background thread
// still runs at full speed on an idle core.
inline constexpr int kBackgroundNice = 10;

// An edit's findings come before the other background results (issue 15): while the findings
// of an edit are being computed, and for kEditQuietMs after the last of them landed, the jobs
// of the background threads above wait before they start. So they neither take the core the
// validation needs nor, during a drag, keep the design mirror busy when the next move comes
// (the long jobs read the mirror's spares, DesignMirror.hpp, which it brings up to date on its
// own thread).
// Process-wide, as the cores are. GUI thread: beginEditWork() when an edit's validation is
// requested, endEditWork() once when its result (or its skip) is back.
void beginEditWork();
void endEditWork();
// Background threads, before a job starts: returns once no edit's findings are pending and
// kEditQuietMs have passed since the last ones landed, or after kEditWaitLimitMs at most (a
// job is never held forever).
void waitForEditQuiet();

// Assumption: a pause of a quarter second ends a drag or a burst of nudges (mouse moves come
// every 16-100 ms); estimates and schedule then follow the edits by that much.
inline constexpr int kEditQuietMs = 250;
// Assumption: no placement-only validation takes this long; a full one may, and the waiting
// jobs then run beside it.
inline constexpr int kEditWaitLimitMs = 2000;

} // namespace aifp::ui
