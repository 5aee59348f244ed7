#include "ValidationFixtures.hpp"
#include <QTest>

using namespace aifp;

class TestValidationDensity : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void unknownSystem();
};

void TestValidationDensity::rules_data() {
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<int>("provision"); // CoolingProvision
    QTest::addColumn<double>("maxRackKw");
    QTest::addColumn<double>("floorKgPerM2");
    QTest::addColumn<double>("airLimitKw");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("expected");
    const int liquid = static_cast<int>(CoolingProvision::Liquid);
    const int air = static_cast<int>(CoolingProvision::Air);
    // gb300-nvl72: rack_power_kw 135 (catalog).
    QTest::newRow("135 kW under a 150 kW hall limit")
        << "gb300-nvl72" << liquid << 150.0 << 0.0 << 35.0 << "density.rack_kw" << 0;
    QTest::newRow("135 kW over a 120 kW hall limit")
        << "gb300-nvl72" << liquid << 120.0 << 0.0 << 35.0 << "density.rack_kw" << 1;
    // dgx-b200 rack: 2 x 14.3 = 28.6 kW, liquid_fraction 0: 28.6 <= 35.
    QTest::newRow("28.6 kW air-cooled within 35 kW")
        << "dgx-b200" << air << 200.0 << 0.0 << 35.0 << "density.air_limit" << 0;
    // dgx-h100 rack: 4 x 10.2 = 40.8 kW to air > 35 kW.
    QTest::newRow("40.8 kW air-cooled over 35 kW")
        << "dgx-h100" << air << 200.0 << 0.0 << 35.0 << "density.air_limit" << 1;
    // Same rack with the limit raised to 45 kW (--air-limit-kw): 40.8 <= 45.
    QTest::newRow("40.8 kW air-cooled under a 45 kW override")
        << "dgx-h100" << air << 200.0 << 0.0 << 45.0 << "density.air_limit" << 0;
    // gb300 in a liquid hall: air remainder 135 x (1 - 0.85) = 20.25 kW <= 35.
    QTest::newRow("gb300 air remainder 20.25 kW")
        << "gb300-nvl72" << liquid << 200.0 << 0.0 << 35.0 << "density.air_limit" << 0;
    // gb300 in an air-only hall: all 135 kW to air > 35, and liquid provision missing.
    QTest::newRow("gb300 in an air hall: air limit")
        << "gb300-nvl72" << air << 200.0 << 0.0 << 35.0 << "density.air_limit" << 1;
    QTest::newRow("gb300 in an air hall: liquid provision")
        << "gb300-nvl72" << air << 200.0 << 0.0 << 35.0 << "density.liquid_provision" << 1;
    QTest::newRow("gb300 in a liquid hall: provision ok")
        << "gb300-nvl72" << liquid << 200.0 << 0.0 << 35.0 << "density.liquid_provision" << 0;
    // Floor: 1360 kg / (0.6 m x (1.2 m + 1.2 m)) = 1360 / 1.44 = 944.4 kg/m2.
    QTest::newRow("944 kg/m2 on a 1000 kg/m2 floor")
        << "gb300-nvl72" << liquid << 200.0 << 1000.0 << 35.0 << "density.floor_load" << 0;
    QTest::newRow("944 kg/m2 on a 900 kg/m2 floor")
        << "gb300-nvl72" << liquid << 200.0 << 900.0 << 35.0 << "density.floor_load" << 1;
}

void TestValidationDensity::rules() {
    QFETCH(QString, catalogId);
    QFETCH(int, provision);
    QFETCH(double, maxRackKw);
    QFETCH(double, floorKgPerM2);
    QFETCH(double, airLimitKw);
    QFETCH(QString, rule);
    QFETCH(int, expected);
    Design d;
    d.halls.push_back(
        fx::hall(1, 40, 20, static_cast<CoolingProvision>(provision), maxRackKw, floorKgPerM2));
    // Two identical racks: one finding covers both.
    d.racks.push_back(fx::rack(2, 1, 5.3, 10, catalogId.toStdString()));
    d.racks.push_back(fx::rack(3, 1, 5.9, 10, catalogId.toStdString()));
    ValidationOptions o;
    o.airCoolingLimitKw = airLimitKw;
    const auto found = fx::withRule(fx::validate(d, o), rule.toStdString());
    QVERIFY2(static_cast<int>(found.size()) == expected, fx::describe(found).c_str());
    for (const auto& f : found) {
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.objects.front(), ObjectId(2));
        QVERIFY(f.objects.size() == 3); // both racks and the hall
        QVERIFY(!f.fix.empty());
        QVERIFY(!f.source.empty());
    }
    if (rule == "density.floor_load" && expected == 1)
        QVERIFY2(found[0].message.find("944 kg/m²") != std::string::npos, found[0].message.c_str());
    if (rule == "density.air_limit" && expected == 1 && catalogId == "dgx-h100")
        QVERIFY2(found[0].message.find("40.8 kW") != std::string::npos, found[0].message.c_str());
}

void TestValidationDensity::unknownSystem() {
    Design d;
    d.halls.push_back(fx::hall(1));
    d.racks.push_back(fx::rack(2, 1, 5.3, 10, "no-such-system"));
    const auto found = fx::withRule(fx::validate(d), "catalog.system");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(found[0].message.find("no-such-system") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestValidationDensity)
#include "test_validation_density.moc"
