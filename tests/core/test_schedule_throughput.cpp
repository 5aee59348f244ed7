// The tokens/s a schedule's capacity ramp carries (core/schedule/ScheduleThroughput.hpp), the one
// computation behind `aifp-cli schedule` and the GUI's Schedule dock.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/schedule/ScheduleThroughput.hpp"
#include <QTest>
#include <string>

using namespace aifp;

namespace {

// Six GB300 NVL72 racks (432 GPUs), generated the way File > New does.
Design sixRacks() {
    FactoryTargets t;
    t.systemId = "gb300-nvl72";
    t.fabricSwitchId = "q3400";
    t.targetGpus = 6 * 72;
    return generateFactory(t, Catalog::builtin()).design;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestScheduleThroughput : public QObject {
    Q_OBJECT
private slots:
    void noRacksNoFigures() {
        const ScheduleThroughput t = scheduleThroughput(Design{}, Catalog::builtin());
        QVERIFY(!t.tokensPerSecond);
        QVERIFY(t.note.empty());
    }

    void estimatorFigures() {
        const Design d = sixRacks();
        QCOMPARE(d.racks.size(), std::size_t(6));
        const ScheduleThroughput t = scheduleThroughput(d, Catalog::builtin());
        QVERIFY(t.tokensPerSecond);
        // The same request the estimator answers directly.
        InferenceRequest q;
        q.systemId = "gb300-nvl72";
        q.gpus = 6 * 72;
        q.modelId = d.settings.modelId;
        q.precision = d.settings.precision;
        q.scenario = d.settings.scenario;
        const double all = estimateInference(q).tokensPerSecond;
        QVERIFY(all > 0.0);
        QCOMPARE(t.tokensPerSecond(6 * 72), all);
        QVERIFY(t.tokensPerSecond(3 * 72) < all);
        QVERIFY2(contains(t.note, "tokens/s from the inference estimator: gb300-nvl72"),
                 t.note.c_str());
    }

    void mixedSystemsSaySo() {
        Design d = sixRacks();
        d.racks.back().catalogId = "gb200-nvl72";
        const ScheduleThroughput t = scheduleThroughput(d, Catalog::builtin());
        QVERIFY(t.tokensPerSecond);
        QVERIFY2(contains(t.note, "as if every GPU were gb300-nvl72"), t.note.c_str());
    }

    void rejectedSettingsCountGpusOnly() {
        Design d = sixRacks();
        d.settings.modelId = "no-such-model";
        const ScheduleThroughput t = scheduleThroughput(d, Catalog::builtin());
        QVERIFY(!t.tokensPerSecond);
        QVERIFY2(contains(t.note, "tokens/s not estimated (GPU count only)"), t.note.c_str());
    }
};

QTEST_APPLESS_MAIN(TestScheduleThroughput)
#include "test_schedule_throughput.moc"
