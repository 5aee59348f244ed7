#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/RackPalette.hpp"
#include "ui/view3d/Representation.hpp"
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

namespace aifp::ui {

// Racks, instanced: one vtkGlyph3DMapper of boxes per catalog type, each instance scaled by the
// type's footprint, rotated by the rack's rotation and coloured by the colouring mode.
// A moved or recoloured rack updates its instance in place.
class RackRepresentation : public Representation {
public:
    explicit RackRepresentation(vtkRenderer* renderer);
    ~RackRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    void applyChange(const SceneInputs& in, const DesignChange& change) override;
    void recolour(const SceneInputs& in) override;
    std::vector<ObjectKind> kinds() const override { return {ObjectKind::Rack}; }
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;

    const RackPalette& palette() const { return palette_; }
    std::size_t instanceCount() const { return where_.size(); }
    std::size_t groupCount() const { return groups_.size(); }

private:
    struct Group {
        std::unique_ptr<BoxInstances> boxes;
        std::vector<BoxInstance> items;
    };
    BoxInstance instanceOf(const Rack& rack, const SceneInputs& in) const;
    void rebuildGroups(const SceneInputs& in, const std::set<std::string>& types);

    std::map<std::string, Group> groups_;
    std::unordered_map<ObjectId, std::pair<std::string, std::size_t>> where_;
    RackPalette palette_;
};

} // namespace aifp::ui
