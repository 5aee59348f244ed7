// The architect's tools of the desktop, through the real actions, mouse and keys: stale results
// cleared when a new design arrives, the snap marker, measure and dimension tools, picks clamped
// at the horizon, layers (outdoor plant included), isolate hall, named views and the network
// links' level of detail.
// Needs an X display (the viewport is VTK through GLX): run under Xvfb.
#include "EditingFixture.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/tools/DimensionTool.hpp"
#include "ui/tools/HallTool.hpp"
#include "ui/tools/MeasureTool.hpp"
#include "ui/view3d/NamedViews.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

namespace {

// hallWithEquipment (hall 1 40 x 30 m at the origin, CDU 2, LV-A 3) plus rack 4 without power
// or cooling (validation errors), a second hall 5 at x 60 m with rack 6, and a generator 7 and
// a dry cooler 8 in the yard (no hall).
Design twoHallsAndYard() {
    Design d = aifp::test::hallWithEquipment();
    Rack r;
    r.id = d.allocateId(); // 4
    r.hallId = 1;
    r.name = "R-1";
    r.catalogId = "gb300-nvl72";
    r.centerM = {10.2, 10.6, 0};
    d.racks.push_back(r);
    Hall h2 = d.halls.front();
    h2.id = d.allocateId(); // 5
    h2.name = "Hall B";
    h2.originXM = 60.0;
    d.halls.push_back(h2);
    r.id = d.allocateId(); // 6
    r.hallId = h2.id;
    r.name = "R-2";
    r.centerM = {70.2, 10.6, 0};
    d.racks.push_back(r);
    PowerNode gen;
    gen.id = d.allocateId(); // 7
    gen.kind = PowerNodeKind::Generator;
    gen.name = "GEN-1";
    gen.positionM = {50.0, -12.0, 0};
    gen.ratingKva = 3000;
    d.powerNodes.push_back(gen);
    CoolingNode dry;
    dry.id = d.allocateId(); // 8
    dry.kind = CoolingNodeKind::DryCooler;
    dry.name = "DC-1";
    dry.positionM = {30.0, -12.0, 0};
    dry.capacityKw = 1500;
    d.coolingNodes.push_back(dry);
    return d;
}

// A small generated factory: racks, switches and their network links.
const Design& smallFactory() {
    static const Design d = [] {
        FactoryTargets t;
        t.name = "LOD test";
        t.systemId = "gb300-nvl72";
        t.targetGridMw = 5.0;
        return generateFactory(t, Catalog::builtin()).design;
    }();
    return d;
}

struct Shown {
    MainWindow w;
    explicit Shown(const Design& d, QSize size = {1366, 768}) {
        w.resize(size);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            qWarning("window not exposed");
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w))
            qWarning("window not active");
        w.document()->reset(d, {});
        w.viewport()->setFocus();
    }
    QPoint at(double xM, double yM) const {
        return w.viewport()->projectToWidget({xM, yM, 0.0}).toPoint();
    }
    void click(double xM, double yM) {
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, at(xM, yM));
    }
    void hover(double xM, double yM) { QTest::mouseMove(w.viewport(), at(xM, yM)); }
};

int differingPixels(const QImage& a, const QImage& b) {
    int n = 0;
    for (int y = 0; y < a.height(); y += 2)
        for (int x = 0; x < a.width(); x += 2)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

} // namespace

class TestArchitectTools : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_architect_tools");
        QSettings().clear();
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
    }

    // The findings, estimates and failure impact of the previous design go the moment File > New
    // replaces it, before the new design's validation has run (they used to stay, under
    // "validating...", beside the new design).
    void staleResultsClearedOnNewDesign() {
        Shown s(twoHallsAndYard());
        FindingsDock* findings = s.w.findings();
        QTRY_VERIFY_WITH_TIMEOUT(!s.w.validation()->busy() && findings->visibleCount() > 0, 20000);
        QVERIFY(s.w.validation()->latest().errors > 0); // racks without power or cooling
        auto* estimates = s.w.findChild<EstimatesDock*>();
        QVERIFY(estimates);
        QTRY_VERIFY_WITH_TIMEOUT(!estimates->runner()->busy() &&
                                     estimates->figureText("gpus") != QStringLiteral("-"),
                                 20000);
        QVERIFY(!estimates->errorBannerText().isEmpty());

        s.w.action("actionNew")->trigger(); // unmodified: no question asked
        // At once, with no event processed: nothing of the old design is left on show.
        QCOMPARE(findings->visibleCount(), 0);
        QVERIFY2(findings->summaryText().contains("validating"),
                 qPrintable(findings->summaryText()));
        QCOMPARE(estimates->figureText("gpus"), QStringLiteral("-"));
        QVERIFY(estimates->errorBannerText().isEmpty());
        // Then the new design's own findings arrive (an empty site with the default 2N
        // redundancy has one) and none names the old design's racks.
        QTRY_VERIFY_WITH_TIMEOUT(!s.w.validation()->busy(), 20000);
        QTRY_VERIFY(!findings->summaryText().contains("validating"));
        const ValidationResult& now = s.w.validation()->latest();
        QCOMPARE(findings->visibleCount(), int(now.findings.size()));
        for (const Finding& f : now.findings)
            for (ObjectId id : f.objects)
                QVERIFY(id != 4 && id != 6);
    }

    // Hovering with the hall tool marks the grid point a drag would start from; with a pipe
    // route, the CDU's connection point; the marker goes with the tool.
    void snapMarkerFollowsTheTool() {
        Shown s(twoHallsAndYard());
        ViewportWidget* v = s.w.viewport();
        v->viewPlan();
        QTest::qWait(20);
        s.w.action("toolHall")->trigger();
        s.hover(12.27, 7.95);
        QCOMPARE(v->snapMarkerLabel(), QStringLiteral("grid"));
        const PointM p = v->snapMarkerPoint();
        QVERIFY2(std::fabs(std::remainder(p.xM, 0.6)) < 1e-6 &&
                     std::fabs(std::remainder(p.yM, 0.6)) < 1e-6,
                 "the marker sits on the 0.6 m grid");
        QVERIFY(planDistanceM(p, {12.27, 7.95, 0}) < 0.6);
        s.hover(39.8, 29.8); // the north-east corner resizes the hall
        QCOMPARE(v->snapMarkerLabel(), QStringLiteral("hall corner"));
        s.w.action("toolRoutePipe")->trigger();
        QVERIFY(v->snapMarkerLabel().isEmpty()); // the hall tool took its marker along
        s.hover(1.0, 12.3);                      // near CDU 2 at (0.6, 12)
        QCOMPARE(v->snapMarkerLabel(), QStringLiteral("connection point"));
        QVERIFY(planDistanceM(v->snapMarkerPoint(), {0.6, 12.0, 0}) < 1e-9);
        s.click(1.0, 12.3);
        s.hover(8.1, 14.2); // away from everything: at a right angle to the first point
        QCOMPARE(v->snapMarkerLabel(), QStringLiteral("right angle"));
        QCOMPARE(v->snapMarkerPoint().yM, 12.0);
        QTest::keyClick(v, Qt::Key_Escape);
        s.w.action("toolSelect")->trigger();
        QVERIFY(v->snapMarkerLabel().isEmpty());
    }

    // Measure: two clicks near hall corners snap to them; the distance shows while moving and
    // stays; Esc clears.
    void measureSnapsToCorners() {
        Shown s(twoHallsAndYard());
        s.w.viewport()->viewPlan();
        QTest::qWait(20);
        s.w.action("toolMeasure")->trigger();
        QCOMPARE(s.w.activeTool(), static_cast<Tool*>(s.w.measureTool()));
        s.click(0.4, 0.3);
        s.hover(20.0, 15.0);
        QVERIFY(s.w.measureTool()->distanceM() > 20.0); // live while moving
        s.click(39.6, 29.7);
        QCOMPARE(s.w.measureTool()->distanceM(), 50.0); // corner to corner: a 40 x 30 m hall
        s.hover(10.0, 10.0);
        QCOMPARE(s.w.measureTool()->distanceM(), 50.0); // stays after the second click
        QTest::keyClick(s.w.viewport(), Qt::Key_Escape);
        QVERIFY(s.w.measureTool()->distanceM() < 0);
    }

    // Dimensions stay on the plan through tool changes, Backspace removes the last, View > Clear
    // dimensions all of them, and another design starts without any; none of it is an edit.
    void dimensionsStayForTheSession() {
        Shown s(twoHallsAndYard());
        ViewportWidget* v = s.w.viewport();
        v->viewPlan();
        QTest::qWait(20);
        s.w.action("toolDimension")->trigger();
        s.click(0.2, 0.3);
        s.click(39.7, 0.2);
        s.click(60.3, 0.4);
        s.click(60.2, 29.6);
        QCOMPARE(v->dimensionLabels(), (QStringList{"40.00 m", "30.00 m"}));
        QCOMPARE(s.w.dimensionTool()->dimensions().size(), std::size_t(2));
        QVERIFY(!s.w.document()->isModified());
        QCOMPARE(s.w.document()->undoStack()->count(), 0);
        s.w.action("toolSelect")->trigger();
        QCOMPARE(v->dimensionLabels().size(), 2); // still on the plan
        s.w.action("toolDimension")->trigger();
        QTest::keyClick(v, Qt::Key_Backspace);
        QCOMPARE(v->dimensionLabels(), (QStringList{"40.00 m"}));
        s.w.action("actionClearDimensions")->trigger();
        QVERIFY(v->dimensionLabels().isEmpty());
        s.click(0.2, 0.3);
        s.click(0.1, 29.8);
        QCOMPARE(v->dimensionLabels(), (QStringList{"30.00 m"}));
        s.w.action("actionNew")->trigger();
        QVERIFY(v->dimensionLabels().isEmpty());
    }

    // In the perspective view, a hall dragged towards the horizon stays within reach of the
    // view's centre instead of running hundreds of metres off.
    void hallDragClampedAtTheHorizon() {
        Shown s(twoHallsAndYard());
        ViewportWidget* v = s.w.viewport();
        v->viewIsometric();
        v->orbit(0.0, -28.0); // look along the ground: the top of the view is near the horizon
        QTest::qWait(20);
        const QVariantMap cam = v->cameraState();
        auto vec = [&](const char* k) {
            const QVariantList l = cam.value(k).toList();
            return PointM{l[0].toDouble(), l[1].toDouble(), l[2].toDouble()};
        };
        const PointM eye = vec("position"), focal = vec("focalPoint");
        const double distM = std::hypot(eye.xM - focal.xM, eye.yM - focal.yM, eye.zM - focal.zM);
        const double reachM = std::max(2.0 * distM, 30.0);
        // The row just below the horizon: the first one whose pick hits the ground.
        const int x = v->width() / 2;
        int y = 0;
        std::optional<PointM> far;
        for (; y < v->height() && !far; ++y)
            far = v->pickFloor(QPoint(x, y));
        QVERIFY(far);
        QVERIFY2(planDistanceM(*far, focal) <= reachM + 1e-6,
                 qPrintable(QString("pick %1 m from the centre, reach %2 m")
                                .arg(planDistanceM(*far, focal))
                                .arg(reachM)));
        s.w.action("toolHall")->trigger();
        const QPoint start(x - 40, v->height() * 3 / 4), end(x + 40, y + 1);
        const auto halls = s.w.document()->design().halls.size();
        QTest::mousePress(v, Qt::LeftButton, {}, start);
        QTest::mouseMove(v, end);
        QTest::mouseRelease(v, Qt::LeftButton, {}, end);
        QCOMPARE(s.w.document()->design().halls.size(), halls + 1);
        const Hall& h = s.w.document()->design().halls.back();
        QVERIFY2(h.depthM <= 2 * reachM + 1.0,
                 qPrintable(QString("hall %1 x %2 m").arg(h.widthM).arg(h.depthM)));
    }

    // Layers hide what they name, from the picture and from picking; the outdoor plant is the
    // equipment in the yard.
    void layersHideAndUnpick() {
        Shown s(twoHallsAndYard());
        ViewportWidget* v = s.w.viewport();
        v->viewPlan();
        QTest::qWait(20);
        const QPoint gen = v->projectToWidget({50.0, -12.0, 1.0}).toPoint();
        const QPoint dry = v->projectToWidget({30.0, -12.0, 1.0}).toPoint();
        const QPoint lv = v->projectToWidget({0.6, 20.0, 1.0}).toPoint();
        QCOMPARE(v->pickObject(gen), ObjectId(7));
        QCOMPARE(v->pickObject(dry), ObjectId(8));
        const QImage all = v->renderToImage(v->size());
        s.w.action("layerOutdoor")->trigger();
        QVERIFY(!v->isLayerVisible(ViewLayer::Outdoor));
        QCOMPARE(v->pickObject(gen), kNoId);
        QCOMPARE(v->pickObject(dry), kNoId);
        QCOMPARE(v->pickObject(lv), ObjectId(3)); // in a hall: not outdoor plant
        const QImage noYard = v->renderToImage(v->size());
        QVERIFY2(differingPixels(all, noYard) > 20, "the yard equipment left the picture");
        s.w.action("layerOutdoor")->trigger();
        QCOMPARE(v->pickObject(gen), ObjectId(7));
        QCOMPARE(differingPixels(all, v->renderToImage(v->size())), 0);
        // Power off hides the yard generator too (outdoor plant shows only with its kind).
        s.w.action("layerPower")->trigger();
        QCOMPARE(v->pickObject(gen), kNoId);
        QCOMPARE(v->pickObject(lv), kNoId);
        QCOMPARE(v->pickObject(dry), ObjectId(8));
        QVERIFY(differingPixels(all, v->renderToImage(v->size())) > 20);
        s.w.action("layerPower")->trigger();
        s.w.action("layerRacks")->trigger();
        QCOMPARE(v->pickObject(v->projectToWidget({10.2, 10.6, 1.0}).toPoint()), kNoId);
        s.w.action("layerRacks")->trigger();
        QCOMPARE(v->pickObject(v->projectToWidget({10.2, 10.6, 1.0}).toPoint()), ObjectId(4));
    }

    // View > Isolate hall shows the selection's hall alone; again shows everything.
    void isolateHall() {
        Shown s(twoHallsAndYard());
        ViewportWidget* v = s.w.viewport();
        s.w.document()->setSelection({4});
        s.w.action("actionIsolateHall")->trigger();
        QCOMPARE(v->isolatedHall(), ObjectId(1));
        v->viewPlan();
        QTest::qWait(20);
        QCOMPARE(v->pickObject(v->projectToWidget({10.2, 10.6, 1.0}).toPoint()), ObjectId(4));
        QCOMPARE(v->pickObject(v->projectToWidget({70.2, 10.6, 1.0}).toPoint()), kNoId);
        s.w.action("actionIsolateHall")->trigger();
        QCOMPARE(v->isolatedHall(), kNoId);
        v->viewPlan();
        QTest::qWait(20);
        QCOMPARE(v->pickObject(v->projectToWidget({70.2, 10.6, 1.0}).toPoint()), ObjectId(6));
    }

    // Named views: saved per project file in the user settings, restored from the View menu,
    // deleted, and kept across opening the file again.
    void namedViewsPerProject() {
        QTemporaryDir dir;
        const QString path = dir.filePath("views.aifp");
        {
            Shown s(twoHallsAndYard());
            QVERIFY(s.w.saveFile(path));
            ViewportWidget* v = s.w.viewport();
            v->viewPlan();
            const QVariantMap plan = v->cameraState();
            QVERIFY(s.w.namedViews()->save("Plan for the client"));
            v->viewIsometric();
            v->orbit(40.0, 5.0);
            QVERIFY(s.w.namedViews()->save("From the north-east"));
            QCOMPARE(s.w.namedViews()->names(),
                     (QStringList{"From the north-east", "Plan for the client"}));
            QVERIFY(QSettings().contains(NamedViews::settingsKey(path) + "/views"));
            QAction* go = nullptr;
            QTRY_VERIFY((go = s.w.findChild<QAction*>("namedView:Plan for the client")));
            go->trigger();
            QCOMPARE(v->cameraState(), plan);
            QVERIFY(!s.w.document()->isModified()); // the camera is not an edit
        }
        {
            Shown s(aifp::test::hallWithEquipment());
            QCOMPARE(s.w.namedViews()->names(), QStringList{}); // untitled: none
            QVERIFY(s.w.openFile(path));
            QCOMPARE(s.w.namedViews()->names(),
                     (QStringList{"From the north-east", "Plan for the client"}));
            QAction* del = nullptr;
            QTRY_VERIFY((del = s.w.findChild<QAction*>("deleteView:From the north-east")));
            del->trigger();
            QCOMPARE(s.w.namedViews()->names(), QStringList{"Plan for the client"});
            QTRY_VERIFY(!s.w.findChild<QAction*>("namedView:From the north-east"));
            QVERIFY(!s.w.namedViews()->restore("From the north-east"));
            QVERIFY(!s.w.viewport()->setCameraState({{"parallel", true}})); // malformed
        }
    }

    // Network links: bundles from afar, single links when the view is close, and back.
    void networkLevelOfDetail() {
        const Design& d = smallFactory();
        QVERIFY(!d.networkLinks.empty());
        Shown s(d);
        ViewportWidget* v = s.w.viewport();
        v->fitAll();
        (void)v->grabFramebuffer();
        QVERIFY2(v->visibleSpanM() > 60.0, qPrintable(QString::number(v->visibleSpanM())));
        QVERIFY(!v->networkDetailShown());
        const std::size_t bundles = v->networkLinesDrawn();
        QVERIFY(bundles > 0 && bundles < d.networkLinks.size());
        s.w.document()->setSelection({d.racks[d.racks.size() / 2].id});
        s.w.action("actionFitSelection")->trigger();
        (void)v->grabFramebuffer();
        QVERIFY2(v->visibleSpanM() <= 60.0, qPrintable(QString::number(v->visibleSpanM())));
        QVERIFY(v->networkDetailShown());
        QVERIFY(v->networkLinesDrawn() > 0);
        QVERIFY(v->networkLinesDrawn() <= std::min<std::size_t>(d.networkLinks.size(), 20000));
        // Hidden network layer: the single links stay hidden too.
        s.w.action("layerNetwork")->trigger();
        const QImage hidden = v->renderToImage(v->size());
        s.w.action("layerNetwork")->trigger();
        QVERIFY(differingPixels(hidden, v->renderToImage(v->size())) > 20);
        s.w.action("actionFitAll")->trigger();
        (void)v->grabFramebuffer();
        QVERIFY(!v->networkDetailShown());
        QCOMPARE(v->networkLinesDrawn(), bundles);
    }

    // The tools at work on the sample hall in plan: the hall dimensioned, the snap marker on its
    // south-west corner, the network links one by one. With AIFP_SCREENSHOT_DIR set, the window
    // is saved there (desktop-tools-1366x768.png, for the user guide).
    void toolsOnTheSampleHall() {
        const Design d = openProject(AIFP_PROJECTS_DIR "/sample-gb300-hall.aifp");
        Shown s(d);
        ViewportWidget* v = s.w.viewport();
        const RectM f = d.halls.front().footprint();
        v->viewPlan();
        s.w.document()->setSelection({d.halls.front().id});
        s.w.action("actionFitSelection")->trigger();
        s.w.document()->setSelection({});
        // Two notches of the wheel closer: a view of 60 m or less shows single links.
        for (int i = 0; i < 2 && v->visibleSpanM() > 60.0; ++i) {
            const QPointF c =
                v->projectToWidget({(f.minXM + f.maxXM) / 2, (f.minYM + f.maxYM) / 2, 0});
            QWheelEvent wheel(c, v->mapToGlobal(c), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(v, &wheel);
        }
        QVERIFY2(v->visibleSpanM() <= 60.0, qPrintable(QString::number(v->visibleSpanM())));
        QTest::qWait(50);
        s.w.action("toolDimension")->trigger();
        s.click(f.minXM + 0.3, f.minYM + 0.2);
        s.click(f.maxXM - 0.2, f.minYM + 0.3);
        s.click(f.minXM + 0.2, f.minYM + 0.3);
        s.click(f.minXM + 0.3, f.maxYM - 0.2);
        const QLocale loc;
        QCOMPARE(v->dimensionLabels(), (QStringList{loc.toString(f.widthM(), 'f', 2) + " m",
                                                    loc.toString(f.depthM(), 'f', 2) + " m"}));
        // The pointer as the tool receives it (a synthetic move may land on a tooltip here).
        ToolEvent move = aifp::test::floorClick(f.minXM + 0.4, f.minYM + 0.3);
        move.button = Qt::NoButton;
        move.buttons = Qt::NoButton;
        s.w.dimensionTool()->mouseMove(move);
        QCOMPARE(v->snapMarkerLabel(), QStringLiteral("hall corner"));
        QVERIFY(v->networkDetailShown());
        (void)v->grabFramebuffer();
        const QString dir = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(s.w.grab().save(QDir(dir).filePath(
                QString("desktop-tools-%1x%2.png").arg(s.w.width()).arg(s.w.height()))));
        }
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestArchitectTools)
#include "test_architect_tools.moc"
