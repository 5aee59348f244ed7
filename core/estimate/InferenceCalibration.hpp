#pragma once
#include "core/estimate/InferenceEstimator.hpp"
#include <optional>
#include <string>
#include <vector>

namespace aifp {

class Catalog;
class ModelLibrary;

// Where a server or interactive run operated, from its LoadGen summary
// (docs/reference/mlperf-run-stats.csv): completed samples/s and tokens/s, mean latency (arrival to
// last token), mean TTFT and the mean and p99 time per output token.
struct RunOperatingPoint {
    double samplesPerS = 0.0;
    double tokensPerS = 0.0;
    double meanLatencyMs = 0.0;
    double meanTtftMs = 0.0;
    double meanTpotMs = 0.0;
    double p99TpotMs = 0.0;
    // Requests in flight on average, by Little's law: arrival rate x time in the system.
    double concurrency() const { return samplesPerS * meanLatencyMs / 1000.0; }
};

// One published MLPerf figure mapped to an estimator request (docs/reference/benchmarks.csv).
struct BenchmarkRow {
    int line = 0;             // line in the CSV file (1 = header)
    std::string system;       // as published
    std::string model;        // as published ("Llama-2-70B")
    std::string scenario;     // as published ("Offline")
    std::string round;        // "v4.1", "v5.1" (MLPerf Inference round), "" when none
    std::string metric;       // "throughput_system", "ttft_p99", "tpot_p99", ...
    double measured = 0.0;    // tokens/s or ms
    InferenceRequest request; // valid when skipReason is empty
    std::string skipReason;   // non-empty: the row is not an estimator output we can map
    std::optional<RunOperatingPoint> operatingPoint; // throughput rows of runs with a summary
};

// Reads and maps the benchmark CSV. Throws InferenceError naming the file on an unreadable file.
std::vector<BenchmarkRow> loadBenchmarkRows(const std::string& csvPath);

// Reads the configurations the MLPerf submissions published
// (docs/reference/mlperf-submission-configs.csv: system, model, scenario and round as in the
// benchmark file, then tensor / pipeline / expert parallel sizes, attention data parallel,
// instances, MTP draft tokens, max batch and max_num_tokens per scheduler, source) and sets each
// matching row's request.options.submitted, so the row is scored under what was run rather than
// the estimator's best shape. A line with no tensor-parallel size records a configuration that
// was searched for and not published: its rows keep the best shape. Returns the rows given a
// configuration. Throws InferenceError naming the file, line and field on a malformed line, a
// line matching no row, or a configuration that does not add up to the row's GPUs.
int attachSubmittedConfigs(std::vector<BenchmarkRow>& rows, const std::string& csvPath);

// Reads the operating points of server and interactive runs (docs/reference/mlperf-run-stats.csv:
// system, model, scenario and round as in the benchmark file, GPUs, samples/s, tokens/s, mean
// latency, mean TTFT, mean and p99 TPOT in ms, source) and sets each matching throughput row's
// operatingPoint. Returns the rows given one. Throws InferenceError naming the file, line and
// field on a malformed line, a line matching no throughput row, or tokens/s that differ from the
// row's published throughput by more than 0.1 % (the wrong run).
int attachRunOperatingPoints(std::vector<BenchmarkRow>& rows, const std::string& csvPath);

// The estimator's figure for a row's metric.
double estimatedMetric(const InferenceResult& result, const std::string& metric);

// Calibration objective over the mapped rows: mean |log(estimate / measured)| of throughput, plus
// half that of the p99 latencies, plus a penalty on any throughput row outside a factor of 1.4.
double calibrationLoss(const std::vector<const BenchmarkRow*>& rows, const Catalog& catalog,
                       const ModelLibrary& models, const InferenceParameters& params);

// The shared parameters minimising calibrationLoss over rows: deterministic coordinate search in
// log space from a fixed neutral start, every parameter inside its physical range
// (docs/estimation.md "Calibration"). Runs in about a second for 45 rows.
InferenceParameters fitInferenceParameters(const std::vector<const BenchmarkRow*>& rows,
                                           const Catalog& catalog, const ModelLibrary& models);

} // namespace aifp
