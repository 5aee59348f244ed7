#pragma once
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/Representation.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <unordered_map>
#include <unordered_set>

namespace aifp::ui {

// Equipment (nodes) as boxes and the runs between them (links, pipes) as tubes: what the power
// and cooling representations share. Runs follow the racks they end at when those move (only
// those runs are drawn again, in place, and only the tube chunks that hold them refilled).
// Equipment in the yard (no hall) and the runs between yard equipment have actors of their own,
// so the Outdoor layer can hide them.
class NodeRunRepresentation : public Representation {
public:
    ~NodeRunRepresentation() override;

    void rebuild(const SceneInputs& in) override;
    void applyChange(const SceneInputs& in, const DesignChange& change) override;
    void recolour(const SceneInputs& in) override { rebuild(in); } // highlight colours
    std::vector<ObjectKind> kinds() const override { return {nodeKind_, runKind_}; }
    void collectPickables(std::vector<PickBox>& boxes,
                          std::vector<PickSegment>& segments) const override;
    std::vector<vtkProp*> outdoorProps() const override;
    std::size_t outdoorCount() const { return outdoorIds_.size(); }

protected:
    // nodeKind and runKind: the object kinds drawn as boxes and as runs; tubeSides: the sides of
    // a run's tube seen close.
    NodeRunRepresentation(vtkRenderer* renderer, ObjectKind nodeKind, ObjectKind runKind,
                          int tubeSides);

    // A piece of equipment to draw, and whether it stands in the yard (no hall).
    struct NodeBox {
        BoxInstance box;
        bool outdoor = false;
    };
    // Which run of the design a run is and which objects it joins.
    struct RunEnds {
        ObjectId id = kNoId, fromId = kNoId, toId = kNoId;
    };
    // A run as drawn: its tubes, and the path its pick segments follow with their radius.
    struct RunShape {
        std::vector<Tube> tubes;
        std::vector<PointM> path;
        double pickRadiusM = 0.0;
    };

    virtual void collectNodes(const SceneInputs& in, std::vector<NodeBox>& out) const = 0;
    // Runs that are equipment themselves (busway tracks): drawn indoors before the runs, picked,
    // not followed in place.
    virtual void collectEquipmentRuns(const SceneInputs& in, std::vector<Tube>& tubes,
                                      std::vector<PickSegment>& segments) const;
    virtual std::size_t runCount(const SceneInputs& in) const = 0;
    virtual RunEnds runEnds(const SceneInputs& in, std::size_t i) const = 0;
    // Run i as drawn; false when it cannot be drawn (an end is missing: the validation engine
    // reports the dangling run).
    virtual bool runShape(const SceneInputs& in, std::size_t i, RunShape& out) const = 0;

private:
    void rebuildNodes(const SceneInputs& in);
    void rebuildRuns(const SceneInputs& in);
    // Draws run runId again in place (its tubes and pick segments); false when it cannot be
    // (gone, new, re-connected, moved in or out of the yard, its path has another number of
    // points): rebuildRuns then.
    bool redrawRun(const SceneInputs& in, ObjectId runId);
    bool joinsYard(const RunEnds& e) const {
        return outdoorIds_.count(e.fromId) && outdoorIds_.count(e.toId);
    }
    // Where a drawn run's tubes and its pick segments are.
    struct Drawn {
        ObjectId fromId = kNoId, toId = kNoId; // the ends it was drawn between
        bool outdoor = false;
        std::size_t tube = 0; // first of its tubes in tubes_ or outdoorTubes_
        std::size_t tubes = 0;
        std::size_t segment = 0; // first of its segments in segments_
        std::size_t segments = 0;
    };

    ObjectKind nodeKind_;
    ObjectKind runKind_;
    BoxInstances nodes_;
    BoxInstances outdoorNodes_; // in the yard (no hall): the Outdoor layer too
    TubeSet runs_;
    TubeSet outdoorRuns_; // between yard equipment
    std::vector<BoxInstance> nodeItems_;
    std::unordered_set<ObjectId> outdoorIds_; // yard equipment and the runs between them
    std::vector<Tube> tubes_, outdoorTubes_;
    std::unordered_map<ObjectId, Drawn> drawn_; // by run id
    std::vector<PickSegment> segments_;
    std::unordered_map<ObjectId, std::vector<ObjectId>> rackRuns_; // runs ending at each rack
};

} // namespace aifp::ui
