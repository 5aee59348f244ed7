#pragma once
// Shared by the benchmarks: one step measured in a child process (fork), so that no step's memory
// hides another's. The child resets its peak RSS to its current RSS (/proc/self/clear_refs, value
// 5) just before the step and reads VmHWM after it: "peak RSS" is the process at its largest
// during the step, including what it held before; "+N MB" is the growth over the RSS before.
#include "ProcessUsage.hpp"
#include <chrono>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace aifp::bench {

struct Step {
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
    double beforeMb = 0;
    bool ok = false;
    bool peakReset = false;
};

// Runs step in a child process and measures it there (see the top of the file). prepare runs
// first, untimed; after runs last, untimed; each returns false on failure.
template <class Prepare, class F, class After> Step inChild(Prepare prepare, F step, After after) {
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        Step s;
        s.ok = prepare();
        s.beforeMb = statusMb("VmRSS");
        s.peakReset = resetPeakRss(); // the peak RSS (VmHWM) starts again from the current RSS
        const double cpu0 = cpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        s.ok = s.ok && step();
        s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        s.cpuSeconds = cpuSeconds() - cpu0;
        s.peakMb = statusMb("VmHWM");
        s.ok = s.ok && after();
        const bool written = ::write(fds[1], &s, sizeof s) == static_cast<ssize_t>(sizeof s);
        ::_exit(written ? 0 : 1);
    }
    ::close(fds[1]);
    Step s;
    const bool got = pid > 0 && ::read(fds[0], &s, sizeof s) == static_cast<ssize_t>(sizeof s);
    ::close(fds[0]);
    int status = 0;
    if (pid > 0)
        ::waitpid(pid, &status, 0);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        s.ok = false;
    return s;
}

inline void print(const char* name, const Step& s) {
    std::printf("bench: %s %.3f s, peak RSS %.1f MB (+%.1f MB over %.1f MB before), cpu %.3f s%s\n",
                name, s.seconds, s.peakMb, s.peakMb - s.beforeMb, s.beforeMb, s.cpuSeconds,
                s.peakReset ? "" : " (peak not reset: includes earlier steps)");
}

} // namespace aifp::bench
