// Whole-factory estimate: power, PUE and cost worked by hand on a tiny design built in code.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/ServingText.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/model/Design.hpp"
#include "core/util/NumberFormat.hpp"
#include <QTest>
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
    // The power chain of the basis around the cooling plant, worked by hand (the plant's own
    // figures are worked by hand in test_cooling_plant.cpp; here they are an input):
    //   IT = 2 x 100 kW (typical fraction 1.0) + storage ceil(144/64) = 3 x 1.5 kW + management
    //        3 x 1.0 kW = 207.5 kW, design and typical alike; liquid 200 kW, air 7.5 kW
    //   CDU pumps: Q = 200 kW x 1.5 L/min/kW = 300 L/min = 0.005 m3/s;
    //              P = Q x 200 kPa / 0.7 = 1.428571 kW (full flow at f = 1)
    //   C = the plant's cooling power at the design ambient, f = 1 (CoolingPlant::at)
    //   UPS (on UPS: IT + CDU pumps = 208.928571 kW, x = 0.417857 of 500 kW):
    //       500 (1/0.96 - 1) (0.3 + 0.7 x^2) = 8.796317 kW
    //   transformer (2,375 kW at PF 0.95, full-load loss 2,375 (1/0.988 - 1) = 28.846154 kW):
    //       loss = 28.846154 (0.1 + 0.9 x^2), x = (207.5 + 8.796317 + C) / 2,375
    //   facility = 207.5 + 8.796317 + C + loss; PUE = facility / 207.5
    void powerAndPue_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("kwPerKw");
        QTest::addColumn<double>("supplyC");
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<bool>("liquidNeedsChiller");
        // A chiller without a supply temperature: 18 C chilled water, all heat to the chiller.
        QTest::newRow("chiller") << static_cast<int>(CoolingNodeKind::Chiller) << 0.156 << 0.0
                                 << 35.0 << true;
        // Dry cooler on 40 C water at 25 C: 25 + 8 K approach <= 40 C, no trim for the liquid.
        QTest::newRow("dry cooler, cool day")
            << static_cast<int>(CoolingNodeKind::DryCooler) << 0.03 << 40.0 << 25.0 << false;
        // Same dry cooler at 35 C: the approach at this load pushes the leaving water past 40 C,
        // so part of the heat needs trim (counted as chiller work, no chiller installed).
        QTest::newRow("dry cooler, hot day needs chiller trim")
            << static_cast<int>(CoolingNodeKind::DryCooler) << 0.03 << 40.0 << 35.0 << true;
    }
    void powerAndPue() {
        QFETCH(int, kind);
        QFETCH(double, kwPerKw);
        QFETCH(double, supplyC);
        QFETCH(double, ambientC);
        QFETCH(bool, liquidNeedsChiller);
        const Design d = tinyDesign(static_cast<CoolingNodeKind>(kind), kwPerKw, supplyC, ambientC);
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        const PowerBasis& b = e.basis;
        QCOMPARE(e.racks, 2);
        QCOMPARE(e.gpus, 144);
        QVERIFY(std::fabs(b.itDesignKw - 207.5) < 1e-9);
        QVERIFY(std::fabs(b.itTypicalKw - 207.5) < 1e-9);
        QVERIFY(std::fabs(b.design.cooling.cduPumpKw - 1.428571) < 1e-5);
        QVERIFY(std::fabs(b.design.upsLossKw - 8.796317) < 1e-5);

        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        const CoolingPower c = CoolingPlant::fromDesign(d, catalog, CoolingLoad{200.0, 7.5})
                                   .at(ambientC, ambientC, 1.0);
        QVERIFY(std::fabs(b.design.cooling.heatRejectionKw -
                          (c.dryCoolerFanKw + c.chillerKw + c.plantPumpKw)) < 1e-9);
        QVERIFY(std::fabs(b.design.cooling.airFanKw - c.airHandlerKw) < 1e-9);
        QCOMPARE(c.chillerHeatKw + c.unmetHeatKw > 7.5, liquidNeedsChiller);
        const double throughLv = 207.5 + 8.796317 + c.totalKw();
        const double x = throughLv / 2375.0;
        const double loss = 28.846154 * (0.1 + 0.9 * x * x);
        QVERIFY2(std::fabs(b.design.transformerLossKw - loss) < 1e-5,
                 qPrintable(QString::number(b.design.transformerLossKw, 'f', 6)));
        const double pue = (throughLv + loss) / 207.5;
        QVERIFY2(std::fabs(b.pueDesign - pue) < 1e-6,
                 qPrintable(QString::number(b.pueDesign, 'f', 7)));
        // No climate location: the year is the design condition, so the annual PUE is the
        // typical-load PUE (typical = design here).
        QVERIFY(std::fabs(b.pueAnnual - b.pueDesign) < 1e-9);
        double sum = 0.0;
        for (const auto& i : e.powerBreakdownKw)
            sum += i.value;
        QVERIFY(std::fabs(sum - b.facilityDesignKw) < 1e-9);
    }

    // A library climate makes the annual PUE an energy-weighted year: the typical point's
    // cooling at the design condition is replaced by the plant's mean over the climate's
    // 8,760 hours-at-temperature (CoolingPlant::annual, checked in test_cooling_plant.cpp).
    void annualPueFollowsTheClimate() {
        Design d = tinyDesign(CoolingNodeKind::DryCooler, 0.03, 40.0, 35.0);
        d.site.climateId = "es-madrid";
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        const PowerBasis& b = e.basis;
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        // The plant carries the basis' heat: 200 kW liquid, 7.5 kW air (storage, management).
        const AnnualCooling year = CoolingPlant::fromDesign(d, catalog, CoolingLoad{200.0, 7.5})
                                       .annual(designClimateBins(d), 1.0);
        QVERIFY(std::fabs(year.hours - 8760.0) < 1e-6);
        const double expected =
            (b.typical.facilityKw - b.typical.cooling.totalKw() + year.meanPowerKw) / 207.5;
        QVERIFY2(std::fabs(b.pueAnnual - expected) < 1e-9,
                 qPrintable(QString::number(b.pueAnnual, 'f', 7)));
        QVERIFY(b.pueAnnual > 1.0);
        QVERIFY(QString::fromStdString(b.pueAnnualBasis).contains("es-madrid"));
    }

    // Cost per million tokens, worked by hand (default prices unless overridden):
    //   GPU systems 2 x 3.0 M = 6.0 M; storage 3 x 120 k = 360 k; management 3 x 25 k = 75 k
    //   power chain: transformer 2,500 kVA x 60 = 150 k, UPS 500 kW x 300 = 150 k
    //   cooling: CDU 300 kW x 150 = 45 k, chiller 300 kW x 250 = 75 k
    //   land: no hall; the nodes sit at the origin, so 0 x 0 m + 20 m setback each side
    //         = 40 x 40 = 1,600 m2 x 50 USD/m2 (location not set) = 80 k
    //   installation 1.9 x (150 + 150 + 45 + 75) k = 798 k; spares 0.02 x 6.435 M = 128.7 k
    //   integration 0.02 x 7,861,700 = 157,234; capex 8,018,934 USD
    //   electricity 207.5 kW x PUE (annual, the cooling plant's) x 8,760 h x 100 USD/MWh
    //   O&M 0.02 x (420 k + 798 k) = 24,360 USD/yr
    //   IT capex 6,563,700 / 4 yr = 1,640,925; facility (capex - IT - land) 1,375,234 / 20 yr
    //   = 68,761.7; total = these + electricity + O&M; tokens/yr = tps x 0.5 x 31,536,000
    void costPerMillionTokens() {
        Design d = tinyDesign(CoolingNodeKind::Chiller, 0.156, 0.0, 35.0);
        d.assumptionOverrides = {{"price.system.test-rack-100kw_usd", 3.0e6},
                                 {"price.electricity_usd_per_mwh", 100.0},
                                 {"price.om_fraction_per_year", 0.02},
                                 {"estimate.utilization", 0.5},
                                 {"estimate.it_life_years", 4.0},
                                 {"estimate.facility_life_years", 20.0}};
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        QVERIFY2(std::fabs(e.capexUsd - 8018934.0) < 0.01,
                 qPrintable(QString::number(e.capexUsd, 'f', 2)));
        double lines = 0.0;
        for (const CapexLine& l : e.capexLines)
            lines += l.totalUsd();
        QVERIFY(std::fabs(lines - e.capexUsd) < 1e-6);
        // Electricity at the annual PUE (the cooling plant's; test_cooling_plant works it):
        // 207.5 kW x PUE x 8,760 h x 100 USD/MWh.
        const double electricityUsd = 207.5 * e.basis.pueAnnual * 8760.0 * 100.0 / 1000.0;
        QVERIFY(std::fabs(e.opexUsdPerYear - (electricityUsd + 24360.0)) < 0.01);
        QVERIFY(!e.capexExclusions.empty());
        QCOMPARE(e.currency, std::string("USD"));
        // tokens/s: the racks are two independent 72-GPU systems.
        Catalog cat = Catalog::builtin().withUserEntries(d.userCatalog);
        InferenceRequest req{"test-rack-100kw", 72, "llama3.1-70b", "fp4", "server"};
        const double perRack = estimateInference(req, cat, ModelLibrary::builtin()).tokensPerSecond;
        QVERIFY(perRack > 0);
        QVERIFY(std::fabs(e.tokensPerSecond - 2 * perRack) < 1e-6 * perRack);
        // The cost is quoted at the per-user speed (default 50 tok/s): the same two systems at
        // the largest batch that still gives each user 50 tokens/s.
        const InferenceResult atSpeed = estimateAtUserSpeed(
            "test-rack-100kw", 72, "llama3.1-70b", "fp4", 50.0, cat, ModelLibrary::builtin());
        QVERIFY(std::fabs(e.serviceTokensPerSecond - 2 * atSpeed.tokensPerSecond) <
                1e-6 * atSpeed.tokensPerSecond);
        QVERIFY(e.serviceTokensPerSecond > 0 && e.serviceTokensPerSecond < e.tokensPerSecond);
        QCOMPARE(e.serviceMet, atSpeed.meetsLimits);
        const double expected =
            (1640925.0 + 68761.7 + electricityUsd + 24360.0) / (e.serviceTokensPerSecond * 15.768);
        QVERIFY2(std::fabs(e.costPerMillionTokensUsd - expected) < 1e-6 * expected,
                 qPrintable(QString::number(e.costPerMillionTokensUsd)));
        QVERIFY(e.costBasis.find("tok/s per user") != std::string::npos);
        // J/token = facility W at typical load / tokens/s.
        QVERIFY(std::fabs(e.joulesPerToken - e.basis.facilityTypicalKw * 1000.0 /
                                                 e.tokensPerSecond) < 1e-6 * e.joulesPerToken);
        QVERIFY(std::fabs(e.annualTokens - e.serviceTokensPerSecond * 0.5 * 31536000.0) <
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

    // How each system type serves: the estimator's own answer for one 72-GPU rack, twice, at the
    // scenario and at the per-user speed; the factory's tokens/s are those blocks added up, each
    // step's parts add up to the step, and the serving lines say it with the same figures.
    void servingDetail() {
        const Design d = tinyDesign(CoolingNodeKind::Chiller, 0.156, 0.0, 35.0);
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        QCOMPARE(e.serving.size(), std::size_t(1));
        const ServedSystem& s = e.serving.front();
        QCOMPARE(s.systemId, std::string("test-rack-100kw"));
        QCOMPARE(s.gpusPerBlock, 72);
        QCOMPARE(s.blocks, 2);
        const Catalog cat = Catalog::builtin().withUserEntries(d.userCatalog);
        const InferenceResult rack = estimateInference(
            {"test-rack-100kw", 72, "llama3.1-70b", "fp4", "server"}, cat, ModelLibrary::builtin());
        QCOMPARE(s.capacity.batch, rack.batch);
        QCOMPARE(s.capacity.stepMs, rack.stepMs);
        QCOMPARE(s.capacity.gpusPerReplica, rack.gpusPerReplica);
        const InferenceResult atSpeed = estimateAtUserSpeed(
            "test-rack-100kw", 72, "llama3.1-70b", "fp4", 50.0, cat, ModelLibrary::builtin());
        QCOMPARE(s.service.batch, atSpeed.batch);
        QVERIFY(s.service.batch < s.capacity.batch);
        QVERIFY(std::fabs(s.capacity.tokensPerSecondPerGpu * 72 * 2 - e.tokensPerSecond) <
                1e-9 * e.tokensPerSecond);
        QVERIFY(std::fabs(s.service.tokensPerSecondPerGpu * 72 * 2 - e.serviceTokensPerSecond) <
                1e-9 * e.serviceTokensPerSecond);
        for (const InferenceResult* r : {&s.capacity, &s.service}) {
            const StepBreakdown& b = r->step;
            const double parts = b.overheadMs + b.gemmMs + b.attentionMs + b.communicationMs +
                                 b.pipelineMs + b.hostLinkMs;
            QVERIFY2(std::fabs(parts - r->stepMs) < 1e-6 * r->stepMs,
                     qPrintable(QString("%1 vs %2").arg(parts).arg(r->stepMs)));
        }
        const auto plain = [](double v, int decimals) {
            return display::formatFixedPlain(v, decimals);
        };
        const std::vector<std::string> lines = servingLines(e, plain);
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[0], "'test-rack-100kw' (2 x 72 GPUs), server scenario: " +
                               replicaShapeText(s.capacity, plain) + "; mean step " +
                               stepBreakdownText(s.capacity, plain));
        QCOMPARE(lines[1], "'test-rack-100kw' (2 x 72 GPUs), at 50.0 tokens/s per user: " +
                               replicaShapeText(s.service, plain) + "; mean step " +
                               stepBreakdownText(s.service, plain));
    }

    // Schema v2 fields: the per-user speed the cost is quoted at, currency and price date, and
    // the site's readiness (a powered site has its land and substation, a shell its building).
    void serviceLevelCurrencyAndReadiness() {
        Design d = tinyDesign(CoolingNodeKind::Chiller, 0.156, 0.0, 35.0);
        d.settings.userTokensPerS = 20.0;
        d.document.priceDate = "2026-11-30";
        d.document.currency = "EUR";
        const FactoryEstimate e = estimateFactory(d, Catalog::builtin(), {});
        QCOMPARE(e.userTokensPerS, 20.0);
        QCOMPARE(e.priceDate, std::string("2026-11-30"));
        QCOMPARE(e.currency, std::string("EUR"));
        QVERIFY(e.costBasis.find("tokens/s at 20 tok/s per user") != std::string::npos);
        QVERIFY(e.costBasis.find("prices of 2026-11-30") != std::string::npos);
        auto category = [](const FactoryEstimate& x, const char* c) {
            for (const BreakdownItem& b : x.capexBreakdownUsd)
                if (b.label == c)
                    return b.value;
            return 0.0;
        };
        // Greenfield: 1,600 m2 x 50 USD/m2 of land (see costPerMillionTokens).
        QCOMPARE(category(e, "Land"), 80000.0);
        d.site.readiness = SiteReadiness::PoweredShell;
        const FactoryEstimate shell = estimateFactory(d, Catalog::builtin(), {});
        QCOMPARE(category(shell, "Land"), 0.0);
        QVERIFY(shell.capexExclusions.size() == e.capexExclusions.size() + 2);
        d.settings.userTokensPerS = 0.0;
        QVERIFY_THROWS_EXCEPTION(FactoryEstimateError, estimateFactory(d, Catalog::builtin(), {}));
    }

    // Land by location: the most specific place named in the location wins.
    void landPriceByLocation() {
        QCOMPARE(UnitPrices::landKey("Madrid, Spain"), std::string("price.land.madrid_usd_per_m2"));
        QCOMPARE(UnitPrices::landKey("Abilene, Texas"), std::string("price.land.texas_usd_per_m2"));
        QCOMPARE(UnitPrices::landKey("Atlantis"), std::string("price.land_usd_per_m2"));
        QCOMPARE(UnitPrices::landKey("Ukraine"), std::string("price.land_usd_per_m2")); // not "uk"
        QVERIFY(UnitPrices::defaults().find(UnitPrices::landKey("Madrid, Spain")) != nullptr);
    }

    void defaultPricesAreLabelled() {
        const UnitPrices prices = UnitPrices::defaults();
        for (const UnitPrice& p : prices.all()) {
            QVERIFY2(!p.source.empty(), p.key.c_str());
            QVERIFY2(p.key.rfind("price.", 0) == 0, p.key.c_str());
            QVERIFY2(p.value > 0, p.key.c_str());
        }
        QCOMPARE(prices.get("price.ups_usd_per_kw").value, 300.0); // assumption
        QVERIFY(prices.find("price.system.vr-nvl72_usd") != nullptr);
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
