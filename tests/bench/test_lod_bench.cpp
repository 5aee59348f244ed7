// Benchmark: orbit frame times of the 3D view on the gigawatt reference campus (548k network
// links), with the network links' level of detail off (bundles at every distance, as before
// the level of detail) and on (single links when the view is close). Prints
// "bench: lod <view> <lod off|on> mean frame <ms> ms, <lines> network lines"; never fails on
// timing, only when orbiting renders no frames or the level of detail does not switch.
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QByteArray>
#include <QGuiApplication>
#include <QTest>
#include <cstdio>

using namespace aifp;
using namespace aifp::ui;

class TestLodBench : public QObject {
    Q_OBJECT
private slots:
    void orbitFrameTimes() {
        if (qEnvironmentVariableIsEmpty("DISPLAY") || QGuiApplication::platformName() != "xcb")
            QSKIP("DISPLAY is not set: the VTK viewport needs an X server (run under xvfb-run)");
        const FactoryTargets t = bench::gigawattReferenceTargets();
        const Design design = generateFactory(t, Catalog::builtin()).design;
        ViewportWidget v;
        v.resize(1024, 768);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.setDesign(&design, &Catalog::builtin());
        const Rack& middle = design.racks[design.racks.size() / 2];

        auto measure = [&](const char* view, bool lod) {
            v.setNetworkDetailEnabled(lod);
            v.viewIsometric();
            if (QByteArray(view) == "near") {
                v.setSelection({middle.id});
                v.fitSelection();
            }
            (void)v.grabFramebuffer(); // the first frame uploads the buffers
            constexpr int kFrames = 4;
            double sumMs = 0.0;
            int rendered = 0;
            for (int i = 0; i < kFrames; ++i) {
                v.orbit(3.0, i % 2 ? 0.5 : -0.5);
                const double before = v.lastFrameMs();
                (void)v.grabFramebuffer(); // paintGL now, not coalesced
                rendered += v.lastFrameMs() != before ? 1 : 0;
                sumMs += v.lastFrameMs();
            }
            QVERIFY2(rendered >= kFrames - 1, "orbiting did not render new frames");
            std::printf("bench: lod %s %s mean frame %.1f ms, %zu network lines (%zu links), "
                        "view %.0f m, 1024x768, peak RSS %.0f MB\n",
                        view, lod ? "on" : "off", sumMs / kFrames, v.networkLinesDrawn(),
                        design.networkLinks.size(), v.visibleSpanM(), aifp::bench::peakRssMb());
            std::fflush(stdout);
        };
        measure("far", false);
        QVERIFY(!v.networkDetailShown());
        measure("far", true);
        QVERIFY(!v.networkDetailShown());
        measure("near", false);
        QVERIFY(!v.networkDetailShown());
        measure("near", true);
        QVERIFY(v.networkDetailShown());
    }
};

QTEST_MAIN(TestLodBench)
#include "test_lod_bench.moc"
