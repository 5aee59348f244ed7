// Moves made as the GUI makes them (moveObjectsPatch: the racks and the pipe and power link routes
// a move drags along) re-validate placement only, and the incremental findings equal a full
// validation's after every move, undo and merged drag (issue 15, "Edits").
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/validation/CoolingModel.hpp"
#include "core/validation/ValidationContext.hpp"
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
    // geometry around the moved racks, cooling's route rules when a pipe length changed (on
    // the kept cooling graph); nothing else.
    for (const std::string& f : ran)
        if (f != "geometry (incremental)" && f != "cooling (routes)")
            return false;
    return !ran.empty() && ran.front() == "geometry (incremental)";
}

// The pump head of every CDU set just above its worst path's pressure drop now: a move that
// lengthens a path makes a cooling.pipe_pressure_drop finding, one that shortens it clears it.
void pumpHeadsAtTheEdge(Design& d) {
    // The racks' liquid heat as the cooling rules take it (ValidationContext), round trip on.
    std::vector<double> liquidKw(d.racks.size(), 0.0);
    {
        const ValidationOptions options;
        const ValidationContext ctx(d, Catalog::builtin(), options);
        for (std::size_t i = 0; i < d.racks.size(); ++i)
            if (const SystemSpec* s = ctx.spec(i))
                liquidKw[i] = s->rackPowerKw * ctx.liquidFraction(i);
    }
    const CoolingModel model(d, liquidKw, 2.0);
    std::vector<double> worst(d.coolingNodes.size(), 0.0);
    for (std::size_t r = 0; r < d.racks.size(); ++r)
        for (int c : model.rackCdus(r))
            worst[std::size_t(c)] = std::max(worst[std::size_t(c)], model.rackPathDropKpa(r));
    for (std::size_t c = 0; c < d.coolingNodes.size(); ++c)
        if (d.coolingNodes[c].kind == CoolingNodeKind::Cdu && worst[c] > 0)
            d.coolingNodes[c].pumpHeadKpa = worst[c] * 1.0001;
}

int pressureDropFindings(const ValidationResult& r) {
    return int(std::count_if(r.findings.begin(), r.findings.end(), [](const Finding& f) {
        return f.rule == "cooling.pipe_pressure_drop";
    }));
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

    // The cooling graph kept between moves follows the re-routed pipes: its pressure drops
    // equal a graph built again, after each move and its undo.
    void reroutedCoolingModelEqualsRebuilt() {
        FactoryTargets t;
        t.targetGridMw = 10.0;
        Design d = generateFactory(t, Catalog::builtin()).design;
        std::vector<double> liquidKw(d.racks.size(), 40.0);
        CoolingModel kept(d, liquidKw, 2.0);
        int rerouted = 0;
        for (std::size_t k = 0; k < d.racks.size(); k += d.racks.size() / 12 + 1) {
            const DesignPatch patch = moveObjectsPatch(d, {d.racks[k].id}, 1.2, -3.0);
            for (bool forward : {true, false}) {
                patch.apply(d, forward);
                std::vector<std::size_t> pipes;
                for (ObjectId id : patch.change(forward).ids)
                    for (std::size_t p = 0; p < d.pipes.size(); ++p)
                        if (d.pipes[p].id == id)
                            pipes.push_back(p);
                rerouted += int(pipes.size());
                kept.rerouted(pipes);
                const CoolingModel fresh(d, liquidKw, 2.0);
                for (std::size_t p = 0; p < d.pipes.size(); ++p)
                    QCOMPARE(kept.pipeDropKpa(p), fresh.pipeDropKpa(p));
                for (std::size_t r = 0; r < d.racks.size(); ++r)
                    QCOMPARE(kept.rackPathDropKpa(r), fresh.rackPathDropKpa(r));
            }
        }
        QVERIFY(rerouted > 0);
    }

    // With every pump head at the edge, moves make and clear pressure drop findings: the
    // incremental run (cooling's route rules on the kept graph) still equals a full one.
    void pressureDropFindingsFollowMoves() {
        FactoryTargets t;
        t.targetGridMw = 10.0;
        Design d = generateFactory(t, Catalog::builtin()).design;
        pumpHeadsAtTheEdge(d);
        Validator incremental(Catalog::builtin());
        const int before = pressureDropFindings(incremental.validateAll(d));
        std::mt19937 rng(151);
        std::uniform_int_distribution<std::size_t> pick(0, d.racks.size() - 1);
        std::uniform_int_distribution<int> tiles(-4, 4);
        std::vector<int> counts;
        for (int move = 0; move < 30; ++move) {
            const int tx = tiles(rng), ty = tiles(rng);
            const DesignPatch patch =
                moveObjectsPatch(d, {d.racks[pick(rng)].id}, 0.6 * (tx == 0 ? 1 : tx), 0.6 * ty);
            patch.apply(d, true);
            const ValidationResult r = incremental.revalidate(d, patch.change(true));
            QVERIFY2(
                ranOnlyPlacement(incremental.lastRun()),
                ("move " + std::to_string(move) + " ran" + joined(incremental.lastRun())).c_str());
            const ValidationResult full = Validator(Catalog::builtin()).validateAll(d);
            QVERIFY2(r.findings == full.findings,
                     ("move " + std::to_string(move) + ": incremental" + describe(r.findings) +
                      "\nfull" + describe(full.findings))
                         .c_str());
            counts.push_back(pressureDropFindings(r));
        }
        // The moves changed the pressure drop findings: the route rules were really re-run.
        QVERIFY(std::any_of(counts.begin(), counts.end(), [&](int c) { return c != before; }));
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
