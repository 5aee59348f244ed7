// "Simulate failure" on a generated 2N factory: the action's enabled state, the racks coloured
// in the 3D view (the status map given to the viewport), the impact dock's figures against
// aifp::simulateFailure, and Clear. The reaction runs without a viewport: no OpenGL needed.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/validation/FailureImpact.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/docks/ImpactColours.hpp"
#include "ui/docks/ImpactDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/reactions/SimulateFailureReaction.hpp"
#include <QAction>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <set>

using namespace aifp;
using namespace aifp::ui;

namespace {

const Design& factory() {
    static const Design d = [] {
        FactoryTargets t;
        t.name = "Failure test";
        t.systemId = "gb300-nvl72";
        t.targetGridMw = 1.0;
        t.redundancy = RedundancyScheme::TwoN;
        return generateFactory(t, Catalog::builtin()).design;
    }();
    return d;
}

std::vector<ObjectId> nodesOfKind(const Design& d, PowerNodeKind kind) {
    std::vector<ObjectId> out;
    for (const PowerNode& n : d.powerNodes)
        if (n.kind == kind)
            out.push_back(n.id);
    return out;
}

// Racks with a power link coming straight from one of the nodes.
std::set<ObjectId> racksFedBy(const Design& d, const std::vector<ObjectId>& nodes) {
    std::set<ObjectId> rackIds, out;
    for (const Rack& r : d.racks)
        rackIds.insert(r.id);
    for (const PowerLink& l : d.powerLinks)
        if (rackIds.count(l.toId) && std::find(nodes.begin(), nodes.end(), l.fromId) != nodes.end())
            out.insert(l.toId);
    return out;
}

// The failure set of a row: "ups" the first UPS; "busway" the busway feeding the first rack's
// first power shelf; "rack feeds" every feed of the first rack (its A and B power shelves in
// a 2N design).
std::vector<ObjectId> failureSet(const Design& d, const QString& what) {
    if (what == "ups")
        return {nodesOfKind(d, PowerNodeKind::Ups).at(0)};
    if (what == "busway") { // the busway feeding the first rack's first power shelf
        ObjectId shelf = kNoId;
        for (const PowerLink& l : d.powerLinks)
            if (l.toId == d.racks.front().id && shelf == kNoId)
                shelf = l.fromId;
        for (const PowerLink& l : d.powerLinks)
            if (l.toId == shelf)
                return {l.fromId};
        return {};
    }
    std::vector<ObjectId> feeds;
    for (const PowerLink& l : d.powerLinks)
        if (l.toId == d.racks.front().id)
            feeds.push_back(l.fromId);
    return feeds;
}

std::set<ObjectId> asSet(const std::vector<ObjectId>& v) {
    return {v.begin(), v.end()};
}

} // namespace

class TestSimulateFailure : public QObject {
    Q_OBJECT
private slots:
    void enabledForInfrastructureOnly();
    void simulate_data();
    void simulate();
    void clearAndEditRestore();
};

void TestSimulateFailure::enabledForInfrastructureOnly() {
    Document doc;
    doc.reset(factory(), {});
    QAction action;
    ImpactDock dock(&doc);
    SimulateFailureReaction reaction(&action, &doc, &dock, nullptr);
    QTRY_VERIFY(!action.isEnabled()); // nothing selected
    doc.setSelection({doc.design().racks.front().id});
    QVERIFY(!action.isEnabled()); // a rack alone is not power, cooling or network
    doc.setSelection(
        {doc.design().racks.front().id, nodesOfKind(factory(), PowerNodeKind::Ups)[0]});
    QVERIFY(action.isEnabled());
    doc.setSelection({doc.design().coolingNodes.front().id});
    QVERIFY(action.isEnabled());
    doc.setSelection({doc.design().switches.front().id});
    QVERIFY(action.isEnabled());
}

void TestSimulateFailure::simulate_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("losesPower");
    // 2N: one UPS or one busway down leaves every rack on its other path (redundancy lost, no
    // GPU lost); both feeds of a rack down (its A and B power shelves): the racks fed only by
    // them lose power, 72 GPUs per GB300 NVL72 rack.
    QTest::newRow("one UPS") << "ups" << false;
    QTest::newRow("one busway") << "busway" << false;
    QTest::newRow("both feeds of a rack") << "rack feeds" << true;
}

void TestSimulateFailure::simulate() {
    QFETCH(QString, what);
    QFETCH(bool, losesPower);
    const Design& d = factory();
    const std::vector<ObjectId> failed = failureSet(d, what);
    QVERIFY(!failed.empty());
    if (what == "busway")
        QVERIFY(DesignIndex(d).powerNode(failed[0])->kind == PowerNodeKind::Busway);
    const ImpactResult expected = simulateFailure(d, Catalog::builtin(), failed);

    Document doc;
    doc.reset(d, {});
    QAction action;
    ImpactDock dock(&doc);
    SimulateFailureReaction reaction(&action, &doc, &dock, nullptr);
    doc.setSelection(failed);
    QVERIFY(action.isEnabled());
    action.trigger();
    QTRY_VERIFY_WITH_TIMEOUT(reaction.result().has_value(), 120000);
    const ImpactResult& r = *reaction.result();
    QCOMPARE(r.gpusLost, expected.gpusLost);
    QCOMPARE(r.gpusTotal, expected.gpusTotal);
    QCOMPARE(asSet(r.racksLosingPower), asSet(expected.racksLosingPower));
    QCOMPARE(asSet(r.racksLosingRedundancy), asSet(expected.racksLosingRedundancy));
    QCOMPARE(r.fabricBandwidthLostGbps, expected.fabricBandwidthLostGbps);
    QVERIFY(r.tokensPerSecondLost.has_value()); // from the estimation engine
    const auto& shown = reaction.shownStatus();
    if (losesPower) {
        // The racks fed only by the failed feeds go dark: red, 72 GPUs each.
        const std::set<ObjectId> dark = racksFedBy(d, failed);
        QVERIFY(!dark.empty());
        QCOMPARE(asSet(r.racksLosingPower), dark);
        QCOMPARE(r.gpusLost, 72 * static_cast<int>(dark.size()));
        QVERIFY(*r.tokensPerSecondLost > 0.0);
        for (ObjectId id : dark)
            QCOMPARE(shown.at(id), impactSeverity(ImpactClass::LosesPower));
    } else {
        QCOMPARE(r.gpusLost, 0);
        QCOMPARE(*r.tokensPerSecondLost, 0.0);
        QVERIFY(!r.racksLosingRedundancy.empty());
        if (what == "busway") {            // the racks on that busway run on their other feed only
            std::vector<ObjectId> shelves; // busway -> rack power shelves -> racks
            for (const PowerLink& l : d.powerLinks)
                if (l.fromId == failed[0])
                    shelves.push_back(l.toId);
            const std::set<ObjectId> fed = racksFedBy(d, shelves),
                                     lost = asSet(r.racksLosingRedundancy);
            QVERIFY(!fed.empty());
            QVERIFY2(std::includes(lost.begin(), lost.end(), fed.begin(), fed.end()),
                     qPrintable(
                         QString("fed %1, losing redundancy %2").arg(fed.size()).arg(lost.size())));
        }
        for (ObjectId id : r.racksLosingRedundancy)
            QCOMPARE(shown.at(id), impactSeverity(ImpactClass::LosesRedundancy));
    }
    QCOMPARE(shown.size(), impactStatus(expected).size());
    // The dock reports the same GPUs lost.
    QVERIFY2(dock.summaryText().contains(
                 QString("GPUs lost: %1 of %2").arg(expected.gpusLost).arg(expected.gpusTotal)),
             qPrintable(dock.summaryText()));
    QVERIFY(dock.list()->topLevelItemCount() >= 4);
}

void TestSimulateFailure::clearAndEditRestore() {
    Document doc;
    doc.reset(factory(), {});
    QAction action;
    ImpactDock dock(&doc);
    SimulateFailureReaction reaction(&action, &doc, &dock, nullptr);
    doc.setSelection(failureSet(factory(), "rack feeds"));
    action.trigger();
    QTRY_VERIFY_WITH_TIMEOUT(reaction.result().has_value(), 120000);
    QVERIFY(!reaction.shownStatus().empty());
    QVERIFY(dock.clearButton()->isEnabled());
    dock.clearButton()->click();
    QVERIFY(!reaction.result().has_value());
    QVERIFY(reaction.shownStatus().empty());
    QCOMPARE(dock.list()->topLevelItemCount(), 0);
    // Run again, then edit: the stale impact is taken off the view.
    action.trigger();
    QTRY_VERIFY_WITH_TIMEOUT(reaction.result().has_value(), 120000);
    DesignPatch p;
    p.settingsBefore = doc.design().settings;
    p.settingsAfter = doc.design().settings;
    p.settingsAfter->modelId = "llama3.1-8b";
    doc.push(new PatchCommand(&doc, p, "model"));
    QVERIFY(!reaction.result().has_value());
    QVERIFY(reaction.shownStatus().empty());
}

QTEST_MAIN(TestSimulateFailure)
#include "test_simulate_failure.moc"
