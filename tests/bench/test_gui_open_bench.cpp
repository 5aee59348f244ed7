// Benchmark (issue 15): `gui_open_1gw`, opening the gigawatt reference campus in the main window
// until the view answers input. The file is written first (untimed, `saveProject` of
// `aifp-cli new --target-mw 1000`); then a mouse wheel event for the 3D view is queued, as if the
// user scrolled straight after choosing the file, and `MainWindow::openFile` (the File > Open
// path) runs. The step ends when the view has handled that wheel event and drawn the frame that
// follows it. Printed: that time (wall, process CPU and the window thread's CPU), its parts
// (openFile's call, the first frame), the longest event-loop stall in the 3 s after (results of the
// background jobs landing), peak RSS, and the floor measured in the same run: `openProject` of the
// same file with no window. Goal (issue 15, idle 2-core machine): < 3 s. A loaded machine stretches
// it, so the time is printed, not checked; the test fails when the wheel event is never handled or
// no frame is drawn.
#include "EventLoopStall.hpp"
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/document/Document.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPoint>
#include <QPointF>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cstdio>

using namespace aifp;
using namespace aifp::ui;

namespace {

// Records, on the clock given, when the watched widget first handles a wheel event and when it
// paints after that.
class ViewWatch : public QObject {
public:
    explicit ViewWatch(const QElapsedTimer& clock) : clock_(clock) {}
    qint64 firstPaintMs = -1;
    qint64 wheelMs = -1;
    qint64 paintAfterWheelMs = -1; // when that paint began
    qint64 doneMs = -1;            // when it was drawn: the event loop's next turn after it
    double doneThreadCpuMs = 0.0;  // the window thread's CPU then
    double doneProcessCpuS = 0.0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Wheel && wheelMs < 0)
            wheelMs = clock_.elapsed();
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            if (firstPaintMs < 0)
                firstPaintMs = clock_.elapsed();
            if (wheelMs >= 0 && paintAfterWheelMs < 0) {
                paintAfterWheelMs = clock_.elapsed();
                // Runs when the paint (and anything queued with it) has finished.
                QTimer::singleShot(0, this, [this] {
                    doneMs = clock_.elapsed();
                    doneThreadCpuMs = bench::threadCpuMs();
                    doneProcessCpuS = bench::cpuSeconds();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& clock_;
};

} // namespace

class TestGuiOpenBench : public QObject {
    Q_OBJECT
private slots:
    void openGigawattCampus() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_gui_open_bench");
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("AIFP_RECOVERY_DIR", dir.filePath("recovery").toUtf8());
        const QString path = dir.filePath("1gw.aifp");
        std::size_t racks = 0;
        {
            Project p;
            p.variants.resize(1);
            p.variants[0].name = "base";
            p.variants[0].design =
                generateFactory(bench::gigawattReferenceTargets(), Catalog::builtin()).design;
            racks = p.variants[0].design->racks.size();
            saveProject(p, path.toStdString());
        }

        // Floor: reading the same file into a design, no window.
        QElapsedTimer floorClock;
        floorClock.start();
        const double floorCpu0 = bench::cpuSeconds();
        {
            const Project p = openProjectFile(path.toStdString());
            QVERIFY(p.variants.front().design);
            QCOMPARE(p.variants.front().design->racks.size(), racks);
        }
        const double floorS = static_cast<double>(floorClock.nsecsElapsed()) / 1e9;
        const double floorCpuS = bench::cpuSeconds() - floorCpu0;

        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(200);
        ViewportWidget* view = w.viewport();
        QVERIFY(view);

        QElapsedTimer clock;
        ViewWatch watch(clock);
        view->installEventFilter(&watch);
        const QPointF centre(view->width() / 2.0, view->height() / 2.0);
        clock.start();
        const double cpu0 = bench::cpuSeconds();
        const double threadCpu0 = bench::threadCpuMs() / 1e3;
        // The user scrolls over the view right after choosing the file.
        QCoreApplication::postEvent(
            view, new QWheelEvent(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                                  Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false));
        QVERIFY(w.openFile(path));
        const qint64 openCallMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(watch.doneMs >= 0, 120000);
        const qint64 answerMs = watch.doneMs;
        const double cpuS = watch.doneProcessCpuS - cpu0;
        const double threadCpuS = watch.doneThreadCpuMs / 1e3 - threadCpu0;
        QCOMPARE(w.document()->design().racks.size(), racks);
        const qint64 stallMs = bench::longestStallMs(3000);

        const double answerS = static_cast<double>(answerMs) / 1e3;
        std::printf(
            "bench: gui_open_1gw %.3f s, peak RSS %.0f MB, cpu %.3f s (window thread %.3f "
            "s), floor %.3f s "
            "(openProject of the same file, cpu %.3f s), ratio %.1f x, goal < 3 s: %s; "
            "openFile returned at %.3f s, first paint began at %.3f s, wheel handled at %.3f s; "
            "longest stall in the 3 s after %lld ms; %zu racks, load average %.1f\n",
            answerS, bench::peakRssMb(), cpuS, threadCpuS, floorS, floorCpuS,
            floorS > 0 ? answerS / floorS : 0.0, answerS < 3.0 ? "met" : "missed",
            static_cast<double>(openCallMs) / 1e3, static_cast<double>(watch.firstPaintMs) / 1e3,
            static_cast<double>(watch.wheelMs) / 1e3, stallMs, racks, bench::loadAverage1m());
        std::fflush(stdout);
        view->removeEventFilter(&watch);
    }
};

QTEST_MAIN(TestGuiOpenBench)
#include "test_gui_open_bench.moc"
