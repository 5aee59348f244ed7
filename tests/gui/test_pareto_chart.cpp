// The per-user-speed tab of the estimates dock (ui/docks/ParetoChart): the curve of tokens/s per
// GPU against tokens/s per user with the design's service level marked, and its messages.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "ui/docks/ParetoChart.hpp"
#include <QTest>

using namespace aifp;
using aifp::ui::ParetoChart;

class TestParetoChart : public QObject {
    Q_OBJECT
private slots:
    void curveAndMark() {
        ParetoChart chart;
        chart.showCurve("gb200-nvl72", "llama3.1-70b", "fp4", 50.0, Catalog::builtin(),
                        ModelLibrary::builtin());
        // The same curve the estimator gives for one NVL72 rack.
        InferenceRequest req{"gb200-nvl72", 72, "llama3.1-70b", "fp4", "offline"};
        const auto curve = paretoCurve(req, Catalog::builtin(), ModelLibrary::builtin());
        QCOMPARE(chart.pointCount(), static_cast<int>(curve.size()));
        QVERIFY2(chart.caption().startsWith("Marked: 50 tokens/s per user"),
                 qPrintable(chart.caption()));
    }

    void unreachableSpeedIsSaid() {
        ParetoChart chart;
        chart.showCurve("dgx-h100", "llama3.1-405b", "fp8", 5000.0, Catalog::builtin(),
                        ModelLibrary::builtin());
        QVERIFY(chart.pointCount() > 0);
        QVERIFY2(chart.caption().contains("5000 tokens/s per user cannot be reached"),
                 qPrintable(chart.caption()));
    }

    void noSystemClears() {
        ParetoChart chart;
        chart.showCurve("", "llama3.1-70b", "fp4", 50.0, Catalog::builtin(),
                        ModelLibrary::builtin());
        QCOMPARE(chart.pointCount(), 0);
        QCOMPARE(chart.caption(), QString("No GPU system in the design."));
        chart.showCurve("gb200-nvl72", "no-such-model", "fp4", 50.0, Catalog::builtin(),
                        ModelLibrary::builtin());
        QCOMPARE(chart.pointCount(), 0);
        QVERIFY(chart.caption().contains("unknown model 'no-such-model'"));
    }
};

QTEST_MAIN(TestParetoChart)
#include "test_pareto_chart.moc"
