// Benchmark: save/open/export/import of a gigawatt-campus-sized design (reference sizes from the
// brief: ~7,500 racks, ~70,000 network link bundles, thousands of power and cooling nodes).
// Prints the figures; asserts only correctness (the round trip), never timings.
#include "ProcessUsage.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/ProjectFile.hpp"
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sstream>
#include <sys/resource.h>

using namespace aifp;

namespace {

using aifp::bench::peakRssMb;

// A synthetic campus: 20 halls x 375 racks = 7,500 racks; per rack two power taps and one pipe;
// per hall a CDU row, busways and leaves; 70,000 link bundles (rack-leaf and leaf-spine).
Design campus() {
    Design d;
    d.site.name = "Benchmark campus";
    std::vector<ObjectId> spines;
    for (int s = 0; s < 64; ++s) {
        NetworkSwitch sw;
        sw.id = d.allocateId();
        sw.name = "Spine " + std::to_string(s);
        sw.catalogId = "q3400";
        sw.tier = 2;
        sw.portCount = 144;
        sw.portSpeedGbps = 800;
        d.switches.push_back(sw);
        spines.push_back(sw.id);
    }
    PowerNode feed;
    feed.id = d.allocateId();
    feed.kind = PowerNodeKind::UtilityFeed;
    feed.name = "Grid";
    d.powerNodes.push_back(feed);
    for (int h = 0; h < 20; ++h) {
        Hall hall;
        hall.id = d.allocateId();
        hall.name = "Hall " + std::to_string(h);
        hall.originXM = 120.0 * h;
        hall.widthM = 100;
        hall.depthM = 80;
        d.halls.push_back(hall);
        std::vector<ObjectId> leaves;
        for (int l = 0; l < 32; ++l) {
            NetworkSwitch sw;
            sw.id = d.allocateId();
            sw.name = "H" + std::to_string(h) + " leaf " + std::to_string(l);
            sw.catalogId = "q3400";
            sw.tier = 1;
            sw.rail = l % 8;
            sw.hallId = hall.id;
            sw.positionM = {hall.originXM + 95, 2.0 * l, 2};
            d.switches.push_back(sw);
            leaves.push_back(sw.id);
            for (ObjectId spine : spines)
                if ((spine + sw.id) % 8 == 0)
                    d.networkLinks.push_back(
                        {d.allocateId(), sw.id, spine, 36, 800, 150.5, LinkMedium::SingleMode});
        }
        std::vector<ObjectId> busways;
        for (int b = 0; b < 100; ++b) {
            PowerNode n;
            n.id = d.allocateId();
            n.kind = b % 4 == 0 ? PowerNodeKind::Transformer : PowerNodeKind::Busway;
            n.name = "H" + std::to_string(h) + " P" + std::to_string(b);
            n.hallId = hall.id;
            n.ratingKva = 1000;
            n.path = b % 2 ? "A" : "B";
            n.routeM = {{hall.originXM, 0.8 * b, 3}, {hall.originXM + 90, 0.8 * b, 3}};
            d.powerNodes.push_back(n);
            busways.push_back(n.id);
            d.powerLinks.push_back(
                {d.allocateId(), feed.id, n.id, PowerLinkKind::Cable, 0, {}, 400});
        }
        std::vector<ObjectId> cdus;
        for (int c = 0; c < 60; ++c) {
            CoolingNode n;
            n.id = d.allocateId();
            n.kind = c % 10 == 0 ? CoolingNodeKind::Chiller : CoolingNodeKind::Cdu;
            n.name = "H" + std::to_string(h) + " C" + std::to_string(c);
            n.hallId = hall.id;
            n.capacityKw = 1368;
            d.coolingNodes.push_back(n);
            cdus.push_back(n.id);
        }
        for (int r = 0; r < 375; ++r) {
            Rack rack;
            rack.id = d.allocateId();
            rack.hallId = hall.id;
            rack.name = "H" + std::to_string(h) + "-R" + std::to_string(r);
            rack.catalogId = "gb300-nvl72";
            rack.centerM = {hall.originXM + 0.6 * (r % 100) + 0.3, 1.2 * (r / 100) + 0.6, 0};
            d.racks.push_back(rack);
            d.powerLinks.push_back(
                {d.allocateId(), busways[r % 100], rack.id, PowerLinkKind::Tap, 0, {}, 2.5});
            d.powerLinks.push_back(
                {d.allocateId(), busways[(r + 1) % 100], rack.id, PowerLinkKind::Tap, 0, {}, 2.5});
            d.pipes.push_back({d.allocateId(),
                               cdus[r % 60],
                               rack.id,
                               CoolantLoop::Technology,
                               {{0, 0, 0}, {1, 2, 0}, {3, 4, 0.5}},
                               40,
                               8.25,
                               0.045});
            for (int k = 0; k < 9; ++k) // 8 rails + 1 storage link per rack
                d.networkLinks.push_back({d.allocateId(), rack.id, leaves[(r / 12 * 8 + k) % 32],
                                          18, 800, 30.25, LinkMedium::Multimode});
        }
    }
    return d;
}

double ms(const QElapsedTimer& t) {
    return t.nsecsElapsed() / 1e6;
}

} // namespace

class BenchProjectFile : public QObject {
    Q_OBJECT

private slots:
    void gigawattCampus() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Design d = campus();
        std::printf("design: %zu racks, %zu network link bundles, %zu power nodes, %zu power "
                    "links, %zu cooling nodes, %zu pipes, %zu switches\n",
                    d.racks.size(), d.networkLinks.size(), d.powerNodes.size(), d.powerLinks.size(),
                    d.coolingNodes.size(), d.pipes.size(), d.switches.size());
        const std::string path = dir.filePath("campus.aifp").toStdString();
        QElapsedTimer t;
        t.start();
        saveProject(d, path);
        const double saveMs = ms(t);
        t.restart();
        const Design loaded = openProject(path);
        const double openMs = ms(t);
        QVERIFY(loaded == d);
        t.restart();
        std::ostringstream out;
        writeDesignJson(d, out);
        const std::string text = out.str();
        const double exportMs = ms(t);
        t.restart();
        const Design imported = readDesignJson(text, Catalog::builtin());
        const double importMs = ms(t);
        QVERIFY(imported == d);
        const double rss = peakRssMb();
        std::printf("bench: synthetic campus file size %.1f MB\n",
                    QFileInfo(QString::fromStdString(path)).size() / 1e6);
        std::printf("bench: synthetic campus save %.0f ms, peak RSS %.1f MB (goal < 1500)\n",
                    saveMs, rss);
        std::printf("bench: synthetic campus open %.0f ms, peak RSS %.1f MB (goal < 1000)\n",
                    openMs, rss);
        std::printf("bench: synthetic campus json size %.1f MB\n", text.size() / 1e6);
        std::printf("bench: synthetic campus json export %.0f ms, peak RSS %.1f MB\n", exportMs,
                    rss);
        std::printf("bench: synthetic campus json import %.0f ms, peak RSS %.1f MB\n", importMs,
                    rss);
    }
};

QTEST_APPLESS_MAIN(BenchProjectFile)
#include "test_bench_project_file.moc"
