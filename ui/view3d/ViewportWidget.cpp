#include "ui/view3d/ViewportWidget.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/view3d/CoolingRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/FrameDetail.hpp"
#include "ui/view3d/HallRepresentation.hpp"
#include "ui/view3d/NetworkRepresentation.hpp"
#include "ui/view3d/OrbitCameraStyle.hpp"
#include "ui/view3d/PickIndex.hpp"
#include "ui/view3d/PowerRepresentation.hpp"
#include "ui/view3d/RackRepresentation.hpp"
#include "ui/view3d/SelectionOverlay.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <QElapsedTimer>
#include <QLocale>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QSurfaceFormat>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numbers>
#include <set>
#include <unordered_set>
#include <vtkActor.h>
#include <vtkActor2D.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCommand.h>
#include <vtkCoordinate.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyle.h>
#include <vtkLegendBoxActor.h>
#include <vtkLightKit.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkPropCollection.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVersion.h>

namespace aifp::ui {

namespace {

// How long the frame of an edit waits for the edit's findings (display tuning, an assumption:
// a rack move's incremental validation at 1 GW takes about 12 ms of CPU; a longer one shows the
// edit first and its findings in the next frame).
constexpr int kEditFrameHoldMs = 50;
// A wheel turn moves the camera until no turn came for this long; then the frame is drawn again
// at full quality (display tuning, an assumption: wheel notches of one gesture come 10-100 ms
// apart).
constexpr int kWheelSettleMs = 250;
// Selection outline colour.
constexpr Rgb kSelectionRgb{255, 190, 0};
// Preview (routing rubber band) colour.
constexpr Rgb kPreviewRgb{250, 230, 60};
// Floor picks in a perspective view reach at most this many camera-to-focal-point distances
// from the focal point, and at least kMinReachM (display choices: at the default 35 degree view
// the whole screen lies within 0.8 distances; beyond 2 the ground is a sliver at the horizon).
constexpr double kHorizonReach = 2.0;
constexpr double kMinReachM = 30.0;
// Snap marker (magenta, drawn on top) and dimension annotations (dark blue).
constexpr double kSnapRgb[3] = {0.85, 0.1, 0.6};
constexpr Rgb kDimensionRgb{20, 50, 120};
// Level of detail: single network links when the view spans at most this much ground at its
// centre (display choice: about two rows of racks and their aisles on each side of a 1 GW
// campus hall at 1366 px), bundles beyond.
constexpr double kDetailSpanM = 60.0;
// Scenes kept for switching between variants, the one shown included: the two most recent
// (docs/options.md, "Variants in the GUI": what one costs at 1 GW).
constexpr std::size_t kKeptScenes = 2;

// The VTK events of a press and of a release of mouse button b; 0 for buttons VTK does not use.
std::pair<unsigned long, unsigned long> vtkButtonEvents(Qt::MouseButton b) {
    switch (b) {
    case Qt::LeftButton:
        return {vtkCommand::LeftButtonPressEvent, vtkCommand::LeftButtonReleaseEvent};
    case Qt::MiddleButton:
        return {vtkCommand::MiddleButtonPressEvent, vtkCommand::MiddleButtonReleaseEvent};
    case Qt::RightButton:
        return {vtkCommand::RightButtonPressEvent, vtkCommand::RightButtonReleaseEvent};
    default:
        return {0, 0};
    }
}

QString kw(double v) {
    return QLocale().toString(v, 'f', v < 100 ? 1 : 0) + " kW";
}
} // namespace

struct ViewportWidget::Impl {
    explicit Impl(ViewportWidget* widget) : q(widget) {}
    ViewportWidget* q;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkSmartPointer<vtkInteractorStyle> style;
    vtkNew<vtkLegendBoxActor> legend;
    vtkNew<vtkTextActor> legendTitle;
    vtkNew<vtkTextActor> hoverText;
    vtkNew<vtkPolyData> legendSymbol;
    std::vector<vtkSmartPointer<vtkPolyData>> legendSymbols; // one per entry, coloured
    vtkNew<vtkCallbackCommand> makeCurrentCb, isCurrentCb, frameCb;

    const Design* design = nullptr;
    const Catalog* catalog = nullptr;
    std::shared_ptr<const DesignIndex> index;
    ViewportWidget::IndexSource indexSource;
    RackColouring colouring = RackColouring::ByType;
    std::unordered_map<ObjectId, Severity> status;
    std::unordered_set<ObjectId> highlighted;
    Rgb highlightRgb{255, 64, 32};
    std::vector<ObjectId> selection;
    // Layers: which scene props belong to which layer (found by what each representation adds).
    std::array<bool, kViewLayerCount> layerOn{true, true, true, true, true, true, true, true};
    // Layer bits per prop: a prop is shown when every layer it belongs to is on.
    std::unordered_map<vtkProp*, unsigned> propLayers;
    std::unordered_set<vtkProp*> hiddenByLayer;
    ObjectId isolated = kNoId;
    std::unique_ptr<Design> isolatedDesign;
    // Ground grid and axes; north arrow and scale bar (2D, redrawn with the camera).
    vtkNew<vtkPolyData> gridData;
    vtkNew<vtkActor> grid;
    vtkNew<vtkPolyData> axesData;
    vtkNew<vtkActor> axes;
    vtkNew<vtkPolyData> northData;
    vtkNew<vtkActor2D> north;
    vtkNew<vtkTextActor> northText;
    vtkNew<vtkPolyData> scaleData;
    vtkNew<vtkActor2D> scaleBar;
    vtkNew<vtkTextActor> scaleText;
    double gridSpacing = 10.0;
    std::string customLegendTitle;
    std::vector<LegendEntry> customLegend;
    // Snap marker (display coordinates, redrawn with the camera).
    vtkNew<vtkPolyData> snapData;
    vtkNew<vtkActor2D> snapActor;
    vtkNew<vtkTextActor> snapText;
    PointM snapPointM;
    QString snapLabel;
    // Dimension annotations: lines and ticks in the scene, lengths as text on top.
    std::unique_ptr<TubeSet> dimensionLines;
    std::vector<std::pair<PointM, PointM>> dimensions;
    std::vector<vtkSmartPointer<vtkTextActor>> dimensionTexts;
    QStringList dimensionLabels;
    // Level of detail of the network links: where the single links were last built around.
    bool networkDetailEnabled = true;
    std::optional<PointM> detailFocusM;
    double detailSpanM = 0.0;

    std::unique_ptr<HallRepresentation> halls;
    std::unique_ptr<RackRepresentation> racks;
    std::unique_ptr<PowerRepresentation> power;
    std::unique_ptr<CoolingRepresentation> cooling;
    std::unique_ptr<NetworkRepresentation> network;
    std::unique_ptr<SelectionOverlay> selectionOverlay;
    std::unique_ptr<TubeSet> preview;

    mutable PickIndex pick;
    mutable bool pickDirty = true;
    // What the representations can pick, collected for framing and the selection overlay
    // while the pick index is out of date, in vectors kept between scenes: their capacity
    // stays, and a 1 GW scene's fresh pair of vectors costs more in page faults than the
    // collection itself. The pick index itself is built at the first pick (ensurePickIndex),
    // not when a scene is built.
    struct Pickables {
        std::vector<PickBox> boxes;
        std::vector<PickSegment> segments;
    };
    mutable Pickables scratch;
    mutable bool scratchDirty = true;
    // The scene's extent: the hall floors and everything pickable in the layers shown. Kept
    // until the scene changes (markPickDirty), and with a kept scene: a scene built frames
    // and grids itself three times, and a 1 GW one has ~100,000 pickables.
    struct Extent {
        bool known = false;
        bool any = false;
        std::array<double, 6> b{};
    };
    mutable Extent sceneExtent;
    bool initialized = false;
    bool inPaint = false;
    bool navigation = true;
    bool needsRender = true;
    bool forwardingLeft = false;
    // The camera is as the last fit left it: a resize fits again (the user has not navigated).
    bool fitted = false;
    // What the last fit framed (0 all, 1 selection), replayed on resize while fitted.
    int fitKind = 0;
    double lastFrameMs = 0.0;
    std::uint64_t framesRendered = 0;
    // Holds the frame of an edit until its findings arrive (setStatus) or the hold ends.
    QTimer* editHold = nullptr;
    // The user is moving the camera (a navigation drag, or wheel turns until wheelSettle runs
    // out): frames skip FXAA, the full-screen edge smoothing pass (issue 15: a third of an
    // empty frame's CPU under llvmpipe), small boxes are drawn as points (BoxInstances) and far
    // lines on a grid of a few pixels (TubeSet), both told through FrameDetail; the frame after
    // the movement stops has full quality again.
    bool cameraMoving = false;
    QTimer* wheelSettle = nullptr;
    void setCameraMoving(bool moving) {
        if (moving == cameraMoving)
            return;
        cameraMoving = moving;
        renderer->SetUseFXAA(!moving);
        setInteractiveFrames(renderer, moving);
        needsRender = true;
        q->update();
    }
    ObjectId hoverId = kNoId;

    std::vector<Representation*> reps() {
        return {halls.get(), racks.get(), power.get(), cooling.get(), network.get()};
    }
    // Scenes kept for a switch back (showDesign): the current scene's key, and the kept ones,
    // least recently shown first. A kept scene's actors stay in the renderer, hidden.
    std::uint64_t sceneKey = 0;
    struct KeptScene {
        std::uint64_t key = 0;
        const Design* design = nullptr;
        const Catalog* catalog = nullptr;
        std::shared_ptr<const DesignIndex> index;
        std::unique_ptr<HallRepresentation> halls;
        std::unique_ptr<RackRepresentation> racks;
        std::unique_ptr<PowerRepresentation> power;
        std::unique_ptr<CoolingRepresentation> cooling;
        std::unique_ptr<NetworkRepresentation> network;
        std::unordered_map<vtkProp*, unsigned> propLayers;
        std::unordered_set<vtkProp*> hiddenByLayer;
        std::vector<vtkProp*> hidden; // shown when it was kept
        PickIndex pick;
        bool pickDirty = true;
        Extent extent;
        RackColouring colouring = RackColouring::ByType;
        bool highlighted = false;
        std::array<bool, kViewLayerCount> layerOn{};
        std::optional<PointM> detailFocusM;
        double detailSpanM = 0.0;
    };
    std::vector<KeptScene> kept;
    // The representations of an empty scene, their first actors noted as their layers'.
    void makeReps() {
        trackProps(0, [&] { halls = std::make_unique<HallRepresentation>(renderer); });
        trackProps(1, [&] { racks = std::make_unique<RackRepresentation>(renderer); });
        trackProps(2, [&] { power = std::make_unique<PowerRepresentation>(renderer); });
        trackProps(3, [&] { cooling = std::make_unique<CoolingRepresentation>(renderer); });
        trackProps(4, [&] { network = std::make_unique<NetworkRepresentation>(renderer); });
        for (Representation* rep : reps())
            for (vtkProp* p : rep->outdoorProps())
                propLayers[p] |= bit(ViewLayer::Outdoor);
    }
    // Moves the current scene (with a key, not an isolated hall) aside, its actors hidden;
    // false (nothing moved) when it cannot be kept. trimKept() bounds what is kept.
    bool keepScene() {
        if (!design || sceneKey == 0 || isolated != kNoId || kKeptScenes < 2)
            return false;
        KeptScene k;
        k.key = sceneKey;
        k.design = design;
        k.catalog = catalog;
        k.index = std::move(index);
        k.halls = std::move(halls);
        k.racks = std::move(racks);
        k.power = std::move(power);
        k.cooling = std::move(cooling);
        k.network = std::move(network);
        const auto props = sceneProps();
        for (const auto& [prop, layers] : propLayers)
            if (props.count(prop)) {
                k.propLayers.emplace(prop, layers);
                if (prop->GetVisibility()) {
                    prop->SetVisibility(false);
                    k.hidden.push_back(prop);
                }
            }
        for (vtkProp* prop : hiddenByLayer)
            if (k.propLayers.count(prop))
                k.hiddenByLayer.insert(prop);
        propLayers.clear();
        hiddenByLayer.clear();
        k.pick = std::move(pick);
        pick = PickIndex();
        k.pickDirty = pickDirty;
        k.extent = sceneExtent;
        scratchDirty = true; // the kept scene's
        sceneExtent.known = false;
        k.colouring = colouring;
        k.highlighted = !highlighted.empty();
        k.layerOn = layerOn;
        k.detailFocusM = detailFocusM;
        k.detailSpanM = detailSpanM;
        kept.push_back(std::move(k));
        design = nullptr;
        sceneKey = 0;
        return true; // no representations now: restoreScene or makeReps next
    }
    // At most kKeptScenes - 1 scenes kept besides the one shown, the least recent dropped (its
    // representations take their actors away).
    void trimKept() {
        while (kept.size() > kKeptScenes - 1)
            kept.erase(kept.begin());
    }
    // Shows the kept scene of key (the same design and catalog) in place of the current one,
    // which is dropped unless keepScene moved it aside. False when there is none.
    bool restoreScene(std::uint64_t key, const Design* d, const Catalog* c) {
        auto it = std::find_if(kept.begin(), kept.end(), [&](const KeptScene& k) {
            return k.key == key && k.design == d && k.catalog == c;
        });
        if (key == 0 || it == kept.end())
            return false;
        KeptScene k = std::move(*it);
        kept.erase(it);
        halls = std::move(k.halls); // the empty scene's representations go with their actors
        racks = std::move(k.racks);
        power = std::move(k.power);
        cooling = std::move(k.cooling);
        network = std::move(k.network);
        index = std::move(k.index);
        propLayers = std::move(k.propLayers);
        hiddenByLayer = std::move(k.hiddenByLayer);
        for (vtkProp* prop : k.hidden)
            prop->SetVisibility(true);
        pick = std::move(k.pick);
        pickDirty = k.pickDirty;
        detailFocusM = k.detailFocusM;
        detailSpanM = k.detailSpanM;
        design = d;
        catalog = c;
        sceneKey = key;
        applyLayers(); // the layers may have changed meanwhile
        pickDirty = k.pickDirty || k.layerOn != layerOn;
        scratchDirty = true; // another scene's
        sceneExtent = k.layerOn == layerOn ? k.extent : Extent{};
        // Colours: the mode or the failure highlight may have changed meanwhile.
        if (!highlighted.empty() || k.highlighted) {
            const SceneInputs in = inputs();
            for (Representation* r : reps())
                r->recolour(in);
        } else if (k.colouring != colouring) {
            racks->recolour(inputs());
        }
        return true;
    }
    std::unordered_set<vtkProp*> sceneProps() const {
        std::unordered_set<vtkProp*> out;
        vtkPropCollection* props = renderer->GetViewProps();
        props->InitTraversal();
        while (vtkProp* p = props->GetNextProp())
            out.insert(p);
        return out;
    }
    static unsigned bit(ViewLayer l) { return 1u << static_cast<unsigned>(l); }
    // Notes the props that running make adds to the scene as representation i's: it draws layer
    // i (Halls, Racks, Power, Cooling, Network); text labels are the Labels layer.
    template <class F> void trackProps(std::size_t i, F&& make) {
        const auto before = sceneProps();
        make();
        for (vtkProp* p : sceneProps())
            if (!before.count(p))
                propLayers[p] = p->IsA("vtkBillboardTextActor3D") ? bit(ViewLayer::Labels)
                                                                  : 1u << static_cast<unsigned>(i);
    }
    // Runs f on each representation, noting the props each adds, then its outdoor props.
    template <class F> void eachRep(F&& f) {
        const auto all = reps();
        for (std::size_t i = 0; i < all.size(); ++i) {
            trackProps(i, [&] { f(all[i]); });
            for (vtkProp* p : all[i]->outdoorProps())
                propLayers[p] |= bit(ViewLayer::Outdoor);
        }
        applyLayers();
    }
    bool layersOn(unsigned mask) const {
        for (std::size_t l = 0; l < layerOn.size(); ++l)
            if ((mask & (1u << l)) && !layerOn[l])
                return false;
        return true;
    }
    void applyLayers() {
        for (vtkProp* p : sceneProps()) {
            auto it = propLayers.find(p);
            if (it == propLayers.end())
                continue;
            if (!layersOn(it->second)) {
                if (p->GetVisibility()) {
                    p->SetVisibility(false);
                    hiddenByLayer.insert(p);
                }
            } else if (hiddenByLayer.erase(p)) {
                p->SetVisibility(true);
            }
        }
        grid->SetVisibility(layerOn[static_cast<std::size_t>(ViewLayer::Grid)]);
        axes->SetVisibility(layerOn[static_cast<std::size_t>(ViewLayer::Grid)]);
        markPickDirty();
    }
    // The design the scene shows: the whole one, or the isolated hall's part of it.
    const Design* shown() const { return isolatedDesign ? isolatedDesign.get() : design; }
    // The index of what the scene shows: the source's when it has it, else built here.
    std::shared_ptr<const DesignIndex> indexOfShown() const {
        if (indexSource)
            if (auto i = indexSource(shown()))
                return i;
        return std::make_shared<const DesignIndex>(*shown());
    }
    void buildIsolated() {
        isolatedDesign.reset();
        if (!design || isolated == kNoId)
            return;
        auto d = std::make_unique<Design>();
        std::unordered_set<ObjectId> keep{isolated};
        for (const Hall& h : design->halls)
            if (h.id == isolated)
                d->halls.push_back(h);
        if (d->halls.empty()) {
            isolated = kNoId;
            return;
        }
        auto inHall = [&](ObjectId hallId, ObjectId id) {
            if (hallId == isolated)
                keep.insert(id);
            return hallId == isolated;
        };
        for (const Row& r : design->rows)
            if (inHall(r.hallId, r.id))
                d->rows.push_back(r);
        for (const Rack& r : design->racks)
            if (inHall(r.hallId, r.id))
                d->racks.push_back(r);
        for (const PowerNode& n : design->powerNodes)
            if (inHall(n.hallId, n.id))
                d->powerNodes.push_back(n);
        for (const CoolingNode& n : design->coolingNodes)
            if (inHall(n.hallId, n.id))
                d->coolingNodes.push_back(n);
        for (const NetworkSwitch& n : design->switches)
            if (inHall(n.hallId, n.id))
                d->switches.push_back(n);
        for (const PowerLink& l : design->powerLinks)
            if (keep.count(l.fromId) && keep.count(l.toId))
                d->powerLinks.push_back(l);
        for (const Pipe& p : design->pipes)
            if (keep.count(p.fromId) && keep.count(p.toId))
                d->pipes.push_back(p);
        for (const NetworkLink& l : design->networkLinks)
            if (keep.count(l.fromId) && keep.count(l.toId))
                d->networkLinks.push_back(l);
        d->site = design->site;
        d->settings = design->settings;
        d->userCatalog = design->userCatalog;
        d->nextId = design->nextId;
        isolatedDesign = std::move(d);
    }
    // A grid line every gridSpacing metres over the scene plus a margin, at ground level.
    void rebuildGrid() {
        double b[6] = {-50, 50, -50, 50, 0, 0};
        sceneBounds(b);
        const double span = std::max(b[1] - b[0], b[3] - b[2]);
        gridSpacing = 1.0;
        for (double s : {1.0, 5.0, 10.0, 50.0, 100.0, 500.0, 1000.0})
            if (span / s <= 60.0) {
                gridSpacing = s;
                break;
            }
        const double margin = std::max(span * 0.15, gridSpacing * 2);
        const double x0 = std::floor((b[0] - margin) / gridSpacing) * gridSpacing;
        const double x1 = std::ceil((b[1] + margin) / gridSpacing) * gridSpacing;
        const double y0 = std::floor((b[2] - margin) / gridSpacing) * gridSpacing;
        const double y1 = std::ceil((b[3] + margin) / gridSpacing) * gridSpacing;
        vtkNew<vtkPoints> pts;
        vtkNew<vtkCellArray> lines;
        const double z = -0.02; // just under hall floors
        auto line = [&](double ax, double ay, double bx, double by) {
            const vtkIdType ids[2] = {pts->InsertNextPoint(ax, ay, z),
                                      pts->InsertNextPoint(bx, by, z)};
            lines->InsertNextCell(2, ids);
        };
        for (double x = x0; x <= x1 + 1e-9; x += gridSpacing)
            line(x, y0, x, y1);
        for (double y = y0; y <= y1 + 1e-9; y += gridSpacing)
            line(x0, y, x1, y);
        gridData->SetPoints(pts);
        gridData->SetLines(lines);
        gridData->Modified();
        // Axes from the site origin: x east (red), y north (green), five grid steps long.
        vtkNew<vtkPoints> apts;
        vtkNew<vtkCellArray> alines;
        vtkNew<vtkUnsignedCharArray> colours;
        colours->SetNumberOfComponents(3);
        const double len = gridSpacing * 5;
        const vtkIdType xa[2] = {apts->InsertNextPoint(0, 0, 0.01),
                                 apts->InsertNextPoint(len, 0, 0.01)};
        const vtkIdType ya[2] = {apts->InsertNextPoint(0, 0, 0.01),
                                 apts->InsertNextPoint(0, len, 0.01)};
        alines->InsertNextCell(2, xa);
        alines->InsertNextCell(2, ya);
        colours->InsertNextTuple3(220, 40, 40);
        colours->InsertNextTuple3(40, 160, 60);
        axesData->SetPoints(apts);
        axesData->SetLines(alines);
        axesData->GetCellData()->SetScalars(colours);
        axesData->Modified();
    }
    // North arrow (top right) and scale bar (bottom left), from the current camera.
    void updateOverlays() {
        updateLevelOfDetail();
        updateMapOverlays();
        updateSnapMarker();
        updateDimensionTexts();
    }
    // Ground width the view spans at its centre, in metres.
    double visibleSpanM() const {
        vtkCamera* cam = renderer->GetActiveCamera();
        const double a = std::max(1.0, aspect());
        if (cam->GetParallelProjection())
            return 2.0 * cam->GetParallelScale() * a;
        constexpr double kDegToRad = std::numbers::pi / 180.0;
        return 2.0 * cam->GetDistance() * std::tan(cam->GetViewAngle() * kDegToRad / 2.0) * a;
    }
    // Single links near the view's centre when it is close, bundles from afar. The single links
    // are rebuilt only when the centre moves by a quarter of the span or the span changes by
    // half, not every frame.
    void updateLevelOfDetail() {
        if (!design || !network || !index)
            return;
        const double span = visibleSpanM();
        const bool wantDetail =
            networkDetailEnabled && span <= kDetailSpanM && !shown()->networkLinks.empty();
        double f[3];
        renderer->GetActiveCamera()->GetFocalPoint(f);
        const PointM focus{f[0], f[1], 0.0};
        bool rebuild = wantDetail != detailFocusM.has_value();
        if (wantDetail && detailFocusM)
            rebuild = std::hypot(focus.xM - detailFocusM->xM, focus.yM - detailFocusM->yM) >
                          detailSpanM / 4 ||
                      span > detailSpanM * 1.5 || span < detailSpanM / 1.5;
        if (!rebuild)
            return;
        detailFocusM = wantDetail ? std::optional<PointM>(focus) : std::nullopt;
        detailSpanM = span;
        network->setDetail(inputs(), detailFocusM);
        applyLayers(); // the lines just set keep their layer's visibility
    }
    void updateSnapMarker() {
        if (snapLabel.isEmpty()) {
            snapActor->SetVisibility(false);
            snapText->SetVisibility(false);
            return;
        }
        const QPointF p = project(snapPointM);
        const double x = p.x(), y = q->height() - p.y(); // display y goes up
        vtkNew<vtkPoints> pts;
        vtkNew<vtkCellArray> lines;
        constexpr int kSides = 16;
        constexpr double kRadiusPx = 7.0, kArmPx = 12.0;
        vtkIdType ring[kSides + 1];
        for (int i = 0; i <= kSides; ++i) {
            const double a = 2.0 * std::numbers::pi * (i % kSides) / kSides;
            ring[i] =
                pts->InsertNextPoint(x + kRadiusPx * std::cos(a), y + kRadiusPx * std::sin(a), 0);
        }
        lines->InsertNextCell(kSides + 1, ring);
        const vtkIdType h[2] = {pts->InsertNextPoint(x - kArmPx, y, 0),
                                pts->InsertNextPoint(x + kArmPx, y, 0)};
        const vtkIdType v[2] = {pts->InsertNextPoint(x, y - kArmPx, 0),
                                pts->InsertNextPoint(x, y + kArmPx, 0)};
        lines->InsertNextCell(2, h);
        lines->InsertNextCell(2, v);
        snapData->SetPoints(pts);
        snapData->SetLines(lines);
        snapData->Modified();
        snapText->SetInput(snapLabel.toUtf8().constData());
        snapText->SetPosition(x + 12, y + 8);
        snapActor->SetVisibility(true);
        snapText->SetVisibility(true);
    }
    void rebuildDimensions() {
        std::vector<Tube> lines;
        dimensionLabels.clear();
        const QLocale loc; // shown to people: the user's language
        for (const auto& [a, b] : dimensions) {
            const double dx = b.xM - a.xM, dy = b.yM - a.yM, len = std::hypot(dx, dy);
            if (len <= 0)
                continue;
            // Ticks across the line at both ends, 3 % of its length (0.3-2 m).
            const double t = std::clamp(len * 0.03, 0.3, 2.0);
            const double nx = -dy / len * t, ny = dx / len * t;
            constexpr double z = 0.08; // just above the floor
            lines.push_back({kNoId, {{a.xM, a.yM, z}, {b.xM, b.yM, z}}, 0.0, kDimensionRgb});
            for (const PointM& e : {a, b})
                lines.push_back({kNoId,
                                 {{e.xM - nx, e.yM - ny, z}, {e.xM + nx, e.yM + ny, z}},
                                 0.0,
                                 kDimensionRgb});
            dimensionLabels << QString("%1 m").arg(loc.toString(len, 'f', 2));
        }
        dimensionLines->set(lines);
        while (dimensionTexts.size() > static_cast<std::size_t>(dimensionLabels.size())) {
            renderer->RemoveViewProp(dimensionTexts.back());
            dimensionTexts.pop_back();
        }
        while (dimensionTexts.size() < static_cast<std::size_t>(dimensionLabels.size())) {
            auto text = vtkSmartPointer<vtkTextActor>::New();
            text->GetTextProperty()->SetFontSize(14);
            text->GetTextProperty()->SetBold(true);
            text->GetTextProperty()->SetColor(kDimensionRgb[0] / 255.0, kDimensionRgb[1] / 255.0,
                                              kDimensionRgb[2] / 255.0);
            text->GetTextProperty()->SetBackgroundColor(1.0, 1.0, 1.0);
            text->GetTextProperty()->SetBackgroundOpacity(0.8);
            text->GetTextProperty()->SetJustificationToCentered();
            text->GetTextProperty()->SetVerticalJustificationToCentered();
            renderer->AddViewProp(text);
            dimensionTexts.push_back(text);
        }
        for (std::size_t i = 0; i < dimensionTexts.size(); ++i)
            dimensionTexts[i]->SetInput(dimensionLabels[static_cast<int>(i)].toUtf8().constData());
    }
    void updateDimensionTexts() {
        std::size_t i = 0;
        for (const auto& [a, b] : dimensions) {
            if (std::hypot(b.xM - a.xM, b.yM - a.yM) <= 0 || i >= dimensionTexts.size())
                continue;
            const QPointF m = project({(a.xM + b.xM) / 2, (a.yM + b.yM) / 2, 0.08});
            dimensionTexts[i]->SetPosition(m.x(), q->height() - m.y());
            dimensionTexts[i]->SetVisibility(m.x() > -1e8);
            ++i;
        }
    }
    void updateMapOverlays() {
        const double w = q->width(), h = q->height();
        if (w < 10 || h < 10)
            return;
        vtkCamera* cam = renderer->GetActiveCamera();
        double f[3];
        cam->GetFocalPoint(f);
        const QPointF c = project({f[0], f[1], 0.0});
        const QPointF n = project({f[0], f[1] + gridSpacing, 0.0});
        const QPointF e = project({f[0] + gridSpacing, f[1], 0.0});
        // North arrow: a triangle pointing where +y (north) goes on screen.
        double dx = n.x() - c.x(), dy = -(n.y() - c.y()); // display y goes up
        const double len = std::hypot(dx, dy);
        const double cx = w - 40, cy = h - 70; // centre, display coordinates
        if (len > 1e-6) {
            dx /= len;
            dy /= len;
            vtkNew<vtkPoints> pts;
            const double r = 14;
            pts->InsertNextPoint(cx + dx * r, cy + dy * r, 0);
            pts->InsertNextPoint(cx - dx * r * 0.7 - dy * r * 0.6, cy - dy * r * 0.7 + dx * r * 0.6,
                                 0);
            pts->InsertNextPoint(cx - dx * r * 0.3, cy - dy * r * 0.3, 0);
            pts->InsertNextPoint(cx - dx * r * 0.7 + dy * r * 0.6, cy - dy * r * 0.7 - dx * r * 0.6,
                                 0);
            vtkNew<vtkCellArray> poly;
            const vtkIdType quad[4] = {0, 1, 2, 3};
            poly->InsertNextCell(4, quad);
            northData->SetPoints(pts);
            northData->SetPolys(poly);
            northData->Modified();
            northText->SetPosition(cx + dx * 26 - 5, cy + dy * 26 - 8);
        }
        // Scale bar: a round length (1, 2 or 5 x 10^k m) about 120 px long at the focal point.
        const double pxPerM = std::hypot(e.x() - c.x(), e.y() - c.y()) / gridSpacing;
        if (pxPerM <= 0 || !std::isfinite(pxPerM)) {
            scaleBar->SetVisibility(false);
            scaleText->SetVisibility(false);
            return;
        }
        const double target = 120.0 / pxPerM;
        const double p10 = std::pow(10.0, std::floor(std::log10(target)));
        double metres = p10;
        for (double m : {1.0, 2.0, 5.0, 10.0})
            if (m * p10 <= target)
                metres = m * p10;
        const double px = metres * pxPerM;
        vtkNew<vtkPoints> pts;
        vtkNew<vtkCellArray> lines;
        const double x0 = 16, y0 = 16;
        auto seg = [&](double ax, double ay, double bx, double by) {
            const vtkIdType ids[2] = {pts->InsertNextPoint(ax, ay, 0),
                                      pts->InsertNextPoint(bx, by, 0)};
            lines->InsertNextCell(2, ids);
        };
        seg(x0, y0, x0 + px, y0);
        seg(x0, y0 - 5, x0, y0 + 6);
        seg(x0 + px, y0 - 5, x0 + px, y0 + 6);
        seg(x0 + px / 2, y0, x0 + px / 2, y0 + 4);
        scaleData->SetPoints(pts);
        scaleData->SetLines(lines);
        scaleData->Modified();
        const QString label = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                             : QStringLiteral("%1 m").arg(metres);
        scaleText->SetInput(label.toUtf8().constData());
        scaleText->SetPosition(x0 + px + 8, y0 - 7);
        const bool perspective = !cam->GetParallelProjection();
        scaleBar->SetVisibility(true);
        scaleText->SetVisibility(true);
        // In perspective the scale holds at the focal point only: say so.
        if (perspective)
            scaleText->SetInput(
                ViewportWidget::tr("%1 (at centre)").arg(label).toUtf8().constData());
    }
    SceneInputs inputs() const {
        SceneInputs in;
        in.design = shown();
        in.catalog = catalog;
        in.index = index.get();
        in.colouring = colouring;
        in.status = &status;
        in.highlighted = &highlighted;
        in.highlightRgb = highlightRgb;
        return in;
    }
    // What can be picked in the layers shown.
    void collectPickables(std::vector<PickBox>& boxes, std::vector<PickSegment>& segments) const {
        if (!design)
            return;
        const auto all = const_cast<Impl*>(this)->reps();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (layerOn[i]) {
                all[i]->setOutdoorVisible(layerOn[static_cast<std::size_t>(ViewLayer::Outdoor)]);
                all[i]->collectPickables(boxes, segments);
            }
    }
    void markPickDirty() {
        pickDirty = true;
        scratchDirty = true;
        sceneExtent.known = false;
    }
    // The boxes and segments that can be picked now: the pick index's when it is up to date,
    // else the representations' as collected into scratch.
    const std::vector<PickBox>& pickBoxes() const {
        return pickDirty ? currentScratch().boxes : pick.boxes();
    }
    const std::vector<PickSegment>& pickSegments() const {
        return pickDirty ? currentScratch().segments : pick.segments();
    }
    const Pickables& currentScratch() const {
        if (scratchDirty) {
            scratch.boxes.clear();
            scratch.segments.clear();
            collectPickables(scratch.boxes, scratch.segments);
            scratchDirty = false;
        }
        return scratch;
    }
    void ensurePickIndex() const {
        if (!pickDirty)
            return;
        const Pickables& now = currentScratch();
        pick.build(now.boxes, now.segments); // copies: the scratch keeps its capacity
        pickDirty = false;
    }
    double aspect() const {
        return q->height() > 0 ? static_cast<double>(q->width()) / q->height() : 1.0;
    }
    Ray rayAt(QPointF p) const {
        vtkCamera* cam = renderer->GetActiveCamera();
        vtkNew<vtkMatrix4x4> inv;
        inv->DeepCopy(cam->GetCompositeProjectionTransformMatrix(aspect(), -1, 1));
        inv->Invert();
        const double w = std::max(1, q->width()), h = std::max(1, q->height());
        const double nx = 2.0 * p.x() / w - 1.0, ny = 1.0 - 2.0 * p.y() / h;
        auto unproject = [&](double nz) {
            double in[4] = {nx, ny, nz, 1.0}, out[4];
            inv->MultiplyPoint(in, out);
            return PointM{out[0] / out[3], out[1] / out[3], out[2] / out[3]};
        };
        const PointM a = unproject(-1.0), b = unproject(1.0);
        PointM d{b.xM - a.xM, b.yM - a.yM, b.zM - a.zM};
        const double len = std::sqrt(d.xM * d.xM + d.yM * d.yM + d.zM * d.zM);
        if (len > 0)
            d = {d.xM / len, d.yM / len, d.zM / len};
        return {a, d};
    }
    QPointF project(const PointM& p) const {
        vtkCamera* cam = renderer->GetActiveCamera();
        vtkMatrix4x4* m = cam->GetCompositeProjectionTransformMatrix(aspect(), -1, 1);
        double in[4] = {p.xM, p.yM, p.zM, 1.0}, out[4];
        m->MultiplyPoint(in, out);
        if (out[3] <= 0)
            return {-1e9, -1e9}; // behind the camera
        const double nx = out[0] / out[3], ny = out[1] / out[3];
        return {(nx + 1.0) / 2.0 * q->width(), (1.0 - ny) / 2.0 * q->height()};
    }
    bool sceneBounds(double b[6]) const {
        Extent& e = sceneExtent;
        if (!e.known) {
            e.b = {b[0], b[1], b[2], b[3], b[4], b[5]};
            e.any = measureScene(e.b.data());
            e.known = true;
        }
        if (e.any)
            std::copy(e.b.begin(), e.b.end(), b);
        return e.any;
    }
    bool measureScene(double b[6]) const {
        bool any = false;
        auto grow = [&](const PointM& lo, const PointM& hi) {
            if (!any) {
                b[0] = lo.xM, b[1] = hi.xM, b[2] = lo.yM, b[3] = hi.yM, b[4] = lo.zM, b[5] = hi.zM;
                any = true;
                return;
            }
            b[0] = std::min(b[0], lo.xM), b[1] = std::max(b[1], hi.xM);
            b[2] = std::min(b[2], lo.yM), b[3] = std::max(b[3], hi.yM);
            b[4] = std::min(b[4], lo.zM), b[5] = std::max(b[5], hi.zM);
        };
        if (halls)
            for (const PickBox& f : halls->floorBoxes())
                grow(f.minM, f.maxM);
        for (const PickBox& f : pickBoxes())
            grow(f.minM, f.maxM);
        for (const PickSegment& s : pickSegments()) {
            grow(s.aM, s.aM);
            grow(s.bM, s.bM);
        }
        return any;
    }
    void frame(const double bounds[6]) {
        vtkCamera* cam = renderer->GetActiveCamera();
        renderer->ResetCamera(bounds);
        // Margin: the scene fills at most this fraction of the view's half-width and
        // half-height (6 % free on each side).
        constexpr double kFill = 0.88;
        if (cam->GetParallelProjection()) {
            const double w = bounds[1] - bounds[0], h = bounds[3] - bounds[2];
            cam->SetParallelScale(std::max({h / 2, w / 2 / aspect(), 0.5}) / kFill);
        } else {
            // ResetCamera frames the bounding sphere, loosely. Move along the view direction
            // until the box's farthest projected corner sits at the margin.
            for (int iteration = 0; iteration < 8; ++iteration) {
                double extent = 0.0;
                bool behind = false;
                vtkMatrix4x4* m = cam->GetCompositeProjectionTransformMatrix(aspect(), -1, 1);
                for (int c = 0; c < 8; ++c) {
                    double in[4] = {bounds[c & 1 ? 1 : 0], bounds[c & 2 ? 3 : 2],
                                    bounds[c & 4 ? 5 : 4], 1.0};
                    double out[4];
                    m->MultiplyPoint(in, out);
                    if (out[3] <= 1e-9) {
                        behind = true;
                        break;
                    }
                    extent =
                        std::max({extent, std::abs(out[0] / out[3]), std::abs(out[1] / out[3])});
                }
                if (behind) {
                    cam->Dolly(0.5); // a corner behind the camera: back off and measure again
                    continue;
                }
                if (extent <= 0.0)
                    break;
                const double factor = extent / kFill; // >1: too close
                if (std::abs(factor - 1.0) < 0.01)
                    break;
                cam->Dolly(1.0 / factor);
            }
            // The clipping range is set once, below: a perspective projection's x, y and w do
            // not depend on the near and far planes (only depth does), so the corners measured
            // above are the same without it. Each reset reads every prop's bounds (~1 ms at
            // 1 GW), and the loop used to do it up to eight times per fit.
        }
        renderer->ResetCameraClippingRange();
    }
    void updateLegend() {
        if (!design ||
            (design->racks.empty() && design->powerNodes.empty() && design->coolingNodes.empty())) {
            legend->SetVisibility(false);
            legendTitle->SetVisibility(false);
            return;
        }
        std::vector<LegendEntry> entries;
        const bool custom = !customLegendTitle.empty();
        if (custom)
            entries = customLegend;
        else if (!design->racks.empty())
            entries = racks->palette().legend(inputs());
        // Equipment colours (EquipmentShapes), one entry per kind present in the design.
        std::set<PowerNodeKind> powerKinds;
        std::set<CoolingNodeKind> coolingKinds;
        for (const PowerNode& n : design->powerNodes)
            if (n.kind != PowerNodeKind::Busway && !custom)
                powerKinds.insert(n.kind);
        for (const CoolingNode& n : design->coolingNodes)
            if (!custom)
                coolingKinds.insert(n.kind);
        for (PowerNodeKind k : powerKinds)
            entries.push_back({kindText(toString(k)).toStdString(), colourOf(k)});
        for (CoolingNodeKind k : coolingKinds)
            entries.push_back({kindText(toString(k)).toStdString(), colourOf(k)});
        // In a corner (lower right), sized in pixels so it never reaches the scene's centre:
        // at most 40 % of the view's height and 30 % of its width.
        const double viewW = std::max(1, q->width()), viewH = std::max(1, q->height());
        const std::string title =
            custom                  ? customLegendTitle
            : design->racks.empty() ? ViewportWidget::tr("Equipment").toStdString()
            : (powerKinds.empty() && coolingKinds.empty())
                ? RackPalette::modeName(colouring)
                : ViewportWidget::tr("%1, equipment")
                      .arg(QString::fromStdString(RackPalette::modeName(colouring)))
                      .toStdString();
        std::size_t longest = title.size();
        for (const LegendEntry& e : entries)
            longest = std::max(longest, e.label.size());
        const double rowPx =
            std::clamp(viewH * 0.45 / static_cast<double>(entries.size() + 1), 13.0, 20.0);
        const auto shown = static_cast<std::size_t>(
            std::min<double>(static_cast<double>(entries.size()), viewH * 0.45 / rowPx - 1));
        entries.resize(std::max<std::size_t>(1, shown));
        legend->SetNumberOfEntries(static_cast<int>(entries.size()));
        // Dark, readable text; the colour is the symbol's own (cell scalars), since the entry
        // colour would also tint the text (pale colours were unreadable).
        legendSymbols.clear();
        double text[3] = {0.1, 0.1, 0.12};
        for (std::size_t i = 0; i < entries.size(); ++i) {
            auto symbol = vtkSmartPointer<vtkPolyData>::New();
            symbol->DeepCopy(legendSymbol);
            vtkNew<vtkUnsignedCharArray> rgb;
            rgb->SetNumberOfComponents(3);
            rgb->InsertNextTuple3(entries[i].colour[0], entries[i].colour[1], entries[i].colour[2]);
            symbol->GetCellData()->SetScalars(rgb);
            legendSymbols.push_back(symbol);
            legend->SetEntry(static_cast<int>(i), symbol.Get(), entries[i].label.c_str(), text);
        }
        const double widthPx = std::min(viewW * 0.3, 36.0 + 7.5 * static_cast<double>(longest));
        const double heightPx = rowPx * static_cast<double>(entries.size()) + 6.0;
        const double marginPx = 10.0;
        legend->GetPositionCoordinate()->SetValue(1.0 - (widthPx + marginPx) / viewW,
                                                  marginPx / viewH);
        legend->GetPosition2Coordinate()->SetValue(widthPx / viewW, heightPx / viewH);
        legendTitle->SetInput(title.c_str());
        legendTitle->GetTextProperty()->SetJustificationToRight();
        legendTitle->GetPositionCoordinate()->SetValue(1.0 - marginPx / viewW,
                                                       (marginPx + heightPx + 4.0) / viewH);
        legend->SetVisibility(true);
        legendTitle->SetVisibility(true);
    }
    void updateSelectionOverlay() {
        std::unordered_set<ObjectId> want(selection.begin(), selection.end());
        std::vector<PickBox> boxes;
        std::vector<PickSegment> segments;
        if (!want.empty()) {
            // After an edit the pick index is out of date: the selection's shapes are taken
            // from the representations, and the index is built again at the next pick, not
            // after every step of a drag (no hover picks while a button is down).
            for (const PickBox& b : pickBoxes())
                if (want.count(b.id))
                    boxes.push_back(b);
            for (const PickSegment& s : pickSegments())
                if (want.count(s.id))
                    segments.push_back(s);
        }
        selectionOverlay->show(boxes, segments);
    }
    void setHover(ObjectId id) {
        if (id == hoverId)
            return;
        hoverId = id;
        const QString label = q->describe(id);
        hoverText->SetInput(label.toUtf8().constData());
        hoverText->SetVisibility(id != kNoId);
        emit q->hovered(id, label);
        needsRender = true;
        q->update();
    }
    void forward(QMouseEvent* e, unsigned long event) {
        const qreal dpr = q->devicePixelRatioF();
        interactor->SetEventInformationFlipY(static_cast<int>(e->position().x() * dpr),
                                             static_cast<int>(e->position().y() * dpr),
                                             (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                             (e->modifiers() & Qt::ShiftModifier) ? 1 : 0);
        interactor->InvokeEvent(event, e);
        if (event == vtkCommand::MouseMoveEvent)
            fitted = false; // the user moved the camera
        renderer->ResetCameraClippingRange();
        needsRender = true;
        q->update();
    }
    // The VTK render window drawing into our framebuffer (docs/platform-notes.md).
    void setUpWindow() {
        vtkGenericOpenGLRenderWindow* w = window;
        w->SetReadyForRendering(false);
        w->SetFrameBlitModeToNoBlit();
        w->SetOwnContext(false);
        w->SetMultiSamples(0);
        w->AddRenderer(renderer);
        w->SetSize(std::max(1, q->width()), std::max(1, q->height()));
    }
    void bridgeContext() {
        vtkGenericOpenGLRenderWindow* w = window;
        // The bridge (docs/platform-notes.md, "The Qt 6 viewport"): VTK asks whether our context is
        // current and makes it current through the context itself, never through makeCurrent().
        makeCurrentCb->SetClientData(q);
        makeCurrentCb->SetCallback([](vtkObject*, unsigned long, void* client, void*) {
            auto* self = static_cast<ViewportWidget*>(client);
            QOpenGLContext* ctx = self->context();
            if (ctx && QOpenGLContext::currentContext() != ctx)
                ctx->makeCurrent(ctx->surface());
        });
        isCurrentCb->SetClientData(q);
        isCurrentCb->SetCallback([](vtkObject*, unsigned long, void* client, void* callData) {
            auto* self = static_cast<ViewportWidget*>(client);
            *static_cast<bool*>(callData) =
                self->context() && QOpenGLContext::currentContext() == self->context();
        });
        frameCb->SetClientData(q);
        frameCb->SetCallback([](vtkObject*, unsigned long, void* client, void*) {
            auto* self = static_cast<ViewportWidget*>(client);
            if (self->d_ && !self->d_->inPaint)
                self->update();
        });
        w->AddObserver(vtkCommand::WindowMakeCurrentEvent, makeCurrentCb);
        w->AddObserver(vtkCommand::WindowIsCurrentEvent, isCurrentCb);
        w->AddObserver(vtkCommand::WindowFrameEvent, frameCb);
    }
    // Frames the whole scene (a fit the next resize repeats) after aim(camera, centre x, centre y)
    // has pointed the camera at its middle.
    template <class Aim> void viewAll(Aim&& aim) {
        double b[6] = {-10, 10, -10, 10, 0, 3};
        sceneBounds(b);
        aim(renderer->GetActiveCamera(), (b[0] + b[1]) / 2, (b[2] + b[3]) / 2);
        frame(b);
        fitted = true;
        fitKind = 0;
        needsRender = true;
        q->update();
    }
    void setUpScene() {
        // A light background gradient (top darker), three-point lighting, FXAA edges.
        vtkRenderer* r = renderer;
        r->GradientBackgroundOn();
        r->SetBackground(0.94, 0.95, 0.97);
        r->SetBackground2(0.70, 0.76, 0.84);
        r->UseFXAAOn();
        vtkNew<vtkLightKit> lights;
        lights->SetKeyLightIntensity(0.85);
        lights->AddLightsToRenderer(r);

        style.TakeReference(newOrbitCameraStyle());
        interactor->SetRenderWindow(window);
        interactor->SetInteractorStyle(style);
        interactor->EnableRenderOff(); // the style moves the camera; paintGL renders
    }
    void setUpLegend() {
        vtkRenderer* r = renderer;
        // Legend: a filled square symbol per entry, lower right.
        vtkNew<vtkPoints> pts;
        pts->InsertNextPoint(0, 0, 0);
        pts->InsertNextPoint(1, 0, 0);
        pts->InsertNextPoint(1, 1, 0);
        pts->InsertNextPoint(0, 1, 0);
        vtkNew<vtkCellArray> poly;
        const vtkIdType quad[4] = {0, 1, 2, 3};
        poly->InsertNextCell(4, quad);
        legendSymbol->SetPoints(pts);
        legendSymbol->SetPolys(poly);
        legend->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
        legend->GetPosition2Coordinate()->SetCoordinateSystemToNormalizedViewport();
        legend->UseBackgroundOn();
        legend->SetBackgroundColor(1.0, 1.0, 1.0);
        legend->SetBackgroundOpacity(0.85);
        legend->BorderOn();
        legend->ScalarVisibilityOn();
        legend->GetEntryTextProperty()->SetColor(0.1, 0.1, 0.12);
        legend->GetEntryTextProperty()->SetFontSize(14);
        legend->SetVisibility(false);
        r->AddViewProp(legend);
        legendTitle->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
        legendTitle->GetTextProperty()->SetFontSize(15);
        legendTitle->GetTextProperty()->SetBold(true);
        legendTitle->GetTextProperty()->SetColor(0.1, 0.1, 0.12);
        legendTitle->SetVisibility(false);
        r->AddViewProp(legendTitle);
        hoverText->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
        hoverText->GetPositionCoordinate()->SetValue(0.01, 0.94);
        hoverText->GetTextProperty()->SetFontSize(15);
        hoverText->GetTextProperty()->SetColor(0.08, 0.08, 0.1);
        hoverText->GetTextProperty()->SetBackgroundColor(1.0, 1.0, 1.0);
        hoverText->GetTextProperty()->SetBackgroundOpacity(0.85);
        hoverText->SetVisibility(false);
        r->AddViewProp(hoverText);
    }
    // A guide drawn as unlit lines that picking passes through (ground grid, axes).
    void addGuideLines(vtkActor* actor, vtkPolyData* data) {
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(data);
        actor->SetMapper(mapper);
        actor->GetProperty()->LightingOff();
        actor->PickableOff();
        renderer->AddActor(actor);
    }
    void setUpGroundAndCompass() {
        vtkRenderer* r = renderer;
        // Ground grid and axes.
        addGuideLines(grid, gridData);
        grid->GetProperty()->SetColor(0.55, 0.6, 0.66);
        grid->GetProperty()->SetOpacity(0.45);
        addGuideLines(axes, axesData);
        axes->GetProperty()->SetLineWidth(3.0);
        // North arrow and scale bar (display coordinates).
        vtkNew<vtkPolyDataMapper2D> northMapper;
        northMapper->SetInputData(northData);
        north->SetMapper(northMapper);
        north->GetProperty()->SetColor(0.15, 0.17, 0.22);
        r->AddViewProp(north);
        northText->SetInput("N");
        northText->GetTextProperty()->SetFontSize(15);
        northText->GetTextProperty()->SetBold(true);
        northText->GetTextProperty()->SetColor(0.15, 0.17, 0.22);
        r->AddViewProp(northText);
        vtkNew<vtkPolyDataMapper2D> scaleMapper;
        scaleMapper->SetInputData(scaleData);
        scaleBar->SetMapper(scaleMapper);
        scaleBar->GetProperty()->SetColor(0.1, 0.1, 0.12);
        scaleBar->GetProperty()->SetLineWidth(2.0);
        r->AddViewProp(scaleBar);
        scaleText->GetTextProperty()->SetFontSize(13);
        scaleText->GetTextProperty()->SetColor(0.1, 0.1, 0.12);
        r->AddViewProp(scaleText);
    }
    void setUpOverlays() {
        vtkRenderer* r = renderer;
        // The actors each representation creates up front belong to its layer.
        makeReps();
        selectionOverlay = std::make_unique<SelectionOverlay>(r, kSelectionRgb);
        preview = std::make_unique<TubeSet>(r, TubeSet::Style::Tubes, 12);
        preview->setOpacity(0.8);
        dimensionLines = std::make_unique<TubeSet>(r, TubeSet::Style::Lines);
        dimensionLines->setLineWidth(2.0);
        vtkNew<vtkPolyDataMapper2D> snapMapper;
        snapMapper->SetInputData(snapData);
        snapActor->SetMapper(snapMapper);
        snapActor->GetProperty()->SetColor(kSnapRgb[0], kSnapRgb[1], kSnapRgb[2]);
        snapActor->GetProperty()->SetLineWidth(2.5);
        snapActor->SetVisibility(false);
        r->AddViewProp(snapActor);
        snapText->GetTextProperty()->SetFontSize(13);
        snapText->GetTextProperty()->SetBold(true);
        snapText->GetTextProperty()->SetColor(kSnapRgb[0], kSnapRgb[1], kSnapRgb[2]);
        snapText->GetTextProperty()->SetBackgroundColor(1.0, 1.0, 1.0);
        snapText->GetTextProperty()->SetBackgroundOpacity(0.75);
        snapText->SetVisibility(false);
        r->AddViewProp(snapText);
    }
};

ViewportWidget::ViewportWidget(QWidget* parent)
    : QOpenGLWidget(parent), d_(std::make_unique<Impl>(this)) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    d_->editHold = new QTimer(this);
    d_->editHold->setSingleShot(true);
    d_->editHold->setInterval(kEditFrameHoldMs);
    connect(d_->editHold, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    d_->wheelSettle = new QTimer(this);
    d_->wheelSettle->setSingleShot(true);
    d_->wheelSettle->setInterval(kWheelSettleMs);
    connect(d_->wheelSettle, &QTimer::timeout, this, [this] { d_->setCameraMoving(false); });
    d_->setUpWindow();
    d_->bridgeContext();
    d_->setUpScene();
    d_->setUpLegend();
    d_->setUpGroundAndCompass();
    d_->rebuildGrid();
    d_->setUpOverlays();
    viewIsometric();
}

ViewportWidget::~ViewportWidget() {
    // Release VTK's GL resources while our context exists and is current; the observers stay
    // attached so that VTK's own teardown finds the context current too.
    if (d_->initialized && context()) {
        makeCurrent();
        d_->selectionOverlay.reset();
        d_->preview.reset();
        d_->dimensionLines.reset();
        d_->halls.reset();
        d_->racks.reset();
        d_->power.reset();
        d_->cooling.reset();
        d_->network.reset();
        d_->kept.clear();
        d_->window->Finalize();
        d_->window->SetReadyForRendering(false);
        d_.reset();
        doneCurrent();
        return;
    }
    d_->window->RemoveObserver(d_->makeCurrentCb);
    d_->window->RemoveObserver(d_->isCurrentCb);
    d_->window->RemoveObserver(d_->frameCb);
}

void ViewportWidget::setDefaultSurfaceFormat() {
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 2);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    fmt.setRedBufferSize(8);
    fmt.setGreenBufferSize(8);
    fmt.setBlueBufferSize(8);
    fmt.setAlphaBufferSize(8);
    fmt.setDepthBufferSize(24);
    fmt.setStencilBufferSize(0);
    fmt.setSamples(0); // multisampling, if any, happens inside VTK (platform-notes.md)
    QSurfaceFormat::setDefaultFormat(fmt);
}

void ViewportWidget::setDesign(const Design* design, const Catalog* catalog) {
    const bool newDesign = design != d_->design;
    d_->design = design;
    d_->catalog = catalog;
    if (newDesign) {
        d_->isolated = kNoId;
        d_->isolatedDesign.reset();
    }
    d_->buildIsolated();
    d_->index = design ? d_->indexOfShown() : nullptr;
    // The rebuild draws bundles; the next frame decides the level of detail again.
    d_->detailFocusM.reset();
    d_->network->resetDetail();
    d_->hoverId = kNoId;
    d_->hoverText->SetVisibility(false);
    if (design && catalog) {
        const SceneInputs in = d_->inputs();
        d_->eachRep([&](Representation* r) { r->rebuild(in); });
    } else {
        Design empty;
        DesignIndex emptyIndex(empty);
        Catalog noCatalog;
        SceneInputs in = d_->inputs();
        in.design = &empty;
        in.catalog = &noCatalog;
        in.index = &emptyIndex;
        d_->eachRep([&](Representation* r) { r->rebuild(in); });
        d_->design = nullptr;
    }
    d_->markPickDirty();
    d_->rebuildGrid();
    d_->updateLegend();
    d_->updateSelectionOverlay();
    if (newDesign)
        viewIsometric();
    d_->needsRender = true;
    update();
}

void ViewportWidget::showDesign(const Design* design, const Catalog* catalog, std::uint64_t key) {
    const bool wasFitted = d_->fitted;
    const int fitKind = d_->fitKind;
    const QVariantMap camera = cameraState();
    d_->hoverId = kNoId;
    d_->hoverText->SetVisibility(false);
    if (key != 0 && key == d_->sceneKey && design == d_->design && catalog == d_->catalog &&
        d_->isolated == kNoId) {
        // The scene shown already (a variant sharing this design, not edited since).
    } else {
        const bool keptCurrent = d_->keepScene();
        if (d_->restoreScene(key, design, catalog)) {
            d_->rebuildGrid();
            d_->updateLegend();
            d_->updateSelectionOverlay();
        } else {
            if (keptCurrent)
                d_->makeReps();
            setDesign(design, catalog);
            d_->sceneKey = key;
        }
        d_->trimKept();
    }
    // The camera stays where the user put it (comparing variants of one site in place); a view
    // still fitted is fitted to the design shown now.
    if (wasFitted) {
        d_->fitKind = fitKind;
        if (fitKind == 1 && !d_->selection.empty())
            fitSelection();
        else
            fitAll();
    } else {
        setCameraState(camera);
    }
    d_->needsRender = true;
    update();
}

void ViewportWidget::setSceneKey(std::uint64_t key) {
    d_->sceneKey = key;
}

void ViewportWidget::dropKeptScenes() {
    d_->kept.clear();
}

std::size_t ViewportWidget::keptSceneCount() const {
    return d_->kept.size();
}

void ViewportWidget::setDesignPointer(const Design* design) {
    if (!d_->design || !design || design == d_->design)
        return;
    d_->design = design;
    // The index refers to the design it was built from.
    d_->index = d_->indexOfShown();
}

void ViewportWidget::setIndexSource(IndexSource source) {
    d_->indexSource = std::move(source);
}

void ViewportWidget::applyChange(const DesignChange& change) {
    if (!d_->design || !d_->catalog)
        return;
    if (d_->isolated != kNoId) { // the isolated part is rebuilt whole
        setDesign(d_->design, d_->catalog);
        return;
    }
    if (change.kind != DesignChange::Kind::Modified || !d_->index)
        d_->index = d_->indexOfShown(); // not isolated: the design itself
    const SceneInputs in = d_->inputs();
    d_->eachRep([&](Representation* r) { r->applyChange(in, change); });
    d_->markPickDirty();
    if (change.kind != DesignChange::Kind::Modified || change.touches(ObjectKind::Hall))
        d_->rebuildGrid();
    d_->updateLegend();
    d_->updateSelectionOverlay();
    if (std::find(change.ids.begin(), change.ids.end(), d_->hoverId) != change.ids.end() ||
        change.kind == DesignChange::Kind::Reset)
        d_->setHover(kNoId);
    d_->needsRender = true;
    // The frame that shows the edit waits for the edit's findings (setStatus), at most
    // kEditFrameHoldMs from the first edit held: the findings are then not queued behind a
    // frame (over 0.1 s of a 1 GW campus in software), and one frame shows the edit with them
    // instead of two. A drag's edits share the held frame. Paints asked for meanwhile (a
    // selection, a hover) draw the scene as it is, edit included.
    if (!d_->editHold->isActive())
        d_->editHold->start();
}

void ViewportWidget::setSelection(const std::vector<ObjectId>& ids) {
    d_->selection = ids;
    d_->updateSelectionOverlay();
    d_->needsRender = true;
    update();
}

void ViewportWidget::setRackColouring(RackColouring mode) {
    d_->colouring = mode;
    if (d_->design)
        d_->racks->recolour(d_->inputs());
    d_->updateLegend();
    d_->needsRender = true;
    update();
}

RackColouring ViewportWidget::rackColouring() const {
    return d_->colouring;
}

void ViewportWidget::setStatus(const std::unordered_map<ObjectId, Severity>& status) {
    // The findings of an edit: its held frame is drawn now. The racks are coloured again only
    // when a status changed (an edit's findings are mostly the same as before it).
    const bool held = d_->editHold->isActive();
    d_->editHold->stop();
    if (status != d_->status) {
        d_->status = status;
        if (d_->design && d_->colouring == RackColouring::ByStatus) {
            d_->racks->recolour(d_->inputs());
            d_->needsRender = true;
            update();
        }
    }
    if (held)
        update();
}

void ViewportWidget::setHighlighted(const std::vector<ObjectId>& ids, QColor colour) {
    d_->highlighted = std::unordered_set<ObjectId>(ids.begin(), ids.end());
    d_->highlightRgb = {static_cast<unsigned char>(colour.red()),
                        static_cast<unsigned char>(colour.green()),
                        static_cast<unsigned char>(colour.blue())};
    if (d_->design) {
        const SceneInputs in = d_->inputs();
        d_->eachRep([&](Representation* r) { r->recolour(in); });
        d_->markPickDirty();
    }
    d_->needsRender = true;
    update();
}

void ViewportWidget::setCustomLegend(const QString& title,
                                     const std::vector<std::pair<QString, QColor>>& entries) {
    d_->customLegendTitle = title.toStdString();
    d_->customLegend.clear();
    for (const auto& [label, colour] : entries)
        d_->customLegend.push_back(
            {label.toStdString(), Rgb{static_cast<unsigned char>(colour.red()),
                                      static_cast<unsigned char>(colour.green()),
                                      static_cast<unsigned char>(colour.blue())}});
    d_->updateLegend();
    d_->needsRender = true;
    update();
}

void ViewportWidget::setPreviewPolyline(const std::vector<PointM>& pts, double diameterM) {
    if (pts.size() < 2)
        d_->preview->set({});
    else
        d_->preview->set({Tube{kNoId, pts, std::max(diameterM, 0.01) / 2, kPreviewRgb}});
    d_->needsRender = true;
    update();
}

void ViewportWidget::setSnapMarker(const PointM& pointM, const QString& label) {
    if (label == d_->snapLabel && pointM.xM == d_->snapPointM.xM && pointM.yM == d_->snapPointM.yM)
        return;
    d_->snapPointM = pointM;
    d_->snapLabel = label;
    d_->needsRender = true;
    update();
}

QString ViewportWidget::snapMarkerLabel() const {
    return d_->snapLabel;
}

PointM ViewportWidget::snapMarkerPoint() const {
    return d_->snapPointM;
}

void ViewportWidget::setDimensions(const std::vector<std::pair<PointM, PointM>>& dimensions) {
    d_->dimensions = dimensions;
    d_->rebuildDimensions();
    d_->needsRender = true;
    update();
}

QStringList ViewportWidget::dimensionLabels() const {
    return d_->dimensionLabels;
}

QVariantMap ViewportWidget::cameraState() const {
    vtkCamera* cam = d_->renderer->GetActiveCamera();
    auto list = [](const double* v) { return QVariantList{v[0], v[1], v[2]}; };
    return {{"parallel", bool(cam->GetParallelProjection())},
            {"position", list(cam->GetPosition())},
            {"focalPoint", list(cam->GetFocalPoint())},
            {"viewUp", list(cam->GetViewUp())},
            {"viewAngleDeg", cam->GetViewAngle()},
            {"parallelScale", cam->GetParallelScale()}};
}

bool ViewportWidget::setCameraState(const QVariantMap& state) {
    auto vec = [&](const char* key, double out[3]) {
        const QVariantList l = state.value(key).toList();
        if (l.size() != 3)
            return false;
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            out[i] = l[i].toDouble(&ok);
            if (!ok || !std::isfinite(out[i]))
                return false;
        }
        return true;
    };
    double pos[3], focal[3], up[3];
    bool okAngle = false, okScale = false;
    const double angle = state.value("viewAngleDeg").toDouble(&okAngle);
    const double scale = state.value("parallelScale").toDouble(&okScale);
    if (!vec("position", pos) || !vec("focalPoint", focal) || !vec("viewUp", up) || !okAngle ||
        !okScale || !(angle > 0 && angle < 180) || !(scale > 0) ||
        std::hypot(pos[0] - focal[0], pos[1] - focal[1], pos[2] - focal[2]) <= 0)
        return false;
    vtkCamera* cam = d_->renderer->GetActiveCamera();
    cam->SetParallelProjection(state.value("parallel").toBool());
    cam->SetFocalPoint(focal);
    cam->SetPosition(pos);
    cam->SetViewUp(up);
    cam->SetViewAngle(angle);
    cam->SetParallelScale(scale);
    d_->fitted = false; // a chosen view: a resize keeps it
    d_->renderer->ResetCameraClippingRange();
    d_->needsRender = true;
    update();
    return true;
}

void ViewportWidget::setNetworkDetailEnabled(bool enabled) {
    d_->networkDetailEnabled = enabled;
    d_->updateLevelOfDetail();
    d_->needsRender = true;
    update();
}

bool ViewportWidget::networkDetailShown() const {
    d_->updateLevelOfDetail();
    return d_->network->detailed();
}

std::size_t ViewportWidget::networkLinesDrawn() const {
    d_->updateLevelOfDetail();
    return d_->network->linesDrawn();
}

double ViewportWidget::visibleSpanM() const {
    return d_->visibleSpanM();
}

void ViewportWidget::setNavigationEnabled(bool enabled) {
    d_->navigation = enabled;
}
bool ViewportWidget::navigationEnabled() const {
    return d_->navigation;
}

void ViewportWidget::viewPlan() {
    d_->viewAll([](vtkCamera* cam, double cx, double cy) {
        cam->ParallelProjectionOn();
        cam->SetFocalPoint(cx, cy, 0.0);
        cam->SetPosition(cx, cy, 100.0);
        cam->SetViewUp(0.0, 1.0, 0.0);
    });
}

void ViewportWidget::viewIsometric() {
    d_->viewAll([](vtkCamera* cam, double cx, double cy) {
        cam->ParallelProjectionOff();
        cam->SetViewAngle(30.0);
        cam->SetFocalPoint(cx, cy, 0.0);
        // From the south-west, 35 degrees above the horizon.
        cam->SetPosition(cx - 1.0, cy - 1.0, 1.0);
        cam->SetViewUp(0.0, 0.0, 1.0);
    });
}

void ViewportWidget::fitAll() {
    d_->viewAll([](vtkCamera*, double, double) {});
}

void ViewportWidget::fitSelection() {
    d_->ensurePickIndex();
    PickBox box;
    if (d_->selection.empty() || !d_->pick.boundsOf(d_->selection, box)) {
        fitAll();
        return;
    }
    // At least a 6 m square around a single rack so its neighbours give context.
    const double cx = (box.minM.xM + box.maxM.xM) / 2, cy = (box.minM.yM + box.maxM.yM) / 2;
    const double hx = std::max(3.0, (box.maxM.xM - box.minM.xM) / 2),
                 hy = std::max(3.0, (box.maxM.yM - box.minM.yM) / 2);
    double b[6] = {cx - hx, cx + hx, cy - hy, cy + hy, box.minM.zM, box.maxM.zM};
    d_->frame(b);
    d_->fitted = true;
    d_->fitKind = 1;
    d_->needsRender = true;
    update();
}

void ViewportWidget::orbit(double azimuthDeg, double elevationDeg) {
    orbitCamera(d_->renderer->GetActiveCamera(), azimuthDeg, elevationDeg);
    d_->fitted = false;
    d_->renderer->ResetCameraClippingRange();
    d_->needsRender = true;
    update();
}

std::optional<PointM> ViewportWidget::pickFloor(QPoint widgetPos) const {
    const Ray ray = d_->rayAt(QPointF(widgetPos) + QPointF(0.5, 0.5));
    if (std::abs(ray.dir.zM) < 1e-9)
        return std::nullopt;
    const double t = -ray.originM.zM / ray.dir.zM;
    if (t < 0)
        return std::nullopt; // the floor is behind the camera
    PointM hit{ray.originM.xM + t * ray.dir.xM, ray.originM.yM + t * ray.dir.yM, 0.0};
    // Near the horizon of a perspective view a pixel covers tens of metres of ground and the
    // hit runs off towards infinity (a hall drag gave 67.8 x 524.4 m): clamp the pick to the
    // ground within reach of the view's centre, kHorizonReach camera distances from the focal
    // point (at least kMinReachM), keeping its bearing from the focal point.
    vtkCamera* cam = d_->renderer->GetActiveCamera();
    if (!cam->GetParallelProjection()) {
        double f[3];
        cam->GetFocalPoint(f);
        const double reachM = std::max(kHorizonReach * cam->GetDistance(), kMinReachM);
        const double dx = hit.xM - f[0], dy = hit.yM - f[1];
        const double distM = std::hypot(dx, dy);
        if (distM > reachM) {
            hit.xM = f[0] + dx * reachM / distM;
            hit.yM = f[1] + dy * reachM / distM;
        }
    }
    return hit;
}

ObjectId ViewportWidget::pickObject(QPoint widgetPos) const {
    if (!d_->design)
        return kNoId;
    d_->ensurePickIndex();
    return d_->pick.pick(d_->rayAt(QPointF(widgetPos) + QPointF(0.5, 0.5)));
}

std::vector<ObjectId> ViewportWidget::objectsInRect(QRect widgetRect) const {
    std::vector<ObjectId> out;
    if (!d_->design)
        return out;
    d_->ensurePickIndex();
    const QRectF r = QRectF(widgetRect.normalized());
    std::unordered_set<ObjectId> seen;
    for (const PickBox& b : d_->pick.boxes())
        if (r.contains(d_->project(b.centre())) && seen.insert(b.id).second)
            out.push_back(b.id);
    for (const PickSegment& s : d_->pick.segments()) {
        const PointM mid{(s.aM.xM + s.bM.xM) / 2, (s.aM.yM + s.bM.yM) / 2, (s.aM.zM + s.bM.zM) / 2};
        if (!seen.count(s.id) && r.contains(d_->project(mid)) && seen.insert(s.id).second)
            out.push_back(s.id);
    }
    return out;
}

QPointF ViewportWidget::projectToWidget(const PointM& p) const {
    return d_->project(p);
}

QString ViewportWidget::describe(ObjectId id) const {
    if (!d_->design || !d_->index || id == kNoId)
        return {};
    const DesignIndex& ix = *d_->index;
    const Design& ds = *d_->shown(); // the index is of what the scene shows
    const auto entry = ix.find(id);
    auto name = [](const std::string& n, ObjectId oid) {
        return n.empty() ? QString("#%1").arg(oid) : QString::fromStdString(n);
    };
    switch (entry.kind) {
    case ObjectKind::Rack: {
        const Rack& r = ds.racks[entry.index];
        const RackTypeInfo& t = d_->racks->palette().type(r.catalogId);
        QString s = tr("%1 - rack %2").arg(name(r.name, id), QString::fromStdString(r.catalogId));
        if (t.known)
            s += " - " + kw(t.powerKw);
        else
            s += tr(" - type not in catalog");
        auto st = d_->status.find(id);
        if (st != d_->status.end())
            s += QString(" - %1").arg(kindText(toString(st->second)));
        return s;
    }
    case ObjectKind::PowerNode: {
        const PowerNode& p = ds.powerNodes[entry.index];
        QString s = QString("%1 - %2").arg(name(p.name, id), kindText(toString(p.kind)));
        if (p.ratingKva > 0)
            s += QString(" - %1 kVA").arg(p.ratingKva, 0, 'f', 0);
        else if (p.currentRatingA > 0)
            s += QString(" - %1 A").arg(p.currentRatingA, 0, 'f', 0);
        if (!p.path.empty())
            s += tr(" - path %1").arg(QString::fromStdString(p.path));
        return s;
    }
    case ObjectKind::PowerLink: {
        const PowerLink& l = ds.powerLinks[entry.index];
        QString s = tr("Power link #%1 - %2").arg(id).arg(kindText(toString(l.kind)));
        if (l.currentRatingA > 0)
            s += QString(" - %1 A").arg(l.currentRatingA, 0, 'f', 0);
        if (l.lengthM > 0)
            s += QString(" - %1 m").arg(QLocale().toString(l.lengthM, 'f', 1));
        return s;
    }
    case ObjectKind::CoolingNode: {
        const CoolingNode& c = ds.coolingNodes[entry.index];
        return QString("%1 - %2 - %3")
            .arg(name(c.name, id), kindText(toString(c.kind)), kw(c.capacityKw));
    }
    case ObjectKind::Pipe: {
        const Pipe& p = ds.pipes[entry.index];
        return tr("Pipe #%1 - %2 loop - ID %3 mm - %4 m")
            .arg(id)
            .arg(kindText(toString(p.loop)).toLower())
            .arg(QLocale().toString(p.innerDiameterMm, 'f', 0))
            .arg(QLocale().toString(p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM), 'f', 1));
    }
    case ObjectKind::NetworkSwitch: {
        const NetworkSwitch& s = ds.switches[entry.index];
        return tr("%1 - switch %2 - tier %3 - %4 x %5G")
            .arg(name(s.name, id), QString::fromStdString(s.catalogId))
            .arg(s.tier)
            .arg(s.portCount)
            .arg(s.portSpeedGbps, 0, 'f', 0);
    }
    case ObjectKind::Hall: {
        const Hall& h = ds.halls[entry.index];
        return tr("%1 - hall %2 x %3 m")
            .arg(name(h.name, id), QLocale().toString(h.widthM), QLocale().toString(h.depthM));
    }
    default:
        return QString("%1 #%2").arg(kindText(toString(entry.kind))).arg(id);
    }
}

void ViewportWidget::initializeGL() {
    const qreal dpr = devicePixelRatioF();
    vtkGenericOpenGLRenderWindow* w = d_->window;
    w->SetOwnContext(false);
    w->SetPosition(0, 0);
    w->SetSize(std::max(1, static_cast<int>(width() * dpr)),
               std::max(1, static_cast<int>(height() * dpr)));
    w->OpenGLInitContext();
    w->SetMapped(1);
    w->SetIsDirect(1);
    w->SetSupportsOpenGL(1);
    w->SetReadyForRendering(true);
    w->OpenGLInitState();
    d_->interactor->UpdateSize(w->GetSize()[0], w->GetSize()[1]);
    d_->interactor->Initialize();
    d_->initialized = true;
    d_->needsRender = true;
}

void ViewportWidget::resizeGL(int w, int h) {
    const qreal dpr = devicePixelRatioF();
    const int pw = std::max(1, static_cast<int>(w * dpr)),
              ph = std::max(1, static_cast<int>(h * dpr));
    d_->window->SetSize(pw, ph);
    d_->interactor->UpdateSize(pw, ph);
    d_->updateLegend(); // sized in pixels
    if (d_->fitted) {   // still as the last fit left it: fit the new shape
        if (d_->fitKind == 1)
            fitSelection();
        else
            fitAll();
    }
    d_->renderer->ResetCameraClippingRange();
    d_->needsRender = true;
}

void ViewportWidget::setLayerVisible(ViewLayer layer, bool visible) {
    d_->layerOn[static_cast<std::size_t>(layer)] = visible;
    d_->applyLayers();
    d_->needsRender = true;
    update();
}

bool ViewportWidget::isLayerVisible(ViewLayer layer) const {
    return d_->layerOn[static_cast<std::size_t>(layer)];
}

void ViewportWidget::isolateHall(ObjectId hallId) {
    if (hallId == d_->isolated)
        return;
    d_->isolated = hallId;
    setDesign(d_->design, d_->catalog);
    if (d_->isolated != kNoId || hallId == kNoId)
        fitAll();
}

ObjectId ViewportWidget::isolatedHall() const {
    return d_->isolated;
}

double ViewportWidget::gridSpacingM() const {
    return d_->gridSpacing;
}

bool ViewportWidget::isFitted() const {
    return d_->fitted;
}

QRectF ViewportWidget::sceneRectOnScreen() const {
    double b[6] = {0, 0, 0, 0, 0, 0};
    if (!d_->sceneBounds(b))
        return {};
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (int c = 0; c < 8; ++c) {
        const QPointF p = d_->project(PointM{b[c & 1 ? 1 : 0], b[c & 2 ? 3 : 2], b[c & 4 ? 5 : 4]});
        x0 = std::min(x0, p.x()), y0 = std::min(y0, p.y());
        x1 = std::max(x1, p.x()), y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QRectF ViewportWidget::legendRect() const {
    if (!d_->legend->GetVisibility())
        return {};
    const double w = width(), h = height();
    double* p1 = d_->legend->GetPositionCoordinate()->GetValue();
    double* p2 = d_->legend->GetPosition2Coordinate()->GetValue();
    // Normalized viewport, y up; widget y goes down. The title sits just above.
    const double left = p1[0] * w, right = (p1[0] + p2[0]) * w;
    const double bottom = h - p1[1] * h, top = h - (p1[1] + p2[1]) * h - 22.0;
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString ViewportWidget::vtkVersionText() {
    return QString::fromUtf8(vtkVersion::GetVTKVersion());
}

void ViewportWidget::paintGL() {
    if (!d_->initialized)
        return;
    d_->inPaint = true;
    vtkGenericOpenGLRenderWindow* w = d_->window;
    vtkOpenGLState* state = w->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    const qreal dpr = devicePixelRatioF();
    const int dstW = std::max(1, static_cast<int>(width() * dpr)),
              dstH = std::max(1, static_cast<int>(height() * dpr));
    if (w->GetSize()[0] != dstW || w->GetSize()[1] != dstH) {
        w->SetSize(dstW, dstH);
        d_->needsRender = true;
    }
    QOpenGLExtraFunctions* f = context()->extraFunctions();
    if (d_->needsRender) {
        d_->updateOverlays();
        QElapsedTimer timer;
        timer.start();
        w->Render();
        f->glFinish();
        d_->lastFrameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        ++d_->framesRendered;
        d_->needsRender = false;
    }
    // Blit VTK's frame into Qt's framebuffer (queried every frame: Qt may recreate it).
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    GLenum buffer = GL_COLOR_ATTACHMENT0;
    f->glDrawBuffers(1, &buffer);
    state->vtkglDisable(GL_SCISSOR_TEST);
    int* src = w->GetRenderFramebuffer()->GetLastSize();
    w->BlitDisplayFramebuffer(0, 0, 0, src[0], src[1], 0, 0, dstW, dstH, GL_COLOR_BUFFER_BIT,
                              GL_NEAREST);
    // Opaque alpha, or the widget composes see-through over the window background.
    state->vtkglViewport(0, 0, dstW, dstH);
    state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    state->vtkglClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    state->vtkglClear(GL_COLOR_BUFFER_BIT);
    state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    state->Pop();
    d_->inPaint = false;
}

QImage ViewportWidget::renderToImage(QSize size) {
    if (!d_->initialized)
        grabFramebuffer(); // creates the context and runs initializeGL on a hidden widget
    if (!d_->initialized || !context() || size.isEmpty())
        return {};
    makeCurrent();
    vtkGenericOpenGLRenderWindow* w = d_->window;
    const int oldW = w->GetSize()[0], oldH = w->GetSize()[1];
    vtkOpenGLState* state = w->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    d_->inPaint = true; // no update() from the frame event: this render is not for the screen
    w->SetSize(size.width(), size.height());
    // The camera keeps its view; the aspect follows the image.
    d_->renderer->ResetCameraClippingRange();
    d_->updateOverlays();
    QElapsedTimer timer;
    timer.start();
    w->Render();
    context()->functions()->glFinish();
    d_->lastFrameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    vtkNew<vtkUnsignedCharArray> pixels;
    w->GetRGBACharPixelData(0, 0, size.width() - 1, size.height() - 1, 0, pixels, 0);
    w->SetSize(oldW, oldH);
    d_->inPaint = false;
    state->Pop();
    doneCurrent();
    d_->needsRender = true;
    update();

    QImage image(size, QImage::Format_RGBA8888);
    if (pixels->GetNumberOfTuples() != static_cast<vtkIdType>(size.width()) * size.height())
        return {};
    const unsigned char* src = pixels->GetPointer(0);
    const int rowBytes = size.width() * 4;
    for (int y = 0; y < size.height(); ++y) // VTK rows go bottom-up
        std::memcpy(image.scanLine(size.height() - 1 - y),
                    src + static_cast<std::size_t>(y) * rowBytes,
                    static_cast<std::size_t>(rowBytes));
    return image.convertToFormat(QImage::Format_RGB32);
}

double ViewportWidget::lastFrameMs() const {
    return d_->lastFrameMs;
}

std::uint64_t ViewportWidget::framesRendered() const {
    return d_->framesRendered;
}

bool ViewportWidget::frameDue() const {
    return d_->needsRender;
}

bool ViewportWidget::cameraMoving() const {
    return d_->cameraMoving;
}

void ViewportWidget::mousePressEvent(QMouseEvent* e) {
    emit mousePressedOnView(e->position().toPoint(), e->button(), e->modifiers());
    if (e->button() == Qt::LeftButton) {
        d_->forwardingLeft = d_->navigation; // else the left button belongs to the editing tool
        if (!d_->forwardingLeft)
            return;
    }
    if (const unsigned long event = vtkButtonEvents(e->button()).first)
        d_->forward(e, event);
}

void ViewportWidget::mouseMoveEvent(QMouseEvent* e) {
    emit mouseMovedOnView(e->position().toPoint(), e->buttons(), e->modifiers());
    const bool dragging = (e->buttons() & (Qt::MiddleButton | Qt::RightButton)) ||
                          ((e->buttons() & Qt::LeftButton) && d_->forwardingLeft);
    if (dragging) {
        d_->wheelSettle->stop();
        d_->setCameraMoving(true);
        d_->forward(e, vtkCommand::MouseMoveEvent);
        return;
    }
    if (e->buttons() == Qt::NoButton) {
        const ObjectId id = pickObject(e->position().toPoint());
        d_->setHover(id);
        if (id != kNoId)
            QToolTip::showText(e->globalPosition().toPoint(), describe(id), this);
        else
            QToolTip::hideText();
    }
}

void ViewportWidget::mouseReleaseEvent(QMouseEvent* e) {
    emit mouseReleasedOnView(e->position().toPoint(), e->button(), e->modifiers());
    const bool left = e->button() == Qt::LeftButton;
    const bool forward = !left || d_->forwardingLeft; // a left press the view did not take
    if (left)
        d_->forwardingLeft = false;
    if (const unsigned long event = vtkButtonEvents(e->button()).second; event && forward)
        d_->forward(e, event);
    if (!(e->buttons() & (Qt::LeftButton | Qt::MiddleButton | Qt::RightButton)))
        d_->setCameraMoving(false); // the drag ended: full quality again
}

void ViewportWidget::wheelEvent(QWheelEvent* e) {
    const qreal dpr = devicePixelRatioF();
    d_->interactor->SetEventInformationFlipY(static_cast<int>(e->position().x() * dpr),
                                             static_cast<int>(e->position().y() * dpr),
                                             (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                             (e->modifiers() & Qt::ShiftModifier) ? 1 : 0);
    d_->fitted = false;
    d_->setCameraMoving(true);
    d_->wheelSettle->start();
    if (e->angleDelta().y() > 0)
        d_->interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent, e);
    else if (e->angleDelta().y() < 0)
        d_->interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent, e);
    d_->renderer->ResetCameraClippingRange();
    d_->needsRender = true;
    update();
    e->accept();
}

void ViewportWidget::leaveEvent(QEvent* e) {
    d_->setHover(kNoId);
    QOpenGLWidget::leaveEvent(e);
}

} // namespace aifp::ui
