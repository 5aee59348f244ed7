#pragma once
#include "core/model/DesignChange.hpp"
#include "ui/view3d/SceneInputs.hpp"
#include <vector>

class vtkProp;
class vtkRenderer;

namespace aifp::ui {

// One entity type's 3D representation: owns its VTK actors, adds them to the renderer, and
// updates only what a DesignChange touched.
class Representation {
public:
    explicit Representation(vtkRenderer* renderer) : renderer_(renderer) {}
    virtual ~Representation() = default;
    Representation(const Representation&) = delete;
    Representation& operator=(const Representation&) = delete;

    // Drops every actor and builds them again from the design.
    virtual void rebuild(const SceneInputs& in) = 0;
    // Updates after an edit. The default rebuilds when the change touches one of kinds().
    virtual void applyChange(const SceneInputs& in, const DesignChange& change) {
        for (ObjectKind k : kinds())
            if (change.touches(k)) {
                rebuild(in);
                return;
            }
    }
    // Colouring mode, status or highlight changed.
    virtual void recolour(const SceneInputs& in) { (void)in; }
    virtual std::vector<ObjectKind> kinds() const = 0;
    // Boxes and segments this representation draws, for picking and framing.
    virtual void collectPickables(std::vector<PickBox>& boxes,
                                  std::vector<PickSegment>& segments) const = 0;
    // Props that draw outdoor plant (equipment in no hall, and the runs between such
    // equipment): they belong to the Outdoor layer as well as to this representation's own.
    virtual std::vector<vtkProp*> outdoorProps() const { return {}; }
    // Whether outdoor objects are pickable (the Outdoor layer is on).
    void setOutdoorVisible(bool visible) { outdoorVisible_ = visible; }

protected:
    vtkRenderer* renderer_;
    bool outdoorVisible_ = true;
};

} // namespace aifp::ui
