#include "core/estimate/InferenceEstimator.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace aifp {

namespace {

// ---- Calibrated physical parameters, shared by every system and model. ----
// Fitted against the MLPerf rows of resources/reference/benchmarks.csv by a random + local
// search; procedure, ranges and accuracy table: docs/estimation.md, "Calibration".
constexpr double kHbmUsableFraction = 0.88;      // HBM usable for weights + KV (rest: activations,
                                                 // runtime, fragmentation); reference-data 5.3 ~0.9
constexpr double kHbmBandwidthEfficiency = 0.76; // achieved / peak HBM bandwidth (5.3: 0.8-0.9)
constexpr double kMfuFp8Bf16 = 0.60;             // achieved / dense peak FLOPS at FP8 and BF16
constexpr double kMfuFp4 = 0.40;                 // achieved / dense peak FLOPS at FP4
constexpr double kMoeExpertEfficiency = 0.67;    // expert GEMMs vs dense GEMMs (routing, imbalance)
constexpr double kCommEfficiency = 0.28;         // achieved / peak link bandwidth for collectives
constexpr double kStepOverheadS = 0.0055;  // fixed per decode step (scheduling, launch, sampling)
constexpr double kP99OverMean = 1.6;       // p99 step time over mean step time (prefill chunks)
constexpr double kLatencyHeadroom = 0.90;  // schedulers aim p99 at this fraction of the limit
constexpr double kTtftStepFactor = 2.2;    // p99 TTFT = this x p99 step + ...
constexpr double kTtftPrefillFactor = 4.0; // ... this x isolated prefill time (queueing)
constexpr double kContextOutputFraction = 1.0; // mean live context = input + this x output
// (token-weighted mean of a broad output-length distribution: E[L^2]/2E[L] = E[L] when
// exponential; an assumption that the fit kept at its upper bound)

// Error band on tokens/s: the accuracy test's median absolute error (15 %) for GPUs and models
// in the fit; twice that for extrapolation (docs/estimation.md).
constexpr double kCalibratedBand = 0.15;
constexpr double kExtrapolatedBand = 0.30;

struct GpuSpec {
    std::string id;
    double hbmGb = 0.0;
    double hbmTbps = 0.0;
    double peakTflops = 0.0;     // at the precision used, dense
    double attnTflops = 0.0;     // attention runs at FP8 (fp4/fp8 requests) or BF16
    double linkGbpsPerDir = 0.0; // NVLink, per direction, GB/s
    bool calibrated = false;
};

std::string fmt(double v, int digits = 3) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
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
            notes.push_back("Rubin HBM4 bandwidth taken as 13 TB/s (GTC-2025 figure; 2026 "
                            "articles say 22 TB/s; conflicting, UNVERIFIED) (assumption)");
        } else {
            throw InferenceError("GPU '" + g->id + "' has no hbm_bandwidth in the catalog");
        }
    }
    double fp4 = ratingOr(*g, "fp4_dense", 0.0);
    if (fp4 <= 0 && g->number("fp4_inference", 0.0) > 0) {
        fp4 = g->number("fp4_inference");
        notes.push_back("GPU '" + g->id + "' FP4 peak " + fmt(fp4 / 1000) +
                        " PFLOPS is NVIDIA's NVFP4 inference figure, not a dense datasheet "
                        "value (claim)");
    }
    double fp8 = ratingOr(*g, "fp8_dense", 0.0);
    if (fp8 <= 0 && sysEntry.number("fp8_training", 0.0) > 0 && g->id == "rubin") {
        // vr-nvl144: 1.2 EF FP8 training per 72 packages (reference-data.md 1.2, secondary).
        fp8 = sysEntry.number("fp8_training") * 1.0e6 / sys.gpusPerSystem;
        notes.push_back("Rubin FP8 peak " + fmt(fp8 / 1000) +
                        " PFLOPS derived from the NVL144 rack figure of 1.2 EF (assumption)");
    }
    double bf16 = ratingOr(*g, "bf16_dense", 0.0);
    if (bf16 <= 0 && fp8 > 0) {
        bf16 = fp8 / 2.0; // each halving of precision doubles tensor-core rate (1.1 table)
        notes.push_back("GPU '" + g->id + "' BF16 peak taken as half its FP8 peak (assumption)");
    }
    if (precision == "fp4" && fp4 <= 0) {
        // Hopper has no FP4 tensor cores: decided to serve at FP8 rather than refuse, so a
        // design's default fp4 setting still estimates on H100/H200 (docs/estimation.md).
        notes.push_back("GPU '" + g->id +
                        "' has no FP4 tensor cores; FP4 request estimated at "
                        "FP8 (1 byte per weight, FP8 peak) (assumption)");
        precision = "fp8";
    }
    const double peak = precision == "fp4" ? fp4 : precision == "fp8" ? fp8 : bf16;
    if (peak <= 0)
        throw InferenceError("GPU '" + g->id + "' has no " + precision +
                             "_dense rating in the catalog; cannot estimate at " + precision);
    s.peakTflops = peak;
    s.attnTflops = precision == "bf16" ? bf16 : (fp8 > 0 ? fp8 : peak);

    const CatalogRating* link = g->rating("nvlink_bw");
    if (link && link->hasValue()) {
        // Catalog figures are bidirectional per GPU (H100 900 GB/s, NVLink5 1.8 TB/s).
        const double gbps = link->unit == "TB/s" ? link->value * 1000.0 : link->value;
        s.linkGbpsPerDir = gbps / 2.0;
    } else if (sysEntry.number("nvlink6_total", 0.0) > 0) {
        // vr-nvl144: NVLink6 260 TB/s per 72 packages (reference-data.md 1.2, secondary).
        s.linkGbpsPerDir = sysEntry.number("nvlink6_total") * 1000.0 / sys.gpusPerSystem / 2.0;
        notes.push_back("GPU '" + g->id + "' NVLink bandwidth derived from the rack total (" +
                        fmt(s.linkGbpsPerDir * 2) + " GB/s per GPU) (assumption)");
    } else {
        s.linkGbpsPerDir = 450.0; // NVLink4 900 GB/s bidirectional (reference-data.md 1.1)
        notes.push_back("GPU '" + g->id + "' has no NVLink figure; 900 GB/s assumed (assumption)");
    }
    // The GPUs whose MLPerf rows were used in the fit (docs/estimation.md).
    s.calibrated =
        s.id == "h100-sxm" || s.id == "h200-sxm" || s.id == "b200-hgx" || s.id == "b200-gb200";
    return s;
}

struct Candidate {
    int g = 0;
    double batch = 0.0;
    double stepS = 0.0;
    double ttftS = 0.0;
    double tokensPerSecond = 0.0;
    bool computeBound = false;
    double weightsBytes = 0.0;
    double kvBytes = 0.0;
    bool meetsLimits = true;
};

} // namespace

InferenceResult estimateInference(const InferenceRequest& request) {
    return estimateInference(request, Catalog::builtin(), ModelLibrary::builtin());
}

InferenceResult estimateInference(const InferenceRequest& req, const Catalog& catalog,
                                  const ModelLibrary& models) {
    if (req.gpus <= 0)
        throw InferenceError("gpus must be a positive integer (got " + std::to_string(req.gpus) +
                             ")");
    if (req.precision != "fp4" && req.precision != "fp8" && req.precision != "bf16")
        throw InferenceError("unknown precision '" + req.precision + "' (use fp4, fp8 or bf16)");
    if (req.scenario != "offline" && req.scenario != "server" && req.scenario != "interactive")
        throw InferenceError("unknown scenario '" + req.scenario +
                             "' (use offline, server or interactive)");
    SystemSpec sys;
    try {
        sys = systemSpec(catalog, req.systemId);
    } catch (const CatalogError& e) {
        throw InferenceError(e.what());
    }
    const ModelSpec* model = models.find(req.modelId);
    if (!model)
        throw InferenceError("unknown model '" + req.modelId + "' (known: " + models.knownIds() +
                             ")");
    const ModelWorkload& wl = model->workload;
    double limitTtftS = 0.0, limitTpotS = 0.0;
    if (req.scenario == "server") {
        limitTtftS = wl.serverTtftMs / 1000.0;
        limitTpotS = wl.serverTpotMs / 1000.0;
    } else if (req.scenario == "interactive") {
        if (!wl.interactiveTtftMs)
            throw InferenceError("model '" + model->id +
                                 "' has no interactive scenario in MLPerf (use offline or server)");
        limitTtftS = *wl.interactiveTtftMs / 1000.0;
        limitTpotS = *wl.interactiveTpotMs / 1000.0;
    }

    InferenceResult out;
    std::string precision = req.precision;
    const GpuSpec gpu = readGpu(catalog, sys, *catalog.find(sys.id), precision, out.assumptions);
    out.precisionUsed = precision;

    const double bytesPerWeight = precision == "fp4" ? 0.5 : precision == "fp8" ? 1.0 : 2.0;
    // KV cache in FP8 for fp4/fp8 serving, BF16 for bf16 serving (assumption: TRT-LLM practice).
    const double kvBytesPerElem = precision == "bf16" ? 2.0 : 1.0;
    const double peakFlops = gpu.peakTflops * 1e12;
    const double attnFlops = gpu.attnTflops * 1e12;
    const double mfu = precision == "fp4" ? kMfuFp4 : kMfuFp8Bf16;
    const double hbmBytesPerS = gpu.hbmTbps * 1e12 * kHbmBandwidthEfficiency;
    const double weightsBytes = model->paramsTotalB * 1e9 * bytesPerWeight;
    const double kvPerToken = model->kvBytesPerToken(kvBytesPerElem);
    const double attnWidth = model->attentionWidth();
    const double lin = wl.inputTokens;
    const double lout = wl.outputTokens;
    const double ctx = lin + kContextOutputFraction * lout; // mean live context per sequence
    const double layers = model->layers;
    const double dModel = model->dModel;

    // MoE split: total = shared + E * e, active = shared + k * e.
    double expertBytes = 0.0, sharedBytes = weightsBytes, activeExpertParams = 0.0;
    if (model->isMoe()) {
        const double e = (model->paramsTotalB - model->paramsActiveB) /
                         (model->expertsTotal - model->expertsActive) * 1e9;
        expertBytes = e * bytesPerWeight;
        activeExpertParams = model->expertsActive * e;
        sharedBytes =
            model->paramsActiveB * 1e9 * bytesPerWeight - model->expertsActive * expertBytes;
    }
    const double activeParams = model->paramsActiveB * 1e9;

    std::vector<int> groups;
    for (int g = 1; g <= req.gpus; g *= 2)
        groups.push_back(g);
    if (groups.back() != req.gpus)
        groups.push_back(req.gpus);

    std::optional<Candidate> best;
    double largestFitGb = 0.0;
    for (int g : groups) {
        const double usable = g * gpu.hbmGb * 1e9 * kHbmUsableFraction;
        largestFitGb = std::max(largestFitGb, usable / 1e9);
        const double kvCapacity = usable - weightsBytes;
        if (kvCapacity <= 0)
            continue;
        const double maxBatch = kvCapacity / (kvPerToken * ctx);
        // Beyond the NVLink domain collectives cross the scale-out NICs.
        const double linkBytesPerS =
            (g <= sys.scaleUpGpus ? gpu.linkGbpsPerDir * 1e9 : sys.nicSpeedGbps / 8.0 * 1e9) *
            kCommEfficiency;
        bool computeBound = false;
        auto step = [&](double b) {
            const double tokens = b * (1.0 + lin / lout); // decode + amortized chunked prefill
            const double denseFlops = 2.0 * (activeParams - activeExpertParams) * tokens;
            const double expertFlops = 2.0 * activeExpertParams * tokens;
            const double attnFlopsStep = b * 4.0 * layers * attnWidth * ctx +
                                         b * (lin / lout) * 2.0 * layers * attnWidth * lin;
            const double tCompute = denseFlops / (g * peakFlops * mfu) +
                                    expertFlops / (g * peakFlops * mfu * kMoeExpertEfficiency) +
                                    attnFlopsStep / (g * attnFlops * mfu);
            double touched = weightsBytes;
            if (model->isMoe()) {
                const double frac = 1.0 - std::pow(1.0 - static_cast<double>(model->expertsActive) /
                                                             model->expertsTotal,
                                                   tokens);
                touched = sharedBytes + model->expertsTotal * expertBytes * frac;
            }
            const double tMemory = (touched + b * ctx * kvPerToken) / (g * hbmBytesPerS);
            double tComm = 0.0;
            if (g > 1) {
                const double share = 2.0 * (g - 1) / g;
                tComm = model->isMoe()
                            // all-to-all: FP8 dispatch + BF16 combine to k experts per layer
                            ? layers * tokens * model->expertsActive * dModel * 3.0 * (g - 1) / g /
                                  linkBytesPerS
                            // tensor parallel: 2 all-reduces of BF16 activations per layer
                            : 2.0 * layers * tokens * dModel * 2.0 * share / linkBytesPerS;
            }
            computeBound = tCompute >= tMemory;
            return kStepOverheadS + std::max(tCompute, tMemory) + tComm;
        };
        const double prefillS = (2.0 * activeParams * lin + 2.0 * layers * attnWidth * lin * lin) /
                                (g * peakFlops * mfu);
        auto ttft = [&](double b) {
            return kTtftStepFactor * kP99OverMean * step(b) + kTtftPrefillFactor * prefillS;
        };
        auto meets = [&](double b) {
            return kP99OverMean * step(b) <= kLatencyHeadroom * limitTpotS &&
                   ttft(b) <= kLatencyHeadroom * limitTtftS;
        };
        Candidate c;
        c.g = g;
        c.batch = maxBatch;
        if (req.scenario != "offline" && !meets(maxBatch)) {
            if (!meets(1.0)) {
                c.batch = 1.0;
                c.meetsLimits = false;
            } else {
                double lo = 1.0, hi = maxBatch;
                for (int i = 0; i < 60; ++i) {
                    const double mid = 0.5 * (lo + hi);
                    (meets(mid) ? lo : hi) = mid;
                }
                c.batch = lo;
            }
        }
        c.stepS = step(c.batch);
        c.computeBound = computeBound;
        c.ttftS = ttft(c.batch);
        c.tokensPerSecond = (req.gpus / g) * c.batch / c.stepS;
        c.weightsBytes = weightsBytes;
        c.kvBytes = c.batch * ctx * kvPerToken;
        // Prefer groups that meet the limits, then the highest throughput (ties: smaller group).
        if (!best || (c.meetsLimits && !best->meetsLimits) ||
            (c.meetsLimits == best->meetsLimits &&
             c.tokensPerSecond > best->tokensPerSecond * 1.0001))
            best = c;
    }
    if (!best)
        throw ModelDoesNotFitError(
            "model '" + model->id + "' does not fit: " + fmt(weightsBytes / 1e9, 4) + " GB of " +
            precision + " weights, but " + std::to_string(req.gpus) + " GPU(s) of '" + sys.id +
            "' offer " + fmt(largestFitGb, 4) + " GB usable (" + fmt(kHbmUsableFraction * 100) +
            " % of " + fmt(gpu.hbmGb) + " GB each)");

    out.gpusPerReplica = best->g;
    out.replicas = req.gpus / best->g;
    out.idleGpus = req.gpus - out.replicas * best->g;
    out.batch = best->batch;
    out.stepMs = best->stepS * 1000.0;
    out.tpotMs = kP99OverMean * best->stepS * 1000.0;
    out.ttftMs = best->ttftS * 1000.0;
    out.tokensPerSecond = best->tokensPerSecond;
    out.tokensPerSecondPerGpu = best->tokensPerSecond / req.gpus;
    out.boundBy = best->computeBound ? "compute" : "memory bandwidth";
    out.weightsGbPerReplica = best->weightsBytes / 1e9;
    out.kvCacheGbPerReplica = best->kvBytes / 1e9;

    const bool calibratedModel = model->id == "llama2-70b" || model->id == "llama3.1-405b" ||
                                 model->id == "deepseek-r1" || model->id == "mixtral-8x7b";
    const bool calibrated = gpu.calibrated && calibratedModel;
    out.confidence = calibrated ? "calibrated" : "extrapolated";
    out.errorBandFraction = calibrated ? kCalibratedBand : kExtrapolatedBand;

    auto& a = out.assumptions;
    if (!best->meetsLimits)
        a.push_back("the " + req.scenario + " p99 limits (TTFT " + fmt(limitTtftS * 1000) +
                    " ms, TPOT " + fmt(limitTpotS * 1000) +
                    " ms) cannot be met even at batch 1; estimate shown at batch 1");
    if (out.idleGpus > 0)
        a.push_back(std::to_string(out.idleGpus) + " GPU(s) idle: " + std::to_string(req.gpus) +
                    " is not a multiple of the " + std::to_string(best->g) + "-GPU model replica");
    if (best->g > sys.scaleUpGpus)
        a.push_back("model replica spans " + std::to_string(best->g) + " GPUs, beyond the " +
                    std::to_string(sys.scaleUpGpus) + "-GPU NVLink domain: collectives over " +
                    fmt(sys.nicSpeedGbps) + " Gb/s NICs");
    a.push_back("workload '" + wl.benchmark + "': " + fmt(lin, 5) + " input tokens " +
                wl.inputTokensSource + "; " + fmt(lout, 5) + " output tokens " +
                wl.outputTokensSource);
    a.push_back("KV cache stored at " + std::string(kvBytesPerElem == 1.0 ? "FP8" : "BF16") + " (" +
                fmt(kvPerToken / 1024.0, 4) + " KiB per token) (assumption)");
    a.push_back("calibrated shared parameters: HBM bandwidth efficiency " +
                fmt(kHbmBandwidthEfficiency) + ", MFU " + fmt(mfu) + ", step overhead " +
                fmt(kStepOverheadS * 1000) + " ms, link efficiency " + fmt(kCommEfficiency) +
                " (fitted to MLPerf v4.1/v5.1, docs/estimation.md)");
    if (!calibrated)
        a.push_back("GPU '" + gpu.id + "' or model '" + model->id +
                    "' is outside the MLPerf calibration set: extrapolated, +/-" +
                    fmt(kExtrapolatedBand * 100) + " %");
    return out;
}

} // namespace aifp
