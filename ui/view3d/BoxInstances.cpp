#include "ui/view3d/BoxInstances.hpp"
#include <cmath>
#include <numbers>
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
    renderer->AddActor(d_->actor);
}

BoxInstances::~BoxInstances() {
    d_->renderer->RemoveActor(d_->actor);
}

void BoxInstances::set(const std::vector<BoxInstance>& boxes) {
    const auto n = static_cast<vtkIdType>(boxes.size());
    d_->points->SetNumberOfPoints(n);
    d_->size->SetNumberOfTuples(n);
    d_->rotation->SetNumberOfTuples(n);
    d_->colours->SetNumberOfTuples(n);
    for (vtkIdType i = 0; i < n; ++i)
        d_->write(i, boxes[static_cast<std::size_t>(i)]);
    commit();
    d_->actor->SetVisibility(n > 0);
}

void BoxInstances::update(std::size_t index, const BoxInstance& box) {
    d_->write(static_cast<vtkIdType>(index), box);
}

void BoxInstances::setColour(std::size_t index, Rgb colour) {
    d_->colours->SetTypedTuple(static_cast<vtkIdType>(index), colour.data());
}

void BoxInstances::commit() {
    d_->points->Modified();
    d_->size->Modified();
    d_->rotation->Modified();
    d_->colours->Modified();
    d_->poly->Modified();
}

std::size_t BoxInstances::size() const {
    return static_cast<std::size_t>(d_->points->GetNumberOfPoints());
}

void BoxInstances::setOpacity(double opacity) {
    d_->actor->GetProperty()->SetOpacity(opacity);
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
