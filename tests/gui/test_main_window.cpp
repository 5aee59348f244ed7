// The main window driven through its actions, dialogs, docks and tools: array of racks, pipe and
// busway routes, undo/redo, save and reopen, the properties editor, a corrupt file, findings.
// Needs an X display (the viewport is VTK through GLX): run under Xvfb.
#include "EditingFixture.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/reactions/ArrayReaction.hpp"
#include "ui/tools/ArrayDialog.hpp"
#include "ui/tools/RouteTool.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design hallWithEquipment() {
    return aifp::test::hallWithEquipment();
}

using aifp::test::floorClick;

// Closes the next modal message box, keeping its text.
void closeNextMessageBox(QString* text) {
    QTimer::singleShot(50, [text] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                *text = box->text();
                box->accept();
                return;
            }
        closeNextMessageBox(text); // not shown yet
    });
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_main_window");
        QSettings().clear();
        // Autosave recovery files of these windows go to a directory the test removes.
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
    }

    void arrayRoutesUndoRedoSaveReopen() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document* doc = w.document();
        doc->reset(hallWithEquipment(), {});
        std::vector<Design> steps{doc->design()};

        // Array of 2 rows x 6 racks through the action and its dialog.
        w.action("actionArray")->trigger();
        ArrayDialog* dialog = w.arrayReaction()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->rowsBox()->setValue(2);
        dialog->racksBox()->setValue(6);
        dialog->aisleBox()->setValue(1.2);
        dialog->originXBox()->setValue(6.0);
        dialog->originYBox()->setValue(6.0);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(int(doc->design().racks.size()), 12);
        QCOMPARE(int(doc->selection().size()), 12);
        steps.push_back(doc->design());

        // A pipe from the CDU to the first rack (6.3, 6.6).
        QAction* pipeTool = w.action("toolRoutePipe");
        pipeTool->trigger();
        QVERIFY(w.activeTool() == w.routeTool());
        w.routeTool()->mousePress(floorClick(0.6, 12.0));
        w.routeTool()->mousePress(floorClick(6.3, 6.6));
        QVERIFY(w.routeTool()->keyPress(Qt::Key_Return, Qt::NoModifier));
        QCOMPARE(int(doc->design().pipes.size()), 1);
        steps.push_back(doc->design());

        // A busway from LV-A above the second row (y = 6 + 1.2 + 1.2 + 0.6 = 9.0).
        w.action("toolRouteBusway")->trigger();
        w.routeTool()->mousePress(floorClick(0.6, 20.0));
        w.routeTool()->mousePress(floorClick(0.6, 9.0));
        w.routeTool()->mousePress(floorClick(9.9, 9.0));
        QVERIFY(w.routeTool()->keyPress(Qt::Key_Return, Qt::NoModifier));
        const Design& afterBusway = doc->design();
        QCOMPARE(int(afterBusway.powerNodes.size()), 2);
        QCOMPARE(int(afterBusway.powerLinks.size()), 1 + 6); // feed + a tap per rack of row 2
        steps.push_back(doc->design());
        QVERIFY(w.isWindowModified());

        // Undo back to the start, comparing each step, then redo forward.
        QAction* undo = w.action("actionUndo");
        QAction* redo = w.action("actionRedo");
        for (int i = int(steps.size()) - 2; i >= 0; --i) {
            undo->trigger();
            QVERIFY2(doc->design() == steps[std::size_t(i)],
                     qPrintable(QString("undo to %1").arg(i)));
        }
        QVERIFY(!w.isWindowModified());
        for (std::size_t i = 1; i < steps.size(); ++i) {
            redo->trigger();
            QVERIFY2(doc->design() == steps[i], qPrintable(QString("redo to %1").arg(i)));
        }

        // Save, reopen in a fresh window, compare the model field by field.
        QTemporaryDir dir;
        const QString path = dir.filePath("gui-roundtrip.aifp");
        QVERIFY(w.saveFile(path));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().contains("gui-roundtrip.aifp"));
        QVERIFY(w.recentFiles().contains(QFileInfo(path).absoluteFilePath()));
        MainWindow w2;
        QVERIFY(w2.openFile(path));
        const Design& a = doc->design();
        const Design& b = w2.document()->design();
        QVERIFY(a.site == b.site);
        QVERIFY(a.settings == b.settings);
        QVERIFY(a.halls == b.halls);
        QVERIFY(a.rows == b.rows);
        QVERIFY(a.racks == b.racks);
        QVERIFY(a.powerNodes == b.powerNodes);
        QVERIFY(a.powerLinks == b.powerLinks);
        QVERIFY(a.coolingNodes == b.coolingNodes);
        QVERIFY(a.pipes == b.pipes);
        QCOMPARE(a.nextId, b.nextId);
        QVERIFY(a == b);
    }

    void editShortcutsRotateDuplicateDelete() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // window shortcuts need an active window
        Document* doc = w.document();
        doc->reset(hallWithEquipment(), {});
        QVERIFY(w.placeCatalogEntryAt("gb300-nvl72", {10.0, 10.0, 0.0}));
        QCOMPARE(int(doc->design().racks.size()), 1);
        const ObjectId rack = doc->design().racks.front().id;
        QCOMPARE(doc->selection(), std::vector<ObjectId>{rack});
        w.viewport()->setFocus();
        QTest::keyClick(w.viewport(), Qt::Key_R);
        QCOMPARE(doc->design().racks.front().rotationDeg, 90.0);
        QTest::keyClick(w.viewport(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(int(doc->design().racks.size()), 2);
        QVERIFY(doc->selection().front() != rack);
        const double x = doc->design().racks.back().centerM.xM;
        QTest::keyClick(w.viewport(), Qt::Key_Right);
        QVERIFY(std::fabs(doc->design().racks.back().centerM.xM - (x + 0.6)) < 1e-9);
        QTest::keyClick(w.viewport(), Qt::Key_Delete);
        QCOMPARE(int(doc->design().racks.size()), 1);
        // Cooling equipment from the catalog goes where it is dropped, snapped to 0.6 m.
        QVERIFY(w.placeCatalogEntryAt("cdu-generic-in-row", {20.1, 5.0, 0.0}));
        QCOMPARE(doc->design().coolingNodes.back().positionM.xM, 20.4);
        QCOMPARE(doc->design().coolingNodes.back().capacityKw, 600.0); // catalog capacity_max
        // Selecting in the tree selects in the document.
        QTreeView* tree = w.projectTree()->view();
        doc->setSelection({rack});
        QVERIFY(tree->selectionModel()->selectedIndexes().size() == 1);
    }

    void propertiesRefuseNegativeWidth() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document* doc = w.document();
        doc->reset(hallWithEquipment(), {});
        doc->setSelection({1});
        auto* width = qobject_cast<QLineEdit*>(w.properties()->editorFor("widthM"));
        QVERIFY(width);
        QCOMPARE(width->text(), QString("40"));
        QSignalSpy refused(w.properties(), &PropertiesDock::refused);
        width->setFocus();
        width->selectAll();
        QTest::keyClicks(width, "-5");
        QTest::keyClick(width, Qt::Key_Return);
        QTRY_COMPARE(refused.count(), 1);
        QVERIFY2(w.properties()->lastMessage().contains("Width (m) must be greater than zero"),
                 qPrintable(w.properties()->lastMessage()));
        QCOMPARE(doc->design().halls.front().widthM, 40.0);
        QCOMPARE(doc->undoStack()->count(), 0);
        // A valid width goes through the change-value command.
        width = qobject_cast<QLineEdit*>(w.properties()->editorFor("widthM"));
        width->setFocus();
        width->selectAll();
        QTest::keyClicks(width, "45.6");
        QTest::keyClick(width, Qt::Key_Return);
        QTRY_COMPARE(doc->design().halls.front().widthM, 45.6);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void corruptFileShowsReasonAndWindowStaysUsable() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.document()->reset(hallWithEquipment(), {});
        const Design before = w.document()->design();
        const QString path = QStringLiteral(AIFP_TEST_DATA_DIR) + "/gui/corrupt.aifp";
        std::string expected;
        try {
            openProject(path.toStdString());
        } catch (const ProjectFileError& e) {
            expected = e.what();
        }
        QVERIFY2(!expected.empty(), "the corrupt fixture opened without error");
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!w.openFile(path));
        QCOMPARE(shown, QString::fromStdString(expected));
        QVERIFY(w.document()->design() == before);
        // Still usable: place a rack and undo it.
        QVERIFY(w.placeCatalogEntryAt("gb300-nvl72", {10.0, 10.0, 0.0}));
        w.action("actionUndo")->trigger();
        QVERIFY(w.document()->design() == before);
        // A missing file too.
        closeNextMessageBox(&shown);
        QVERIFY(!w.openFile(QStringLiteral(AIFP_TEST_DATA_DIR) + "/gui/does-not-exist.aifp"));
        QVERIFY(!shown.isEmpty());
    }

    void findingClickSelectsObjects() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Design d = hallWithEquipment();
        // Two racks on the same spot (overlap) and one outside the hall: geometry findings.
        for (PointM p : {PointM{10.3, 10.6, 0}, PointM{10.3, 10.6, 0}, PointM{45.0, 10.0, 0}}) {
            Rack r;
            r.id = d.allocateId();
            r.hallId = 1;
            r.name = "Rack " + std::to_string(r.id);
            r.catalogId = "gb300-nvl72";
            r.centerM = p;
            d.racks.push_back(r);
        }
        QSignalSpy done(w.validation(), &ValidationRunner::finished);
        w.document()->reset(d, {});
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !w.validation()->busy(), 60000);
        FindingsDock* dock = w.findings();
        QVERIFY(dock->visibleCount() > 0);
        // Filter to errors, then to a rule that matches nothing.
        dock->severityFilter()->setCurrentIndex(1);
        const int errors = dock->visibleCount();
        QVERIFY(errors > 0);
        dock->ruleFilter()->setText("no-such-rule");
        QCOMPARE(dock->visibleCount(), 0);
        dock->ruleFilter()->clear();
        dock->severityFilter()->setCurrentIndex(0);
        // Click the first finding that names objects.
        QTableView* view = dock->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r)
            if (!view->model()->index(r, 3).data().toString().isEmpty())
                row = r;
        QVERIFY(row >= 0);
        const QString idsText = view->model()->index(row, 3).data().toString();
        const QRect cell = view->visualRect(view->model()->index(row, 2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!w.document()->selection().empty());
        QCOMPARE(QString::number(w.document()->selection().front()), idsText.split(", ").front());
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
