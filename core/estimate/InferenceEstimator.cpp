#include "core/estimate/InferenceEstimator.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/KvCacheTier.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

namespace aifp {

namespace {

// ---- Fixed physical assumptions (not fitted). ----
// HBM memory model (docs/estimation.md "KV room"). Datasheet HBM capacities are binary
// gigabytes: nvidia-smi reports 81,559 MiB on an "80 GB" H100, 143,771 MiB on a "141 GB" H200
// and 183,359 MiB on a "180 GB" B200, 99.5-99.6 % of the GiB figure (public nvidia-smi
// printouts), so a datasheet GB holds 0.995 GiB of memory the runtime can allocate.
constexpr double kHbmBytesPerDatasheetGb = 0.995 * 1024.0 * 1024.0 * 1024.0;
// TensorRT-LLM sizes the KV cache as a fraction of the memory free after the weights and the
// activation workspace of a dry-run forward of max_num_tokens: KvCacheConfig
// free_gpu_memory_fraction, default 0.9 (nvidia.github.io/TensorRT-LLM/llm-api/reference/
// KvCacheConfig.html; examples/kvcacheconfig.html: "90% of free GPU memory");
// the MLPerf submissions set 0.9-0.95 (kvcache_free_gpu_mem_frac in the files of
// docs/reference/mlperf-submission-configs.csv). The default is used for every estimate.
constexpr double kKvFreeMemoryFraction = 0.9;
// CUDA context, cuBLAS / NCCL workspaces and allocator slack per GPU, outside the activation
// workspace (assumption).
constexpr double kRuntimeReserveBytes = 1.0e9;
constexpr double kLatencyHeadroom = 0.90; // schedulers aim p99 at this fraction of the limit
                                          // (assumption)
// Prompt lengths where the workload does not give their shape (ModelWorkload::inputTokensP99 /
// inputTokensCv2, measured on the MLPerf data sets): exponential-like, squared coefficient of
// variation 1 (assumption), p99 prompt = mean x ln(100) for an exponential, capped at 3x the
// mean because data sets are truncated (assumption).
constexpr double kPromptCv2 = 1.0;
constexpr double kP99PromptOverMean = 3.0;
// p99 of a request's mean prompt load per step when its output length n is exponential (mean
// Lout): a request of n tokens sees the normal tail Q(z sqrt(n)) (z in units of the one-step
// standard deviation), and averaged over exponential n, E[Q(z sqrt(n))] = (1 - z / sqrt(z^2 +
// 2 / Lout)) / 2 (the Gaussian tail averaged over an exponential variance, closed form). Setting
// it to 0.01: z sqrt(Lout) = sqrt(2 q^2 / (1 - q^2)), q = 1 - 2 x 0.01 = 0.98, i.e. 6.96 where
// a fixed length Lout would give the normal 2.326: short requests average over few steps and
// set the p99 (output lengths exponential for this tail: assumption).
constexpr double kTpotTailQ = 1.0 - 2.0 * 0.01;
const double kTpotTailZ =
    std::sqrt(2.0 * kTpotTailQ * kTpotTailQ / (1.0 - kTpotTailQ * kTpotTailQ));
constexpr double kScaleOutHopLatencyS = 10e-6;    // one pipeline hop over RDMA incl. software
                                                  // (assumption; NIC port latency is ~2-5 us)
constexpr double kDisaggPrefillUtilization = 0.7; // prefill pool sized to this utilisation
                                                  // (assumption, keeps its queue short)
constexpr double kMaxReportedUtilization = 0.99;  // offline / curve points: TTFT shown at most at
                                                  // this prefill utilisation (no limit applies)
// Most tokens one step of a replica processes (decode + prefill chunk): TensorRT-LLM's default
// max_num_tokens, 8192 (TorchLlmArgs, nvidia.github.io/TensorRT-LLM/llm-api/reference/
// TorchLlmArgs.html). A serving setting, not fitted: fitted, it absorbed per-system differences
// (fold values 2,800 to 16,600) and did not carry over (docs/estimation.md "Accuracy").
constexpr double kStepTokenBudget = 8192.0;
// Achieved / dense peak tensor FLOPS of FP8 (and BF16) serving: Azure measured 2,744 TFLOPS FP8
// sustained on an ND GB200 v6 GPU of 5,000 TFLOPS dense peak (reference-data.md 5.3). Taken for
// every FP8/BF16 GPU (assumption: Hopper FP8 kernels are as mature). FP4 efficiency is fitted:
// FP4 GEMMs feed twice the math from the same memory paths, and with one efficiency for all
// precisions the FP8 rows came out 20-45 % low (docs/estimation.md "Accuracy").
constexpr double kFp8TensorEfficiency = 2744.0 / 5000.0;

// Error band on tokens/s shown to users: the larger of the two cross-validated median absolute
// throughput errors (leave one system out, leave one MLPerf round out) measured by
// tests/core/test_inference_accuracy.cpp, rounded up to the next 5 % (docs/estimation.md
// "Accuracy"); the test fails if the measured figure ever exceeds it.
constexpr double kCrossValidatedBand = 0.15; // leave-one-system-out median 14.8 %

struct GpuSpec {
    std::string id;
    double hbmGb = 0.0;
    double hbmTbps = 0.0;
    double peakTflops = 0.0; // at the precision used, dense
    double attnTflops = 0.0; // attention runs at FP8 (fp4/fp8 requests) or BF16
    double bf16Tflops = 0.0;
    double linkGbpsPerDir = 0.0; // NVLink, per direction, GB/s
    bool calibrated = false;
};

// Figures in notes: significant digits in the calling thread's display style.
std::string fmt(double v, int digits = 3) {
    return display::formatSignificantPlain(v, digits);
}

double ratingOr(const CatalogEntry& e, const std::string& key, double fallback) {
    return e.number(key, fallback);
}

// Reads the GPU entry; missing figures become labelled assumptions.
GpuSpec readGpu(const Catalog& catalog, const SystemSpec& sys, const CatalogEntry& sysEntry,
                std::string& precision, std::vector<std::string>& notes) {
    const CatalogEntry* g = catalog.find(sys.gpuId);
    if (sys.gpuId.empty() || !g)
        throw InferenceError("system '" + sys.id + "' names no GPU entry (rating 'gpu' is '" +
                             sys.gpuId + "')");
    GpuSpec s;
    s.id = g->id;
    s.hbmGb = ratingOr(*g, "hbm_capacity", 0.0);
    if (s.hbmGb <= 0)
        throw InferenceError("GPU '" + g->id + "' has no hbm_capacity in the catalog");
    s.hbmTbps = ratingOr(*g, "hbm_bandwidth", 0.0);
    if (s.hbmTbps <= 0) {
        if (g->id == "rubin") {
            // reference-data.md 1.1 / 7: 13 TB/s (GTC 2025) vs 22 TB/s (2026 articles).
            s.hbmTbps = 13.0;
            notes.push_back(tr("Inference", "Rubin HBM4 bandwidth taken as 13 TB/s (GTC-2025 "
                                            "figure; 2026 articles say 22 TB/s; conflicting, "
                                            "UNVERIFIED) (assumption)"));
        } else {
            throw InferenceError("GPU '" + g->id + "' has no hbm_bandwidth in the catalog");
        }
    }
    double fp4 = ratingOr(*g, "fp4_dense", 0.0);
    if (fp4 <= 0 && g->number("fp4_inference", 0.0) > 0) {
        fp4 = g->number("fp4_inference");
        notes.push_back(fill(tr("Inference", "GPU '%1' FP4 peak %2 PFLOPS is NVIDIA's NVFP4 "
                                             "inference figure, not a dense datasheet value "
                                             "(claim)"),
                             {g->id, fmt(fp4 / 1000)}));
    }
    double fp8 = ratingOr(*g, "fp8_dense", 0.0);
    if (fp8 <= 0 && sysEntry.number("fp8_training", 0.0) > 0 && g->id == "rubin") {
        // vr-nvl144: 1.2 EF FP8 training per 72 packages (reference-data.md 1.2, secondary).
        fp8 = sysEntry.number("fp8_training") * 1.0e6 / sys.gpusPerSystem;
        notes.push_back(fill(tr("Inference", "Rubin FP8 peak %1 PFLOPS derived from the NVL144 "
                                             "rack figure of 1.2 EF (assumption)"),
                             {fmt(fp8 / 1000)}));
    }
    double bf16 = ratingOr(*g, "bf16_dense", 0.0);
    if (bf16 <= 0 && fp8 > 0) {
        bf16 = fp8 / 2.0; // each halving of precision doubles tensor-core rate (1.1 table)
        notes.push_back(
            fill(tr("Inference", "GPU '%1' BF16 peak taken as half its FP8 peak (assumption)"),
                 {g->id}));
    }
    if (precision == "fp4" && fp4 <= 0) {
        // Hopper has no FP4 tensor cores: decided to serve at FP8 rather than refuse, so a
        // design's default fp4 setting still estimates on H100/H200 (docs/estimation.md).
        notes.push_back(fill(tr("Inference", "GPU '%1' has no FP4 tensor cores; FP4 request "
                                             "estimated at FP8 (1 byte per weight, FP8 peak) "
                                             "(assumption)"),
                             {g->id}));
        precision = "fp8";
    }
    const double peak = precision == "fp4" ? fp4 : precision == "fp8" ? fp8 : bf16;
    if (peak <= 0)
        throw InferenceError("GPU '" + g->id + "' has no " + precision +
                             "_dense rating in the catalog; cannot estimate at " + precision);
    s.peakTflops = peak;
    s.attnTflops = precision == "bf16" ? bf16 : (fp8 > 0 ? fp8 : peak);
    s.bf16Tflops = bf16 > 0 ? bf16 : s.attnTflops;

    const CatalogRating* link = g->rating("nvlink_bw");
    if (link && link->hasValue()) {
        // Catalog figures are bidirectional per GPU (H100 900 GB/s, NVLink5 1.8 TB/s).
        const double gbps = link->unit == "TB/s" ? link->value * 1000.0 : link->value;
        s.linkGbpsPerDir = gbps / 2.0;
    } else if (sysEntry.number("nvlink6_total", 0.0) > 0) {
        // vr-nvl144: NVLink6 260 TB/s per 72 packages (reference-data.md 1.2, secondary).
        s.linkGbpsPerDir = sysEntry.number("nvlink6_total") * 1000.0 / sys.gpusPerSystem / 2.0;
        notes.push_back(fill(tr("Inference", "GPU '%1' NVLink bandwidth derived from the rack "
                                             "total (%2 GB/s per GPU) (assumption)"),
                             {g->id, fmt(s.linkGbpsPerDir * 2)}));
    } else {
        s.linkGbpsPerDir = 450.0; // NVLink4 900 GB/s bidirectional (reference-data.md 1.1)
        notes.push_back(
            fill(tr("Inference", "GPU '%1' has no NVLink figure; 900 GB/s assumed (assumption)"),
                 {g->id}));
    }
    // The GPUs whose MLPerf rows are in the fit (docs/estimation.md).
    s.calibrated =
        s.id == "h100-sxm" || s.id == "h200-sxm" || s.id == "b200-hgx" || s.id == "b200-gb200";
    return s;
}

double kvBytesForPrecision(const std::string& kv) {
    if (kv == "fp4")
        return 0.5;
    if (kv == "fp8")
        return 1.0;
    if (kv == "bf16")
        return 2.0;
    throw InferenceError("unknown KV-cache precision '" + kv + "' (use fp4, fp8 or bf16)");
}

// Everything the step-time physics needs, resolved once per request.
struct Setup {
    const InferenceParameters* p = nullptr;
    const ModelSpec* model = nullptr;
    GpuSpec gpu;
    SystemSpec sys;
    int gpus = 0;
    double lin = 0.0, lout = 0.0, ctx = 0.0;
    double linP99 = 0.0;             // p99 prompt tokens
    double promptCv2 = kPromptCv2;   // squared coefficient of variation of the prompt lengths
    bool promptShapeSourced = false; // linP99 and promptCv2 from the workload's data set
    double peakFlops = 0.0, attnFlops = 0.0, hbmBytesPerS = 0.0;
    double mfu = 0.0; // achieved / peak tensor FLOPS at the serving precision
    double weightsBytes = 0.0, sharedBytes = 0.0, expertBytes = 0.0;
    double activeParams = 0.0, activeExpertParams = 0.0;
    double kvPerToken = 0.0, attnWidth = 0.0;
    double tokensPerStep = 1.0; // output tokens per sequence per step (speculative decoding)
    int draftTokens = 0;
    bool disaggregated = false;
    std::optional<KvHostTier> host; // set: KV beyond HBM lives in host memory (KvCacheTier.hpp)
    // Most tokens one step of a replica processes, and most sequences it holds (the submitted
    // configuration's per-scheduler limits x schedulers, else the default budget and no cap).
    double stepTokenBudget = kStepTokenBudget;
    double batchCap = std::numeric_limits<double>::infinity();
    std::optional<SubmittedConfig> submitted; // set: the only replica shape served
};

// A replica: g GPUs as `stages` pipeline stages of `tp` GPUs inside one NVLink domain. Mixtures of
// experts also run with data-parallel attention (one stage): each GPU keeps the non-expert
// weights whole and serves its own sequences' attention and KV; the experts are spread over the
// tp GPUs (expert parallel).
struct Shape {
    int g = 0;
    int tp = 0;
    int stages = 1;
    bool dataParallelAttention = false;
};

// One kernel on the roofline: it takes the longer of its compute and its memory traffic.
struct KernelRoofline {
    double computeS = 0.0, memoryS = 0.0;
    double timeS() const { return std::max(computeS, memoryS); }
    double computeBoundS() const { return computeS >= memoryS ? computeS : 0.0; }
    double memoryBoundS() const { return computeS >= memoryS ? 0.0 : memoryS; }
};

// Where one step's time goes, in seconds (StepBreakdown is the same in milliseconds).
struct StepParts {
    double overheadS = 0.0;
    KernelRoofline gemm, attention; // per stage pass
    double stages = 1.0;
    double commS = 0.0;     // all stages
    double pipelineS = 0.0; // hops between stages
    double hostS = 0.0;     // KV read over the host links (offload)
    double totalS() const {
        return overheadS + stages * (gemm.timeS() + attention.timeS()) + commS + pipelineS + hostS;
    }
    bool computeBound() const {
        return gemm.computeBoundS() + attention.computeBoundS() >=
               gemm.memoryBoundS() + attention.memoryBoundS();
    }
};

struct Point {
    double batch = 0.0;
    double stepS = 0.0;    // mean step
    double stepP99S = 0.0; // a step carrying a full prefill chunk at the p99 arrival burst
    double ttftS = 0.0;
    double rho = 0.0;         // prefill-channel utilisation
    double prefillGpus = 0.0; // disaggregated: prefill GPUs per replica (fractional)
    double tokensPerSecondPerReplica = 0.0;
    StepParts meanStep; // where the mean step's time goes
};

// Copies of each token's KV held by the tp GPUs of a stage. Tensor-parallel attention splits the
// KV heads over the GPUs; beyond as many GPUs as KV heads each head is held by tp / heads of them
// (an MLA model has one latent KV shared by all its heads: every GPU holds all of it).
// Data-parallel attention keeps each sequence's KV on one GPU.
double kvCopies(const Setup& s, const Shape& sh) {
    if (sh.dataParallelAttention)
        return 1.0;
    const double kvGroups = s.model->isMla() ? 1.0 : std::max(1, s.model->kvHeads);
    return std::max(1.0, sh.tp / kvGroups);
}

// KV bytes a token of the batch takes in the replica's HBM, all its copies.
double storedKvPerToken(const Setup& s, const Shape& sh) {
    return s.kvPerToken * kvCopies(s, sh);
}

// Activation workspace one GPU reserves for a step of the full token budget (what the runtime's
// dry-run forward of max_num_tokens measures): BF16 buffers of four hidden-size vectors per token
// of the GPU's scheduler (residual, normalised input, attention output, all-reduce buffer) and the
// SwiGLU gate/up output of its share of the FFN rows, 2 x the FFN width of a token (dense: the
// FFN; MoE: k experts' width, from the active expert parameters, 3 d width per layer). Sizes of
// the buffers: assumption; logits and attention scratch are left out.
double activationWorkspaceBytes(const Setup& s, const Shape& sh) {
    const ModelSpec& m = *s.model;
    const double d = m.dModel;
    const double ffnPerToken =
        m.isMoe() ? s.activeExpertParams / (3.0 * d * std::max(1, m.layers)) : m.ffn;
    // Tokens of the GPU's scheduler: the replica's budget, or its 1/tp share with data-parallel
    // attention; the FFN rows of the whole step are spread over the tp GPUs either way.
    const double schedulerTokens =
        sh.dataParallelAttention ? s.stepTokenBudget / sh.tp : s.stepTokenBudget;
    constexpr double kBf16Bytes = 2.0;
    return kBf16Bytes * (schedulerTokens * 4.0 * d + s.stepTokenBudget * 2.0 * ffnPerToken / sh.tp);
}

// Memory of a replica the weights may take: every GPU's HBM less its runtime reserve and
// activation workspace.
double hbmForWeightsBytes(const Setup& s, const Shape& sh) {
    return sh.g * (s.gpu.hbmGb * kHbmBytesPerDatasheetGb - kRuntimeReserveBytes -
                   activationWorkspaceBytes(s, sh));
}

// Weights a replica holds (data-parallel attention: every GPU holds the non-expert weights).
double replicaWeightsBytes(const Setup& s, const Shape& sh) {
    return s.weightsBytes + (sh.dataParallelAttention ? (sh.tp - 1.0) * s.sharedBytes : 0.0);
}

// HBM the KV cache gets in a replica: the runtime's fraction of the memory free after the
// weights (kKvFreeMemoryFraction). Not positive: the weights do not fit.
double hbmKvRoomBytes(const Setup& s, const Shape& sh) {
    const double free = hbmForWeightsBytes(s, sh) - replicaWeightsBytes(s, sh);
    return free > 0.0 ? kKvFreeMemoryFraction * free : free;
}

// Prompt tokens of a step on the busiest GPU of data-parallel attention: a prompt is prefilled
// on the GPU that holds its sequence, so when a step carries `prefill` tokens of prompts of
// `lin` tokens one GPU carries a whole prompt (or all of a smaller load), the others the mean.
double busiestGpuPrefill(double prefill, double lin, double gpus) {
    return std::max(prefill / gpus, std::min(prefill, lin));
}

// One step of the replica: `decode` sequences generating (1 + draft tokens each) and `prefill`
// prompt tokens of chunked prefill.
StepParts stepParts(const Setup& s, const Shape& sh, double decode, double prefill) {
    const InferenceParameters& p = *s.p;
    const ModelSpec& m = *s.model;
    const double S = sh.stages, t = sh.tp;
    const double layers = m.layers, dModel = m.dModel;
    // Micro-batches: each stage works on 1/S of the batch at a time, S passes per step.
    const double b = decode / S, pt = prefill / S;
    const double tokens = b * (1.0 + s.draftTokens) + pt;
    const double draftCost =
        1.0 + static_cast<double>(s.draftTokens) / layers; // MTP head ~ 1 layer
    const double denseFlops = 2.0 * (s.activeParams - s.activeExpertParams) * tokens / S;
    const double expertFlops = 2.0 * s.activeExpertParams * tokens / S;
    const double attnFlopsStage = (b * (1.0 + s.draftTokens) * 4.0 * layers * s.attnWidth * s.ctx +
                                   pt * 2.0 * layers * s.attnWidth * s.lin) /
                                  S;
    // Experts a step touches: each of the T tokens picks k of E, so an expert receives none with
    // probability (1 - k/E)^T.
    double touchedExperts = 0.0;
    if (m.isMoe())
        touchedExperts =
            m.expertsTotal *
            (1.0 - std::pow(1.0 - static_cast<double>(m.expertsActive) / m.expertsTotal, tokens));
    // Expert GEMMs: each touched expert costs its T k / E_touched rows plus n_half rows of tile
    // padding and fixed work, so efficiency T k / (T k + E_touched n_half). With every expert
    // touched this is n / (n + n_half), n = T k / E; a single user pays for its k experts only.
    double expertEfficiency = 1.0;
    if (m.isMoe()) {
        const double rows = tokens * m.expertsActive;
        expertEfficiency = rows / (rows + touchedExperts * p.moeHalfEfficiencyTokens);
    }
    const double expertS = expertFlops / (t * s.peakFlops * s.mfu * expertEfficiency);
    // Two kernels per layer, each on its own roofline (they run one after the other, so their
    // times add): the weight GEMMs (their FLOPs against the weights they read) and attention
    // (its FLOPs against the KV it reads). One roofline over the sum would let a decode step
    // read its KV for free behind the GEMMs' compute.
    StepParts parts;
    KernelRoofline& gemm = parts.gemm;
    KernelRoofline& attention = parts.attention;
    if (sh.dataParallelAttention) {
        // Each GPU: attention and the non-expert layers of its own sequences, the step waiting
        // for the busiest GPU (the one prefilling a prompt); the non-expert weights read whole,
        // its share of the touched experts and its sequences' KV.
        const double ownDecode = b * (1.0 + s.draftTokens) / t;
        const double ownPrefill = busiestGpuPrefill(pt, s.lin, t);
        const double ownFlops =
            2.0 * (s.activeParams - s.activeExpertParams) * (ownDecode + ownPrefill);
        const double ownAttnFlops = ownDecode * 4.0 * layers * s.attnWidth * s.ctx +
                                    ownPrefill * 2.0 * layers * s.attnWidth * s.lin;
        gemm = {draftCost * (ownFlops / (s.peakFlops * s.mfu) + expertS),
                draftCost * (s.sharedBytes + touchedExperts * s.expertBytes / t) / s.hbmBytesPerS};
        attention = {draftCost * ownAttnFlops / (s.attnFlops * s.mfu),
                     draftCost * b / t * s.ctx * s.kvPerToken / s.hbmBytesPerS};
    } else {
        const double touched =
            m.isMoe() ? s.sharedBytes + touchedExperts * s.expertBytes : s.weightsBytes;
        gemm = {draftCost * (denseFlops / (t * s.peakFlops * s.mfu) + expertS),
                draftCost * touched / S / (t * s.hbmBytesPerS)};
        attention = {draftCost * attnFlopsStage / (t * s.attnFlops * s.mfu),
                     draftCost * b * s.ctx * storedKvPerToken(s, sh) / S / (t * s.hbmBytesPerS)};
    }
    double tComm = 0.0;
    if (sh.tp > 1) {
        const double linkBytesPerS = s.gpu.linkGbpsPerDir * 1e9 * p.commEfficiency;
        tComm = m.isMoe()
                    // all-to-all: FP8 dispatch + BF16 combine to k experts per layer; each GPU
                    // sends the share of its own 1/t of the tokens that goes to other GPUs
                    ? layers / S * tokens / t * m.expertsActive * dModel * 3.0 * (t - 1) / t /
                          linkBytesPerS
                    // tensor parallel: 2 all-reduces of BF16 activations per layer
                    : 2.0 * layers / S * tokens * dModel * 2.0 * 2.0 * (t - 1) / t / linkBytesPerS;
        // Two collectives per layer (all-reduce pair or dispatch/combine), each with a fixed
        // latency whatever its size.
        tComm += 2.0 * layers / S * p.collectiveLatencyS;
    }
    parts.overheadS = p.stepOverheadS;
    parts.stages = S;
    parts.commS = S * tComm;
    if (sh.stages > 1) {
        // Pipeline hops: BF16 activations of a micro-batch, spread over the tp GPUs' NVLinks
        // when the replica fits in one NVLink domain (a submitted configuration), else over their
        // scale-out NICs; the same per-hop latency either way (assumption).
        const double perGpuGbps = sh.g <= std::max(1, s.sys.scaleUpGpus)
                                      ? s.gpu.linkGbpsPerDir
                                      : s.sys.nicsPerGpu * s.sys.nicSpeedGbps / 8.0;
        const double hopBytesPerS = t * perGpuGbps * 1e9 * p.commEfficiency;
        parts.pipelineS = (S - 1.0) * (kScaleOutHopLatencyS + tokens * dModel * 2.0 / hopBytesPerS);
    }
    if (s.host) // KV offload: the KV beyond HBM read over the host links every step
        parts.hostS = kvHostReadTimeS(*s.host, decode * s.ctx * storedKvPerToken(s, sh),
                                      hbmKvRoomBytes(s, sh), sh.g, p.commEfficiency);
    return parts;
}

double stepTime(const Setup& s, const Shape& sh, double decode, double prefill) {
    return stepParts(s, sh, decode, prefill).totalS();
}

// p99 wait in an M/G/1 queue: Pollaczek-Khinchine mean wait W = rho E[S] (1 + cv2) / (2 (1 - rho)),
// tail approximated as exponential with P(wait > 0) = rho (Kingman's heavy-traffic form), so
// p99 = (W / rho) ln(100 rho).
double p99Wait(double rho, double meanServiceS, double cv2) {
    if (rho <= 0.01)
        return 0.0;
    rho = std::min(rho, kMaxReportedUtilization);
    const double w = rho * meanServiceS * (1.0 + cv2) / (2.0 * (1.0 - rho));
    return w / rho * std::log(100.0 * rho);
}

// p99 of a prompt's wait + its own prefill. A request waits with probability rho, its wait
// exponential beyond (p99Wait); its own prompt is independent of the wait, so the 1 % tail of
// the sum is the p99 wait plus a mean prompt's prefill (meanOwnS), or, at light load, the p99
// prompt's prefill alone (p99OwnS: the prompt lengths are truncated, Setup::linP99); cv2 is that
// of the prompt lengths, which set the service times.
// Adding the p99 wait to the p99 prompt would count two 1 % tails as one.
double p99WaitAndPrefill(double rho, double meanServiceS, double cv2, double meanOwnS,
                         double p99OwnS) {
    return std::max(p99OwnS, p99Wait(rho, meanServiceS, cv2) + meanOwnS);
}

// The physics at one batch size.
Point evaluate(const Setup& s, const Shape& sh, double batch) {
    const InferenceParameters& p = *s.p;
    Point pt;
    pt.batch = batch;
    if (s.disaggregated) {
        pt.meanStep = stepParts(s, sh, batch, 0.0);
        pt.stepS = pt.meanStep.totalS();
        pt.stepP99S = pt.stepS;
        const double lambda = batch * s.tokensPerStep / (s.lout * pt.stepS); // requests/s
        // One prompt on one GPU, compute bound (prefill batches are large).
        const double prefillOneS =
            (2.0 * s.activeParams * s.lin + 2.0 * s.model->layers * s.attnWidth * s.lin * s.lin) /
            (s.peakFlops * s.mfu);
        pt.prefillGpus = lambda * prefillOneS / kDisaggPrefillUtilization;
        const double pool = std::max(1.0, pt.prefillGpus);
        pt.rho = kDisaggPrefillUtilization;
        const double l99 = s.linP99;
        const double kvTransferS =
            l99 * s.kvPerToken /
            (s.sys.nicsPerGpu * s.sys.nicSpeedGbps / 8.0 * 1e9 * p.commEfficiency);
        const double ownS = prefillOneS / std::min(pool, static_cast<double>(sh.g));
        pt.ttftS = p99WaitAndPrefill(pt.rho, prefillOneS / pool, s.promptCv2, ownS,
                                     ownS * s.linP99 / s.lin) +
                   kvTransferS + pt.stepS + p.stepOverheadS;
        pt.tokensPerSecondPerReplica = batch * s.tokensPerStep / pt.stepS;
        return pt;
    }
    // Aggregated serving with chunked prefill: on average each step carries the prompts of the
    // sequences that replace the finished ones, within the step token budget.
    const double decodeTokens = batch * (1.0 + s.draftTokens);
    const double prefillMean = batch * s.tokensPerStep * s.lin / s.lout;
    const double chunk = std::max(1.0, s.stepTokenBudget - decodeTokens); // prefill room
    pt.meanStep = stepParts(s, sh, batch, prefillMean);
    pt.stepS = pt.meanStep.totalS();
    pt.rho = prefillMean / chunk;
    // MLPerf's TPOT is per request (its decode time over its output tokens), so its p99 is that
    // of a mean over the request's own steps: prompt tokens arriving per step are compound
    // Poisson (mean prefillMean, variance arrivals x E[L^2]); over n steps the standard
    // deviation of the mean shrinks by sqrt(n), n exponential with mean lout (kTpotTailZ);
    // normal approximation, at most one chunk.
    const double arrivals = prefillMean / s.lin;
    const double sdMean = std::sqrt(arrivals * (1.0 + s.promptCv2) / s.lout) * s.lin;
    pt.stepP99S = stepTime(s, sh, batch, std::min(chunk, prefillMean + kTpotTailZ * sdMean));
    // Prefill channel as an M/G/1 queue: a prompt of L tokens occupies L / chunk steps that each
    // carry a full chunk; the p99 prompt (Setup::linP99) then takes its steps.
    // While prompts queue, steps carry full chunks; the p99 prompt then runs in
    // n = max(1, L99 / chunk) steps carrying its share plus the mean load of the others.
    const double chunkStepS = stepTime(s, sh, batch, chunk);
    const double serviceS = s.lin / chunk * chunkStepS;
    const double l99 = s.linP99;
    const double steps = std::max(1.0, l99 / chunk);
    const double ownStepS = stepTime(s, sh, batch, std::min(chunk, l99 / steps + prefillMean));
    // p99 TTFT: the tail of the wait + the request's own prefill steps (p99WaitAndPrefill).
    const double meanSteps = std::max(1.0, s.lin / chunk);
    const double meanOwnStepS =
        stepTime(s, sh, batch, std::min(chunk, s.lin / meanSteps + prefillMean));
    pt.ttftS = p99WaitAndPrefill(pt.rho, serviceS, s.promptCv2, meanSteps * meanOwnStepS,
                                 steps * ownStepS);
    pt.tokensPerSecondPerReplica = batch * s.tokensPerStep / pt.stepS;
    return pt;
}

// Largest batch the replica can hold: KV-cache capacity and, aggregated, a prefill channel below
// saturation.
double maxBatch(const Setup& s, const Shape& sh) {
    double kvCapacity = hbmKvRoomBytes(s, sh);
    if (kvCapacity <= 0)
        return 0.0;
    if (s.host)
        kvCapacity += kvHostCapacityBytes(*s.host, sh.g);
    double b = std::min(s.batchCap, kvCapacity / (storedKvPerToken(s, sh) * s.ctx));
    if (!s.disaggregated) // decode + mean prefill tokens within the step token budget
        b = std::min(b,
                     s.stepTokenBudget / (1.0 + s.draftTokens + s.tokensPerStep * s.lin / s.lout));
    return b;
}

std::vector<Shape> shapes(const Setup& s) {
    if (const std::optional<SubmittedConfig>& c = s.submitted)
        return {{c->tensorParallel * c->pipelineStages, c->tensorParallel, c->pipelineStages,
                 c->dataParallelAttention}};
    std::vector<Shape> out;
    const int domain = std::max(1, s.sys.scaleUpGpus);
    for (int g = 1; g <= std::min(s.gpus, domain); g *= 2)
        out.push_back({g, g, 1});
    if (domain <= s.gpus && (out.empty() || out.back().g != domain))
        out.push_back({domain, domain, 1});
    if (s.gpus < domain && out.back().g != s.gpus)
        out.push_back({s.gpus, s.gpus, 1});
    // Mixtures of experts: the same groups with data-parallel attention.
    if (s.model->isMoe()) {
        const std::size_t n = out.size();
        for (std::size_t i = 0; i < n; ++i)
            if (out[i].tp > 1)
                out.push_back({out[i].g, out[i].tp, 1, true});
    }
    // Beyond the NVLink domain: pipeline stages of one domain each over the scale-out fabric.
    for (int stages = 2; stages * domain <= s.gpus; stages *= 2)
        out.push_back({stages * domain, domain, stages});
    return out;
}

// Batch i of a geometric sweep of kSweepSamples steps from bMin to bMax, both ends exact (the
// Pareto curve and, with KV offload, the best batch below the limit).
constexpr int kSweepSamples = 64;
double sweepBatch(double bMin, double bMax, int i) {
    return i == kSweepSamples
               ? bMax
               : bMin * std::pow(bMax / bMin, static_cast<double>(i) / kSweepSamples);
}

struct Limits {
    bool active = false;
    double ttftS = 0.0, tpotS = 0.0; // p99 limits
    double userTokensPerS = 0.0;     // > 0: mean per-user speed floor instead
};

bool meets(const Point& pt, const Setup& s, const Limits& lim) {
    if (lim.userTokensPerS > 0)
        return s.tokensPerStep / pt.stepS >= lim.userTokensPerS;
    return pt.stepP99S / s.tokensPerStep <= kLatencyHeadroom * lim.tpotS &&
           pt.ttftS <= kLatencyHeadroom * lim.ttftS && pt.rho < 1.0;
}

struct Best {
    Shape shape;
    Point point;
    bool meetsLimits = true;
    double tokensPerSecond = 0.0;
};

// Best replica shape and batch under the limits.
// bestBatch: the batch of highest tokens/s up to the limits' largest (a sweep), for KV offload,
// where tokens/s may peak below the largest batch; otherwise the largest batch.
std::optional<Best> search(const Setup& s, const Limits& lim, double& largestFitGb,
                           bool bestBatch = false) {
    std::optional<Best> best;
    for (const Shape& sh : shapes(s)) {
        largestFitGb = std::max(largestFitGb, hbmForWeightsBytes(s, sh) / 1e9);
        const double bMax = maxBatch(s, sh);
        if (bMax <= 0)
            continue;
        Best c;
        c.shape = sh;
        double batch = bMax;
        if (lim.active && !meets(evaluate(s, sh, bMax), s, lim)) {
            const double lo0 = std::min(1.0, bMax);
            if (!meets(evaluate(s, sh, lo0), s, lim)) {
                batch = lo0;
                c.meetsLimits = false;
            } else {
                double lo = lo0, hi = bMax;
                for (int i = 0; i < 48; ++i) {
                    const double mid = 0.5 * (lo + hi);
                    (meets(evaluate(s, sh, mid), s, lim) ? lo : hi) = mid;
                }
                batch = lo;
            }
        }
        c.point = evaluate(s, sh, batch);
        if (bestBatch && c.meetsLimits) {
            const double bMin = std::min(1.0, batch);
            for (int i = 0; i < kSweepSamples; ++i) {
                const Point q = evaluate(s, sh, sweepBatch(bMin, batch, i));
                if (q.tokensPerSecondPerReplica > c.point.tokensPerSecondPerReplica &&
                    (!lim.active || meets(q, s, lim)))
                    c.point = q;
            }
        }
        const double replicas = s.gpus / sh.g;
        const double perReplicaGpus = sh.g + c.point.prefillGpus;
        // Disaggregated: the prefill pool takes its share of the requested GPUs.
        c.tokensPerSecond = s.disaggregated
                                ? c.point.tokensPerSecondPerReplica / perReplicaGpus * s.gpus
                                : replicas * c.point.tokensPerSecondPerReplica;
        // Prefer shapes that meet the limits, then the highest throughput (ties: smaller shape).
        // Missing everywhere: the fastest per-user speed.
        if (!best || (c.meetsLimits && !best->meetsLimits) ||
            (c.meetsLimits && best->meetsLimits &&
             c.tokensPerSecond > best->tokensPerSecond * 1.0001) ||
            (!c.meetsLimits && !best->meetsLimits && c.point.stepS < best->point.stepS))
            best = c;
    }
    return best;
}

const ModelSpec& resolveModel(const InferenceRequest& req, const ModelLibrary& models) {
    if (req.modelSpec)
        return *req.modelSpec;
    const ModelSpec* model = models.find(req.modelId);
    if (!model)
        throw InferenceError("unknown model '" + req.modelId + "' (known: " + models.knownIds() +
                             ")");
    return *model;
}

// Serve exactly a published configuration (ServingOptions::submitted): its replica shape, and
// its step token budget and batch limit per scheduler, one scheduler per replica or, with
// data-parallel attention, one per GPU (TensorRT-LLM: "max-bs applies per attention-rank",
// mlcommons/inference_results_v5.1 closed/NVIDIA/code/llmlib/config.py; max_num_tokens per rank
// too: per instance, the DeepSeek-R1 files' 3,456 tokens could not carry the 8 x 512 sequences
// they allow).
void applySubmittedConfig(Setup& s, const SubmittedConfig& c) {
    const int domain = std::max(1, s.sys.scaleUpGpus);
    const int g = c.tensorParallel * c.pipelineStages;
    if (c.tensorParallel < 1 || c.pipelineStages < 1 || g > s.gpus)
        throw InferenceError("submitted configuration: tensor parallel " +
                             std::to_string(c.tensorParallel) + " x pipeline " +
                             std::to_string(c.pipelineStages) + " does not fit " +
                             std::to_string(s.gpus) + " GPU(s)");
    if (c.tensorParallel > domain || (g > domain && c.tensorParallel != domain))
        throw InferenceError("submitted configuration: tensor parallel " +
                             std::to_string(c.tensorParallel) + " does not match the " +
                             std::to_string(domain) + "-GPU NVLink domain of '" + s.sys.id + "'");
    if (c.dataParallelAttention && (!s.model->isMoe() || c.pipelineStages != 1))
        throw InferenceError("submitted configuration: data-parallel attention needs a mixture "
                             "of experts in one pipeline stage");
    if (c.maxNumTokens < 0 || c.maxBatch < 0)
        throw InferenceError("submitted configuration: max_num_tokens and max batch must not be "
                             "negative");
    const double schedulers = c.dataParallelAttention ? c.tensorParallel : 1.0;
    if (c.maxNumTokens > 0)
        s.stepTokenBudget = c.maxNumTokens * schedulers;
    if (c.maxBatch > 0)
        s.batchCap = c.maxBatch * schedulers;
    s.submitted = c;
}

struct Prepared {
    Setup setup;
    Limits limits;
    std::vector<std::string> notes;
    std::string precision;
    double kvBytesPerElem = 1.0;
};

Prepared prepare(const InferenceRequest& req, const Catalog& catalog, const ModelLibrary& models,
                 const InferenceParameters& params) {
    if (req.gpus <= 0)
        throw InferenceError("gpus must be a positive integer (got " + std::to_string(req.gpus) +
                             ")");
    if (req.precision != "fp4" && req.precision != "fp8" && req.precision != "bf16")
        throw InferenceError("unknown precision '" + req.precision + "' (use fp4, fp8 or bf16)");
    if (req.scenario != "offline" && req.scenario != "server" && req.scenario != "interactive" &&
        req.scenario != "user-speed")
        throw InferenceError("unknown scenario '" + req.scenario +
                             "' (use offline, server, interactive or user-speed)");
    if (req.scenario == "user-speed" && !(req.userTokensPerS > 0 && req.userTokensPerS < 1e6))
        throw InferenceError("tokens per user must be a positive speed in tokens/s (got " +
                             fmt(req.userTokensPerS) + ")");
    const ServingOptions& o = req.options;
    if (o.draftTokens < 0 || o.draftTokens > 16)
        throw InferenceError("draft tokens must be between 0 and 16 (got " +
                             std::to_string(o.draftTokens) + ")");
    if (o.draftTokens > 0 && !(o.draftAcceptance > 0.0 && o.draftAcceptance < 1.0))
        throw InferenceError("draft acceptance must be between 0 and 1, exclusive (got " +
                             fmt(o.draftAcceptance) + ")");
    if (o.inputTokens < 0 || o.outputTokens < 0)
        throw InferenceError("input and output tokens must be positive");
    Prepared pr;
    Setup& s = pr.setup;
    try {
        s.sys = systemSpec(catalog, req.systemId);
    } catch (const CatalogError& e) {
        throw InferenceError(e.what());
    }
    const ModelSpec& model = resolveModel(req, models);
    s.model = &model;
    s.p = &params;
    s.gpus = req.gpus;
    const ModelWorkload& wl = model.workload;
    if (req.scenario == "server") {
        pr.limits = {true, wl.serverTtftMs / 1000.0, wl.serverTpotMs / 1000.0, 0.0};
    } else if (req.scenario == "interactive") {
        if (!wl.interactiveTtftMs)
            throw InferenceError("model '" + model.id +
                                 "' has no interactive scenario in MLPerf (use offline, server "
                                 "or user-speed)");
        pr.limits = {true, *wl.interactiveTtftMs / 1000.0, *wl.interactiveTpotMs / 1000.0, 0.0};
    } else if (req.scenario == "user-speed") {
        pr.limits = {true, 0.0, 0.0, req.userTokensPerS};
    }
    pr.precision = req.precision;
    s.gpu = readGpu(catalog, s.sys, *catalog.find(s.sys.id), pr.precision, pr.notes);
    const double bytesPerWeight = pr.precision == "fp4" ? 0.5 : pr.precision == "fp8" ? 1.0 : 2.0;
    // KV cache in FP8 for fp4/fp8 serving, BF16 for bf16 serving (assumption: TRT-LLM practice),
    // unless the request says otherwise.
    pr.kvBytesPerElem = o.kvPrecision.empty() ? (pr.precision == "bf16" ? 2.0 : 1.0)
                                              : kvBytesForPrecision(o.kvPrecision);
    s.peakFlops = s.gpu.peakTflops * 1e12;
    s.mfu = pr.precision == "fp4" ? params.mfuFp4 : kFp8TensorEfficiency;
    // MLA decode attention (absorbed latent products, FlashMLA) runs in BF16 (deepseek-ai/FlashMLA
    // README: BF16/FP16 kernels); other attention at the FP8 rate for fp4/fp8 serving.
    s.attnFlops = (model.isMla() ? s.gpu.bf16Tflops : s.gpu.attnTflops) * 1e12;
    s.hbmBytesPerS = s.gpu.hbmTbps * 1e12 * params.hbmBandwidthEfficiency;
    s.weightsBytes = model.paramsTotalB * 1e9 * bytesPerWeight;
    s.lin = o.inputTokens > 0 ? o.inputTokens : wl.inputTokens;
    s.lout = o.outputTokens > 0 ? o.outputTokens : wl.outputTokens;
    // The prompt lengths' shape from the workload's data set where it gives one; a request that
    // sets its own prompt length describes another workload, whose shape is not known: the
    // assumed shape then, said as an assumption.
    s.promptShapeSourced = o.inputTokens <= 0 && wl.inputTokensP99 && wl.inputTokensCv2;
    s.linP99 = s.promptShapeSourced ? s.lin * *wl.inputTokensP99 / wl.inputTokens
                                    : s.lin * kP99PromptOverMean;
    s.promptCv2 = s.promptShapeSourced ? *wl.inputTokensCv2 : kPromptCv2;
    // Mean live context: a sequence in the batch is caught uniformly through its decode, and
    // long outputs are in the batch for longer (length-biased), so its context is Lin + E[L^2] /
    // (2 E[L]) = Lin + (1 + cv^2) / 2 x Lout, cv the coefficient of variation of output lengths
    // (fitted: 1 for exponential lengths, more for a mix of short answers and long reasoning).
    s.ctx = s.lin + 0.5 * (1.0 + params.outputLengthCv2) * s.lout;
    // Sliding-window layers hold and attend at most their window (ModelSpec::attendedFraction,
    // taken at the mean live context for decode and prefill alike: approximation).
    s.kvPerToken = model.kvBytesPerToken(pr.kvBytesPerElem) * model.attendedFraction(s.ctx);
    s.attnWidth = model.attentionWidth() * model.attendedFraction(s.ctx);
    if (model.slidingLayers > 0)
        pr.notes.push_back(
            fill(tr("Inference", "%1 of %2 layers use sliding-window attention (%3 "
                                 "tokens): KV and attention at %4 % of full "
                                 "attention"),
                 {std::to_string(model.slidingLayers), std::to_string(model.layers),
                  std::to_string(model.slidingWindow), fmt(model.attendedFraction(s.ctx) * 100)}));
    // MoE split: total = shared + E * e, active = shared + k * e.
    s.sharedBytes = s.weightsBytes;
    if (model.isMoe()) {
        const double e = (model.paramsTotalB - model.paramsActiveB) /
                         (model.expertsTotal - model.expertsActive) * 1e9;
        s.expertBytes = e * bytesPerWeight;
        s.activeExpertParams = model.expertsActive * e;
        s.sharedBytes =
            model.paramsActiveB * 1e9 * bytesPerWeight - model.expertsActive * s.expertBytes;
    }
    s.activeParams = model.paramsActiveB * 1e9;
    s.draftTokens = o.draftTokens;
    if (o.draftTokens > 0) {
        // Expected tokens per step with k drafts accepted each with probability a:
        // (1 - a^(k+1)) / (1 - a) (Leviathan et al. 2023, "Fast Inference from Transformers via
        // Speculative Decoding", eq. 1).
        const double a = o.draftAcceptance;
        s.tokensPerStep = (1.0 - std::pow(a, o.draftTokens + 1)) / (1.0 - a);
    }
    s.disaggregated = o.disaggregated;
    if (o.submitted)
        applySubmittedConfig(s, *o.submitted);
    return pr;
}

// search(); then, with KV offload (ServingOptions::kvOffload, KvCacheTier.hpp), the search again
// with the KV beyond HBM in host memory, kept only when its tokens/s are higher (meeting the
// limits first; s.host stays set then). Fills out's offload fields and says what happened.
std::optional<Best> searchWithKvOffload(const InferenceRequest& req, Setup& s, const Limits& limits,
                                        const InferenceParameters& params, double& largestFitGb,
                                        InferenceResult& out) {
    std::optional<Best> best = search(s, limits, largestFitGb);
    if (!best || !req.options.kvOffload)
        return best;
    const std::optional<KvHostTier> host = kvHostTier(s.sys);
    if (!host) {
        out.assumptions.push_back(fill(tr("Inference", "KV offload: no host-memory figures for "
                                                       "system '%1'; KV kept in HBM"),
                                       {s.sys.id}));
        return best;
    }
    s.host = host;
    double unused = 0.0;
    // Each sequence beyond HBM adds host-link time to every step, so tokens/s may peak below the
    // largest batch: the best batch of a sweep is used; the largest one says what full use of the
    // host memory would cost when offload does not help.
    const std::optional<Best> bestOffload = search(s, limits, unused, true);
    const std::optional<Best> fullOffload = search(s, limits, unused);
    if (!bestOffload || !fullOffload) {
        s.host.reset();
        return best;
    }
    const double hbmAloneTps = best->tokensPerSecond;
    auto offloadedBytes = [&](const Best& b) {
        return kvOffloadBytes(b.point.batch * s.ctx * storedKvPerToken(s, b.shape),
                              hbmKvRoomBytes(s, b.shape));
    };
    out.kvOffloadHelped = (bestOffload->meetsLimits || !best->meetsLimits) &&
                          bestOffload->tokensPerSecond > hbmAloneTps * 1.0001 &&
                          offloadedBytes(*bestOffload) > 0.0;
    const std::optional<Best>& offloaded = out.kvOffloadHelped ? bestOffload : fullOffload;
    const double kvBytes = offloaded->point.batch * s.ctx * storedKvPerToken(s, offloaded->shape);
    const double room = hbmKvRoomBytes(s, offloaded->shape);
    out.tokensPerSecondWithOffload = offloaded->tokensPerSecond;
    out.kvOffloadGbPerReplica = kvOffloadBytes(kvBytes, room) / 1e9;
    out.hostLinkMsPerStep =
        kvHostReadTimeS(*host, kvBytes, room, offloaded->shape.g, params.commEfficiency) * 1000.0;
    if (out.kvOffloadGbPerReplica <= 0.0)
        out.assumptions.push_back(
            tr("Inference", "KV offload not needed: the KV cache of the batch fits HBM"));
    else
        out.assumptions.push_back(
            fill(out.kvOffloadHelped
                     ? tr("Inference", "KV offload used: %1 GB of KV per replica in host "
                                       "memory (%2), read in %3 ms per step; %4 tokens/s "
                                       "against %5 in HBM alone")
                     : tr("Inference", "KV offload not used: %1 GB of KV per replica in "
                                       "host memory (%2) would take %3 ms per step and "
                                       "give %4 tokens/s against %5 in HBM alone"),
                 {fmt(out.kvOffloadGbPerReplica), host->basis, fmt(out.hostLinkMsPerStep),
                  fmt(offloaded->tokensPerSecond), fmt(hbmAloneTps)}));
    if (!out.kvOffloadHelped) {
        s.host.reset();
        return best;
    }
    return offloaded;
}

// The figures of the chosen replica shape and operating point, and their confidence.
void setResultFigures(InferenceResult& out, const InferenceRequest& req, const Setup& s,
                      const Best& best) {
    const ModelSpec& model = *s.model;
    const Point& pt = best.point;
    out.gpusPerReplica = best.shape.g;
    out.pipelineStages = best.shape.stages;
    out.dataParallelAttention = best.shape.dataParallelAttention;
    out.replicas = req.gpus / best.shape.g;
    out.idleGpus = s.disaggregated ? 0 : req.gpus - out.replicas * best.shape.g;
    out.prefillGpus = static_cast<int>(std::ceil(pt.prefillGpus - 1e-9));
    out.meetsLimits = best.meetsLimits;
    out.batch = pt.batch;
    out.stepMs = pt.stepS * 1000.0;
    out.tpotMs = pt.stepP99S / s.tokensPerStep * 1000.0;
    out.ttftMs = pt.ttftS * 1000.0;
    out.prefillUtilization = pt.rho;
    out.tokensPerSecond = best.tokensPerSecond;
    out.tokensPerSecondPerGpu = best.tokensPerSecond / req.gpus;
    out.tokensPerSecondPerUser = s.tokensPerStep / pt.stepS;
    out.boundBy = pt.meanStep.computeBound() ? "compute" : "memory bandwidth";
    const StepParts& parts = pt.meanStep;
    out.step = {parts.overheadS * 1000.0,
                parts.stages * parts.gemm.timeS() * 1000.0,
                parts.gemm.computeS >= parts.gemm.memoryS,
                parts.stages * parts.attention.timeS() * 1000.0,
                parts.attention.computeS >= parts.attention.memoryS,
                parts.commS * 1000.0,
                parts.pipelineS * 1000.0,
                parts.hostS * 1000.0};
    out.weightsGbPerReplica = s.weightsBytes / 1e9;
    out.kvCacheGbPerReplica = pt.batch * s.ctx * storedKvPerToken(s, best.shape) / 1e9;

    const bool calibratedModel =
        !req.modelSpec && (model.id == "llama2-70b" || model.id == "llama3.1-405b" ||
                           model.id == "deepseek-r1" || model.id == "mixtral-8x7b");
    out.confidence = s.gpu.calibrated && calibratedModel ? "calibrated" : "extrapolated";
    out.errorBandFraction = kCrossValidatedBand;
}

// Notes on what this request ran into: limits not met, idle GPUs, pipeline stages,
// disaggregated prefill, speculative decoding and the service level.
void addSituationNotes(InferenceResult& out, const InferenceRequest& req, const Setup& s,
                       const Limits& lim, const Best& best) {
    const Point& pt = best.point;
    auto& a = out.assumptions;
    if (!best.meetsLimits) {
        if (lim.userTokensPerS > 0)
            a.push_back(fill(tr("Inference", "even one user gets only %1 tokens/s, below the %2 "
                                             "asked; estimate shown at batch 1"),
                             {fmt(out.tokensPerSecondPerUser), fmt(lim.userTokensPerS)}));
        else
            a.push_back(fill(tr("Inference", "the %1 p99 limits (TTFT %2 ms, TPOT %3 ms) cannot "
                                             "be met even at batch 1; estimate shown at batch 1"),
                             {req.scenario, fmt(lim.ttftS * 1000), fmt(lim.tpotS * 1000)}));
    }
    if (out.idleGpus > 0)
        a.push_back(fill(tr("Inference", "%1 GPU(s) idle: %2 is not a multiple of the %3-GPU "
                                         "model replica"),
                         {std::to_string(out.idleGpus), std::to_string(req.gpus),
                          std::to_string(best.shape.g)}));
    if (best.shape.stages > 1)
        a.push_back(fill(tr("Inference", "model replica spans %1 GPUs as %2 pipeline stages of "
                                         "%3 (one NVLink domain each), activations over %4 Gb/s "
                                         "NICs, %5 us per hop (assumption)"),
                         {std::to_string(best.shape.g), std::to_string(best.shape.stages),
                          std::to_string(best.shape.tp), fmt(s.sys.nicSpeedGbps),
                          fmt(kScaleOutHopLatencyS * 1e6)}));
    if (best.shape.dataParallelAttention)
        a.push_back(fill(tr("Inference", "expert parallel over %1 GPUs with data-parallel "
                                         "attention: each GPU holds the non-expert weights and "
                                         "its own sequences' KV; a step waits for the GPU "
                                         "prefilling a prompt"),
                         {std::to_string(best.shape.g)}));
    if (s.disaggregated)
        a.push_back(fill(tr("Inference", "disaggregated prefill: %1 prefill GPU(s) per decode "
                                         "replica, sized to %2 % utilisation (assumption); KV "
                                         "sent over the scale-out NICs"),
                         {fmt(pt.prefillGpus), fmt(kDisaggPrefillUtilization * 100)}));
    if (s.draftTokens > 0)
        a.push_back(fill(tr("Inference", "speculative decoding: %1 draft token(s) per step at "
                                         "acceptance %2 = %3 tokens per step per user"),
                         {std::to_string(s.draftTokens), fmt(req.options.draftAcceptance),
                          fmt(s.tokensPerStep)}));
    if (req.scenario == "offline")
        a.push_back(fill(tr("Inference", "offline: no latency limit; p99 TTFT shown at the "
                                         "prefill utilisation the batch implies (at most %1 %)"),
                         {fmt(kMaxReportedUtilization * 100)}));
    if (req.scenario == "user-speed")
        a.push_back(fill(tr("Inference", "each user gets at least %1 output tokens/s (1000 / "
                                         "mean TPOT); p99 TTFT reported, not limited"),
                         {fmt(lim.userTokensPerS)}));
}

// Notes on the basis of every estimate: workload, KV cache, TTFT model, shared parameters
// and the error band.
void addBasisNotes(InferenceResult& out, const InferenceRequest& req, const Prepared& pr,
                   const InferenceParameters& params, const Point& pt) {
    const Setup& s = pr.setup;
    const ModelSpec& model = *s.model;
    auto& a = out.assumptions;
    a.push_back(fill(tr("Inference", "workload '%1': %2 input tokens %3; %4 output tokens %5"),
                     {model.workload.benchmark, fmt(s.lin, 5),
                      req.options.inputTokens > 0 ? std::string(tr("Inference", "(given)"))
                                                  : model.workload.inputTokensSource,
                      fmt(s.lout, 5),
                      req.options.outputTokens > 0 ? std::string(tr("Inference", "(given)"))
                                                   : model.workload.outputTokensSource}));
    a.push_back(fill(req.options.kvPrecision.empty()
                         ? tr("Inference", "KV cache stored at %1 (%2 KiB per token) (assumption)")
                         : tr("Inference", "KV cache stored at %1 (%2 KiB per token)"),
                     {pr.kvBytesPerElem == 0.5   ? "FP4"
                      : pr.kvBytesPerElem == 1.0 ? "FP8"
                                                 : "BF16",
                      fmt(s.kvPerToken / 1024.0, 4)}));
    a.push_back(fill(s.promptShapeSourced
                         ? tr("Inference", "p99 TTFT from an M/G/1 queue on the prefill channel "
                                           "(utilisation %1 %) plus the p99 prompt (%2x the mean, "
                                           "from the data set) in %3-token step budget")
                         : tr("Inference", "p99 TTFT from an M/G/1 queue on the prefill channel "
                                           "(utilisation %1 %) plus the p99 prompt (%2x the mean, "
                                           "assumption) in %3-token step budget"),
                     {fmt(pt.rho * 100), fmt(s.linP99 / s.lin), fmt(s.stepTokenBudget)}));
    a.push_back(fill(tr("Inference", "shared parameters: HBM bandwidth efficiency %1, MoE "
                                     "half-efficiency %3 tokens per expert, step overhead %4 ms, "
                                     "collective latency %5 us, link efficiency %6 (fitted to "
                                     "MLPerf v4.1/v5.1); tensor efficiency %2 at %7 (FP4 fitted, "
                                     "FP8/BF16 measured by Azure on GB200 FP8) "
                                     "(docs/estimation.md)"),
                     {fmt(params.hbmBandwidthEfficiency), fmt(s.mfu),
                      fmt(params.moeHalfEfficiencyTokens), fmt(params.stepOverheadS * 1000),
                      fmt(params.collectiveLatencyS * 1e6), fmt(params.commEfficiency),
                      pr.precision == "fp4"   ? "FP4"
                      : pr.precision == "fp8" ? "FP8"
                                              : "BF16"}));
    a.push_back(fill(tr("Inference", "+/-%1 %: cross-validated median error (leave one system "
                                     "/ one MLPerf round out)"),
                     {fmt(kCrossValidatedBand * 100)}) +
                (out.confidence == "extrapolated"
                     ? fill(tr("Inference", "; GPU '%1' or model '%2' is outside the MLPerf rows: "
                                            "extrapolated, the error may be larger"),
                            {s.gpu.id, model.id})
                     : std::string()));
}

// One point of the Pareto sweep: replica shape `sh` at batch `b` (offline, no limits).
ParetoPoint paretoPoint(const Setup& s, const Shape& sh, double b) {
    const Point pt = evaluate(s, sh, b);
    ParetoPoint q;
    q.batch = b;
    q.gpusPerReplica = sh.g;
    const double tps = s.disaggregated
                           ? pt.tokensPerSecondPerReplica / (sh.g + pt.prefillGpus) * s.gpus
                           : (s.gpus / sh.g) * pt.tokensPerSecondPerReplica;
    q.tokensPerSecondPerGpu = tps / s.gpus;
    q.tokensPerSecondPerUser = s.tokensPerStep / pt.stepS;
    q.ttftMs = pt.ttftS * 1000.0;
    q.tpotMs = pt.stepP99S / s.tokensPerStep * 1000.0;
    if (s.host)
        q.kvOffloadGb =
            kvOffloadBytes(b * s.ctx * storedKvPerToken(s, sh), hbmKvRoomBytes(s, sh)) / 1e9;
    return q;
}

} // namespace

const InferenceParameters& calibratedInferenceParameters() {
    // Output of fitInferenceParameters on every mappable MLPerf row (docs/estimation.md
    // "Calibration"); tests/core/test_inference_accuracy.cpp refits and checks these values
    // reproduce the fit's predictions within 0.5 %.
    static const InferenceParameters p{0.92,  0.361995,    661.942, 0.513873,
                                       0.005, 9.07612e-06, 1.21306};
    return p;
}

InferenceResult estimateInference(const InferenceRequest& request) {
    return estimateInference(request, Catalog::builtin(), ModelLibrary::builtin());
}

InferenceResult estimateInference(const InferenceRequest& req, const Catalog& catalog,
                                  const ModelLibrary& models) {
    return estimateInference(req, catalog, models, calibratedInferenceParameters());
}

InferenceResult estimateInference(const InferenceRequest& req, const Catalog& catalog,
                                  const ModelLibrary& models, const InferenceParameters& params) {
    Prepared pr = prepare(req, catalog, models, params);
    Setup& s = pr.setup;
    const ModelSpec& model = *s.model;
    InferenceResult out;
    out.assumptions = std::move(pr.notes);
    out.precisionUsed = pr.precision;

    double largestFitGb = 0.0;
    const auto best = searchWithKvOffload(req, s, pr.limits, params, largestFitGb, out);
    if (!best)
        throw ModelDoesNotFitError(
            "model '" + model.id + "' does not fit: " + fmt(s.weightsBytes / 1e9, 4) + " GB of " +
            pr.precision + " weights, but " + std::to_string(req.gpus) + " GPU(s) of '" + s.sys.id +
            "' offer " + fmt(largestFitGb, 4) + " GB for weights (" + fmt(s.gpu.hbmGb) +
            " GB each, less the runtime reserve and activation workspace)");

    setResultFigures(out, req, s, *best);
    addSituationNotes(out, req, s, pr.limits, *best);
    addBasisNotes(out, req, pr, params, best->point);
    return out;
}

InferenceResult estimateAtUserSpeed(const std::string& systemId, int gpus,
                                    const std::string& modelId, const std::string& precision,
                                    double userTokensPerS, const Catalog& catalog,
                                    const ModelLibrary& models) {
    InferenceRequest req;
    req.systemId = systemId;
    req.gpus = gpus;
    req.modelId = modelId;
    req.precision = precision;
    req.scenario = "user-speed";
    req.userTokensPerS = userTokensPerS;
    return estimateInference(req, catalog, models);
}

std::vector<ParetoPoint> paretoCurve(const InferenceRequest& req, const Catalog& catalog,
                                     const ModelLibrary& models) {
    InferenceRequest offline = req;
    offline.scenario = "offline";
    const InferenceParameters& params = calibratedInferenceParameters();
    Prepared pr = prepare(offline, catalog, models, params);
    Setup& s = pr.setup;
    // KV in HBM only, then (ServingOptions::kvOffload, a system with host-memory figures) with
    // the KV beyond HBM in host memory: the envelope keeps whichever serves more per GPU.
    std::vector<std::optional<KvHostTier>> tiers{std::nullopt};
    if (req.options.kvOffload)
        if (std::optional<KvHostTier> host = kvHostTier(s.sys))
            tiers.push_back(host);
    std::vector<ParetoPoint> all;
    for (const std::optional<KvHostTier>& tier : tiers) {
        s.host = tier;
        for (const Shape& sh : shapes(s)) {
            const double bMax = maxBatch(s, sh);
            if (bMax <= 0)
                continue;
            const double bMin = std::min(1.0, bMax);
            for (int i = 0; i <= kSweepSamples; ++i) // from batch 1 to the largest
                all.push_back(paretoPoint(s, sh, sweepBatch(bMin, bMax, i)));
        }
    }
    s.host.reset();
    if (all.empty()) {
        double largest = 0.0;
        (void)search(s, {}, largest);
        throw ModelDoesNotFitError("model '" + s.model->id + "' does not fit in " +
                                   std::to_string(req.gpus) + " GPU(s) of '" + s.sys.id + "' (" +
                                   fmt(largest, 4) + " GB for weights)");
    }
    // Upper envelope: fastest users first, keep a point only if it beats every faster one.
    std::sort(all.begin(), all.end(), [](const ParetoPoint& x, const ParetoPoint& y) {
        if (x.tokensPerSecondPerUser != y.tokensPerSecondPerUser)
            return x.tokensPerSecondPerUser > y.tokensPerSecondPerUser;
        return x.tokensPerSecondPerGpu > y.tokensPerSecondPerGpu;
    });
    std::vector<ParetoPoint> curve;
    for (const ParetoPoint& q : all) {
        if (!curve.empty() && q.tokensPerSecondPerGpu <= curve.back().tokensPerSecondPerGpu)
            continue;
        if (!curve.empty() && q.tokensPerSecondPerUser >= curve.back().tokensPerSecondPerUser)
            continue;
        curve.push_back(q);
    }
    return curve;
}

} // namespace aifp
