#include "ui/document/BackgroundThread.hpp"
#include <QObject>
#include <QThread>
#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace aifp::ui {

void lowerCurrentThreadPriority() {
#if defined(__linux__)
    // On Linux a nice value set through a thread id is that thread's alone (setpriority(2)).
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    const int now = getpriority(PRIO_PROCESS, tid);
    if (now < kBackgroundNice)
        (void)setpriority(PRIO_PROCESS, tid, kBackgroundNice); // refused: stays as it was
#endif
}

void startBackgroundThread(QThread& thread) {
    // started is emitted on the new thread: a direct connection runs there, before its jobs.
    QObject::connect(&thread, &QThread::started, &thread, &lowerCurrentThreadPriority,
                     Qt::DirectConnection);
    thread.start(QThread::LowPriority);
}

} // namespace aifp::ui
