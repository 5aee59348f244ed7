#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"

namespace aifp::ui {

// Switch racks as boxes coloured by tier. Links are aggregated, never drawn one by one: racks
// are grouped by row (or hall), switches by hall and tier, and one line joins each pair of
// groups that has links, placed at cable-tray height.
class NetworkRepresentation : public Representation {
public:
    explicit NetworkRepresentation(vtkRenderer* renderer);
    ~NetworkRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    void applyChange(const SceneInputs& in, const DesignChange& change) override;
    void recolour(const SceneInputs& in) override { rebuild(in); }
    std::vector<ObjectKind> kinds() const override {
        return {ObjectKind::NetworkSwitch, ObjectKind::NetworkLink};
    }
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;
    std::size_t bundleCount() const { return bundles_; }

private:
    BoxInstances switches_;
    TubeSet bundles_lines_;
    std::vector<BoxInstance> switchItems_;
    std::size_t bundles_ = 0;
};

} // namespace aifp::ui
