// The DXF hall plans (core/export/HallPlanDxf) read back by dxflib, a DXF reader that is not
// ours (Debian libdxflib-dev, the reader of LibreCAD and QCAD): the layers exist, each layer
// holds the entities the design says, and a rack's corners are where the project puts it.
#include "core/catalog/Catalog.hpp"
#include "core/export/HallPlanDxf.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/io/ProjectFile.hpp"
#include <QTest>
#include <clocale>
#include <dl_creationadapter.h>
#include <dl_dxf.h>
#include <map>
#include <set>
#include <sstream>

using namespace aifp;

namespace {

struct PlanReader : DL_CreationAdapter {
    std::set<std::string> layers;
    std::map<std::string, int> polylines, texts; // by layer
    std::vector<std::vector<std::pair<double, double>>> rackOutlines;
    std::vector<std::string> labels;
    std::string current;
    bool closedPolyline = true;

    void addLayer(const DL_LayerData& d) override { layers.insert(d.name); }
    void addPolyline(const DL_PolylineData& d) override {
        current = getAttributes().getLayer();
        ++polylines[current];
        if (current == "RACKS") {
            rackOutlines.emplace_back();
            closedPolyline = closedPolyline && (d.flags & 1);
        }
    }
    void addVertex(const DL_VertexData& d) override {
        if (current == "RACKS")
            rackOutlines.back().push_back({d.x, d.y});
    }
    void addText(const DL_TextData& d) override {
        ++texts[getAttributes().getLayer()];
        labels.push_back(d.text);
    }
};

PlanReader readBack(const std::string& dxf) {
    PlanReader r;
    std::istringstream in(dxf);
    DL_Dxf reader;
    if (!reader.in(in, &r))
        r.layers.clear();
    return r;
}

} // namespace

class TestExchangeDxf : public QObject {
    Q_OBJECT
private slots:
    void sampleHallReadsBack() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-gb300-hall.aifp");
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        const PlanReader r = readBack(exchange::hallPlansDxf(d, catalog));
        for (const char* layer : exchange::kDxfLayers)
            QVERIFY2(r.layers.count(layer), layer);
        // One closed outline per hall, per rack, per row with racks, per network rack.
        QCOMPARE(r.polylines.at("HALLS"), 1);
        QCOMPARE(r.polylines.at("RACKS"), 48);
        QVERIFY(r.closedPolyline);
        QCOMPARE(r.polylines.at("ROWS"), static_cast<int>(d.rows.size()));
        QCOMPARE(r.polylines.at("NETWORK"), 11); // 165 switches at 11 floor points
        // Power: everything but the rack shelves (inside their racks), split by where it stands.
        int inHallPower = 0, yard = 0, inHallCooling = 0;
        for (const PowerNode& n : d.powerNodes)
            if (n.kind != PowerNodeKind::RackPowerShelf)
                ++(n.hallId == kNoId ? yard : inHallPower);
        for (const CoolingNode& n : d.coolingNodes)
            ++(n.hallId == kNoId ? yard : inHallCooling);
        QCOMPARE(r.polylines.count("POWER") ? r.polylines.at("POWER") : 0, inHallPower);
        QCOMPARE(r.polylines.count("COOLING") ? r.polylines.at("COOLING") : 0, inHallCooling);
        QCOMPARE(r.polylines.count("OUTDOOR") ? r.polylines.at("OUTDOOR") : 0, yard);
        QVERIFY(yard > 0 && inHallPower > 0);
        // Labels: every hall, rack, row and network rack, and each yard unit, on LABELS only.
        QCOMPARE(r.texts.size(), std::size_t(1));
        QCOMPARE(r.texts.at("LABELS"), static_cast<int>(1 + 48 + d.rows.size() + 11) + yard);
        QVERIFY(std::find(r.labels.begin(), r.labels.end(), "R1") != r.labels.end());
        // Rack R1: centre (24.5, 39.8) m, GB300 NVL72 footprint 0.6 x 1.2 m, rotation 0: the
        // corners are 24.5 -/+ 0.3 and 39.8 -/+ 0.6, in metres.
        const SystemSpec s = systemSpec(catalog, "gb300-nvl72");
        QCOMPARE(s.footprintWidthM, 0.6);
        QCOMPARE(s.footprintDepthM, 1.2);
        const auto& first = r.rackOutlines.at(0);
        QCOMPARE(first.size(), std::size_t(4));
        const std::vector<std::pair<double, double>> expected = {
            {24.2, 39.2}, {24.8, 39.2}, {24.8, 40.4}, {24.2, 40.4}};
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY(std::abs(first[i].first - expected[i].first) < 1e-9);
            QVERIFY(std::abs(first[i].second - expected[i].second) < 1e-9);
        }
    }

    // A rack turned by 90 degrees lies across; names outside ASCII survive as \U+ escapes.
    void rotationAndNames() {
        Design d;
        Hall h;
        h.id = 1;
        h.name = "Sala Ñ";
        h.widthM = 10;
        h.depthM = 8;
        d.halls.push_back(h);
        Rack r;
        r.id = 2;
        r.hallId = 1;
        r.name = "R1";
        r.catalogId = "gb300-nvl72";
        r.centerM = {5, 4, 0};
        r.rotationDeg = 90;
        d.racks.push_back(r);
        const PlanReader back = readBack(exchange::hallPlansDxf(d, Catalog::builtin()));
        const auto& o = back.rackOutlines.at(0);
        double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
        for (const auto& [x, y] : o) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
        QVERIFY(std::abs((maxX - minX) - 1.2) < 1e-9); // depth now along x
        QVERIFY(std::abs((maxY - minY) - 0.6) < 1e-9);
        QVERIFY(std::find(back.labels.begin(), back.labels.end(), "Sala \\U+00D1") !=
                back.labels.end());
    }

    // Numbers in the file never follow the process locale.
    void localeIndependent() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-1mw.aifp");
        const std::string before = exchange::hallPlansDxf(d, Catalog::builtin());
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
            QSKIP("de_DE.UTF-8 not generated on this machine");
        const std::string after = exchange::hallPlansDxf(d, Catalog::builtin());
        std::setlocale(LC_ALL, "C");
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestExchangeDxf)
#include "test_exchange_dxf.moc"
