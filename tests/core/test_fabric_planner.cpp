#include "core/generate/FabricPlanner.hpp"
#include <QTest>

using aifp::FabricPlan;
using aifp::FabricRequest;
using aifp::planFabric;

// Rows of NVIDIA's DGX SuperPOD reference architectures (reference-data.md 4.2) and the fat-tree
// formulas (4.3), reproduced by planFabric.
class TestFabricPlanner : public QObject {
    Q_OBJECT
private slots:
    void referenceArchitectures_data() {
        QTest::addColumn<int>("endpoints");
        QTest::addColumn<int>("radix");
        QTest::addColumn<int>("extraPorts");
        QTest::addColumn<int>("perUnit");
        QTest::addColumn<int>("tiers");
        QTest::addColumn<int>("leaves");
        QTest::addColumn<int>("spines");
        QTest::addColumn<int>("cores");
        QTest::addColumn<qlonglong>("endpointLinks");
        QTest::addColumn<qlonglong>("leafSpineLinks");
        QTest::addColumn<qlonglong>("spineCoreLinks");
        // 4.3: k = 144 two tiers serve k^2/2 = 10,368 hosts with k = 144 leaves and k/2 = 72
        // spines (also the B300-XDR 18 SU row: 1,296 nodes x 8 = 10,368).
        QTest::newRow("2-tier radix 144 max")
            << 10368 << 144 << 0 << 0 << 2 << 144 << 72 << 0 << 10368LL << 10368LL << 0LL;
        // B300-XDR 1 SU: 72 nodes x 8 = 576 GPUs; 576 / 72 down = 8 leaves; 8 x 72 up = 576
        // cables over 144-port spines = 4 spines (4 divides 72).
        QTest::newRow("B300-XDR 1 SU")
            << 576 << 144 << 0 << 576 << 2 << 8 << 4 << 0 << 576LL << 576LL << 0LL;
        // B300-XDR 8 SU: 64 leaves x 72 = 4,608 up-links need >= 32 spines; 32 does not divide
        // 72 (no equal cabling), the next divisor is 36 -> the RA's 36 spines.
        QTest::newRow("B300-XDR 8 SU")
            << 4608 << 144 << 0 << 576 << 2 << 64 << 36 << 0 << 4608LL << 4608LL << 0LL;
        // B300-XDR 18 SU: 144 leaves, 72 spines, 10,368 cables per tier.
        QTest::newRow("B300-XDR 18 SU")
            << 10368 << 144 << 0 << 576 << 2 << 144 << 72 << 0 << 10368LL << 10368LL << 0LL;
        // B300 busbar 1 SU (64 nodes, QM9700-class 64 ports): 512 / 32 = 16 leaves; 512 / 64 = 8.
        QTest::newRow("B300 1 SU")
            << 512 << 64 << 0 << 512 << 2 << 16 << 8 << 0 << 512LL << 512LL << 0LL;
        // B200 2 SU (32 nodes x 8 = 256 per SU): 16 leaves, 8 spines, 512 / 512 cables.
        QTest::newRow("B200 2 SU")
            << 512 << 64 << 0 << 256 << 2 << 16 << 8 << 0 << 512LL << 512LL << 0LL;
        // B200 8 SU: 2,048 GPUs = k^2/2 for k = 64: 64 leaves, 32 spines.
        QTest::newRow("B200 8 SU")
            << 2048 << 64 << 0 << 256 << 2 << 64 << 32 << 0 << 2048LL << 2048LL << 0LL;
        // B200 16 SU: 128 leaves > 64 -> 3 tiers; pods of 32 leaves (4 pods); spines =
        // 128 x 32 / 32 = 128; cores = 32 groups x ceil(4 x 32 / 64) = 64; 4,096 per tier.
        QTest::newRow("B200 16 SU")
            << 4096 << 64 << 0 << 256 << 3 << 128 << 128 << 64 << 4096LL << 4096LL << 4096LL;
        // B200 64 SU: 512 leaves, 16 pods, 512 spines, 32 x 8 = 256 cores, 16,384 per tier.
        QTest::newRow("B200 64 SU")
            << 16384 << 64 << 0 << 256 << 3 << 512 << 512 << 256 << 16384LL << 16384LL << 16384LL;
        // H100 1 SU: 31 nodes (248 GPUs) + 4 UFM ports = 252 node-leaf cables; the SU's 8 leaves
        // install all 8 x 32 = 256 up-links; 256 / 64 = 4 spines.
        QTest::newRow("H100 1 SU")
            << 248 << 64 << 4 << 256 << 2 << 8 << 4 << 0 << 252LL << 256LL << 0LL;
        // H100 2 SU: 63 nodes = 504 GPUs + 4 UFM = 508; 16 leaves, 8 spines, 512 up-links.
        QTest::newRow("H100 2 SU")
            << 504 << 64 << 4 << 256 << 2 << 16 << 8 << 0 << 508LL << 512LL << 0LL;
        // H100 4 SU: 127 nodes = 1,016 + 4 = 1,020; 32 leaves, 16 spines, 1,024 up-links.
        QTest::newRow("H100 4 SU")
            << 1016 << 64 << 4 << 256 << 2 << 32 << 16 << 0 << 1020LL << 1024LL << 0LL;
    }
    void referenceArchitectures() {
        QFETCH(int, endpoints);
        QFETCH(int, radix);
        QFETCH(int, extraPorts);
        QFETCH(int, perUnit);
        QFETCH(int, tiers);
        QFETCH(int, leaves);
        QFETCH(int, spines);
        QFETCH(int, cores);
        QFETCH(qlonglong, endpointLinks);
        QFETCH(qlonglong, leafSpineLinks);
        QFETCH(qlonglong, spineCoreLinks);
        FabricRequest r;
        r.endpoints = endpoints;
        r.radix = radix;
        r.extraLeafPorts = extraPorts;
        r.endpointsPerUnit = perUnit;
        const FabricPlan p = planFabric(r);
        QCOMPARE(p.tiers, tiers);
        QCOMPARE(p.leaves, leaves);
        QCOMPARE(p.spines, spines);
        QCOMPARE(p.cores, cores);
        QCOMPARE(p.endpointLinks, endpointLinks);
        QCOMPARE(p.leafSpineLinks, leafSpineLinks);
        QCOMPARE(p.spineCoreLinks, spineCoreLinks);
    }

    void tierBoundary_data() {
        QTest::addColumn<int>("endpoints");
        QTest::addColumn<int>("radix");
        QTest::addColumn<int>("tiers");
        // k^2/2 = 2,048 for k = 64 is the last 2-tier size; one more endpoint needs 65 leaves.
        QTest::newRow("k64 at k^2/2") << 2048 << 64 << 2;
        QTest::newRow("k64 above k^2/2") << 2049 << 64 << 3;
        // k^3/4 = 65,536 for k = 64 is the 3-tier maximum.
        QTest::newRow("k64 at k^3/4") << 65536 << 64 << 3;
        QTest::newRow("k144 above k^2/2") << 10369 << 144 << 3;
    }
    void tierBoundary() {
        QFETCH(int, endpoints);
        QFETCH(int, radix);
        QFETCH(int, tiers);
        FabricRequest r;
        r.endpoints = endpoints;
        r.radix = radix;
        QCOMPARE(planFabric(r).tiers, tiers);
    }

    void oversubscription() {
        // 2:1 on k = 144: up = floor(144 / 3) = 48, down = 96; 9,600 endpoints -> 100 leaves,
        // 4,800 up-links -> >= 34 spines -> next divisor of 48 is 48.
        FabricRequest r;
        r.endpoints = 9600;
        r.radix = 144;
        r.oversubscription = 2.0;
        const FabricPlan p = planFabric(r);
        QCOMPARE(p.leafDownPorts, 96);
        QCOMPARE(p.leafUpPorts, 48);
        QCOMPARE(p.leaves, 100);
        QCOMPARE(p.spines, 48);
        QCOMPARE(p.leafSpineLinks, 4800LL);
    }

    void rejectsBadInput_data() {
        QTest::addColumn<int>("endpoints");
        QTest::addColumn<int>("radix");
        QTest::addColumn<double>("oversub");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no endpoints") << 0 << 64 << 1.0 << "endpoints must be positive";
        QTest::newRow("odd radix") << 100 << 63 << 1.0 << "radix";
        QTest::newRow("oversub below 1") << 100 << 64 << 0.5 << "oversubscription";
        // k^3/4 + 1 endpoints do not fit 3 tiers of radix 64.
        QTest::newRow("beyond 3 tiers") << 65537 << 64 << 1.0 << "3-tier fat tree";
    }
    void rejectsBadInput() {
        QFETCH(int, endpoints);
        QFETCH(int, radix);
        QFETCH(double, oversub);
        QFETCH(QString, needle);
        FabricRequest r;
        r.endpoints = endpoints;
        r.radix = radix;
        r.oversubscription = oversub;
        try {
            planFabric(r);
            QFAIL("expected FabricPlanError");
        } catch (const aifp::FabricPlanError& e) {
            QVERIFY2(QString(e.what()).contains(needle), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestFabricPlanner)
#include "test_fabric_planner.moc"
