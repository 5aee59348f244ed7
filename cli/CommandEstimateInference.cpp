#include "cli/Commands.hpp"
#include "cli/InferenceJson.hpp"
#include "cli/LabelColumn.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/ServingText.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <cstdio>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// The value of an option this command needs: a UsageError when it is absent.
std::string required(const Args& args, const std::string& name) {
    if (!args.has(name))
        throw UsageError("--" + name + " is required");
    return args.value(name);
}

json::Value paretoPointJson(const ParetoPoint& p) {
    return json::object({{"tokens_per_second_per_user", p.tokensPerSecondPerUser},
                         {"tokens_per_second_per_gpu", p.tokensPerSecondPerGpu},
                         {"batch_per_replica", p.batch},
                         {"gpus_per_replica", p.gpusPerReplica},
                         {"ttft_ms", p.ttftMs},
                         {"tpot_ms", p.tpotMs},
                         {"kv_offload_gb", p.kvOffloadGb}});
}

std::string kvOffloadText(const InferenceResult& r) {
    if (r.kvOffloadGbPerReplica <= 0.0)
        return tr("Inference", "not needed (the KV cache fits HBM)");
    return fill(r.kvOffloadHelped
                    ? tr("Inference", "used, %1 GB per replica in host memory, %2 ms per step "
                                      "on the host link")
                    : tr("Inference", "not used (%1 GB per replica in host memory, %2 ms per "
                                      "step on the host link, would give %3 tokens/s)"),
                {fixed(r.kvOffloadGbPerReplica, 1), fixed(r.hostLinkMsPerStep, 1),
                 fixed(r.tokensPerSecondWithOffload, 0)});
}

// --system and --gpus.
void readSystemAndGpus(const Args& args, InferenceRequest& req) {
    req.systemId = required(args, "system");
    required(args, "gpus");
    const long gpus = args.integer("gpus", 0);
    if (gpus <= 0 || gpus > 10'000'000)
        throw UsageError("--gpus: must be a positive number of GPUs (got " + args.value("gpus") +
                         ")");
    req.gpus = static_cast<int>(gpus);
}

// The model: an id of the models file (--models, default the shipped library) or a Hugging Face
// config.json (--model-config). Returns the models file read, if --models gave one.
std::optional<ModelLibrary> readModel(const Args& args, InferenceRequest& req) {
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
    return ownLibrary;
}

// Service level: an MLPerf scenario, or a per-user speed.
void readServiceLevel(const Args& args, InferenceRequest& req) {
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
}

// KV precision, speculative decoding, disaggregation, offload and sequence lengths.
void readServingOptions(const Args& args, ServingOptions& o) {
    o.kvPrecision = args.value("kv-precision");
    o.draftTokens = static_cast<int>(args.integer("draft-tokens"));
    o.draftAcceptance = args.number("draft-acceptance", o.draftTokens > 0 ? 0.7 : 0.0);
    o.disaggregated = args.has("disaggregated");
    o.kvOffload = args.has("kv-offload");
    o.inputTokens = args.number("input-tokens", 0.0);
    o.outputTokens = args.number("output-tokens", 0.0);
    if (args.has("input-tokens") && !(o.inputTokens >= 1))
        throw UsageError("--input-tokens: must be at least 1 (got " + args.value("input-tokens") +
                         ")");
    if (args.has("output-tokens") && !(o.outputTokens >= 1))
        throw UsageError("--output-tokens: must be at least 1 (got " + args.value("output-tokens") +
                         ")");
}

json::Value inferenceJson(const InferenceRequest& req, const InferenceResult& r,
                          const std::vector<ParetoPoint>* curve) {
    json::Value::Object fields = {{"system", req.systemId},
                                  {"gpus", req.gpus},
                                  {"model", req.modelId},
                                  {"precision", r.precisionUsed},
                                  {"scenario", req.scenario}};
    if (req.scenario == "user-speed")
        fields.emplace_back("user_tokens_per_s_requested", req.userTokensPerS);
    fields.insert(fields.end(), {{"tokens_per_second", r.tokensPerSecond},
                                 {"tokens_per_second_per_gpu", r.tokensPerSecondPerGpu},
                                 {"tokens_per_second_per_user", r.tokensPerSecondPerUser},
                                 {"ttft_ms", r.ttftMs},
                                 {"tpot_ms", r.tpotMs},
                                 {"batch_per_replica", r.batch},
                                 {"replicas", r.replicas},
                                 {"gpus_per_replica", r.gpusPerReplica},
                                 {"pipeline_stages", r.pipelineStages},
                                 {"prefill_gpus_per_replica", r.prefillGpus},
                                 {"idle_gpus", r.idleGpus},
                                 {"meets_limits", r.meetsLimits},
                                 {"bound_by", r.boundBy},
                                 {"step_ms", r.stepMs},
                                 {"step_breakdown_ms", stepBreakdownJson(r.step)},
                                 {"weights_gb_per_replica", r.weightsGbPerReplica},
                                 {"kv_cache_gb_per_replica", r.kvCacheGbPerReplica},
                                 {"kv_offload", req.options.kvOffload}});
    // --kv-offload: what offload did.
    if (req.options.kvOffload)
        fields.insert(fields.end(),
                      {{"kv_offload_helped", r.kvOffloadHelped},
                       {"kv_offload_gb", r.kvOffloadGbPerReplica},
                       {"host_link_ms_per_step", r.hostLinkMsPerStep},
                       {"tokens_per_second_with_offload", r.tokensPerSecondWithOffload}});
    fields.insert(fields.end(), {{"confidence", r.confidence},
                                 {"error_band_fraction", r.errorBandFraction},
                                 {"assumptions", json::arrayOf(r.assumptions)}});
    if (curve)
        fields.emplace_back("pareto", json::arrayOf(*curve, paretoPointJson));
    return json::object(std::move(fields));
}

// The labelled summary lines of the text output.
void writeSummaryText(std::ostream& out, const InferenceRequest& req, const InferenceResult& r) {
    const std::string service =
        req.scenario == "user-speed"
            ? fill(tr("Inference", "%1 tokens/s per user"), {fixed(req.userTokensPerS, 1)})
            : fill(tr("Inference", "%1 scenario"), {req.scenario});
    const double band = r.errorBandFraction * 100.0;
    std::vector<std::pair<const char*, std::string>> rows = {
        {AIFP_TRANSLATE_NOOP("Inference", "System:"),
         fill(tr("Inference", "%1, %2 GPU(s)"), {req.systemId, std::to_string(req.gpus)})},
        {AIFP_TRANSLATE_NOOP("Inference", "Model:"),
         fill(tr("Inference", "%1 at %2, %3"), {req.modelId, r.precisionUsed, service})},
        {AIFP_TRANSLATE_NOOP("Inference", "Tokens/s:"),
         fill(tr("Inference", "%1 (+/- %2 %, %3)"),
              {fixed(r.tokensPerSecond, 0), fixed(band, 0), shownInferenceKeyword(r.confidence)})},
        {AIFP_TRANSLATE_NOOP("Inference", "Tokens/s/GPU:"), fixed(r.tokensPerSecondPerGpu, 1)},
        {AIFP_TRANSLATE_NOOP("Inference", "Tokens/s/user:"), fixed(r.tokensPerSecondPerUser, 1)},
        {AIFP_TRANSLATE_NOOP("Inference", "p99 TTFT:"), fixed(r.ttftMs, 1) + " ms"},
        {AIFP_TRANSLATE_NOOP("Inference", "p99 TPOT:"), fixed(r.tpotMs, 1) + " ms"},
        {AIFP_TRANSLATE_NOOP("Inference", "Replicas:"), replicaShapeText(r, fixed)},
        {AIFP_TRANSLATE_NOOP("Inference", "Mean step:"), stepBreakdownText(r, fixed)},
    };
    if (req.options.kvOffload)
        rows.push_back({AIFP_TRANSLATE_NOOP("Inference", "KV offload:"), kvOffloadText(r)});
    printLabelledRows(out, "Inference", rows);
}

// --pareto as text: right-aligned columns, each as wide as its translated heading needs.
void writeParetoText(std::ostream& out, const std::vector<ParetoPoint>& curve) {
    const std::vector<std::string> heads = {
        tr("Inference", "tok/s/user"),  tr("Inference", "tok/s/GPU"),
        tr("Inference", "batch"),       tr("Inference", "GPUs/replica"),
        tr("Inference", "p99 TTFT ms"), tr("Inference", "p99 TPOT ms")};
    const std::size_t minWidths[] = {10, 10, 8, 13, 12, 12};
    std::vector<std::size_t> widths;
    for (std::size_t i = 0; i < heads.size(); ++i)
        widths.push_back(std::max(minWidths[i], displayWidth(heads[i])));
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string text = " ";
        for (std::size_t i = 0; i < cells.size(); ++i)
            text += " " + padLeftToWidth(cells[i], widths[i]);
        return text + "\n";
    };
    out << tr("Inference", "Pareto curve (tokens/s per GPU against tokens/s per user):") << "\n"
        << line(heads);
    for (const ParetoPoint& p : curve)
        out << line({fixed(p.tokensPerSecondPerUser, 1), fixed(p.tokensPerSecondPerGpu, 1),
                     fixed(p.batch, 1), std::to_string(p.gpusPerReplica), fixed(p.ttftMs, 1),
                     fixed(p.tpotMs, 1)});
}

int runEstimateInference(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    InferenceRequest req;
    readSystemAndGpus(args, req);
    const std::optional<ModelLibrary> ownLibrary = readModel(args, req);
    const ModelLibrary& models = ownLibrary ? *ownLibrary : ModelLibrary::builtin();
    req.precision = required(args, "precision");
    readServiceLevel(args, req);
    readServingOptions(args, req.options);

    InferenceResult r;
    std::vector<ParetoPoint> curve;
    refusalAsUsage<InferenceError>([&] {
        r = estimateInference(req, Catalog::builtin(), models);
        if (args.has("pareto"))
            curve = paretoCurve(req, Catalog::builtin(), models);
    });
    if (format == "json") {
        printJson(out, inferenceJson(req, r, args.has("pareto") ? &curve : nullptr));
        return kExitOk;
    }
    writeSummaryText(out, req, r);
    if (args.has("pareto"))
        writeParetoText(out, curve);
    out << tr("Inference", "Assumptions:") << "\n";
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
    c.synopsis = "--system ID --gpus N (--model ID | --model-config FILE) --precision "
                 "fp4|fp8|bf16 (--scenario offline|server|interactive | --tokens-per-user N | "
                 "--tpot-ms X)";
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
        {"precision", "fp4|fp8|bf16",
         AIFP_TRANSLATE_NOOP("Cli", "weight and activation precision")},
        {"scenario", "offline|server|interactive",
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
         AIFP_TRANSLATE_NOOP("Cli", "speculative decoding / MTP draft tokens per step"), false,
         "0"},
        {"draft-acceptance", "A",
         AIFP_TRANSLATE_NOOP("Cli",
                             "acceptance rate of each draft token (default 0.7, assumption)")},
        {"disaggregated", "",
         AIFP_TRANSLATE_NOOP("Cli", "prefill on separate GPUs (disaggregated prefill/decode)")},
        {"kv-offload", "",
         AIFP_TRANSLATE_NOOP("Cli", "let KV cache beyond HBM live in host memory (used only when "
                                    "it raises tokens/s)")},
        formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 0;
    c.run = runEstimateInference;
    return c;
}

} // namespace aifp::cli
