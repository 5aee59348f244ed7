#pragma once
#include "ui/view3d/NodeRunRepresentation.hpp"

namespace aifp::ui {

// CDUs, chillers, dry coolers, manifolds and air handlers as boxes; each pipe as a supply (blue)
// and return (red) tube side by side, inner diameter to scale. Technology-loop pipes are drawn
// in lighter shades than facility-water pipes. Equipment in the yard (no hall: chillers, dry
// coolers) and the pipes between yard equipment are the Outdoor layer's too
// (NodeRunRepresentation).
class CoolingRepresentation : public NodeRunRepresentation {
public:
    explicit CoolingRepresentation(vtkRenderer* renderer);
    ~CoolingRepresentation() override;

private:
    void collectNodes(const SceneInputs& in, std::vector<NodeBox>& out) const override;
    std::size_t runCount(const SceneInputs& in) const override;
    RunEnds runEnds(const SceneInputs& in, std::size_t i) const override;
    bool runShape(const SceneInputs& in, std::size_t i, RunShape& out) const override;
};

} // namespace aifp::ui
