#pragma once
// Shared by the benchmarks: one step measured in a child process (fork), so that no step's memory
// hides another's. The child resets its peak RSS to its current RSS (/proc/self/clear_refs, value
// 5) just before the step and reads VmHWM after it: "peak RSS" is the process at its largest
// during the step, including what it held before; "+N MB" is the growth over the RSS before.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace aifp::bench {

// A /proc/self/status field in MB (VmRSS, VmHWM), or -1.
inline double statusMb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0; // kB
    return -1;
}

inline double cpuSecondsNow() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

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
        {
            std::ofstream reset("/proc/self/clear_refs");
            reset << "5"; // the peak RSS (VmHWM) starts again from the current RSS
            reset.flush();
            s.peakReset = static_cast<bool>(reset);
        }
        const double cpu0 = cpuSecondsNow();
        const auto t0 = std::chrono::steady_clock::now();
        s.ok = s.ok && step();
        s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        s.cpuSeconds = cpuSecondsNow() - cpu0;
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
