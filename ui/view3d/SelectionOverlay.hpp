#pragma once
#include "ui/view3d/SceneInputs.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <vector>

namespace aifp::ui {

// Outlines around a set of objects: wire boxes around boxes, a translucent sleeve around
// segments. Used for the selection (yellow) and for failure-impact highlighting.
class SelectionOverlay {
public:
    SelectionOverlay(vtkRenderer* renderer, Rgb colour);
    void setColour(Rgb colour) { colour_ = colour; }
    void show(const std::vector<PickBox>& boxes, const std::vector<PickSegment>& segments);
    void clear();

private:
    Rgb colour_;
    TubeSet edges_;
    TubeSet sleeves_;
};

} // namespace aifp::ui
