#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <optional>

namespace aifp::ui {

// Switch racks as boxes coloured by tier. Links have two levels of detail. From afar they are
// aggregated: racks are grouped by row (or hall), switches by hall and tier, and one line joins
// each pair of groups that has links, at cable-tray height (a 1 GW campus: 548k links, a few
// thousand bundles). Near (setDetail with a focus), the links nearest the focus are drawn one by
// one, up to kMaxDetailLinks: up from each end to the tray and along it.
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

    // Single links near focusM (plan point), or bundles when focus is empty. Rebuilds the lines.
    void setDetail(const SceneInputs& in, std::optional<PointM> focusM);
    bool detailed() const { return focus_.has_value(); }
    // Back to bundles without drawing (the next rebuild draws them).
    void resetDetail() { focus_.reset(); }
    std::size_t linesDrawn() const { return detailed() ? detailLinks_ : bundles_; }
    static constexpr std::size_t kMaxDetailLinks = 20000;

private:
    void rebuildLinks(const SceneInputs& in);
    void drawSingleLinks(const SceneInputs& in);
    void drawBundles(const SceneInputs& in);
    BoxInstances switches_;
    TubeSet bundles_lines_;
    TubeSet detail_lines_;
    std::optional<PointM> focus_;
    std::size_t detailLinks_ = 0;
    std::vector<BoxInstance> switchItems_;
    std::size_t bundles_ = 0;
};

} // namespace aifp::ui
