#include "ui/view3d/NodeRunRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"
#include <algorithm>

namespace aifp::ui {

namespace {
// Runs per drawn chunk: a moved rack's feeders or pipes refill one or two chunks of this many
// (display tuning: about 30 chunks at 1 GW, each a few ms for the tube filter).
constexpr std::size_t kTubesPerChunk = 512;
} // namespace

NodeRunRepresentation::NodeRunRepresentation(vtkRenderer* renderer, ObjectKind nodeKind,
                                             ObjectKind runKind, int tubeSides)
    : Representation(renderer), nodeKind_(nodeKind), runKind_(runKind), nodes_(renderer),
      outdoorNodes_(renderer), runs_(renderer, TubeSet::Style::Tubes, tubeSides, kTubesPerChunk),
      outdoorRuns_(renderer, TubeSet::Style::Tubes, tubeSides, kTubesPerChunk) {}
NodeRunRepresentation::~NodeRunRepresentation() = default;

void NodeRunRepresentation::collectEquipmentRuns(const SceneInputs& in, std::vector<Tube>& tubes,
                                                 std::vector<PickSegment>& segments) const {
    (void)in;
    (void)tubes;
    (void)segments;
}

void NodeRunRepresentation::rebuild(const SceneInputs& in) {
    rebuildNodes(in);
    rebuildRuns(in);
}

void NodeRunRepresentation::rebuildNodes(const SceneInputs& in) {
    nodeItems_.clear();
    outdoorIds_.clear();
    std::vector<NodeBox> all;
    collectNodes(in, all);
    std::vector<BoxInstance> indoor, outdoor;
    for (const NodeBox& n : all) {
        nodeItems_.push_back(n.box);
        if (n.outdoor) {
            outdoorIds_.insert(n.box.id);
            outdoor.push_back(n.box);
        } else {
            indoor.push_back(n.box);
        }
    }
    nodes_.set(indoor);
    outdoorNodes_.set(outdoor);
}

void NodeRunRepresentation::rebuildRuns(const SceneInputs& in) {
    tubes_.clear();
    outdoorTubes_.clear();
    drawn_.clear();
    segments_.clear();
    rackRuns_.clear();
    collectEquipmentRuns(in, tubes_, segments_);
    RunShape shape;
    const std::size_t n = runCount(in);
    for (std::size_t i = 0; i < n; ++i) {
        const RunEnds e = runEnds(in, i);
        for (ObjectId end : {e.fromId, e.toId})
            if (in.index->rack(end))
                rackRuns_[end].push_back(e.id);
        if (!runShape(in, i, shape))
            continue;
        const bool outdoor = joinsYard(e);
        if (outdoor)
            outdoorIds_.insert(e.id);
        std::vector<Tube>& into = outdoor ? outdoorTubes_ : tubes_;
        drawn_[e.id] = {e.fromId,
                        e.toId,
                        outdoor,
                        into.size(),
                        shape.tubes.size(),
                        segments_.size(),
                        shape.path.size() - 1};
        for (Tube& t : shape.tubes)
            into.push_back(std::move(t));
        appendSegments(segments_, e.id, shape.path, shape.pickRadiusM);
    }
    runs_.set(tubes_);
    outdoorRuns_.set(outdoorTubes_);
}

bool NodeRunRepresentation::redrawRun(const SceneInputs& in, ObjectId runId) {
    const auto drawn = drawn_.find(runId);
    const std::int64_t i = in.index->indexOf(runId, runKind_);
    if (drawn == drawn_.end() || i < 0)
        return false;
    const auto index = static_cast<std::size_t>(i);
    const RunEnds e = runEnds(in, index);
    const Drawn& d = drawn->second;
    if (e.fromId != d.fromId || e.toId != d.toId)
        return false; // re-connected: the racks' run lists change
    RunShape shape;
    if (!runShape(in, index, shape) || shape.path.size() - 1 != d.segments ||
        shape.tubes.size() != d.tubes || d.outdoor != joinsYard(e))
        return false;
    std::vector<Tube>& tubes = d.outdoor ? outdoorTubes_ : tubes_;
    std::move(shape.tubes.begin(), shape.tubes.end(),
              tubes.begin() + static_cast<std::ptrdiff_t>(d.tube));
    std::vector<PickSegment> segments;
    appendSegments(segments, runId, shape.path, shape.pickRadiusM);
    std::copy(segments.begin(), segments.end(),
              segments_.begin() + static_cast<std::ptrdiff_t>(d.segment));
    return true;
}

void NodeRunRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset || change.touches(nodeKind_)) {
        rebuild(in); // equipment: the runs' ends and the yard may change
        return;
    }
    // The runs the change names (drawn or in the design) and those ending at the racks it names.
    std::vector<ObjectId> runs;
    for (ObjectId id : change.ids) {
        if (const auto r = rackRuns_.find(id); r != rackRuns_.end())
            runs.insert(runs.end(), r->second.begin(), r->second.end());
        else if (change.touches(runKind_) &&
                 (drawn_.count(id) || in.index->indexOf(id, runKind_) >= 0))
            runs.push_back(id);
    }
    if (runs.empty() && !(change.touches(runKind_) && change.kind != DesignChange::Kind::Modified))
        return;
    // Added or removed runs (or racks with runs) change the lists: drawn again whole.
    bool inPlace = change.kind == DesignChange::Kind::Modified;
    std::sort(runs.begin(), runs.end());
    runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
    for (std::size_t k = 0; k < runs.size() && inPlace; ++k)
        inPlace = redrawRun(in, runs[k]);
    if (!inPlace) {
        rebuildRuns(in);
        return;
    }
    runs_.set(tubes_);
    outdoorRuns_.set(outdoorTubes_);
}

void NodeRunRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                             std::vector<PickSegment>& segments) const {
    for (const BoxInstance& b : nodeItems_)
        if (outdoorVisible_ || !outdoorIds_.count(b.id))
            boxes.push_back(BoxInstances::boundsOf(b));
    for (const PickSegment& s : segments_)
        if (outdoorVisible_ || !outdoorIds_.count(s.id))
            segments.push_back(s);
}

std::vector<vtkProp*> NodeRunRepresentation::outdoorProps() const {
    return {outdoorNodes_.prop(), outdoorRuns_.prop()};
}

} // namespace aifp::ui
