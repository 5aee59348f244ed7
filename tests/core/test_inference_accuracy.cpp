// Out-of-sample accuracy of the inference estimator against the published MLPerf rows of
// docs/reference/benchmarks.csv (resources/reference/benchmarks.csv is the same file).
//
// The shared parameters are refitted (fitInferenceParameters) without the held-out rows for each
// fold of two cross-validations:
//   - leave one system out: the rows of one catalog system (dgx-h100, dgx-h200, dgx-b200,
//     gb200-nvl72) are predicted by parameters fitted to the other systems only;
//   - leave one MLPerf round out: the v4.1 rows are predicted from a v5.1-only fit and back.
// Targets (issue 18), all on out-of-sample errors of both cross-validations: median |throughput
// error| <= 15 %, every throughput row within a factor of 1.5, median |p99 latency error| <= 30 %.
// The table printed here is the one in docs/estimation.md "Accuracy".
//
// Every row is scored as it ran: in the replica shape, step token budget and batch limit its
// submission published (docs/reference/mlperf-submission-configs.csv; the 5 rows without a
// published configuration in the estimator's best shape), so the fit and the folds measure the
// physics, not the choice of deployment. Diagnostic (printed, not the headline): both
// cross-validations rerun with the shape alone and with every row in the estimator's best shape
// (docs/estimation.md "Scored under the submitted configuration").
//
// The calibration and the estimator agree: the full-data fit is rerun and the parameters compiled
// into the estimator (calibratedInferenceParameters) must reproduce its predictions within 0.5 %
// on every row. The error band shown to users must cover the cross-validated median.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceCalibration.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace aifp;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    if (n == 0)
        return 0.0;
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

struct Errors {
    std::vector<double> thr, lat; // |relative error|
    double worstRatio = 1.0;      // max(est/meas, meas/est) over throughput rows
    void add(const std::string& metric, double est, double meas) {
        const double e = std::fabs(est / meas - 1.0);
        if (metric == "throughput_system") {
            thr.push_back(e);
            worstRatio = std::max(worstRatio, std::max(est / meas, meas / est));
        } else {
            lat.push_back(e);
        }
    }
};

double predict(const BenchmarkRow& r, const InferenceParameters& p) {
    return estimatedMetric(
        estimateInference(r.request, Catalog::builtin(), ModelLibrary::builtin(), p), r.metric);
}

// One cross-validation: the rows grouped by `held`, each group predicted by parameters refitted
// to the others. Fills the out-of-sample estimate of every row (by line) and the errors.
struct CrossValidation {
    std::map<int, double> estimate;
    Errors err;
};
template <class Held>
CrossValidation crossValidate(const std::vector<const BenchmarkRow*>& rows, Held held,
                              const char* what) {
    CrossValidation cv;
    std::map<std::string, std::vector<const BenchmarkRow*>> groups;
    for (const BenchmarkRow* r : rows)
        groups[held(*r)].push_back(r);
    for (const auto& [key, test] : groups) {
        std::vector<const BenchmarkRow*> train;
        for (const BenchmarkRow* r : rows)
            if (held(*r) != key)
                train.push_back(r);
        const InferenceParameters p =
            fitInferenceParameters(train, Catalog::builtin(), ModelLibrary::builtin());
        std::printf("%s fold '%s' (%zu held out, %zu fitted): bw %.3f mfu_fp4 %.3f moe "
                    "%.1f comm %.3f t0 %.2f ms latency %.1f us output_cv2 %.2f\n",
                    what, key.c_str(), test.size(), train.size(), p.hbmBandwidthEfficiency,
                    p.mfuFp4, p.moeHalfEfficiencyTokens, p.commEfficiency, p.stepOverheadS * 1000,
                    p.collectiveLatencyS * 1e6, p.outputLengthCv2);
        for (const BenchmarkRow* r : test) {
            const double est = predict(*r, p);
            cv.estimate[r->line] = est;
            cv.err.add(r->metric, est, r->measured);
        }
    }
    return cv;
}

std::string systemOf(const BenchmarkRow& r) {
    return r.request.systemId;
}
std::string roundOf(const BenchmarkRow& r) {
    return r.round;
}

// The throughput rows furthest off, estimate against measurement, worst first.
void printWorstRows(const char* what, const std::vector<const BenchmarkRow*>& rows,
                    const std::map<int, double>& est) {
    std::vector<std::pair<double, const BenchmarkRow*>> v;
    for (const BenchmarkRow* r : rows)
        if (r->metric == "throughput_system") {
            const double q = est.at(r->line) / r->measured;
            v.emplace_back(std::max(q, 1.0 / q), r);
        }
    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
        return x.first > y.first || (x.first == y.first && x.second->line < y.second->line);
    });
    std::printf("%s, worst throughput rows:\n", what);
    for (std::size_t i = 0; i < std::min<std::size_t>(4, v.size()); ++i) {
        const BenchmarkRow& r = *v[i].second;
        std::printf("  line %d %s %d GPU %s %s: estimated %.0f, measured %.0f tokens/s "
                    "(%.2fx)\n",
                    r.line, r.request.systemId.c_str(), r.request.gpus, r.request.modelId.c_str(),
                    r.request.scenario.c_str(), est.at(r.line), r.measured,
                    est.at(r.line) / r.measured);
    }
}

void printSummary(const char* what, const Errors& e) {
    std::printf("%-22s throughput median |error| %5.1f %%, worst ratio %.2fx; p99 "
                "latency median |error| %5.1f %%\n",
                what, median(e.thr) * 100, e.worstRatio, median(e.lat) * 100);
}

// A file of a header and `line`, read by `attach` onto the benchmark rows, must be refused with
// one line that starts with the file name and line number and names `expected`.
void expectOneLineError(int (*attach)(std::vector<BenchmarkRow>&, const std::string&),
                        const QString& line, const QString& expected) {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("lines.csv").toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        out << "header\n" << line.toStdString() << "\n";
    }
    std::vector<BenchmarkRow> rows =
        loadBenchmarkRows(std::string(AIFP_RESOURCES_DIR) + "/reference/benchmarks.csv");
    try {
        attach(rows, path);
        QFAIL("no error");
    } catch (const InferenceError& e) {
        const std::string what = e.what();
        QVERIFY2(what.rfind(path + ":2: ", 0) == 0, e.what());
        QVERIFY2(what.find(expected.toStdString()) != std::string::npos, e.what());
        QVERIFY(what.find('\n') == std::string::npos);
    }
}

} // namespace

class TestInferenceAccuracy : public QObject {
    Q_OBJECT

    std::vector<BenchmarkRow> rows_;
    std::vector<const BenchmarkRow*> mapped_;
    InferenceParameters fullFit_{};
    std::map<int, double> loso_, loro_; // line -> out-of-sample estimate
    Errors losoErr_, loroErr_;

private slots:
    void initTestCase() {
        rows_ = loadBenchmarkRows(std::string(AIFP_RESOURCES_DIR) + "/reference/benchmarks.csv");
        attachSubmittedConfigs(rows_, std::string(AIFP_RESOURCES_DIR) +
                                          "/../docs/reference/mlperf-submission-configs.csv");
        for (const BenchmarkRow& r : rows_)
            if (r.skipReason.empty())
                mapped_.push_back(&r);
        fullFit_ = fitInferenceParameters(mapped_, Catalog::builtin(), ModelLibrary::builtin());
        CrossValidation loso = crossValidate(mapped_, systemOf, "leave-one-system-out");
        CrossValidation loro = crossValidate(mapped_, roundOf, "leave-one-round-out");
        loso_ = std::move(loso.estimate);
        losoErr_ = loso.err;
        loro_ = std::move(loro.estimate);
        loroErr_ = loro.err;
    }

    void csvIsThere() {
        // 66 lines: header + 65 rows.
        QCOMPARE(static_cast<int>(rows_.size()), 65);
        // 27 throughput rows of NVIDIA systems + 26 p99 latency rows map (AMD, per-GPU and
        // unverified rows skip), in two MLPerf rounds.
        int thr = 0, lat = 0, v41 = 0, v51 = 0;
        for (const BenchmarkRow* r : mapped_) {
            (r->metric == "throughput_system" ? thr : lat)++;
            v41 += r->round == "v4.1";
            v51 += r->round == "v5.1";
        }
        QCOMPARE(thr, 27);
        QCOMPARE(lat, 26);
        QCOMPARE(v41 + v51, thr + lat); // every mapped row belongs to a round
    }

    // The parameters compiled into the estimator are the full-data fit (to 0.5 % on every row).
    void shippedParametersAreTheFit() {
        const InferenceParameters& shipped = calibratedInferenceParameters();
        std::printf("full fit: {%.6g, %.6g, %.6g, %.6g, %.6g, %.6g, %.6g}\n",
                    fullFit_.hbmBandwidthEfficiency, fullFit_.mfuFp4,
                    fullFit_.moeHalfEfficiencyTokens, fullFit_.commEfficiency,
                    fullFit_.stepOverheadS, fullFit_.collectiveLatencyS, fullFit_.outputLengthCv2);
        for (const BenchmarkRow* r : mapped_) {
            const double a = predict(*r, fullFit_), b = predict(*r, shipped);
            QVERIFY2(std::fabs(b / a - 1.0) <= 0.005,
                     qPrintable(QString("line %1 %2: fit %3, shipped %4")
                                    .arg(r->line)
                                    .arg(QString::fromStdString(r->metric))
                                    .arg(a)
                                    .arg(b)));
        }
    }

    void outOfSampleTable() {
        std::printf("\n| line | system | GPUs | model | scenario | metric | measured | in-sample | "
                    "leave-system-out | leave-round-out |\n|---|---|---|---|---|---|---|---|---|"
                    "---|\n");
        Errors inSample;
        for (const BenchmarkRow* r : mapped_) {
            const double in = predict(*r, calibratedInferenceParameters());
            inSample.add(r->metric, in, r->measured);
            auto pct = [&](double est) { return (est / r->measured - 1.0) * 100.0; };
            std::printf("| %d | %s | %d | %s | %s | %s | %.1f | %+.0f %% | %+.0f %% | %+.0f %% |\n",
                        r->line, r->request.systemId.c_str(), r->request.gpus,
                        r->request.modelId.c_str(), r->request.scenario.c_str(), r->metric.c_str(),
                        r->measured, pct(in), pct(loso_.at(r->line)), pct(loro_.at(r->line)));
        }
        std::printf("\nSkipped rows:\n");
        for (const BenchmarkRow& r : rows_)
            if (!r.skipReason.empty())
                std::printf("  line %d (%s, %s): %s\n", r.line, r.system.c_str(), r.metric.c_str(),
                            r.skipReason.c_str());
        std::printf("\n");
        printWorstRows("leave-one-system-out", mapped_, loso_);
        printWorstRows("leave-one-round-out", mapped_, loro_);
        std::printf("\n");
        printSummary("in-sample", inSample);
        printSummary("leave-one-system-out", losoErr_);
        printSummary("leave-one-round-out", loroErr_);
        std::fflush(stdout);
        QCOMPARE(losoErr_.thr.size() + losoErr_.lat.size(), mapped_.size());
        QCOMPARE(loroErr_.thr.size() + loroErr_.lat.size(), mapped_.size());
    }

    void outOfSampleTargets_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("leave-one-system-out") << 0;
        QTest::newRow("leave-one-round-out") << 1;
    }
    void outOfSampleTargets() {
        QFETCH(int, which);
        const Errors& e = which == 0 ? losoErr_ : loroErr_;
        QVERIFY2(median(e.thr) <= 0.15,
                 qPrintable(QString("throughput median %1").arg(median(e.thr))));
        QVERIFY2(e.worstRatio <= 1.5, qPrintable(QString("worst ratio %1").arg(e.worstRatio)));
        QVERIFY2(median(e.lat) <= 0.30,
                 qPrintable(QString("p99 latency median %1").arg(median(e.lat))));
    }

    // Per-user speed, out of sample (never fitted): InferenceX DeepSeek-R1-0528 at 125 tokens/s
    // per user, 1k/1k tokens, MTP and disaggregated prefill (benchmarks.csv lines 63-64). MTP is
    // modelled as one draft token accepted with probability 0.85 (DeepSeek-V3 technical report,
    // arXiv 2412.19437 sec. 5.4.3: 85-90 % for the second token). Within the 1.5x, although
    // the rows come from another serving stack (Dynamo, expert load balancing) than MLPerf's.
    void perUserSpeedRows_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("measuredPerGpu");
        QTest::newRow("line 63 gb200-nvl72") << 63 << "gb200-nvl72" << 72 << 4130.0;
        QTest::newRow("line 64 dgx-b200") << 64 << "dgx-b200" << 8 << 941.0;
    }
    void perUserSpeedRows() {
        QFETCH(int, line);
        QFETCH(QString, system);
        QFETCH(int, gpus);
        QFETCH(double, measuredPerGpu);
        const std::string sys = system.toStdString();
        struct Case {
            int line;
            const char* system;
            int gpus;
            double measuredPerGpu;
        };
        for (const Case& c : {Case{line, sys.c_str(), gpus, measuredPerGpu}}) {
            InferenceRequest req{c.system, c.gpus, "deepseek-r1", "fp4", "user-speed", 125.0};
            req.options.inputTokens = 1024;
            req.options.outputTokens = 1024;
            req.options.draftTokens = 1;
            req.options.draftAcceptance = 0.85;
            req.options.disaggregated = true;
            const InferenceResult r = estimateInference(req);
            const double ratio = r.tokensPerSecondPerGpu / c.measuredPerGpu;
            std::printf("line %d %s at 125 tok/s/user: measured %.0f, estimated %.0f tok/s/GPU "
                        "(%+.0f %%)\n",
                        c.line, c.system, c.measuredPerGpu, r.tokensPerSecondPerGpu,
                        (ratio - 1.0) * 100.0);
            QVERIFY(r.meetsLimits);
            // Known miss, the 8-GPU HGX B200: 125 tokens/s per user leaves a 14.8 ms step (1.85
            // tokens per step with MTP); the fitted expert padding (n_half rows for each of the
            // ~250 experts a step of 60 users touches, over 8 GPUs) and t0 fill it at a few users,
            // where Dynamo serves about 60 per GPU; see docs/estimation.md.
            QEXPECT_FAIL("line 64 dgx-b200", "125 tok/s/user reached only at a small batch", Abort);
            QVERIFY2(ratio > 1.0 / 1.5 && ratio < 1.5, qPrintable(QString("ratio %1").arg(ratio)));
        }
    }

    // The +/- band shown to users covers the cross-validated median throughput error.
    void errorBandIsCrossValidated() {
        const InferenceResult r = estimateInference(mapped_.front()->request);
        const double cv = std::max(median(losoErr_.thr), median(loroErr_.thr));
        QVERIFY2(
            r.errorBandFraction >= cv,
            qPrintable(QString("band %1 < cross-validated %2").arg(r.errorBandFraction).arg(cv)));
        // Defined as the cross-validated figure rounded up to 5 %: not more than 5 points above.
        QVERIFY(r.errorBandFraction <= cv + 0.05 + 1e-9);
    }

    // The configurations the submissions published (docs/reference/mlperf-submission-configs.csv):
    // every row that has one is estimated in exactly that replica shape (the headline scoring
    // above), and both cross-validations are rerun, printed as diagnostics, with the submitted
    // shape alone (budget 8,192, no batch limit) and with every row in the estimator's best shape
    // (what a customer estimate quotes: docs/estimation.md "Scored under the submitted
    // configuration").
    void submittedConfigurations() {
        std::vector<BenchmarkRow> rows =
            loadBenchmarkRows(std::string(AIFP_RESOURCES_DIR) + "/reference/benchmarks.csv");
        const int attached =
            attachSubmittedConfigs(rows, std::string(AIFP_RESOURCES_DIR) +
                                             "/../docs/reference/mlperf-submission-configs.csv");
        // 53 mapped rows less the 3 of the GB200 4-GPU interactive Llama-2-70B submission and
        // the 2 of the v4.1 B200 preview, whose configurations were not published.
        QCOMPARE(attached, 48);
        std::vector<const BenchmarkRow*> mapped;
        for (const BenchmarkRow& r : rows) {
            if (!r.skipReason.empty())
                continue;
            mapped.push_back(&r);
            if (!r.request.options.submitted)
                continue;
            const SubmittedConfig& c = *r.request.options.submitted;
            const InferenceResult res = estimateInference(r.request);
            const int g = c.tensorParallel * c.pipelineStages;
            QCOMPARE(res.gpusPerReplica, g);
            QCOMPARE(res.replicas, r.request.gpus / g);
            QCOMPARE(res.pipelineStages, c.pipelineStages);
            QCOMPARE(res.dataParallelAttention, c.dataParallelAttention);
            const double schedulers = c.dataParallelAttention ? c.tensorParallel : 1.0;
            QVERIFY(res.batch <= c.maxBatch * schedulers * (1.0 + 1e-9));
        }
        auto run = [&](const char* what) {
            std::printf("\nscored under the submitted configuration, %s:\n", what);
            // Refitted on every row scored this way (what would be shipped if it were adopted).
            const InferenceParameters full =
                fitInferenceParameters(mapped, Catalog::builtin(), ModelLibrary::builtin());
            std::printf("full fit: bw %.3f mfu_fp4 %.3f moe %.1f comm %.3f t0 %.2f ms latency "
                        "%.1f us output_cv2 %.2f\n",
                        full.hbmBandwidthEfficiency, full.mfuFp4, full.moeHalfEfficiencyTokens,
                        full.commEfficiency, full.stepOverheadS * 1000,
                        full.collectiveLatencyS * 1e6, full.outputLengthCv2);
            Errors inSample;
            for (const BenchmarkRow* r : mapped)
                inSample.add(r->metric, predict(*r, full), r->measured);
            const CrossValidation loso = crossValidate(mapped, systemOf, "leave-one-system-out");
            const CrossValidation loro = crossValidate(mapped, roundOf, "leave-one-round-out");
            std::printf("throughput rows (estimate / measured - 1): line system GPUs model "
                        "scenario, leave-system-out, leave-round-out\n");
            for (const BenchmarkRow* r : mapped)
                if (r->metric == "throughput_system")
                    std::printf("  %d %s %d %s %s: %+.0f %%, %+.0f %%\n", r->line,
                                r->request.systemId.c_str(), r->request.gpus,
                                r->request.modelId.c_str(), r->request.scenario.c_str(),
                                (loso.estimate.at(r->line) / r->measured - 1.0) * 100.0,
                                (loro.estimate.at(r->line) / r->measured - 1.0) * 100.0);
            printWorstRows("leave-one-system-out", mapped, loso.estimate);
            printWorstRows("leave-one-round-out", mapped, loro.estimate);
            printSummary("in-sample (refitted)", inSample);
            printSummary("leave-one-system-out", loso.err);
            printSummary("leave-one-round-out", loro.err);
            QCOMPARE(loso.err.thr.size() + loso.err.lat.size(), mapped.size());
            QCOMPARE(loro.err.thr.size() + loro.err.lat.size(), mapped.size());
        };
        for (BenchmarkRow& r : rows)
            if (r.request.options.submitted) {
                r.request.options.submitted->maxNumTokens = 0.0;
                r.request.options.submitted->maxBatch = 0.0;
            }
        run("shape only");
        for (BenchmarkRow& r : rows)
            r.request.options.submitted.reset();
        run("the estimator's best shape");
        std::fflush(stdout);
    }

    // A submitted configuration the system cannot hold is refused with the reason.
    void submittedConfigurationRefused() {
        InferenceRequest req{"dgx-b200", 8, "llama2-70b", "fp4", "offline"};
        req.options.submitted = SubmittedConfig{16, 1, false, 0.0, 0.0};
        QVERIFY_THROWS_EXCEPTION(InferenceError, estimateInference(req));
        req.options.submitted = SubmittedConfig{8, 1, true, 0.0, 0.0}; // attention DP, dense
        try {
            estimateInference(req);
            QFAIL("no error");
        } catch (const InferenceError& e) {
            QVERIFY2(std::string(e.what()).find("data-parallel attention") != std::string::npos,
                     e.what());
        }
        req.options.submitted = SubmittedConfig{2, 2, false, 1536.0, 128.0};
        const InferenceResult r = estimateInference(req);
        QCOMPARE(r.gpusPerReplica, 4);
        QCOMPARE(r.pipelineStages, 2);
        QVERIFY(r.batch <= 128.0);
    }

    // Where the server and interactive runs operated (docs/reference/mlperf-run-stats.csv, from
    // their LoadGen summaries): requests in flight per GPU by Little's law (samples/s x mean
    // latency) and the mean time per output token, against the estimator's batch per GPU and mean
    // step (shipped parameters, the submitted configuration where one is published; no MTP in any
    // row, so the mean TPOT is the mean step). Throughput alone cannot tell a right batch at a
    // wrong step from the reverse; this can (docs/estimation.md "Operating points"). The mean step
    // must be within 1.5x of the measured mean TPOT; the Llama-3.1-405B rows miss (the model's
    // steps for their long prompts are about twice too fast), marked QEXPECT_FAIL so a fix shows.
    void operatingPoints_data() {
        QTest::addColumn<int>("line");
        std::vector<BenchmarkRow> rows =
            loadBenchmarkRows(std::string(AIFP_RESOURCES_DIR) + "/reference/benchmarks.csv");
        const int attached = attachRunOperatingPoints(
            rows, std::string(AIFP_RESOURCES_DIR) + "/../docs/reference/mlperf-run-stats.csv");
        // Every mapped server and interactive throughput row of an NVIDIA or Lenovo run.
        QCOMPARE(attached, 14);
        for (const BenchmarkRow& r : rows)
            if (r.operatingPoint && r.skipReason.empty())
                QTest::newRow(qPrintable(QString("line %1 %2 %3 %4")
                                             .arg(r.line)
                                             .arg(QString::fromStdString(r.request.systemId))
                                             .arg(QString::fromStdString(r.request.modelId))
                                             .arg(QString::fromStdString(r.request.scenario))))
                    << r.line;
    }
    void operatingPoints() {
        QFETCH(int, line);
        std::vector<BenchmarkRow> rows =
            loadBenchmarkRows(std::string(AIFP_RESOURCES_DIR) + "/reference/benchmarks.csv");
        attachRunOperatingPoints(rows, std::string(AIFP_RESOURCES_DIR) +
                                           "/../docs/reference/mlperf-run-stats.csv");
        attachSubmittedConfigs(rows, std::string(AIFP_RESOURCES_DIR) +
                                         "/../docs/reference/mlperf-submission-configs.csv");
        const BenchmarkRow& r = rows.at(static_cast<std::size_t>(line - 2));
        QCOMPARE(r.line, line);
        QVERIFY(r.operatingPoint);
        const RunOperatingPoint& op = *r.operatingPoint;
        const InferenceResult res = estimateInference(r.request);
        QCOMPARE(res.tokensPerSecondPerUser * res.stepMs / 1000.0, 1.0); // no MTP: one token a step
        const double modelPerGpu = res.batch * res.replicas / r.request.gpus;
        const double measuredPerGpu = op.concurrency() / r.request.gpus;
        const double stepRatio = res.stepMs / op.meanTpotMs;
        std::printf("line %d %s %d GPU %s %s: in flight per GPU %.0f (measured %.0f, %.2fx), "
                    "mean step %.1f ms (measured mean TPOT %.1f ms, %.2fx), %d x %d GPU(s)\n",
                    r.line, r.request.systemId.c_str(), r.request.gpus, r.request.modelId.c_str(),
                    r.request.scenario.c_str(), modelPerGpu, measuredPerGpu,
                    modelPerGpu / measuredPerGpu, res.stepMs, op.meanTpotMs, stepRatio,
                    res.replicas, res.gpusPerReplica);
        if (r.request.modelId == "llama3.1-405b" && r.request.scenario == "interactive")
            QEXPECT_FAIL("", "long prompts, interactive: steps about half the measured", Continue);
        QVERIFY2(stepRatio <= 1.5 && stepRatio >= 1.0 / 1.5,
                 qPrintable(QString("mean step %1 ms against %2 ms measured")
                                .arg(res.stepMs)
                                .arg(op.meanTpotMs)));
    }

    // A malformed run-statistics line: one line naming the file, line and field.
    void operatingPointErrors_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        const QString key = "NVIDIA DGX B200 (8x B200-SXM-180GB),Llama-2-70B,Server,v5.1,8,";
        QTest::newRow("samples") << key + "x,99123,33924.1,245.9,123.32,132.37,src"
                                 << "field 'samples_per_s'";
        QTest::newRow("negative TPOT") << key + "361.3,99123,33924.1,245.9,-1,132.37,src"
                                       << "field 'mean_tpot_ms'";
        QTest::newRow("wrong run") << key + "361.3,59545.4,33924.1,245.9,123.32,132.37,src"
                                   << "field 'tokens_per_s'";
        QTest::newRow("no such row")
            << "NVIDIA DGX B200 (8x B200-SXM-180GB),Llama-2-70B,Server,v9.9,8,1,1,1,1,1,1,src"
            << "no throughput row";
        QTest::newRow("field count") << key + "361.3"
                                     << "expected 12 fields";
    }
    void operatingPointErrors() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        expectOneLineError(attachRunOperatingPoints, line, expected);
    }

    // The benchmark file itself: a short line or a value that is not a number is refused with one
    // line naming the file, line and field (the shared CSV reader of the three reference files).
    void benchmarkFileErrors() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("benchmarks.csv").toStdString();
        const std::pair<const char*, const char*> cases[] = {
            {"NVIDIA DGX B200 (8x B200-SXM-180GB),8,Llama-2-70B", "expected 10 fields, got 3"},
            {"NVIDIA DGX B200 (8x B200-SXM-180GB),8,Llama-2-70B,70,fp4,Offline,"
             "throughput_system,lots,tokens/s,MLPerf v5.1",
             "field 'value' is not a number ('lots')"}};
        for (const auto& [line, expected] : cases) {
            {
                std::ofstream out(path, std::ios::binary);
                out << "header\n" << line << "\n";
            }
            try {
                loadBenchmarkRows(path);
                QFAIL("no error");
            } catch (const InferenceError& e) {
                QCOMPARE(std::string(e.what()), path + ":2: " + expected);
            }
        }
        try {
            loadBenchmarkRows(dir.filePath("missing.csv").toStdString());
            QFAIL("no error");
        } catch (const InferenceError& e) {
            QCOMPARE(std::string(e.what()), dir.filePath("missing.csv").toStdString() +
                                                ": cannot open the benchmark file");
        }
    }

    // A malformed configuration line is answered with one line naming the file, line and field.
    void submittedConfigurationErrors_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        const QString key = "NVIDIA DGX B200 (8x B200-SXM-180GB),Llama-2-70B,Offline,v5.1,";
        QTest::newRow("tp not a number") << key + "8,x,1,1,no,8,0,2048,3584,src"
                                         << "field 'tp'";
        QTest::newRow("attention_dp") << key + "8,1,1,1,maybe,8,0,2048,3584,src"
                                      << "field 'attention_dp'";
        QTest::newRow("GPUs do not add up") << key + "8,2,1,1,no,8,0,2048,3584,src"
                                            << "field 'instances'";
        QTest::newRow("mtp") << key + "8,1,1,1,no,8,1,2048,3584,src"
                             << "field 'mtp'";
        QTest::newRow("no such row")
            << "NVIDIA DGX B200 (8x B200-SXM-180GB),Llama-2-70B,Offline,v9.9,8,1,1,1,no,8,0,1,1,src"
            << "no benchmark row";
        QTest::newRow("field count") << key + "8,1,1"
                                     << "expected 14 fields";
    }
    void submittedConfigurationErrors() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        expectOneLineError(attachSubmittedConfigs, line, expected);
    }
};

QTEST_APPLESS_MAIN(TestInferenceAccuracy)
#include "test_inference_accuracy.moc"
