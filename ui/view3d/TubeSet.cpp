#include "ui/view3d/TubeSet.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vtkActor.h>
#include <vtkAssembly.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkIdTypeArray.h>
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

// A line segment of the far view, its ends snapped to whole millimetres (far below a pixel
// when lines are drawn: a tube is then under one pixel across) and ordered, so a segment two runs
// share compares equal whichever way each run goes.
struct FarSegment {
    std::array<std::int64_t, 3> aMm{}, bMm{};
    Rgb colour{};
    auto operator<=>(const FarSegment&) const = default;
};

std::array<std::int64_t, 3> snappedMm(const PointM& p) {
    return {std::llround(p.xM * 1000.0), std::llround(p.yM * 1000.0), std::llround(p.zM * 1000.0)};
}

// The distinct segments of tubes [first, last), sorted (each drawn once in the far view).
template <class It> std::vector<FarSegment> distinctSegments(It first, It last) {
    std::vector<FarSegment> out;
    for (It it = first; it != last; ++it)
        for (std::size_t i = 1; i < it->pointsM.size(); ++i) {
            FarSegment s{snappedMm(it->pointsM[i - 1]), snappedMm(it->pointsM[i]), it->colour};
            if (s.aMm == s.bMm)
                continue;
            if (s.bMm < s.aMm)
                std::swap(s.aMm, s.bMm);
            out.push_back(s);
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
} // namespace

// One chunk of the set: its tubes as last drawn, their polydata, tube filter, mapper and actor,
// and (once the far view has been drawn since they changed) their distinct segments.
struct TubeChunk {
    std::vector<Tube> tubes;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkTubeFilter> filter;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    bool hasLines = false;
    std::vector<FarSegment> farSegments;
    bool farStale = true;
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
    // Far view of a chunked set (issue 15): drawn as lines, every chunk's distinct segments in
    // one actor instead of one actor per chunk with every segment of every run. Built the first
    // time lines are drawn after set() (never while a scene is built), and a chunk's segments
    // again only when its tubes changed. Until then the chunks' own actors show the lines.
    vtkNew<vtkPolyData> farPoly;
    vtkNew<vtkPolyDataMapper> farMapper;
    vtkNew<vtkActor> farActor;
    bool farShown = false; // the far actor draws the lines, the chunks' actors are hidden
    std::size_t farSegmentCount = 0;

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
        if (wantTubes != drawnAsTubes) {
            drawnAsTubes = wantTubes;
            for (auto& c : chunks)
                setInput(*c);
        }
        if (chunked() && !drawnAsTubes && !farShown)
            buildFar();
        else if (drawnAsTubes && farShown)
            showParts(false);
    }
    // Shows the far actor (far true) or the chunks' own.
    void showParts(bool far) {
        farShown = far;
        for (auto& c : chunks)
            c->actor->SetVisibility(!far && c->hasLines);
        farActor->SetVisibility(far && farSegmentCount > 0);
    }
    // The far view's one polydata: each chunk's distinct segments (sorted again only for the
    // chunks refilled since), two points of the segment's colour each.
    void buildFar() {
        std::size_t n = 0;
        for (auto& c : chunks) {
            if (c->farStale) {
                c->farSegments = distinctSegments(c->tubes.begin(), c->tubes.end());
                c->farStale = false;
            }
            n += c->farSegments.size();
        }
        const auto count = static_cast<vtkIdType>(n);
        vtkNew<vtkFloatArray> xyz;
        xyz->SetNumberOfComponents(3);
        xyz->SetNumberOfTuples(2 * count);
        vtkNew<vtkUnsignedCharArray> colours;
        colours->SetName("colour");
        colours->SetNumberOfComponents(3);
        colours->SetNumberOfTuples(2 * count);
        vtkNew<vtkIdTypeArray> connectivity;
        connectivity->SetNumberOfTuples(2 * count);
        vtkNew<vtkIdTypeArray> offsets;
        offsets->SetNumberOfTuples(count + 1);
        float* p = xyz->GetPointer(0);
        unsigned char* rgb = colours->GetPointer(0);
        vtkIdType* conn = connectivity->GetPointer(0);
        vtkIdType* off = offsets->GetPointer(0);
        vtkIdType k = 0;
        for (const auto& c : chunks)
            for (const FarSegment& s : c->farSegments) {
                for (const auto& end : {s.aMm, s.bMm}) {
                    for (int axis = 0; axis < 3; ++axis)
                        *p++ = static_cast<float>(static_cast<double>(end[axis]) / 1000.0);
                    for (unsigned char channel : s.colour)
                        *rgb++ = channel;
                    conn[k] = k;
                    ++k;
                }
                *off++ = k - 2;
            }
        *off = k;
        vtkNew<vtkPoints> points;
        points->SetData(xyz);
        vtkNew<vtkCellArray> lines;
        lines->SetData(offsets, connectivity);
        farPoly->Initialize();
        farPoly->SetPoints(points);
        farPoly->SetLines(lines);
        farPoly->GetPointData()->SetScalars(colours);
        farPoly->Modified();
        farSegmentCount = n;
        showParts(true);
    }
    // The far actor: the look of a chunk's lines, colours per point.
    void setUpFar() {
        farMapper->SetInputData(farPoly);
        farMapper->ScalarVisibilityOn();
        farMapper->SetScalarModeToUsePointData();
        farMapper->SetColorModeToDirectScalars();
        farActor->SetMapper(farMapper);
        styleActor(farActor);
        farActor->SetVisibility(false);
        assembly->AddPart(farActor);
    }
    void styleActor(vtkActor* a) const {
        a->GetProperty()->SetSpecular(0.3);
        a->GetProperty()->SetSpecularPower(20);
        a->GetProperty()->SetOpacity(opacity);
        a->GetProperty()->SetLineWidth(static_cast<float>(lineWidth));
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
        styleActor(c->actor);
        if (chunked())
            assembly->AddPart(c->actor);
        return c;
    }

    // Fills the chunk's polydata from tubes [first, last); returns their widest radius.
    template <class It> static double fill(TubeChunk& c, It first, It last) {
        // The arrays sized once for every point and run, then written in place (a chunk of a
        // 1 GW campus has thousands of points: growing each array point by point cost more than
        // the geometry), and trimmed to what was kept.
        vtkIdType pointCap = 0, cellCap = 0;
        for (It it = first; it != last; ++it) {
            pointCap += static_cast<vtkIdType>(it->pointsM.size());
            ++cellCap;
        }
        vtkNew<vtkDoubleArray> xyz;
        xyz->SetNumberOfComponents(3);
        xyz->SetNumberOfTuples(pointCap);
        vtkNew<vtkDoubleArray> radius;
        radius->SetName("radius");
        radius->SetNumberOfValues(pointCap);
        vtkNew<vtkUnsignedCharArray> colours;
        colours->SetName("colour");
        colours->SetNumberOfComponents(3);
        colours->SetNumberOfTuples(cellCap);
        vtkNew<vtkIdTypeArray> offsets, connectivity;
        offsets->SetNumberOfValues(cellCap + 1);
        connectivity->SetNumberOfValues(pointCap);
        double* xyzOut = xyz->GetPointer(0);
        double* radiusOut = radius->GetPointer(0);
        unsigned char* colourOut = colours->GetPointer(0);
        vtkIdType* offsetOut = offsets->GetPointer(0);
        vtkIdType* idOut = connectivity->GetPointer(0);
        vtkIdType points = 0, cells = 0;
        offsetOut[0] = 0;
        double maxRadiusM = 0.0;
        for (It it = first; it != last; ++it) {
            const Tube& t = *it;
            const vtkIdType start = points;
            for (std::size_t i = 0; i < t.pointsM.size(); ++i) {
                const PointM& p = t.pointsM[i];
                // Repeated points break the tube filter's normals: skip them.
                if (i > 0 && distanceM(p, t.pointsM[i - 1]) < 1e-6)
                    continue;
                xyzOut[3 * points] = p.xM;
                xyzOut[3 * points + 1] = p.yM;
                xyzOut[3 * points + 2] = p.zM;
                radiusOut[points] = t.radiusM;
                idOut[points] = points;
                ++points;
            }
            if (points - start < 2) {
                points = start; // a run of fewer than two distinct points draws nothing
                continue;
            }
            std::copy(t.colour.begin(), t.colour.end(), colourOut + 3 * cells);
            offsetOut[++cells] = points;
            maxRadiusM = std::max(maxRadiusM, t.radiusM);
        }
        xyz->SetNumberOfTuples(points);
        radius->SetNumberOfValues(points);
        colours->SetNumberOfTuples(cells);
        offsets->SetNumberOfValues(cells + 1);
        connectivity->SetNumberOfValues(points);
        vtkNew<vtkPoints> pointSet;
        pointSet->SetData(xyz);
        vtkNew<vtkCellArray> lines;
        lines->SetData(offsets, connectivity);
        c.poly->Initialize();
        c.poly->SetPoints(pointSet);
        c.poly->SetLines(lines);
        c.poly->GetPointData()->SetScalars(radius);
        c.poly->GetCellData()->AddArray(colours);
        c.poly->Modified();
        c.hasLines = lines->GetNumberOfCells() > 0;
        c.actor->SetVisibility(c.hasLines);
        c.farStale = true;
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
        if (style == Style::Tubes)
            d_->setUpFar();
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
        any = any || c.hasLines;
        for (const Tube& t : c.tubes)
            maxRadiusM = std::max(maxRadiusM, t.radiusM);
    }
    d_->maxRadiusM = maxRadiusM;
    // The chunks show what was set until the next render builds the far view again: the set's
    // bounds (clipping range) are those of what it draws now.
    if (d_->style == Style::Tubes)
        d_->showParts(false);
    d_->assembly->SetVisibility(any);
}

std::size_t TubeSet::chunksRebuilt() const {
    return d_->rebuilt;
}

void TubeSet::setOpacity(double opacity) {
    d_->opacity = opacity;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetOpacity(opacity);
    d_->farActor->GetProperty()->SetOpacity(opacity);
}

void TubeSet::setLineWidth(double pixels) {
    d_->lineWidth = pixels;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetLineWidth(static_cast<float>(pixels));
    d_->farActor->GetProperty()->SetLineWidth(static_cast<float>(pixels));
}

vtkProp* TubeSet::prop() const {
    return d_->prop();
}

} // namespace aifp::ui
