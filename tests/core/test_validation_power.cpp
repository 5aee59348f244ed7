#include "ValidationFixtures.hpp"
#include "core/validation/PowerModel.hpp"
#include <QTest>

using namespace aifp;

namespace {

// 2N: utility (shared) -> transformer A/B -> UPS A/B (efficiency 0.95) -> busway A/B -> racks.
// Four gb300-nvl72 racks of 135 kW = 540 kW; each rack is fed by both busways (50/50).
// `singleFed` racks get only the A feed.
Design twoN(double upsKw, double buswayKw, double buswayAmps, int singleFed = 0) {
    Design d;
    d.settings.powerRedundancy = RedundancyScheme::TwoN;
    d.halls.push_back(fx::hall(1));
    d.powerNodes.push_back(fx::powerNode(10, PowerNodeKind::UtilityFeed, 0));
    ObjectId link = 100;
    for (int p = 0; p < 2; ++p) {
        const std::string path = p == 0 ? "A" : "B";
        const ObjectId base = 20 + 10 * p;
        d.powerNodes.push_back(fx::powerNode(base, PowerNodeKind::Transformer, 3000, path));
        d.powerNodes.push_back(fx::powerNode(base + 1, PowerNodeKind::Ups, upsKw, path, 0.95));
        PowerNode bw = fx::powerNode(base + 2, PowerNodeKind::Busway, buswayKw, path);
        bw.voltageV = 415;
        bw.currentRatingA = buswayAmps;
        d.powerNodes.push_back(bw);
        d.powerLinks.push_back(fx::powerLink(link++, 10, base));
        d.powerLinks.push_back(fx::powerLink(link++, base, base + 1));
        d.powerLinks.push_back(fx::powerLink(link++, base + 1, base + 2));
    }
    for (int i = 0; i < 4; ++i) {
        const ObjectId id = 200 + i;
        d.racks.push_back(fx::rack(id, 1, 5.3 + 0.6 * i, 10));
        d.powerLinks.push_back(fx::powerLink(link++, 22, id));
        if (i >= singleFed)
            d.powerLinks.push_back(fx::powerLink(link++, 32, id));
    }
    return d;
}

// N+1: transformer -> `units` parallel UPS units -> switchboard -> busway -> 4 racks (540 kW).
Design nPlus1(int units, double upsKw) {
    Design d;
    d.settings.powerRedundancy = RedundancyScheme::NPlus1;
    d.halls.push_back(fx::hall(1));
    d.powerNodes.push_back(fx::powerNode(10, PowerNodeKind::Transformer, 3000));
    d.powerNodes.push_back(fx::powerNode(11, PowerNodeKind::LvSwitchboard, 2000));
    d.powerNodes.push_back(fx::powerNode(12, PowerNodeKind::Busway, 1000));
    ObjectId link = 100;
    for (int u = 0; u < units; ++u) {
        d.powerNodes.push_back(fx::powerNode(20 + u, PowerNodeKind::Ups, upsKw));
        d.powerLinks.push_back(fx::powerLink(link++, 10, 20 + u));
        d.powerLinks.push_back(fx::powerLink(link++, 20 + u, 11));
    }
    d.powerLinks.push_back(fx::powerLink(link++, 11, 12));
    for (int i = 0; i < 4; ++i) {
        d.racks.push_back(fx::rack(200 + i, 1, 5.3 + 0.6 * i, 10));
        d.powerLinks.push_back(fx::powerLink(link++, 12, 200 + i));
    }
    return d;
}

// 4N/3: four paths A-D (UPS + busway each); racks dual-corded to neighbouring paths:
// r0 {A,B}, r1 {B,C}, r2 {C,D}, r3 {D,A}. Normally each path carries 2 x 67.5 = 135 kW.
// Path A fails: r0 moves fully to B and r3 fully to D, so B and D carry 135 + 67.5 = 202.5 kW.
Design fourN3(double upsKw) {
    Design d;
    d.settings.powerRedundancy = RedundancyScheme::Distributed4N3;
    d.halls.push_back(fx::hall(1));
    ObjectId link = 100;
    const char* paths[] = {"A", "B", "C", "D"};
    for (int p = 0; p < 4; ++p) {
        d.powerNodes.push_back(fx::powerNode(20 + 10 * p, PowerNodeKind::Ups, upsKw, paths[p]));
        d.powerNodes.push_back(fx::powerNode(21 + 10 * p, PowerNodeKind::Busway, 1000, paths[p]));
        d.powerLinks.push_back(fx::powerLink(link++, 20 + 10 * p, 21 + 10 * p));
    }
    for (int i = 0; i < 4; ++i) {
        d.racks.push_back(fx::rack(200 + i, 1, 5.3 + 0.6 * i, 10));
        d.powerLinks.push_back(fx::powerLink(link++, 21 + 10 * i, 200 + i));
        d.powerLinks.push_back(fx::powerLink(link++, 21 + 10 * ((i + 1) % 4), 200 + i));
    }
    return d;
}

} // namespace

class TestValidationPower : public QObject {
    Q_OBJECT
private slots:
    void cascadeLoads();
    void rules_data();
    void rules();
    void unfedRack();
    void modularUps_data();
    void modularUps();
};

void TestValidationPower::cascadeLoads() {
    const Design d = twoN(600, 1000, 0);
    std::vector<double> kw(d.racks.size(), 135.0);
    const PowerModel m(d, kw);
    const auto s = m.compute();
    // Busway A: 4 racks x 135 kW / 2 feeds = 270 kW. UPS A output 270 kW; its input
    // 270 / 0.95 = 284.21 kW is the transformer's load; the utility carries both: 568.42 kW.
    QCOMPARE(s.outKw[m.nodeIndex(22)], 270.0);
    QCOMPARE(s.outKw[m.nodeIndex(21)], 270.0);
    QVERIFY(std::abs(s.outKw[m.nodeIndex(20)] - 284.2105) < 1e-3);
    QVERIFY(std::abs(s.outKw[m.nodeIndex(10)] - 568.4211) < 1e-3);
    // Path A failed: busway B carries all 540 kW.
    std::vector<char> failA(d.powerNodes.size(), 0);
    failA[m.nodeIndex(20)] = 1;
    const auto f = m.compute(failA);
    QCOMPARE(f.outKw[m.nodeIndex(32)], 540.0);
    QVERIFY(!f.alive[m.nodeIndex(22)]);
    QVERIFY(f.lostGroups.empty());
}

void TestValidationPower::rules_data() {
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<double>("upsKw");
    QTest::addColumn<double>("buswayKw");
    QTest::addColumn<double>("buswayAmps");
    QTest::addColumn<int>("singleFed");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("expected");
    // 2N, UPS 600 kW: 270 kW normally, 540 kW when the other path fails: both fit.
    QTest::newRow("2N sized for failover")
        << "2N" << 600.0 << 1000.0 << 0.0 << 0 << "power.redundancy" << 0;
    QTest::newRow("2N sized for failover: no overload")
        << "2N" << 600.0 << 1000.0 << 0.0 << 0 << "power.overload" << 0;
    // 2N, UPS 500 kW: fine at 270 kW but 540 kW after a path failure > 500: one finding per
    // path failure (UPS B when A fails, UPS A when B fails).
    QTest::newRow("2N UPS too small for failover")
        << "2N" << 500.0 << 1000.0 << 0.0 << 0 << "power.redundancy" << 2;
    // One rack only on path A: the static check (fed from one path) and path A's failure
    // (rack loses power) = 2 findings. When B fails, A carries 3 x 67.5 + 135 + 135... = 540 <=
    // 600.
    QTest::newRow("2N single-fed rack")
        << "2N" << 600.0 << 1000.0 << 0.0 << 1 << "power.redundancy" << 2;
    // Busway 300 kW, continuous limit 0.8 x 300 = 240 kW < 270 kW: both busways overloaded.
    QTest::newRow("busway over 80 % continuous limit")
        << "2N" << 600.0 << 300.0 << 0.0 << 0 << "power.overload" << 2;
    // Busway current: 270 kW / (sqrt(3) x 415 V x 0.95) = 395.4 A.
    // 500 A rating: limit 0.8 x 500 = 400 A -> ok. 450 A: limit 360 A -> 2 findings.
    QTest::newRow("busway 395 A within 400 A")
        << "2N" << 600.0 << 1000.0 << 500.0 << 0 << "power.current" << 0;
    QTest::newRow("busway 395 A over 360 A")
        << "2N" << 600.0 << 1000.0 << 450.0 << 0 << "power.current" << 2;
    // N+1, three 300 kW UPS units sharing 540 kW: 180 kW each; one fails -> 270 kW each <= 300.
    QTest::newRow("N+1 3 x 300 kW") << "N+1" << 300.0 << 0.0 << 0.0 << 0 << "power.redundancy" << 0;
    // N+1, three 250 kW units: after one fails 270 > 250 on both survivors, for each of the
    // three failures: 3 x 2 = 6 findings.
    QTest::newRow("N+1 3 x 250 kW") << "N+1" << 250.0 << 0.0 << 0.0 << 0 << "power.redundancy" << 6;
    // N+1 with a single UPS unit: its failure leaves the 4 racks without power.
    QTest::newRow("N+1 single unit")
        << "N+1-single" << 600.0 << 0.0 << 0.0 << 0 << "power.redundancy" << 1;
    // 4N/3: 202.5 kW on the two neighbours of a failed path; UPS 250 kW fits.
    QTest::newRow("4N/3 250 kW paths")
        << "4N/3" << 250.0 << 0.0 << 0.0 << 0 << "power.redundancy" << 0;
    // UPS 200 kW: 202.5 > 200 on two neighbours for each of the four path failures: 8.
    QTest::newRow("4N/3 200 kW paths")
        << "4N/3" << 200.0 << 0.0 << 0.0 << 0 << "power.redundancy" << 8;
}

void TestValidationPower::rules() {
    QFETCH(QString, scheme);
    QFETCH(double, upsKw);
    QFETCH(double, buswayKw);
    QFETCH(double, buswayAmps);
    QFETCH(int, singleFed);
    QFETCH(QString, rule);
    QFETCH(int, expected);
    Design d = scheme == "2N"           ? twoN(upsKw, buswayKw, buswayAmps, singleFed)
               : scheme == "N+1"        ? nPlus1(3, upsKw)
               : scheme == "N+1-single" ? nPlus1(1, upsKw)
                                        : fourN3(upsKw);
    const auto found = fx::withRule(fx::validate(d), rule.toStdString());
    QVERIFY2(static_cast<int>(found.size()) == expected, fx::describe(found).c_str());
    for (const auto& f : found) {
        QVERIFY(!f.objects.empty());
        QVERIFY(!f.source.empty());
    }
    if (rule == "power.current" && expected > 0)
        QVERIFY2(found[0].message.find("395 A") != std::string::npos, found[0].message.c_str());
    if (scheme == "4N/3" && expected > 0)
        QVERIFY2(found[0].message.find("202.5 kW") != std::string::npos, found[0].message.c_str());
}

void TestValidationPower::unfedRack() {
    Design d = twoN(600, 1000, 0);
    d.racks.push_back(fx::rack(300, 1, 20, 10));
    const auto found = fx::withRule(fx::validate(d), "power.unfed_rack");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].objects, std::vector<ObjectId>{300});
}

void TestValidationPower::modularUps_data() {
    QTest::addColumn<double>("ratingKw");
    QTest::addColumn<int>("expected");
    // One UPS of 4 modules (1 spare) carrying 540 kW: with a module out, 3/4 of the rating.
    // 800 kW -> 600 kW >= 540: ok. 700 kW -> 525 kW < 540: finding.
    QTest::newRow("4 x 200 kW modules") << 800.0 << 0;
    QTest::newRow("4 x 175 kW modules") << 700.0 << 1;
}

void TestValidationPower::modularUps() {
    QFETCH(double, ratingKw);
    QFETCH(int, expected);
    Design d = nPlus1(1, ratingKw);
    d.powerNodes[3].moduleCount = 4; // the UPS (id 20)
    d.powerNodes[3].redundantModules = 1;
    QCOMPARE(d.powerNodes[3].id, ObjectId(20));
    const auto found = fx::withRule(fx::validate(d), "power.redundancy");
    QVERIFY2(static_cast<int>(found.size()) == expected, fx::describe(found).c_str());
}

QTEST_APPLESS_MAIN(TestValidationPower)
#include "test_validation_power.moc"
