#include "ValidationFixtures.hpp"
#include <QTest>

using namespace aifp;

// gb300-nvl72: 0.6 m x 1.2 m footprint, 1.2 m service clearance front and rear.
// Hall 1 spans [0, 40] x [0, 20] m.
class TestValidationGeometry : public QObject {
    Q_OBJECT
private slots:
    void placement_data();
    void placement();
    void connections_data();
    void connections();
};

void TestValidationGeometry::placement_data() {
    QTest::addColumn<double>("bx"); // second rack position
    QTest::addColumn<double>("by");
    QTest::addColumn<double>("brot");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("expected");
    // Rack A at (10, 10): box [9.7, 10.3] x [9.4, 10.6]; front zone y [8.2, 9.4], rear
    // [10.6, 11.8].
    // B at x 10.6: box [10.3, 10.9] touches A's side: no overlap, no aisle conflict.
    QTest::newRow("side by side") << 10.6 << 10.0 << 0.0 << "geometry.overlap" << 0;
    QTest::newRow("side by side: aisles") << 10.6 << 10.0 << 0.0 << "geometry.aisle" << 0;
    // B at x 10.3: box [10.0, 10.6] overlaps A by 0.3 m.
    QTest::newRow("overlapping by 0.3 m") << 10.3 << 10.0 << 0.0 << "geometry.overlap" << 1;
    // B facing A across the front aisle (rotated 180): gap between boxes = 1.2 m when B's
    // centre is at y = 9.4 - 1.2 - 0.6 = 7.6: both fronts have exactly 1.2 m -> fine.
    QTest::newRow("1.2 m cold aisle") << 10.0 << 7.6 << 180.0 << "geometry.aisle" << 0;
    // Gap 1.0 m (B at y 7.8): each rack stands in the other's front clearance: 2 findings.
    QTest::newRow("1.0 m cold aisle") << 10.0 << 7.8 << 180.0 << "geometry.aisle" << 2;
    // Rotated 90 degrees, B's box is 1.2 x 0.6: at (11.0, 10) it spans [10.4, 11.6] in x,
    // clear of A; its service zones run along x ([9.2, 10.4] and [11.6, 12.8]) and the first
    // covers A's box x [9.7, 10.3] -> B's clearance is blocked by A (1 finding).
    QTest::newRow("rotated rack facing A's side") << 11.0 << 10.0 << 90.0 << "geometry.aisle" << 1;
    // B at y 0.6: box [0, 1.2] in y touches the wall, front zone [-1.2, 0] is outside the hall.
    QTest::newRow("rack against the south wall") << 20.0 << 0.6 << 0.0 << "geometry.aisle" << 1;
    // B at x 39.9: box [39.6, 40.2] pokes 0.2 m out of the hall.
    QTest::newRow("rack outside the hall") << 39.9 << 10.0 << 0.0 << "geometry.outside_hall" << 1;
    QTest::newRow("rack inside the hall") << 39.7 << 10.0 << 0.0 << "geometry.outside_hall" << 0;
}

void TestValidationGeometry::placement() {
    QFETCH(double, bx);
    QFETCH(double, by);
    QFETCH(double, brot);
    QFETCH(QString, rule);
    QFETCH(int, expected);
    Design d;
    d.halls.push_back(fx::hall(1));
    d.racks.push_back(fx::rack(2, 1, 10, 10));
    d.racks.push_back(fx::rack(3, 1, bx, by, "gb300-nvl72", brot));
    const auto found = fx::withRule(fx::validate(d), rule.toStdString());
    QVERIFY2(static_cast<int>(found.size()) == expected, fx::describe(found).c_str());
    for (const auto& f : found)
        QCOMPARE(f.severity, Severity::Error);
}

void TestValidationGeometry::connections_data() {
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("expected");
    QTest::newRow("pipe route ends at the rack") << "ok"
                                                 << "geometry.unconnected" << 0;
    // Route ends at (13, 10): 3 m from the rack at (10, 10) > 1 m tolerance.
    QTest::newRow("pipe route ends 3 m away") << "pipeFar"
                                              << "geometry.unconnected" << 1;
    QTest::newRow("pipe to a missing object") << "pipeDangling"
                                              << "geometry.unconnected" << 1;
    // Busway route along y = 12: the rack at (10, 10) is 2 m away (within 2 m); at y 7 it
    // would be 5 m away.
    QTest::newRow("rack 5 m from its busway") << "buswayFar"
                                              << "geometry.unconnected" << 1;
    QTest::newRow("busway without feed") << "buswayUnfed"
                                         << "geometry.unconnected" << 1;
    QTest::newRow("CDU outside its hall") << "cduOutside"
                                          << "geometry.outside_hall" << 1;
    QTest::newRow("equipment inside") << "ok"
                                      << "geometry.outside_hall" << 0;
}

void TestValidationGeometry::connections() {
    QFETCH(QString, variant);
    QFETCH(QString, rule);
    QFETCH(int, expected);
    Design d;
    d.halls.push_back(fx::hall(1));
    const double rackY = variant == "buswayFar" ? 7 : 10;
    d.racks.push_back(fx::rack(2, 1, 10, rackY));
    CoolingNode cdu = fx::coolingNode(10, CoolingNodeKind::Cdu, 500, 1);
    cdu.positionM = variant == "cduOutside" ? PointM{45, 5, 0} : PointM{5, 5, 0};
    d.coolingNodes.push_back(cdu);
    Pipe p = fx::pipe(20, 10, variant == "pipeDangling" ? 999 : 2, 50, 10);
    p.routeM = {{5, 5, 3}, {10, 5, 3}, {variant == "pipeFar" ? 13.0 : 10.0, rackY, 3}};
    d.pipes.push_back(p);
    PowerNode board = fx::powerNode(30, PowerNodeKind::LvSwitchboard, 2000);
    board.hallId = 1;
    board.positionM = {1, 12, 0};
    d.powerNodes.push_back(board);
    PowerNode bw = fx::powerNode(31, PowerNodeKind::Busway, 800);
    bw.routeM = {{1, 12, 3}, {30, 12, 3}};
    d.powerNodes.push_back(bw);
    if (variant != "buswayUnfed")
        d.powerLinks.push_back(fx::powerLink(40, 30, 31));
    d.powerLinks.push_back(fx::powerLink(41, 31, 2));
    const auto found = fx::withRule(fx::validate(d), rule.toStdString());
    QVERIFY2(static_cast<int>(found.size()) == expected, fx::describe(found).c_str());
}

QTEST_APPLESS_MAIN(TestValidationGeometry)
#include "test_validation_geometry.moc"
