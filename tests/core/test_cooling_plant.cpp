// Cooling plant model (docs/estimation.md "Cooling plant"): chiller COP from lift, design-point
// and annual cooling power worked by hand, N+1 heat rejection in the rules, and the generator's
// warm-water plant.
#include "ValidationFixtures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/model/Design.hpp"
#include <QTest>
#include <cmath>

using namespace aifp;

namespace {

bool near(double a, double b, double tol = 1e-6) {
    return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}

// 1,000 kW of liquid heat on 40 C facility water (dT 10 K): three 500 kW dry coolers (fan
// 0.03 kW/kW at full speed -> 45 kW, approach 8 K from the drycooler-generic entry), `chillers`
// trim chillers of 250 kW, one CDU with 200 kPa of pump head. No racks: the load is given.
Design plantDesign(int dryCoolers = 3, int chillers = 2, double supplyC = 40.0) {
    Design d;
    d.site.designAmbientC = 35.0;
    ObjectId id = 1;
    for (int i = 0; i < dryCoolers; ++i) {
        CoolingNode n = fx::coolingNode(id++, CoolingNodeKind::DryCooler, 500.0);
        n.catalogId = "drycooler-generic";
        n.powerPerKwHeat = 0.03;
        n.supplyTempC = supplyC;
        d.coolingNodes.push_back(n);
    }
    for (int i = 0; i < chillers; ++i) {
        CoolingNode n = fx::coolingNode(id++, CoolingNodeKind::Chiller, 250.0);
        n.catalogId = "chiller-air-cooled-screw";
        n.supplyTempC = supplyC;
        d.coolingNodes.push_back(n);
    }
    CoolingNode cdu = fx::coolingNode(id++, CoolingNodeKind::Cdu, 1200.0);
    cdu.pumpHeadKpa = 200.0;
    d.coolingNodes.push_back(cdu);
    d.nextId = id;
    return d;
}

const CoolingLoad kLoad{1000.0, 0.0};

// Design pumps, by hand (reference-data.md 2.1 water, rho 0.997 kg/L, cp 4.186 kJ/kg K):
//   plant pump: Q = 1000 / (0.997 x 4.186 x 10) = 23.961 L/s -> x 250 kPa / 0.7 = 8.557513 kW
//   CDU pumps:  Q = 1000 kW x 1.5 L/min/kW = 25 L/s        -> x 200 kPa / 0.7 = 7.142857 kW
constexpr double kPlantPumpKw = 8.557513;
constexpr double kCduPumpKw = 7.142857;

} // namespace

class TestCoolingPlant : public QObject {
    Q_OBJECT
private slots:
    // COP = 0.5 x T_evap / (T_cond - T_evap), T_evap = supply - 3 K, T_cond = ambient + 15 K.
    void chillerCopVsLift() {
        // AHRI rating point, 6.7 C water / 35 C air: T_evap 276.85 K, T_cond 323.15 K, lift
        // 46.3 K: COP = 0.5 x 276.85 / 46.3 = 2.989741 -> 3.517 / 2.989741 = 1.1764 kW/ton,
        // inside reference-data.md 2.5's 1.05-1.2 kW/ton for air-cooled screw chillers.
        QVERIFY(near(chillerCop(6.7, 35.0), 2.989741));
        QVERIFY(3.517 / chillerCop(6.7, 35.0) > 1.05 && 3.517 / chillerCop(6.7, 35.0) < 1.2);
        // 18 C chilled water at 35 C: 288.15 / 35 x 0.5 = 4.116429.
        QVERIFY(near(chillerCop(18.0, 35.0), 4.116429));
        // 30 C water at 35 C: 300.15 / 23 x 0.5 = 6.525000.
        QVERIFY(near(chillerCop(30.0, 35.0), 6.525));
        // 40 C water at 35 C: 310.15 / 13 x 0.5 = 11.93 -> capped at 10.
        QCOMPARE(chillerCop(40.0, 35.0), 10.0);
        // Smaller lift, better COP: monotonic in ambient and in supply temperature.
        for (double a = 10.0; a < 45.0; a += 5.0) {
            QVERIFY(chillerCop(18.0, a) >= chillerCop(18.0, a + 5.0));
            QVERIFY(chillerCop(7.0, a) <= chillerCop(18.0, a));
        }
    }

    // Design point 35 C dry-bulb, wet-bulb unknown (= dry-bulb, no adiabatic credit), full load:
    //   load ratio Q / C = 1000 / 1500 = 0.666667; at full fan speed the approach is
    //   8 K x 0.666667 = 5.33 K: 35 + 5.33 = 40.33 C > 40 C, so chillers trim in series.
    //   k = 8 x 0.666667 / 10 = 0.533333; leaving water (35 + 0.533333 x 50) / 1.533333 =
    //   40.217391 C; trim share (40.217391 - 40) / 10 = 0.021739 -> 21.739130 kW of heat
    //   chillers at COP 10 (capped, 40 C water): 2.173913 kW
    //   dry-cooler fans at full speed: 1,500 kW x 0.03 = 45 kW
    //   total 45 + 2.173913 + 8.557513 + 7.142857 = 62.874284 kW -> (IT + cooling) / IT =
    //   1.062874
    void designPoint() {
        const Design d = plantDesign();
        const CoolingPlant plant = CoolingPlant::fromDesign(d, Catalog::builtin(), kLoad);
        const CoolingPower p = plant.at(35.0, 35.0, 1.0);
        QVERIFY(near(p.chillerHeatKw, 21.739130));
        QVERIFY(near(p.chillerKw, 2.173913));
        QVERIFY(near(p.dryCoolerFanKw, 45.0));
        QVERIFY(near(p.plantPumpKw, kPlantPumpKw));
        QVERIFY(near(p.cduPumpKw, kCduPumpKw));
        QCOMPARE(p.airHandlerKw, 0.0);
        QCOMPARE(p.adiabaticWaterLph, 0.0);
        QCOMPARE(p.unmetHeatKw, 0.0);
        QVERIFY(near(p.totalKw(), 62.874284));
        QVERIFY(near((p.heatKw + p.totalKw()) / p.heatKw, 1.062874));
    }

    // Same plant with the wet-bulb known (22 C): adiabatic pre-cooling takes 0.8 x 13 = 10.4 K
    // off the air: 24.6 + 8 = 32.6 C <= 40 C, no chiller. Fan speed = (1000 / 1500) x 8 /
    // (40 - 24.6) = 0.346320 -> 45 x 0.346320^3 = 1.869160 kW. Air 1,500 / (1.006 x 10) x
    // 0.346320 = 51.6396 kg/s; water = 51.6396 x 1.006 x 10.4 / 2450 x 3600 = 793.851 L/h.
    void adiabaticAtDesign() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(), Catalog::builtin(), kLoad);
        const CoolingPower p = plant.at(35.0, 22.0, 1.0);
        QCOMPARE(p.chillerKw, 0.0);
        QVERIFY(near(p.dryCoolerFanKw, 1.869160));
        QVERIFY(near(p.adiabaticWaterLph, 793.851047));
        QVERIFY(near(p.totalKw(), 1.869160 + kPlantPumpKw + kCduPumpKw));
    }

    // Part load 0.5 on a cool day (10 C): fans at max(0.2, 0.5 x 1000/1500 x 8/30 = 0.0889) =
    // 0.2 -> 45 x 0.008 = 0.36 kW; pumps at 0.5^3: 8.557513 / 8 + 7.142857 / 8 = 1.962546 kW.
    void partLoadAffinity() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(), Catalog::builtin(), kLoad);
        const CoolingPower p = plant.at(10.0, 8.0, 0.5);
        QVERIFY(near(p.dryCoolerFanKw, 0.36));
        QVERIFY(near(p.plantPumpKw + p.cduPumpKw, (kPlantPumpKw + kCduPumpKw) / 8.0));
        QVERIFY(near(p.heatKw, 500.0));
    }

    // A two-bin year: 6,000 h at 10 C / 8 C wet-bulb and 2,760 h at 35 C with no wet-bulb credit.
    //   10 C bin: no trim; fans at max(0.2, (1000/1500) x 8 / 30 = 0.1778) = 0.2 -> 0.36 kW;
    //             pumps 15.700370 kW; total 16.060371 kW
    //   35 C bin: 62.874284 kW (designPoint)
    //   energy = 16.060371 x 6000 + 62.874284 x 2760 = 269,895.25 kWh; mean 30.809960 kW
    //   (IT + cooling) energy / IT energy = 1 + 30.809960 / 1000 = 1.030810
    void annualTwoBins() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(), Catalog::builtin(), kLoad);
        const AnnualCooling a = plant.annual({{10.0, 8.0, 6000.0}, {35.0, 35.0, 2760.0}}, 1.0);
        QCOMPARE(a.hours, 8760.0);
        QVERIFY(near(a.energyKwh, 269895.2457, 1e-8));
        QVERIFY(near(a.meanPowerKw, 30.809960));
        QVERIFY(near(a.peakPowerKw, 62.874284));
        QVERIFY(near(a.itEnergyKwh, 8.76e6));
        QVERIFY(near(1.0 + a.meanPowerKw / 1000.0, 1.030810));
        QCOMPARE(a.chillerHours, 2760.0);
        QVERIFY(near(a.chillerEnergyKwh, 2.173913 * 2760.0));
        QCOMPARE(a.waterM3, 0.0);
        QCOMPARE(a.wueLPerKwh, 0.0);
        // Wet-bulb known in the hot bin: adiabatic instead of chillers, water counted in WUE:
        // 793.851 L/h x 2760 h = 2,191.03 m3 over 8.76 GWh of IT = 0.250118 L/kWh.
        const AnnualCooling w = plant.annual({{10.0, 8.0, 6000.0}, {35.0, 22.0, 2760.0}}, 1.0);
        QCOMPARE(w.chillerHours, 0.0);
        QVERIFY(near(w.waterM3, 793.851047 * 2760.0 / 1000.0));
        QVERIFY(near(w.wueLPerKwh, 793.851047 * 2760.0 / 8.76e6));
    }

    // Dry coolers without chillers on a hot day: the 21.739 kW they cannot take (designPoint) are
    // reported as unmet and still counted as chiller work (never better than a plant that holds
    // 40 C).
    void unmetHeatIsCounted() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(3, 0), Catalog::builtin(), kLoad);
        const CoolingPower p = plant.at(35.0, 35.0, 1.0);
        QVERIFY(near(p.unmetHeatKw, 21.739130));
        QVERIFY(near(p.chillerKw, 2.173913));
    }

    // N+1 heat rejection (cooling.heat_rejection, cooling.heat_rejection_redundancy) on a 540 kW
    // design of four gb300-nvl72 racks (459 kW liquid + 81 kW air on one 40 C loop) with 300 kW
    // dry coolers. Chillers take what the dry coolers leave: at full fan speed the leaving water
    // is (inlet + k x 50) / (1 + k), k = 8 K x (540 / C) / 10 K, and dry coolers carry at most C.
    void heatRejectionRedundancy_data() {
        QTest::addColumn<int>("dryCoolers");
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<int>("chillers");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        // 25 C, 3 x 300 kW: k = 0.48, leaving (25 + 24) / 1.48 = 33.1 C <= 40 C; with one out
        // (600 kW) k = 0.72, 35.3 C: N+1, nothing to say.
        QTest::newRow("25 C, 3 x 300 kW: N+1") << 3 << 25.0 << 0 << 0 << 0;
        // 2 x 300 kW carry 540 kW; one alone carries at most 300 kW: 240 kW left, no chiller:
        // warning (not N+1).
        QTest::newRow("25 C, 2 x 300 kW: N only") << 2 << 25.0 << 0 << 0 << 1;
        // 1 x 300 kW: 240 kW left for chillers that do not exist: error.
        QTest::newRow("25 C, 1 x 300 kW: short") << 1 << 25.0 << 0 << 1 << 0;
        // 35 C, 3 x 300 kW: (35 + 24) / 1.48 = 39.86 C <= 40 C: no chiller needed; with one out
        // (35 + 36) / 1.72 = 41.28 C: trim share 0.128 -> 69.07 kW, no chiller: warning.
        QTest::newRow("35 C, 3 x 300 kW, no chiller") << 3 << 35.0 << 0 << 0 << 1;
        // Two 250 kW trim chillers cover the 69.07 kW: N+1.
        QTest::newRow("35 C, 3 x 300 kW, 2 trim chillers") << 3 << 35.0 << 2 << 0 << 0;
    }
    void heatRejectionRedundancy() {
        QFETCH(int, dryCoolers);
        QFETCH(double, ambientC);
        QFETCH(int, chillers);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        Design d;
        d.site.designAmbientC = ambientC;
        d.halls.push_back(fx::hall(1));
        d.halls.back().facilityWaterSupplyC = 40.0;
        for (int i = 0; i < 4; ++i)
            d.racks.push_back(fx::rack(200 + i, 1, 5.3 + 0.6 * i, 10));
        for (int i = 0; i < dryCoolers; ++i) {
            CoolingNode n = fx::coolingNode(20 + i, CoolingNodeKind::DryCooler, 300.0);
            n.catalogId = "drycooler-generic";
            n.supplyTempC = 40.0;
            d.coolingNodes.push_back(n);
        }
        for (int i = 0; i < chillers; ++i) {
            CoolingNode n = fx::coolingNode(30 + i, CoolingNodeKind::Chiller, 250.0);
            n.supplyTempC = 40.0;
            d.coolingNodes.push_back(n);
        }
        const auto result = fx::validate(d);
        int e = 0, w = 0;
        for (const char* rule : {"cooling.heat_rejection", "cooling.heat_rejection_redundancy"})
            for (const auto& f : fx::withRule(result, rule)) {
                e += f.severity == Severity::Error;
                w += f.severity == Severity::Warning;
                QVERIFY(!f.source.empty());
                QVERIFY(!f.fix.empty());
            }
        QVERIFY2(e == errors && w == warnings,
                 (fx::describe(fx::withRule(result, "cooling.heat_rejection")) +
                  fx::describe(fx::withRule(result, "cooling.heat_rejection_redundancy")))
                     .c_str());
    }

    // Warm water, plant level: 45 C facility water at 35 C dry-bulb: 35 + 8 = 43 C <= 45 C, the
    // dry coolers carry everything; no chiller work even with no wet-bulb credit.
    //   fan speed (1000 / 1500) x 8 / (45 - 35) = 0.533333 -> 45 x 0.151704 = 6.826667 kW
    void noChillersAt45C() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(3, 0, 45.0), Catalog::builtin(), kLoad);
        const CoolingPower p = plant.at(35.0, 35.0, 1.0);
        QCOMPARE(p.chillerKw, 0.0);
        QCOMPARE(p.chillerHeatKw, 0.0);
        QCOMPARE(p.unmetHeatKw, 0.0);
        QVERIFY(near(p.dryCoolerFanKw, 6.826667));
    }

    // Warm water, generator level: Vera Rubin (catalog 45 C at the rack -> 42 C facility water
    // after the 3 K CDU approach) at 35 C design ambient, no wet-bulb credit. 8 racks x 190 kW =
    // 1,520 kW of liquid heat on 2 + 1 dry coolers of 1,500 kW: load ratio 0.338, approach at
    // full fan speed 8 x 0.338 = 2.7 K: 35 + 2.7 = 37.7 C <= 42 C: no trim chiller on the liquid
    // loop; only the air side (18 C chilled water for the network) keeps chillers. At a 45 C
    // design ambient (Gulf) 47.7 C > 42 C: trim chillers appear.
    void warmWaterNeedsNoTrimChillers() {
        FactoryTargets t;
        t.targetGpus = 72 * 8;
        t.systemId = "vr-nvl144";
        t.designAmbientC = 35.0;
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        int trim = 0, dry = 0;
        for (const CoolingNode& n : g.design.coolingNodes) {
            if (n.kind == CoolingNodeKind::Chiller && n.supplyTempC > 30.0)
                ++trim;
            if (n.kind == CoolingNodeKind::DryCooler && n.supplyTempC == 42.0)
                ++dry;
        }
        QCOMPARE(trim, 0);
        QCOMPARE(dry, 3); // N+1
        for (const Hall& h : g.design.halls)
            QCOMPARE(h.facilityWaterSupplyC, 42.0); // default: the system's highest
        const CoolingPlant plant = CoolingPlant::fromDesign(g.design, Catalog::builtin());
        const CoolingPower p = plant.at(35.0, 35.0, 1.0);
        QVERIFY(p.chillerHeatKw <= plant.designLoad().airKw + 1e-6);
        QCOMPARE(p.unmetHeatKw, 0.0);
        t.designAmbientC = 45.0;
        int hotTrim = 0;
        for (const CoolingNode& n : generateFactory(t, Catalog::builtin()).design.coolingNodes)
            hotTrim += n.kind == CoolingNodeKind::Chiller && n.supplyTempC > 30.0;
        QVERIFY(hotTrim >= 2);
        // vr-nvl144 is fully liquid-cooled in the catalog (liquid_fraction 1.0): the air loop
        // carries only the network's heat.
        double networkKw = 0.0;
        for (const NetworkSwitch& s : g.design.switches)
            if (const CatalogEntry* e = Catalog::builtin().find(s.catalogId))
                networkKw += e->number("power_kw", 0.0);
        QVERIFY(near(plant.designLoad().airKw, networkKw));
    }

    // Full liquid capture (Lenovo Neptune-style) on GB300: 0.98 of rack heat to liquid (catalog
    // dlc-lenovo-neptune heat_capture 98-100 %) instead of the catalog's 0.85; the generator
    // records it as the estimate.liquid_fraction assumption so every engine uses it.
    void fullLiquidCapture() {
        FactoryTargets t;
        t.targetGpus = 72 * 8;
        const GeneratedFactory dlc = generateFactory(t, Catalog::builtin());
        t.coolingTechnology = "full-liquid";
        const GeneratedFactory full = generateFactory(t, Catalog::builtin());
        QCOMPARE(full.design.assumptionOverrides.at("estimate.liquid_fraction"), 0.98);
        const CoolingPlant a = CoolingPlant::fromDesign(dlc.design, Catalog::builtin());
        const CoolingPlant b = CoolingPlant::fromDesign(full.design, Catalog::builtin());
        QCOMPARE(a.technology(), CoolingTechnology::DirectLiquidResidualAir);
        QCOMPARE(b.technology(), CoolingTechnology::FullLiquidCapture);
        // 8 racks x 135 kW: residual air 8 x 135 x 0.15 = 162 kW vs 8 x 135 x 0.02 = 21.6 kW.
        QVERIFY(near(a.designLoad().airKw - b.designLoad().airKw, 162.0 - 21.6));
        // Less air-side chiller work: lower cooling power at the design point.
        QVERIFY(b.at(35.0, 35.0, 1.0).totalKw() < a.at(35.0, 35.0, 1.0).totalKw());
    }

    // Rear doors on air-cooled racks: dgx-b200 racks (catalog rack_power_kw 28.6 kW)
    // under rdhx-generic doors (55 kW each): one door group per row on the 18 C loop carries the
    // racks' heat; the room air handlers keep only the network's; the design validates clean of
    // air-handling and heat-rejection errors.
    void rearDoors() {
        FactoryTargets t;
        t.systemId = "dgx-b200";
        t.cooling = CoolingMode::Air;
        t.coolingTechnology = "rear-door";
        t.targetGpus = 8 * 16;
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        int doors = 0;
        double doorKw = 0.0;
        for (const CoolingNode& n : g.design.coolingNodes)
            if (n.kind == CoolingNodeKind::AirHandler && n.catalogId == "rdhx-generic") {
                ++doors;
                doorKw += n.capacityKw;
                QCOMPARE(n.supplyTempC, 18.0);
            }
        QVERIFY(doors >= 1);
        QVERIFY(doorKw >= g.summary.power.it.rackDesignKw - 1e-6);
        const CoolingPlant plant = CoolingPlant::fromDesign(g.design, Catalog::builtin());
        QCOMPARE(plant.technology(), CoolingTechnology::RearDoor);
        const auto result = fx::validate(g.design);
        for (const char* rule : {"cooling.heat_rejection", "cooling.air_handling"})
            QVERIFY2(fx::withRule(result, rule).empty(),
                     fx::describe(fx::withRule(result, rule)).c_str());
        // A rack above the door's 55 kW is refused.
        t.systemId = "gb300-nvl72";
        QVERIFY_THROWS_EXCEPTION(GenerateError, generateFactory(t, Catalog::builtin()));
    }

    // A GB300 design for Madrid (--site-location es-madrid): the site's design conditions come
    // from the library, and over its year the plant draws less on average than at the design
    // point, runs chillers only part of the year and uses adiabatic water (WUE > 0).
    void annualOverLibraryClimate() {
        FactoryTargets t;
        t.targetGpus = 72 * 16;
        t.climateId = "es-madrid";
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        QCOMPARE(g.design.site.climateId, std::string("es-madrid"));
        const DesignAmbient amb = designAmbient(g.design);
        QCOMPARE(amb.dryBulbC, ClimateLibrary::builtin().find("es-madrid")->designDryBulbC.value);
        QCOMPARE(g.design.site.designAmbientC, amb.dryBulbC);
        const CoolingPlant plant = CoolingPlant::fromDesign(g.design, Catalog::builtin());
        const double f = 0.8;
        const AnnualCooling a = annualCooling(g.design, Catalog::builtin(), f);
        QVERIFY(std::fabs(a.hours - 8760.0) < 1e-6);
        QVERIFY(a.meanPowerKw < plant.at(amb.dryBulbC, amb.wetBulbC, f).totalKw());
        QVERIFY(a.chillerHours < 8760.0);
        QVERIFY2(a.wueLPerKwh > 0.0 && a.wueLPerKwh < 2.0, std::to_string(a.wueLPerKwh).c_str());
        // Unknown climate id: a clear error.
        Design d = g.design;
        d.site.climateId = "atlantis";
        QVERIFY_THROWS_EXCEPTION(CoolingPlantError, annualCooling(d, Catalog::builtin(), f));
    }

    // The default GB300 warm-water design (40 C, catalog max) at 35 C lands in PUE 1.1-1.25.
    void gb300WarmWaterPue() {
        FactoryTargets t;
        t.targetGpus = 72 * 16;
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        const FactoryEstimate e = estimateFactory(g.design, Catalog::builtin(), {});
        QVERIFY2(e.basis.pueDesign > 1.1 && e.basis.pueDesign < 1.25,
                 std::to_string(e.basis.pueDesign).c_str());
    }

    void badInput() {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(plantDesign(), Catalog::builtin(), kLoad);
        QVERIFY_THROWS_EXCEPTION(CoolingPlantError, plant.at(35.0, 20.0, 1.5));
        QVERIFY_THROWS_EXCEPTION(CoolingPlantError, plant.at(NAN, 20.0, 1.0));
        QVERIFY_THROWS_EXCEPTION(CoolingPlantError,
                                 CoolingPlant::fromDesign(plantDesign(), Catalog::builtin(), {}));
        Design d = plantDesign();
        d.assumptionOverrides["estimate.chiller_carnot_fraction"] = -1.0;
        try {
            CoolingPlant::fromDesign(d, Catalog::builtin(), kLoad);
            QFAIL("expected CoolingPlantError");
        } catch (const CoolingPlantError& e) {
            QVERIFY2(std::string(e.what()).find("estimate.chiller_carnot_fraction") !=
                         std::string::npos,
                     e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestCoolingPlant)
#include "test_cooling_plant.moc"
