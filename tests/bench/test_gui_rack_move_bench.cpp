// Benchmark (issue 15, "Edits"): a rack move in the GUI on the generator's 1 GW design
// (--target-mw 1000), through MainWindow, its Document, validation runner, estimate and schedule
// docks and the 3D viewport: the objects the GUI uses. Each move is made as the select tool's
// drag makes it (moveObjectsPatch pushed as a ChangeValueCommand) on a different rack, and is
// timed from the edit until the background validation has delivered the findings of the moved
// design: the wall time and the GUI thread's CPU time, the part spent inside the edit itself
// (the views' synchronous reactions), and how many times the GUI thread copied the whole design
// (Document::wholeDesignCopies). The clock starts where the select tool's mouse move handler
// starts building the patch (only the floor pick before it is left out). The rack is selected
// before each timed move, as the mouse press that starts a drag selects it (that press's frame
// is drawn before the move), and each move starts once the results of the one before are in (a
// user who pauses between moves: the goal's idle machine). Then the same moves one after the
// other as an architect makes them (gui_rack_move_1gw_next): each once the findings of the one
// before are in and the edits' quiet time has let that move's estimate and schedule start, so
// that they still hold the design mirror's snapshot when the move comes (the mirror's copies
// counted). The frame that shows the move is timed apart: from the edit until it has been drawn.
// Then a drag of many small moves of one rack, as a mouse makes it, until its findings are in,
// and the steps of one move timed alone. The goal (issue 15): < 20 ms from mouse event to
// findings updated, and no whole-design copy on the GUI thread. Needs an X display.
#include "ProcessUsage.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/model/DesignPatch.hpp"
#include "core/validation/Validator.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/BackgroundThread.hpp"
#include "ui/document/DesignMirror.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace aifp;
using namespace aifp::ui;
using aifp::bench::threadCpuMs;

namespace {

constexpr double kGoalMs = 20.0; // issue 15: mouse event to findings updated
constexpr int kMoves = 20;
constexpr int kDragSteps = 20;
// Assumption: an architect takes the next rack about a tenth of a second after the edits' quiet
// time (kEditQuietMs, BackgroundThread.hpp) at the earliest; by then that quiet time has let the
// last move's estimate and schedule jobs start.
constexpr int kNextRackMs = 100;

bool waitFor(const std::function<bool()>& done, int seconds) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        if (done())
            return true;
        QTest::qWait(1);
    }
    return done();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

const Rack* rackById(const Design& d, ObjectId id) {
    for (const Rack& r : d.racks)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestGuiRackMoveBench : public QObject {
    Q_OBJECT
private slots:
    void rackMoveAtOneGigawatt() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_gui_rack_move_bench");
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("AIFP_RECOVERY_DIR", dir.filePath("recovery").toUtf8());

        FactoryTargets targets;
        targets.targetGridMw = 1000.0;
        GeneratedFactory gen = generateFactory(targets, Catalog::builtin());
        std::printf("bench: gui_rack_move_1gw design: %zu racks, %zu pipes, %zu link bundles\n",
                    gen.design.racks.size(), gen.design.pipes.size(),
                    gen.design.networkLinks.size());
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document* doc = w.document();
        ValidationRunner* validation = w.validation();
        auto* view = w.findChild<ViewportWidget*>();
        QVERIFY(view);
        // When the findings were delivered: connected after the main window, so the findings
        // dock and the view have taken them by then (maybe inside the edit: awaitLatest).
        int delivered = 0;
        QElapsedTimer benchClock;
        benchClock.start();
        qint64 deliveredNs = 0;
        double deliveredCpu = 0;
        connect(validation, &ValidationRunner::finished, this, [&] {
            ++delivered;
            deliveredNs = benchClock.nsecsElapsed();
            deliveredCpu = threadCpuMs();
        });
        doc->reset(std::move(gen.design), {}, true);
        QVERIFY(waitFor([&] { return delivered > 0 && !validation->busy(); }, 600));
        QVERIFY(waitFor([&] { return !validation->busy(); }, 600));
        QTest::qWait(3000); // estimates and schedule of the opened design settle

        const std::size_t nRacks = doc->design().racks.size();
        QVERIFY(nRacks >= std::size_t(kMoves));
        std::vector<double> walls, cpus, editCpus, frameWalls, frameCpus;
        std::uint64_t copies = 0;
        int serial = 0;
        int startedBusy = 0; // timed moves made while background results still ran
        auto move = [&](ObjectId id, double dyM, bool newDrag) {
            DesignPatch patch = moveObjectsPatch(doc->design(), {id}, 0.0, dyM);
            if (newDrag)
                ++serial;
            doc->push(new ChangeValueCommand(doc, std::move(patch),
                                             "position/drag " + std::to_string(serial), "Move"));
        };
        // One move, timed from the edit until its findings are delivered.
        struct Timed {
            bool delivered = false;
            double ms = 0, cpu = 0, editCpu = 0, frameMs = 0, frameCpu = 0;
            std::uint64_t copies = 0, mirrorCopies = 0;
            bool jobsBusy = false; // a background job still ran when the move was made
            bool moved = false;    // the rack is where the move put it
        };
        auto timedMove = [&](ObjectId id, bool waitForJobs) {
            Timed t;
            if (waitForJobs) {
                // The user paused: the estimate, schedule and other results of the last edit
                // are in (the goal's idle machine: nothing of ours runs when the mouse moves),
                // or 5 s passed (a loaded machine; counted).
                if (!waitFor([&] { return !w.backgroundBusy(); }, 5))
                    ++startedBusy;
            } else {
                // The next rack taken while the last edit's results are being computed: the
                // edits' quiet time passed, so its estimate and schedule jobs have started.
                QTest::qWait(kEditQuietMs + kNextRackMs);
                t.jobsBusy = w.backgroundBusy();
            }
            // The press that starts the drag: the rack selected, its frame drawn.
            doc->setSelection({id});
            waitFor([&] { return !view->frameDue(); }, 10);
            const std::uint64_t frames = view->framesRendered();
            const int before = delivered;
            const std::uint64_t copiesBefore = doc->wholeDesignCopies();
            const std::uint64_t mirrorCopiesBefore = doc->backgroundCopies();
            QElapsedTimer wall;
            wall.start();
            const qint64 start = benchClock.nsecsElapsed();
            const double cpu0 = threadCpuMs();
            move(id, 0.6, true);
            t.editCpu = threadCpuMs() - cpu0;
            // The frame that shows the move, noted when it has been drawn (before or after
            // the findings).
            t.frameMs = -1;
            auto noteFrame = [&] {
                if (t.frameMs < 0 && view->framesRendered() > frames && !view->frameDue()) {
                    t.frameMs = double(wall.nsecsElapsed()) / 1e6;
                    t.frameCpu = threadCpuMs() - cpu0;
                }
            };
            t.delivered = waitFor(
                [&] {
                    noteFrame();
                    return delivered > before && !validation->busy();
                },
                120);
            t.ms = double(deliveredNs - start) / 1e6;
            t.cpu = deliveredCpu - cpu0;
            t.copies = doc->wholeDesignCopies() - copiesBefore;
            t.mirrorCopies = doc->backgroundCopies() - mirrorCopiesBefore;
            waitFor(
                [&] {
                    noteFrame();
                    return t.frameMs >= 0;
                },
                60);
            return t;
        };
        // The rack at `index` moved by 0.6 m and timed, and whether the document moved it.
        auto timedRackMove = [&](std::size_t index, bool waitForJobs) {
            const ObjectId id = doc->design().racks[index].id;
            const double yBefore = doc->design().racks[index].centerM.yM;
            Timed t = timedMove(id, waitForJobs);
            const Rack* moved = rackById(doc->design(), id);
            t.moved = moved && std::abs(moved->centerM.yM - (yBefore + 0.6)) < 1e-9;
            return std::make_pair(id, t);
        };
        for (int i = 0; i < kMoves; ++i) {
            const auto [id, t] = timedRackMove(std::size_t(i) * nRacks / kMoves, true);
            QVERIFY(t.delivered);
            QVERIFY(t.moved);
            walls.push_back(t.ms);
            cpus.push_back(t.cpu);
            editCpus.push_back(t.editCpu);
            frameWalls.push_back(t.frameMs);
            frameCpus.push_back(t.frameCpu);
            copies += t.copies;
            std::printf(
                "bench: gui_rack_move_1gw move %d (rack %llu): %.1f ms wall, GUI thread "
                "cpu %.1f ms (%.1f ms inside the edit), %llu whole-design copies; the frame "
                "showing it drawn at %.1f ms wall, GUI thread cpu %.1f ms by then\n",
                i + 1, static_cast<unsigned long long>(id), t.ms, t.cpu, t.editCpu,
                static_cast<unsigned long long>(t.copies), t.frameMs, t.frameCpu);
        }

        // Moves one after the other as an architect makes them, each once the findings of the
        // one before are in and the next rack is taken, without waiting for the estimate and
        // schedule of the one before: those jobs hold the design mirror's snapshot when the
        // move comes (issue 15's missed case).
        std::vector<double> nextWalls, nextCpus;
        std::uint64_t nextMirrorCopies = 0, nextCopies = 0;
        int nextWhileBusy = 0;
        for (int i = 0; i < kMoves; ++i) {
            const auto [id, t] = timedRackMove(std::size_t(i) * nRacks / kMoves + 3, false);
            QVERIFY(t.delivered);
            QVERIFY(t.moved);
            nextWalls.push_back(t.ms);
            nextCpus.push_back(t.cpu);
            nextMirrorCopies += t.mirrorCopies;
            nextCopies += t.copies;
            nextWhileBusy += t.jobsBusy ? 1 : 0;
            std::printf("bench: gui_rack_move_1gw next move %d (rack %llu): %.1f ms wall, GUI "
                        "thread cpu %.1f ms, background jobs %s, %llu copies on the design "
                        "mirror's thread\n",
                        i + 1, static_cast<unsigned long long>(id), t.ms, t.cpu,
                        t.jobsBusy ? "running" : "idle",
                        static_cast<unsigned long long>(t.mirrorCopies));
        }
        const double nextMedMs = median(nextWalls);
        std::printf(
            "bench: gui_rack_move_1gw_next %.3f s, peak RSS %.1f MB, cpu %.3f s (median of %d "
            "moves made %d ms after the findings of the one before, without waiting for its "
            "estimate and schedule: wall, GUI thread cpu; worst wall %.1f ms, worst cpu %.1f ms; "
            "%d moves made while background jobs ran; %llu copies on the design mirror's thread, "
            "%llu whole-design copies on the GUI thread; load average %.1f; goal < %.0f ms and "
            "none on the GUI thread: %s)\n",
            nextMedMs / 1e3, aifp::bench::peakRssMb(), median(nextCpus) / 1e3, kMoves,
            kEditQuietMs + kNextRackMs, *std::max_element(nextWalls.begin(), nextWalls.end()),
            *std::max_element(nextCpus.begin(), nextCpus.end()), nextWhileBusy,
            static_cast<unsigned long long>(nextMirrorCopies),
            static_cast<unsigned long long>(nextCopies), aifp::bench::loadAverage1m(), kGoalMs,
            nextMedMs < kGoalMs && nextCopies == 0 ? "met" : "NOT met");
        // The goal as this case can assert it on a shared machine: the GUI thread's CPU until
        // the findings (the wall time also counts the other processes), and no copy on it.
        QVERIFY2(median(nextCpus) < kGoalMs,
                 "a move made while the last move's jobs ran held the GUI thread beyond the goal "
                 "until its findings");
        QCOMPARE(nextCopies, std::uint64_t(0));

        // The same moves with the Sensitivity and Compare docks closed: their background runs
        // compete with validation for the cores; this isolates the edit path from them.
        std::vector<double> closedWalls, closedCpus;
        std::uint64_t closedCopies = 0;
        for (QDockWidget* dock : w.findChildren<QDockWidget*>())
            if (dock->inherits("aifp::ui::SensitivityDock") ||
                dock->inherits("aifp::ui::CompareDock"))
                dock->close();
        QTest::qWait(3000);
        for (int i = 0; i < kMoves / 4; ++i) {
            const Timed t =
                timedMove(doc->design().racks[std::size_t(i) * nRacks / 5 + 7].id, true);
            QVERIFY(t.delivered);
            closedWalls.push_back(t.ms);
            closedCpus.push_back(t.cpu);
            closedCopies += t.copies;
        }
        std::printf("bench: gui_rack_move_1gw with the Sensitivity and Compare docks closed: "
                    "median %.1f ms wall, GUI thread cpu %.1f ms over %d moves, %llu whole-design "
                    "copies on the GUI thread\n",
                    median(closedWalls), median(closedCpus), kMoves / 4,
                    static_cast<unsigned long long>(closedCopies));

        // A drag: kDragSteps moves of one rack as fast as the events come (one undo step),
        // then until the findings of where it ends are in.
        const Rack& dragged = doc->design().racks[nRacks / 3];
        const ObjectId dragId = dragged.id;
        const double dragY0 = dragged.centerM.yM;
        doc->setSelection({dragId}); // the press
        waitFor([&] { return !view->frameDue(); }, 10);
        const int before = delivered;
        const std::uint64_t copiesBefore = doc->wholeDesignCopies();
        QElapsedTimer wall;
        wall.start();
        double cpu0 = threadCpuMs();
        for (int s = 0; s < kDragSteps; ++s) {
            move(dragId, 0.6, s == 0);
            QCoreApplication::processEvents(); // the next mouse event comes after a paint
        }
        QVERIFY(waitFor([&] { return delivered > before && !validation->busy(); }, 300));
        const double dragMs = double(wall.nsecsElapsed()) / 1e6;
        const double dragCpu = threadCpuMs() - cpu0;
        const std::uint64_t dragCopies = doc->wholeDesignCopies() - copiesBefore;
        QCOMPARE(rackById(doc->design(), dragId)->centerM.yM, dragY0 + 0.6 * kDragSteps);
        std::printf("bench: gui_rack_move_1gw drag of %d steps: %.1f ms wall until findings, GUI "
                    "thread cpu %.1f ms, %llu whole-design copies\n",
                    kDragSteps, dragMs, dragCpu, static_cast<unsigned long long>(dragCopies));
        doc->undoStack()->undo(); // the drag is one undo step
        QCOMPARE(rackById(doc->design(), dragId)->centerM.yM, dragY0);
        QVERIFY(waitFor([&] { return !validation->busy(); }, 300));

        // Where the time goes: the steps of one move, each timed alone on the GUI thread.
        auto part = [&](const char* what, const std::function<void()>& step) {
            QElapsedTimer clock;
            clock.start();
            const double c0 = threadCpuMs();
            step();
            std::printf("bench: gui_rack_move_1gw part %s: %.1f ms (cpu %.1f ms)\n", what,
                        double(clock.nsecsElapsed()) / 1e6, threadCpuMs() - c0);
        };
        const ObjectId partId = doc->design().racks[nRacks / 2].id;
        DesignPatch patch;
        part("move patch (moveObjectsPatch)",
             [&] { patch = moveObjectsPatch(doc->design(), {partId}, 0.0, 0.6); });
        const DesignChange change = patch.change(true);
        std::printf("bench: gui_rack_move_1gw the move's change names %zu objects\n",
                    change.ids.size());
        part("one copy of the design", [&] { const Design copy = doc->design(); });
        {
            // The design mirror's step of a move made while a job (the estimate or schedule of
            // the move before) holds its published design: from the edit posted until the moved
            // design is published, on a mirror of its own; the copy above is what it cost when
            // the mirror copied the held design first.
            DesignMirror mirror;
            mirror.reset(std::make_shared<const Design>(doc->design()));
            mirror.waitUntilIdle(); // its spare is copied once after the reset
            std::vector<double> stepMs;
            std::shared_ptr<const Design> job = mirror.at(mirror.posted());
            Design moved = doc->design();
            for (int i = 0; i < kMoves; ++i) {
                auto step = std::make_shared<const DesignPatch>(
                    moveObjectsPatch(moved, {moved.racks[std::size_t(i) * 13].id}, 0.0, 0.6));
                step->apply(moved, true);
                QElapsedTimer clock;
                clock.start();
                mirror.apply(step, true);
                std::shared_ptr<const Design> next = mirror.at(mirror.posted());
                stepMs.push_back(double(clock.nsecsElapsed()) / 1e6);
                job = std::move(next); // this move's jobs hold it; the last one's let go
                QTest::qWait(kEditQuietMs + kNextRackMs); // the next rack taken
            }
            QVERIFY(*job == moved);
            QCOMPARE(mirror.copies(), std::uint64_t(0)); // each move swapped to a spare
            std::printf("bench: gui_rack_move_1gw part the design mirror's step of a move while "
                        "a job holds its design: median %.3f ms, worst %.3f ms wall over %d "
                        "moves, %llu copies of the design\n",
                        median(stepMs), *std::max_element(stepMs.begin(), stepMs.end()), kMoves,
                        static_cast<unsigned long long>(mirror.copies()));
        }
        {
            Design copy = doc->design();
            Validator v(doc->catalog());
            (void)v.validateAll(copy);
            patch.apply(copy, true);
            part("core re-validation of the move", [&] { (void)v.revalidate(copy, change); });
            std::string ran;
            for (const auto& f : v.lastRun())
                ran += " " + f;
            std::printf("bench: gui_rack_move_1gw re-validation ran:%s\n", ran.c_str());
            // The same on another, equal design object: what validation reads after the mirror
            // published a spare (or, before, a copy) because a job held its design.
            Design other = copy;
            patch.apply(other, false);
            (void)v.revalidate(other, patch.change(false));
            Design swapped = other;
            patch.apply(swapped, true);
            part("core re-validation of the move on another design object",
                 [&] { (void)v.revalidate(swapped, change); });
            ran.clear();
            for (const auto& f : v.lastRun())
                ran += " " + f;
            std::printf("bench: gui_rack_move_1gw re-validation on another design object ran:%s\n",
                        ran.c_str());
        }
        part("the edit with every view's reaction (push)",
             [&] { doc->push(new ChangeValueCommand(doc, patch, "position/part", "Move")); });
        part("3D view's reaction alone (applyChange)", [&] { view->applyChange(change); });
        part("a frame (repaint)", [&] { view->repaint(); });
        QVERIFY(waitFor([&] { return !validation->busy(); }, 300));

        const double medMs = median(walls), medCpu = median(cpus);
        std::printf("bench: gui_rack_move_1gw frame showing the move: drawn at a median %.1f ms "
                    "wall after the edit, GUI thread cpu %.1f ms by then\n",
                    median(frameWalls), median(frameCpus));
        std::printf(
            "bench: gui_rack_move_1gw %.3f s, peak RSS %.1f MB, cpu %.3f s (median of %d "
            "moves: wall, peak RSS, GUI thread cpu; inside the edit %.1f ms; worst wall "
            "%.1f ms, worst cpu %.1f ms; %llu whole-design copies on the GUI thread, "
            "%llu on the design mirror's thread in the whole run; %d moves made while "
            "background results still ran; load average %.1f; goal < %.0f ms and none: %s)\n",
            medMs / 1e3, aifp::bench::peakRssMb(), medCpu / 1e3, kMoves, median(editCpus),
            *std::max_element(walls.begin(), walls.end()),
            *std::max_element(cpus.begin(), cpus.end()), static_cast<unsigned long long>(copies),
            static_cast<unsigned long long>(doc->backgroundCopies()), startedBusy,
            aifp::bench::loadAverage1m(), kGoalMs,
            medMs < kGoalMs && copies == 0 ? "met" : "NOT met");
        doc->undoStack()->setClean();
    }
};

QTEST_MAIN(TestGuiRackMoveBench)
#include "test_gui_rack_move_bench.moc"
