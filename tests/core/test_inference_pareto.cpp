// The speed each user gets (issue 18): the Pareto curve of tokens/s per GPU against tokens/s per
// user, its end points, the per-user-speed estimate the factory estimate quotes cost with, and the
// serving options (speculative decoding, KV precision, disaggregated prefill), and the curve's
// ends against TensorRT-LLM's published single-user and maximum-throughput DeepSeek-R1 figures.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QTest>
#include <cmath>
#include <cstdio>

using namespace aifp;

namespace {

const Catalog& cat() {
    return Catalog::builtin();
}
const ModelLibrary& lib() {
    return ModelLibrary::builtin();
}

} // namespace

class TestInferencePareto : public QObject {
    Q_OBJECT
private slots:
    void curveIsMonotoneWithHonestEndPoints_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("precision");
        QTest::newRow("dgx-h100 llama2-70b fp8") << "dgx-h100" << 8 << "llama2-70b"
                                                 << "fp8";
        QTest::newRow("gb200-nvl72 deepseek-r1 fp4") << "gb200-nvl72" << 72 << "deepseek-r1"
                                                     << "fp4";
        QTest::newRow("gb300-nvl72 kimi-k2 fp4") << "gb300-nvl72" << 72 << "kimi-k2"
                                                 << "fp4";
        QTest::newRow("dgx-b200 llama3.1-405b fp4") << "dgx-b200" << 8 << "llama3.1-405b"
                                                    << "fp4";
    }
    void curveIsMonotoneWithHonestEndPoints() {
        QFETCH(QString, system);
        QFETCH(int, gpus);
        QFETCH(QString, model);
        QFETCH(QString, precision);
        InferenceRequest req{system.toStdString(), gpus, model.toStdString(),
                             precision.toStdString(), "offline"};
        const std::vector<ParetoPoint> curve = paretoCurve(req, cat(), lib());
        QVERIFY(curve.size() >= 5);
        for (std::size_t i = 1; i < curve.size(); ++i) {
            // Along the curve users get slower and each GPU serves more.
            QVERIFY(curve[i].tokensPerSecondPerUser < curve[i - 1].tokensPerSecondPerUser);
            QVERIFY(curve[i].tokensPerSecondPerGpu > curve[i - 1].tokensPerSecondPerGpu);
        }
        // Last point: the offline maximum of estimateInference.
        const InferenceResult offline = estimateInference(req, cat(), lib());
        QVERIFY2(std::fabs(curve.back().tokensPerSecondPerGpu / offline.tokensPerSecondPerGpu -
                           1.0) < 1e-3,
                 qPrintable(QString("curve %1, offline %2")
                                .arg(curve.back().tokensPerSecondPerGpu)
                                .arg(offline.tokensPerSecondPerGpu)));
        // First point: a single user (batch 1), the fastest any user can go; asking for more
        // than that cannot be met.
        QCOMPARE(curve.front().batch, 1.0);
        const InferenceResult tooFast =
            estimateAtUserSpeed(req.systemId, gpus, req.modelId, req.precision,
                                curve.front().tokensPerSecondPerUser * 1.01, cat(), lib());
        QVERIFY(!tooFast.meetsLimits);
        QCOMPARE(tooFast.batch, 1.0);
        QVERIFY(std::fabs(tooFast.tokensPerSecondPerUser / curve.front().tokensPerSecondPerUser -
                          1.0) < 1e-9);
    }

    // estimateAtUserSpeed lies on the curve: at the per-user speed of any curve point it serves
    // at least that point's tokens/s per GPU (the curve is sampled, the search is exact), and
    // each user gets at least the speed asked.
    // Out of sample (never fitted): TensorRT-LLM's published DeepSeek-R1 figures on 8 GPUs, ISL 1K
    // / OSL 2K (reference-data.md 5.2, "TensorRT-LLM DeepSeek-R1 best practice"): min-latency at
    // batch 1 with 3 MTP layers, B200 FP4 254.8 and H200 FP8 158.1 tokens/s per user; max
    // throughput without MTP, B200 FP4 4,501 and H200 FP8 1,330 tokens/s per GPU. The curve's
    // single-user end (MTP as 3 draft tokens accepted each with 0.85: DeepSeek-V3 report, arXiv
    // 2412.19437 sec. 5.4.3, 85-90 % for its second token; assumption for the third and fourth)
    // and its offline end must be within the 1.5x.
    void publishedEndPoints_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<double>("singleUserTokensPerS");
        QTest::addColumn<double>("maxTokensPerSPerGpu");
        QTest::newRow("dgx-b200 fp4") << "dgx-b200"
                                      << "fp4" << 254.8 << 4501.1;
        QTest::newRow("dgx-h200 fp8") << "dgx-h200"
                                      << "fp8" << 158.1 << 1329.7;
    }
    void publishedEndPoints() {
        QFETCH(QString, system);
        QFETCH(QString, precision);
        QFETCH(double, singleUserTokensPerS);
        QFETCH(double, maxTokensPerSPerGpu);
        InferenceRequest req{system.toStdString(), 8, "deepseek-r1", precision.toStdString(),
                             "offline"};
        req.options.inputTokens = 1024;
        req.options.outputTokens = 2048;
        const InferenceResult offline = estimateInference(req, cat(), lib());
        req.options.draftTokens = 3;
        req.options.draftAcceptance = 0.85;
        const ParetoPoint single = paretoCurve(req, cat(), lib()).front();
        const double userRatio = single.tokensPerSecondPerUser / singleUserTokensPerS;
        const double gpuRatio = offline.tokensPerSecondPerGpu / maxTokensPerSPerGpu;
        std::printf("%s DeepSeek-R1 1K/2K: single user %.1f tokens/s (published %.1f, %+.0f %%), "
                    "max %.0f tokens/s/GPU (published %.0f, %+.0f %%)\n",
                    qPrintable(system), single.tokensPerSecondPerUser, singleUserTokensPerS,
                    (userRatio - 1) * 100, offline.tokensPerSecondPerGpu, maxTokensPerSPerGpu,
                    (gpuRatio - 1) * 100);
        QCOMPARE(single.batch, 1.0);
        QVERIFY2(userRatio > 1 / 1.5 && userRatio < 1.5, qPrintable(QString::number(userRatio)));
        QVERIFY2(gpuRatio > 1 / 1.5 && gpuRatio < 1.5, qPrintable(QString::number(gpuRatio)));
    }

    void userSpeedMatchesTheCurve() {
        InferenceRequest req{"gb200-nvl72", 72, "llama3.1-70b", "fp4", "offline"};
        const std::vector<ParetoPoint> curve = paretoCurve(req, cat(), lib());
        for (std::size_t i = 0; i < curve.size(); i += 5) {
            const ParetoPoint& p = curve[i];
            const InferenceResult r =
                estimateAtUserSpeed(req.systemId, req.gpus, req.modelId, req.precision,
                                    p.tokensPerSecondPerUser * (1.0 - 1e-9), cat(), lib());
            QVERIFY(r.meetsLimits);
            QVERIFY(r.tokensPerSecondPerUser >= p.tokensPerSecondPerUser * (1.0 - 1e-6));
            QVERIFY2(r.tokensPerSecondPerGpu >= p.tokensPerSecondPerGpu * (1.0 - 1e-6),
                     qPrintable(QString("point %1: %2 < %3")
                                    .arg(i)
                                    .arg(r.tokensPerSecondPerGpu)
                                    .arg(p.tokensPerSecondPerGpu)));
        }
        // Faster users cost throughput: 100 tokens/s per user serves less per GPU than 20.
        const double at20 =
            estimateAtUserSpeed("gb200-nvl72", 72, "llama3.1-70b", "fp4", 20.0, cat(), lib())
                .tokensPerSecondPerGpu;
        const double at100 =
            estimateAtUserSpeed("gb200-nvl72", 72, "llama3.1-70b", "fp4", 100.0, cat(), lib())
                .tokensPerSecondPerGpu;
        QVERIFY(at100 < at20);
    }

    void badUserSpeedIsRefused() {
        QVERIFY_THROWS_EXCEPTION(InferenceError, estimateAtUserSpeed("dgx-h100", 8, "llama2-70b",
                                                                     "fp8", 0.0, cat(), lib()));
        QVERIFY_THROWS_EXCEPTION(InferenceError, estimateAtUserSpeed("dgx-h100", 8, "llama2-70b",
                                                                     "fp8", -5.0, cat(), lib()));
    }

    // Speculative decoding with k = 3 drafts at acceptance 0.8 emits (1 - 0.8^4) / 0.2 = 2.952
    // tokens per step (Leviathan et al. 2023, eq. 1): at batch 1 (memory bound, the extra drafts
    // nearly free) a user gets well over 2x the speed, and never more than 2.952x.
    void speculativeDecodingSpeedsUpUsers() {
        InferenceRequest req{"dgx-h200", 8, "llama2-70b", "fp8", "offline"};
        const double plain = paretoCurve(req, cat(), lib()).front().tokensPerSecondPerUser;
        req.options.draftTokens = 3;
        req.options.draftAcceptance = 0.8;
        const double spec = paretoCurve(req, cat(), lib()).front().tokensPerSecondPerUser;
        QVERIFY2(spec > 2.0 * plain && spec < 2.952 * plain,
                 qPrintable(QString("plain %1, speculative %2").arg(plain).arg(spec)));
        req.options.draftAcceptance = 1.0;
        QVERIFY_THROWS_EXCEPTION(InferenceError, estimateInference(req, cat(), lib()));
    }

    // KV cache at FP4 holds twice the sequences of FP8: the offline batch grows.
    void kvPrecisionChangesCapacity() {
        InferenceRequest req{"dgx-h100", 8, "llama3.1-70b", "fp8", "offline"};
        req.options.inputTokens = 8000; // long prompts: the KV cache binds the batch
        const InferenceResult fp8 = estimateInference(req, cat(), lib());
        req.options.kvPrecision = "fp4";
        const InferenceResult fp4 = estimateInference(req, cat(), lib());
        QVERIFY(fp4.batch > fp8.batch * 1.2);
        req.options.kvPrecision = "int3";
        QVERIFY_THROWS_EXCEPTION(InferenceError, estimateInference(req, cat(), lib()));
    }

    // Disaggregated prefill: decode steps carry no prompt chunks, so at the same batch the p99
    // TPOT is the plain decode step; the prefill GPUs are counted against the request's GPUs.
    void disaggregatedPrefill() {
        InferenceRequest req{"gb200-nvl72", 72, "deepseek-r1", "fp4", "server"};
        req.options.disaggregated = true;
        const InferenceResult r = estimateInference(req, cat(), lib());
        QVERIFY(r.prefillGpus >= 1);
        QVERIFY(r.tokensPerSecond > 0);
        QVERIFY(std::fabs(r.tpotMs - r.stepMs) < 1e-9); // no prefill in the decode step
    }
};

QTEST_APPLESS_MAIN(TestInferencePareto)
#include "test_inference_pareto.moc"
