#pragma once
class QThread;

namespace aifp::ui {

// Starts a thread of background results (validation, estimates, schedule, comparison,
// sensitivity) below the window's thread: at nice +kBackgroundNice on Linux. Qt's
// QThread::LowPriority does nothing there (SCHED_OTHER has one static priority), so without
// this a sensitivity sweep took as much CPU as the window's thread on 2 cores and a switch's
// first frame waited for it (docs/options.md, "Variants in the GUI").
void startBackgroundThread(QThread& thread);

// Lowers the calling thread to nice +kBackgroundNice (Linux: per thread; elsewhere nothing).
void lowerCurrentThreadPriority();

// Linux CFS weights (kernel/sched/core.c, sched_prio_to_weight): nice 0 is 1024, nice 10 is
// 110, so on a contended core the window's thread gets about 90 % of it; a background thread
// still runs at full speed on an idle core.
inline constexpr int kBackgroundNice = 10;

} // namespace aifp::ui
