#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/FrameDetail.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <unordered_map>
#include <vtkActor.h>
#include <vtkAssembly.h>
#include <vtkCallbackCommand.h>
#include <vtkCellArray.h>
#include <vtkCubeSource.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkIdTypeArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>

namespace aifp::ui {

namespace {
// Boxes that draw the same pixels: same place, size, turn and colour (the id aside).
struct SameBoxHash {
    std::size_t operator()(const BoxInstance& b) const {
        const std::hash<double> h;
        std::size_t k =
            hashMix(hashMix(h(b.baseCentreM.xM), h(b.baseCentreM.yM)), h(b.baseCentreM.zM));
        k = hashMix(hashMix(hashMix(k, h(b.widthM)), h(b.depthM)), h(b.heightM));
        return hashMix(hashMix(k, h(b.rotationDeg)), hashOf(b.colour));
    }
};
struct SameBox {
    bool operator()(const BoxInstance& a, const BoxInstance& b) const {
        return a.baseCentreM.xM == b.baseCentreM.xM && a.baseCentreM.yM == b.baseCentreM.yM &&
               a.baseCentreM.zM == b.baseCentreM.zM && a.widthM == b.widthM &&
               a.depthM == b.depthM && a.heightM == b.heightM && a.rotationDeg == b.rotationDeg &&
               a.colour == b.colour;
    }
};

// Level of detail while the camera moves (issue 15): a box whose largest side spans fewer
// pixels than this at the focal point is drawn as one square point of about its size. Seen
// whole, a campus of 10,000 racks has some 34,000 boxes one to three pixels across; as twelve
// triangles each they were 38 ms of a 95 ms orbit frame under Mesa's llvmpipe, as points about
// 2 ms. At that size a box's faces are a pixel or two and its shading cannot be read while the
// view turns; the frame drawn when the camera stops shows the boxes again. (Display tuning.)
constexpr double kPointMaxPx = 4.0;

// Boxes are kept in classes by their largest side, so that a set mixing rack power shelves
// (0.6 m) with switchboards (6 m) draws the small ones as points and the big ones as boxes:
// upper bounds of the classes in metres, the last class unbounded.
constexpr std::array<double, 4> kClassBoundsM{1.0, 2.0, 4.0, 8.0};
constexpr std::size_t kClassCount = kClassBoundsM.size() + 1;

double largestSideM(const BoxInstance& b) {
    return std::max({b.widthM, b.depthM, b.heightM});
}
std::size_t classOf(const BoxInstance& b) {
    const double d = largestSideM(b);
    return static_cast<std::size_t>(
        std::upper_bound(kClassBoundsM.begin(), kClassBoundsM.end(), d) - kClassBoundsM.begin());
}
} // namespace

// The distinct boxes of one size class: one glyph mapper draws them as boxes; while the camera
// moves and they are small on screen, one point each is drawn instead (same points, colours).
struct BoxClass {
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> size;
    vtkNew<vtkDoubleArray> rotation;
    vtkNew<vtkUnsignedCharArray> colours;
    vtkNew<vtkGlyph3DMapper> mapper;
    vtkNew<vtkActor> actor;
    vtkNew<vtkPolyData> pointPoly;
    vtkNew<vtkPolyDataMapper> pointMapper;
    vtkNew<vtkActor> pointActor;
    vtkIdType count = 0;
    vtkIdType vertsFor = -1; // the point count pointPoly's vertices were made for
    double largestM = 0.0;   // largest side of a box in the class
    bool dirty = false;      // a box changed since commit()
    bool asPoints = false;
};

struct BoxInstances::Impl {
    vtkRenderer* renderer = nullptr;
    vtkNew<vtkCubeSource> cube;
    vtkNew<vtkAssembly> assembly;
    std::array<std::unique_ptr<BoxClass>, kClassCount> classes;
    vtkNew<vtkCallbackCommand> beforeRender;
    bool visible = true;

    // The boxes as set; drawn instance of each; boxes drawn by each instance, and where it is
    // (class, index in the class). Identical boxes are drawn once: switches of one switch rack
    // stand at one place (issue 15: the 1 GW campus's 23,606 switches are 1,896 distinct boxes,
    // its 10,626 rack power shelves 5,313), and an opaque box drawn twice gives the same pixels
    // as once, for a twelfth of the work.
    std::vector<BoxInstance> boxes;
    std::vector<std::size_t> drawnOf;
    std::vector<std::size_t> sharers;
    std::vector<std::pair<std::size_t, vtkIdType>> where;
    bool redraw = false; // a box that shares its instance changed: commit() draws all again

    BoxClass& classAt(std::size_t k) {
        if (!classes[k])
            classes[k] = makeClass();
        return *classes[k];
    }
    std::unique_ptr<BoxClass> makeClass() {
        auto c = std::make_unique<BoxClass>();
        c->points->SetDataTypeToDouble();
        c->size->SetName("size");
        c->size->SetNumberOfComponents(3);
        c->rotation->SetName("rotation");
        c->rotation->SetNumberOfComponents(3);
        c->colours->SetName("colour");
        c->colours->SetNumberOfComponents(3);
        c->poly->SetPoints(c->points);
        c->poly->GetPointData()->AddArray(c->size);
        c->poly->GetPointData()->AddArray(c->rotation);
        c->poly->GetPointData()->SetScalars(c->colours);
        c->mapper->SetInputData(c->poly);
        c->mapper->SetSourceConnection(cube->GetOutputPort());
        c->mapper->ScalingOn();
        c->mapper->SetScaleArray("size");
        c->mapper->SetScaleModeToScaleByVectorComponents();
        c->mapper->OrientOn();
        c->mapper->SetOrientationArray("rotation");
        c->mapper->SetOrientationModeToRotation();
        c->mapper->ScalarVisibilityOn();
        c->mapper->SetScalarModeToUsePointData();
        c->mapper->SetColorModeToDirectScalars();
        c->mapper->SetCullingAndLOD(false);
        c->actor->SetMapper(c->mapper);
        c->actor->GetProperty()->SetAmbient(0.25);
        c->actor->GetProperty()->SetDiffuse(0.75);
        c->actor->GetProperty()->SetSpecular(0.1);
        // Closed opaque boxes: a back face is always behind the box's own front faces, so
        // culling it changes no pixel and spares Mesa's software renderer half the triangles
        // (issue 15: 10k racks, 0.32 -> 0.28 s CPU a frame).
        c->actor->GetProperty()->BackfaceCullingOn();
        c->pointPoly->SetPoints(c->points);
        c->pointPoly->GetPointData()->SetScalars(c->colours);
        c->pointMapper->SetInputData(c->pointPoly);
        c->pointMapper->ScalarVisibilityOn();
        c->pointMapper->SetScalarModeToUsePointData();
        c->pointMapper->SetColorModeToDirectScalars();
        c->pointActor->SetMapper(c->pointMapper);
        // The colour as set: a point has no faces to shade.
        c->pointActor->GetProperty()->LightingOff();
        c->actor->SetVisibility(false);
        c->pointActor->SetVisibility(false);
        assembly->AddPart(c->actor);
        assembly->AddPart(c->pointActor);
        return c;
    }

    void draw() {
        drawnOf.resize(boxes.size());
        sharers.clear();
        std::vector<std::size_t> firstOf; // a box of each instance
        std::unordered_map<BoxInstance, std::size_t, SameBoxHash, SameBox> instanceOf;
        instanceOf.reserve(boxes.size());
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const auto [it, added] = instanceOf.try_emplace(boxes[i], firstOf.size());
            if (added) {
                firstOf.push_back(i);
                sharers.push_back(0);
            }
            drawnOf[i] = it->second;
            ++sharers[it->second];
        }
        std::array<vtkIdType, kClassCount> counts{};
        std::array<double, kClassCount> largest{};
        where.resize(firstOf.size());
        for (std::size_t d = 0; d < firstOf.size(); ++d) {
            const BoxInstance& b = boxes[firstOf[d]];
            const std::size_t k = classOf(b);
            where[d] = {k, counts[k]++};
            largest[k] = std::max(largest[k], largestSideM(b));
        }
        for (std::size_t k = 0; k < kClassCount; ++k) {
            if (counts[k] == 0 && !classes[k])
                continue;
            BoxClass& c = classAt(k);
            c.count = counts[k];
            c.largestM = largest[k];
            c.points->SetNumberOfPoints(c.count);
            c.size->SetNumberOfTuples(c.count);
            c.rotation->SetNumberOfTuples(c.count);
            c.colours->SetNumberOfTuples(c.count);
            c.dirty = true;
        }
        for (std::size_t d = 0; d < firstOf.size(); ++d)
            write(where[d], boxes[firstOf[d]]);
        redraw = false;
    }
    void write(std::pair<std::size_t, vtkIdType> at, const BoxInstance& b) {
        BoxClass& c = *classes[at.first];
        const vtkIdType i = at.second;
        c.points->SetPoint(i, b.baseCentreM.xM, b.baseCentreM.yM, b.baseCentreM.zM + b.heightM / 2);
        c.size->SetTuple3(i, b.widthM, b.depthM, b.heightM);
        c.rotation->SetTuple3(i, 0.0, 0.0, b.rotationDeg);
        c.colours->SetTypedTuple(i, b.colour.data());
        c.dirty = true;
    }
    // Which classes show, and how, before each render: boxes, or points while the camera moves
    // and the class's largest box is under kPointMaxPx on screen.
    void chooseDetail() {
        if (!assembly->GetVisibility())
            return;
        const bool interactive = interactiveFrames(renderer);
        const double mpp = interactive ? std::max(1e-9, metresPerPixel(renderer)) : 0.0;
        for (auto& c : classes) {
            if (!c)
                continue;
            const double px = interactive ? c->largestM / mpp : 0.0;
            c->asPoints = interactive && c->count > 0 && px < kPointMaxPx;
            if (c->asPoints) {
                ensureVerts(*c);
                c->pointActor->GetProperty()->SetPointSize(
                    static_cast<float>(std::clamp(std::round(px), 1.0, kPointMaxPx)));
            }
            c->actor->SetVisibility(c->count > 0 && !c->asPoints);
            c->pointActor->SetVisibility(c->asPoints);
        }
    }
    // One vertex cell per point of the class (made again only when the count changed).
    static void ensureVerts(BoxClass& c) {
        if (c.vertsFor == c.count)
            return;
        vtkNew<vtkIdTypeArray> offsets, connectivity;
        offsets->SetNumberOfValues(c.count + 1);
        connectivity->SetNumberOfValues(c.count);
        for (vtkIdType i = 0; i < c.count; ++i) {
            offsets->SetValue(i, i);
            connectivity->SetValue(i, i);
        }
        offsets->SetValue(c.count, c.count);
        vtkNew<vtkCellArray> verts;
        verts->SetData(offsets, connectivity);
        c.pointPoly->SetVerts(verts);
        c.vertsFor = c.count;
    }
    static void onStartRender(vtkObject*, unsigned long, void* self, void*) {
        static_cast<Impl*>(self)->chooseDetail();
    }
    bool any() const {
        return std::any_of(classes.begin(), classes.end(),
                           [](const auto& c) { return c && c->count > 0; });
    }
};

BoxInstances::BoxInstances(vtkRenderer* renderer) : d_(std::make_unique<Impl>()) {
    d_->renderer = renderer;
    // Unit cube centred on the origin; each instance is scaled by (width, depth, height).
    d_->cube->SetXLength(1.0);
    d_->cube->SetYLength(1.0);
    d_->cube->SetZLength(1.0);
    d_->assembly->SetVisibility(false);
    d_->beforeRender->SetCallback(&Impl::onStartRender);
    d_->beforeRender->SetClientData(d_.get());
    renderer->AddObserver(vtkCommand::StartEvent, d_->beforeRender);
    renderer->AddActor(d_->assembly);
}

BoxInstances::~BoxInstances() {
    d_->renderer->RemoveObserver(d_->beforeRender);
    d_->renderer->RemoveActor(d_->assembly);
}

void BoxInstances::set(const std::vector<BoxInstance>& boxes) {
    d_->boxes = boxes;
    d_->draw();
    commit();
    d_->assembly->SetVisibility(d_->visible && d_->any());
}

void BoxInstances::update(std::size_t index, const BoxInstance& box) {
    d_->boxes[index] = box;
    const std::size_t drawn = d_->drawnOf[index];
    if (d_->sharers[drawn] > 1 || classOf(box) != d_->where[drawn].first ||
        largestSideM(box) > d_->classes[d_->where[drawn].first]->largestM)
        d_->redraw = true; // the others stay where they are; or the box changes class
    else
        d_->write(d_->where[drawn], box);
}

void BoxInstances::setColour(std::size_t index, Rgb colour) {
    d_->boxes[index].colour = colour;
    const std::size_t drawn = d_->drawnOf[index];
    if (d_->sharers[drawn] > 1) {
        d_->redraw = true;
        return;
    }
    const auto [k, i] = d_->where[drawn];
    d_->classes[k]->colours->SetTypedTuple(i, colour.data());
    d_->classes[k]->dirty = true;
}

void BoxInstances::commit() {
    if (d_->redraw)
        d_->draw();
    // Only the classes a change touched: each is its own glyph mapper, whose instance buffers
    // are made again when its input changes.
    for (auto& c : d_->classes) {
        if (!c || !c->dirty)
            continue;
        c->points->Modified();
        c->size->Modified();
        c->rotation->Modified();
        c->colours->Modified();
        c->poly->Modified();
        c->pointPoly->Modified();
        c->actor->SetVisibility(c->count > 0 && !c->asPoints);
        c->dirty = false;
    }
}

std::size_t BoxInstances::size() const {
    return d_->boxes.size();
}

std::size_t BoxInstances::drawnCount() const {
    return d_->where.size();
}

void BoxInstances::setVisible(bool visible) {
    d_->visible = visible;
    d_->assembly->SetVisibility(visible && d_->any());
}

PickBox BoxInstances::boundsOf(const BoxInstance& b) {
    const double a = b.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(a)), s = std::abs(std::sin(a));
    const double hx = (b.widthM * c + b.depthM * s) / 2, hy = (b.widthM * s + b.depthM * c) / 2;
    const PointM& p = b.baseCentreM;
    return {b.id, {p.xM - hx, p.yM - hy, p.zM}, {p.xM + hx, p.yM + hy, p.zM + b.heightM}};
}

vtkProp* BoxInstances::prop() const {
    return d_->assembly;
}

} // namespace aifp::ui
