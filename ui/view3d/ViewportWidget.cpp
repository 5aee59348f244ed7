#include "ui/view3d/ViewportWidget.hpp"
#include "ui/view3d/CoolingRepresentation.hpp"
#include "ui/view3d/HallRepresentation.hpp"
#include "ui/view3d/NetworkRepresentation.hpp"
#include "ui/view3d/OrbitCameraStyle.hpp"
#include "ui/view3d/PickIndex.hpp"
#include "ui/view3d/PowerRepresentation.hpp"
#include "ui/view3d/RackRepresentation.hpp"
#include "ui/view3d/SelectionOverlay.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QSurfaceFormat>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
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
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

namespace aifp::ui {

namespace {
// Selection outline colour.
constexpr Rgb kSelectionRgb{255, 215, 0};
// Preview (routing rubber band) colour.
constexpr Rgb kPreviewRgb{250, 230, 60};

QString kw(double v) {
    return QString::number(v, 'f', v < 100 ? 1 : 0) + " kW";
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
    vtkNew<vtkCallbackCommand> makeCurrentCb, isCurrentCb, frameCb;

    const Design* design = nullptr;
    const Catalog* catalog = nullptr;
    std::unique_ptr<DesignIndex> index;
    RackColouring colouring = RackColouring::ByType;
    std::unordered_map<ObjectId, Severity> status;
    std::unordered_set<ObjectId> highlighted;
    Rgb highlightRgb{255, 64, 32};
    std::vector<ObjectId> selection;

    std::unique_ptr<HallRepresentation> halls;
    std::unique_ptr<RackRepresentation> racks;
    std::unique_ptr<PowerRepresentation> power;
    std::unique_ptr<CoolingRepresentation> cooling;
    std::unique_ptr<NetworkRepresentation> network;
    std::unique_ptr<SelectionOverlay> selectionOverlay;
    std::unique_ptr<TubeSet> preview;

    mutable PickIndex pick;
    mutable bool pickDirty = true;
    bool initialized = false;
    bool inPaint = false;
    bool navigation = true;
    bool needsRender = true;
    bool forwardingLeft = false;
    double lastFrameMs = 0.0;
    ObjectId hoverId = kNoId;

    std::vector<Representation*> reps() {
        return {halls.get(), racks.get(), power.get(), cooling.get(), network.get()};
    }
    SceneInputs inputs() const {
        SceneInputs in;
        in.design = design;
        in.catalog = catalog;
        in.index = index.get();
        in.colouring = colouring;
        in.status = &status;
        in.highlighted = &highlighted;
        in.highlightRgb = highlightRgb;
        return in;
    }
    void ensurePickIndex() const {
        if (!pickDirty)
            return;
        std::vector<PickBox> boxes;
        std::vector<PickSegment> segments;
        if (design)
            for (Representation* r : const_cast<Impl*>(this)->reps())
                r->collectPickables(boxes, segments);
        pick.build(std::move(boxes), std::move(segments));
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
        ensurePickIndex();
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
        for (const PickBox& f : pick.boxes())
            grow(f.minM, f.maxM);
        for (const PickSegment& s : pick.segments()) {
            grow(s.aM, s.aM);
            grow(s.bM, s.bM);
        }
        return any;
    }
    void frame(const double bounds[6]) {
        vtkCamera* cam = renderer->GetActiveCamera();
        renderer->ResetCamera(bounds);
        if (cam->GetParallelProjection()) {
            // Tighter than the bounding sphere: fit the plan rectangle with a 5 % margin.
            const double w = bounds[1] - bounds[0], h = bounds[3] - bounds[2];
            cam->SetParallelScale(std::max(h / 2, w / 2 / aspect()) * 1.05 + 0.5);
        } else {
            cam->Dolly(1.35);
        }
        renderer->ResetCameraClippingRange();
    }
    void updateLegend() {
        if (!design || design->racks.empty()) {
            legend->SetVisibility(false);
            legendTitle->SetVisibility(false);
            return;
        }
        const auto entries = racks->palette().legend(inputs());
        legend->SetNumberOfEntries(static_cast<int>(entries.size()));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            double c[3] = {entries[i].colour[0] / 255.0, entries[i].colour[1] / 255.0,
                           entries[i].colour[2] / 255.0};
            legend->SetEntry(static_cast<int>(i), legendSymbol.Get(), entries[i].label.c_str(), c);
        }
        const double rowH = 0.035, h = rowH * static_cast<double>(entries.size());
        legend->GetPositionCoordinate()->SetValue(0.78, 0.02);
        legend->GetPosition2Coordinate()->SetValue(0.2, h);
        legendTitle->SetInput(RackPalette::modeName(colouring));
        legendTitle->GetPositionCoordinate()->SetValue(0.785, 0.03 + h);
        legend->SetVisibility(true);
        legendTitle->SetVisibility(true);
    }
    void updateSelectionOverlay() {
        ensurePickIndex();
        std::unordered_set<ObjectId> want(selection.begin(), selection.end());
        std::vector<PickBox> boxes;
        std::vector<PickSegment> segments;
        for (const PickBox& b : pick.boxes())
            if (want.count(b.id))
                boxes.push_back(b);
        for (const PickSegment& s : pick.segments())
            if (want.count(s.id))
                segments.push_back(s);
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
        renderer->ResetCameraClippingRange();
        needsRender = true;
        q->update();
    }
};

ViewportWidget::ViewportWidget(QWidget* parent)
    : QOpenGLWidget(parent), d_(std::make_unique<Impl>(this)) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);

    vtkGenericOpenGLRenderWindow* w = d_->window;
    w->SetReadyForRendering(false);
    w->SetFrameBlitModeToNoBlit();
    w->SetOwnContext(false);
    w->SetMultiSamples(0);
    w->AddRenderer(d_->renderer);
    w->SetSize(std::max(1, width()), std::max(1, height()));

    // The bridge (docs/platform-notes.md, "The Qt 6 viewport"): VTK asks whether our context is
    // current and makes it current through the context itself, never through makeCurrent().
    d_->makeCurrentCb->SetClientData(this);
    d_->makeCurrentCb->SetCallback([](vtkObject*, unsigned long, void* client, void*) {
        auto* self = static_cast<ViewportWidget*>(client);
        QOpenGLContext* ctx = self->context();
        if (ctx && QOpenGLContext::currentContext() != ctx)
            ctx->makeCurrent(ctx->surface());
    });
    d_->isCurrentCb->SetClientData(this);
    d_->isCurrentCb->SetCallback([](vtkObject*, unsigned long, void* client, void* callData) {
        auto* self = static_cast<ViewportWidget*>(client);
        *static_cast<bool*>(callData) =
            self->context() && QOpenGLContext::currentContext() == self->context();
    });
    d_->frameCb->SetClientData(this);
    d_->frameCb->SetCallback([](vtkObject*, unsigned long, void* client, void*) {
        auto* self = static_cast<ViewportWidget*>(client);
        if (self->d_ && !self->d_->inPaint)
            self->update();
    });
    w->AddObserver(vtkCommand::WindowMakeCurrentEvent, d_->makeCurrentCb);
    w->AddObserver(vtkCommand::WindowIsCurrentEvent, d_->isCurrentCb);
    w->AddObserver(vtkCommand::WindowFrameEvent, d_->frameCb);

    // A light background gradient (top darker), three-point lighting, FXAA edges.
    vtkRenderer* r = d_->renderer;
    r->GradientBackgroundOn();
    r->SetBackground(0.94, 0.95, 0.97);
    r->SetBackground2(0.70, 0.76, 0.84);
    r->UseFXAAOn();
    vtkNew<vtkLightKit> lights;
    lights->SetKeyLightIntensity(0.85);
    lights->AddLightsToRenderer(r);

    d_->style.TakeReference(newOrbitCameraStyle());
    d_->interactor->SetRenderWindow(w);
    d_->interactor->SetInteractorStyle(d_->style);
    d_->interactor->EnableRenderOff(); // the style moves the camera; paintGL renders

    // Legend: a filled square symbol per entry, lower right.
    vtkNew<vtkPoints> pts;
    pts->InsertNextPoint(0, 0, 0);
    pts->InsertNextPoint(1, 0, 0);
    pts->InsertNextPoint(1, 1, 0);
    pts->InsertNextPoint(0, 1, 0);
    vtkNew<vtkCellArray> poly;
    const vtkIdType quad[4] = {0, 1, 2, 3};
    poly->InsertNextCell(4, quad);
    d_->legendSymbol->SetPoints(pts);
    d_->legendSymbol->SetPolys(poly);
    d_->legend->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    d_->legend->GetPosition2Coordinate()->SetCoordinateSystemToNormalizedViewport();
    d_->legend->UseBackgroundOn();
    d_->legend->SetBackgroundColor(1.0, 1.0, 1.0);
    d_->legend->SetBackgroundOpacity(0.85);
    d_->legend->BorderOn();
    d_->legend->GetEntryTextProperty()->SetColor(0.1, 0.1, 0.12);
    d_->legend->GetEntryTextProperty()->SetFontSize(14);
    d_->legend->SetVisibility(false);
    r->AddViewProp(d_->legend);
    d_->legendTitle->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    d_->legendTitle->GetTextProperty()->SetFontSize(15);
    d_->legendTitle->GetTextProperty()->SetBold(true);
    d_->legendTitle->GetTextProperty()->SetColor(0.1, 0.1, 0.12);
    d_->legendTitle->SetVisibility(false);
    r->AddViewProp(d_->legendTitle);
    d_->hoverText->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    d_->hoverText->GetPositionCoordinate()->SetValue(0.01, 0.94);
    d_->hoverText->GetTextProperty()->SetFontSize(15);
    d_->hoverText->GetTextProperty()->SetColor(0.08, 0.08, 0.1);
    d_->hoverText->GetTextProperty()->SetBackgroundColor(1.0, 1.0, 1.0);
    d_->hoverText->GetTextProperty()->SetBackgroundOpacity(0.85);
    d_->hoverText->SetVisibility(false);
    r->AddViewProp(d_->hoverText);

    d_->halls = std::make_unique<HallRepresentation>(r);
    d_->racks = std::make_unique<RackRepresentation>(r);
    d_->power = std::make_unique<PowerRepresentation>(r);
    d_->cooling = std::make_unique<CoolingRepresentation>(r);
    d_->network = std::make_unique<NetworkRepresentation>(r);
    d_->selectionOverlay = std::make_unique<SelectionOverlay>(r, kSelectionRgb);
    d_->preview = std::make_unique<TubeSet>(r, TubeSet::Style::Tubes, 12);
    d_->preview->setOpacity(0.8);
    viewIsometric();
}

ViewportWidget::~ViewportWidget() {
    // Release VTK's GL resources while our context exists and is current; the observers stay
    // attached so that VTK's own teardown finds the context current too.
    if (d_->initialized && context()) {
        makeCurrent();
        d_->selectionOverlay.reset();
        d_->preview.reset();
        d_->halls.reset();
        d_->racks.reset();
        d_->power.reset();
        d_->cooling.reset();
        d_->network.reset();
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
    d_->index = design ? std::make_unique<DesignIndex>(*design) : nullptr;
    d_->hoverId = kNoId;
    d_->hoverText->SetVisibility(false);
    if (design && catalog) {
        const SceneInputs in = d_->inputs();
        for (Representation* r : d_->reps())
            r->rebuild(in);
    } else {
        Design empty;
        DesignIndex emptyIndex(empty);
        Catalog noCatalog;
        SceneInputs in = d_->inputs();
        in.design = &empty;
        in.catalog = &noCatalog;
        in.index = &emptyIndex;
        for (Representation* r : d_->reps())
            r->rebuild(in);
        d_->design = nullptr;
    }
    d_->pickDirty = true;
    d_->updateLegend();
    d_->updateSelectionOverlay();
    if (newDesign)
        viewIsometric();
    d_->needsRender = true;
    update();
}

void ViewportWidget::applyChange(const DesignChange& change) {
    if (!d_->design || !d_->catalog)
        return;
    if (change.kind != DesignChange::Kind::Modified || !d_->index)
        d_->index = std::make_unique<DesignIndex>(*d_->design);
    const SceneInputs in = d_->inputs();
    for (Representation* r : d_->reps())
        r->applyChange(in, change);
    d_->pickDirty = true;
    d_->updateLegend();
    d_->updateSelectionOverlay();
    if (std::find(change.ids.begin(), change.ids.end(), d_->hoverId) != change.ids.end() ||
        change.kind == DesignChange::Kind::Reset)
        d_->setHover(kNoId);
    d_->needsRender = true;
    update();
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
    d_->status = status;
    if (d_->design && d_->colouring == RackColouring::ByStatus) {
        d_->racks->recolour(d_->inputs());
        d_->needsRender = true;
        update();
    }
}

void ViewportWidget::setHighlighted(const std::vector<ObjectId>& ids, QColor colour) {
    d_->highlighted = std::unordered_set<ObjectId>(ids.begin(), ids.end());
    d_->highlightRgb = {static_cast<unsigned char>(colour.red()),
                        static_cast<unsigned char>(colour.green()),
                        static_cast<unsigned char>(colour.blue())};
    if (d_->design) {
        const SceneInputs in = d_->inputs();
        for (Representation* r : d_->reps())
            r->recolour(in);
        d_->pickDirty = true;
    }
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

void ViewportWidget::setNavigationEnabled(bool enabled) {
    d_->navigation = enabled;
}
bool ViewportWidget::navigationEnabled() const {
    return d_->navigation;
}

void ViewportWidget::viewPlan() {
    double b[6] = {-10, 10, -10, 10, 0, 3};
    d_->sceneBounds(b);
    vtkCamera* cam = d_->renderer->GetActiveCamera();
    const double cx = (b[0] + b[1]) / 2, cy = (b[2] + b[3]) / 2;
    cam->ParallelProjectionOn();
    cam->SetFocalPoint(cx, cy, 0.0);
    cam->SetPosition(cx, cy, 100.0);
    cam->SetViewUp(0.0, 1.0, 0.0);
    d_->frame(b);
    d_->needsRender = true;
    update();
}

void ViewportWidget::viewIsometric() {
    double b[6] = {-10, 10, -10, 10, 0, 3};
    d_->sceneBounds(b);
    vtkCamera* cam = d_->renderer->GetActiveCamera();
    const double cx = (b[0] + b[1]) / 2, cy = (b[2] + b[3]) / 2;
    cam->ParallelProjectionOff();
    cam->SetViewAngle(30.0);
    cam->SetFocalPoint(cx, cy, 0.0);
    // From the south-west, 35 degrees above the horizon.
    cam->SetPosition(cx - 1.0, cy - 1.0, 1.0);
    cam->SetViewUp(0.0, 0.0, 1.0);
    d_->frame(b);
    d_->needsRender = true;
    update();
}

void ViewportWidget::fitAll() {
    double b[6] = {-10, 10, -10, 10, 0, 3};
    d_->sceneBounds(b);
    d_->frame(b);
    d_->needsRender = true;
    update();
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
    d_->needsRender = true;
    update();
}

void ViewportWidget::orbit(double azimuthDeg, double elevationDeg) {
    orbitCamera(d_->renderer->GetActiveCamera(), azimuthDeg, elevationDeg);
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
    return PointM{ray.originM.xM + t * ray.dir.xM, ray.originM.yM + t * ray.dir.yM, 0.0};
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
    const Design& ds = *d_->design;
    const auto entry = ix.find(id);
    auto name = [](const std::string& n, ObjectId oid) {
        return n.empty() ? QString("#%1").arg(oid) : QString::fromStdString(n);
    };
    switch (entry.kind) {
    case ObjectKind::Rack: {
        const Rack& r = ds.racks[entry.index];
        const RackTypeInfo& t = d_->racks->palette().type(r.catalogId);
        QString s =
            QString("%1 - rack %2").arg(name(r.name, id), QString::fromStdString(r.catalogId));
        if (t.known)
            s += " - " + kw(t.powerKw);
        else
            s += " - type not in catalog";
        auto st = d_->status.find(id);
        if (st != d_->status.end())
            s += QString(" - %1").arg(toString(st->second));
        return s;
    }
    case ObjectKind::PowerNode: {
        const PowerNode& p = ds.powerNodes[entry.index];
        QString s = QString("%1 - %2").arg(name(p.name, id), toString(p.kind));
        if (p.ratingKva > 0)
            s += QString(" - %1 kVA").arg(p.ratingKva, 0, 'f', 0);
        else if (p.currentRatingA > 0)
            s += QString(" - %1 A").arg(p.currentRatingA, 0, 'f', 0);
        if (!p.path.empty())
            s += QString(" - path %1").arg(QString::fromStdString(p.path));
        return s;
    }
    case ObjectKind::PowerLink: {
        const PowerLink& l = ds.powerLinks[entry.index];
        QString s = QString("Power link #%1 - %2").arg(id).arg(toString(l.kind));
        if (l.currentRatingA > 0)
            s += QString(" - %1 A").arg(l.currentRatingA, 0, 'f', 0);
        if (l.lengthM > 0)
            s += QString(" - %1 m").arg(l.lengthM, 0, 'f', 1);
        return s;
    }
    case ObjectKind::CoolingNode: {
        const CoolingNode& c = ds.coolingNodes[entry.index];
        return QString("%1 - %2 - %3").arg(name(c.name, id), toString(c.kind), kw(c.capacityKw));
    }
    case ObjectKind::Pipe: {
        const Pipe& p = ds.pipes[entry.index];
        return QString("Pipe #%1 - %2 loop - ID %3 mm - %4 m")
            .arg(id)
            .arg(toString(p.loop))
            .arg(p.innerDiameterMm, 0, 'f', 0)
            .arg(p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM), 0, 'f', 1);
    }
    case ObjectKind::NetworkSwitch: {
        const NetworkSwitch& s = ds.switches[entry.index];
        return QString("%1 - switch %2 - tier %3 - %4 x %5G")
            .arg(name(s.name, id), QString::fromStdString(s.catalogId))
            .arg(s.tier)
            .arg(s.portCount)
            .arg(s.portSpeedGbps, 0, 'f', 0);
    }
    case ObjectKind::Hall: {
        const Hall& h = ds.halls[entry.index];
        return QString("%1 - hall %2 x %3 m").arg(name(h.name, id)).arg(h.widthM).arg(h.depthM);
    }
    default:
        return QString("%1 #%2").arg(toString(entry.kind)).arg(id);
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
    d_->renderer->ResetCameraClippingRange();
    d_->needsRender = true;
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
        QElapsedTimer timer;
        timer.start();
        w->Render();
        f->glFinish();
        d_->lastFrameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
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

void ViewportWidget::mousePressEvent(QMouseEvent* e) {
    emit mousePressedOnView(e->position().toPoint(), e->button(), e->modifiers());
    switch (e->button()) {
    case Qt::LeftButton:
        d_->forwardingLeft = d_->navigation;
        if (d_->forwardingLeft)
            d_->forward(e, vtkCommand::LeftButtonPressEvent);
        break;
    case Qt::MiddleButton:
        d_->forward(e, vtkCommand::MiddleButtonPressEvent);
        break;
    case Qt::RightButton:
        d_->forward(e, vtkCommand::RightButtonPressEvent);
        break;
    default:
        break;
    }
}

void ViewportWidget::mouseMoveEvent(QMouseEvent* e) {
    emit mouseMovedOnView(e->position().toPoint(), e->buttons(), e->modifiers());
    const bool dragging = (e->buttons() & (Qt::MiddleButton | Qt::RightButton)) ||
                          ((e->buttons() & Qt::LeftButton) && d_->forwardingLeft);
    if (dragging) {
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
    switch (e->button()) {
    case Qt::LeftButton:
        if (d_->forwardingLeft)
            d_->forward(e, vtkCommand::LeftButtonReleaseEvent);
        d_->forwardingLeft = false;
        break;
    case Qt::MiddleButton:
        d_->forward(e, vtkCommand::MiddleButtonReleaseEvent);
        break;
    case Qt::RightButton:
        d_->forward(e, vtkCommand::RightButtonReleaseEvent);
        break;
    default:
        break;
    }
}

void ViewportWidget::wheelEvent(QWheelEvent* e) {
    const qreal dpr = devicePixelRatioF();
    d_->interactor->SetEventInformationFlipY(static_cast<int>(e->position().x() * dpr),
                                             static_cast<int>(e->position().y() * dpr),
                                             (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                             (e->modifiers() & Qt::ShiftModifier) ? 1 : 0);
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
