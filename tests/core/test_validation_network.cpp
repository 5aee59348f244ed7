#include "ValidationFixtures.hpp"
#include <QTest>

using namespace aifp;

namespace {

// Two-tier fabric: leaves 10, 11; spines 20, 21. Racks 200, 201 on leaf 10 and 202, 203 on
// leaf 11, each with a bundle of 4 x 800G. Each leaf has 2 x 800G to each spine:
// down 2 racks x 4 x 800 = 6400 Gb/s, up 2 spines x 2... (see upCount) x 800.
struct NetCase {
    int upCount = 4; // links per leaf-spine bundle (4: 6400 up = 6400 down)
    int leafPorts = 144;
    bool dropLeaf11Uplinks = false;
    double rackLinkM = 10;
    LinkMedium rackMedium = LinkMedium::Multimode;
    bool splitSpines =
        false; // leaf 10 only to spine 20, leaf 11 only to spine 21, spines via core 30
    int tiers = 2;
};

Design netDesign(const NetCase& c) {
    Design d;
    d.settings.fabricTiers = c.tiers;
    d.settings.oversubscription = 1.0;
    d.halls.push_back(fx::hall(1));
    d.switches.push_back(fx::networkSwitch(10, 1, c.leafPorts));
    d.switches.push_back(fx::networkSwitch(11, 1, c.leafPorts));
    d.switches.push_back(fx::networkSwitch(20, 2));
    d.switches.push_back(fx::networkSwitch(21, 2));
    ObjectId link = 100;
    for (int i = 0; i < 4; ++i) {
        d.racks.push_back(fx::rack(200 + i, 1, 5.3 + 0.6 * i, 10));
        d.networkLinks.push_back(
            fx::networkLink(link++, 200 + i, i < 2 ? 10 : 11, 4, 800, c.rackLinkM, c.rackMedium));
    }
    if (c.splitSpines) {
        d.switches.push_back(fx::networkSwitch(30, 3));
        d.networkLinks.push_back(fx::networkLink(link++, 10, 20, 2 * c.upCount));
        d.networkLinks.push_back(fx::networkLink(link++, 11, 21, 2 * c.upCount));
        d.networkLinks.push_back(fx::networkLink(link++, 20, 30, 2 * c.upCount));
        d.networkLinks.push_back(fx::networkLink(link++, 21, 30, 2 * c.upCount));
        return d;
    }
    for (ObjectId leaf : {10, 11})
        for (ObjectId spine : {20, 21})
            if (!(c.dropLeaf11Uplinks && leaf == 11))
                d.networkLinks.push_back(fx::networkLink(link++, leaf, spine, c.upCount));
    return d;
}

} // namespace

class TestValidationNetwork : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void worstSwitchFailure();
};

void TestValidationNetwork::rules_data() {
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::newRow("non-blocking fabric: connected") << "ok"
                                                    << "network.connectivity" << 0 << 0;
    QTest::newRow("non-blocking fabric: hops") << "ok"
                                               << "network.hops" << 0 << 0;
    QTest::newRow("non-blocking fabric: ports") << "ok"
                                                << "network.ports" << 0 << 0;
    QTest::newRow("non-blocking fabric: 1:1") << "ok"
                                              << "network.oversubscription" << 0 << 0;
    QTest::newRow("non-blocking fabric: reach") << "ok"
                                                << "network.reach" << 0 << 0;
    // Leaf 11 without uplinks: racks 202, 203 form an island (1 error) and the leaf has no
    // uplinks below the top tier (1 error).
    QTest::newRow("leaf without uplinks: island") << "noUplinks"
                                                  << "network.connectivity" << 1 << 0;
    QTest::newRow("leaf without uplinks: tier") << "noUplinks"
                                                << "network.oversubscription" << 1 << 0;
    // Leaf ports: 2 x 4 down + 2 x 4 up = 16 > 8 on each leaf.
    QTest::newRow("8-port leaves") << "ports8"
                                   << "network.ports" << 2 << 0;
    // 2 links per spine: up 2 x 2 x 800 = 3200, down 6400: 2:1 > 1:1 on both leaves (1 finding).
    QTest::newRow("2:1 oversubscribed") << "oversub"
                                        << "network.oversubscription" << 0 << 1;
    // Rack links: multimode 60 m > 50 m (SR4), copper 5 m > 3 m, copper 2 m fine.
    QTest::newRow("multimode 60 m") << "mm60"
                                    << "network.reach" << 1 << 0;
    QTest::newRow("copper 5 m") << "cu5"
                                << "network.reach" << 1 << 0;
    QTest::newRow("copper 2 m") << "cu2"
                                << "network.reach" << 0 << 0;
    // Leaf - spine - core - spine - leaf = 5 switches: too many for 2 tiers (<= 3), fine for 3.
    QTest::newRow("5 switches in a 2-tier design") << "split2"
                                                   << "network.hops" << 1 << 0;
    QTest::newRow("5 switches in a 3-tier design") << "split3"
                                                   << "network.hops" << 0 << 0;
}

void TestValidationNetwork::rules() {
    QFETCH(QString, variant);
    QFETCH(QString, rule);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    NetCase c;
    if (variant == "noUplinks")
        c.dropLeaf11Uplinks = true;
    else if (variant == "ports8")
        c.leafPorts = 8;
    else if (variant == "oversub")
        c.upCount = 2;
    else if (variant == "mm60")
        c.rackLinkM = 60;
    else if (variant == "cu5") {
        c.rackLinkM = 5;
        c.rackMedium = LinkMedium::Copper;
    } else if (variant == "cu2") {
        c.rackLinkM = 2;
        c.rackMedium = LinkMedium::Copper;
    } else if (variant == "split2")
        c.splitSpines = true;
    else if (variant == "split3") {
        c.splitSpines = true;
        c.tiers = 3;
    }
    const auto found = fx::withRule(fx::validate(netDesign(c)), rule.toStdString());
    int e = 0, w = 0;
    for (const auto& f : found) {
        e += f.severity == Severity::Error;
        w += f.severity == Severity::Warning;
    }
    QVERIFY2(e == errors && w == warnings, fx::describe(found).c_str());
    if (variant == "noUplinks" && rule == "network.connectivity")
        QCOMPARE(found[0].objects, (std::vector<ObjectId>{202, 203}));
    if (variant == "oversub")
        QVERIFY2(found[0].message.find("6400 Gb/s down and 3200 Gb/s up (2:1)") !=
                     std::string::npos,
                 found[0].message.c_str());
    if (variant == "split2")
        QVERIFY2(found[0].message.find("crosses 5 switches") != std::string::npos,
                 found[0].message.c_str());
}

void TestValidationNetwork::worstSwitchFailure() {
    // Tier 1 aggregate: 4 racks x 3200 = 12800 Gb/s; tier 2: 2 leaves x 2 spines x 3200 =
    // 12800 Gb/s; bisection 12800 / 2 = 6400 Gb/s. Losing leaf 10 removes 6400 from each tier
    // -> 3200 Gb/s (50 %); losing a spine removes 6400 from tier 2 -> also 3200 Gb/s. The first
    // worst switch (leaf 10) is reported.
    const auto found = fx::withRule(fx::validate(netDesign({})), "network.switch_failure");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].severity, Severity::Info);
    QCOMPARE(found[0].objects.front(), ObjectId(10));
    QVERIFY2(found[0].message.find("3200 Gb/s of the fabric's 6400 Gb/s") != std::string::npos,
             found[0].message.c_str());
    QVERIFY2(found[0].message.find("(50 %)") != std::string::npos, found[0].message.c_str());
}

QTEST_APPLESS_MAIN(TestValidationNetwork)
#include "test_validation_network.moc"
