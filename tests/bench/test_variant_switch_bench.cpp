// Benchmark (issue 17 item 7): switching between two variants of the gigawatt reference campus
// (--target-mw 1000: the base and an N+1 re-generation, made by regenerateVariant as aifp-cli
// variant add --redundancy N+1 does) through MainWindow and the Variants switcher, the GUI's own
// code path. Prints the GUI thread's time per switch, undo and redo (wall and the thread's CPU
// time) and the longest event-loop stall in the seconds after a switch, against the same stall
// measured idle in this run (the floor). The goal: the median over the switches, the undo and the
// redo of the GUI thread's CPU time under 100 ms (the 3D scenes, the project tree models and the
// results of each of the two variants are kept and shown again, docs/options.md); the test fails
// when it is missed, when one of them exceeds a regression ceiling of 250 ms of CPU (they cost
// 240-570 ms before the views kept per-variant state), and when the first open of a variant
// holds the GUI thread more than 100 ms, before or after the background open (the median of
// three first opens, the file opened again between them). It also times "New variant
// from current" (the design shared, not copied) and its undo. Wall time on a shared machine also
// counts the other processes, so it is printed, not checked. Needs an X display.
#include "EventLoopStall.hpp"
#include "ProcessUsage.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/Project.hpp"
#include "core/options/VariantFromTargets.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/VariantSwitcher.hpp"
#include "ui/commands/VariantCommands.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

using namespace aifp;
using namespace aifp::ui;
using aifp::bench::longestStallMs;
using aifp::bench::threadCpuMs;

namespace {

constexpr double kGoalMs = 100.0;
constexpr double kCeilingMs = 250.0; // regression guard for the worst single step
constexpr int kFirstOpens = 3;       // first switches timed; the median is checked

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// What held the GUI thread: an event filter on the application notes each event as it starts;
// the time to the next event's start is (mostly) the previous event's delivery. The longest
// such gap in a window names the event behind the stall; AIFP_BENCH_TRACE=1 prints every gap
// over 50 ms.
class EventTrace : public QObject {
public:
    EventTrace() {
        clock_.start();
        qApp->installEventFilter(this);
    }
    ~EventTrace() override { qApp->removeEventFilter(this); }
    void restart() {
        worstMs_ = 0;
        worst_.clear();
        lastNs_ = clock_.nsecsElapsed();
        lastCpuMs_ = threadCpuMs();
        last_.clear();
    }
    qint64 worstMs() const { return worstMs_; }
    // The GUI thread's CPU time in the longest gap: the load-independent part of the stall.
    double worstCpuMs() const { return worstCpuMs_; }
    // "<event> (cpu <ms> ms)"
    std::string worst() const {
        char cpu[64];
        std::snprintf(cpu, sizeof cpu, " (cpu %.0f ms)", worstCpuMs_);
        return worst_ + cpu;
    }

protected:
    bool eventFilter(QObject* receiver, QEvent* event) override {
        const qint64 now = clock_.nsecsElapsed();
        const double cpuNow = threadCpuMs();
        const qint64 gapMs = (now - lastNs_) / 1000000;
        if (!last_.empty() && gapMs > worstMs_) {
            worstMs_ = gapMs;
            worstCpuMs_ = cpuNow - lastCpuMs_;
            worst_ = last_;
        }
        if (!last_.empty() && gapMs > 50 && trace_)
            std::printf("bench:   trace %lld ms (cpu %.0f ms) in %s\n", gapMs, cpuNow - lastCpuMs_,
                        last_.c_str());
        lastNs_ = now;
        lastCpuMs_ = cpuNow;
        last_ = describe(receiver, event);
        return false;
    }

private:
    static std::string describe(QObject* receiver, QEvent* event) {
        std::string s = "event " + std::to_string(int(event->type())) + " to " +
                        receiver->metaObject()->className();
        if (!receiver->objectName().isEmpty())
            s += " '" + receiver->objectName().toStdString() + "'";
        if (QObject* p = receiver->parent())
            s += std::string(" of ") + p->metaObject()->className();
        return s;
    }
    QElapsedTimer clock_;
    qint64 lastNs_ = 0, worstMs_ = 0;
    double lastCpuMs_ = 0.0, worstCpuMs_ = 0.0;
    std::string last_, worst_;
    bool trace_ = !qEnvironmentVariableIsEmpty("AIFP_BENCH_TRACE");
};

// /proc/loadavg's first three fields: how loaded the shared machine was.
std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

bool waitIdle(MainWindow& w, VariantSwitcher* s, int seconds) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        if (!s->busy() && !w.validation()->busy())
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

class TestVariantSwitchBench : public QObject {
    Q_OBJECT
private slots:
    void switchAtOneGigawatt() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_variant_switch_bench");
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("AIFP_RECOVERY_DIR", dir.filePath("recovery").toUtf8());
        const QString path = dir.filePath("1gw-variants.aifp");
        {
            FactoryTargets t;
            t.targetGridMw = 1000.0;
            GeneratedFactory base = generateFactory(t, Catalog::builtin());
            VariantTargetChanges n1;
            n1.redundancy = RedundancyScheme::NPlus1;
            GeneratedFactory other = regenerateVariant(base.design, n1);
            std::printf("bench: variants base %zu racks, n+1 %zu racks\n", base.design.racks.size(),
                        other.design.racks.size());
            Project p;
            p.variants.resize(2);
            p.variants[0].name = "base";
            p.variants[0].design = std::move(base.design);
            p.variants[1].name = "n+1";
            p.variants[1].design = std::move(other.design);
            saveProject(p, path.toStdString());
        }
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto* switcher = w.findChild<VariantSwitcher*>();
        QVERIFY(switcher);
        QVERIFY(waitIdle(w, switcher, 300));
        EventTrace trace;
        const qint64 floorMs = longestStallMs(3000);
        std::printf("bench: variant switch floor: longest event-loop stall idle %lld ms (%s)\n",
                    floorMs, trace.worst().c_str());
        // One frame of the 1 GW scene without a switch (the camera turned by a degree): what
        // any change of the view holds the GUI thread for with this renderer (Mesa llvmpipe
        // here), the floor of a stall after a switch, which draws the other scene once.
        auto* view = w.findChild<ViewportWidget*>();
        QVERIFY(view);
        trace.restart();
        view->orbit(1.0, 0.0);
        const qint64 frameStallMs = std::max(longestStallMs(2000), trace.worstMs());
        const double frameCpuMs = trace.worstCpuMs();
        std::printf("bench: variant switch frame floor: one frame of the same scene %lld ms "
                    "(%s), VTK render %.0f ms\n",
                    frameStallMs, trace.worst().c_str(), view->lastFrameMs());

        // First open: the request returns at once; the image opens on a worker thread. Timed
        // three times (the file opened again in between: the variant back in its stored bytes,
        // no scene kept) and checked on the median: one sample of a ~70 ms step on a shared
        // 2-core machine varies by +-20 %.
        QElapsedTimer wall;
        double cpu0 = 0;
        std::vector<double> firstRequestCpus, firstSwitchCpus;
        for (int round = 0; round < kFirstOpens; ++round) {
            if (round > 0) {
                QVERIFY(w.openFile(path));
                QVERIFY(waitIdle(w, switcher, 300));
                QCOMPARE(w.document()->variantName(), std::string("base"));
                QVERIFY(!w.document()->variantLoaded(1));
            }
            wall.start();
            cpu0 = threadCpuMs();
            QVERIFY(switcher->switchTo("n+1"));
            const qint64 requestMs = wall.elapsed();
            const double requestCpuMs = threadCpuMs() - cpu0;
            QVERIFY(switcher->busy());
            trace.restart();
            QVERIFY(waitIdle(w, switcher, 300));
            QCOMPARE(w.document()->variantName(), std::string("n+1"));
            const qint64 firstStallMs = std::max(longestStallMs(2000), trace.worstMs());
            std::printf(
                "bench: variant first open %d: request %lld ms (cpu %.1f ms) on the GUI thread, "
                "switched after %lld ms (background open), the switch itself %lld ms "
                "(cpu %.1f ms); longest stall until 2 s after %lld ms (%s)\n",
                round + 1, requestMs, requestCpuMs, switcher->lastSwitchMs(),
                switcher->lastSwitchGuiMs(), switcher->lastSwitchGuiCpuMs(), firstStallMs,
                trace.worst().c_str());
            firstRequestCpus.push_back(requestCpuMs);
            firstSwitchCpus.push_back(switcher->lastSwitchGuiCpuMs());
        }
        const double firstRequestCpuMs = median(firstRequestCpus);
        const double firstSwitchCpuMs = median(firstSwitchCpus);
        std::printf("bench: variant first open: median of %d, request cpu %.1f ms, the switch "
                    "itself cpu %.1f ms (goal < %.0f ms: %s)\n",
                    kFirstOpens, firstRequestCpuMs, firstSwitchCpuMs, kGoalMs,
                    firstSwitchCpuMs < kGoalMs ? "met" : "NOT met");
        QVERIFY2(firstRequestCpuMs < kGoalMs, "the first open held the GUI thread");
        QVERIFY2(firstSwitchCpuMs < kGoalMs,
                 "the first switch to a variant (its scene and tree built) held the GUI thread "
                 "beyond the goal");
        const double firstStallCpuMs = trace.worstCpuMs();

        std::vector<double> cpus, stallCpus{firstStallCpuMs};
        std::vector<qint64> walls;
        auto timedStep = [&](const char* what, const std::function<void()>& step) {
            wall.restart();
            cpu0 = threadCpuMs();
            step();
            const qint64 ms = wall.elapsed();
            const double cpu = threadCpuMs() - cpu0;
            trace.restart();
            const qint64 stall = longestStallMs(2000);
            std::printf("bench: variant %s: GUI thread %lld ms (cpu %.1f ms); longest stall in "
                        "the 2 s after %lld ms (%s; one frame %lld ms, cpu %.0f ms)\n",
                        what, ms, cpu, stall, trace.worst().c_str(), frameStallMs, frameCpuMs);
            stallCpus.push_back(trace.worstCpuMs());
            cpus.push_back(cpu);
            walls.push_back(ms);
        };
        for (const char* name : {"base", "n+1", "base", "n+1"})
            timedStep((std::string("switch to opened ") + name).c_str(), [&] {
                QVERIFY(switcher->switchTo(name));
                QVERIFY(!switcher->busy()); // opened: synchronous
                QCOMPARE(w.document()->variantName(), std::string(name));
            });
        timedStep("undo of a switch", [&] { w.document()->undoStack()->undo(); });
        QCOMPARE(w.document()->variantName(), std::string("base"));
        timedStep("redo of a switch", [&] { w.document()->undoStack()->redo(); });
        QCOMPARE(w.document()->variantName(), std::string("n+1"));
        // New variant from current (the design shared, not copied) and its undo, after the
        // redo above settled: the views keep what they show (the same stamp).
        wall.restart();
        cpu0 = threadCpuMs();
        w.document()->push(new AddVariantCommand(w.document(), "n+1 copy", ""));
        std::printf("bench: variant new from current (shared design): %lld ms (cpu %.1f ms)\n",
                    wall.elapsed(), threadCpuMs() - cpu0);
        QCOMPARE(w.document()->variantName(), std::string("n+1 copy"));
        QVERIFY(w.document()->variantSnapshot(1) == w.document()->snapshot()); // not copied
        (void)longestStallMs(2000);
        wall.restart();
        cpu0 = threadCpuMs();
        w.document()->undoStack()->undo();
        std::printf("bench: variant undo of new from current: %lld ms (cpu %.1f ms)\n",
                    wall.elapsed(), threadCpuMs() - cpu0);
        QCOMPARE(w.document()->variantName(), std::string("n+1"));
        // Where the time goes: the views' own reactions to the switch, each timed alone on the
        // design now active (the same calls the switch makes).
        auto part = [&](const char* what, const std::function<void()>& step) {
            wall.restart();
            cpu0 = threadCpuMs();
            step();
            std::printf("bench: variant switch part %s: %lld ms (cpu %.1f ms)\n", what,
                        wall.elapsed(), threadCpuMs() - cpu0);
        };
        part("3D view rebuild",
             [&] { view->setDesign(&w.document()->design(), &w.document()->catalog()); });
        if (auto* tree = w.findChild<ProjectTreeDock*>())
            if (auto* model = dynamic_cast<ProjectTreeModel*>(tree->view()->model()))
                part("project tree rebuild", [&] { model->setDesign(&w.document()->design()); });
        part("changed(reset): every view's reaction",
             [&] { emit w.document()->changed(DesignChange::reset()); });
        part("variantsChanged: switcher and compare",
             [&] { emit w.document()->variantsChanged(); });
        part("snapshot (shared, no copy)", [&] { (void)w.document()->snapshot(); });
        part("one copy of the design (what each view took before)",
             [&] { const Design copy = w.document()->design(); });
        const double worstCpu = *std::max_element(cpus.begin(), cpus.end());
        std::vector<double> sortedCpu = cpus;
        std::sort(sortedCpu.begin(), sortedCpu.end());
        const double medianCpu = sortedCpu[sortedCpu.size() / 2];
        std::vector<qint64> sorted = walls;
        std::sort(sorted.begin(), sorted.end());
        std::printf("bench: variant_switch_1gw: GUI thread median %lld ms wall, cpu median %.1f ms "
                    "worst %.1f ms (goal: median cpu < %.0f ms: %s), peak RSS %.1f MB\n",
                    sorted[sorted.size() / 2], medianCpu, worstCpu, kGoalMs,
                    medianCpu < kGoalMs ? "met" : "NOT met", aifp::bench::peakRssMb());
        std::printf(
            "bench: variant_switch_1gw stall: the GUI thread's CPU in the longest stall "
            "after a switch worst %.0f ms, median %.0f ms; one frame of the scene %.0f ms; "
            "load average %s\n",
            *std::max_element(stallCpus.begin(), stallCpus.end()),
            [&] {
                std::vector<double> v = stallCpus;
                std::sort(v.begin(), v.end());
                return v[v.size() / 2];
            }(),
            frameCpuMs, loadAverage().c_str());
        QVERIFY2(medianCpu < kGoalMs, "switching variants held the GUI thread beyond the goal");
        QVERIFY2(worstCpu < kCeilingMs,
                 "a switch between opened variants held the GUI thread beyond the ceiling");
        w.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestVariantSwitchBench)
#include "test_variant_switch_bench.moc"
