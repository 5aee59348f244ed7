// Everyday editing through the real actions and keys: Ctrl+Y redo, single-key shortcuts that
// stay out of text fields, readable undo texts, copy/cut/paste (ids renewed, connections kept
// where both ends are copied, across windows through the clipboard), select similar, find,
// right-click menus, the array dialog that stays open on a refusal, the estimates' error
// banner, the help menu, the layout at 1366 x 768, and the display formats.
// Needs an X display (the viewport is VTK through GLX): run under Xvfb.
#include "EditingFixture.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/app/HelpMenu.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/commands/ClipboardPatches.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/reactions/ArrayReaction.hpp"
#include "ui/tools/ArrayDialog.hpp"
#include "ui/tools/HallTool.hpp"
#include "ui/tools/SelectTool.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace aifp;
using namespace aifp::ui;

namespace {

// hallWithEquipment (hall 1, CDU 2, LV-A 3) plus racks 4, 5 (gb300-nvl72) and 6 (dgx-b200),
// and pipe 7 from the CDU to rack 4.
Design hallWithRacksAndPipe() {
    Design d = aifp::test::hallWithEquipment();
    const struct {
        const char* name;
        const char* system;
        double x, y;
    } racks[] = {{"R-A1", "gb300-nvl72", 10.2, 10.6},
                 {"R-A2", "gb300-nvl72", 10.8, 10.6},
                 {"R-B1", "dgx-b200", 20.4, 10.6}};
    for (const auto& r : racks) {
        Rack k;
        k.id = d.allocateId();
        k.hallId = 1;
        k.name = r.name;
        k.catalogId = r.system;
        k.centerM = {r.x, r.y, 0};
        d.racks.push_back(k);
    }
    Pipe p;
    p.id = d.allocateId(); // 7
    p.fromId = 2;
    p.toId = 4;
    p.innerDiameterMm = 52.5;
    p.routeM = {{0.6, 12.0, 0}, {10.2, 12.0, 0}, {10.2, 10.6, 0}};
    p.lengthM = polylineLengthM(p.routeM);
    d.pipes.push_back(p);
    return d;
}

struct Shown {
    MainWindow w;
    Shown(const Design& d) {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            qWarning("window not exposed");
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w)) // window shortcuts need an active window
            qWarning("window not active");
        w.document()->reset(d, {});
        w.viewport()->setFocus();
    }
};

const PointM* rackCentre(const Design& d, ObjectId id) {
    for (const Rack& r : d.racks)
        if (r.id == id)
            return &r.centerM;
    return nullptr;
}

} // namespace

class TestEverydayEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_everyday_editing");
        QSettings().clear();
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
    }

    // Ctrl+Y redoes (as the guide says), and so does the platform's Ctrl+Shift+Z.
    void redoWithCtrlY() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        const Design start = doc->design();
        doc->setSelection({4});
        QTest::keyClick(s.w.viewport(), Qt::Key_Right); // nudge 0.6 m east
        const Design moved = doc->design();
        QVERIFY(!(moved == start));
        QCOMPARE(rackCentre(moved, 4)->xM, 10.8);
        QTest::keyClick(s.w.viewport(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc->design() == start);
        QTest::keyClick(s.w.viewport(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(doc->design() == moved);
        QTest::keyClick(s.w.viewport(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(s.w.viewport(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(doc->design() == moved);
        // The tool bar's buttons keep their labels; the undo text is their tooltip.
        QAction* undoButton = s.w.action("actionUndoButton");
        QVERIFY(undoButton);
        QCOMPARE(undoButton->text(), QString("Undo"));
        QVERIFY(undoButton->toolTip().contains("Nudge", Qt::CaseInsensitive) ||
                undoButton->toolTip().contains("Move", Qt::CaseInsensitive));
    }

    // Letters, Delete and arrows typed into a field (read-only too) stay in the field.
    void shortcutsStayOutOfTextFields() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        doc->setSelection({4});
        QLineEdit* readOnly = nullptr;
        for (QLineEdit* e : s.w.properties()->findChildren<QLineEdit*>())
            if (e->isReadOnly())
                readOnly = e;
        QVERIFY(readOnly);                  // the rack's row id
        QTRY_VERIFY(readOnly->isVisible()); // the form shows new rows on the next event loop
        readOnly->setFocus();
        QTRY_VERIFY(readOnly->hasFocus());
        const Design before = doc->design();
        for (Qt::Key k : {Qt::Key_H, Qt::Key_R, Qt::Key_P, Qt::Key_Delete, Qt::Key_Right})
            QTest::keyClick(readOnly, k);
        QVERIFY(s.w.activeTool() == static_cast<Tool*>(s.w.selectTool()));
        QVERIFY(doc->design() == before); // not rotated, deleted or nudged
        // The find field takes letters too.
        s.w.findField()->setFocus();
        QTest::keyClicks(s.w.findField(), "hp");
        QCOMPARE(s.w.findField()->text(), QString("hp"));
        QVERIFY(s.w.activeTool() == static_cast<Tool*>(s.w.selectTool()));
        // In the view the same key switches the tool (the guard only protects text fields).
        s.w.viewport()->setFocus();
        QTest::keyClick(s.w.viewport(), Qt::Key_H);
        QVERIFY(s.w.activeTool() == static_cast<Tool*>(s.w.hallTool()));
    }

    // Undo texts name the property as the form labels it, never by its internal key.
    void undoTextIsReadable() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        doc->setSelection({2});
        QVERIFY(s.w.properties()->editProperty("capacityKw", "1800"));
        const QString text = doc->undoStack()->undoText();
        QCOMPARE(text, QString("Change capacity (kW heat)"));
        QVERIFY(!s.w.action("actionUndo")->text().contains("capacityKw"));
    }

    // Copy the CDU and rack 4 (joined by pipe 7) and paste: new ids, the pipe comes along between
    // the copies, 0.6 m east; racks copied without their CDU lose that pipe.
    void copyPasteWithinProject() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        doc->setSelection({2, 4});
        s.w.action("actionCopy")->trigger();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(kSelectionMime));
        s.w.action("actionPaste")->trigger();
        const Design& d = doc->design();
        QCOMPARE(int(d.racks.size()), 4);
        QCOMPARE(int(d.coolingNodes.size()), 2);
        QCOMPARE(int(d.pipes.size()), 2);
        const Pipe& copy = d.pipes.back();
        const Rack& newRack = d.racks.back();
        const CoolingNode& newCdu = d.coolingNodes.back();
        QVERIFY(newRack.id >= 8 && newCdu.id >= 8 && copy.id >= 8); // renewed (nextId was 8)
        QCOMPARE(copy.fromId, newCdu.id);
        QCOMPARE(copy.toId, newRack.id);
        QCOMPARE(newRack.centerM.xM, 10.2 + 0.6);
        QCOMPARE(newRack.hallId, ObjectId(1));
        QCOMPARE(copy.routeM.front().xM, 0.6 + 0.6);
        // The paste is selected and is one undo step.
        QCOMPARE(int(doc->selection().size()), 3);
        QCOMPARE(doc->undoStack()->undoText(), QString("Paste 3 object(s)"));
        s.w.action("actionUndo")->trigger();
        QVERIFY(doc->design() == hallWithRacksAndPipe());

        // Rack 4 alone: no pipe (its CDU was not copied).
        doc->setSelection({4});
        s.w.action("actionCopy")->trigger();
        s.w.action("actionPaste")->trigger();
        QCOMPARE(int(doc->design().racks.size()), 4);
        QCOMPARE(int(doc->design().pipes.size()), 1);

        // Cut rack 5 and paste it back where it was, with a new id.
        doc->setSelection({5});
        s.w.action("actionCut")->trigger();
        QVERIFY(!rackCentre(doc->design(), 5));
        s.w.action("actionPaste")->trigger();
        const Rack& back = doc->design().racks.back();
        QVERIFY(back.id != 5);
        QCOMPARE(back.centerM.xM, 10.8);
        QCOMPARE(back.name, std::string("R-A2"));
    }

    // Across projects (another window) through the clipboard: same coordinates, the target's
    // hall under them; garbage on the clipboard is refused with a reason.
    void copyPasteAcrossProjects() {
        Shown a(hallWithRacksAndPipe());
        a.w.document()->setSelection({2, 4, 5});
        a.w.action("actionCopy")->trigger();
        Shown b(aifp::test::hallWithEquipment());
        QVERIFY(b.w.paste());
        const Design& d = b.w.document()->design();
        QCOMPARE(int(d.racks.size()), 2);
        QCOMPARE(int(d.pipes.size()), 1);
        QCOMPARE(d.racks.front().centerM.xM, 10.2);
        QCOMPARE(d.racks.front().hallId, ObjectId(1));
        QGuiApplication::clipboard()->setText("not a selection");
        QVERIFY(!b.w.paste());
        QCOMPARE(int(b.w.document()->design().racks.size()), 2);
    }

    void selectSimilarAndFind() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        doc->setSelection({4});
        s.w.action("actionSelectSimilar")->trigger();
        QCOMPARE(doc->selection(), (std::vector<ObjectId>{4, 5})); // both GB300, not the B200
        s.w.action("actionFind")->trigger();
        QTRY_VERIFY(s.w.findField()->hasFocus());
        QTest::keyClicks(s.w.findField(), "lv-a");
        QTest::keyClick(s.w.findField(), Qt::Key_Return);
        QCOMPARE(doc->selection(), (std::vector<ObjectId>{3}));
        QCOMPARE(s.w.findAndSelect("R-"), 3);
        QCOMPARE(s.w.findAndSelect("6"), 1);
        QCOMPARE(doc->selection(), (std::vector<ObjectId>{6}));
        QCOMPARE(s.w.findAndSelect("#99"), 0);
    }

    // Right click on an object in the view selects it and opens its menu; the tree has one too.
    void contextMenus() {
        Shown s(hallWithRacksAndPipe());
        Document* doc = s.w.document();
        s.w.viewport()->viewPlan();
        QTest::qWait(50);
        const QPoint at = s.w.viewport()->projectToWidget({20.4, 10.6, 1.0}).toPoint();
        QCOMPARE(s.w.viewport()->pickObject(at), ObjectId(6));
        QTest::mousePress(s.w.viewport(), Qt::RightButton, {}, at);
        QTest::mouseRelease(s.w.viewport(), Qt::RightButton, {}, at);
        QCOMPARE(doc->selection(), (std::vector<ObjectId>{6}));
        QMenu* menu = s.w.lastContextMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().contains(s.w.action("actionCopy")));
        QVERIFY(menu->actions().contains(s.w.action("actionSelectSimilar")));
        menu->close();
        emit s.w.projectTree()->view()->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(s.w.lastContextMenu() && s.w.lastContextMenu() != menu);
        QTRY_VERIFY(s.w.lastContextMenu()->isVisible());
        s.w.lastContextMenu()->close();
    }

    // A block that does not fit keeps the dialog open with the reason; a smaller one closes it.
    void arrayDialogStaysOpenWhenRefused() {
        Shown s(aifp::test::hallWithEquipment());
        s.w.action("actionArray")->trigger();
        ArrayDialog* dialog = s.w.arrayReaction()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->rowsBox()->setValue(30);
        dialog->racksBox()->setValue(80);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(!dialog->errorText().isEmpty(), "the refusal is shown in the dialog");
        QVERIFY(s.w.document()->design().racks.empty());
        dialog->rowsBox()->setValue(1);
        dialog->racksBox()->setValue(2);
        QVERIFY(dialog->errorText().isEmpty()); // the inputs changed
        dialog->originXBox()->setValue(6.0);
        dialog->originYBox()->setValue(6.0);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(int(s.w.document()->design().racks.size()), 2);
    }

    // A design with errors: the estimates say so next to the figures; a clean one does not.
    void estimatesShowDesignErrors() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* estimates = w.findChild<EstimatesDock*>();
        QVERIFY(estimates);
        QSignalSpy done(w.validation(), &ValidationRunner::finished);
        Design d = hallWithRacksAndPipe();
        d.racks[0].centerM = {45.0, 10.0, 0}; // outside the hall: a geometry error at least
        w.document()->reset(d, {});
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !w.validation()->busy(), 60000);
        int errors = 0;
        for (const Finding& f : w.validation()->latest().findings)
            errors += f.severity == Severity::Error;
        QVERIFY(errors > 0);
        QCOMPARE(estimates->errorBannerText(),
                 QString("%1 error(s): figures assume missing plant (see Findings)").arg(errors));
        // Errors gone: the banner goes.
        done.clear();
        w.document()->reset(Design{}, {});
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !w.validation()->busy(), 60000);
        bool anyError = false;
        for (const Finding& f : w.validation()->latest().findings)
            anyError = anyError || f.severity == Severity::Error;
        QCOMPARE(estimates->errorBannerText().isEmpty(), !anyError);
    }

    void helpMenu() {
        Shown s(Design{});
        s.w.action("actionAbout")->trigger();
        auto* about = s.w.findChild<QDialog*>("aboutDialog");
        QVERIFY(about && about->isVisible());
        const QString text = about->findChild<QTextBrowser*>()->toPlainText();
        for (const char* lib : {"Qt", "VTK", "Boost", "SQLite", "LGPL", "BSD", "Catalog"})
            QVERIFY2(text.contains(lib), lib);
        about->close();
        s.w.action("actionShortcuts")->trigger();
        auto* keys = s.w.findChild<QDialog*>("shortcutDialog");
        QVERIFY(keys && keys->isVisible());
        const QString sheet = keys->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY(sheet.contains("Ctrl+Y"));
        QVERIFY(sheet.contains("Paste"));
        keys->close();
        s.w.action("actionUserGuide")->trigger();
        auto* guide = s.w.findChild<QDialog*>("userGuideDialog");
        QVERIFY(guide && guide->isVisible());
        QVERIFY(guide->findChild<QTextBrowser*>()->toPlainText().contains("Shortcuts"));
        guide->close();
        QVERIFY(!s.w.action("toolHall")->toolTip().isEmpty());
    }

    // At 1366 x 768 the window fits, the docks do not overlap, the 3D view is the largest area,
    // Fit all leaves a margin and the legend stays in its corner.
    void layoutFitsSmallScreen() {
        QVERIFY(QGuiApplication::primaryScreen());
        MainWindow w;
        w.setWindowState(Qt::WindowNoState);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.minimumSizeHint().height() <= 768,
                 qPrintable(QString::number(w.minimumSizeHint().height())));
        QVERIFY(w.minimumSizeHint().width() <= 1366);
        w.resetLayout();
        w.document()->reset(hallWithRacksAndPipe(), {});
        QTest::qWait(100);
        QVERIFY(w.height() <= 768);
        QList<QRect> areas;
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            if (d->isVisible() && !d->visibleRegion().isEmpty())
                areas << QRect(d->mapTo(&w, QPoint(0, 0)), d->size());
        for (int i = 0; i < areas.size(); ++i)
            for (int j = i + 1; j < areas.size(); ++j)
                QVERIFY2(!areas[i].intersects(areas[j]) || areas[i] == areas[j], "docks overlap");
        const QSize view = w.viewport()->size();
        QVERIFY2(view.width() * view.height() * 3 >= w.width() * w.height(),
                 "the 3D view has at least a third of the window");
        w.action("actionFitAll")->trigger();
        const QRectF scene = w.viewport()->sceneRectOnScreen();
        const QRectF inner = QRectF(QPointF(0, 0), QSizeF(view)).adjusted(4, 4, -4, -4);
        QVERIFY2(inner.contains(scene),
                 qPrintable(QString("Fit all keeps the scene (%1,%2 %3x%4) inside the view (%5x%6) "
                                    "with a margin")
                                .arg(scene.x())
                                .arg(scene.y())
                                .arg(scene.width())
                                .arg(scene.height())
                                .arg(view.width())
                                .arg(view.height())));
        const QRectF legend = w.viewport()->legendRect();
        QVERIFY(!legend.isEmpty());
        QVERIFY(!legend.contains(QPointF(view.width() / 2.0, view.height() / 2.0)));
        QVERIFY(legend.right() <= view.width() && legend.top() >= 0);
        // A resize while fitted fits again.
        w.resize(1100, 700);
        QTest::qWait(100);
        QVERIFY(w.viewport()->isFitted());
        const QRectF after = w.viewport()->sceneRectOnScreen();
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(w.viewport()->size())).contains(after));
    }

    void displayFormats() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(bandwidthText(138556800.0), QString("138.6 Pb/s")); // 138,556,800 Gb/s
        QCOMPARE(bandwidthText(400.0), QString("400 Gb/s"));
        QCOMPARE(bandwidthText(12800.0), QString("12.8 Tb/s"));
        QCOMPARE(displayUnits("supply 35 degC above 30 degC"), QString("supply 35 °C above 30 °C"));
        QCOMPARE(displayUnits("needs 30 C water, 2 CDUs"), QString("needs 30 °C water, 2 CDUs"));
        QCOMPARE(localNumber(157000.0), QString("157,000"));
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestEverydayEditing)
#include "test_everyday_editing.moc"
