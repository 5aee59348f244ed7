#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <unordered_map>
#include <unordered_set>

namespace aifp::ui {

// Power gear as boxes coloured by kind (instanced mappers); busway runs and feeders as copper
// tubes. Links follow the racks they feed when those move (only those links are drawn again, in
// place, and only the tube chunks that hold them refilled). Gear in the yard (no hall: utility
// feeds, substation, transformers, generators) and the runs between yard gear have actors of
// their own, so the Outdoor layer can hide them.
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
    std::vector<vtkProp*> outdoorProps() const override;
    std::size_t outdoorCount() const { return outdoorIds_.size(); }

private:
    void rebuildNodes(const SceneInputs& in);
    void rebuildLinks(const SceneInputs& in);
    // Draws link linkId again in place (its tube and pick segments); false when it cannot be
    // (gone, new, re-connected, moved in or out of the yard, its path has another number of
    // points): rebuildLinks then.
    bool redrawLink(const SceneInputs& in, ObjectId linkId);
    // Where a drawn link's tube and its pick segments are.
    struct Drawn {
        ObjectId fromId = kNoId, toId = kNoId; // the ends it was drawn between
        bool outdoor = false;
        std::size_t tube = 0;    // in runItems_ or outdoorItems_
        std::size_t segment = 0; // first of its segments in segments_
        std::size_t segments = 0;
    };

    BoxInstances nodes_;
    BoxInstances outdoorNodes_; // in the yard (no hall): the Outdoor layer too
    TubeSet runs_;
    TubeSet outdoorRuns_; // between yard equipment
    std::vector<BoxInstance> nodeItems_;
    std::unordered_set<ObjectId> outdoorIds_; // yard equipment and the links between them
    std::vector<Tube> runItems_, outdoorItems_;
    std::unordered_map<ObjectId, Drawn> drawn_; // by power link id
    std::vector<PickSegment> segments_;
    std::unordered_map<ObjectId, std::vector<ObjectId>> rackLinks_; // links ending at each rack
};

} // namespace aifp::ui
