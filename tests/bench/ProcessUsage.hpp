#pragma once
// Shared by the benchmarks: what this process has cost so far, from getrusage(2).
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

} // namespace aifp::bench
