#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <unordered_set>

namespace aifp::ui {

// Power gear as boxes coloured by kind (one instanced mapper); busway runs and feeders as
// copper tubes. Links follow the racks they feed when those move.
class PowerRepresentation : public Representation {
public:
    explicit PowerRepresentation(vtkRenderer* renderer);
    ~PowerRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    void applyChange(const SceneInputs& in, const DesignChange& change) override;
    void recolour(const SceneInputs& in) override { rebuild(in); } // highlight colours
    std::vector<ObjectKind> kinds() const override {
        return {ObjectKind::PowerNode, ObjectKind::PowerLink};
    }
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;

private:
    void rebuildNodes(const SceneInputs& in);
    void rebuildLinks(const SceneInputs& in);

    BoxInstances nodes_;
    TubeSet runs_;
    std::vector<BoxInstance> nodeItems_;
    std::vector<Tube> runItems_;
    std::vector<PickSegment> segments_;
    std::unordered_set<ObjectId> linkedRacks_;
};

} // namespace aifp::ui
