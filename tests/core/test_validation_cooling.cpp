#include "ValidationFixtures.hpp"
#include "core/validation/WaterFlow.hpp"
#include <QTest>

using namespace aifp;

namespace {

// Four gb300-nvl72 racks (135 kW, liquid_fraction 0.85): 114.75 kW liquid + 20.25 kW air each;
// 459 kW liquid, 81 kW air, 540 kW in all. One CDU (id 10, dT 10 K) feeds each rack through a
// pipe of `pipeMm` inner diameter and `pipeM` length; a chiller (id 20) and an AHU (id 30).
struct CoolingCase {
    double cduKw = 500, cduFlowLpm = 700, cduHeadKpa = 0, cduSupplyC = 0;
    double pipeMm = 50, pipeM = 10;
    double chillerKw = 700, dryCoolerKw = 0, ahuKw = 100;
    int cdus = 1;
    bool unpipedRack = false;
};

Design coolingDesign(const CoolingCase& c) {
    Design d;
    d.site.designAmbientC = 35;
    d.halls.push_back(fx::hall(1));
    for (int k = 0; k < c.cdus; ++k) {
        CoolingNode cdu = fx::coolingNode(10 + k, CoolingNodeKind::Cdu, c.cduKw, 1);
        cdu.positionM = {5, 5, 0};
        cdu.flowRatingLpm = c.cduFlowLpm;
        cdu.pumpHeadKpa = c.cduHeadKpa;
        cdu.supplyTempC = c.cduSupplyC;
        d.coolingNodes.push_back(cdu);
    }
    if (c.chillerKw > 0)
        d.coolingNodes.push_back(fx::coolingNode(20, CoolingNodeKind::Chiller, c.chillerKw));
    if (c.dryCoolerKw > 0) {
        CoolingNode dc = fx::coolingNode(21, CoolingNodeKind::DryCooler, c.dryCoolerKw);
        dc.catalogId = "drycooler-generic";
        d.coolingNodes.push_back(dc);
    }
    CoolingNode ahu = fx::coolingNode(30, CoolingNodeKind::AirHandler, c.ahuKw, 1);
    ahu.positionM = {2, 2, 0};
    d.coolingNodes.push_back(ahu);
    for (int i = 0; i < 4; ++i) {
        d.racks.push_back(fx::rack(200 + i, 1, 5.3 + 0.6 * i, 10));
        if (c.unpipedRack && i == 3)
            continue;
        d.pipes.push_back(fx::pipe(300 + i, 10 + (i * c.cdus) / 4, 200 + i, c.pipeMm, c.pipeM));
    }
    return d;
}

} // namespace

class TestValidationCooling : public QObject {
    Q_OBJECT
private slots:
    void waterFlow();
    void darcyWeisbach_data();
    void darcyWeisbach();
    void rules_data();
    void rules();
};

void TestValidationCooling::waterFlow() {
    // reference-data.md 2.1 table: 1.44 L/min per kW at dT 10 K; 0.72 at 20 K.
    QVERIFY(std::abs(waterFlowLpm(1, 10) - 1.4377) < 1e-3);
    QVERIFY(std::abs(waterFlowLpm(1, 20) - 0.7189) < 1e-3);
    // Water viscosity at 20 C is 1.002 mPa s, at 30 C 0.797 mPa s (steam tables).
    QVERIFY(std::abs(waterViscosityPaS(20) - 1.002e-3) < 0.03e-3);
    QVERIFY(std::abs(waterViscosityPaS(30) - 0.797e-3) < 0.02e-3);
}

void TestValidationCooling::darcyWeisbach_data() {
    QTest::addColumn<double>("flowLpm");
    QTest::addColumn<double>("diameterMm");
    QTest::addColumn<double>("lengthM");
    QTest::addColumn<double>("velocity");
    QTest::addColumn<double>("reynolds");
    QTest::addColumn<double>("friction");
    QTest::addColumn<double>("dropKpa");
    // 114.75 kW at dT 10: Q = 114.75 x 60 / (0.997 x 4.186 x 10) = 164.97 L/min.
    // DN50: A = pi 0.05^2 / 4 = 1.9635e-3 m2; v = 164.97 / 60000 / A = 1.4003 m/s.
    // mu(30 C) = 2.414e-5 x 10^(247.8 / 163.15) = 7.972e-4 Pa s;
    // Re = 997 x 1.4003 x 0.05 / 7.972e-4 = 87,561 (turbulent).
    // Swamee-Jain: f = 0.25 / log10(0.045/(3.7 x 50) + 5.74 / 87561^0.9)^2 = 0.02229.
    // dP = f (L/D) rho v^2 / 2 = 0.02229 x (100/0.05) x 997 x 1.4003^2 / 2 = 43.58 kPa.
    QTest::newRow("turbulent DN50 100 m")
        << 164.97174 << 50.0 << 100.0 << 1.40032 << 87561.0 << 0.022291 << 43.580;
    // Laminar: v = 0.02 m/s in DN50 -> Q = 0.02 x 1.9635e-3 x 60000 = 2.3562 L/min;
    // Re = 997 x 0.02 x 0.05 / 7.972e-4 = 1250.6; f = 64 / Re = 0.051176;
    // dP = 0.051176 x 2000 x 997 x 0.0004 / 2 = 20.41 Pa over 100 m.
    QTest::newRow("laminar DN50 100 m")
        << 2.3561945 << 50.0 << 100.0 << 0.02 << 1250.58 << 0.0511764 << 0.020409;
}

void TestValidationCooling::darcyWeisbach() {
    QFETCH(double, flowLpm);
    QFETCH(double, diameterMm);
    QFETCH(double, lengthM);
    QFETCH(double, velocity);
    QFETCH(double, reynolds);
    QFETCH(double, friction);
    QFETCH(double, dropKpa);
    const PipeHydraulics h = pipeHydraulics(flowLpm, diameterMm, lengthM, 0.045, 30);
    auto near = [](double a, double b) { return std::abs(a - b) <= 2e-3 * std::abs(b); };
    QVERIFY2(near(h.velocityMps, velocity), std::to_string(h.velocityMps).c_str());
    QVERIFY2(near(h.reynolds, reynolds), std::to_string(h.reynolds).c_str());
    QVERIFY2(near(h.frictionFactor, friction), std::to_string(h.frictionFactor).c_str());
    QVERIFY2(near(h.pressureDropKpa, dropKpa), std::to_string(h.pressureDropKpa).c_str());
}

void TestValidationCooling::rules_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    // CDU load 4 x 114.75 = 459 kW.
    QTest::newRow("CDU 500 kW >= 459 kW") << "cduKw" << 500.0 << "cooling.cdu_capacity" << 0 << 0;
    QTest::newRow("CDU 400 kW < 459 kW") << "cduKw" << 400.0 << "cooling.cdu_capacity" << 1 << 0;
    // Flow 459 x 60 / (0.997 x 4.186 x 10) = 659.9 L/min.
    QTest::newRow("flow 700 >= 660 L/min") << "cduFlowLpm" << 700.0 << "cooling.cdu_flow" << 0 << 0;
    QTest::newRow("flow 600 < 660 L/min") << "cduFlowLpm" << 600.0 << "cooling.cdu_flow" << 1 << 0;
    // One CDU alone: if it fails nothing is left for 459 kW -> warning.
    QTest::newRow("single CDU: no spare") << "cdus" << 1.0 << "cooling.cdu_redundancy" << 0 << 1;
    // Two 500 kW CDUs, 229.5 kW each: one fails, 500 kW >= 459 kW remain.
    QTest::newRow("two CDUs: N+1") << "cdus" << 2.0 << "cooling.cdu_redundancy" << 0 << 0;
    // 164.97 L/min per rack pipe: DN50 1.40 m/s ok; DN35 2.86 m/s > 2.5 warning;
    // DN30 3.89 m/s > 3.7 error.
    QTest::newRow("DN50 1.40 m/s") << "pipeMm" << 50.0 << "cooling.pipe_velocity" << 0 << 0;
    QTest::newRow("DN35 2.86 m/s") << "pipeMm" << 35.0 << "cooling.pipe_velocity" << 0 << 4;
    QTest::newRow("DN30 3.89 m/s") << "pipeMm" << 30.0 << "cooling.pipe_velocity" << 4 << 0;
    // 100 m of DN50 at 1.40 m/s: 43.58 kPa one way, 87.16 kPa supply + return.
    QTest::newRow("87 kPa within 100 kPa head")
        << "cduHeadKpa" << 100.0 << "cooling.pipe_pressure_drop" << 0 << 0;
    QTest::newRow("87 kPa over 80 kPa head")
        << "cduHeadKpa" << 80.0 << "cooling.pipe_pressure_drop" << 1 << 0;
    // Heat rejection: 540 kW of IT heat.
    QTest::newRow("chiller 700 kW") << "chillerKw" << 700.0 << "cooling.heat_rejection" << 0 << 0;
    QTest::newRow("chiller 500 kW") << "chillerKw" << 500.0 << "cooling.heat_rejection" << 1 << 0;
    // Dry cooler only: 35 C ambient + 8 K approach = 43 C is above even the 40 C return of the
    // 30 C loop, so chillers must take all 540 kW and there are none (1 error).
    QTest::newRow("dry cooler at 30 C")
        << "dryCoolerKw" << 1500.0 << "cooling.heat_rejection" << 1 << 0;
    // Air: 4 x 20.25 = 81 kW against the AHU.
    QTest::newRow("AHU 100 kW >= 81 kW") << "ahuKw" << 100.0 << "cooling.air_handling" << 0 << 0;
    QTest::newRow("AHU 50 kW < 81 kW") << "ahuKw" << 50.0 << "cooling.air_handling" << 1 << 0;
    // gb300 accepts up to 40 C (catalog max_supply_water_c).
    QTest::newRow("supply 35 C") << "cduSupplyC" << 35.0 << "cooling.supply_temperature" << 0 << 0;
    QTest::newRow("supply 45 C") << "cduSupplyC" << 45.0 << "cooling.supply_temperature" << 1 << 0;
    QTest::newRow("rack without pipe") << "unpiped" << 1.0 << "cooling.uncooled_rack" << 1 << 0;
    QTest::newRow("all racks piped") << "unpiped" << 0.0 << "cooling.uncooled_rack" << 0 << 0;
}

void TestValidationCooling::rules() {
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, rule);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    CoolingCase c;
    if (field == "cduKw")
        c.cduKw = value;
    else if (field == "cduFlowLpm")
        c.cduFlowLpm = value;
    else if (field == "cdus") {
        c.cdus = static_cast<int>(value);
        c.cduFlowLpm = 0;
    } else if (field == "pipeMm")
        c.pipeMm = value;
    else if (field == "cduHeadKpa") {
        c.cduHeadKpa = value;
        c.pipeM = 100;
    } else if (field == "chillerKw")
        c.chillerKw = value;
    else if (field == "dryCoolerKw") {
        c.chillerKw = 0;
        c.dryCoolerKw = value;
    } else if (field == "ahuKw")
        c.ahuKw = value;
    else if (field == "cduSupplyC")
        c.cduSupplyC = value;
    else if (field == "unpiped")
        c.unpipedRack = value > 0;
    const auto found = fx::withRule(fx::validate(coolingDesign(c)), rule.toStdString());
    int e = 0, w = 0;
    for (const auto& f : found) {
        e += f.severity == Severity::Error;
        w += f.severity == Severity::Warning;
        QVERIFY(!f.source.empty());
        QVERIFY(!f.fix.empty());
    }
    QVERIFY2(e == errors && w == warnings, fx::describe(found).c_str());
    if (rule == "cooling.pipe_pressure_drop" && errors)
        QVERIFY2(found[0].message.find("87.2 kPa") != std::string::npos, found[0].message.c_str());
    if (rule == "cooling.cdu_flow" && errors)
        QVERIFY2(found[0].message.find("660 L/min") != std::string::npos, found[0].message.c_str());
}

QTEST_APPLESS_MAIN(TestValidationCooling)
#include "test_validation_cooling.moc"
