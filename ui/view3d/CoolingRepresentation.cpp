#include "ui/view3d/CoolingRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"
#include <algorithm>

namespace aifp::ui {

namespace {
// A pipe without a diameter is drawn at DN100 so it stays visible (display only; the
// validation engine reports the missing size).
constexpr double kDefaultInnerDiameterMm = 100.0;
// Supply and return centre lines are 1.5 diameters apart (display only).
constexpr double kPairSpacingDiameters = 1.5;
// Pipe tubes per drawn chunk: a moved rack's pipes refill one or two chunks of this many
// (display tuning: about 30 chunks at 1 GW, each a few ms for the tube filter).
constexpr std::size_t kTubesPerChunk = 512;

// A pipe's drawn path and its supply and return tubes; false when it cannot be drawn (an end
// is missing: the validation engine reports the dangling pipe).
bool pipeTubes(const SceneInputs& in, const Pipe& p, std::vector<PointM>& path, Tube& supply,
               Tube& ret, double& pickRadiusM) {
    const auto from = endpointOf(in, p.fromId);
    const auto to = endpointOf(in, p.toId);
    path = connectionPath(p.routeM, from ? &*from : nullptr, to ? &*to : nullptr,
                          overheadRunHeightM());
    if (path.size() < 2)
        return false;
    const double dM =
        (p.innerDiameterMm > 0.0 ? p.innerDiameterMm : kDefaultInnerDiameterMm) / 1000.0;
    const double half = kPairSpacingDiameters * dM / 2;
    const bool hl = in.isHighlighted(p.id);
    supply = {p.id, offsetPolyline(path, half), dM / 2,
              hl ? in.highlightRgb : supplyColour(p.loop)};
    ret = {p.id, offsetPolyline(path, -half), dM / 2, hl ? in.highlightRgb : returnColour(p.loop)};
    pickRadiusM = half + dM / 2;
    return true;
}
} // namespace

CoolingRepresentation::CoolingRepresentation(vtkRenderer* renderer)
    : Representation(renderer), nodes_(renderer), outdoorNodes_(renderer),
      pipes_(renderer, TubeSet::Style::Tubes, 12, kTubesPerChunk),
      outdoorPipes_(renderer, TubeSet::Style::Tubes, 12, kTubesPerChunk) {}
CoolingRepresentation::~CoolingRepresentation() = default;

void CoolingRepresentation::rebuild(const SceneInputs& in) {
    rebuildNodes(in);
    rebuildPipes(in);
}

void CoolingRepresentation::rebuildNodes(const SceneInputs& in) {
    nodeItems_.clear();
    outdoorIds_.clear();
    std::vector<BoxInstance> indoor, outdoor;
    for (const CoolingNode& c : in.design->coolingNodes) {
        const ShapeM s = shapeOf(c.kind);
        BoxInstance b;
        b.id = c.id;
        b.baseCentreM = c.positionM;
        b.widthM = s.widthM;
        b.depthM = s.depthM;
        b.heightM = s.heightM;
        b.colour = in.isHighlighted(c.id) ? in.highlightRgb : colourOf(c.kind);
        nodeItems_.push_back(b);
        if (c.hallId == kNoId) {
            outdoorIds_.insert(c.id);
            outdoor.push_back(b);
        } else {
            indoor.push_back(b);
        }
    }
    nodes_.set(indoor);
    outdoorNodes_.set(outdoor);
}

void CoolingRepresentation::rebuildPipes(const SceneInputs& in) {
    tubes_.clear();
    outdoorTubes_.clear();
    drawn_.clear();
    segments_.clear();
    rackPipes_.clear();
    std::vector<PointM> path;
    Tube supply, ret;
    double pickRadiusM = 0.0;
    for (const Pipe& p : in.design->pipes) {
        for (ObjectId end : {p.fromId, p.toId})
            if (in.index->rack(end))
                rackPipes_[end].push_back(p.id);
        if (!pipeTubes(in, p, path, supply, ret, pickRadiusM))
            continue;
        const bool outdoor = outdoorIds_.count(p.fromId) && outdoorIds_.count(p.toId);
        if (outdoor)
            outdoorIds_.insert(p.id);
        std::vector<Tube>& into = outdoor ? outdoorTubes_ : tubes_;
        drawn_[p.id] = {p.fromId, p.toId, outdoor, into.size(), segments_.size(), path.size() - 1};
        into.push_back(std::move(supply));
        into.push_back(std::move(ret));
        appendSegments(segments_, p.id, path, pickRadiusM);
    }
    pipes_.set(tubes_);
    outdoorPipes_.set(outdoorTubes_);
}

bool CoolingRepresentation::redrawPipe(const SceneInputs& in, ObjectId pipeId) {
    const auto drawn = drawn_.find(pipeId);
    const std::int64_t i = in.index->indexOf(pipeId, ObjectKind::Pipe);
    if (drawn == drawn_.end() || i < 0)
        return false;
    const Pipe& p = in.design->pipes[static_cast<std::size_t>(i)];
    const Drawn& d = drawn->second;
    if (p.fromId != d.fromId || p.toId != d.toId)
        return false; // re-connected: the racks' pipe lists change
    std::vector<PointM> path;
    Tube supply, ret;
    double pickRadiusM = 0.0;
    if (!pipeTubes(in, p, path, supply, ret, pickRadiusM) || path.size() - 1 != d.segments ||
        d.outdoor != (outdoorIds_.count(p.fromId) && outdoorIds_.count(p.toId)))
        return false;
    std::vector<Tube>& tubes = d.outdoor ? outdoorTubes_ : tubes_;
    tubes[d.tube] = std::move(supply);
    tubes[d.tube + 1] = std::move(ret);
    std::vector<PickSegment> segments;
    appendSegments(segments, p.id, path, pickRadiusM);
    std::copy(segments.begin(), segments.end(),
              segments_.begin() + static_cast<std::ptrdiff_t>(d.segment));
    return true;
}

void CoolingRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset) {
        rebuild(in);
        return;
    }
    if (change.touches(ObjectKind::CoolingNode)) {
        rebuildNodes(in);
        rebuildPipes(in);
        return;
    }
    // The pipes the change names and those ending at the racks it names.
    std::vector<ObjectId> pipes;
    for (ObjectId id : change.ids) {
        if (const auto r = rackPipes_.find(id); r != rackPipes_.end())
            pipes.insert(pipes.end(), r->second.begin(), r->second.end());
        else if (change.touches(ObjectKind::Pipe) && in.index->indexOf(id, ObjectKind::Pipe) >= 0)
            pipes.push_back(id);
    }
    if (pipes.empty() &&
        !(change.touches(ObjectKind::Pipe) && change.kind != DesignChange::Kind::Modified))
        return;
    // Added or removed pipes (or racks with pipes) change the lists: drawn again whole.
    bool inPlace = change.kind == DesignChange::Kind::Modified;
    std::sort(pipes.begin(), pipes.end());
    pipes.erase(std::unique(pipes.begin(), pipes.end()), pipes.end());
    for (std::size_t k = 0; k < pipes.size() && inPlace; ++k)
        inPlace = redrawPipe(in, pipes[k]);
    if (!inPlace) {
        rebuildPipes(in);
        return;
    }
    pipes_.set(tubes_);
    outdoorPipes_.set(outdoorTubes_);
}

void CoolingRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                             std::vector<PickSegment>& segments) const {
    for (const BoxInstance& b : nodeItems_)
        if (outdoorVisible_ || !outdoorIds_.count(b.id))
            boxes.push_back(BoxInstances::boundsOf(b));
    for (const PickSegment& s : segments_)
        if (outdoorVisible_ || !outdoorIds_.count(s.id))
            segments.push_back(s);
}

std::vector<vtkProp*> CoolingRepresentation::outdoorProps() const {
    return {outdoorNodes_.prop(), outdoorPipes_.prop()};
}

} // namespace aifp::ui
