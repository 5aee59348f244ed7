// Benchmark (issue 15): orbit frame times of the 3D view on the generator's own designs, the way
// a user orbits a whole campus: `viewport_frame_10k` on 10,000 GB300 NVL72 racks
// (`aifp-cli new --target-gpus 720000`), `viewport_frame_1gw` on the gigawatt reference campus
// (`aifp-cli new --target-mw 1000`) and `viewport_frame_5mw` on a 5 MW site (27 racks). The view
// is fitted isometric (the whole campus on screen, as after opening a file) at 1366x768, then
// orbited frame by frame by a left-button drag (frames drawn while the camera moves: interactive
// quality, no FXAA, boxes under 4 px drawn as points, far line ends on a 4 px grid). Printed per
// step: the median and mean frame (VTK render with glFinish, the widget's own timer), the process
// CPU per frame (Mesa's llvmpipe draws on threads of this process), peak RSS, and the floor
// measured in the same run: the same widget drawing an empty design; then the same orbit at full
// quality (the camera still between frames) with its floor, the full-quality frame after the drag,
// and the drag's first frame (which makes the interactive detail). Goals (issue 15, idle 2-core
// machine): < 60 ms at 10k racks, < 100 ms at 1 GW. A loaded machine stretches frames, so timings
// are printed, not checked; the test fails when orbiting renders no new frames or the scene is
// empty. AIFP_BENCH_LAYERS=1 adds the frame with each view layer hidden in turn (the profile);
// AIFP_BENCH_SHOT=PREFIX saves each design's last orbit frame as PREFIX<step>.png and its last drag
// frame as PREFIX<step>-drag.png (to compare the picture of two builds).
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QSize>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace aifp;
using namespace aifp::ui;

namespace {

struct FrameFigures {
    double medianMs = 0.0;
    double meanMs = 0.0;
    double cpuMsPerFrame = 0.0;
    int rendered = 0;
    double settleMs = 0.0;       // the full-quality frame after a drag
    double firstDragMs = 0.0;    // the drag's first frame (makes the interactive detail)
    bool dragMoved = false;      // the drag counted as moving the camera
    bool releaseStopped = false; // and its release as stopping it
};

constexpr int kFrames = 12;
const QSize kViewSize(1366, 768);

// How the camera turns between frames: by orbit() with the camera still between frames (full
// quality), or by a left-button drag across the view, as the user orbits (frames drawn while
// the camera moves, at interactive quality: no FXAA).
enum class Orbit { Still, Drag };

void sendDragMove(ViewportWidget& v, QPoint pos) {
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), v.mapToGlobal(QPointF(pos)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&v, &move);
}

// Orbits the fitted isometric view kFrames times, forcing a paint each time (grabFramebuffer),
// and reads the widget's own frame timer.
FrameFigures orbitFrames(ViewportWidget& v, Orbit how = Orbit::Still, const char* shot = nullptr) {
    v.viewIsometric();
    (void)v.grabFramebuffer(); // the first frame uploads the buffers: not an orbit frame
    std::vector<double> frames;
    FrameFigures f;
    const QPoint centre(v.width() / 2, v.height() / 2);
    QPoint at = centre;
    if (how == Orbit::Drag) {
        QTest::mousePress(&v, Qt::LeftButton, Qt::NoModifier, at);
        at += QPoint(2, 0); // the drag's first move: drops FXAA, makes the interactive detail
        sendDragMove(v, at);
        (void)v.grabFramebuffer();
        f.firstDragMs = v.lastFrameMs();
        f.dragMoved = v.cameraMoving();
    }
    const double cpu0 = bench::cpuSeconds();
    for (int i = 0; i < kFrames; ++i) {
        const double before = v.lastFrameMs();
        if (how == Orbit::Drag) {
            // 3 degrees of azimuth (180 across the view) and half a degree of tilt, as orbit()
            at += QPoint(-v.width() / 60, (i % 2 ? 1 : -1) * v.height() / 180);
            sendDragMove(v, at);
        } else {
            v.orbit(3.0, i % 2 ? 0.5 : -0.5);
        }
        (void)v.grabFramebuffer();
        if (v.lastFrameMs() != before)
            ++f.rendered;
        frames.push_back(v.lastFrameMs());
    }
    f.cpuMsPerFrame = (bench::cpuSeconds() - cpu0) * 1e3 / kFrames;
    if (shot) // the last frame drawn while the camera moved
        v.grabFramebuffer().save(shot);
    if (how == Orbit::Drag) {
        QTest::mouseRelease(&v, Qt::LeftButton, Qt::NoModifier, at);
        f.releaseStopped = !v.cameraMoving();
        (void)v.grabFramebuffer(); // the full-quality frame after the drag
        f.settleMs = v.lastFrameMs();
    }
    std::sort(frames.begin(), frames.end());
    f.medianMs = frames[frames.size() / 2];
    double sum = 0.0;
    for (double ms : frames)
        sum += ms;
    f.meanMs = sum / static_cast<double>(frames.size());
    return f;
}

void measure(const char* step, const Design& design, double goalMs) {
    ViewportWidget v;
    v.resize(kViewSize);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));

    // Floor: the same widget, same size and camera moves, with nothing to draw.
    const Design empty;
    v.setDesign(&empty, &Catalog::builtin());
    const FrameFigures floor = orbitFrames(v, Orbit::Drag);
    const FrameFigures stillFloor = orbitFrames(v);

    v.setDesign(&design, &Catalog::builtin());
    v.fitAll();
    const QString dragShot = qEnvironmentVariable("AIFP_BENCH_SHOT") + step + "-drag.png";
    const FrameFigures f =
        orbitFrames(v, Orbit::Drag,
                    qEnvironmentVariableIsSet("AIFP_BENCH_SHOT") ? qPrintable(dragShot) : nullptr);
    QVERIFY2(f.rendered >= kFrames - 1, "orbiting did not render new frames");
    QVERIFY2(f.dragMoved && f.releaseStopped, "a drag did not draw at interactive quality");
    const FrameFigures still = orbitFrames(v);
    if (qEnvironmentVariableIsSet("AIFP_BENCH_SHOT"))
        v.grabFramebuffer().save(qEnvironmentVariable("AIFP_BENCH_SHOT") + step + ".png");
    QVERIFY2(still.rendered >= kFrames - 1, "orbiting did not render new frames");
    QVERIFY(!v.sceneRectOnScreen().isEmpty());

    // The step: orbit frames drawn while the user drags (what orbiting feels like); then the same
    // orbit with the camera still between frames (full quality, FXAA on), and the full-quality
    // frame drawn when the drag ends.
    std::printf(
        "bench: %s %.4f s, peak RSS %.0f MB, cpu %.4f s per frame, floor %.4f s, cpu "
        "%.4f s (empty scene, same widget), ratio %.1f x, goal < %.3f s: %s; mean %.1f ms, "
        "%zu racks, %zu link bundles, %dx%d, load average %.1f\n",
        step, f.medianMs / 1e3, bench::peakRssMb(), f.cpuMsPerFrame / 1e3, floor.medianMs / 1e3,
        floor.cpuMsPerFrame / 1e3, floor.medianMs > 0 ? f.medianMs / floor.medianMs : 0.0,
        goalMs / 1e3, f.medianMs < goalMs ? "met" : "missed", f.meanMs, design.racks.size(),
        design.networkLinks.size(), kViewSize.width(), kViewSize.height(), bench::loadAverage1m());
    std::printf("bench: %s full quality (camera still, FXAA) %.4f s, cpu %.4f s per frame, floor "
                "%.4f s, cpu %.4f s, ratio %.1f x; frame after the drag %.4f s (floor %.4f s); "
                "first drag frame %.4f s (floor %.4f s)\n",
                step, still.medianMs / 1e3, still.cpuMsPerFrame / 1e3, stillFloor.medianMs / 1e3,
                stillFloor.cpuMsPerFrame / 1e3,
                stillFloor.medianMs > 0 ? still.medianMs / stillFloor.medianMs : 0.0,
                f.settleMs / 1e3, floor.settleMs / 1e3, f.firstDragMs / 1e3,
                floor.firstDragMs / 1e3);
    std::fflush(stdout);

    // Profile (AIFP_BENCH_LAYERS=1): the frame with each layer hidden in turn, to see which layer
    // the time goes to.
    if (qEnvironmentVariableIsSet("AIFP_BENCH_LAYERS")) {
        const char* names[kViewLayerCount] = {"halls",   "racks",  "power", "cooling",
                                              "network", "labels", "grid",  "outdoor"};
        for (int layer = 0; layer < kViewLayerCount; ++layer) {
            v.setLayerVisible(static_cast<ViewLayer>(layer), false);
            const FrameFigures without = orbitFrames(v, Orbit::Drag);
            v.setLayerVisible(static_cast<ViewLayer>(layer), true);
            std::printf("bench: %s without %s: median %.1f ms, cpu %.1f ms per frame\n", step,
                        names[layer], without.medianMs, without.cpuMsPerFrame);
        }
        std::fflush(stdout);
    }
}

} // namespace

class TestViewportFrameBench : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY") || QGuiApplication::platformName() != "xcb")
            QSKIP("DISPLAY is not set: the VTK viewport needs an X server (run under xvfb-run)");
    }

    // A small site (5 MW, 27 racks): the level of detail made for campuses must not slow the
    // designs most users draw (issue 15: nothing slower for small designs); the 10k goal applies.
    void smallSite() {
        FactoryTargets t;
        t.targetGridMw = 5.0;
        const Design design = generateFactory(t, Catalog::builtin()).design;
        measure("viewport_frame_5mw", design, 60.0);
    }
    void tenThousandRacks() {
        FactoryTargets t = bench::gigawattReferenceTargets();
        t.name = "10,000 racks";
        t.targetGridMw = 0.0;
        t.targetGpus = 720000; // 10,000 GB300 NVL72 racks of 72 GPUs
        const Design design = generateFactory(t, Catalog::builtin()).design;
        QCOMPARE(design.racks.size() >= 10000, true);
        measure("viewport_frame_10k", design, 60.0);
    }

    void gigawattCampus() {
        const Design design =
            generateFactory(bench::gigawattReferenceTargets(), Catalog::builtin()).design;
        measure("viewport_frame_1gw", design, 100.0);
    }
};

QTEST_MAIN(TestViewportFrameBench)
#include "test_viewport_frame_bench.moc"
