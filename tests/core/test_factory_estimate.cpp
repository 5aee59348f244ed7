// Whole-factory estimate: power, PUE and cost worked by hand on a tiny design built in code.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/model/Design.hpp"
#include <QtTest>
#include <cmath>

using namespace aifp;

namespace {

CatalogRating num(double v, const char* unit = "") {
    CatalogRating r;
    r.value = v;
    r.unit = unit;
    return r;
}

// A 100 kW, fully liquid-cooled 72-GPU rack of GB300 GPUs, typical power = design power so the
// hand calculation stays simple. Lives in the design's user catalog.
CatalogEntry testRack() {
    CatalogEntry e;
    e.id = "test-rack-100kw";
    e.category = "system";
    e.vendor = "test";
    e.model = "100 kW test rack";
    e.confidence = Confidence::Assumption;
    e.userDefined = true;
    e.ratings["gpus_per_system"] = num(72);
    e.ratings["systems_per_rack"] = num(1);
    e.ratings["gpus_per_rack"] = num(72);
    e.ratings["rack_power_kw"] = num(100, "kW");
    e.ratings["typical_power_fraction"] = num(1.0);
    e.ratings["liquid_fraction"] = num(1.0);
    e.ratings["rack_weight_kg"] = num(1360, "kg");
    e.ratings["scale_up_gpus"] = num(72);
    e.ratings["coolant_flow_lpm_per_kw"] = num(1.5, "L/min/kW");
    CatalogRating gpu;
    gpu.text = "b300-gb300";
    e.ratings["gpu"] = gpu;
    return e;
}

// 2 racks of 100 kW, one UPS at 96 %, one transformer at 98.8 %, one CDU with 200 kPa of pump
// head and one heat rejector (kind and kW/kW given by the test row).
Design tinyDesign(CoolingNodeKind rejector, double kwPerKw, double supplyC, double ambientC) {
    Design d;
    d.userCatalog.push_back(testRack());
    d.site.designAmbientC = ambientC;
    d.settings.modelId = "llama3.1-70b";
    d.settings.scenario = "server";
    d.settings.precision = "fp4";
    for (int i = 0; i < 2; ++i) {
        Rack r;
        r.id = d.allocateId();
        r.name = "R";
        r.name += std::to_string(i + 1);
        r.catalogId = "test-rack-100kw";
        d.racks.push_back(r);
    }
    PowerNode ups;
    ups.id = d.allocateId();
    ups.kind = PowerNodeKind::Ups;
    ups.name = "UPS-A";
    ups.ratingKw = 500;
    ups.efficiency = 0.96;
    d.powerNodes.push_back(ups);
    PowerNode tx;
    tx.id = d.allocateId();
    tx.kind = PowerNodeKind::Transformer;
    tx.name = "TX-1";
    tx.ratingKva = 2500;
    tx.efficiency = 0.988;
    d.powerNodes.push_back(tx);
    CoolingNode cdu;
    cdu.id = d.allocateId();
    cdu.kind = CoolingNodeKind::Cdu;
    cdu.name = "CDU-1";
    cdu.capacityKw = 300;
    cdu.pumpHeadKpa = 200;
    d.coolingNodes.push_back(cdu);
    CoolingNode rej;
    rej.id = d.allocateId();
    rej.kind = rejector;
    rej.name = "HR-1";
    rej.capacityKw = 300;
    rej.powerPerKwHeat = kwPerKw;
    rej.supplyTempC = supplyC;
    d.coolingNodes.push_back(rej);
    return d;
}

} // namespace

class TestFactoryEstimate : public QObject {
    Q_OBJECT
private slots:
    // Hand calculation common to all rows (cooling plant model, docs/estimation.md "Cooling
    // plant"; typical load = design load, so pumps and fans run at full flow):
    //   IT = 2 x 100 kW x typical fraction 1.0 = 200 kW (all liquid, no switches, no air fans)
    //   CDU pumps: Q = 200 kW x 1.5 L/min/kW = 300 L/min = 0.005 m3/s;
    //              P = Q x 200 kPa / 0.7 = 1.428571 kW
    //   UPS loss = 200 x (1/0.96 - 1) = 8.333333 kW
    //   plant pump: Q = 200 / (0.997 x 4.186 x 10) = 4.7922 L/s; x 250 kPa / 0.7 = 1.711503 kW
    //   heat rejection = dry-cooler fans + chiller compressors + plant pump
    //   transformer loss = (200 + 8.333333 + 1.428571 + heat rejection) x (1/0.988 - 1)
    void powerAndPue_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("kwPerKw");
        QTest::addColumn<double>("supplyC");
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<double>("heatRejectionKw");
        QTest::addColumn<double>("transformerLossKw");
        QTest::addColumn<double>("pue");
        // Chiller without a supply temperature: 18 C chilled water assumed. COP at 35 C =
        // 0.5 x 288.15 / (323.15 - 288.15) = 4.116429; 200 / 4.116429 = 48.585806 kW;
        // + pump 1.711503 = 50.297309 kW; through transformer 260.059214 kW, loss x 0.0121457 =
        // 3.158614 kW; facility 263.217827 kW; PUE 1.316089.
        QTest::newRow("chiller, 18 C water") << static_cast<int>(CoolingNodeKind::Chiller) << 0.156
                                             << 0.0 << 35.0 << 50.297309 << 3.158614 << 1.316089;
        // Dry cooler (300 kW, 0.03 kW/kW -> 9 kW of fans) at 25 C + 8 K approach = 33 C <= 40 C:
        // no trim. Fan speed (200/300) x 8 / (40 - 25) = 0.355556 -> 9 x 0.355556^3 =
        // 0.404543 kW; + pump = 2.116046 kW; loss 2.573416; facility 214.451367; PUE 1.072257.
        QTest::newRow("dry cooler, cool day")
            << static_cast<int>(CoolingNodeKind::DryCooler) << 0.03 << 40.0 << 25.0 << 2.116046
            << 2.573416 << 1.072257;
        // Same dry cooler at 35 C: load ratio 200 / 300, approach at full fan speed 5.33 K:
        // 40.33 C > 40 C. k = 0.533333, leaving (35 + 0.533333 x 50) / 1.533333 = 40.217391 C,
        // trim share 0.021739 -> 4.347826 kW with no chiller installed: counted as chiller work
        // at COP 10 (40 C water, capped) = 0.434783 kW; fans at full speed 9 kW; + pump:
        // 11.146285; loss 2.683095; facility 223.591285; PUE 1.117956.
        QTest::newRow("dry cooler, hot day needs chiller trim")
            << static_cast<int>(CoolingNodeKind::DryCooler) << 0.03 << 40.0 << 35.0 << 11.146285
            << 2.683095 << 1.117956;
    }
    void powerAndPue() {
        QFETCH(int, kind);
        QFETCH(double, kwPerKw);
        QFETCH(double, supplyC);
        QFETCH(double, ambientC);
        QFETCH(double, heatRejectionKw);
        QFETCH(double, transformerLossKw);
        QFETCH(double, pue);
        const Design d = tinyDesign(static_cast<CoolingNodeKind>(kind), kwPerKw, supplyC, ambientC);
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        QCOMPARE(e.racks, 2);
        QCOMPARE(e.gpus, 144);
        QCOMPARE(e.itDesignKw, 200.0);
        QCOMPARE(e.itTypicalKw, 200.0);
        QVERIFY(std::fabs(e.cduPumpKw - 1.428571) < 1e-5);
        QVERIFY(std::fabs(e.upsLossKw - 8.333333) < 1e-5);
        QCOMPARE(e.airFanKw, 0.0);
        QVERIFY2(std::fabs(e.heatRejectionKw - heatRejectionKw) < 1e-5,
                 qPrintable(QString::number(e.heatRejectionKw, 'f', 6)));
        QVERIFY2(std::fabs(e.transformerLossKw - transformerLossKw) < 1e-5,
                 qPrintable(QString::number(e.transformerLossKw, 'f', 6)));
        QVERIFY2(std::fabs(e.pue - pue) < 1e-6, qPrintable(QString::number(e.pue, 'f', 6)));
        double sum = 0.0;
        for (const auto& b : e.powerBreakdownKw)
            sum += b.value;
        QVERIFY(std::fabs(sum - e.facilityKw) < 1e-9);
    }

    // Cost per million tokens with every price overridden:
    //   systems 2 x 3.0 M USD = 6.0 M, amortised over 4 years = 1.5 M USD/yr
    //   facility 10 M USD/MW x 0.2 MW = 2.0 M, over 20 years = 0.1 M USD/yr
    //   electricity 0.263217827 MW x 8760 h x 100 USD/MWh = 230,578.82 USD/yr
    //   O&M 2 % x 2.0 M = 40,000 USD/yr
    //   total 1,870,578.82 USD/yr; tokens/yr = tps x 0.5 x 31,536,000
    //   cost per M tokens = 1,870,578.82 / (tps x 15.768)
    void costPerMillionTokens() {
        Design d = tinyDesign(CoolingNodeKind::Chiller, 0.156, 0.0, 35.0);
        d.assumptionOverrides = {{"price.system.test-rack-100kw_usd", 3.0e6},
                                 {"price.facility_traditional_usd_per_mw", 10.0e6},
                                 {"price.electricity_usd_per_mwh", 100.0},
                                 {"price.om_fraction_per_year", 0.02},
                                 {"estimate.utilization", 0.5},
                                 {"estimate.it_life_years", 4.0},
                                 {"estimate.facility_life_years", 20.0}};
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        QCOMPARE(e.capexUsd, 8.0e6);
        QVERIFY(std::fabs(e.opexUsdPerYear - (230578.8168 + 40000.0)) < 0.5);
        // tokens/s: the racks are two independent 72-GPU systems.
        Catalog cat = Catalog::builtin().withUserEntries(d.userCatalog);
        InferenceRequest req{"test-rack-100kw", 72, "llama3.1-70b", "fp4", "server"};
        const double perRack = estimateInference(req, cat, ModelLibrary::builtin()).tokensPerSecond;
        QVERIFY(perRack > 0);
        QVERIFY(std::fabs(e.tokensPerSecond - 2 * perRack) < 1e-6 * perRack);
        const double expected = 1870578.8168 / (e.tokensPerSecond * 15.768);
        QVERIFY2(std::fabs(e.costPerMillionTokensUsd - expected) < 1e-6 * expected,
                 qPrintable(QString::number(e.costPerMillionTokensUsd)));
        // J/token = facility W / tokens/s; tokens/s/MW = tokens/s / facility MW.
        QVERIFY(std::fabs(e.joulesPerToken - 263217.83 / e.tokensPerSecond) <
                1e-6 * e.joulesPerToken);
        QVERIFY(std::fabs(e.annualTokens - e.tokensPerSecond * 0.5 * 31536000.0) <
                1e-6 * e.annualTokens);
        // Every price used is listed, the overridden ones as user overrides.
        bool sawOverride = false;
        for (const auto& a : e.assumptions)
            if (a.id == "price.system.test-rack-100kw_usd") {
                QCOMPARE(a.value, 3.0e6);
                QCOMPARE(a.source, std::string("user override"));
                sawOverride = true;
            }
        QVERIFY(sawOverride);
    }

    void defaultPricesAreLabelled() {
        const UnitPrices prices = UnitPrices::defaults();
        for (const UnitPrice& p : prices.all()) {
            QVERIFY2(!p.source.empty(), p.key.c_str());
            QVERIFY2(p.key.rfind("price.", 0) == 0, p.key.c_str());
            QVERIFY2(p.value > 0, p.key.c_str());
        }
        QCOMPARE(prices.get("price.facility_traditional_usd_per_mw").value,
                 11.3e6); // reference-data.md 6.1
    }

    void badInput_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no racks") << "no racks"
                                  << "no rack holding a GPU system";
        QTest::newRow("bad UPS efficiency") << "ups"
                                            << "UPS-A";
        QTest::newRow("negative price") << "price"
                                        << "price.electricity_usd_per_mwh";
        QTest::newRow("unknown price key") << "key"
                                           << "price.bogus";
        QTest::newRow("unknown model") << "model"
                                       << "unknown model 'gpt-9'";
    }
    void badInput() {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        Design d = tinyDesign(CoolingNodeKind::Chiller, 0.156, 0.0, 35.0);
        FactoryEstimateOptions opt;
        if (what == "no racks")
            d.racks.clear();
        else if (what == "ups")
            d.powerNodes[0].efficiency = 1.2;
        else if (what == "price")
            d.assumptionOverrides["price.electricity_usd_per_mwh"] = -5;
        else if (what == "key")
            d.assumptionOverrides["price.bogus"] = 1;
        else if (what == "model")
            opt.modelId = "gpt-9";
        try {
            estimateFactory(d, Catalog::builtin(), opt);
            QFAIL("expected FactoryEstimateError");
        } catch (const FactoryEstimateError& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestFactoryEstimate)
#include "test_factory_estimate.moc"
