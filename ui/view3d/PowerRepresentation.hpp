#pragma once
#include "ui/view3d/NodeRunRepresentation.hpp"

namespace aifp::ui {

// Power gear as boxes coloured by kind (instanced mappers); busway runs and feeders as copper
// tubes. Gear in the yard (no hall: utility feeds, substation, transformers, generators) and the
// runs between yard gear are the Outdoor layer's too (NodeRunRepresentation).
class PowerRepresentation : public NodeRunRepresentation {
public:
    explicit PowerRepresentation(vtkRenderer* renderer);
    ~PowerRepresentation() override;

private:
    void collectNodes(const SceneInputs& in, std::vector<NodeBox>& out) const override;
    void collectEquipmentRuns(const SceneInputs& in, std::vector<Tube>& tubes,
                              std::vector<PickSegment>& segments) const override;
    std::size_t runCount(const SceneInputs& in) const override;
    RunEnds runEnds(const SceneInputs& in, std::size_t i) const override;
    bool runShape(const SceneInputs& in, std::size_t i, RunShape& out) const override;
};

} // namespace aifp::ui
