#include "ui/document/BackgroundThread.hpp"
#include <QObject>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
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

namespace {
using Clock = std::chrono::steady_clock;

struct EditWork {
    std::mutex mutex;
    std::condition_variable quiet;
    int pending = 0;
    Clock::time_point lastEnd{};
};

EditWork& editWork() {
    static EditWork w;
    return w;
}
} // namespace

void beginEditWork() {
    EditWork& w = editWork();
    std::lock_guard lock(w.mutex);
    ++w.pending;
}

void endEditWork() {
    EditWork& w = editWork();
    {
        std::lock_guard lock(w.mutex);
        if (w.pending > 0)
            --w.pending;
        w.lastEnd = Clock::now();
    }
    w.quiet.notify_all();
}

void waitForEditQuiet() {
    EditWork& w = editWork();
    const auto limit = Clock::now() + std::chrono::milliseconds(kEditWaitLimitMs);
    std::unique_lock lock(w.mutex);
    for (;;) {
        const auto quietAt = w.lastEnd + std::chrono::milliseconds(kEditQuietMs);
        const auto now = Clock::now();
        if (now >= limit || (w.pending == 0 && now >= quietAt))
            return;
        // Pending: woken by endEditWork; else the quiet time runs out (a new edit meanwhile
        // moves it on).
        w.quiet.wait_until(lock, w.pending > 0 ? limit : std::min(quietAt, limit));
    }
}

} // namespace aifp::ui
