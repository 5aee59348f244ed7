#include "ui/view3d/TubeSet.hpp"
#include "ui/view3d/FrameDetail.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vtkActor.h>
#include <vtkAssembly.h>
#include <vtkCallbackCommand.h>
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

// Level of detail while the camera moves (issue 15): the far view's segment ends are snapped to
// a grid of about this many pixels (a power of two of millimetres), so runs that lie within a
// few pixels of each other on screen become one line, and climbs shorter than the grid vanish
// into the runs they join. 10,000 racks seen whole: 118,000 distinct segments become about
// 29,500 (made distinct across chunks too); an orbit frame under Mesa's llvmpipe 0.071 ->
// 0.056 s (with small boxes as points, BoxInstances). A line moves by at most half
// the grid, two pixels, and only while the view turns: the frame drawn when the camera stops
// has every segment where it is. (Display tuning.)
constexpr double kInteractiveGridPx = 4.0;

// A line segment of the far view, its ends snapped to a grid (whole millimetres for the exact
// far view: far below a pixel when lines are drawn, a tube then being under one pixel across)
// and ordered, so a segment two runs share compares equal whichever way each run goes.
struct FarSegment {
    std::array<std::int64_t, 3> aMm{}, bMm{};
    Rgb colour{};
    auto operator<=>(const FarSegment&) const = default;
};

std::array<std::int64_t, 3> snappedMm(const PointM& p, std::int64_t gridMm) {
    const auto snap = [gridMm](double m) {
        return gridMm * std::llround(m * 1000.0 / static_cast<double>(gridMm));
    };
    return {snap(p.xM), snap(p.yM), snap(p.zM)};
}

// The distinct segments of tubes [first, last) on the grid, sorted (each drawn once in the
// far view).
template <class It>
std::vector<FarSegment> distinctSegments(It first, It last, std::int64_t gridMm) {
    std::vector<FarSegment> out;
    for (It it = first; it != last; ++it)
        for (std::size_t i = 1; i < it->pointsM.size(); ++i) {
            FarSegment s{snappedMm(it->pointsM[i - 1], gridMm), snappedMm(it->pointsM[i], gridMm),
                         it->colour};
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
// The two far views: every segment where it is, and the snapped one of interactive frames.
enum FarView : std::size_t { kExactFar = 0, kInteractiveFar = 1, kFarViews = 2 };

// A chunk's distinct segments on one far view's grid, once that view has been drawn since the
// chunk's tubes changed.
struct ChunkSegments {
    std::vector<FarSegment> segments;
    std::int64_t gridMm = 0; // 0: not made for the current tubes
};

// One far view of a chunked set: one actor drawing every chunk's distinct segments.
struct FarBuffer {
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    std::int64_t gridMm = 0; // 0: not made for the current tubes
    std::size_t segmentCount = 0;
};
} // namespace

// One chunk of the set: its tubes as last drawn, their polydata, tube filter, mapper and actor,
// and (once a far view has been drawn since they changed) their distinct segments.
struct TubeChunk {
    std::vector<Tube> tubes;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkTubeFilter> filter;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    bool hasLines = false;
    std::array<ChunkSegments, kFarViews> far;
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
    // again only when its tubes changed (or, for the interactive view, the grid). Until then
    // the chunks' own actors show the lines.
    std::array<FarBuffer, kFarViews> far;
    std::optional<std::size_t> farShown; // the far view drawing the lines (chunks hidden)

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
        const double diameterPx = 2.0 * maxRadiusM / std::max(1e-9, metresPerPixel(renderer));
        const bool wantTubes = diameterPx >= kTubeMinDiameterPx;
        if (wantTubes != drawnAsTubes) {
            drawnAsTubes = wantTubes;
            for (auto& c : chunks)
                setInput(*c);
        }
        if (chunked() && !drawnAsTubes) {
            const bool interactive = interactiveFrames(renderer);
            const std::size_t view = interactive ? kInteractiveFar : kExactFar;
            const std::int64_t gridMm = interactive ? interactiveGridMm() : 1;
            if (far[view].gridMm != gridMm)
                buildFar(view, gridMm);
            if (farShown != view)
                showParts(view);
        } else if (drawnAsTubes && farShown) {
            showParts(std::nullopt);
        }
    }
    // The interactive far view's grid: kInteractiveGridPx at the focal point, rounded up to a
    // power of two of millimetres (so zooming makes it again only at each doubling).
    std::int64_t interactiveGridMm() const {
        const double mm = kInteractiveGridPx * metresPerPixel(renderer) * 1000.0;
        std::int64_t grid = 1;
        while (static_cast<double>(grid) < mm && grid < (std::int64_t{1} << 40))
            grid *= 2;
        return grid;
    }
    // Shows a far view's actor, or (nullopt) the chunks' own.
    void showParts(std::optional<std::size_t> view) {
        farShown = view;
        for (auto& c : chunks)
            c->actor->SetVisibility(!view && c->hasLines);
        for (std::size_t v = 0; v < kFarViews; ++v)
            far[v].actor->SetVisibility(view == v && far[v].segmentCount > 0);
    }
    // A far view's one polydata: each chunk's distinct segments on the grid (sorted again only
    // for the chunks refilled since, or all when the grid changed), two points of the segment's
    // colour each. The interactive view also draws once a segment two chunks share (snapped
    // trunks of runs in different chunks: 34,000 segments at 10,000 racks become 29,000); the
    // exact view keeps the chunks' lists, so an edit sorts one chunk again, not the whole set.
    void buildFar(std::size_t view, std::int64_t gridMm) {
        std::size_t n = 0;
        for (auto& c : chunks) {
            ChunkSegments& mine = c->far[view];
            if (mine.gridMm != gridMm) {
                mine.segments = distinctSegments(c->tubes.begin(), c->tubes.end(), gridMm);
                mine.gridMm = gridMm;
            }
            n += mine.segments.size();
        }
        std::vector<FarSegment> merged;
        if (view == kInteractiveFar) {
            merged.reserve(n);
            for (const auto& c : chunks)
                merged.insert(merged.end(), c->far[view].segments.begin(),
                              c->far[view].segments.end());
            std::sort(merged.begin(), merged.end());
            merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
            n = merged.size();
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
        const auto write = [&](const std::vector<FarSegment>& segments) {
            for (const FarSegment& s : segments) {
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
        };
        if (view == kInteractiveFar)
            write(merged);
        else
            for (const auto& c : chunks)
                write(c->far[view].segments);
        *off = k;
        vtkNew<vtkPoints> points;
        points->SetData(xyz);
        vtkNew<vtkCellArray> lines;
        lines->SetData(offsets, connectivity);
        FarBuffer& b = far[view];
        b.poly->Initialize();
        b.poly->SetPoints(points);
        b.poly->SetLines(lines);
        b.poly->GetPointData()->SetScalars(colours);
        b.poly->Modified();
        b.segmentCount = n;
        b.gridMm = gridMm;
    }
    // The far actors: the look of a chunk's lines, colours per point.
    void setUpFar() {
        for (FarBuffer& b : far) {
            b.mapper->SetInputData(b.poly);
            b.mapper->ScalarVisibilityOn();
            b.mapper->SetScalarModeToUsePointData();
            b.mapper->SetColorModeToDirectScalars();
            b.actor->SetMapper(b.mapper);
            styleActor(b.actor);
            b.actor->SetVisibility(false);
            assembly->AddPart(b.actor);
        }
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
        for (ChunkSegments& f : c.far)
            f.gridMm = 0;
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
    const bool fewerChunks = d_->chunks.size() > n;
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
    if (d_->style == Style::Tubes) {
        if (d_->rebuilt > 0 || fewerChunks) // the far views are made again when next drawn
            for (FarBuffer& b : d_->far)
                b.gridMm = 0;
        d_->showParts(std::nullopt);
    }
    d_->assembly->SetVisibility(any);
}

std::size_t TubeSet::chunksRebuilt() const {
    return d_->rebuilt;
}

void TubeSet::setOpacity(double opacity) {
    d_->opacity = opacity;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetOpacity(opacity);
    for (FarBuffer& b : d_->far)
        b.actor->GetProperty()->SetOpacity(opacity);
}

void TubeSet::setLineWidth(double pixels) {
    d_->lineWidth = pixels;
    for (auto& c : d_->chunks)
        c->actor->GetProperty()->SetLineWidth(static_cast<float>(pixels));
    for (FarBuffer& b : d_->far)
        b.actor->GetProperty()->SetLineWidth(static_cast<float>(pixels));
}

vtkProp* TubeSet::prop() const {
    return d_->prop();
}

} // namespace aifp::ui
