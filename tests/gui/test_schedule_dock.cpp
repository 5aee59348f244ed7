// Schedule dock: the dates it shows are the core schedule's, task edits are undoable assumption
// overrides that re-schedule at once, the Gantt colours exactly the critical tasks red, and the
// zoom changes the axis granularity.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/ReportExport.hpp"
#include "ui/docks/GanttView.hpp"
#include "ui/docks/ScheduleDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/report/CanvasPainter.hpp"
#include <QAction>
#include <QElapsedTimer>
#include <QTest>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design generated(double gridMw) {
    FactoryTargets t;
    t.name = "Schedule dock test";
    t.systemId = "gb300-nvl72";
    t.targetGridMw = gridMw;
    return generateFactory(t, Catalog::builtin()).design;
}

// Waits (up to two minutes) until no background run is in flight.
bool waitIdle(ScheduleDock& dock) {
    QElapsedTimer timer;
    timer.start();
    while (dock.busy() && timer.elapsed() < 120000)
        QTest::qWait(10);
    return !dock.busy();
}

// The first transformer lead-time task of the programme.
const ScheduleTask* transformerLead(const ScheduleResult& r) {
    for (const ScheduleTask& t : r.network.tasks)
        if (t.kind.rfind("lead.transformer", 0) == 0)
            return &t;
    return nullptr;
}

} // namespace

class TestScheduleDock : public QObject {
    Q_OBJECT
private slots:
    void firstTokenMatchesCore_data();
    void firstTokenMatchesCore();
    void transformerLeadEditIsUndoable_data();
    void transformerLeadEditIsUndoable();
    void criticalBarsAreCriticalTasks();
    void zoomChangesAxisGranularity();
    void deliveryAndStartAreUndoable();
    void badValuesAreRefused();
    void fastTrackChoicesAreUndoable();
    void mainWindowHasDockAndExports();
    void screenshot();
};

void TestScheduleDock::firstTokenMatchesCore_data() {
    QTest::addColumn<double>("gridMw");
    QTest::newRow("1 MW GB300") << 1.0;
    QTest::newRow("10 MW GB300") << 10.0;
}

void TestScheduleDock::firstTokenMatchesCore() {
    QFETCH(double, gridMw);
    Document doc;
    doc.reset(generated(gridMw), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    QVERIFY2(dock.result().has_value(), qPrintable(dock.error()));
    const ScheduleResult core = generateSchedule(doc.design());
    QCOMPARE(dock.firstTokenText(), QString::fromStdString(core.firstToken));
    QCOMPARE(dock.fullCapacityText(), QString::fromStdString(core.fullCapacity));
    QCOMPARE(dock.result()->network.tasks.size(), core.network.tasks.size());
    // The headline label shows the date prominently.
    QVERIFY(dock.findChild<QWidget*>(QStringLiteral("firstTokenLabel")) != nullptr);
    // The ramp ends at full GPU count: every generated rack's GPUs online in the last week.
    QVERIFY(!dock.result()->ramp.empty());
    long gpus = 0;
    for (const HallMilestone& h : core.halls)
        gpus += h.gpus;
    QCOMPARE(dock.result()->ramp.back().gpusOnline, gpus);
}

void TestScheduleDock::transformerLeadEditIsUndoable_data() {
    QTest::addColumn<double>("gridMw");
    QTest::newRow("1 MW GB300") << 1.0;
    QTest::newRow("10 MW GB300") << 10.0;
}

void TestScheduleDock::transformerLeadEditIsUndoable() {
    QFETCH(double, gridMw);
    Document doc;
    doc.reset(generated(gridMw), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    QVERIFY(dock.result().has_value());
    const QString before = dock.firstTokenText();
    const ScheduleTask* lead = transformerLead(*dock.result());
    QVERIFY(lead != nullptr);
    const std::string key = dock.parameterKeyOf(*lead);
    QVERIFY2(key.rfind("schedule.lead.transformer", 0) == 0, key.c_str());
    const double weeks = dock.result()->parameters.empty() ? 0.0 : [&] {
        for (const ScheduleParameter& p : dock.result()->parameters)
            if (p.key == key)
                return p.value;
        return -1.0;
    }();
    QVERIFY(weeks > 0.0);

    // +520 weeks (ten years) of lead time: more than any float in a programme whose first
    // token is a few years out, so the first token must move later.
    QVERIFY(dock.setParameter(key, weeks + 520.0));
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().assumptionOverrides.at(key), weeks + 520.0);
    const QString later = dock.firstTokenText();
    QVERIFY2(later > before, qPrintable(before + QStringLiteral(" -> ") + later));
    // And it is what the core computes with the override.
    QCOMPARE(later, QString::fromStdString(generateSchedule(doc.design()).firstToken));

    doc.undoStack()->undo();
    QVERIFY(waitIdle(dock));
    QCOMPARE(dock.firstTokenText(), before);
    QVERIFY(doc.design().assumptionOverrides.count(key) == 0);
    doc.undoStack()->redo();
    QVERIFY(waitIdle(dock));
    QCOMPARE(dock.firstTokenText(), later);
}

void TestScheduleDock::criticalBarsAreCriticalTasks() {
    Document doc;
    doc.reset(generated(10.0), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    const ScheduleResult& r = *dock.result();
    int red = 0;
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const std::string& id = r.network.tasks[i].id;
        const bool critical = r.cpm.timings[i].critical;
        QCOMPARE(dock.gantt()->barColor(id) == GanttView::criticalColor(), critical);
        red += critical ? 1 : 0;
    }
    QVERIFY(red > 0);
    // Every task of the critical path id list is drawn red.
    for (const std::string& id : r.cpm.criticalPath)
        QCOMPARE(dock.gantt()->barColor(id), GanttView::criticalColor());
    // A later task's bar is to the right of the programme start.
    QVERIFY(dock.gantt()->barRect(r.cpm.criticalPath.back()).left() >
            dock.gantt()->barRect(r.cpm.criticalPath.front()).left());
}

void TestScheduleDock::zoomChangesAxisGranularity() {
    Document doc;
    doc.reset(generated(1.0), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    GanttView* g = dock.gantt();
    g->setZoom(GanttView::Zoom::Weeks);
    const int weeks = static_cast<int>(g->axisLabels().size());
    const int widthWeeks = g->sizeHint().width();
    g->setZoom(GanttView::Zoom::Months);
    const int months = static_cast<int>(g->axisLabels().size());
    g->setZoom(GanttView::Zoom::Quarters);
    const QStringList quarters = g->axisLabels();
    // A week is 7 days, a month ~30.4, a quarter ~91: the counts fall in that order.
    QVERIFY(weeks > months);
    QVERIFY(months > static_cast<int>(quarters.size()));
    QVERIFY(quarters.front().startsWith(QLatin1Char('Q')));
    QVERIFY(g->sizeHint().width() < widthWeeks);
}

void TestScheduleDock::deliveryAndStartAreUndoable() {
    Document doc;
    doc.reset(generated(10.0), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    QCOMPARE(QString::fromStdString(dock.result()->delivery), QStringLiteral("traditional"));
    dock.setDelivery(QStringLiteral("prefab"));
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().settings.delivery, std::string("prefab"));
    QCOMPARE(QString::fromStdString(dock.result()->delivery), QStringLiteral("prefab"));
    QCOMPARE(dock.firstTokenText(),
             QString::fromStdString(generateSchedule(doc.design()).firstToken));

    const QString startBefore = QString::fromStdString(dock.result()->startDate);
    dock.setStartDate(QDate(2028, 3, 6));
    QVERIFY(waitIdle(dock));
    QCOMPARE(QString::fromStdString(dock.result()->startDate), QStringLiteral("2028-03-06"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(waitIdle(dock));
    QCOMPARE(QString::fromStdString(dock.result()->startDate), startBefore);
    QCOMPARE(QString::fromStdString(dock.result()->delivery), QStringLiteral("traditional"));
}

void TestScheduleDock::badValuesAreRefused() {
    Document doc;
    doc.reset(generated(1.0), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    const int commands = doc.undoStack()->count();
    QVERIFY(!dock.setParameter("schedule.lead.transformer_weeks", -3.0));
    QVERIFY(!dock.setParameter("schedule.no_such_key", 3.0));
    QVERIFY(!dock.setParameter("schedule.lead.transformer_weeks", std::nan("")));
    QCOMPARE(doc.undoStack()->count(), commands);
    // A design without halls cannot be scheduled: the dock says why instead of crashing.
    Document empty;
    ScheduleDock none(&empty);
    QVERIFY(!none.result().has_value());
    QVERIFY(!none.error().isEmpty());
}

// Site readiness, bridging power, supply priority and owned equipment are design edits through
// undo commands; the headline says "First token in N weeks" and the driver in words, both the
// core schedule's.
void TestScheduleDock::fastTrackChoicesAreUndoable() {
    Document doc;
    doc.reset(generated(10.0), QString());
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    const ScheduleResult base = generateSchedule(doc.design());
    QVERIFY(dock.headlineText().contains(
        QStringLiteral("%1 weeks").arg(std::round(base.firstTokenWeeks))));
    QCOMPARE(dock.driverText(), QString::fromStdString(base.driver));
    QVERIFY(!dock.driverText().isEmpty());

    const int commands = doc.undoStack()->count();
    dock.setReadiness(QStringLiteral("ready-hall"));
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().site.readiness, SiteReadiness::ReadyHall);
    QCOMPARE(QString::fromStdString(dock.result()->readiness), QStringLiteral("ready-hall"));
    QVERIFY(dock.result()->firstToken < base.firstToken);
    QCOMPARE(dock.driverText(), QStringLiteral("GPU rack lead time, 26 weeks"));
    dock.setSupplyPriority(true);
    QVERIFY(waitIdle(dock));
    QCOMPARE(dock.driverText(),
             QStringLiteral("GPU rack lead time (priority allocation), 12 weeks"));
    dock.setOwned("gpu-racks", std::string());
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().ownedEquipment.size(), std::size_t(1));
    QCOMPARE(dock.firstTokenText(),
             QString::fromStdString(generateSchedule(doc.design()).firstToken));
    dock.setBridgePowerMw(20.0);
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().settings.bridgePowerMw, 20.0);
    QCOMPARE(doc.undoStack()->count(), commands + 4);
    for (int i = 0; i < 4; ++i)
        doc.undoStack()->undo();
    QVERIFY(waitIdle(dock));
    QCOMPARE(doc.design().site.readiness, SiteReadiness::Greenfield);
    QVERIFY(doc.design().ownedEquipment.empty());
    QVERIFY(!doc.design().settings.supplyPriority);
    QCOMPARE(doc.design().settings.bridgePowerMw, 0.0);
    QCOMPARE(dock.firstTokenText(), QString::fromStdString(base.firstToken));
    // The same value again is no edit.
    dock.setReadiness(QStringLiteral("greenfield"));
    QCOMPARE(doc.undoStack()->index(), commands);
}

// The main window installs the dock (with an objectName for saveState) and the export actions.
void TestScheduleDock::mainWindowHasDockAndExports() {
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("the VTK viewport needs an X display (run under Xvfb)");
    QCoreApplication::setOrganizationName(QStringLiteral("aifp-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_schedule_dock"));
    MainWindow w;
    auto* dock = w.findChild<ScheduleDock*>(QStringLiteral("scheduleDock"));
    QVERIFY(dock != nullptr);
    for (const char* name : {"actionExportReport", "actionExportBom", "actionExportViewPng",
                             "actionExportPlanPng", "actionExportPlanSvg"})
        QVERIFY2(w.findChild<QAction*>(QString::fromLatin1(name)) != nullptr, name);
    // A generated design opened in the window reaches the dock through Document::changed.
    w.document()->reset(generated(1.0), QString());
    QVERIFY(waitIdle(*dock));
    QCOMPARE(dock->firstTokenText(),
             QString::fromStdString(generateSchedule(w.document()->design()).firstToken));
    // The 3D view renders for the report's isometric view (VTK, under Xvfb).
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage render = renderViewportImage(&w, 320, 200);
    QCOMPARE(render.size(), QSize(320, 200));
    QVERIFY(toRasterImage(render).valid());
}

// Saves docs/screenshots/schedule-dock.png when AIFP_SCREENSHOT_DIR is set (run under Xvfb).
void TestScheduleDock::screenshot() {
    const QString dir = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("AIFP_SCREENSHOT_DIR not set");
    Document doc;
    doc.reset(generated(150.0), QString()); // several halls: a stepped ramp
    ScheduleDock dock(&doc);
    QVERIFY(waitIdle(dock));
    dock.gantt()->setZoom(GanttView::Zoom::Quarters); // the whole programme in view
    dock.setFloating(true);
    dock.resize(1560, 900);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTest::qWait(300);
    QVERIFY(dock.grab().save(dir + QStringLiteral("/schedule-dock.png")));
}

QTEST_MAIN(TestScheduleDock)
#include "test_schedule_dock.moc"
