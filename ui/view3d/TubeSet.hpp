#pragma once
#include "ui/view3d/SceneInputs.hpp"
#include <memory>
#include <vector>

class vtkProp;
class vtkRenderer;

namespace aifp::ui {

// One polyline drawn as a tube of the given radius (or as a line when the set draws lines).
struct Tube {
    ObjectId id = kNoId;
    std::vector<PointM> pointsM;
    double radiusM = 0.05;
    Rgb colour{200, 200, 200};
};

// Many polylines in one vtkPolyData -> vtkTubeFilter -> one actor, radius to scale per tube,
// colour per tube. Lines mode draws screen-width lines instead (aggregated network bundles).
// chunkTubes > 0: the tubes are drawn in chunks of that many (one polydata, filter and actor
// each, the parts of one assembly), and set() fills again only the chunks whose tubes changed,
// so an edit that moves a few tubes of thousands costs a chunk, not the whole set.
// Tubes mode switches to lines by itself before a render where its widest tube would be under
// one pixel across (level of detail for campus views); a chunked set then draws each distinct
// segment once, and while the camera moves (FrameDetail) with its ends on a grid of a few pixels.
class TubeSet {
public:
    enum class Style { Tubes, Lines };
    TubeSet(vtkRenderer* renderer, Style style, int sides = 10, std::size_t chunkTubes = 0);
    ~TubeSet();
    TubeSet(const TubeSet&) = delete;
    TubeSet& operator=(const TubeSet&) = delete;

    void set(const std::vector<Tube>& tubes);
    std::size_t chunksRebuilt() const; // by the last set() (tests)
    void setOpacity(double opacity);
    void setLineWidth(double pixels);
    vtkProp* prop() const; // the one actor (for view layers)

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace aifp::ui
