// The power basis (core/estimate/PowerBasis.hpp), the HV substation and the redundancy-dependent
// power chain, worked by hand on small designs built in code.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/generate/PowerChainSizer.hpp"
#include "core/model/Design.hpp"
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

// A 100 kW, fully liquid-cooled 72-GPU rack, typical power 0.8 of design.
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
    e.ratings["typical_power_fraction"] = num(0.8);
    e.ratings["liquid_fraction"] = num(1.0);
    e.ratings["rack_weight_kg"] = num(1360, "kg");
    e.ratings["scale_up_gpus"] = num(72);
    e.ratings["coolant_flow_lpm_per_kw"] = num(1.5, "L/min/kW");
    CatalogRating gpu;
    gpu.text = "b300-gb300";
    e.ratings["gpu"] = gpu;
    return e;
}

PowerNode node(Design& d, PowerNodeKind kind, const char* name, double kva, double kw, double eff) {
    PowerNode n;
    n.id = d.allocateId();
    n.kind = kind;
    n.name = name;
    n.ratingKva = kva;
    n.ratingKw = kw;
    n.efficiency = eff;
    d.powerNodes.push_back(n);
    return n;
}

// 2 racks of 100 kW, one UPS of 500 kW at 96 %, one 2,500 kVA MV/LV transformer at 98.8 %, one
// CDU with 200 kPa of pump head, one chiller at 0.156 kW/kW.
Design tinyDesign() {
    Design d;
    d.userCatalog.push_back(testRack());
    d.site.designAmbientC = 35.0;
    for (int i = 0; i < 2; ++i) {
        Rack r;
        r.id = d.allocateId();
        r.name = "R" + std::to_string(i + 1);
        r.catalogId = "test-rack-100kw";
        d.racks.push_back(r);
    }
    node(d, PowerNodeKind::Ups, "UPS-A", 0, 500, 0.96);
    node(d, PowerNodeKind::Transformer, "TX-1", 2500, 0, 0.988);
    CoolingNode cdu;
    cdu.id = d.allocateId();
    cdu.kind = CoolingNodeKind::Cdu;
    cdu.name = "CDU-1";
    cdu.capacityKw = 300;
    cdu.pumpHeadKpa = 200;
    d.coolingNodes.push_back(cdu);
    CoolingNode ch;
    ch.id = d.allocateId();
    ch.kind = CoolingNodeKind::Chiller;
    ch.name = "CH-1";
    ch.capacityKw = 300;
    ch.powerPerKwHeat = 0.156;
    d.coolingNodes.push_back(ch);
    return d;
}

bool near(double a, double b, double tol = 1e-5) {
    return std::fabs(a - b) <= tol;
}

#define QNEAR(a, b)                                                                                \
    QVERIFY2(near((a), (b)),                                                                       \
             qPrintable(                                                                           \
                 QString("%1 = %2, expected %3").arg(#a).arg((a), 0, 'f', 7).arg((b), 0, 'f', 7)))

double installedUpsKw(const Design& d) {
    double kw = 0;
    for (const PowerNode& n : d.powerNodes)
        if (n.kind == PowerNodeKind::Ups)
            kw += n.ratingKw;
    return kw;
}

double capexOf(const FactoryEstimate& e, const char* category) {
    for (const BreakdownItem& b : e.capexBreakdownUsd)
        if (b.label == category)
            return b.value;
    return 0.0;
}

} // namespace

class TestPowerBasis : public QObject {
    Q_OBJECT
private slots:
    // IT: racks 2 x 100 = 200 kW design, 2 x 80 = 160 kW typical; 144 GPUs -> storage
    //   ceil(144 / 64) = 3 nodes x 1.5 kW = 4.5 kW, management max(3, ceil(144 / 256)) = 3 x
    //   1.0 kW = 3.0 kW. IT design = 207.5 kW, typical = 167.5 kW.
    // Design point (design IT, 35 C):
    //   liquid heat 200 kW, coolant 300 L/min; air heat 7.5 kW (storage, management)
    //   CDU pumps 0.005 m3/s x 200 kPa / 0.7 = 1.428571 kW; fans 7.5 x 0.05 = 0.375 kW
    //   UPS load = 207.5 + 1.428571 = 208.928571 kW, x = 0.417857 of 500 kW
    //   UPS loss = 500 (1/0.96 - 1) (0.3 + 0.7 x^2) = 20.833333 x 0.422223 = 8.796317 kW
    //   C = the cooling plant at 35 C, f = 1 (CoolingPlant::at; its figures are worked by hand in
    //       test_cooling_plant.cpp, here they are an input): heat rejection, CDU pumps, fans
    //   through the transformer 207.5 + 8.796317 + C
    //   transformer 2,500 kVA x 0.95 = 2,375 kW; full-load loss 2,375 (1/0.988 - 1) = 28.846154;
    //   x = through / 2,375; loss = 28.846154 (0.1 + 0.9 x^2)
    //   facility design = through + loss; kVA = facility / 0.95; PUE = facility / 207.5
    // Typical point (167.5 kW, f = 167.5 / 207.5): the same chain at that load.
    void basisByHand() {
        const Design d = tinyDesign();
        const PowerBasis b = computePowerBasis(d, Catalog::builtin());
        QCOMPARE(b.it.gpus, 144LL);
        QCOMPARE(b.it.storageNodes, 3);
        QCOMPARE(b.it.managementNodes, 3);
        QNEAR(b.itDesignKw, 207.5);
        QNEAR(b.itTypicalKw, 167.5);
        QNEAR(b.design.cooling.cduPumpKw, 1.428571);
        QNEAR(b.design.cooling.airFanKw, 0.375);
        QNEAR(b.design.upsLoadFraction, 0.417857);
        QNEAR(b.design.upsLossKw, 8.796317);
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        const CoolingPlant plant = CoolingPlant::fromDesign(d, catalog, CoolingLoad{200.0, 7.5});
        const CoolingPower c = plant.at(35.0, 35.0, 1.0);
        QNEAR(b.design.cooling.heatRejectionKw, c.dryCoolerFanKw + c.chillerKw + c.plantPumpKw);
        const double through = 207.5 + 8.796317 + c.totalKw();
        const double x = through / 2375.0;
        const double loss = 28.846154 * (0.1 + 0.9 * x * x);
        QNEAR(b.design.transformerLossKw, loss);
        QCOMPARE(b.design.substationLossKw, 0.0);
        QNEAR(b.facilityDesignKw, through + loss);
        QNEAR(b.facilityDesignKva, (through + loss) / 0.95);
        QNEAR(b.pueDesign, (through + loss) / 207.5);
        // No climate location: every hour of the year at the design condition, typical load.
        QNEAR(b.pueAnnual, b.facilityTypicalKw / b.itTypicalKw);
        QVERIFY(!b.pueAnnualBasis.empty());
        double sum = 0;
        for (const BreakdownItem& i : b.design.breakdownKw(b.it, b.it.rackDesignKw))
            sum += i.value;
        QNEAR(sum, b.facilityDesignKw);
        QCOMPARE(QString::fromStdString(b.itText()), QString("IT 0.2 MW design / 0.2 MW typical"));
    }

    // Eco mode: the same curve from 99 % at full load: 500 (1/0.99 - 1) x 0.422223 = 2.132440.
    void upsEcoMode() {
        Design d = tinyDesign();
        d.assumptionOverrides["estimate.ups_eco_mode"] = 1.0;
        const PowerBasis b = computePowerBasis(d, Catalog::builtin());
        QNEAR(b.design.upsLossKw, 2.132440);
        d.assumptionOverrides["estimate.ups_eco_mode"] = -1.0;
        QVERIFY_THROWS_EXCEPTION(FactoryEstimateError, computePowerBasis(d, Catalog::builtin()));
    }

    // Optics at both ends of optical links, catalog LinkX figures: 10 x 800G multimode
    // 2 x 17 W x 10 = 340 W (20 modules); 4 x 400G single-mode 2 x 9 W x 4 = 72 W (8); 3 x 1.6T
    // 2 ends x 2 modules x 17 W x 3 = 204 W (12); 5 copper links 0 W. Total 616 W, 40 modules.
    // Switches: q3400 3.5 kW (catalog) + an out-of-band switch without catalog id 0.1 kW.
    void opticsAndOutOfBand() {
        Design d = tinyDesign();
        NetworkSwitch sw;
        sw.id = d.allocateId();
        sw.catalogId = "q3400";
        d.switches.push_back(sw);
        NetworkSwitch oob;
        oob.id = d.allocateId();
        oob.role = NetworkRole::OutOfBand;
        d.switches.push_back(oob);
        auto link = [&](int count, double gbps, LinkMedium m) {
            NetworkLink l;
            l.id = d.allocateId();
            l.count = count;
            l.speedGbps = gbps;
            l.medium = m;
            d.networkLinks.push_back(l);
        };
        link(10, 800, LinkMedium::Multimode);
        link(4, 400, LinkMedium::SingleMode);
        link(3, 1600, LinkMedium::SingleMode);
        link(5, 800, LinkMedium::Copper);
        const PowerBasis b = computePowerBasis(d, Catalog::builtin());
        QCOMPARE(b.it.transceivers, 40LL);
        QNEAR(b.it.opticsKw, 0.616);
        QNEAR(b.it.switchKw, 3.6);
        QCOMPARE(b.it.outOfBandSwitches, 1);
        QNEAR(b.itDesignKw, 207.5 + 0.616 + 3.6);
    }

    // Substation sizing: duty = ceil(load / 125 MVA), unit = smallest standard size with
    // duty x size >= load; spare per redundancy.
    void substationSizing_data() {
        QTest::addColumn<double>("loadMva");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("feeds");
        QTest::addColumn<int>("unitsPerFeed");
        QTest::addColumn<double>("unitMva");
        // 180 MVA: duty 2 (180 / 125 = 1.44), 2 x 100 >= 180.
        QTest::newRow("180 MVA 2N: 2 feeds x 2 x 100")
            << 180.0 << int(RedundancyScheme::TwoN) << 2 << 2 << 100.0;
        QTest::newRow("180 MVA N+1: 3 x 100")
            << 180.0 << int(RedundancyScheme::NPlus1) << 1 << 3 << 100.0;
        QTest::newRow("180 MVA N: 2 x 100") << 180.0 << int(RedundancyScheme::N) << 1 << 2 << 100.0;
        // 50 MVA: duty 1, 63 MVA is the smallest size >= 50.
        QTest::newRow("50 MVA N+1: 2 x 63")
            << 50.0 << int(RedundancyScheme::NPlus1) << 1 << 2 << 63.0;
        // 300 MVA: duty 3, 3 x 100 >= 300; + 1 spare.
        QTest::newRow("300 MVA 4N/3: 4 x 100")
            << 300.0 << int(RedundancyScheme::Distributed4N3) << 1 << 4 << 100.0;
        QTest::newRow("12 MVA 3N/2: 2 x 20")
            << 12.0 << int(RedundancyScheme::Distributed3N2) << 1 << 2 << 20.0;
    }
    void substationSizing() {
        QFETCH(double, loadMva);
        QFETCH(int, scheme);
        QFETCH(int, feeds);
        QFETCH(int, unitsPerFeed);
        QFETCH(double, unitMva);
        const SubstationSizing s = sizeSubstation(loadMva, static_cast<RedundancyScheme>(scheme));
        QCOMPARE(s.feeds, feeds);
        QCOMPARE(s.unitsPerFeed, unitsPerFeed);
        QCOMPARE(s.unitMva, unitMva);
    }

    // The generator builds the substation: main transformers at 33 kV output fed at 132 kV,
    // counted as sizeSubstation says; under 2N the generators are shared N+1 sets.
    void generatedSubstation() {
        FactoryTargets t;
        t.targetGpus = 72 * 40;
        t.redundancy = RedundancyScheme::TwoN;
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        int mains = 0, feeds = 0;
        double mainMva = 0;
        for (const PowerNode& n : g.design.powerNodes) {
            if (n.kind == PowerNodeKind::Transformer && n.voltageV > 1000) {
                ++mains;
                mainMva = n.ratingKva / 1000.0;
                QCOMPARE(n.catalogId, std::string("xfmr-large-power-transformer"));
            }
            if (n.kind == PowerNodeKind::UtilityFeed) {
                ++feeds;
                QCOMPARE(n.voltageV, 132000.0);
            }
            if (n.kind == PowerNodeKind::Generator) {
                QCOMPARE(n.path, std::string("G"));
                QCOMPARE(n.redundantModules, 1);
            }
        }
        QCOMPARE(feeds, 2);
        // 40 GB300 racks x 135 kW = 5.4 MW + network: one duty unit per feed, 2N: 2 units.
        QCOMPARE(mains, 2);
        QVERIFY(mainMva >= 6.0);
        const PowerBasis b = computePowerBasis(g.design, Catalog::builtin());
        QVERIFY(b.design.substationLossKw > 0);
    }

    // Capex of the power chain, priced per unit of the design's equipment (default prices):
    //   N+1: 2 x 2,500 kVA transformers (one reserve) x 60 USD/kVA = 300,000; 1 LV board
    //        150,000; UPS 3 x 1,250 kW x 300 USD/kW = 1,125,000; generators 2 x 2,000 kW x 600
    //        = 2,400,000; 2 busways x 30,000 = 60,000. Total 4,035,000 USD.
    //   2N:  2 transformers 300,000; 2 LV boards 300,000; UPS 2 x 2 x 1,250 kW = 1,500,000;
    //        shared N+1 generators 2 x 2,000 kW = 2,400,000; 4 busways 120,000. Total 4,620,000.
    void capexNPlus1Versus2N() {
        auto build = [](bool twoN) {
            Design d = tinyDesign();
            d.powerNodes.clear();
            const int paths = twoN ? 2 : 1;
            node(d, PowerNodeKind::Transformer, "TX-1", 2500, 0, 0.988);
            node(d, PowerNodeKind::Transformer, twoN ? "TX-2" : "TX-reserve", 2500, 0, 0.988);
            for (int p = 0; p < paths; ++p) {
                node(d, PowerNodeKind::LvSwitchboard, "LV", 2875, 0, 1.0);
                node(d, PowerNodeKind::Ups, "UPS", 0, twoN ? 2500 : 3750, 0.95);
                node(d, PowerNodeKind::Busway, "BW1", 0, 0, 1.0);
                node(d, PowerNodeKind::Busway, "BW2", 0, 0, 1.0);
            }
            node(d, PowerNodeKind::Generator, "GEN", 0, 4000, 1.0);
            return estimateFactory(d, Catalog::builtin(), {});
        };
        const FactoryEstimate n1 = build(false);
        const FactoryEstimate n2 = build(true);
        QCOMPARE(capexOf(n1, "Power chain"), 4035000.0);
        QCOMPARE(capexOf(n2, "Power chain"), 4620000.0);
        // Installation is a share of the facility equipment, so it follows: 1.9 x 585,000.
        QNEAR(capexOf(n2, "Installation and site works") -
                  capexOf(n1, "Installation and site works"),
              1.9 * 585000.0);
        // Same IT load on twice the UPS capacity: lower load fraction, more fixed losses.
        QVERIFY(n2.basis.design.upsLoadFraction < n1.basis.design.upsLoadFraction);
        QVERIFY(n2.basis.design.upsLossKw != n1.basis.design.upsLossKw);
    }

    // The same IT (40 GB300 racks) under every scheme: counts, losses and capex differ.
    void redundancySchemesDiffer() {
        std::map<int, FactoryEstimate> e;
        std::map<int, double> ups;
        for (RedundancyScheme s :
             {RedundancyScheme::NPlus1, RedundancyScheme::TwoN, RedundancyScheme::Distributed4N3,
              RedundancyScheme::Distributed3N2}) {
            FactoryTargets t;
            t.targetGpus = 72 * 40;
            t.redundancy = s;
            const GeneratedFactory g = generateFactory(t, Catalog::builtin());
            e[int(s)] = estimateFactory(g.design, Catalog::builtin(), {});
            ups[int(s)] = installedUpsKw(g.design);
        }
        const int n1 = int(RedundancyScheme::NPlus1), n2 = int(RedundancyScheme::TwoN),
                  d43 = int(RedundancyScheme::Distributed4N3),
                  d32 = int(RedundancyScheme::Distributed3N2);
        QCOMPARE(e[n1].basis.itDesignKw, e[n2].basis.itDesignKw);
        // Installed UPS: 2N doubles the load; 4N/3 and 3N/2 sit between N+1 and 2N.
        QVERIFY(ups[n2] > ups[d32] && ups[d32] > ups[n1]);
        QVERIFY(ups[n2] > ups[d43] && ups[d43] > ups[n1]);
        QVERIFY(capexOf(e[n2], "Power chain") > capexOf(e[n1], "Power chain"));
        QVERIFY(capexOf(e[n2], "Power chain") > capexOf(e[d43], "Power chain"));
        QVERIFY(e[n2].capexUsd > e[n1].capexUsd);
        QVERIFY(e[n2].basis.design.upsLossKw != e[n1].basis.design.upsLossKw);
        QVERIFY(e[d43].basis.design.upsLossKw != e[d32].basis.design.upsLossKw);
    }

    // --target-mw is met on the facility design power, at or just under it.
    void targetMetOnFacilityDesign_data() {
        QTest::addColumn<double>("targetMw");
        QTest::addColumn<QString>("system");
        QTest::newRow("10 MW GB300") << 10.0 << "gb300-nvl72";
        QTest::newRow("25 MW DGX B300 air") << 25.0 << "dgx-b300";
        QTest::newRow("15 MW Vera Rubin NVL72 (old id)") << 15.0 << "vr-nvl144";
        QTest::newRow("15 MW Lenovo SR780a V3") << 15.0 << "lenovo-sr780a-v3-b200";
    }
    void targetMetOnFacilityDesign() {
        QFETCH(double, targetMw);
        QFETCH(QString, system);
        FactoryTargets t;
        t.targetGridMw = targetMw;
        t.systemId = system.toStdString();
        const CatalogEntry* e = Catalog::builtin().find(t.systemId);
        QVERIFY(e);
        if (e->number("liquid_fraction", 0.0) <= 0.0)
            t.cooling = CoolingMode::Air;
        else if (e->number("max_supply_water_c", 0.0) > 0.0)
            t.supplyWaterC = std::min(t.supplyWaterC, e->number("max_supply_water_c"));
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        const double mw = g.summary.power.facilityDesignKw / 1000.0;
        QVERIFY2(mw <= targetMw, qPrintable(QString::number(mw, 'f', 4)));
        QVERIFY2(mw >= 0.97 * targetMw, qPrintable(QString::number(mw, 'f', 4)));
        QCOMPARE(g.design.site.gridConnectionMw, std::ceil(mw - 1e-9));
    }
};

QTEST_APPLESS_MAIN(TestPowerBasis)
#include "test_power_basis.moc"
