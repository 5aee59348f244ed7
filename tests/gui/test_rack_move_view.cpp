// A rack moved in the GUI (the select tool's patch and command) is drawn at its new place with
// its pipes and power feeders following it, updated in place (only the moved rack's tubes and the
// chunks that hold them): the view then draws exactly what a full rebuild of the moved design
// draws, and undo brings back the picture of before (issue 15, "Edits"), seen close (tubes) and
// from afar (the far view's merged lines). Needs an X display.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace aifp;
using namespace aifp::ui;

namespace {

bool waitIdle(MainWindow& w, int seconds) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        if (!w.validation()->busy())
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace

class TestRackMoveView : public QObject {
    Q_OBJECT
private slots:
    void movedRackDrawnAsAFullRebuildWould_data() {
        QTest::addColumn<bool>("far");
        QTest::addColumn<bool>("dragging");
        QTest::newRow("close: the rack's tubes") << false << false;
        // The whole site in a small image: every run under a pixel across, drawn as the far
        // view's distinct line segments (TubeSet), rebuilt for the chunks the move refilled.
        QTest::newRow("far: the site's lines") << true << false;
        // The same while the camera moves: the interactive view's snapped segments and small
        // boxes drawn as points (BoxInstances) follow the move too.
        QTest::newRow("far, camera moving: the interactive view") << true << true;
    }
    void movedRackDrawnAsAFullRebuildWould() {
        QFETCH(bool, far);
        QFETCH(bool, dragging);
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_rack_move_view");
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("AIFP_RECOVERY_DIR", dir.filePath("recovery").toUtf8());
        FactoryTargets t;
        t.targetGridMw = 5.0;
        Design design = generateFactory(t, Catalog::builtin()).design;
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document* doc = w.document();
        doc->reset(std::move(design), {}, true);
        QVERIFY(waitIdle(w, 120));
        auto* view = w.findChild<ViewportWidget*>();
        QVERIFY(view);
        // A rack with a pipe and a power feeder to it (the generator pipes every liquid-cooled
        // rack and feeds every rack): both follow it, drawn again in place.
        std::set<ObjectId> piped, fed;
        for (const Pipe& p : doc->design().pipes)
            piped.insert(p.toId);
        for (const PowerLink& l : doc->design().powerLinks)
            fed.insert(l.toId);
        ObjectId rackId = kNoId;
        for (const Rack& r : doc->design().racks)
            if (rackId == kNoId && piped.count(r.id) && fed.count(r.id))
                rackId = r.id;
        QVERIFY(rackId != kNoId);
        doc->setSelection({rackId});
        view->viewIsometric();
        if (far)
            view->fitAll();
        else
            view->fitSelection();
        const QPoint dragFrom(view->width() / 2, view->height() / 2);
        if (dragging) { // a middle-button drag (pan) held through the test: interactive frames
            QTest::mousePress(view, Qt::MiddleButton, Qt::NoModifier, dragFrom);
            const QPointF to(dragFrom + QPoint(2, 0));
            QMouseEvent move(QEvent::MouseMove, to, view->mapToGlobal(to), Qt::NoButton,
                             Qt::MiddleButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view, &move);
            QVERIFY(view->cameraMoving());
        }
        const QVariantMap camera = view->cameraState();
        const QSize size = far ? QSize(240, 160) : QSize(640, 480);
        const QImage before = view->renderToImage(size);

        // The move as the select tool makes it: the rack and the routes it drags along.
        DesignPatch patch = moveObjectsPatch(doc->design(), {rackId}, 1.2, 0.6);
        QVERIFY(patch.change(true).touches(ObjectKind::Pipe));
        doc->push(new ChangeValueCommand(doc, std::move(patch), "position/drag 1", "Move"));
        QVERIFY(waitIdle(w, 120));
        view->setCameraState(camera);
        const QImage moved = view->renderToImage(size);
        QVERIFY(moved != before);

        // The same design drawn from scratch: the same picture.
        view->setDesign(&doc->design(), &doc->catalog());
        view->setSelection(doc->selection());
        view->setCameraState(camera);
        const QImage rebuilt = view->renderToImage(size);
        QVERIFY2(moved == rebuilt, "the in-place update draws another picture than a rebuild");

        // Undo: the rack and its pipe back where they were, drawn as before.
        doc->undoStack()->undo();
        QVERIFY(waitIdle(w, 120));
        view->setCameraState(camera);
        const QImage undone = view->renderToImage(size);
        QVERIFY2(undone == before, "undo did not bring back the picture of before the move");
        if (dragging) {
            QVERIFY(view->cameraMoving());
            QTest::mouseRelease(view, Qt::MiddleButton, Qt::NoModifier, dragFrom);
        }
        doc->undoStack()->setClean();
    }
};

QTEST_MAIN(TestRackMoveView)
#include "test_rack_move_view.moc"
