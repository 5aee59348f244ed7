#pragma once
#include "ui/view3d/Representation.hpp"
#include <memory>

namespace aifp::ui {

// Halls: a dark floor slab, a light outline, a 5 m floor grid and the hall's name.
class HallRepresentation : public Representation {
public:
    explicit HallRepresentation(vtkRenderer* renderer);
    ~HallRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    std::vector<ObjectKind> kinds() const override { return {ObjectKind::Hall}; }
    // Halls are not picked (the floor is where tools place things); they only frame the view.
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;
    // Floor rectangles with the slab depth, for framing.
    std::vector<PickBox> floorBoxes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace aifp::ui
