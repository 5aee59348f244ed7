// Where a decode step's time goes (InferenceResult::step, docs/estimation.md "Equations"): the
// weight GEMMs and attention each on their own roofline, their times added, worked by hand from
// the catalog's B200 figures (catalog.json gpu-nvidia-b200-hgx: FP8 4,500 TFLOPS dense, HBM
// 8 TB/s, NVLink5 1.8 TB/s bidirectional) and the calibrated shared parameters, at the batch the
// estimator chose. Llama-2-70B at FP8: 69e9 parameters of 1 byte, 80 layers, attention width 64
// heads x 128 = 8,192, KV 2 x 80 layers x 8 KV heads x 128 x 1 B = 163,840 B per token; prompts
// of 1,000 tokens and outputs of 500 (given, so models.json does not enter).
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QTest>
#include <cmath>

using namespace aifp;

namespace {

bool near(double a, double b, double rel = 1e-9) {
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

constexpr double kParams = 69e9, kLayers = 80, kWidth = 8192, kKvPerToken = 163840, kDModel = 8192;
constexpr double kLin = 1000, kLout = 500;
constexpr double kFp8Flops = 4500e12, kHbmBytesPerS = 8e12, kLinkBytesPerSPerDir = 0.9e12;
constexpr double kFp8Efficiency = 2744.0 / 5000.0; // fixed: Azure GB200 FP8 (estimation.md)

InferenceRequest llama70b(int gpus, const std::string& scenario) {
    InferenceRequest req{"dgx-b200", gpus, "llama2-70b", "fp8", scenario};
    req.options.inputTokens = kLin;
    req.options.outputTokens = kLout;
    return req;
}

// The hand-worked step of a replica of `tp` GPUs (tensor parallel) at `batch` sequences, each
// step also carrying the prompts of the sequences that replace the finished ones: batch x
// Lin / Lout tokens.
StepBreakdown expectedStep(double batch, double tp) {
    const InferenceParameters& p = calibratedInferenceParameters();
    const double prefill = batch * kLin / kLout;
    const double tokens = batch + prefill;
    const double ctx = kLin + 0.5 * (1.0 + p.outputLengthCv2) * kLout; // mean live context
    const double flops = kFp8Flops * kFp8Efficiency;
    const double bytesPerS = kHbmBytesPerS * p.hbmBandwidthEfficiency;
    StepBreakdown e;
    e.overheadMs = p.stepOverheadS * 1000.0;
    // GEMMs: 2 FLOPs per parameter per token, against the weights read once.
    const double gemmComputeS = 2.0 * kParams * tokens / (tp * flops);
    const double gemmMemoryS = kParams * 1.0 / (tp * bytesPerS);
    e.gemmMs = std::max(gemmComputeS, gemmMemoryS) * 1000.0;
    e.gemmComputeBound = gemmComputeS >= gemmMemoryS;
    // Attention: a decode token 4 L width ctx FLOPs, a prompt token 2 L width Lin, against the
    // KV of the batch (8 KV heads: one copy on up to 8 GPUs).
    const double attnComputeS =
        (batch * 4.0 * kLayers * kWidth * ctx + prefill * 2.0 * kLayers * kWidth * kLin) /
        (tp * flops);
    const double attnMemoryS = batch * ctx * kKvPerToken / (tp * bytesPerS);
    e.attentionMs = std::max(attnComputeS, attnMemoryS) * 1000.0;
    e.attentionComputeBound = attnComputeS >= attnMemoryS;
    // Tensor parallel: two all-reduces of the BF16 activations per layer, ring 2 (t - 1) / t of
    // the data per GPU, and each collective's fixed latency.
    if (tp > 1)
        e.communicationMs = (2.0 * kLayers * tokens * kDModel * 2.0 * 2.0 * (tp - 1.0) / tp /
                                 (kLinkBytesPerSPerDir * p.commEfficiency) +
                             2.0 * kLayers * p.collectiveLatencyS) *
                            1000.0;
    return e;
}

void compareStep(const InferenceResult& r, const StepBreakdown& e) {
    QVERIFY2(near(r.step.gemmMs, e.gemmMs, 1e-9),
             qPrintable(QString("GEMMs %1 ms, by hand %2").arg(r.step.gemmMs).arg(e.gemmMs)));
    QVERIFY2(
        near(r.step.attentionMs, e.attentionMs, 1e-9),
        qPrintable(
            QString("attention %1 ms, by hand %2").arg(r.step.attentionMs).arg(e.attentionMs)));
    QCOMPARE(r.step.gemmComputeBound, e.gemmComputeBound);
    QCOMPARE(r.step.attentionComputeBound, e.attentionComputeBound);
    QVERIFY(near(r.step.overheadMs, e.overheadMs));
    QVERIFY2(near(r.step.communicationMs, e.communicationMs, 1e-9) ||
                 (e.communicationMs == 0.0 && r.step.communicationMs == 0.0),
             qPrintable(QString("communication %1 ms, by hand %2")
                            .arg(r.step.communicationMs)
                            .arg(e.communicationMs)));
    QCOMPARE(r.step.pipelineMs, 0.0);
    QCOMPARE(r.step.hostLinkMs, 0.0);
    // The parts are the step: they add up, and tokens/s is the batch over it.
    const double sum = r.step.overheadMs + r.step.gemmMs + r.step.attentionMs +
                       r.step.communicationMs + r.step.pipelineMs + r.step.hostLinkMs;
    QVERIFY2(near(sum, r.stepMs, 1e-12), qPrintable(QString("%1 vs %2").arg(sum).arg(r.stepMs)));
    QVERIFY(near(r.tokensPerSecond, r.replicas * r.batch / (r.stepMs / 1000.0), 1e-9));
}

} // namespace

class TestInferenceStep : public QObject {
    Q_OBJECT
private slots:
    // One GPU, offline (the largest batch the KV room and the step budget allow): at that batch
    // the GEMMs are compute bound and attention, reading every sequence's KV, memory bound, so
    // the step is the sum of the two (a single roofline over their sum would hide the KV read).
    void oneGpuOffline() {
        InferenceRequest req = llama70b(1, "offline");
        const InferenceResult r = estimateInference(req);
        QCOMPARE(r.gpusPerReplica, 1);
        const StepBreakdown e = expectedStep(r.batch, 1.0);
        QVERIFY(e.gemmComputeBound);
        QVERIFY(!e.attentionComputeBound);
        compareStep(r, e);
        // Not the max of the summed computes and the summed reads (the model before branch i18i).
        const InferenceParameters& p = calibratedInferenceParameters();
        const double ctx = kLin + 0.5 * (1.0 + p.outputLengthCv2) * kLout;
        const double summedReadsMs = (kParams + r.batch * ctx * kKvPerToken) /
                                     (kHbmBytesPerS * p.hbmBandwidthEfficiency) * 1000.0;
        QVERIFY(r.stepMs - r.step.overheadMs > summedReadsMs);
        QCOMPARE(r.boundBy, std::string("compute"));
    }

    // A single user on one GPU: both kernels read more than they compute (memory bound).
    void singleUserIsMemoryBound() {
        InferenceRequest req = llama70b(1, "user-speed");
        req.userTokensPerS = 1.0; // any batch meets it; the Pareto curve's first point is batch 1
        const std::vector<ParetoPoint> curve =
            paretoCurve(req, Catalog::builtin(), ModelLibrary::builtin());
        QVERIFY(!curve.empty());
        QCOMPARE(curve.front().batch, 1.0);
        const StepBreakdown e = expectedStep(1.0, 1.0);
        QVERIFY(!e.gemmComputeBound);
        QVERIFY(!e.attentionComputeBound);
        const double stepMs = e.overheadMs + e.gemmMs + e.attentionMs;
        QVERIFY2(near(curve.front().tokensPerSecondPerUser, 1000.0 / stepMs, 1e-9),
                 qPrintable(QString("%1 vs %2")
                                .arg(curve.front().tokensPerSecondPerUser)
                                .arg(1000.0 / stepMs)));
    }

    // Eight GPUs as one tensor-parallel replica (the submitted shape of the DGX H100 rows, here on
    // a B200): every kernel split eight ways, plus the all-reduces over NVLink.
    void tensorParallelEight() {
        InferenceRequest req = llama70b(8, "offline");
        req.options.submitted = SubmittedConfig{8, 1, false, 0.0, 0.0};
        const InferenceResult r = estimateInference(req);
        QCOMPARE(r.gpusPerReplica, 8);
        QCOMPARE(r.replicas, 1);
        const StepBreakdown e = expectedStep(r.batch, 8.0);
        QVERIFY(e.communicationMs > 0.0);
        compareStep(r, e);
    }
};

QTEST_APPLESS_MAIN(TestInferenceStep)
#include "test_inference_step.moc"
