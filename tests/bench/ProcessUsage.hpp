#pragma once
// Shared by the benchmarks: what this process has cost so far, from getrusage(2).
#include <ctime>
#include <fstream>
#include <string>
#include <sys/resource.h>

namespace aifp::bench {

// Peak resident set size of this process, MB (ru_maxrss is in KiB on Linux).
inline double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// CPU seconds (user + system) of this process: on a shared, loaded machine the wall time of a
// step mostly measures the other processes; the CPU time is what the step itself costs.
inline double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU milliseconds of the calling thread (the window's, in the GUI benches): what a step holds
// that thread for, apart from the background jobs on the process's other threads.
inline double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The one-minute load average (/proc/loadavg), or -1: how loaded the shared machine was.
inline double loadAverage1m() {
    std::ifstream in("/proc/loadavg");
    double load = -1.0;
    in >> load;
    return load;
}

// A /proc/self/status field in MB (VmRSS: resident now, VmHWM: peak), or -1.
inline double statusMb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0; // kB
    return -1;
}

// Starts the peak RSS (VmHWM) again from the current RSS (/proc/self/clear_refs, value 5), so the
// peak read after a step is the step's own (with what the process held before it). False when
// the kernel refuses.
inline bool resetPeakRss() {
    std::ofstream reset("/proc/self/clear_refs");
    reset << "5";
    reset.flush();
    return reset.good();
}

} // namespace aifp::bench
