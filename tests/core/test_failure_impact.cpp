#include "ValidationFixtures.hpp"
#include "core/validation/FailureImpact.hpp"
#include <QList>
#include <QTest>

using namespace aifp;

namespace {

// 2 racks x 72 GPUs per leaf; leaf 10 has uplink bundles to spines 20 and 21, leaf 11 only one
// bundle (id 150) to spine 20. Power: busways 22 (A) and 32 (B) feed all 4 racks.
// Cooling: CDUs 40 and 41 (500 kW each, same hall) serve racks 200-201 and 202-203.
Design impactDesign() {
    Design d;
    d.halls.push_back(fx::hall(1));
    for (ObjectId id : {10, 11})
        d.switches.push_back(fx::networkSwitch(id, 1));
    for (ObjectId id : {20, 21})
        d.switches.push_back(fx::networkSwitch(id, 2));
    d.powerNodes.push_back(fx::powerNode(21, PowerNodeKind::Ups, 1000, "A"));
    d.powerNodes.push_back(fx::powerNode(22, PowerNodeKind::Busway, 1000, "A"));
    d.powerNodes.push_back(fx::powerNode(31, PowerNodeKind::Ups, 1000, "B"));
    d.powerNodes.push_back(fx::powerNode(32, PowerNodeKind::Busway, 1000, "B"));
    d.powerLinks.push_back(fx::powerLink(60, 21, 22));
    d.powerLinks.push_back(fx::powerLink(61, 31, 32));
    // ids 21 is both a switch and a UPS above: use distinct ids instead.
    d.powerNodes[0].id = 51;
    d.powerNodes[2].id = 52;
    d.powerLinks[0].fromId = 51;
    d.powerLinks[1].fromId = 52;
    for (ObjectId id : {40, 41})
        d.coolingNodes.push_back(fx::coolingNode(id, CoolingNodeKind::Cdu, 500, 1));
    ObjectId link = 100;
    for (int i = 0; i < 4; ++i) {
        const ObjectId r = 200 + i;
        d.racks.push_back(fx::rack(r, 1, 5.3 + 0.6 * i, 10));
        d.networkLinks.push_back(fx::networkLink(link++, r, i < 2 ? 10 : 11, 4));
        d.powerLinks.push_back(fx::powerLink(link++, 22, r));
        d.powerLinks.push_back(fx::powerLink(link++, 32, r));
        d.pipes.push_back(fx::pipe(link++, i < 2 ? 40 : 41, r, 50, 10));
    }
    d.networkLinks.push_back(fx::networkLink(140, 10, 20, 4));
    d.networkLinks.push_back(fx::networkLink(141, 10, 21, 4));
    d.networkLinks.push_back(fx::networkLink(150, 11, 20, 8));
    return d;
}

} // namespace

class TestFailureImpact : public QObject {
    Q_OBJECT
private slots:
    void impact_data();
    void impact();
    void unknownId();
};

void TestFailureImpact::impact_data() {
    QTest::addColumn<QList<qulonglong>>("failed");
    QTest::addColumn<int>("losePower");
    QTest::addColumn<int>("loseCooling");
    QTest::addColumn<int>("loseRedundancy");
    QTest::addColumn<int>("disconnected");
    QTest::addColumn<int>("gpusLost");
    QTest::addColumn<double>("bandwidthLostGbps");
    // UPS A: every rack keeps its B feed -> 4 racks lose redundancy, nothing lost.
    QTest::newRow("UPS A") << QList<qulonglong>{51} << 0 << 0 << 4 << 0 << 0 << 0.0;
    // Both UPSs: all 4 racks (288 GPUs) go dark.
    QTest::newRow("UPS A and B") << QList<qulonglong>{51, 52} << 4 << 0 << 0 << 0 << 288 << 0.0;
    // The single uplink bundle of leaf 11: racks 202, 203 (144 GPUs) fall off the fabric.
    // Tier 1 aggregate 4 x 3200 = 12800, tier 2 3200 + 3200 + 6400 = 12800: bisection 6400.
    // Without link 150 tier 2 has 6400 -> bisection 3200: 3200 Gb/s lost (50 %).
    QTest::newRow("leaf 11 uplink") << QList<qulonglong>{150} << 0 << 0 << 0 << 2 << 144 << 3200.0;
    // CDU 41 fails: its 229.5 kW move to CDU 40 (500 - 229.5 = 270.5 kW spare) -> the racks
    // keep cooling but lose redundancy.
    QTest::newRow("CDU 41") << QList<qulonglong>{41} << 0 << 0 << 2 << 0 << 0 << 0.0;
    // Both CDUs: no capacity left -> 4 racks lose cooling, 288 GPUs.
    QTest::newRow("both CDUs") << QList<qulonglong>{40, 41} << 0 << 4 << 0 << 0 << 288 << 0.0;
    // A failed rack counts its own GPUs only.
    QTest::newRow("rack 200") << QList<qulonglong>{200} << 0 << 0 << 0 << 0 << 72 << 0.0;
}

void TestFailureImpact::impact() {
    QFETCH(QList<qulonglong>, failed);
    QFETCH(int, losePower);
    QFETCH(int, loseCooling);
    QFETCH(int, loseRedundancy);
    QFETCH(int, disconnected);
    QFETCH(int, gpusLost);
    QFETCH(double, bandwidthLostGbps);
    std::vector<ObjectId> ids(failed.begin(), failed.end());
    // Toy throughput: 1000 tokens/s per GPU, linear.
    const ImpactResult r = simulateFailure(impactDesign(), Catalog::builtin(), ids,
                                           [](int gpus) { return 1000.0 * gpus; });
    QCOMPARE(static_cast<int>(r.racksLosingPower.size()), losePower);
    QCOMPARE(static_cast<int>(r.racksLosingCooling.size()), loseCooling);
    QCOMPARE(static_cast<int>(r.racksLosingRedundancy.size()), loseRedundancy);
    QCOMPARE(static_cast<int>(r.racksDisconnected.size()), disconnected);
    QCOMPARE(r.gpusTotal, 288);
    QCOMPARE(r.gpusLost, gpusLost);
    QCOMPARE(r.fabricBisectionGbps, 6400.0);
    QCOMPARE(r.fabricBandwidthLostGbps, bandwidthLostGbps);
    QVERIFY(r.tokensPerSecondLost.has_value());
    QCOMPARE(*r.tokensPerSecondLost, 1000.0 * gpusLost);
    QVERIFY(!r.assumptions.empty());
}

void TestFailureImpact::unknownId() {
    QVERIFY_THROWS_EXCEPTION(FailureImpactError,
                             simulateFailure(impactDesign(), Catalog::builtin(), {4242}));
}

QTEST_APPLESS_MAIN(TestFailureImpact)
#include "test_failure_impact.moc"
