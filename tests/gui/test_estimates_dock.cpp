// The estimates dock on a generated factory: headline figures equal estimateFactory's, the
// background recomputation after edits, the model selector and assumption edits as undoable
// commands. No OpenGL: runs with QT_QPA_PLATFORM=offscreen or under Xvfb.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/app/Document.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/docks/AssumptionTableModel.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/HeadlineFigures.hpp"
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace aifp;
using namespace aifp::ui;

namespace {

QString figureOf(const std::vector<HeadlineFigure>& figures, const char* key) {
    for (const HeadlineFigure& f : figures)
        if (f.key == key)
            return f.text;
    return {};
}

Design generated(const std::string& systemId, double gridMw) {
    FactoryTargets t;
    t.name = "Estimates dock test";
    t.systemId = systemId;
    t.targetGridMw = gridMw;
    return generateFactory(t, Catalog::builtin()).design;
}

// Waits until the dock has shown a result newer than `after` and nothing is queued (a timeout
// only, the test is not timed).
bool waitForResult(EstimatesDock& dock, int after) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 120000) {
        if (dock.runner()->resultCount() > after && !dock.runner()->busy())
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace

class TestEstimatesDock : public QObject {
    Q_OBJECT
private slots:
    void figuresMatchEngine_data();
    void figuresMatchEngine();
    void updatesAfterEdit();
    void modelSelectorIsUndoable();
    void assumptionEditIsUndoable();
    void descriptiveAssumptionIsReadOnly();
    void procurementIsUndoable();
};

void TestEstimatesDock::figuresMatchEngine_data() {
    QTest::addColumn<QString>("system");
    QTest::addColumn<double>("gridMw");
    // 1 MW of grid power: GB300 NVL72 racks at ~135 kW IT each (catalog) plus cooling and
    // losses (PUE ~1.1-1.3) give 6-7 racks, i.e. a multiple of 72 GPUs below 1000 kW facility.
    QTest::newRow("gb300 1 MW") << "gb300-nvl72" << 1.0;
    QTest::newRow("gb200 2 MW") << "gb200-nvl72" << 2.0;
}

void TestEstimatesDock::figuresMatchEngine() {
    QFETCH(QString, system);
    QFETCH(double, gridMw);
    Document doc;
    doc.reset(generated(system.toStdString(), gridMw), {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    const EstimateSnapshot& s = dock.snapshot();
    QVERIFY2(s.ok, s.error.c_str());
    const FactoryEstimate e = estimateFactory(doc.design(), doc.catalog(), {});
    QCOMPARE(s.estimate.gpus, e.gpus);
    QCOMPARE(e.gpus % 72, 0); // whole NVL72 racks
    // The generator sizes on the facility design power (PowerBasis.hpp).
    QVERIFY(e.basis.facilityDesignKw <= gridMw * 1000.0 + 1e-6);
    QVERIFY(e.basis.pueDesign > 1.0 && e.basis.pueDesign < 1.6);
    QCOMPARE(s.estimate.basis.facilityDesignKw, e.basis.facilityDesignKw);
    QCOMPARE(s.estimate.basis.itTypicalKw, e.basis.itTypicalKw);
    QCOMPARE(s.estimate.tokensPerSecond, e.tokensPerSecond);
    QCOMPARE(s.estimate.capexUsd, e.capexUsd);
    QCOMPARE(s.estimate.costPerMillionTokensUsd, e.costPerMillionTokensUsd);
    // What the labels show is the engine's figure, formatted.
    for (const HeadlineFigure& f : headlineFigures(e))
        QCOMPARE(dock.figureText(f.key), f.text);
    QCOMPARE(dock.figureText("gpus"), QString::number(e.gpus));
    // The model chart covers every model of the shipped library x scenario: 7 of
    // resources/models.json + 4 config.json files of resources/models/, x 3.
    QCOMPARE(static_cast<int>(s.perModel.size()),
             static_cast<int>(ModelLibrary::builtin().models().size()) * 3);
    QCOMPARE(ModelLibrary::builtin().models().size(), std::size_t{11});
    QCOMPARE(s.systemId, system.toStdString());
    // The assumption table lists the engine's assumptions.
    QCOMPARE(dock.assumptions()->rowCount(), static_cast<int>(e.assumptions.size()));
    QVERIFY(dock.assumptions()->rowCount() > 0);
}

void TestEstimatesDock::updatesAfterEdit() {
    Document doc;
    doc.reset(generated("gb300-nvl72", 1.0), {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    const int gpusBefore = dock.snapshot().estimate.gpus;
    // Remove one GB300 NVL72 rack: 72 GPUs fewer.
    ObjectId rackId = doc.design().racks.front().id;
    const int n = dock.runner()->resultCount();
    doc.push(new PatchCommand(&doc, removeObjectsPatch(doc.design(), {rackId}), "remove rack"));
    QVERIFY(waitForResult(dock, n));
    QCOMPARE(dock.snapshot().estimate.gpus, gpusBefore - 72);
    QCOMPARE(dock.figureText("gpus"), QString::number(gpusBefore - 72));
    const int m = dock.runner()->resultCount();
    doc.undoStack()->undo();
    QVERIFY(waitForResult(dock, m));
    QCOMPARE(dock.figureText("gpus"), QString::number(gpusBefore));
}

void TestEstimatesDock::modelSelectorIsUndoable() {
    Document doc;
    Design d = generated("gb300-nvl72", 1.0);
    d.settings.modelId = "llama3.1-70b";
    doc.reset(d, {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    QCOMPARE(dock.modelBox()->currentText(), QString("llama3.1-70b"));
    const double tps70b = dock.snapshot().estimate.tokensPerSecond;
    const int n = dock.runner()->resultCount();
    dock.modelBox()->setCurrentText("llama3.1-8b");
    QCOMPARE(doc.design().settings.modelId, std::string("llama3.1-8b"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(waitForResult(dock, n));
    // An 8B model decodes far faster than a 70B one on the same GPUs.
    QVERIFY(dock.snapshot().estimate.tokensPerSecond > tps70b);
    const int m = dock.runner()->resultCount();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().settings.modelId, std::string("llama3.1-70b"));
    QCOMPARE(dock.modelBox()->currentText(), QString("llama3.1-70b"));
    QVERIFY(waitForResult(dock, m));
    QCOMPARE(dock.snapshot().estimate.tokensPerSecond, tps70b);
}

void TestEstimatesDock::assumptionEditIsUndoable() {
    Document doc;
    doc.reset(generated("gb300-nvl72", 1.0), {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    const FactoryEstimate before = dock.snapshot().estimate;
    const std::string key = UnitPrices::systemKey("gb300-nvl72");
    AssumptionTableModel* model = dock.assumptions();
    const int row = model->rowOf(key);
    QVERIFY(row >= 0);
    QVERIFY(model->isEditable(row));
    QVERIFY(!model->isOverridden(row));
    const double price = model->assumption(row).value;
    // One more million USD per system adds systems x 1e6 USD to the systems line, and with it
    // the spares (2 % of IT) and integration (2 % of everything) that follow it:
    // systems x 1e6 x 1.02 x 1.02 (docs/estimation.md 2.4); nothing else moves.
    const int n = dock.runner()->resultCount();
    QVERIFY(
        model->setData(model->index(row, AssumptionTableModel::Value), price + 1e6, Qt::EditRole));
    QCOMPARE(doc.design().assumptionOverrides.at(key), price + 1e6);
    QVERIFY(waitForResult(dock, n));
    QCOMPARE(dock.snapshot().estimate.capexUsd,
             before.capexUsd + before.systems * 1e6 * 1.02 * 1.02);
    QVERIFY(model->isOverridden(model->rowOf(key)));
    QCOMPARE(dock.figureText("capexUsd"),
             figureOf(headlineFigures(dock.snapshot().estimate), "capexUsd"));
    // Undo: the override is gone and the figure is back.
    int m = dock.runner()->resultCount();
    doc.undoStack()->undo();
    QVERIFY(doc.design().assumptionOverrides.empty());
    QVERIFY(waitForResult(dock, m));
    QCOMPARE(dock.snapshot().estimate.capexUsd, before.capexUsd);
    QCOMPARE(dock.figureText("capexUsd"), figureOf(headlineFigures(before), "capexUsd"));
    // Redo, then reset to default with the button: also one undo step.
    m = dock.runner()->resultCount();
    doc.undoStack()->redo();
    QVERIFY(waitForResult(dock, m));
    dock.assumptionView()->setCurrentIndex(
        model->index(model->rowOf(key), AssumptionTableModel::Value));
    auto* reset = dock.findChild<QPushButton*>("resetAssumption");
    QVERIFY(reset && reset->isEnabled());
    m = dock.runner()->resultCount();
    reset->click();
    QVERIFY(doc.design().assumptionOverrides.empty());
    QVERIFY(waitForResult(dock, m));
    QCOMPARE(dock.snapshot().estimate.capexUsd, before.capexUsd);
    doc.undoStack()->undo(); // the reset undone: the override is back
    QCOMPARE(doc.design().assumptionOverrides.at(key), price + 1e6);
    // A value that is not a number is refused without an edit.
    const int count = doc.undoStack()->count();
    QVERIFY(!model->setData(model->index(model->rowOf(key), AssumptionTableModel::Value),
                            QString("lots"), Qt::EditRole));
    QCOMPARE(doc.undoStack()->count(), count);
}

void TestEstimatesDock::descriptiveAssumptionIsReadOnly() {
    Document doc;
    doc.reset(generated("gb300-nvl72", 1.0), {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    AssumptionTableModel* model = dock.assumptions();
    const int row = model->rowOf("estimate.electricity_draw");
    QVERIFY(row >= 0);
    QVERIFY(!model->isEditable(row));
    QVERIFY(!(model->flags(model->index(row, AssumptionTableModel::Value)) & Qt::ItemIsEditable));
    const int util = model->rowOf("estimate.utilization");
    QVERIFY(util >= 0 && model->isEditable(util));
}

void TestEstimatesDock::procurementIsUndoable() {
    // Build or rent in the dock: each choice is one undo step, the TCO label follows the
    // estimate's ownership figures.
    Document doc;
    doc.reset(generated("gb300-nvl72", 1.0), {});
    EstimatesDock dock(&doc);
    QVERIFY(waitForResult(dock, 0));
    QCOMPARE(dock.procurementBox()->currentData().toInt(), int(Procurement::Build));
    QVERIFY(!dock.rentTermSpin()->isEnabled());
    const double buildTco = dock.snapshot().estimate.ownership.tcoUsd;
    QVERIFY(dock.tcoText().startsWith("TCO "));
    int n = dock.runner()->resultCount();
    dock.procurementBox()->setCurrentIndex(
        dock.procurementBox()->findData(int(Procurement::Cloud)));
    QCOMPARE(doc.design().settings.procurement, Procurement::Cloud);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(dock.rentTermSpin()->isEnabled());
    QVERIFY(waitForResult(dock, n));
    const OwnershipCost& cloud = dock.snapshot().estimate.ownership;
    QCOMPARE(cloud.procurement, Procurement::Cloud);
    QVERIFY(cloud.tcoUsd != buildTco);
    QCOMPARE(cloud.upfrontUsd, 0.0);
    // The horizon: typed and confirmed, one more undo step.
    n = dock.runner()->resultCount();
    dock.tcoHorizonSpin()->setValue(3);
    emit dock.tcoHorizonSpin()->editingFinished();
    QCOMPARE(doc.design().settings.tcoHorizonYears, 3);
    QCOMPARE(doc.undoStack()->count(), 2);
    QVERIFY(waitForResult(dock, n));
    QCOMPARE(dock.snapshot().estimate.ownership.tcoHorizonYears, 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().settings.procurement, Procurement::Build);
    QCOMPARE(doc.design().settings.tcoHorizonYears, 5);
    QCOMPARE(dock.procurementBox()->currentData().toInt(), int(Procurement::Build));
    QCOMPARE(dock.tcoHorizonSpin()->value(), 5);
}

QTEST_MAIN(TestEstimatesDock)
#include "test_estimates_dock.moc"
