// Moves made as the GUI makes them (moveObjectsPatch: the racks and the pipe and power link routes
// a move drags along) re-validate placement only, and the incremental findings equal a full
// validation's after every move, undo and merged drag (issue 15, "Edits").
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/validation/Validator.hpp"
#include "ui/commands/EditPatches.hpp"
#include <QTest>
#include <algorithm>
#include <random>
#include <string>

using namespace aifp;
using namespace aifp::ui;

namespace {

std::string describe(const std::vector<Finding>& fs) {
    std::string s;
    for (const auto& f : fs)
        s += "\n  " + std::string(toString(f.severity)) + " " + f.rule + ": " + f.message;
    return s;
}

bool ranOnlyPlacement(const std::vector<std::string>& ran) {
    // geometry around the moved racks, cooling when a pipe length changed; nothing else.
    for (const std::string& f : ran)
        if (f != "geometry (incremental)" && f != "cooling")
            return false;
    return !ran.empty() && ran.front() == "geometry (incremental)";
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
        s += " " + x;
    return s;
}

} // namespace

class TestMoveRevalidation : public QObject {
    Q_OBJECT
private slots:
    void randomMovesEqualFullValidation() {
        FactoryTargets t;
        t.targetGridMw = 10.0;
        Design d = generateFactory(t, Catalog::builtin()).design;
        QVERIFY(d.racks.size() > 20);
        Validator incremental(Catalog::builtin());
        const ValidationResult first = incremental.validateAll(d);
        std::mt19937 rng(15); // fixed: the same moves every run
        std::uniform_int_distribution<std::size_t> pick(0, d.racks.size() - 1);
        std::uniform_int_distribution<int> tiles(-3, 3), count(1, 3), coin(0, 4);
        int namedPipes = 0, undone = 0;
        for (int move = 0; move < 40; ++move) {
            std::vector<ObjectId> ids;
            for (int k = count(rng); k > 0; --k)
                ids.push_back(d.racks[pick(rng)].id);
            int tx = tiles(rng), ty = tiles(rng);
            if (tx == 0 && ty == 0)
                tx = 1;
            const DesignPatch patch = moveObjectsPatch(d, ids, 0.6 * tx, 0.6 * ty);
            patch.apply(d, true);
            DesignChange change = patch.change(true);
            if (change.touches(ObjectKind::Pipe))
                ++namedPipes;
            // Now and then the move is undone before the validation runs: the undo's change.
            if (coin(rng) == 0) {
                patch.apply(d, false);
                change = patch.change(false);
                ++undone;
            }
            const ValidationResult r = incremental.revalidate(d, change);
            QVERIFY2(
                ranOnlyPlacement(incremental.lastRun()),
                ("move " + std::to_string(move) + " ran" + joined(incremental.lastRun())).c_str());
            Validator fresh(Catalog::builtin());
            const ValidationResult full = fresh.validateAll(d);
            QVERIFY2(r.findings == full.findings,
                     ("move " + std::to_string(move) + ": incremental" + describe(r.findings) +
                      "\nfull" + describe(full.findings))
                         .c_str());
            QCOMPARE(r.errors, full.errors);
            QCOMPARE(r.warnings, full.warnings);
        }
        // The generator's racks have pipes: the moves dragged pipe routes along.
        QVERIFY(namedPipes > 20);
        QVERIFY(undone > 0);
        // The moves made findings of their own (overlaps, clearances): the test compared
        // something that changed.
        QVERIFY(incremental.revalidate(d, {}).findings != first.findings);
    }

    // A change naming another kind, or a pipe whose ends or size changed, is not a placement
    // edit: every family that reads it runs whole.
    void otherConnectionEditsAreNotPlacement() {
        FactoryTargets t;
        t.targetGridMw = 5.0;
        Design d = generateFactory(t, Catalog::builtin()).design;
        QVERIFY(!d.pipes.empty());
        Validator v(Catalog::builtin());
        v.validateAll(d);
        DesignPatch patch;
        Pipe p = d.pipes.front();
        p.innerDiameterMm *= 0.5;
        patch.set(d, p.id, p);
        patch.apply(d, true);
        const ValidationResult r = v.revalidate(d, patch.change(true));
        QCOMPARE(v.lastRun(), (std::vector<std::string>{"cooling", "geometry"}));
        QVERIFY(r.findings == Validator(Catalog::builtin()).validateAll(d).findings);
    }
};

QTEST_GUILESS_MAIN(TestMoveRevalidation)
#include "test_move_revalidation.moc"
