#include "core/cli/Commands.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/util/Json.hpp"
#include <cstdio>

namespace aifp::cli {

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string required(const Args& args, const std::string& name) {
    if (!args.has(name))
        throw UsageError("--" + name + " is required");
    return args.value(name);
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
    req.modelId = required(args, "model");
    req.precision = required(args, "precision");
    req.scenario = required(args, "scenario");
    InferenceResult r;
    try {
        r = estimateInference(req);
    } catch (const InferenceError& e) {
        throw UsageError(e.what());
    }
    if (format == "json") {
        json::Value assumptions = json::Value::array();
        for (const auto& a : r.assumptions)
            assumptions.push(a);
        json::Value v = json::Value::object();
        v.set("system", req.systemId)
            .set("gpus", req.gpus)
            .set("model", req.modelId)
            .set("precision", r.precisionUsed)
            .set("scenario", req.scenario)
            .set("tokens_per_second", r.tokensPerSecond)
            .set("tokens_per_second_per_gpu", r.tokensPerSecondPerGpu)
            .set("ttft_ms", r.ttftMs)
            .set("tpot_ms", r.tpotMs)
            .set("batch_per_replica", r.batch)
            .set("replicas", r.replicas)
            .set("gpus_per_replica", r.gpusPerReplica)
            .set("idle_gpus", r.idleGpus)
            .set("bound_by", r.boundBy)
            .set("confidence", r.confidence)
            .set("error_band_fraction", r.errorBandFraction)
            .set("assumptions", assumptions);
        out << json::write(v) << "\n";
        return kExitOk;
    }
    const double band = r.errorBandFraction * 100.0;
    out << "System:        " << req.systemId << ", " << req.gpus << " GPU(s)\n"
        << "Model:         " << req.modelId << " at " << r.precisionUsed << ", " << req.scenario
        << " scenario\n"
        << "Tokens/s:      " << fixed(r.tokensPerSecond, 0) << " (+/- " << fixed(band, 0) << " %, "
        << r.confidence << ")\n"
        << "Tokens/s/GPU:  " << fixed(r.tokensPerSecondPerGpu, 1) << "\n"
        << "p99 TTFT:      " << fixed(r.ttftMs, 1) << " ms\n"
        << "p99 TPOT:      " << fixed(r.tpotMs, 1) << " ms\n"
        << "Replicas:      " << r.replicas << " x " << r.gpusPerReplica << " GPU(s), batch "
        << fixed(r.batch, 0) << " per replica, " << r.boundBy << " bound\n"
        << "Assumptions:\n";
    for (const auto& a : r.assumptions)
        out << "  - " << a << "\n";
    return kExitOk;
}

} // namespace

Command estimateInferenceCommand() {
    Command c;
    c.name = "estimate-inference";
    c.summary = "Estimate LLM serving throughput and latency on a GPU system";
    c.usage = "aifp-cli estimate-inference --system ID --gpus N --model ID --precision "
              "fp4|fp8|bf16 --scenario offline|server|interactive [--format text|json]";
    c.description =
        "Analytical estimate calibrated against MLPerf Inference (docs/estimation.md): output\n"
        "tokens/s of N GPUs of catalog system ID (part of one system or several), p99 time to\n"
        "first token and per output token, under the MLPerf scenario's latency limits.\n"
        "Models: resources/models.json. Exit code 2 with one line on stderr on bad input,\n"
        "including a model that does not fit in the GPUs' memory.";
    c.options = {{"system", "ID", "catalog system id, e.g. gb200-nvl72, dgx-h100"},
                 {"gpus", "N", "number of GPUs"},
                 {"model", "ID", "model id, e.g. llama2-70b"},
                 {"precision", "P", "fp4, fp8 or bf16"},
                 {"scenario", "S", "offline, server or interactive"},
                 {"format", "text|json", "output format (default text)"}};
    c.minPositional = c.maxPositional = 0;
    c.run = runEstimateInference;
    return c;
}

} // namespace aifp::cli
