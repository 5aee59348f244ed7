#pragma once
#include "ui/view3d/SceneInputs.hpp"
#include <memory>
#include <vector>

class vtkProp;
class vtkRenderer;

namespace aifp::ui {

// One box of an instanced set: the footprint centre on its base, size and colour.
struct BoxInstance {
    ObjectId id = kNoId;
    PointM baseCentreM;       // centre of the bottom face, site coordinates
    double widthM = 1.0;      // along x before rotation
    double depthM = 1.0;      // along y before rotation
    double heightM = 1.0;     // along z
    double rotationDeg = 0.0; // about z
    Rgb colour{200, 200, 200};
};

// Opaque boxes drawn by vtkGlyph3DMapper (GPU instancing), one per size class of the boxes: one
// prop however many boxes, identical boxes (stacked switches) drawn once. While the camera moves
// (FrameDetail), the classes whose boxes are a few pixels on screen are drawn as points. Boxes can
// be moved or recoloured in place without rebuilding the mapper input (unless they share their
// instance with another, or change class).
class BoxInstances {
public:
    explicit BoxInstances(vtkRenderer* renderer);
    ~BoxInstances();
    BoxInstances(const BoxInstances&) = delete;
    BoxInstances& operator=(const BoxInstances&) = delete;

    void set(const std::vector<BoxInstance>& boxes);
    void update(std::size_t index, const BoxInstance& box); // call commit() afterwards
    void setColour(std::size_t index, Rgb colour);          // call commit() afterwards
    void commit();
    std::size_t size() const;       // boxes set
    std::size_t drawnCount() const; // distinct boxes drawn
    void setVisible(bool visible);
    vtkProp* prop() const; // the one actor (for view layers)
    // Box world bounds of instance i (rotation by multiples of 90 degrees is exact).
    static PickBox boundsOf(const BoxInstance& box);

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace aifp::ui
