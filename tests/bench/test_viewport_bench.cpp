// Viewport benchmark: frame times and memory for a large design built in code (7,500 GB300
// racks in five halls with busways, CDUs, pipes and a two-tier fabric). Prints figures; asserts
// only that the scene was built and drawn. Needs an X display (run under xvfb-run).
#include "ProcessUsage.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPoint>
#include <QTest>

using namespace aifp;
using aifp::ui::ViewportWidget;

namespace {

using aifp::bench::peakRssMb;

// Five halls of 30 rows x 50 racks. Per row: a busway over the row, one in-row CDU with a pipe
// along the row. Per hall: 8 rail leaves and 4 spines; every rack links to the 8 leaves
// (count 9 links each: 72 GPUs / 8 rails), every leaf to every spine.
Design largeDesign(int halls, int rowsPerHall, int racksPerRow) {
    Design d;
    for (int hIndex = 0; hIndex < halls; ++hIndex) {
        Hall h;
        h.id = d.allocateId();
        h.name = "Hall " + std::to_string(hIndex + 1);
        h.originXM = hIndex * 50.0;
        h.widthM = 45.0; // 50 racks x 0.6 m + CDU and margins
        h.depthM = 3.6 * rowsPerHall / 2 * 2 + 10.0;
        d.halls.push_back(h);
        std::vector<ObjectId> leaves;
        for (int s = 0; s < 12; ++s) {
            NetworkSwitch sw;
            sw.id = d.allocateId();
            sw.name = h.name + (s < 8 ? " leaf " : " spine ") + std::to_string(s + 1);
            sw.catalogId = "q3400";
            sw.tier = s < 8 ? 1 : 2;
            sw.hallId = h.id;
            sw.portCount = 144;
            sw.portSpeedGbps = 800;
            sw.positionM = {h.originXM + 37.0 + 0.6 * (s % 8), h.depthM - 2.0 - 1.6 * (s / 8), 0};
            d.switches.push_back(sw);
            if (sw.tier == 1)
                leaves.push_back(sw.id);
            else
                for (ObjectId leaf : leaves) {
                    NetworkLink l;
                    l.id = d.allocateId();
                    l.fromId = leaf;
                    l.toId = sw.id;
                    l.count = 36;
                    d.networkLinks.push_back(l);
                }
        }
        for (int rIndex = 0; rIndex < rowsPerHall; ++rIndex) {
            Row row;
            row.id = d.allocateId();
            row.hallId = h.id;
            row.name = std::to_string(rIndex + 1);
            row.rotationDeg = rIndex % 2 ? 0.0 : 180.0;
            d.rows.push_back(row);
            const double y = 4.0 + 3.0 * rIndex;
            for (int k = 0; k < racksPerRow; ++k) {
                Rack r;
                r.id = d.allocateId();
                r.hallId = h.id;
                r.rowId = row.id;
                r.name = h.name + "-" + row.name + "-" + std::to_string(k + 1);
                r.catalogId = "gb300-nvl72";
                r.centerM = {h.originXM + 2.3 + 0.6 * k, y, 0};
                r.rotationDeg = row.rotationDeg;
                d.racks.push_back(r);
                for (ObjectId leaf : leaves) {
                    NetworkLink l;
                    l.id = d.allocateId();
                    l.fromId = r.id;
                    l.toId = leaf;
                    l.count = 9;
                    d.networkLinks.push_back(l);
                }
            }
            PowerNode bus;
            bus.id = d.allocateId();
            bus.kind = PowerNodeKind::Busway;
            bus.hallId = h.id;
            bus.routeM = {{h.originXM + 2.0, y, 2.8},
                          {h.originXM + 2.6 + 0.6 * racksPerRow, y, 2.8}};
            d.powerNodes.push_back(bus);
            CoolingNode cdu;
            cdu.id = d.allocateId();
            cdu.kind = CoolingNodeKind::Cdu;
            cdu.hallId = h.id;
            cdu.positionM = {h.originXM + 3.5 + 0.6 * racksPerRow, y, 0};
            d.coolingNodes.push_back(cdu);
            Pipe p;
            p.id = d.allocateId();
            p.fromId = cdu.id;
            p.toId = d.racks.back().id;
            p.innerDiameterMm = 100;
            p.routeM = {{cdu.positionM.xM, y + 1.5, 3.2}, {h.originXM + 2.0, y + 1.5, 3.2}};
            d.pipes.push_back(p);
        }
    }
    return d;
}

} // namespace

class TestViewportBench : public QObject {
    Q_OBJECT
private slots:
    void frameTimes();
};

void TestViewportBench::frameTimes() {
    if (qEnvironmentVariableIsEmpty("DISPLAY") || QGuiApplication::platformName() != "xcb")
        QSKIP("DISPLAY is not set: the VTK viewport needs an X server (run under xvfb-run)");
    const Design design = largeDesign(5, 30, 50);
    const Catalog& catalog = Catalog::builtin();
    ViewportWidget v;
    v.resize(1024, 768);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));

    QElapsedTimer timer;
    timer.start();
    v.setDesign(&design, &catalog);
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    v.viewIsometric();
    v.repaint(); // paintGL now: the first frame uploads every instance buffer
    const double firstMs = v.lastFrameMs();
    QVERIFY(firstMs > 0.0);

    constexpr int kFrames = 20;
    double sumMs = 0.0;
    int framesRendered = 0;
    for (int i = 0; i < kFrames; ++i) {
        v.orbit(3.0, i % 2 ? 0.5 : -0.5);
        // grabFramebuffer() runs paintGL synchronously; repaint() may be coalesced by the
        // backing store, which would re-count the previous frame's time.
        const double before = v.lastFrameMs();
        (void)v.grabFramebuffer();
        framesRendered += v.lastFrameMs() != before ? 1 : 0;
        sumMs += v.lastFrameMs();
    }
    QVERIFY2(framesRendered >= kFrames - 1, "orbiting did not render new frames");
    const double meanMs = sumMs / kFrames;
    // Picking across the whole site: time 100 picks over a diagonal of the view.
    timer.restart();
    int hits = 0;
    for (int i = 0; i < 100; ++i)
        hits += v.pickObject(QPoint(100 + 8 * i, 100 + 5 * i)) != kNoId ? 1 : 0;
    const double pickUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / 100;
    std::printf("bench: viewport first frame %.1f ms, mean frame %.1f ms, racks %zu, peak RSS "
                "%.0f MB\n",
                firstMs, meanMs, design.racks.size(), peakRssMb());
    std::printf("bench: viewport scene build %.1f ms, pick %.1f us (%d of 100 hit), 1024x768\n",
                buildMs, pickUs, hits);
    QVERIFY(hits > 0);
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ViewportWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestViewportBench test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_viewport_bench.moc"
