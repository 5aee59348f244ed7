#include "ui/view3d/TubeSet.hpp"
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkDoubleArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTubeFilter.h>
#include <vtkUnsignedCharArray.h>

namespace aifp::ui {

struct TubeSet::Impl {
    vtkRenderer* renderer = nullptr;
    Style style = Style::Tubes;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkTubeFilter> tubes;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
};

TubeSet::TubeSet(vtkRenderer* renderer, Style style, int sides) : d_(std::make_unique<Impl>()) {
    d_->renderer = renderer;
    d_->style = style;
    if (style == Style::Tubes) {
        d_->tubes->SetInputData(d_->poly);
        d_->tubes->SetNumberOfSides(sides);
        d_->tubes->SetVaryRadiusToVaryRadiusByAbsoluteScalar();
        d_->tubes->CappingOn();
        d_->mapper->SetInputConnection(d_->tubes->GetOutputPort());
    } else {
        d_->mapper->SetInputData(d_->poly);
    }
    d_->mapper->ScalarVisibilityOn();
    d_->mapper->SetScalarModeToUseCellFieldData();
    d_->mapper->SelectColorArray("colour");
    d_->mapper->SetColorModeToDirectScalars();
    d_->actor->SetMapper(d_->mapper);
    d_->actor->GetProperty()->SetSpecular(0.3);
    d_->actor->GetProperty()->SetSpecularPower(20);
    d_->actor->SetVisibility(false);
    renderer->AddActor(d_->actor);
}

TubeSet::~TubeSet() {
    d_->renderer->RemoveActor(d_->actor);
}

void TubeSet::set(const std::vector<Tube>& tubes) {
    vtkNew<vtkPoints> points;
    points->SetDataTypeToDouble();
    vtkNew<vtkCellArray> lines;
    vtkNew<vtkDoubleArray> radius;
    radius->SetName("radius");
    vtkNew<vtkUnsignedCharArray> colours;
    colours->SetName("colour");
    colours->SetNumberOfComponents(3);
    std::vector<vtkIdType> ids;
    for (const Tube& t : tubes) {
        ids.clear();
        for (std::size_t i = 0; i < t.pointsM.size(); ++i) {
            const PointM& p = t.pointsM[i];
            // Repeated points break the tube filter's normals: skip them.
            if (i > 0 && distanceM(p, t.pointsM[i - 1]) < 1e-6)
                continue;
            ids.push_back(points->InsertNextPoint(p.xM, p.yM, p.zM));
            radius->InsertNextValue(t.radiusM);
        }
        if (ids.size() < 2)
            continue;
        lines->InsertNextCell(static_cast<vtkIdType>(ids.size()), ids.data());
        colours->InsertNextTypedTuple(t.colour.data());
    }
    d_->poly->Initialize();
    d_->poly->SetPoints(points);
    d_->poly->SetLines(lines);
    d_->poly->GetPointData()->SetScalars(radius);
    d_->poly->GetCellData()->AddArray(colours);
    d_->poly->Modified();
    d_->actor->SetVisibility(lines->GetNumberOfCells() > 0);
}

void TubeSet::setOpacity(double opacity) {
    d_->actor->GetProperty()->SetOpacity(opacity);
}

void TubeSet::setLineWidth(double pixels) {
    d_->actor->GetProperty()->SetLineWidth(pixels);
}

vtkProp* TubeSet::prop() const {
    return d_->actor;
}

} // namespace aifp::ui
