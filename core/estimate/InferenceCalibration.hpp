#pragma once
#include "core/estimate/InferenceEstimator.hpp"
#include <string>
#include <vector>

namespace aifp {

class Catalog;
class ModelLibrary;

// One published MLPerf figure mapped to an estimator request (docs/reference/benchmarks.csv).
struct BenchmarkRow {
    int line = 0;             // line in the CSV file (1 = header)
    std::string system;       // as published
    std::string round;        // "v4.1", "v5.1" (MLPerf Inference round), "" when none
    std::string metric;       // "throughput_system", "ttft_p99", "tpot_p99", ...
    double measured = 0.0;    // tokens/s or ms
    InferenceRequest request; // valid when skipReason is empty
    std::string skipReason;   // non-empty: the row is not an estimator output we can map
};

// Reads and maps the benchmark CSV. Throws InferenceError naming the file on an unreadable file.
std::vector<BenchmarkRow> loadBenchmarkRows(const std::string& csvPath);

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
