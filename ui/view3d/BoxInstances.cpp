#include "ui/view3d/BoxInstances.hpp"
#include <cmath>
#include <numbers>
#include <unordered_map>
#include <vtkActor.h>
#include <vtkCubeSource.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
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
} // namespace

struct BoxInstances::Impl {
    vtkRenderer* renderer = nullptr;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> size;
    vtkNew<vtkDoubleArray> rotation;
    vtkNew<vtkUnsignedCharArray> colours;
    vtkNew<vtkCubeSource> cube;
    vtkNew<vtkGlyph3DMapper> mapper;
    vtkNew<vtkActor> actor;

    // The boxes as set; drawn instance of each; boxes drawn by each instance. Identical boxes
    // are drawn once: switches of one switch rack stand at one place (issue 15: the 1 GW
    // campus's 23,606 switches are 1,896 distinct boxes, its 10,626 rack power shelves 5,313),
    // and an opaque box drawn twice gives the same pixels as once, for a twelfth of the work.
    std::vector<BoxInstance> boxes;
    std::vector<vtkIdType> drawnOf;
    std::vector<std::size_t> sharers;
    bool redraw = false; // a box that shares its instance changed: commit() draws all again

    void draw() {
        drawnOf.resize(boxes.size());
        sharers.clear();
        std::vector<std::size_t> firstOf; // a box of each instance
        std::unordered_map<BoxInstance, vtkIdType, SameBoxHash, SameBox> instanceOf;
        instanceOf.reserve(boxes.size());
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const auto [it, added] =
                instanceOf.try_emplace(boxes[i], static_cast<vtkIdType>(firstOf.size()));
            if (added) {
                firstOf.push_back(i);
                sharers.push_back(0);
            }
            drawnOf[i] = it->second;
            ++sharers[static_cast<std::size_t>(it->second)];
        }
        const auto n = static_cast<vtkIdType>(firstOf.size());
        points->SetNumberOfPoints(n);
        size->SetNumberOfTuples(n);
        rotation->SetNumberOfTuples(n);
        colours->SetNumberOfTuples(n);
        for (vtkIdType i = 0; i < n; ++i)
            write(i, boxes[firstOf[static_cast<std::size_t>(i)]]);
        redraw = false;
    }
    void write(vtkIdType i, const BoxInstance& b) {
        points->SetPoint(i, b.baseCentreM.xM, b.baseCentreM.yM, b.baseCentreM.zM + b.heightM / 2);
        size->SetTuple3(i, b.widthM, b.depthM, b.heightM);
        rotation->SetTuple3(i, 0.0, 0.0, b.rotationDeg);
        colours->SetTypedTuple(i, b.colour.data());
    }
};

BoxInstances::BoxInstances(vtkRenderer* renderer) : d_(std::make_unique<Impl>()) {
    d_->renderer = renderer;
    d_->points->SetDataTypeToDouble();
    d_->size->SetName("size");
    d_->size->SetNumberOfComponents(3);
    d_->rotation->SetName("rotation");
    d_->rotation->SetNumberOfComponents(3);
    d_->colours->SetName("colour");
    d_->colours->SetNumberOfComponents(3);
    d_->poly->SetPoints(d_->points);
    d_->poly->GetPointData()->AddArray(d_->size);
    d_->poly->GetPointData()->AddArray(d_->rotation);
    d_->poly->GetPointData()->SetScalars(d_->colours);
    // Unit cube centred on the origin; each instance is scaled by (width, depth, height).
    d_->cube->SetXLength(1.0);
    d_->cube->SetYLength(1.0);
    d_->cube->SetZLength(1.0);
    d_->mapper->SetInputData(d_->poly);
    d_->mapper->SetSourceConnection(d_->cube->GetOutputPort());
    d_->mapper->ScalingOn();
    d_->mapper->SetScaleArray("size");
    d_->mapper->SetScaleModeToScaleByVectorComponents();
    d_->mapper->OrientOn();
    d_->mapper->SetOrientationArray("rotation");
    d_->mapper->SetOrientationModeToRotation();
    d_->mapper->ScalarVisibilityOn();
    d_->mapper->SetScalarModeToUsePointData();
    d_->mapper->SetColorModeToDirectScalars();
    d_->mapper->SetCullingAndLOD(false);
    d_->actor->SetMapper(d_->mapper);
    d_->actor->GetProperty()->SetAmbient(0.25);
    d_->actor->GetProperty()->SetDiffuse(0.75);
    d_->actor->GetProperty()->SetSpecular(0.1);
    // Closed opaque boxes: a back face is always behind the box's own front faces, so culling
    // it changes no pixel and spares Mesa's software renderer half the triangles (issue 15:
    // 10k racks, 0.32 -> 0.28 s CPU a frame).
    d_->actor->GetProperty()->BackfaceCullingOn();
    renderer->AddActor(d_->actor);
}

BoxInstances::~BoxInstances() {
    d_->renderer->RemoveActor(d_->actor);
}

void BoxInstances::set(const std::vector<BoxInstance>& boxes) {
    d_->boxes = boxes;
    d_->draw();
    commit();
    d_->actor->SetVisibility(!boxes.empty());
}

void BoxInstances::update(std::size_t index, const BoxInstance& box) {
    d_->boxes[index] = box;
    const vtkIdType drawn = d_->drawnOf[index];
    if (d_->sharers[static_cast<std::size_t>(drawn)] > 1)
        d_->redraw = true; // the others stay where they are
    else
        d_->write(drawn, box);
}

void BoxInstances::setColour(std::size_t index, Rgb colour) {
    d_->boxes[index].colour = colour;
    const vtkIdType drawn = d_->drawnOf[index];
    if (d_->sharers[static_cast<std::size_t>(drawn)] > 1)
        d_->redraw = true;
    else
        d_->colours->SetTypedTuple(drawn, colour.data());
}

void BoxInstances::commit() {
    if (d_->redraw)
        d_->draw();
    d_->points->Modified();
    d_->size->Modified();
    d_->rotation->Modified();
    d_->colours->Modified();
    d_->poly->Modified();
}

std::size_t BoxInstances::size() const {
    return d_->boxes.size();
}

std::size_t BoxInstances::drawnCount() const {
    return static_cast<std::size_t>(d_->points->GetNumberOfPoints());
}

void BoxInstances::setVisible(bool visible) {
    d_->actor->SetVisibility(visible && d_->points->GetNumberOfPoints() > 0);
}

PickBox BoxInstances::boundsOf(const BoxInstance& b) {
    const double a = b.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(a)), s = std::abs(std::sin(a));
    const double hx = (b.widthM * c + b.depthM * s) / 2, hy = (b.widthM * s + b.depthM * c) / 2;
    const PointM& p = b.baseCentreM;
    return {b.id, {p.xM - hx, p.yM - hy, p.zM}, {p.xM + hx, p.yM + hy, p.zM + b.heightM}};
}

vtkProp* BoxInstances::prop() const {
    return d_->actor;
}

} // namespace aifp::ui
