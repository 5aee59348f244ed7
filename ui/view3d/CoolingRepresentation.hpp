#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <unordered_map>
#include <unordered_set>

namespace aifp::ui {

// CDUs, chillers, dry coolers, manifolds and air handlers as boxes; each pipe as a supply (blue)
// and return (red) tube side by side, inner diameter to scale. Technology-loop pipes are drawn
// in lighter shades than facility-water pipes. Equipment in the yard (no hall: chillers, dry
// coolers) and the pipes between yard equipment have actors of their own (the Outdoor layer).
class CoolingRepresentation : public Representation {
public:
    explicit CoolingRepresentation(vtkRenderer* renderer);
    ~CoolingRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    void applyChange(const SceneInputs& in, const DesignChange& change) override;
    void recolour(const SceneInputs& in) override { rebuild(in); } // highlight colours
    std::vector<ObjectKind> kinds() const override {
        return {ObjectKind::CoolingNode, ObjectKind::Pipe};
    }
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;
    std::vector<vtkProp*> outdoorProps() const override;
    std::size_t outdoorCount() const { return outdoorIds_.size(); }

private:
    void rebuildNodes(const SceneInputs& in);
    void rebuildPipes(const SceneInputs& in);
    // Draws pipe p again in place (its tubes and pick segments); false when it cannot be
    // (gone, no longer drawable, its path has another number of points): rebuildPipes then.
    bool redrawPipe(const SceneInputs& in, ObjectId pipeId);
    // Where a drawn pipe's two tubes and its pick segments are.
    struct Drawn {
        ObjectId fromId = kNoId, toId = kNoId; // the ends it was drawn between
        bool outdoor = false;
        std::size_t tube = 0;    // supply at tube, return at tube + 1
        std::size_t segment = 0; // first of its segments in segments_
        std::size_t segments = 0;
    };

    BoxInstances nodes_;
    BoxInstances outdoorNodes_; // in the yard (no hall): the Outdoor layer too
    TubeSet pipes_;
    TubeSet outdoorPipes_; // between yard equipment
    std::vector<BoxInstance> nodeItems_;
    std::unordered_set<ObjectId> outdoorIds_; // yard equipment and the pipes between them
    std::vector<Tube> tubes_, outdoorTubes_;
    std::unordered_map<ObjectId, Drawn> drawn_; // by pipe id
    std::vector<PickSegment> segments_;
    std::unordered_map<ObjectId, std::vector<ObjectId>> rackPipes_; // pipes ending at each rack
};

} // namespace aifp::ui
