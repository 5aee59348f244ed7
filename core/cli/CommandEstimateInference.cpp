#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/Json.hpp"
#include "core/util/NumberFormat.hpp"
#include <cstdio>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// Right-aligned in width columns (printf's %10.1f layout).
std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string required(const Args& args, const std::string& name) {
    if (!args.has(name))
        throw UsageError("--" + name + " is required");
    return args.value(name);
}

json::Value paretoJson(const std::vector<ParetoPoint>& curve) {
    json::Value arr = json::Value::array();
    for (const ParetoPoint& p : curve) {
        json::Value v = json::Value::object();
        v.set("tokens_per_second_per_user", p.tokensPerSecondPerUser)
            .set("tokens_per_second_per_gpu", p.tokensPerSecondPerGpu)
            .set("batch_per_replica", p.batch)
            .set("gpus_per_replica", p.gpusPerReplica)
            .set("ttft_ms", p.ttftMs)
            .set("tpot_ms", p.tpotMs);
        arr.push(std::move(v));
    }
    return arr;
}

int runEstimateInference(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    InferenceRequest req;
    req.systemId = required(args, "system");
    required(args, "gpus");
    const long gpus = args.integer("gpus", 0);
    if (gpus <= 0 || gpus > 10'000'000)
        throw UsageError("--gpus: must be a positive number of GPUs (got " + args.value("gpus") +
                         ")");
    req.gpus = static_cast<int>(gpus);

    // The model: an id of the models file (--models, default the shipped library) or a
    // Hugging Face config.json (--model-config).
    std::optional<ModelLibrary> ownLibrary;
    try {
        if (args.has("models"))
            ownLibrary = ModelLibrary::loadFile(args.value("models"));
        if (args.has("model-config")) {
            if (args.has("model"))
                throw UsageError("--model and --model-config: give one of them");
            req.modelSpec = loadModelConfigFile(args.value("model-config"));
            req.modelId = req.modelSpec->id;
        } else {
            req.modelId = required(args, "model");
        }
    } catch (const ModelLibraryError& e) {
        throw UsageError(e.what());
    }
    const ModelLibrary& models = ownLibrary ? *ownLibrary : ModelLibrary::builtin();
    req.precision = required(args, "precision");

    // Service level: an MLPerf scenario, or a per-user speed.
    if (args.has("tokens-per-user") && args.has("tpot-ms"))
        throw UsageError("--tokens-per-user and --tpot-ms: give one of them");
    if (args.has("tokens-per-user") || args.has("tpot-ms")) {
        if (args.has("scenario"))
            throw UsageError("--scenario and a per-user speed: give one of them");
        req.scenario = "user-speed";
        if (args.has("tokens-per-user")) {
            req.userTokensPerS = args.number("tokens-per-user", 0.0);
        } else {
            const double tpot = args.number("tpot-ms", 0.0);
            if (!(tpot > 0))
                throw UsageError("--tpot-ms: must be a positive number of milliseconds (got " +
                                 args.value("tpot-ms") + ")");
            req.userTokensPerS = 1000.0 / tpot;
        }
        if (!(req.userTokensPerS > 0))
            throw UsageError("--tokens-per-user: must be a positive speed (got " +
                             args.value("tokens-per-user") + ")");
    } else if (args.has("pareto")) {
        req.scenario = args.value("scenario", "offline");
    } else {
        req.scenario = required(args, "scenario");
    }

    ServingOptions& o = req.options;
    o.kvPrecision = args.value("kv-precision");
    o.draftTokens = static_cast<int>(args.integer("draft-tokens", 0));
    o.draftAcceptance = args.number("draft-acceptance", o.draftTokens > 0 ? 0.7 : 0.0);
    o.disaggregated = args.has("disaggregated");
    o.inputTokens = args.number("input-tokens", 0.0);
    o.outputTokens = args.number("output-tokens", 0.0);
    if (args.has("input-tokens") && !(o.inputTokens >= 1))
        throw UsageError("--input-tokens: must be at least 1 (got " + args.value("input-tokens") +
                         ")");
    if (args.has("output-tokens") && !(o.outputTokens >= 1))
        throw UsageError("--output-tokens: must be at least 1 (got " + args.value("output-tokens") +
                         ")");

    InferenceResult r;
    std::vector<ParetoPoint> curve;
    try {
        r = estimateInference(req, Catalog::builtin(), models);
        if (args.has("pareto"))
            curve = paretoCurve(req, Catalog::builtin(), models);
    } catch (const InferenceError& e) {
        throw UsageError(e.what());
    }
    const std::string service = req.scenario == "user-speed"
                                    ? fixed(req.userTokensPerS, 1) + " tokens/s per user"
                                    : req.scenario + " scenario";
    if (format == "json") {
        json::Value assumptions = json::Value::array();
        for (const auto& a : r.assumptions)
            assumptions.push(a);
        json::Value v = json::Value::object();
        v.set("system", req.systemId)
            .set("gpus", req.gpus)
            .set("model", req.modelId)
            .set("precision", r.precisionUsed)
            .set("scenario", req.scenario);
        if (req.scenario == "user-speed")
            v.set("user_tokens_per_s_requested", req.userTokensPerS);
        v.set("tokens_per_second", r.tokensPerSecond)
            .set("tokens_per_second_per_gpu", r.tokensPerSecondPerGpu)
            .set("tokens_per_second_per_user", r.tokensPerSecondPerUser)
            .set("ttft_ms", r.ttftMs)
            .set("tpot_ms", r.tpotMs)
            .set("batch_per_replica", r.batch)
            .set("replicas", r.replicas)
            .set("gpus_per_replica", r.gpusPerReplica)
            .set("pipeline_stages", r.pipelineStages)
            .set("prefill_gpus_per_replica", r.prefillGpus)
            .set("idle_gpus", r.idleGpus)
            .set("meets_limits", r.meetsLimits)
            .set("bound_by", r.boundBy)
            .set("weights_gb_per_replica", r.weightsGbPerReplica)
            .set("kv_cache_gb_per_replica", r.kvCacheGbPerReplica)
            .set("confidence", r.confidence)
            .set("error_band_fraction", r.errorBandFraction)
            .set("assumptions", assumptions);
        if (args.has("pareto"))
            v.set("pareto", paretoJson(curve));
        out << json::write(v) << "\n";
        return kExitOk;
    }
    const double band = r.errorBandFraction * 100.0;
    out << "System:        " << req.systemId << ", " << req.gpus << " GPU(s)\n"
        << "Model:         " << req.modelId << " at " << r.precisionUsed << ", " << service << "\n"
        << "Tokens/s:      " << fixed(r.tokensPerSecond, 0) << " (+/- " << fixed(band, 0) << " %, "
        << r.confidence << ")\n"
        << "Tokens/s/GPU:  " << fixed(r.tokensPerSecondPerGpu, 1) << "\n"
        << "Tokens/s/user: " << fixed(r.tokensPerSecondPerUser, 1) << "\n"
        << "p99 TTFT:      " << fixed(r.ttftMs, 1) << " ms\n"
        << "p99 TPOT:      " << fixed(r.tpotMs, 1) << " ms\n"
        << "Replicas:      " << r.replicas << " x " << r.gpusPerReplica << " GPU(s)";
    if (r.pipelineStages > 1)
        out << " (" << r.pipelineStages << " pipeline stages)";
    out << ", batch " << fixed(r.batch, 0) << " per replica, " << r.boundBy << " bound\n";
    if (args.has("pareto")) {
        out << "Pareto curve (tokens/s per GPU against tokens/s per user):\n"
            << "  tok/s/user  tok/s/GPU    batch  GPUs/replica  p99 TTFT ms  p99 TPOT ms\n";
        for (const ParetoPoint& p : curve) {
            out << "  " << padded(fixed(p.tokensPerSecondPerUser, 1), 10) << ' '
                << padded(fixed(p.tokensPerSecondPerGpu, 1), 10) << ' '
                << padded(fixed(p.batch, 1), 8) << ' '
                << padded(std::to_string(p.gpusPerReplica), 13) << ' '
                << padded(fixed(p.ttftMs, 1), 12) << ' ' << padded(fixed(p.tpotMs, 1), 12) << '\n';
        }
    }
    out << "Assumptions:\n";
    for (const auto& a : r.assumptions)
        out << "  - " << a << "\n";
    return kExitOk;
}

} // namespace

Command estimateInferenceCommand() {
    Command c;
    c.name = "estimate-inference";
    c.summary =
        AIFP_TRANSLATE_NOOP("Cli", "Estimate LLM serving throughput and latency on a GPU system");
    c.usage = "aifp-cli estimate-inference --system ID --gpus N (--model ID | --model-config "
              "FILE) --precision fp4|fp8|bf16 (--scenario offline|server|interactive | "
              "--tokens-per-user N | --tpot-ms X) [--pareto] [--format text|json]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Analytical estimate calibrated against MLPerf Inference (docs/estimation.md): output\n"
        "tokens/s of N GPUs of catalog system ID (part of one system or several), p99 time to\n"
        "first token and per output token, under the MLPerf scenario's latency limits or at a\n"
        "speed each user gets (--tokens-per-user, --tpot-ms). --pareto adds the curve of\n"
        "tokens/s per GPU against tokens/s per user over batch sizes. Models: the shipped\n"
        "library (resources/models.json and resources/models/*.json), another models file\n"
        "(--models) or a Hugging Face config.json (--model-config). Exit code 2 with one line\n"
        "on stderr on bad input, including a model that does not fit in the GPUs' memory.");
    c.options = {
        {"system", "ID",
         AIFP_TRANSLATE_NOOP("Cli", "catalog system id, e.g. gb200-nvl72, dgx-h100")},
        {"gpus", "N", AIFP_TRANSLATE_NOOP("Cli", "number of GPUs")},
        {"model", "ID", AIFP_TRANSLATE_NOOP("Cli", "model id, e.g. llama2-70b, kimi-k2")},
        {"model-config", "FILE",
         AIFP_TRANSLATE_NOOP("Cli", "a Hugging Face config.json to estimate instead of --model")},
        {"models", "FILE",
         AIFP_TRANSLATE_NOOP("Cli",
                             "an aifp-models file to read model ids from (default: shipped)")},
        {"precision", "P", AIFP_TRANSLATE_NOOP("Cli", "fp4, fp8 or bf16")},
        {"scenario", "S",
         AIFP_TRANSLATE_NOOP("Cli", "offline, server or interactive (MLPerf latency limits)")},
        {"tokens-per-user", "N",
         AIFP_TRANSLATE_NOOP("Cli", "output tokens/s each user gets (instead of --scenario)")},
        {"tpot-ms", "X",
         AIFP_TRANSLATE_NOOP("Cli", "mean time per output token each user gets, ms")},
        {"pareto", "",
         AIFP_TRANSLATE_NOOP("Cli",
                             "add tokens/s per GPU against tokens/s per user over batch sizes")},
        {"input-tokens", "N",
         AIFP_TRANSLATE_NOOP("Cli",
                             "mean prompt tokens per request (default: the model's workload)")},
        {"output-tokens", "N",
         AIFP_TRANSLATE_NOOP("Cli",
                             "mean output tokens per request (default: the model's workload)")},
        {"kv-precision", "P",
         AIFP_TRANSLATE_NOOP("Cli",
                             "KV-cache precision fp4, fp8 or bf16 (default fp8; bf16 at bf16)")},
        {"draft-tokens", "K",
         AIFP_TRANSLATE_NOOP("Cli",
                             "speculative decoding / MTP draft tokens per step (default 0)")},
        {"draft-acceptance", "A",
         AIFP_TRANSLATE_NOOP("Cli",
                             "acceptance rate of each draft token (default 0.7, assumption)")},
        {"disaggregated", "",
         AIFP_TRANSLATE_NOOP("Cli", "prefill on separate GPUs (disaggregated prefill/decode)")},
        {"format", "text|json", AIFP_TRANSLATE_NOOP("Cli", "output format (default text)")}};
    c.minPositional = c.maxPositional = 0;
    c.run = runEstimateInference;
    return c;
}

} // namespace aifp::cli
