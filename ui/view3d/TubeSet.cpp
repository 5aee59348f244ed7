#include "ui/view3d/TubeSet.hpp"
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
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

namespace {

// Level of detail: a tube narrower on screen than this is drawn as a line of its width instead.
// Seen from afar a campus has tens of thousands of tubes a fraction of a pixel wide; as
// triangles they cost Mesa's software renderer most of a frame (issue 15: power and cooling
// tubes were three quarters of an orbit frame of the 1 GW campus), as lines they look the same.
// Below one pixel a tube's triangles only speckle; a one-pixel line is what it looked like. (Wider
// lines cost no less, measured; the threshold keeps every hall-scale view drawn as before.)
constexpr double kTubeMinDiameterPx = 1.0;

} // namespace

struct TubeSet::Impl {
    vtkRenderer* renderer = nullptr;
    Style style = Style::Tubes;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkTubeFilter> tubes;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    vtkNew<vtkCallbackCommand> beforeRender;
    double maxRadiusM = 0.0;
    // Lines until a render asks for tubes: the scene's bounds (camera fits, picking) then come
    // from the polylines and never run the tube filter for a campus seen from afar.
    bool drawnAsTubes = false;

    // Metres one pixel spans at the camera's focal point.
    double metresPerPixel() const {
        vtkCamera* cam = renderer->GetActiveCamera();
        const int heightPx = std::max(1, renderer->GetSize()[1]);
        if (cam->GetParallelProjection())
            return 2.0 * cam->GetParallelScale() / heightPx;
        constexpr double kDegToRad = std::numbers::pi / 180.0;
        return 2.0 * cam->GetDistance() * std::tan(cam->GetViewAngle() * kDegToRad / 2.0) /
               heightPx;
    }
    // Before each render: tubes when the widest is at least kTubeMinDiameterPx on screen, else
    // the same polylines as lines (the mapper's input switches; the tube filter keeps its output).
    void chooseDetail() {
        if (style != Style::Tubes || !actor->GetVisibility())
            return;
        const double diameterPx = 2.0 * maxRadiusM / std::max(1e-9, metresPerPixel());
        const bool wantTubes = diameterPx >= kTubeMinDiameterPx;
        if (wantTubes == drawnAsTubes)
            return;
        drawnAsTubes = wantTubes;
        if (wantTubes)
            mapper->SetInputConnection(tubes->GetOutputPort());
        else
            mapper->SetInputData(poly);
    }
    static void onStartRender(vtkObject*, unsigned long, void* self, void*) {
        static_cast<Impl*>(self)->chooseDetail();
    }
};

TubeSet::TubeSet(vtkRenderer* renderer, Style style, int sides) : d_(std::make_unique<Impl>()) {
    d_->renderer = renderer;
    d_->style = style;
    if (style == Style::Tubes) {
        d_->tubes->SetInputData(d_->poly);
        d_->tubes->SetNumberOfSides(sides);
        d_->tubes->SetVaryRadiusToVaryRadiusByAbsoluteScalar();
        d_->tubes->CappingOn();
        d_->beforeRender->SetCallback(&Impl::onStartRender);
        d_->beforeRender->SetClientData(d_.get());
        renderer->AddObserver(vtkCommand::StartEvent, d_->beforeRender);
    }
    d_->mapper->SetInputData(d_->poly);
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
    d_->renderer->RemoveObserver(d_->beforeRender);
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
    double maxRadiusM = 0.0;
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
        maxRadiusM = std::max(maxRadiusM, t.radiusM);
    }
    d_->poly->Initialize();
    d_->poly->SetPoints(points);
    d_->poly->SetLines(lines);
    d_->poly->GetPointData()->SetScalars(radius);
    d_->poly->GetCellData()->AddArray(colours);
    d_->poly->Modified();
    d_->maxRadiusM = maxRadiusM;
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
