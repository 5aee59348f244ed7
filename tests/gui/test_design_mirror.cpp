// The design mirror (ui/document/DesignMirror.hpp): its published design follows the document's
// edits, a snapshot a job holds never changes, and an edit made while a job holds the snapshot
// is applied to a spare instead of a copy of the whole design (issue 15: a rack move while the
// estimate and schedule of the move before still run).
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/model/DesignPatch.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/DesignMirror.hpp"
#include <QTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design smallFactory(double gridMw) {
    FactoryTargets t;
    t.targetGridMw = gridMw;
    return generateFactory(t, Catalog::builtin()).design;
}

// A move of the i-th rack as the select tool makes it (with the routes it drags along).
std::shared_ptr<const DesignPatch> moveRack(const Design& d, std::size_t i, double dyM) {
    return std::make_shared<const DesignPatch>(
        moveObjectsPatch(d, {d.racks[i % d.racks.size()].id}, 0.0, dyM));
}

// What a job reads: every rack's position, summed (changes with any move).
double positionSum(const Design& d) {
    double sum = 0;
    for (const Rack& r : d.racks)
        sum += r.centerM.xM + 3.0 * r.centerM.yM;
    return sum;
}

} // namespace

class TestDesignMirror : public QObject {
    Q_OBJECT
private slots:
    void followsEditsAndUndoInOrder() {
        Design reference = smallFactory(5.0);
        QVERIFY(reference.racks.size() >= 4);
        DesignMirror mirror;
        mirror.reset(std::make_shared<const Design>(reference));
        std::vector<std::shared_ptr<const DesignPatch>> done;
        for (std::size_t i = 0; i < 12; ++i) {
            auto patch = moveRack(reference, i * 7, 0.6);
            patch->apply(reference, true);
            mirror.apply(patch, true);
            done.push_back(patch);
        }
        for (std::size_t k = 0; k < 5; ++k) { // undo the last five
            done.back()->apply(reference, false);
            mirror.apply(done.back(), false);
            done.pop_back();
        }
        const auto mirrored = mirror.at(mirror.posted());
        QVERIFY(mirrored);
        QVERIFY(*mirrored == reference);
        QCOMPARE(mirror.copies(), std::uint64_t(0)); // nothing held the design
    }

    void heldSnapshotStaysAndEditsSwapToASpare() {
        Design reference = smallFactory(5.0);
        DesignMirror mirror;
        mirror.reset(std::make_shared<const Design>(reference));
        mirror.waitUntilIdle(); // the spare copied after the reset
        const Design before = reference;

        // A job holds the published design: the move goes to the spare, no copy.
        std::shared_ptr<const Design> job1 = mirror.at(mirror.posted());
        auto p1 = moveRack(reference, 1, 0.6);
        p1->apply(reference, true);
        mirror.apply(p1, true);
        QVERIFY(*mirror.at(mirror.posted()) == reference);
        QVERIFY(*job1 == before);
        QCOMPARE(mirror.copies(), std::uint64_t(0));
        const Design afterP1 = reference;

        // Two jobs hold the only two designs: the next move copies (counted).
        std::shared_ptr<const Design> job2 = mirror.at(mirror.posted());
        auto p2 = moveRack(reference, 2, 0.6);
        p2->apply(reference, true);
        mirror.apply(p2, true);
        QVERIFY(*mirror.at(mirror.posted()) == reference);
        QVERIFY(*job1 == before);
        QVERIFY(*job2 == afterP1);
        QCOMPARE(mirror.copies(), std::uint64_t(1));

        // The jobs end: their designs are spares again, brought up to date by the logged edits
        // (here or when the next edit needs one). An undo while a job holds the published
        // design swaps, and so do the moves after it.
        job1.reset();
        job2.reset();
        mirror.waitUntilIdle();
        std::shared_ptr<const Design> job3 = mirror.at(mirror.posted());
        const Design afterP2 = reference;
        p2->apply(reference, false);
        mirror.apply(p2, false);
        QVERIFY(*mirror.at(mirror.posted()) == afterP1);
        for (std::size_t i = 3; i < 8; ++i) { // job3 still held: in place after the first
            auto p = moveRack(reference, i, -0.6);
            p->apply(reference, true);
            mirror.apply(p, true);
        }
        QVERIFY(*mirror.at(mirror.posted()) == reference);
        QVERIFY(*job3 == afterP2); // held: as it was taken
        job3.reset();
        // Hold the published one again: the edit takes whichever spare is freshest and
        // applies every edit it missed.
        std::shared_ptr<const Design> job4 = mirror.at(mirror.posted());
        auto p = moveRack(reference, 9, 1.2);
        p->apply(reference, true);
        mirror.apply(p, true);
        QVERIFY(*mirror.at(mirror.posted()) == reference);
        QCOMPARE(mirror.copies(), std::uint64_t(1));
    }

    void longJobsLeaveThePublishedDesignToEdits() {
        Design reference = smallFactory(5.0);
        const auto owner = std::make_shared<DesignMirror>();
        DesignMirror& mirror = *owner;
        mirror.reset(std::make_shared<const Design>(reference));
        mirror.waitUntilIdle();
        const Design* published = mirror.at(mirror.posted()).get();
        // The estimate and schedule of one state share a design that is not the published one.
        const std::shared_ptr<const Design> estimate = jobDesignSource(designSource(owner))();
        const std::shared_ptr<const Design> schedule = mirror.forJob(mirror.posted());
        QVERIFY(estimate && schedule);
        QCOMPARE(estimate.get(), schedule.get());
        QVERIFY(estimate.get() != published);
        QVERIFY(*estimate == reference);
        // While they run, moves are applied in place to the object validation knows.
        for (std::size_t i = 0; i < 4; ++i) {
            auto p = moveRack(reference, i * 3, 0.6);
            p->apply(reference, true);
            mirror.apply(p, true);
            QCOMPARE(mirror.at(mirror.posted()).get(), published);
        }
        QVERIFY(*mirror.at(mirror.posted()) == reference);
        QVERIFY(*estimate != reference); // the jobs' state, unchanged
        QCOMPARE(mirror.copies(), std::uint64_t(0));
        // The next jobs get a design of the new state.
        const std::shared_ptr<const Design> next = mirror.forJob(mirror.posted());
        QVERIFY(next && next.get() != published && *next == reference);
    }

    void resetLeavesTheOldDesignsBehind() {
        DesignMirror mirror;
        Design first = smallFactory(5.0);
        mirror.reset(std::make_shared<const Design>(first));
        mirror.waitUntilIdle();
        std::shared_ptr<const Design> job = mirror.at(mirror.posted());
        auto p = moveRack(first, 0, 0.6);
        mirror.apply(p, true); // a spare of the first design taken, the held one kept
        job.reset();

        Design second = smallFactory(8.0);
        mirror.reset(std::make_shared<const Design>(second));
        mirror.waitUntilIdle();
        job = mirror.at(mirror.posted());
        auto q = moveRack(second, 3, 0.6);
        q->apply(second, true);
        mirror.apply(q, true); // the spare: a copy of the second design, not the first's
        QVERIFY(*mirror.at(mirror.posted()) == second);
        QCOMPARE(mirror.copies(), std::uint64_t(0));
    }

    void jobsOnOtherThreadsNeverSeeTheirSnapshotChange() {
        Design reference = smallFactory(5.0);
        DesignMirror mirror;
        mirror.reset(std::make_shared<const Design>(reference));
        std::atomic<bool> stop{false};
        std::atomic<int> changed{0}, reads{0};
        std::atomic<std::uint64_t> version{mirror.posted()};
        // Jobs as the estimate and schedule run them: take the snapshot, read it for a while,
        // read it again; an edit must never show through.
        std::vector<std::thread> jobs;
        for (int j = 0; j < 3; ++j)
            jobs.emplace_back([&] {
                while (!stop.load()) {
                    const std::shared_ptr<const Design> d = mirror.at(version.load());
                    if (!d)
                        return;
                    const double first = positionSum(*d);
                    std::this_thread::sleep_for(std::chrono::microseconds(300));
                    if (positionSum(*d) != first)
                        ++changed;
                    ++reads;
                }
            });
        for (std::size_t i = 0; i < 200; ++i) {
            auto patch = moveRack(reference, i * 5, i % 2 ? -0.3 : 0.6);
            patch->apply(reference, true);
            mirror.apply(patch, true);
            version = mirror.posted();
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        const auto last = mirror.at(mirror.posted());
        stop = true;
        for (std::thread& t : jobs)
            t.join();
        QVERIFY(last && *last == reference);
        QCOMPARE(changed.load(), 0);
        QVERIFY(reads.load() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDesignMirror)
#include "test_design_mirror.moc"
