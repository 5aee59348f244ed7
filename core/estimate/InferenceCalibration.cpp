#include "core/estimate/InferenceCalibration.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <utility>

namespace aifp {

namespace {

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            out.push_back(cur);
            cur.clear();
        } else if (c != '\r')
            cur += c;
    }
    out.push_back(cur);
    return out;
}

bool contains(const std::string& s, const char* part) {
    return s.find(part) != std::string::npos;
}

// Benchmark system strings -> catalog system ids. Lenovo SR680a/SR780a V3 are 8x B200-SXM-180GB
// HGX servers like the DGX B200, so they map to dgx-b200.
std::string mapSystem(const std::string& s) {
    if (contains(s, "MI300X") || contains(s, "MI355X"))
        return {};
    if (contains(s, "GB200 NVL72"))
        return "gb200-nvl72";
    if (contains(s, "B200-SXM-180GB"))
        return "dgx-b200";
    if (contains(s, "H100-SXM-80GB"))
        return "dgx-h100";
    if (contains(s, "H200-SXM-141GB"))
        return "dgx-h200";
    return {};
}

// The first name of a (published name, our id) table equal to `name`, else "".
std::string lookUp(std::initializer_list<std::pair<const char*, const char*>> table,
                   const std::string& name) {
    for (const auto& [published, id] : table)
        if (name == published)
            return id;
    return {};
}

std::string mapModel(const std::string& m) {
    return lookUp({{"Llama-2-70B", "llama2-70b"},
                   {"Llama-3.1-405B", "llama3.1-405b"},
                   {"DeepSeek-R1", "deepseek-r1"},
                   {"Mixtral-8x7B", "mixtral-8x7b"}},
                  m);
}

std::string mapScenario(const std::string& s) {
    return lookUp({{"Offline", "offline"}, {"Server", "server"}, {"Interactive", "interactive"}},
                  s);
}

void mapRow(BenchmarkRow& m, const std::vector<std::string>& f) {
    const std::string& gpus = f[1];
    const std::string& model = f[2];
    const std::string& precision = f[4];
    const std::string& scenario = f[5];
    if (m.metric != "throughput_system" && m.metric != "ttft_p99" && m.metric != "tpot_p99") {
        m.skipReason = "metric '" + m.metric + "' is not an estimator output";
        return;
    }
    m.request.systemId = mapSystem(m.system);
    if (m.request.systemId.empty()) {
        m.skipReason = "system not in the catalog (AMD entries lack an FP8 peak: "
                       "reference-data.md 1.1 marks it UNVERIFIED)";
        return;
    }
    m.request.modelId = mapModel(model);
    m.request.scenario = mapScenario(scenario);
    if (m.request.modelId.empty() || m.request.scenario.empty()) {
        m.skipReason = "not an MLPerf scenario/model of models.json (" + scenario + ")";
        return;
    }
    if (precision != "fp4" && precision != "fp8" && precision != "bf16") {
        m.skipReason = "precision '" + precision + "' unverified";
        return;
    }
    m.request.precision = precision;
    int n = 0;
    const auto [end, ec] = std::from_chars(gpus.data(), gpus.data() + gpus.size(), n);
    if (ec != std::errc() || end != gpus.data() + gpus.size() || n <= 0) {
        m.skipReason = "GPU count '" + gpus + "' is not a plain count";
        return;
    }
    m.request.gpus = n;
    if (contains(m.system, "UNVERIFIED") || contains(scenario, "UNVERIFIED"))
        m.skipReason = "unverified submission";
}

// Calls `perLine(fields, where, line)` for every data line of a CSV file whose first line is a
// header; `where` is "file:line". Throws InferenceError naming the file when it cannot be read
// (`what` says which file it is) and the line when it has fewer than `fieldCount` fields (or more,
// when `exactCount`: later fields of the benchmark file are free text).
template <typename PerLine>
void forEachCsvLine(const std::string& csvPath, const std::string& what, std::size_t fieldCount,
                    bool exactCount, PerLine perLine) {
    std::ifstream in(csvPath, std::ios::binary);
    if (!in)
        throw InferenceError(csvPath + ": cannot open the " + what);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (n == 1 || line.empty() || line == "\r")
            continue;
        const auto f = splitCsv(line);
        const std::string where = csvPath + ":" + std::to_string(n);
        if (f.size() < fieldCount || (exactCount && f.size() != fieldCount))
            throw InferenceError(where + ": expected " + std::to_string(fieldCount) +
                                 " fields, got " + std::to_string(f.size()));
        perLine(f, where, n);
    }
}

} // namespace

std::vector<BenchmarkRow> loadBenchmarkRows(const std::string& csvPath) {
    std::vector<BenchmarkRow> rows;
    forEachCsvLine(
        csvPath, "benchmark file", 10, false,
        [&](const auto& f, const std::string& where, int line) {
            BenchmarkRow r;
            r.line = line;
            r.system = f[0];
            r.model = f[2];
            r.scenario = f[5];
            r.metric = f[6];
            const std::string& v = f[7];
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), r.measured);
            if (ec != std::errc() || end != v.data() + v.size())
                throw InferenceError(where + ": field 'value' is not a number ('" + v + "')");
            r.round = contains(f[9], "v5.1") ? "v5.1" : contains(f[9], "v4.1") ? "v4.1" : "";
            mapRow(r, f);
            rows.push_back(std::move(r));
        });
    return rows;
}

namespace {

// One integer field of the configuration file, at least `min`.
int configInt(const std::string& v, const char* field, int min, const std::string& where) {
    int n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < min)
        throw InferenceError(where + ": field '" + field + "' must be an integer >= " +
                             std::to_string(min) + " (got '" + v + "')");
    return n;
}

// The configuration on one line of the file (its fields `f`), checked against the row it matches.
SubmittedConfig parseConfig(const std::vector<std::string>& f, int rowGpus,
                            const std::string& where) {
    SubmittedConfig c;
    const int gpus = configInt(f[4], "gpus", 1, where);
    c.tensorParallel = configInt(f[5], "tp", 1, where);
    c.pipelineStages = configInt(f[6], "pp", 1, where);
    const int ep = configInt(f[7], "ep", 1, where);
    if (f[8] != "yes" && f[8] != "no")
        throw InferenceError(where + ": field 'attention_dp' must be yes or no (got '" + f[8] +
                             "')");
    c.dataParallelAttention = f[8] == "yes";
    const int instances = configInt(f[9], "instances", 1, where);
    if (configInt(f[10], "mtp", 0, where) != 0)
        throw InferenceError(where + ": field 'mtp': no acceptance rate is sourced for draft "
                                     "tokens in a submission; the evaluation scores none");
    c.maxBatch = configInt(f[11], "max_batch", 1, where);
    c.maxNumTokens = configInt(f[12], "max_num_tokens", 1, where);
    // The estimator spreads experts over the tensor-parallel GPUs of a stage (expert parallel =
    // tensor parallel); dense models have no experts to spread.
    if (ep != 1 && ep != c.tensorParallel)
        throw InferenceError(where + ": field 'ep' must be 1 or equal to tp (got " +
                             std::to_string(ep) + ")");
    if (gpus != rowGpus || instances * c.tensorParallel * c.pipelineStages != gpus)
        throw InferenceError(where + ": field 'instances': " + std::to_string(instances) +
                             " x tp " + std::to_string(c.tensorParallel) + " x pp " +
                             std::to_string(c.pipelineStages) + " is not the row's " +
                             std::to_string(rowGpus) + " GPU(s)");
    return c;
}

// A positive number in field `name` of a run-statistics line.
double runField(const std::string& text, const std::string& name, const std::string& where) {
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !(v > 0.0))
        throw InferenceError(where + ": field '" + name + "' is not a positive number ('" + text +
                             "')");
    return v;
}

} // namespace

int attachSubmittedConfigs(std::vector<BenchmarkRow>& rows, const std::string& csvPath) {
    int attached = 0;
    forEachCsvLine(
        csvPath, "submission configuration file", 14, true,
        [&](const auto& f, const std::string& where, int) {
            int matched = 0;
            for (BenchmarkRow& r : rows) {
                if (r.system != f[0] || r.model != f[1] || r.scenario != f[2] || r.round != f[3])
                    continue;
                ++matched;
                if (!r.skipReason.empty() || f[5].empty()) // not estimated, or not published
                    continue;
                r.request.options.submitted = parseConfig(f, r.request.gpus, where);
                ++attached;
            }
            if (matched == 0)
                throw InferenceError(where + ": no benchmark row has system '" + f[0] +
                                     "', model '" + f[1] + "', scenario '" + f[2] +
                                     "' and round '" + f[3] + "'");
        });
    return attached;
}

int attachRunOperatingPoints(std::vector<BenchmarkRow>& rows, const std::string& csvPath) {
    int attached = 0;
    forEachCsvLine(
        csvPath, "run statistics file", 12, true,
        [&](const auto& f, const std::string& where, int) {
            RunOperatingPoint op;
            op.samplesPerS = runField(f[5], "samples_per_s", where);
            op.tokensPerS = runField(f[6], "tokens_per_s", where);
            op.meanLatencyMs = runField(f[7], "mean_latency_ms", where);
            op.meanTtftMs = runField(f[8], "mean_ttft_ms", where);
            op.meanTpotMs = runField(f[9], "mean_tpot_ms", where);
            op.p99TpotMs = runField(f[10], "p99_tpot_ms", where);
            BenchmarkRow* row = nullptr;
            for (BenchmarkRow& r : rows)
                if (r.system == f[0] && r.model == f[1] && r.scenario == f[2] && r.round == f[3] &&
                    r.metric == "throughput_system")
                    row = &r;
            if (!row)
                throw InferenceError(where + ": no throughput row has system '" + f[0] +
                                     "', model '" + f[1] + "', scenario '" + f[2] +
                                     "' and round '" + f[3] + "'");
            if (std::fabs(op.tokensPerS / row->measured - 1.0) > 1e-3) {
                char published[32];
                const auto end =
                    std::to_chars(published, published + sizeof published, row->measured).ptr;
                throw InferenceError(where + ": field 'tokens_per_s': " + f[6] +
                                     " is not the published throughput " +
                                     std::string(published, end) + " (line " +
                                     std::to_string(row->line) + " of the benchmark file)");
            }
            row->operatingPoint = op;
            ++attached;
        });
    return attached;
}

double estimatedMetric(const InferenceResult& res, const std::string& metric) {
    if (metric == "throughput_system")
        return res.tokensPerSecond;
    if (metric == "ttft_p99")
        return res.ttftMs;
    return res.tpotMs;
}

double calibrationLoss(const std::vector<const BenchmarkRow*>& rows, const Catalog& catalog,
                       const ModelLibrary& models, const InferenceParameters& params) {
    double thr = 0.0, lat = 0.0, worst = 0.0;
    int nThr = 0, nLat = 0;
    for (const BenchmarkRow* r : rows) {
        double err = 0.0;
        try {
            const InferenceResult res = estimateInference(r->request, catalog, models, params);
            err = std::fabs(std::log(estimatedMetric(res, r->metric) / r->measured));
            if (!std::isfinite(err))
                err = 5.0;
        } catch (const InferenceError&) {
            err = 5.0; // a model that no longer fits: far off
        }
        if (r->metric == "throughput_system") {
            thr += err;
            worst = std::max(worst, err);
            ++nThr;
        } else {
            lat += err;
            ++nLat;
        }
    }
    double loss = (nThr ? thr / nThr : 0.0) + 0.5 * (nLat ? lat / nLat : 0.0);
    loss += 2.0 * std::max(0.0, worst - std::log(1.4));
    return loss;
}

InferenceParameters fitInferenceParameters(const std::vector<const BenchmarkRow*>& rows,
                                           const Catalog& catalog, const ModelLibrary& models) {
    // Neutral start and physical ranges (docs/estimation.md "Calibration"): HBM efficiency
    // 0.7-0.92 (reference-data.md 5.3 quotes 0.8-0.9 for large reads, Azure measured 0.92), FP4
    // tensor efficiency 0.15-0.8 (every fold holds FP4 rows, so it is always constrained; FP8/BF16
    // use the measured figure, InferenceEstimator.cpp), MoE half-efficiency 4-1024 tokens per
    // expert, link efficiency 0.1-0.9, step overhead 0.5-5 ms (a CUDA-graph decode step spends
    // ~1-5 ms on launch, sampling and scheduling: assumption; wider, the fit absorbs effects that
    // do not carry over and caps every user at 1 / t0 tokens/s), collective latency 2-50 us (NCCL
    // small-message all-reduce on NVLink ~10-30 us), squared coefficient of variation of output
    // lengths 0.25-4 (1 = exponential; a mix of short answers and long reasoning traces is wider:
    // assumption).
    struct Range {
        double start, lo, hi;
    };
    const std::array<Range, 7> ranges{{{0.8, 0.7, 0.92},
                                       {0.5, 0.15, 0.8},
                                       {64.0, 4.0, 1024.0},
                                       {0.5, 0.1, 0.9},
                                       {0.002, 0.0005, 0.005},
                                       {20e-6, 2e-6, 50e-6},
                                       {1.0, 0.25, 4.0}}};
    auto toParams = [](const std::array<double, 7>& x) {
        return InferenceParameters{x[0], x[1], x[2], x[3], x[4], x[5], x[6]};
    };
    // Coordinate search in log space: try each parameter up and down by delta, halve delta when
    // no move helps. Started from five points; the best end point wins (the loss has shallow
    // valleys along t0 / HBM efficiency).
    auto descend = [&](std::array<double, 7> x, double& best) {
        best = calibrationLoss(rows, catalog, models, toParams(x));
        double delta = 0.4;
        for (int pass = 0; pass < 400 && delta > 0.004; ++pass) {
            bool improved = false;
            for (std::size_t i = 0; i < x.size(); ++i) {
                for (double sign : {1.0, -1.0}) {
                    std::array<double, 7> y = x;
                    y[i] = std::clamp(x[i] * std::exp(sign * delta), ranges[i].lo, ranges[i].hi);
                    if (y[i] == x[i])
                        continue;
                    const double loss = calibrationLoss(rows, catalog, models, toParams(y));
                    if (loss < best - 1e-12) {
                        best = loss;
                        x = y;
                        improved = true;
                        break;
                    }
                }
            }
            if (!improved)
                delta *= 0.5;
        }
        return x;
    };
    std::array<double, 7> x{};
    double bestLoss = std::numeric_limits<double>::infinity();
    // Starts: the neutral point, then all parameters a quarter and three quarters of the way
    // (in log space) from their low to their high end, then the two alternating mixes.
    for (int start = 0; start < 5; ++start) {
        std::array<double, 7> x0{};
        for (std::size_t i = 0; i < x0.size(); ++i) {
            const double f = start == 1   ? 0.25
                             : start == 2 ? 0.75
                             : start == 3 ? (i % 2 ? 0.25 : 0.75)
                                          : (i % 2 ? 0.75 : 0.25);
            x0[i] = start == 0 ? ranges[i].start
                               : ranges[i].lo * std::pow(ranges[i].hi / ranges[i].lo, f);
        }
        double loss = 0.0;
        const std::array<double, 7> end = descend(x0, loss);
        if (loss < bestLoss) {
            bestLoss = loss;
            x = end;
        }
    }
    return toParams(x);
}

} // namespace aifp
