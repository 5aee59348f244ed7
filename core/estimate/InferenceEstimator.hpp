#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

class Catalog;
class ModelLibrary;

// Bad input to the estimator: unknown system/model/precision/scenario, no GPUs, a model that does
// not fit. what() is one line naming the offending field and value.
struct InferenceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The model's weights exceed the usable memory of the requested GPUs.
struct ModelDoesNotFitError : InferenceError {
    using InferenceError::InferenceError;
};

struct InferenceRequest {
    std::string systemId;  // catalog system id, e.g. "gb200-nvl72"
    int gpus = 0;          // part of one system (4 of an NVL72) or several systems (32 of dgx-h100)
    std::string modelId;   // resources/models.json id, e.g. "llama2-70b"
    std::string precision; // "fp4", "fp8" or "bf16"
    std::string scenario;  // "offline", "server" or "interactive" (MLPerf scenarios)
};

struct InferenceResult {
    double tokensPerSecond = 0.0;       // output tokens/s of all the GPUs
    double tokensPerSecondPerGpu = 0.0; // tokensPerSecond / requested GPUs
    double ttftMs = 0.0;                // p99 time to first token
    double tpotMs = 0.0;                // p99 time per output token
    double batch = 0.0;                 // concurrent sequences per replica
    int replicas = 0;                   // independent model copies
    int gpusPerReplica = 0;             // tensor/expert-parallel group size
    int idleGpus = 0;                   // GPUs left over when gpus is not a multiple of the group
    std::string precisionUsed;          // differs from the request on a fallback (fp4 on Hopper)
    std::string boundBy;                // "compute" or "memory bandwidth" (decode step)
    double stepMs = 0.0;                // mean decode step time
    double weightsGbPerReplica = 0.0;
    double kvCacheGbPerReplica = 0.0;
    std::string confidence; // "calibrated" (GPU and model in the MLPerf fit) or "extrapolated"
    double errorBandFraction = 0.0; // +/- band on tokens/s (docs/estimation.md accuracy table)
    std::vector<std::string> assumptions;
};

// Analytical LLM-serving estimate (docs/estimation.md): decode steps bounded by compute or HBM
// bandwidth, batch bounded by KV-cache capacity and by the scenario's p99 latency limits,
// tensor/expert parallelism inside the NVLink domain. Throws InferenceError on bad input.
InferenceResult estimateInference(const InferenceRequest& request);
InferenceResult estimateInference(const InferenceRequest& request, const Catalog& catalog,
                                  const ModelLibrary& models);

} // namespace aifp
