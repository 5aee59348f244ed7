#pragma once
#include "core/estimate/ModelLibrary.hpp"
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

class Catalog;

// Bad input to the estimator: unknown system/model/precision/scenario, no GPUs, a model that does
// not fit. what() is one line naming the offending field and value.
struct InferenceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The model's weights exceed the usable memory of the requested GPUs.
struct ModelDoesNotFitError : InferenceError {
    using InferenceError::InferenceError;
};

// The shared physical parameters of the estimator: one set for every GPU, system and model (never
// per system). calibratedInferenceParameters() returns the set fitted to all the MLPerf rows of
// docs/reference/benchmarks.csv by fitInferenceParameters (core/estimate/InferenceCalibration.hpp);
// the cross-validation in tests/core/test_inference_accuracy.cpp refits them without the held-out
// rows. Meaning and sources of each: docs/estimation.md "Calibration".
struct InferenceParameters {
    double hbmBandwidthEfficiency = 0.0; // achieved / peak HBM bandwidth (fitted)
    double mfuFp4 = 0.0; // achieved / dense peak tensor FLOPS when serving at FP4 (fitted; FP8
                         // and BF16 serving use the measured FP8 efficiency, docs/estimation.md)
    double moeHalfEfficiencyTokens = 0.0; // tokens per expert at which expert GEMMs run at half
                                          // the dense efficiency (fitted)
    double commEfficiency = 0.0;          // achieved / peak link bandwidth for collectives (fitted)
    double stepOverheadS = 0.0;      // fixed per decode step: launch, scheduling, sampling (fitted)
    double collectiveLatencyS = 0.0; // fixed latency of one NVLink collective (fitted)
    double outputLengthCv2 = 0.0;    // squared coefficient of variation of output lengths: sets the
                                     // mean live context Lin + (1 + cv^2) / 2 Lout (fitted)
};
const InferenceParameters& calibratedInferenceParameters();

// A serving configuration fixed from outside instead of the estimator's best replica shape. The
// accuracy evaluation scores each MLPerf row under the configuration its submission published
// (docs/reference/mlperf-submission-configs.csv, InferenceCalibration.hpp); customer estimates
// leave it unset and the estimator picks the best shape.
struct SubmittedConfig {
    int tensorParallel = 1; // GPUs of one pipeline stage (tensor / expert parallel)
    int pipelineStages = 1; // stages of the replica (inside the NVLink domain or one domain each)
    bool dataParallelAttention = false; // MoE: attention per GPU, experts over the stage's GPUs
    // Per scheduler (one per replica, or one per GPU with data-parallel attention); 0 = unset.
    double maxNumTokens = 0.0; // step token budget (TensorRT-LLM max_num_tokens)
    double maxBatch = 0.0;     // most sequences in flight (TensorRT-LLM max_batch_size)
};

// Options a solutions architect sets beyond the MLPerf defaults (all default to MLPerf practice).
struct ServingOptions {
    // KV cache element precision: "" = FP8 for fp4/fp8 serving, BF16 for bf16 serving.
    std::string kvPrecision;
    // Speculative decoding / multi-token prediction: draft tokens per step (0 = off) and the
    // probability each draft token is accepted.
    int draftTokens = 0;
    double draftAcceptance = 0.0;
    // Disaggregated prefill/decode: prefill runs on its own GPUs (a share of the request's GPUs
    // sized to the prefill load), decode steps carry no prefill chunks.
    bool disaggregated = false;
    // KV-cache offload to host memory (core/estimate/KvCacheTier.hpp): the batch may hold more KV
    // than HBM, each step reading the rest over the host link; used only when it raises tokens/s.
    bool kvOffload = false;
    // Mean tokens per request; 0 = the model's workload (models.json).
    double inputTokens = 0.0;
    double outputTokens = 0.0;
    // Set: serve exactly this configuration (the accuracy evaluation of published rows).
    std::optional<SubmittedConfig> submitted{};
};

struct InferenceRequest {
    std::string systemId;  // catalog system id, e.g. "gb200-nvl72"
    int gpus = 0;          // part of one system (4 of an NVL72) or several systems (32 of dgx-h100)
    std::string modelId;   // resources/models.json id, e.g. "llama2-70b" (ignored if modelSpec set)
    std::string precision; // "fp4", "fp8" or "bf16"
    // "offline", "server", "interactive" (MLPerf scenarios) or "user-speed" (see userTokensPerS)
    std::string scenario;
    // scenario "user-speed": the batch is the largest at which each user still gets this many
    // output tokens/s (1000 / mean TPOT); the p99 TTFT is reported, not limited.
    double userTokensPerS = 0.0;
    std::optional<ModelSpec> modelSpec{}; // a model from a config.json (ModelConfig.hpp)
    ServingOptions options{};
};

// Where the mean step's time goes (docs/estimation.md "Equations"): the fixed overhead, the
// weight GEMMs and attention each on their own roofline (bound by compute or by HBM bandwidth),
// the collectives inside the replica, the hops between pipeline stages and the KV read over the
// host links (offload). They add up to InferenceResult::stepMs.
struct StepBreakdown {
    double overheadMs = 0.0;
    double gemmMs = 0.0;
    bool gemmComputeBound = false;
    double attentionMs = 0.0;
    bool attentionComputeBound = false;
    double communicationMs = 0.0;
    double pipelineMs = 0.0;
    double hostLinkMs = 0.0;
};

struct InferenceResult {
    double tokensPerSecond = 0.0;        // output tokens/s of all the GPUs
    double tokensPerSecondPerGpu = 0.0;  // tokensPerSecond / requested GPUs
    double tokensPerSecondPerUser = 0.0; // 1000 / mean TPOT: the speed each user sees
    double ttftMs = 0.0;                 // p99 time to first token
    double tpotMs = 0.0;                 // p99 time per output token
    double batch = 0.0;                  // concurrent sequences per replica
    int replicas = 0;                    // independent model copies
    int gpusPerReplica = 0;              // tensor/expert-parallel group size x pipeline stages
    int pipelineStages = 1;              // > 1: the replica spans NVLink domains (scale-out)
    bool dataParallelAttention = false;  // MoE: attention per GPU, experts spread over the replica
    int prefillGpus = 0;                 // disaggregated: GPUs of each replica doing prefill
    int idleGpus = 0;                    // GPUs left over when gpus is not a multiple of the group
    bool meetsLimits = true;             // false: the limits/user speed are missed even at batch 1
    std::string precisionUsed;           // differs from the request on a fallback (fp4 on Hopper)
    std::string boundBy;                 // "compute" or "memory bandwidth" (decode step)
    double stepMs = 0.0;                 // mean decode step time
    StepBreakdown step;                  // where stepMs goes
    double weightsGbPerReplica = 0.0;
    double kvCacheGbPerReplica = 0.0;
    double prefillUtilization = 0.0; // utilisation of the prefill channel (queueing model)
    // KV offload (ServingOptions::kvOffload): the estimate with KV in host memory, whether its
    // tokens/s beat HBM alone (then it is the estimate above), its KV in host memory per replica
    // and the time each step spends reading it over the host links.
    bool kvOffloadHelped = false;
    double kvOffloadGbPerReplica = 0.0;
    double hostLinkMsPerStep = 0.0;
    double tokensPerSecondWithOffload = 0.0;
    std::string confidence; // "calibrated" (GPU and model in the MLPerf fit) or "extrapolated"
    double errorBandFraction = 0.0; // +/- band on tokens/s (cross-validated, docs/estimation.md)
    std::vector<std::string> assumptions;
};

// Analytical LLM-serving estimate (docs/estimation.md): decode steps bounded by compute or HBM
// bandwidth, batch bounded by KV-cache capacity and by the scenario's p99 latency limits (queueing
// model for TTFT), tensor/expert parallelism inside the NVLink domain and pipeline stages across
// it. Throws InferenceError on bad input.
InferenceResult estimateInference(const InferenceRequest& request);
InferenceResult estimateInference(const InferenceRequest& request, const Catalog& catalog,
                                  const ModelLibrary& models);
InferenceResult estimateInference(const InferenceRequest& request, const Catalog& catalog,
                                  const ModelLibrary& models, const InferenceParameters& params);

// Tokens/s at an interactive service level: the largest batch at which each user still gets
// userTokensPerS output tokens/s. result.tokensPerSecondPerGpu is what cost per token is quoted
// on; result.meetsLimits is false when even batch 1 is slower than asked (then batch 1 is shown).
InferenceResult estimateAtUserSpeed(const std::string& systemId, int gpus,
                                    const std::string& modelId, const std::string& precision,
                                    double userTokensPerS, const Catalog& catalog,
                                    const ModelLibrary& models);

// One point of the throughput / interactivity trade-off (the curve serving benchmarks publish).
struct ParetoPoint {
    double batch = 0.0; // concurrent sequences per replica
    int gpusPerReplica = 0;
    double tokensPerSecondPerGpu = 0.0;
    double tokensPerSecondPerUser = 0.0; // 1000 / mean TPOT
    double ttftMs = 0.0;                 // p99 at the load this batch implies
    double tpotMs = 0.0;                 // p99
    double kvOffloadGb = 0.0; // KV per replica in host memory (ServingOptions::kvOffload), 0: HBM
};

// The upper envelope of tokens/s per GPU against tokens/s per user over batch sizes from 1 to the
// KV-cache limit and every replica size: per-user speed strictly falling, per-GPU strictly rising.
// The first point is the single-user speed (batch 1), the last the offline maximum. With
// request.options.kvOffload the sweep also runs with the KV beyond HBM in host memory
// (KvCacheTier.hpp), so the curve extends past the HBM batch limit where that serves more.
std::vector<ParetoPoint> paretoCurve(const InferenceRequest& request, const Catalog& catalog,
                                     const ModelLibrary& models);

} // namespace aifp
