#include "core/catalog/Catalog.hpp"
#include "core/generate/CoolingSizer.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/generate/PowerChainSizer.hpp"
#include "core/generate/SizingRules.hpp"
#include <QTest>
#include <map>
#include <set>
#include <unordered_map>

using namespace aifp;

namespace {

const Catalog& catalog() {
    return Catalog::builtin();
}

FactoryTargets gb300(RedundancyScheme scheme) {
    FactoryTargets t;
    t.systemId = "gb300-nvl72";
    t.redundancy = scheme;
    t.fabricSwitchId = "q3400";
    return t;
}

// Upstream power sources of every node / rack: id -> ids feeding it.
std::unordered_map<ObjectId, std::vector<ObjectId>> feeders(const Design& d) {
    std::unordered_map<ObjectId, std::vector<ObjectId>> up;
    for (const PowerLink& l : d.powerLinks)
        up[l.toId].push_back(l.fromId);
    return up;
}

// True when node reaches a utility feed going upstream.
bool reachesUtility(ObjectId id, const std::unordered_map<ObjectId, std::vector<ObjectId>>& up,
                    const std::unordered_map<ObjectId, const PowerNode*>& nodes, int depth = 0) {
    auto n = nodes.find(id);
    if (n != nodes.end() && n->second->kind == PowerNodeKind::UtilityFeed)
        return true;
    if (depth > 20)
        return false;
    auto it = up.find(id);
    if (it == up.end())
        return false;
    for (ObjectId f : it->second)
        if (reachesUtility(f, up, nodes, depth + 1))
            return true;
    return false;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private slots:
    void consistent_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("fabric");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("cooling");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("feedsPerRack");
        QTest::newRow("gb300 2N liquid 4,608 GPUs")
            << "gb300-nvl72"
            << "q3400" << int(RedundancyScheme::TwoN) << int(CoolingMode::Liquid) << 4608 << 2;
        QTest::newRow("gb300 N+1 hybrid 1,152 GPUs")
            << "gb300-nvl72"
            << "q3400" << int(RedundancyScheme::NPlus1) << int(CoolingMode::Hybrid) << 1152 << 1;
        QTest::newRow("gb300 4N/3 sn5600 2,016 GPUs")
            << "gb300-nvl72"
            << "sn5600" << int(RedundancyScheme::Distributed4N3) << int(CoolingMode::Liquid) << 2016
            << 2;
        QTest::newRow("gb200 3N/2 qm9700 1,440 GPUs")
            << "gb200-nvl72"
            << "qm9700" << int(RedundancyScheme::Distributed3N2) << int(CoolingMode::Liquid) << 1440
            << 2;
        QTest::newRow("dgx-b200 N air 512 GPUs")
            << "dgx-b200"
            << "qm9700" << int(RedundancyScheme::N) << int(CoolingMode::Air) << 512 << 1;
    }
    void consistent() {
        QFETCH(QString, system);
        QFETCH(QString, fabric);
        QFETCH(int, scheme);
        QFETCH(int, cooling);
        QFETCH(int, gpus);
        QFETCH(int, feedsPerRack);
        FactoryTargets t = gb300(static_cast<RedundancyScheme>(scheme));
        t.systemId = system.toStdString();
        t.fabricSwitchId = fabric.toStdString();
        t.cooling = static_cast<CoolingMode>(cooling);
        t.targetGpus = gpus;
        const GeneratedFactory g = generateFactory(t, catalog());
        const Design& d = g.design;
        const SystemSpec spec = systemSpec(catalog(), t.systemId);
        QVERIFY(g.summary.gpus >= gpus);
        QVERIFY(g.summary.gpus < gpus + spec.gpusPerRack);

        std::unordered_map<ObjectId, const PowerNode*> nodes;
        for (const PowerNode& n : d.powerNodes)
            nodes[n.id] = &n;
        const auto up = feeders(d);
        std::unordered_map<ObjectId, const Hall*> halls;
        for (const Hall& h : d.halls)
            halls[h.id] = &h;
        // Pipes into racks / manifolds.
        std::unordered_map<ObjectId, std::vector<ObjectId>> pipeFrom;
        for (const Pipe& p : d.pipes)
            pipeFrom[p.toId].push_back(p.fromId);
        std::unordered_map<ObjectId, const CoolingNode*> cnodes;
        for (const CoolingNode& n : d.coolingNodes)
            cnodes[n.id] = &n;
        std::unordered_map<ObjectId, int> fabricPorts;
        std::unordered_map<ObjectId, const NetworkSwitch*> switches;
        for (const NetworkSwitch& s : d.switches)
            switches[s.id] = &s;
        for (const NetworkLink& l : d.networkLinks) {
            QVERIFY(l.count >= 1);
            QVERIFY(l.lengthM > 0.0);
            if (switches.count(l.toId) && switches[l.toId]->tier == 1 &&
                switches[l.toId]->role == NetworkRole::Compute)
                fabricPorts[l.fromId] += l.count;
        }

        for (const Rack& r : d.racks) {
            // Power: the rack's shelf is fed by busways on feedsPerRack distinct paths, each of
            // which reaches a utility feed.
            const auto shelves = up.at(r.id);
            QCOMPARE(static_cast<int>(shelves.size()), feedsPerRack);
            std::set<std::string> paths;
            for (ObjectId sh : shelves)
                for (ObjectId b : up.at(sh)) {
                    QCOMPARE(nodes.at(b)->kind, PowerNodeKind::Busway);
                    paths.insert(nodes.at(b)->path);
                    QVERIFY2(reachesUtility(b, up, nodes), r.name.c_str());
                }
            QCOMPARE(static_cast<int>(paths.size()), feedsPerRack);
            // Cooling: a pipe from a row manifold that is fed by CDUs (liquid designs).
            if (t.cooling != CoolingMode::Air) {
                QVERIFY2(pipeFrom.count(r.id) == 1, r.name.c_str());
                const ObjectId manifold = pipeFrom.at(r.id).front();
                QCOMPARE(cnodes.at(manifold)->kind, CoolingNodeKind::Manifold);
                bool fromCdu = false;
                for (ObjectId f : pipeFrom.at(manifold))
                    fromCdu = fromCdu || cnodes.at(f)->kind == CoolingNodeKind::Cdu;
                QVERIFY(fromCdu);
            }
            // Network: every GPU NIC on a compute leaf.
            QCOMPARE(fabricPorts[r.id], spec.gpusPerRack * spec.nicsPerGpu);
            // Geometry: inside its hall.
            const RectM rect{
                r.centerM.xM - spec.footprintWidthM / 2, r.centerM.yM - spec.footprintDepthM / 2,
                r.centerM.xM + spec.footprintWidthM / 2, r.centerM.yM + spec.footprintDepthM / 2};
            QVERIFY2(halls.at(r.hallId)->footprint().contains(rect), r.name.c_str());
        }
        // No two racks overlap (small designs: pairwise).
        for (std::size_t i = 0; i < d.racks.size(); ++i)
            for (std::size_t j = i + 1; j < d.racks.size(); ++j) {
                const auto& a = d.racks[i].centerM;
                const auto& b = d.racks[j].centerM;
                const bool overlap = std::abs(a.xM - b.xM) < spec.footprintWidthM - 1e-6 &&
                                     std::abs(a.yM - b.yM) < spec.footprintDepthM - 1e-6;
                QVERIFY2(!overlap, (d.racks[i].name + " / " + d.racks[j].name).c_str());
            }
        // Halls do not overlap each other.
        for (std::size_t i = 0; i < d.halls.size(); ++i)
            for (std::size_t j = i + 1; j < d.halls.size(); ++j)
                QVERIFY(!d.halls[i].footprint().overlaps(d.halls[j].footprint()));
        // Ids are unique.
        std::set<ObjectId> ids;
        std::size_t n = 0;
        auto add = [&](ObjectId id) {
            ids.insert(id);
            ++n;
        };
        for (const auto& x : d.halls)
            add(x.id);
        for (const auto& x : d.rows)
            add(x.id);
        for (const auto& x : d.racks)
            add(x.id);
        for (const auto& x : d.powerNodes)
            add(x.id);
        for (const auto& x : d.powerLinks)
            add(x.id);
        for (const auto& x : d.coolingNodes)
            add(x.id);
        for (const auto& x : d.pipes)
            add(x.id);
        for (const auto& x : d.switches)
            add(x.id);
        for (const auto& x : d.networkLinks)
            add(x.id);
        QCOMPARE(ids.size(), n);
        QVERIFY(*ids.rbegin() < d.nextId);
        // Pipe velocities within the erosion limit (reference-data.md 2.6).
        for (const Pipe& p : d.pipes) {
            QVERIFY(p.innerDiameterMm > 0.0);
            QVERIFY(p.lengthM > 0.0);
        }
    }

    // 7 racks of GB300 NVL72, 2N, liquid, worked by hand.
    void sevenRacksByHand() {
        FactoryTargets t = gb300(RedundancyScheme::TwoN);
        t.targetGpus = 7 * 72;
        const GeneratedFactory g = generateFactoryWithRacks(t, catalog(), 7);
        const Design& d = g.design;
        std::map<PowerNodeKind, int> power;
        std::map<CoolingNodeKind, int> cool;
        for (const PowerNode& n : d.powerNodes)
            ++power[n.kind];
        for (const CoolingNode& n : d.coolingNodes)
            ++cool[n.kind];
        // IT: 7 x 135 kW = 945 kW of racks.
        QCOMPARE(g.summary.power.it.rackDesignKw, 945.0);
        // Network: 1 partial SU -> 8 leaves + 4 spines (q3400, 3.5 kW each = 42 kW);
        // storage: 7 racks x 36 BF-3 ports = 252 -> ceil(252 / 64) = 4 leaves + 2 spines
        // (sn5600, 2.0 kW) = 12 kW; out-of-band: 7 x oob-1g-48 at 0.1 kW = 0.7 kW; total 54.7 kW.
        QVERIFY(std::abs(g.summary.power.it.switchKw - 54.7) < 1e-9);
        QCOMPARE(g.summary.power.it.outOfBandSwitches, 7);
        // Liquid heat 7 x 135 x 0.85 = 803.25 kW in one row: the in-row class (600 kW) is too
        // small, the MCDU-70 class (2,500 kW) carries it: 1 duty + 1 standby = 2 CDUs.
        QCOMPARE(cool[CoolingNodeKind::Cdu], 2);
        // Facility water: catalog max_supply_water_c 40 degC at the rack - 3 K CDU approach =
        // 37 degC. Liquid heat 803.25 kW on dry coolers (1,500 kW: 1 duty + 1 = 2, load ratio
        // 803.25 / 3,000 = 0.268); at 35 degC and full fan speed the approach is 8 x 0.268 =
        // 2.14 K: 37.14 > 37 degC, so trim chillers take (leaving (35 + 0.2142 x 47) / 1.2142 =
        // 37.117 degC) 1.2 % = 9.4 kW (500 t = 1,758.5 kW: 1 + 1 = 2). Air heat 7 x 20.25 + 54 =
        // 195.75 kW: economiser dry coolers 1 + 1 and chillers at 18 degC 1 + 1; AHUs 1 + 1.
        QCOMPARE(cool[CoolingNodeKind::DryCooler], 4);
        QCOMPARE(cool[CoolingNodeKind::Chiller], 4);
        QCOMPARE(cool[CoolingNodeKind::AirHandler], 2);
        for (const Hall& h : d.halls)
            QCOMPARE(h.facilityWaterSupplyC, 37.0);
        // Power: busways of <= 3 racks (800 A x 80 % at 415 V, PF 0.95 = 437 kW; 3 x 135 = 405)
        // -> 3 + 3 + 1 racks = 3 busways per side, 6 in all. Racks + network = 999 kW < 2,076 kW
        // block capacity -> 1 block per side: 2 IT transformers; mechanical load
        // 999 x 0.341 + 195.75 x 0.05 = 350.5 kW -> 1 duty + 1 spare mech transformer; HV
        // substation for (~1,000 / 0.95 + ~351) / 0.985 / 0.95 = ~1.5 MVA: one 20 MVA unit per
        // feed, 2N: 2 feeds -> 2 main transformers: 6 transformers in all.
        QCOMPARE(power[PowerNodeKind::Busway], 6);
        QCOMPARE(power[PowerNodeKind::Transformer], 6);
        // Generators: under 2N one shared N+1 set: ceil(999.7 / 0.95 / 2,000) = 1 + 1 spare.
        QCOMPARE(power[PowerNodeKind::Generator], 1);
        for (const PowerNode& n : d.powerNodes)
            if (n.kind == PowerNodeKind::Generator)
                QCOMPARE(n.moduleCount, 2);
        QCOMPARE(power[PowerNodeKind::Ups], 2);
        QCOMPARE(power[PowerNodeKind::UtilityFeed], 2);
        QCOMPARE(power[PowerNodeKind::RackPowerShelf], 14); // one per rack and path
        // UPS: 999 kW / (1,250 kW x 80 %) = 0.8 -> 1 module per side.
        for (const PowerNode& n : d.powerNodes)
            if (n.kind == PowerNodeKind::Ups)
                QCOMPARE(n.moduleCount, 1);
        // Rack pipe: 114.75 kW x 1.5 L/min/kW = 172.1 L/min; <= 2.5 m/s needs >= 38.2 mm ->
        // 40.9 mm (2.18 m/s).
        const ObjectId firstRack = d.racks.front().id;
        for (const Pipe& p : d.pipes)
            if (p.toId == firstRack)
                QCOMPARE(p.innerDiameterMm, 40.9);
        // CDU rated flow: 2,500 kW x 1.5 L/min/kW = 3,750 L/min.
        for (const CoolingNode& n : d.coolingNodes)
            if (n.kind == CoolingNodeKind::Cdu)
                QCOMPARE(n.flowRatingLpm, 3750.0);
        // Facility = IT + cooling + losses, PUE between 1 and 1.6 at the design day.
        QVERIFY(g.summary.power.facilityDesignKw > g.summary.power.itDesignKw);
        QVERIFY(g.summary.power.pueDesign > 1.05 && g.summary.power.pueDesign < 1.6);
    }

    void flowRule() {
        // Q = m cp dT: 60 / (0.997 x 4.186 x 10) = 1.4377 L/min per kW (reference-data.md 2.1).
        QVERIFY(std::abs(rules::flowLpmPerKw(10.0) - 1.4377) < 1e-3);
        // 1,000 L/min at <= 2.6 m/s: D >= sqrt(4 x 0.01667 / (pi x 2.6)) = 90.3 mm -> 102.3 mm.
        QCOMPARE(pipeInnerDiameterMm(1000.0, 2.6), 102.3);
        // Busway: sqrt(3) x 415 x 800 x 0.95 x 0.8 / 1000 = 437.03 kW.
        QVERIFY(std::abs(buswayCapacityKw() - 437.03) < 0.01);
        // Block: min(transformer 2,500 kVA x 0.95 = 2,375 kW, LV board sqrt(3) x 415 V x 4,000 A
        // x 0.95 x 0.8 = 2,185.16 kW) x UPS 0.95 = 2,075.90 kW.
        QVERIFY(std::abs(blockItCapacityKw() - 2075.90) < 0.01);
    }

    void fabricInDesign() {
        // One B300-XDR-sized SU: 576 GPUs = 8 racks; 8 leaves x 72 up-links over 4 spines ->
        // 32 leaf-spine bundles of 18 cables.
        FactoryTargets t = gb300(RedundancyScheme::TwoN);
        t.targetGpus = 576;
        const GeneratedFactory g = generateFactory(t, catalog());
        QCOMPARE(g.fabric.leaves, 8);
        QCOMPARE(g.fabric.spines, 4);
        int bundles = 0, cables = 0, rackBundles = 0;
        std::unordered_map<ObjectId, int> tier;
        for (const NetworkSwitch& s : g.design.switches)
            tier[s.id] = s.role == NetworkRole::Compute ? s.tier : 0;
        for (const NetworkLink& l : g.design.networkLinks) {
            if (tier.count(l.fromId) && tier[l.fromId] == 1) {
                ++bundles;
                cables += l.count;
                QCOMPARE(l.count, 18);
            } else {
                ++rackBundles;
                // Rail-optimised: 72 GPUs over 8 rails = 9 per leaf.
                QCOMPARE(l.count, 9);
            }
        }
        QCOMPARE(bundles, 32);
        QCOMPARE(cables, 576);
        QCOMPARE(rackBundles, 64);
    }

    void mwTargetIsMet() {
        FactoryTargets t = gb300(RedundancyScheme::TwoN);
        t.targetGridMw = 10.0;
        const GeneratedFactory g = generateFactory(t, catalog());
        // The target is the facility design power (PowerBasis.hpp).
        QVERIFY(g.summary.power.facilityDesignKw <= 10000.0);
        // One more rack would pass the target: facility per rack ~220 kW, so within ~2 racks.
        QVERIFY(g.summary.power.facilityDesignKw > 10000.0 - 2 * 250.0);
    }

    void rejects_data() {
        QTest::addColumn<double>("mw");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("cooling");
        QTest::addColumn<double>("supplyC");
        QTest::addColumn<int>("maxHalls");
        QTest::addColumn<double>("landM2");
        QTest::addColumn<QString>("needle");
        const int liquid = int(CoolingMode::Liquid);
        QTest::newRow("negative MW")
            << -5.0 << 0 << "gb300-nvl72" << liquid << 32.0 << 0 << 0.0 << "target-mw";
        QTest::newRow("both targets")
            << 10.0 << 100 << "gb300-nvl72" << liquid << 32.0 << 0 << 0.0 << "exactly one";
        QTest::newRow("unknown system")
            << 10.0 << 0 << "gb999" << liquid << 32.0 << 0 << 0.0 << "unknown system 'gb999'";
        QTest::newRow("air-cooled 135 kW rack")
            << 10.0 << 0 << "gb300-nvl72" << int(CoolingMode::Air) << 32.0 << 0 << 0.0
            << "air cooling of a 135 kW";
        QTest::newRow("water too warm")
            << 10.0 << 0 << "gb300-nvl72" << liquid << 45.0 << 0 << 0.0 << "supply-water-c";
        // 38 + 3 K CDU approach = 41 degC at the rack > 40 degC (catalog max_supply_water_c).
        QTest::newRow("water + CDU approach too warm")
            << 10.0 << 0 << "gb300-nvl72" << liquid << 38.0 << 0 << 0.0 << "use at most 37";
        QTest::newRow("too few halls")
            << 200.0 << 0 << "gb300-nvl72" << liquid << 32.0 << 1 << 0.0 << "max-halls";
        QTest::newRow("too little land")
            << 100.0 << 0 << "gb300-nvl72" << liquid << 32.0 << 0 << 1000.0 << "land-m2";
    }
    void rejects() {
        QFETCH(double, mw);
        QFETCH(int, gpus);
        QFETCH(QString, system);
        QFETCH(int, cooling);
        QFETCH(double, supplyC);
        QFETCH(int, maxHalls);
        QFETCH(double, landM2);
        QFETCH(QString, needle);
        FactoryTargets t = gb300(RedundancyScheme::TwoN);
        t.targetGridMw = mw;
        t.targetGpus = gpus;
        t.systemId = system.toStdString();
        t.cooling = static_cast<CoolingMode>(cooling);
        t.supplyWaterC = supplyC;
        t.maxHalls = maxHalls;
        t.landAreaM2 = landM2;
        try {
            generateFactory(t, catalog());
            QFAIL("expected GenerateError");
        } catch (const GenerateError& e) {
            QVERIFY2(QString(e.what()).contains(needle), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
