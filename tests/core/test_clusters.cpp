// Several clusters per campus (issue 15 item 7): the split of halls into clusters, each cluster's
// own fabric, validation that treats each fabric on its own, estimates that keep replicas inside
// one cluster, and the cluster name's checks.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/generate/FabricPlanner.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/DesignCheck.hpp"
#include "core/io/DesignJson.hpp"
#include "core/report/ReportBuilder.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/validation/Validator.hpp"
#include <QList>
#include <QTest>
#include <map>
#include <unordered_map>

using namespace aifp;

namespace {

// q3400 fabric of GB300 NVL72 racks (72 endpoints each): radix 144, 1:1, so 72 down / 72 up;
// 8 racks per SU (8 x 72 / 72) = 576 endpoints and 8 leaves per SU.
FabricRequest q3400Request() {
    FabricRequest r;
    r.radix = 144;
    r.oversubscription = 1.0;
    r.endpointsPerUnit = 576;
    return r;
}

// "--gpus 70000 --fabric qm9700 --max-racks-per-hall 200": a campus just above the reach of one
// 3-tier fabric of 64-port switches (worked out in twoClusterCampus).
FactoryTargets twoClusterTargets() {
    FactoryTargets t;
    t.name = "Two clusters";
    t.systemId = "gb300-nvl72";
    t.fabricSwitchId = "qm9700";
    t.targetGpus = 70000;
    t.maxRacksPerHall = 200;
    return t;
}

const GeneratedFactory& twoClusterCampus() {
    static const GeneratedFactory g = generateFactory(twoClusterTargets(), Catalog::builtin());
    return g;
}

} // namespace

class TestClusters : public QObject {
    Q_OBJECT
private slots:
    void reachOfOneFabric() {
        // One 3-tier fabric of radix 144: at most 144 pods of 72 leaves = 10,368 leaves = 1,296
        // SUs of 8 leaves = 746,496 endpoints (reference-data.md 4.3, k^3/4 at k = 144).
        FabricRequest r = q3400Request();
        r.endpoints = 1296 * 576;
        QVERIFY(fitsOneFabric(r));
        QCOMPARE(planFabric(r).pods, 144);
        r.endpoints = 1296 * 576 + 1; // 1,297 SUs: 10,376 leaves, 145 pods
        QVERIFY(!fitsOneFabric(r));
        QVERIFY_THROWS_EXCEPTION(FabricPlanError, planFabric(r));
    }

    void splitIntoFewestClusters_data() {
        QTest::addColumn<QList<int>>("hallUnits"); // SUs of 576 endpoints per hall
        QTest::addColumn<QList<int>>("expected");  // halls per cluster
        // Everything fits one fabric (1,200 SUs <= 1,296): one cluster of every hall.
        QTest::newRow("one fabric") << QList<int>{300, 300, 300, 300} << QList<int>{4};
        // 7 x 300 = 2,100 SUs; 2 clusters: 4 + 3 halls = 1,200 and 900 SUs, both <= 1,296.
        QTest::newRow("two") << QList<int>{300, 300, 300, 300, 300, 300, 300} << QList<int>{4, 3};
        // 9 x 300 = 2,700 SUs; 2 clusters of 5 + 4 halls: 1,500 SUs > 1,296; 3 x 3 halls fit.
        QTest::newRow("three") << QList<int>{300, 300, 300, 300, 300, 300, 300, 300, 300}
                               << QList<int>{3, 3, 3};
        // 3 x 700 = 2,100 SUs would fit 2 fabrics by count (2 x 1,296), but whole halls of 2 + 1
        // give 1,400 SUs > 1,296: one hall per cluster.
        QTest::newRow("whole halls") << QList<int>{700, 700, 700} << QList<int>{1, 1, 1};
        // The last hall may be partial: 2 x 1,000 + 5 SUs in 2 + 1 halls (2,000 > 1,296), so
        // 1 + 1 + 1.
        QTest::newRow("partial last hall") << QList<int>{1000, 1000, 5} << QList<int>{1, 1, 1};
    }

    void splitIntoFewestClusters() {
        QFETCH(QList<int>, hallUnits);
        QFETCH(QList<int>, expected);
        std::vector<long long> endpoints;
        for (int u : hallUnits)
            endpoints.push_back(static_cast<long long>(u) * 576);
        const std::vector<int> sizes = splitIntoClusters(endpoints, q3400Request());
        QCOMPARE(QList<int>(sizes.begin(), sizes.end()), expected);
    }

    void oneHallBeyondReachIsRefused() {
        try {
            (void)splitIntoClusters({1297LL * 576}, q3400Request());
            QFAIL("a hall beyond one fabric's reach was accepted");
        } catch (const FabricPlanError& e) {
            QVERIFY(std::string(e.what()).find("747072 endpoints") != std::string::npos);
        }
    }

    void twoClusterCampusByHand() {
        // By hand, qm9700 (64 ports, 32 down / 32 up) and GB300 NVL72 (72 endpoints a rack):
        //  - SU: lround(8 x 32 / 72) = 4 racks = 288 endpoints, ceil(288 / 32) = 9 leaves.
        //  - one 3-tier fabric: at most 64 pods of 32 leaves = 2,048 leaves = 227 SUs (228 SUs
        //    = 2,052 leaves need 65 pods).
        //  - 70,000 GPUs = ceil(70000 / 72) = 973 racks = 244 SUs (243 of 4 racks + one of 1):
        //    more than 227, so more than one fabric.
        //  - halls of at most 200 racks = 50 SUs: ceil(244 / 50) = 5 halls, spread as
        //    ceil(244 / 5) = 49 SUs: 49, 49, 49, 49, 48 SUs = 196, 196, 196, 196, 189 racks.
        //  - 2 clusters: 3 + 2 halls = 147 SUs (588 racks) and 97 SUs (385 racks), both <= 227.
        const GeneratedFactory& g = twoClusterCampus();
        QCOMPARE(g.design.racks.size(), std::size_t(973));
        QCOMPARE(g.design.halls.size(), std::size_t(5));
        QCOMPARE(g.clusters.size(), std::size_t(2));
        QCOMPARE(g.clusters[0].name, std::string("Cluster 1"));
        QCOMPARE(g.clusters[1].name, std::string("Cluster 2"));
        QCOMPARE(g.clusters[0].halls, 3);
        QCOMPARE(g.clusters[1].halls, 2);
        QCOMPARE(g.clusters[0].racks, 588);
        QCOMPARE(g.clusters[1].racks, 385);
        for (std::size_t h = 0; h < 5; ++h)
            QCOMPARE(g.design.halls[h].cluster, std::string(h < 3 ? "Cluster 1" : "Cluster 2"));

        // Cluster 1: 588 x 72 = 42,336 endpoints = 147 SUs x 9 = 1,323 leaves, 42 pods
        // (41 x 32 + 11); spines 41 x 32 + 11 x 32 / 32 = 1,323; 32 core groups of
        // ceil(42 x 32 / 64) = 21 cores = 672 cores; 3,318 switches.
        // Cluster 2: 385 x 72 = 27,720 endpoints = 97 SUs x 9 = 873 leaves, 28 pods (27 x 32
        // + 9); spines 873; cores 32 x ceil(28 x 32 / 64) = 32 x 14 = 448; 2,194 switches.
        const FabricPlan& a = g.clusters[0].fabric;
        const FabricPlan& b = g.clusters[1].fabric;
        QCOMPARE(a.tiers, 3);
        QCOMPARE(a.leaves, 1323);
        QCOMPARE(a.pods, 42);
        QCOMPARE(a.spines, 1323);
        QCOMPARE(a.cores, 672);
        QCOMPARE(b.tiers, 3);
        QCOMPARE(b.leaves, 873);
        QCOMPARE(b.pods, 28);
        QCOMPARE(b.spines, 873);
        QCOMPARE(b.cores, 448);
        // Each cluster's fabric is what the single-fabric planner gives for its endpoints.
        FabricRequest r;
        r.radix = 64;
        r.endpointsPerUnit = 288;
        r.endpoints = 42336;
        QCOMPARE(planFabric(r).switches(), a.switches());
        r.endpoints = 27720;
        QCOMPARE(planFabric(r).switches(), b.switches());

        // The design holds exactly those switches, in the clusters' halls, named per cluster.
        const std::vector<ClusterSummary> cs = summarizeClusters(g.design, Catalog::builtin());
        QCOMPARE(cs.size(), std::size_t(2));
        QCOMPARE(cs[0].computeSwitches, 3318);
        QCOMPARE(cs[1].computeSwitches, 2194);
        QCOMPARE(cs[0].gpus, 588LL * 72);
        QCOMPARE(cs[1].gpus, 385LL * 72);
        QCOMPARE(cs[0].tiers, 3);
        bool named = false;
        for (const NetworkSwitch& s : g.design.switches)
            named = named || s.name == "Cluster 2 Leaf 1";
        QVERIFY(named);
        QCOMPARE(g.design.settings.fabricTiers, 3);
    }

    void noLinkJoinsTwoClusters() {
        const Design& d = twoClusterCampus().design;
        std::unordered_map<ObjectId, std::string> clusterOfHall;
        for (const Hall& h : d.halls)
            clusterOfHall[h.id] = h.cluster;
        std::unordered_map<ObjectId, std::string> clusterOf; // racks and switches
        for (const Rack& r : d.racks)
            clusterOf[r.id] = clusterOfHall[r.hallId];
        for (const NetworkSwitch& s : d.switches)
            clusterOf[s.id] = clusterOfHall[s.hallId];
        long long crossing = 0;
        for (const NetworkLink& l : d.networkLinks)
            crossing += clusterOf[l.fromId] != clusterOf[l.toId] ? 1 : 0;
        QCOMPARE(crossing, 0LL);
    }

    void validationTreatsEachFabricOnItsOwn() {
        // The clusters are not linked on purpose: no island, hop or missing-uplink finding.
        const Design& d = twoClusterCampus().design;
        Validator v(Catalog::builtin());
        const ValidationResult r = v.validateAll(d);
        for (const Finding& f : r.findings)
            QVERIFY2(f.rule.rfind("network.", 0) != 0 || f.severity == Severity::Info,
                     (f.rule + ": " + f.message).c_str());
        QCOMPARE(r.errors, 0);

        // The same racks declared one cluster: the two fabrics are islands of one campus.
        Design one = d;
        for (Hall& h : one.halls)
            h.cluster.clear();
        const ValidationResult r1 = v.validateAll(one);
        int islands = 0;
        for (const Finding& f : r1.findings)
            islands += f.rule == "network.connectivity" ? 1 : 0;
        QCOMPARE(islands, 1);
    }

    void estimateCountsReplicasPerCluster() {
        // Replicas are counted per cluster (a replica never spans two fabrics). GB300 replicas
        // are whole NVL72 racks (72 GPUs) for every model of the library, and clusters hold
        // whole racks, so splitting 6 racks into clusters of 3 + 3 changes neither the GPU count
        // nor the tokens/s: 2 x 3 replicas = 6 replicas.
        FactoryTargets t;
        t.systemId = "gb300-nvl72";
        t.fabricSwitchId = "q3400";
        t.targetGpus = 6 * 72;
        Design d = generateFactory(t, Catalog::builtin()).design;
        QCOMPARE(d.racks.size(), std::size_t(6));
        Hall second = d.halls.front();
        second.id = d.allocateId();
        second.name = "Hall 2";
        second.cluster = "B";
        d.halls.front().cluster = "A";
        d.halls.push_back(second);
        for (std::size_t i = 3; i < d.racks.size(); ++i)
            d.racks[i].hallId = second.id;
        const FactoryEstimate split = estimateFactory(d, Catalog::builtin(), {});
        Design joined = d;
        joined.halls[1].cluster = "A";
        const FactoryEstimate one = estimateFactory(joined, Catalog::builtin(), {});
        QCOMPARE(split.gpus, 6 * 72);
        QCOMPARE(one.gpus, 6 * 72);
        QVERIFY(one.tokensPerSecond > 0);
        QCOMPARE(split.tokensPerSecond, one.tokensPerSecond);
    }

    void reportListsClusters() {
        // The network section has a clusters table when there are several, none for one.
        auto clustersTable = [](const Design& d) -> const report::Table* {
            static report::ReportDocument doc; // keeps the table alive for the caller
            doc = report::buildReport(d, Catalog::builtin(), report::ReportInputs{});
            for (const report::Section& s : doc.sections)
                if (s.id == "network")
                    for (const report::Block& b : s.blocks)
                        if (auto* t = std::get_if<report::Table>(&b);
                            t && t->caption.rfind("Clusters", 0) == 0)
                            return t;
            return nullptr;
        };
        Design d = twoClusterCampus().design;
        const report::Table* t = clustersTable(d);
        QVERIFY(t);
        QCOMPARE(t->rows.size(), std::size_t(2));
        // Cluster, halls, racks, GPUs, fabric tiers, compute switches (twoClusterCampusByHand).
        const std::vector<std::string> first{"Cluster 1", "3",
                                             "588",       display::formatNumber(42336.0),
                                             "3",         display::formatNumber(3318.0)};
        const std::vector<std::string> second{"Cluster 2", "2",
                                              "385",       display::formatNumber(27720.0),
                                              "3",         display::formatNumber(2194.0)};
        QVERIFY(t->rows[0] == first);
        QVERIFY(t->rows[1] == second);
        for (Hall& h : d.halls)
            h.cluster.clear();
        QVERIFY(!clustersTable(d));
    }

    void clusterNameChecks_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("named") << "Cluster 7"
                               << "";
        QTest::newRow("unnamed") << ""
                                 << "";
        QTest::newRow("leading space") << " A"
                                       << "halls id 1: cluster: ' A' starts or ends with a space";
        QTest::newRow("trailing space") << "A "
                                        << "halls id 1: cluster: 'A ' starts or ends with a space";
        QTest::newRow("control")
            << "A\x1b[31m"
            << "halls id 1: cluster: 'A\\x1b[31m' contains a control character";
    }

    void clusterNameChecks() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        Design d;
        Hall h;
        h.id = d.allocateId();
        h.name = "Hall 1";
        h.widthM = 10;
        h.depthM = 10;
        h.cluster = name.toStdString();
        d.halls.push_back(h);
        try {
            checkDesign(d, Catalog::builtin(), "");
            QVERIFY2(expected.isEmpty(), qPrintable(expected));
        } catch (const DesignCheckError& e) {
            QCOMPARE(QString::fromStdString(e.what()), expected);
        }
    }

    void clusterInJson() {
        // Version 4: a hall of a named cluster carries "cluster"; the unnamed one omits it; both
        // read back; an older document (no key) reads as the unnamed cluster.
        Design d = twoClusterCampus().design;
        const json::Value doc = designToJson(d);
        QCOMPARE(doc.find("version")->asNumber(), 4.0);
        const json::Value& hall = doc.find("halls")->asArray()[4];
        QCOMPARE(hall.find("cluster")->asString(), std::string("Cluster 2"));
        const Design back = designFromJson(doc, Catalog::builtin());
        QCOMPARE(back.halls[4].cluster, std::string("Cluster 2"));
        for (Hall& h : d.halls)
            h.cluster.clear();
        const json::Value plain = designToJson(d);
        QVERIFY(!plain.find("halls")->asArray()[0].find("cluster"));
    }
};

QTEST_GUILESS_MAIN(TestClusters)
#include "test_clusters.moc"
