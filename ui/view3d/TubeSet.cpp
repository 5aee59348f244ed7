#include "ui/view3d/TubeSet.hpp"
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vtkActor.h>
#include <vtkAssembly.h>
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
#include <vtkSmartPointer.h>
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

bool sameTube(const Tube& a, const Tube& b) {
    if (a.id != b.id || a.radiusM != b.radiusM || a.colour != b.colour ||
        a.pointsM.size() != b.pointsM.size())
        return false;
    for (std::size_t i = 0; i < a.pointsM.size(); ++i)
        if (a.pointsM[i].xM != b.pointsM[i].xM || a.pointsM[i].yM != b.pointsM[i].yM ||
            a.pointsM[i].zM != b.pointsM[i].zM)
            return false;
    return true;
}
} // namespace

// One chunk of the set: its tubes as last drawn, their polydata, tube filter, mapper and actor.
struct TubeChunk {
    std::vector<Tube> tubes;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkTubeFilter> filter;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
};

struct TubeSet::Impl {
    vtkRenderer* renderer = nullptr;
    Style style = Style::Tubes;
    int sides = 10;
    std::size_t chunkTubes = 0;
    double opacity = 1.0;
    double lineWidth = 1.0;
    // Chunked sets: one actor per chunk, the parts of one assembly (the set's one prop).
    // Otherwise one chunk whose actor is the prop.
    vtkNew<vtkAssembly> assembly;
    std::vector<std::unique_ptr<TubeChunk>> chunks;
    std::size_t rebuilt = 0;
    bool chunked() const { return chunkTubes != 0; }
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
    void setInput(TubeChunk& c) const {
        if (drawnAsTubes)
            c.mapper->SetInputConnection(c.filter->GetOutputPort());
        else
            c.mapper->SetInputData(c.poly);
    }
    // Before each render: tubes when the widest is at least kTubeMinDiameterPx on screen, else
    // the same polylines as lines (each chunk's mapper input switches; its tube filter keeps its
    // output).
    void chooseDetail() {
        if (style != Style::Tubes || !prop()->GetVisibility())
            return;
        const double diameterPx = 2.0 * maxRadiusM / std::max(1e-9, metresPerPixel());
        const bool wantTubes = diameterPx >= kTubeMinDiameterPx;
        if (wantTubes == drawnAsTubes)
            return;
        drawnAsTubes = wantTubes;
        for (auto& c : chunks)
            setInput(*c);
    }
    vtkProp* prop() const {
        if (chunked())
            return assembly;
        return chunks.front()->actor;
    }
    static void onStartRender(vtkObject*, unsigned long, void* self, void*) {
        static_cast<Impl*>(self)->chooseDetail();
    }

    std::unique_ptr<TubeChunk> makeChunk() {
        auto c = std::make_unique<TubeChunk>();
        if (style == Style::Tubes) {
            c->filter->SetInputData(c->poly);
            c->filter->SetNumberOfSides(sides);
            c->filter->SetVaryRadiusToVaryRadiusByAbsoluteScalar();
            c->filter->CappingOn();
        }
        setInput(*c);
        c->mapper->ScalarVisibilityOn();
        c->mapper->SetScalarModeToUseCellFieldData();
        c->mapper->SelectColorArray("colour");
        c->mapper->SetColorModeToDirectScalars();
        c->actor->SetMapper(c->mapper);
        c->actor->GetProperty()->SetSpecular(0.3);
        c->actor->GetProperty()->SetSpecularPower(20);
        c->actor->GetProperty()->SetOpacity(opacity);
        c->actor->GetProperty()->SetLineWidth(static_cast<float>(lineWidth));
        if (chunked())
            assembly->AddPart(c->actor);
        return c;
    }

    // Fills the chunk's polydata from tubes [first, last); returns their widest radius.
    template <class It> static double fill(TubeChunk& c, It first, It last) {
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
        for (It it = first; it != last; ++it) {
            const Tube& t = *it;
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
        c.poly->Initialize();
        c.poly->SetPoints(points);
        c.poly->SetLines(lines);
        c.poly->GetPointData()->SetScalars(radius);
        c.poly->GetCellData()->AddArray(colours);
        c.poly->Modified();
        c.actor->SetVisibility(lines->GetNumberOfCells() > 0);
        return maxRadiusM;
    }
};

TubeSet::TubeSet(vtkRenderer* renderer, Style style, int sides, std::size_t chunkTubes)
    : d_(std::make_unique<Impl>()) {
    d_->renderer = renderer;
    d_->style = style;
    d_->sides = sides;
    d_->chunkTubes = chunkTubes;
    if (d_->chunked()) {
        d_->assembly->SetVisibility(false);
    } else {
        d_->chunks.push_back(d_->makeChunk());
        d_->chunks.front()->actor->SetVisibility(false);
    }
    if (style == Style::Tubes) {
        d_->beforeRender->SetCallback(&Impl::onStartRender);
        d_->beforeRender->SetClientData(d_.get());
        renderer->AddObserver(vtkCommand::StartEvent, d_->beforeRender);
    }
    renderer->AddActor(prop());
}

TubeSet::~TubeSet() {
    d_->renderer->RemoveObserver(d_->beforeRender);
    d_->renderer->RemoveActor(prop());
}

void TubeSet::set(const std::vector<Tube>& tubes) {
    if (!d_->chunked()) {
        d_->maxRadiusM = Impl::fill(*d_->chunks.front(), tubes.begin(), tubes.end());
        d_->rebuilt = 1;
        return;
    }
    // Only the chunks whose tubes differ from what they drew are filled again (a moved rack's
    // pipes: one or two chunks); the tube filter then runs on those alone.
    const std::size_t per = d_->chunkTubes;
    const std::size_t n = (tubes.size() + per - 1) / per;
    while (d_->chunks.size() > n) {
        d_->assembly->RemovePart(d_->chunks.back()->actor);
        d_->chunks.pop_back();
    }
    d_->rebuilt = 0;
    bool any = false;
    double maxRadiusM = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        const auto first = tubes.begin() + static_cast<std::ptrdiff_t>(k * per);
        const auto last =
            tubes.begin() + static_cast<std::ptrdiff_t>(std::min(tubes.size(), (k + 1) * per));
        if (k == d_->chunks.size())
            d_->chunks.push_back(d_->makeChunk());
        TubeChunk& c = *d_->chunks[k];
        const bool same = c.tubes.size() == static_cast<std::size_t>(last - first) &&
                          std::equal(first, last, c.tubes.begin(), sameTube);
        if (!same) {
            c.tubes.assign(first, last);
            Impl::fill(c, first, last);
            ++d_->rebuilt;
        }
        any = any || c.actor->GetVisibility();
        for (const Tube& t : c.tubes)
            maxRadiusM = std::max(maxRadiusM, t.radiusM);
    }
    d_->maxRadiusM = maxRadiusM;
    d_->assembly->SetVisibility(any);
}

std::size_t TubeSet::chunksRebuilt() const {
    return d_->rebuilt;
}

void TubeSet::setOpacity(double opacity) {
    d_->opacity = opacity;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetOpacity(opacity);
}

void TubeSet::setLineWidth(double pixels) {
    d_->lineWidth = pixels;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetLineWidth(static_cast<float>(pixels));
}

vtkProp* TubeSet::prop() const {
    return d_->prop();
}

} // namespace aifp::ui
