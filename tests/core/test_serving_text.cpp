// How a replica serves, in words (core/estimate/ServingText.hpp): the one wording of the command
// line, the Estimates dock and the report, checked on hand-made results (the factory's serving
// lines: test_factory_estimate.cpp).
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ServingText.hpp"
#include "core/util/NumberFormat.hpp"
#include <QTest>
#include <string>

using namespace aifp;

namespace {

std::string plain(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// 4 replicas of 2 GPUs at batch 96.4, a 36.04 ms step: 5 + 22.14 (compute) + 8.3 (memory) + 0.6.
InferenceResult handMade() {
    InferenceResult r;
    r.replicas = 4;
    r.gpusPerReplica = 2;
    r.batch = 96.4;
    r.boundBy = "compute";
    r.stepMs = 36.04;
    r.step.overheadMs = 5.0;
    r.step.gemmMs = 22.14;
    r.step.gemmComputeBound = true;
    r.step.attentionMs = 8.3;
    r.step.communicationMs = 0.6;
    return r;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestServingText : public QObject {
    Q_OBJECT

private slots:
    void shapeAndStep() {
        InferenceResult r = handMade();
        QCOMPARE(replicaShapeText(r, plain),
                 std::string("4 x 2 GPU(s), batch 96 per replica, compute bound"));
        QCOMPARE(stepBreakdownText(r, plain),
                 std::string("36.0 ms: overhead 5.0, GEMMs 22.1 (compute), attention 8.3 (memory "
                             "bandwidth), communication 0.6"));
        // Pipeline hops and the host-link KV read appear only where there are any.
        r.pipelineStages = 2;
        r.step.pipelineMs = 1.26;
        r.step.hostLinkMs = 3.0;
        QCOMPARE(replicaShapeText(r, plain),
                 std::string("4 x 2 GPU(s) (2 pipeline stages), batch 96 per replica, compute "
                             "bound"));
        QVERIFY(contains(stepBreakdownText(r, plain),
                         "communication 0.6, pipeline hops 1.3, host-link KV read 3.0"));
        // The caller's number style: a decimal comma where the formatter gives one.
        const auto comma = [](double v, int decimals) {
            std::string s = display::formatFixedPlain(v, decimals);
            for (char& c : s)
                if (c == '.')
                    c = ',';
            return s;
        };
        QVERIFY(contains(stepBreakdownText(r, comma), "36,0 ms: overhead 5,0"));
    }
};

QTEST_APPLESS_MAIN(TestServingText)
#include "test_serving_text.moc"
