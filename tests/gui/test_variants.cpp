// The GUI's variants (issue 17, item 7): the Variants switcher (switching is one undo step, an
// edit lands in the active variant and survives save and reopen while the other variants keep
// their bytes), new/rename/delete/set-base as undo steps with the file's name rules, the Compare
// view (its figures are designFigures() of each variant) and the sensitivity tornado and risk
// register (sensitivity()'s order, riskRegister()'s rows). Needs an X display (the viewport).
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/Project.hpp"
#include "core/options/DesignFigures.hpp"
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/NewVariantDialog.hpp"
#include "ui/app/VariantSwitcher.hpp"
#include "ui/commands/AssumptionOverrideCommand.hpp"
#include "ui/commands/VariantCommands.hpp"
#include "ui/docks/CompareDock.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include "ui/docks/ScheduleDock.hpp"
#include "ui/docks/SensitivityDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

namespace {

const QString kSample = QStringLiteral(AIFP_PROJECTS_DIR "/sample-1mw.aifp");
const std::string kPriceKey = "price.electricity_usd_per_mwh";

struct ThreeVariants {
    QString path;
    Design base, n1, phase2;
};

// offer (base), n+1 (another redundancy), phase 2 (another customer) of the 1 MW sample.
ThreeVariants writeThreeVariants(const QTemporaryDir& dir) {
    ThreeVariants t;
    t.path = dir.filePath("variants.aifp");
    t.base = openProject(kSample.toStdString());
    t.n1 = t.base;
    t.n1.settings.powerRedundancy = RedundancyScheme::NPlus1;
    t.phase2 = t.base;
    t.phase2.site.customer = "Other customer";
    Project p;
    p.variants.resize(3);
    p.variants[0].name = "offer";
    p.variants[0].design = t.base;
    p.variants[1].name = "n+1";
    p.variants[1].design = t.n1;
    p.variants[2].name = "phase 2";
    p.variants[2].description = "the second phase";
    p.variants[2].design = t.phase2;
    saveProject(p, t.path.toStdString());
    return t;
}

struct CliResult {
    int exitCode = -1;
    QString out, err;
};

CliResult runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(AIFP_CLI_PATH), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool waitIdle(VariantSwitcher* s) {
    for (int i = 0; i < 30000 && s->busy(); ++i)
        QTest::qWait(10);
    return !s->busy();
}

bool switchAndWait(VariantSwitcher* s, const QString& name) {
    if (!s->switchTo(name))
        return false;
    for (int i = 0; i < 6000 && s->busy(); ++i)
        QTest::qWait(10);
    return !s->busy();
}

bool waitForRunner(LatestJobRunner* runner, int after) {
    for (int i = 0; i < 12000; ++i) {
        if (runner->resultCount() > after && !runner->busy())
            return true;
        QTest::qWait(10);
    }
    return false;
}

// With AIFP_VARIANTS_SHOTS=DIR, each tab of the dock is saved as DIR/<prefix>-<tab>.png (the
// dock floated at 1400 x 520) for looking at; nothing is written otherwise.
void saveTabs(QDockWidget* dock, const QString& prefix) {
    const QString dir = qEnvironmentVariable("AIFP_VARIANTS_SHOTS");
    if (dir.isEmpty())
        return;
    dock->setFloating(true);
    dock->resize(1400, 520);
    auto* tabs = dock->findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        dock->grab().save(QString("%1/%2-%3.png").arg(dir, prefix).arg(i));
    }
    dock->setFloating(false);
}

// With AIFP_VARIANTS_SHOTS=DIR, the window is saved as DIR/<name>.png.
void saveWindow(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("AIFP_VARIANTS_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QString("%1/%2.png").arg(dir, name));
}

} // namespace

class TestVariants : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_variants");
        QSettings().clear();
        QVERIFY(recoveryRoot_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recoveryRoot_.path().toUtf8());
    }

    // The combo lists the variants, base marked; switching is one undo step; redo switches again.
    void switchingIsUndoable() {
        QTemporaryDir dir;
        const ThreeVariants t = writeThreeVariants(dir);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(t.path));
        auto* switcher = w.findChild<VariantSwitcher*>();
        QVERIFY(switcher);
        QComboBox* combo = switcher->combo();
        QCOMPARE(combo->count(), 3);
        QVERIFY(combo->itemText(0).startsWith("offer"));
        QVERIFY(combo->itemText(0) != "offer"); // marked as the base
        QCOMPARE(combo->itemText(2), QString("phase 2"));
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!w.document()->variantLoaded(1)); // its bytes only, until first opened

        QVERIFY(switchAndWait(switcher, "n+1"));
        QCOMPARE(w.document()->variantName(), std::string("n+1"));
        QVERIFY(w.document()->design() == t.n1);
        QCOMPARE(combo->currentIndex(), 1);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        qInfo("switch to a 1 MW variant not opened yet: %lld ms", switcher->lastSwitchMs());

        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->variantName(), std::string("offer"));
        QVERIFY(w.document()->design() == t.base);
        QCOMPARE(combo->currentIndex(), 0);
        w.document()->undoStack()->redo();
        QCOMPARE(w.document()->variantName(), std::string("n+1"));
        QVERIFY(w.document()->design() == t.n1);
        QCOMPARE(combo->currentIndex(), 1);

        // Back and forth between opened variants: the designs are moved, not read again.
        QVERIFY(switchAndWait(switcher, "offer"));
        QVERIFY(w.document()->design() == t.base);
        QVERIFY(switchAndWait(switcher, "n+1"));
        QVERIFY(w.document()->design() == t.n1);
        QCOMPARE(w.document()->undoStack()->count(), 3);
        w.document()->undoStack()->setClean(); // nothing to ask at close
    }

    // An edit after a switch lands in that variant; saved and reopened it is there, the base is
    // unchanged and the variants not edited are written back as the same bytes. Undoing past the
    // switch undoes the edit in its own variant.
    void editAfterSwitchLandsInThatVariant() {
        QTemporaryDir dir;
        const ThreeVariants t = writeThreeVariants(dir);
        const Project before = openProjectFile(t.path.toStdString());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(t.path));
        auto* switcher = w.findChild<VariantSwitcher*>();
        QVERIFY(switchAndWait(switcher, "phase 2"));
        w.document()->push(new AssumptionOverrideCommand(w.document(), kPriceKey, 99.0));
        QCOMPARE(w.document()->design().assumptionOverrides.at(kPriceKey), 99.0);
        QVERIFY(w.saveFile(t.path));

        const Project after = openProjectFile(t.path.toStdString());
        QCOMPARE(after.variants.size(), std::size_t(3));
        QCOMPARE(after.variants[0].name, std::string("offer")); // still the base
        QVERIFY(*after.variants[0].design == t.base);
        QCOMPARE(after.variants[1].name, std::string("n+1"));
        QVERIFY(*after.variants[1].image == *before.variants[1].image); // the same bytes
        QCOMPARE(after.variants[2].name, std::string("phase 2"));
        QCOMPARE(after.variants[2].description, std::string("the second phase"));
        Design expected = t.phase2;
        expected.assumptionOverrides[kPriceKey] = 99.0;
        QVERIFY(openProjectVariant(t.path.toStdString(), "phase 2") == expected);

        // Undo: the edit goes from phase 2, then the switch; the base was never touched.
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->design() == t.phase2);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->variantName(), std::string("offer"));
        QVERIFY(w.document()->design() == t.base);
        QVERIFY(w.saveFile(t.path));
        QVERIFY(openProjectVariant(t.path.toStdString(), "phase 2") == t.phase2);
        QVERIFY(openProjectVariant(t.path.toStdString(), "n+1") == t.n1);
        QVERIFY(openProjectVariant(t.path.toStdString(), "offer") == t.base);
    }

    // New from current, rename, delete and set base: undo steps, the file's name rules.
    void addRenameDeleteSetBase() {
        QTemporaryDir dir;
        const ThreeVariants t = writeThreeVariants(dir);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(t.path));
        auto* switcher = w.findChild<VariantSwitcher*>();
        Document* doc = w.document();

        QVERIFY(switcher->nameProblem("n+1").contains("exists already"));
        QVERIFY(switcher->nameProblem("a,b").contains("comma"));
        QVERIFY(switcher->nameProblem(" x").contains("space"));
        QVERIFY(switcher->nameProblem("").contains("empty"));
        QVERIFY(switcher->nameProblem("gb300 2n").isEmpty());
        QVERIFY(switcher->nameProblem("n+1", 1).isEmpty()); // its own name when renaming

        QVERIFY(switchAndWait(switcher, "n+1"));
        doc->push(new AddVariantCommand(doc, "n+1 copy", "to try"));
        QCOMPARE(doc->variantCount(), std::size_t(4));
        QCOMPARE(doc->variantName(), std::string("n+1 copy"));
        QCOMPARE(doc->variant(3).createdFrom, std::string("n+1"));
        QVERIFY(doc->design() == t.n1);
        QCOMPARE(switcher->combo()->count(), 4);
        QCOMPARE(switcher->combo()->currentIndex(), 3);

        doc->push(new RenameVariantCommand(doc, 1, "n plus 1"));
        QCOMPARE(doc->variant(1).name, std::string("n plus 1"));
        QCOMPARE(doc->variant(3).createdFrom, std::string("n plus 1"));
        doc->undoStack()->undo();
        QCOMPARE(doc->variant(1).name, std::string("n+1"));
        QCOMPARE(doc->variant(3).createdFrom, std::string("n+1"));
        doc->undoStack()->redo();

        // Delete the active variant: the base becomes active; undo brings both back.
        doc->push(new DeleteVariantCommand(doc, 3));
        QCOMPARE(doc->variantCount(), std::size_t(3));
        QCOMPARE(doc->variantName(), std::string("offer"));
        doc->undoStack()->undo();
        QCOMPARE(doc->variantCount(), std::size_t(4));
        QCOMPARE(doc->variantName(), std::string("n+1 copy"));
        doc->undoStack()->redo();

        // Set as base: phase 2 becomes the base of the saved file.
        QVERIFY(switchAndWait(switcher, "phase 2"));
        doc->push(new SetBaseVariantCommand(doc, doc->activeVariant()));
        QCOMPARE(doc->variant(0).name, std::string("phase 2"));
        QCOMPARE(doc->activeVariant(), std::size_t(0));
        QVERIFY(switcher->combo()->itemText(0).startsWith("phase 2"));
        QVERIFY(w.saveFile(t.path));
        const VariantListing l = listVariants(t.path.toStdString());
        QCOMPARE(l.variants.size(), std::size_t(3));
        QCOMPARE(l.variants[0].name, std::string("phase 2"));
        QVERIFY(openProjectVariant(t.path.toStdString(), "") == t.phase2);
        QVERIFY(openProjectVariant(t.path.toStdString(), "offer") == t.base);
        QVERIFY(openProjectVariant(t.path.toStdString(), "n plus 1") == t.n1);
        doc->undoStack()->undo();
        QCOMPARE(doc->variant(0).name, std::string("offer"));
        QCOMPARE(doc->variantName(), std::string("phase 2"));
        QVERIFY(w.saveFile(t.path));
        QCOMPARE(listVariants(t.path.toStdString()).variants[0].name, std::string("offer"));
        QVERIFY(openProjectVariant(t.path.toStdString(), "phase 2") == t.phase2);
    }

    // The Compare table holds designFigures() of each variant, base first, differences to it;
    // the charts draw the same figures; an edit recomputes.
    void compareEqualsDesignFigures() {
        QTemporaryDir dir;
        const ThreeVariants t = writeThreeVariants(dir);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(t.path));
        auto* dock = w.findChild<CompareDock*>();
        QVERIFY(dock);
        int results = dock->runner()->resultCount();
        dock->show();
        dock->raise();
        dock->refreshNow();
        QVERIFY(waitForRunner(dock->runner(), results));
        const std::vector<std::pair<std::string, const Design*>> expected = {
            {"offer", &t.base}, {"n+1", &t.n1}, {"phase 2", &t.phase2}};
        auto check = [&](const std::vector<std::pair<std::string, const Design*>>& want) {
            const Comparison& c = dock->comparison();
            QCOMPARE(c.designs.size(), want.size());
            QTableWidget* table = dock->table();
            QCOMPARE(table->columnCount(), int(want.size()));
            const auto& fields = comparedFigures();
            for (std::size_t v = 0; v < want.size(); ++v) {
                const Catalog catalog =
                    Catalog::builtin().withUserEntries(want[v].second->userCatalog);
                const DesignFigures f = designFigures(*want[v].second, catalog, want[v].first);
                QCOMPARE(c.designs[v].name, want[v].first);
                for (std::size_t r = 0; r < fields.size(); ++r) {
                    const double a = fields[r].get(f);
                    const QTableWidgetItem* item = table->item(int(r), int(v));
                    QVERIFY(item);
                    QCOMPARE(item->data(Qt::UserRole + 1).toString(), QString(fields[r].key));
                    const double shown = item->data(Qt::UserRole).toDouble();
                    QVERIFY2(a == shown || (std::isnan(a) && std::isnan(shown)), fields[r].key);
                }
                QCOMPARE(c.designs[v].firstToken, f.firstToken);
                QCOMPARE(dock->chartValues(0)[v], f.capex / 1e6);
                QCOMPARE(dock->chartValues(1)[v], f.facilityDesignMw);
                QCOMPARE(dock->chartValues(2)[v], f.tokensPerSecondPerMw);
                QCOMPARE(dock->chartValues(3)[v], f.firstTokenWeeks);
            }
        };
        check(expected);
        QCOMPARE(dock->chartTitles().size(), 4);
        saveTabs(dock, "compare");

        // A switch changes no variant's name, order or design: the comparison is neither
        // recomputed nor redrawn (the table keeps its items).
        auto* switcher = w.findChild<VariantSwitcher*>();
        results = dock->runner()->resultCount();
        const QTableWidgetItem* firstCell = dock->table()->item(0, 0);
        QVERIFY(switchAndWait(switcher, "n+1"));
        QVERIFY(!dock->busy());
        QTest::qWait(200);
        QVERIFY(!dock->busy());
        QCOMPARE(dock->runner()->resultCount(), results);
        QCOMPARE(dock->table()->item(0, 0), firstCell);
        check(expected);

        // An edit in n+1: recomputed (debounced), the others kept.
        w.document()->push(new AssumptionOverrideCommand(w.document(), kPriceKey, 250.0));
        Design n1Edited = t.n1;
        n1Edited.assumptionOverrides[kPriceKey] = 250.0;
        results = dock->runner()->resultCount();
        QVERIFY(waitForRunner(dock->runner(), results));
        check({{"offer", &t.base}, {"n+1", &n1Edited}, {"phase 2", &t.phase2}});
        QVERIFY(dock->comparison().designs[1].costPerMillionTokens !=
                dock->comparison().designs[0].costPerMillionTokens);
        w.document()->undoStack()->setClean();
    }

    // The tornado draws sensitivity()'s drivers in its order, largest on top; the risk table
    // holds riskRegister()'s rows in rank order.
    void tornadoAndRiskRegister() {
        QTemporaryDir dir;
        const ThreeVariants t = writeThreeVariants(dir);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(t.path));
        auto* dock = w.findChild<SensitivityDock*>();
        QVERIFY(dock);
        const int results = dock->runner()->resultCount();
        dock->show();
        dock->raise();
        dock->refreshNow();
        QVERIFY(waitForRunner(dock->runner(), results));

        const Catalog catalog = Catalog::builtin().withUserEntries(t.base.userCatalog);
        const SensitivityResult s = sensitivity(t.base, catalog);
        QCOMPARE(s.outputs.size(), std::size_t(2));
        for (int o = 0; o < 2; ++o) {
            const QStringList bars = dock->tornadoOrder(o);
            const auto& drivers = s.outputs[std::size_t(o)].drivers;
            QVERIFY(!bars.isEmpty());
            QCOMPARE(std::size_t(bars.size()), std::min<std::size_t>(drivers.size(), 12));
            for (int k = 0; k < bars.size(); ++k) {
                const QString prefix = QString("%1. ").arg(k + 1);
                QVERIFY2(bars[k].startsWith(prefix), qPrintable(bars[k]));
                QString text = bars[k].mid(prefix.size());
                if (text.endsWith(QChar(0x2026)))
                    text.chop(1);
                QVERIFY2(QString::fromStdString(drivers[std::size_t(k)].input).startsWith(text),
                         qPrintable(bars[k]));
            }
        }
        const std::vector<Risk> risks = riskRegister(t.base, catalog, s);
        QTableWidget* table = dock->riskTable();
        QCOMPARE(table->rowCount(), int(risks.size()));
        QCOMPARE(table->columnCount(), 7);
        for (std::size_t i = 0; i < risks.size(); ++i) {
            QCOMPARE(table->item(int(i), 0)->text(), QString::number(i + 1));
            QCOMPARE(table->item(int(i), 2)->text(), QString::fromStdString(risks[i].title));
            QCOMPARE(table->item(int(i), 6)->text(), QString::fromStdString(risks[i].mitigation));
        }
        saveTabs(dock, "sensitivity");
    }

    // Variants > New variant from targets or swap: the dialog's request, made on a worker thread,
    // gives the design aifp-cli variant add --redundancy N+1 and swap --as write (the same core
    // functions); each is one undo step that adds the variant (undo removes it); the swap's
    // report is the CLI's text and names the busways the CLI's JSON says must grow.
    void newVariantFromTargetsAndSwap() {
        QTemporaryDir dir;
        const QString cliFile = dir.filePath("cli.aifp");
        const QString guiFile = dir.filePath("gui.aifp");
        CliResult r = runCli({"new", cliFile, "--gpus", "1152", "--system", "gb300-nvl72"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::copy(cliFile, guiFile));
        r = runCli({"variant", "add", cliFile, "n+1", "--redundancy", "N+1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({"swap", cliFile, "--system", "vr-nvl72", "--mode", "every-position", "--as",
                    "vera rubin"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString cliSwapText = r.out;
        const CliResult json = runCli({"swap", guiFile, "--system", "vr-nvl72", "--mode",
                                       "every-position", "--format", "json"});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QStringList buswayNames;
        for (const QJsonValue& k :
             QJsonDocument::fromJson(json.out.toUtf8()).object()["must_add"].toArray())
            if (k.toObject()["kind"].toString() == "busway")
                for (const QJsonValue& item : k.toObject()["items"].toArray())
                    buswayNames << item.toObject()["name"].toString();
        QVERIFY(!buswayNames.isEmpty()); // a hall sized for GB300 cannot carry Vera Rubin

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(guiFile));
        auto* switcher = w.findChild<VariantSwitcher*>();
        Document* doc = w.document();
        const Design base = doc->design();

        // Re-generate: the dialog's request for N+1.
        NewVariantDialog dialog(&w, {"base"}, 0, "n+1",
                                [&](const QString& n) { return switcher->nameProblem(n); });
        dialog.setHow(NewVariantRequest::How::Regenerate);
        dialog.redundancyBox()->setCurrentIndex(
            dialog.redundancyBox()->findData(int(RedundancyScheme::NPlus1)));
        NewVariantRequest req = dialog.request();
        QVERIFY(dialog.findChild<QLabel*>("variantNameProblem")->text().isEmpty()); // OK enabled
        QCOMPARE(req.how, NewVariantRequest::How::Regenerate);
        QVERIFY(req.changes.redundancy && *req.changes.redundancy == RedundancyScheme::NPlus1);
        QVERIFY(!req.changes.systemId && !req.changes.cooling && !req.procurement);
        QVERIFY(switcher->createVariant(req));
        QVERIFY(waitIdle(switcher));
        QCOMPARE(switcher->lastError(), QString());
        QCOMPARE(doc->variantCount(), std::size_t(2));
        QCOMPARE(doc->variantName(), std::string("n+1"));
        QCOMPARE(doc->variant(1).createdFrom, std::string("base"));
        const Design cliN1 = openProjectVariant(cliFile.toStdString(), "n+1");
        QVERIFY(doc->design() == cliN1);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->variantCount(), std::size_t(1));
        QCOMPARE(doc->variantName(), std::string("base"));
        QVERIFY(doc->design() == base);
        doc->undoStack()->redo();
        QCOMPARE(doc->variantCount(), std::size_t(2));
        QVERIFY(doc->design() == cliN1);

        // Swap from the base, every position.
        NewVariantDialog swapDialog(&w, {"base", "n+1"}, 1, "vera rubin",
                                    [&](const QString& n) { return switcher->nameProblem(n); });
        swapDialog.setHow(NewVariantRequest::How::Swap);
        swapDialog.sourceBox()->setCurrentIndex(0);
        swapDialog.swapSystemBox()->setCurrentIndex(
            swapDialog.swapSystemBox()->findData("vr-nvl72"));
        swapDialog.swapModeBox()->setCurrentIndex(
            swapDialog.swapModeBox()->findData(int(SwapMode::EveryPosition)));
        req = swapDialog.request();
        swapDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&swapDialog));
        saveWindow(&swapDialog, "new-variant-dialog-swap");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveWindow(&dialog, "new-variant-dialog-regenerate");
        dialog.hide();
        swapDialog.hide();
        QCOMPARE(req.source, std::size_t(0));
        QCOMPARE(req.swapSystemId, std::string("vr-nvl72"));
        QVERIFY(switcher->createVariant(req));
        QVERIFY(waitIdle(switcher));
        QCOMPARE(switcher->lastError(), QString());
        QCOMPARE(doc->variantCount(), std::size_t(3));
        QCOMPARE(doc->variantName(), std::string("vera rubin"));
        QVERIFY(doc->design() == openProjectVariant(cliFile.toStdString(), "vera rubin"));
        const QString report = switcher->lastReport();
        QVERIFY(!report.isEmpty());
        QVERIFY2(cliSwapText.contains(report.trimmed()), qPrintable(report));
        for (const QString& name : buswayNames.mid(0, 3))
            QVERIFY2(report.contains(name), qPrintable(name));
        auto* box = w.findChild<QMessageBox*>("variantReportBox");
        QVERIFY(box && box->isVisible());
        saveWindow(box, "new-variant-swap-report");
        saveWindow(&w, "new-variant-swap");
        box->close();
        doc->undoStack()->undo();
        QCOMPARE(doc->variantCount(), std::size_t(2));
        QCOMPARE(doc->variantName(), std::string("n+1"));
        doc->undoStack()->setClean();
    }

    // What the views show right after a switch, its undo and its redo is the switched-to
    // variant's own (results kept per variant are shown at once, others recomputed), never the
    // other variant's: the findings summary, the Estimates GPU count and first token, the
    // project tree's site; also when a background run for the variant switched away from is
    // still running and lands after the switch. The oracle: each variant's figures as shown
    // when it was first opened and every background job had finished.
    void resultsShownAreTheSwitchedToVariants() {
        QTemporaryDir dir;
        const QString path = dir.filePath("two.aifp");
        {
            Project p;
            p.variants.resize(2);
            const std::pair<const char*, int> made[] = {{"a", 576}, {"b", 1152}};
            for (std::size_t i = 0; i < 2; ++i) {
                FactoryTargets t;
                t.targetGpus = made[i].second;
                t.systemId = "gb300-nvl72";
                p.variants[i].name = made[i].first;
                p.variants[i].design = generateFactory(t, Catalog::builtin()).design;
                p.variants[i].design->site.name = std::string("Campus ") + made[i].first;
            }
            saveProject(p, path.toStdString());
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto* switcher = w.findChild<VariantSwitcher*>();
        auto* estimates = w.findChild<EstimatesDock*>();
        auto* schedule = w.findChild<ScheduleDock*>();
        QVERIFY(switcher && estimates && schedule);
        Document* doc = w.document();
        auto idle = [&] {
            for (int i = 0; i < 30000; ++i) {
                if (!w.backgroundBusy())
                    return true;
                QTest::qWait(10);
            }
            return false;
        };
        struct Shown {
            QString findings, gpus, firstToken, site;
            bool operator==(const Shown&) const = default;
        };
        auto shown = [&] {
            Shown s;
            s.findings = w.findings()->summaryText();
            s.gpus = estimates->figureText("gpus");
            s.firstToken = schedule->firstTokenText();
            auto* model = w.projectTree()->model();
            if (model->design() == &doc->design())
                s.site = model->index(0, 0).data().toString();
            return s;
        };
        QVERIFY(idle());
        const Shown a = shown();
        QVERIFY(switchAndWait(switcher, "b"));
        QVERIFY(idle());
        const Shown b = shown();
        QCOMPARE(a.site, QString("Site: Campus a"));
        QCOMPARE(b.site, QString("Site: Campus b"));
        QCOMPARE(a.gpus, QLocale().toString(576));
        QCOMPARE(b.gpus, QLocale().toString(1152));

        // Undo and redo of the switch: kept results, shown at once (no event loop between).
        doc->undoStack()->undo();
        QCOMPARE(doc->variantName(), std::string("a"));
        QVERIFY(shown() == a);
        doc->undoStack()->redo();
        QCOMPARE(doc->variantName(), std::string("b"));
        QVERIFY(shown() == b);

        // An edit in b starts background runs for it; switching to a before they land shows
        // a's results at once, and the runs for b, landing later, do not replace them.
        doc->push(new AssumptionOverrideCommand(doc, kPriceKey, 77.0));
        QVERIFY(estimates->runner()->busy() || w.validation()->busy());
        QVERIFY(switcher->switchTo("a"));
        QCOMPARE(doc->variantName(), std::string("a"));
        QVERIFY(shown() == a);
        QVERIFY(idle());
        QTest::qWait(50);
        QVERIFY(shown() == a);
        // Back to b, edited: its own results once its runs are done (the price does not change
        // the GPU count or the findings of the unedited design).
        QVERIFY(switcher->switchTo("b"));
        QVERIFY(idle());
        const Shown edited = shown();
        QCOMPARE(edited.gpus, b.gpus);
        QCOMPARE(edited.site, b.site);
        QCOMPARE(edited.findings, b.findings);
        QCOMPARE(estimates->runner()->latestStamp(), doc->variantStamp(doc->activeVariant()));
        doc->undoStack()->setClean();
    }

    // The swap's system defaults to the natural next generation of the source variant's
    // system (suggestedSwapSystem): gb300-nvl72 -> vr-nvl72; it follows the source until the
    // user picks one.
    void swapDefaultsToTheNextGeneration() {
        NewVariantDialog dialog(nullptr, {"gb300", "dgx"}, 0, "next", {});
        dialog.setVariantSystems({"gb300-nvl72", "dgx-h100"});
        QCOMPARE(dialog.swapSystemBox()->currentData().toString(), QString("vr-nvl72"));
        dialog.sourceBox()->setCurrentIndex(1);
        QCOMPARE(dialog.swapSystemBox()->currentData().toString(), QString("dgx-b200"));
        dialog.setHow(NewVariantRequest::How::Swap);
        QCOMPARE(dialog.request().swapSystemId, std::string("dgx-b200"));
        // A system picked by the user stays when the source changes.
        const int gb200 = dialog.swapSystemBox()->findData("gb200-nvl72");
        dialog.swapSystemBox()->setCurrentIndex(gb200);
        emit dialog.swapSystemBox()->activated(gb200);
        dialog.sourceBox()->setCurrentIndex(0);
        QCOMPARE(dialog.swapSystemBox()->currentData().toString(), QString("gb200-nvl72"));
    }

    // At 1 GW (AIFP_VARIANTS_1GW=FILE, a file with variants n+1 and vera-rubin made by
    // aifp-cli new --target-mw 1000 and variant add; not run by default, figures for
    // docs/options.md): the first switch opens the variant in the background, the GUI thread
    // stays free; switching back and forth between opened variants only swaps designs.
    void switchAtOneGigawatt() {
        const QString path = qEnvironmentVariable("AIFP_VARIANTS_1GW");
        if (path.isEmpty())
            QSKIP("set AIFP_VARIANTS_1GW to a 1 GW file with variants to measure");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QElapsedTimer t;
        t.start();
        QVERIFY(w.openFile(path));
        qInfo("1 GW: File > Open of the base (reading and the views' reset handlers): %lld ms",
              t.elapsed());
        auto* switcher = w.findChild<VariantSwitcher*>();
        t.restart();
        QVERIFY(switcher->switchTo("n+1"));
        const qint64 requestMs = t.elapsed(); // the GUI thread is free again after this
        QVERIFY(switcher->busy());            // opening in the background
        QVERIFY(switchAndWait(switcher, "n+1"));
        QCOMPARE(w.document()->variantName(), std::string("n+1"));
        qInfo("1 GW: first switch to n+1: request %lld ms on the GUI thread, done after %lld ms "
              "(background open included)",
              requestMs, switcher->lastSwitchMs());
        for (const char* name : {"base", "n+1", "base"}) {
            t.restart();
            QVERIFY(switchAndWait(switcher, name));
            qInfo("1 GW: switch to opened variant %s: %lld ms (document swap and the views' "
                  "reset handlers, on the GUI thread)",
                  name, t.elapsed());
            QCOMPARE(w.document()->variantName(), std::string(name));
        }
        w.document()->undoStack()->setClean();
    }

private:
    QTemporaryDir recoveryRoot_;
};

QTEST_MAIN(TestVariants)
#include "test_variants.moc"
