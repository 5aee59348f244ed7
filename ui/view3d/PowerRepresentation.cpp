#include "ui/view3d/PowerRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"
#include <algorithm>

namespace aifp::ui {

namespace {
// Drawn diameters (display assumptions, not engineering sizes): a 4-5 kA busway housing is
// about 0.15 x 0.3 m; a feeder cable bundle about 0.1 m; a tap-off cable 0.05 m.
constexpr double kBuswayDiameterM = 0.3;
constexpr double kCableDiameterM = 0.1;
constexpr double kTapDiameterM = 0.05;
// Runs per drawn chunk: a moved rack's feeders refill one or two chunks (display tuning).
constexpr std::size_t kTubesPerChunk = 512;

double diameterOf(PowerLinkKind kind) {
    switch (kind) {
    case PowerLinkKind::Busway:
        return kBuswayDiameterM;
    case PowerLinkKind::Cable:
        return kCableDiameterM;
    case PowerLinkKind::Tap:
        return kTapDiameterM;
    }
    return kCableDiameterM;
}

// A power link's drawn tube; false when it cannot be drawn (an end is missing: the validation
// engine reports the dangling link).
bool linkTube(const SceneInputs& in, const PowerLink& l, const Rgb& copper, Tube& t) {
    const auto from = endpointOf(in, l.fromId);
    const auto to = endpointOf(in, l.toId);
    const double run = l.kind == PowerLinkKind::Busway ? buswayHeightM() : overheadRunHeightM();
    t = {l.id, connectionPath(l.routeM, from ? &*from : nullptr, to ? &*to : nullptr, run),
         diameterOf(l.kind) / 2, in.isHighlighted(l.id) ? in.highlightRgb : copper};
    return t.pointsM.size() >= 2;
}
} // namespace

PowerRepresentation::PowerRepresentation(vtkRenderer* renderer)
    : Representation(renderer), nodes_(renderer), outdoorNodes_(renderer),
      runs_(renderer, TubeSet::Style::Tubes, 8, kTubesPerChunk),
      outdoorRuns_(renderer, TubeSet::Style::Tubes, 8, kTubesPerChunk) {}
PowerRepresentation::~PowerRepresentation() = default;

void PowerRepresentation::rebuild(const SceneInputs& in) {
    rebuildNodes(in);
    rebuildLinks(in);
}

void PowerRepresentation::rebuildNodes(const SceneInputs& in) {
    nodeItems_.clear();
    outdoorIds_.clear();
    std::vector<BoxInstance> indoor, outdoor;
    for (const PowerNode& p : in.design->powerNodes) {
        if (p.kind == PowerNodeKind::Busway && p.routeM.size() >= 2)
            continue; // drawn as a run
        const ShapeM s = shapeOf(p.kind);
        BoxInstance b;
        b.id = p.id;
        b.baseCentreM = p.positionM;
        b.widthM = s.widthM;
        b.depthM = s.depthM;
        b.heightM = s.heightM;
        b.colour = in.isHighlighted(p.id) ? in.highlightRgb : colourOf(p.kind);
        nodeItems_.push_back(b);
        if (p.hallId == kNoId) {
            outdoorIds_.insert(p.id);
            outdoor.push_back(b);
        } else {
            indoor.push_back(b);
        }
    }
    nodes_.set(indoor);
    outdoorNodes_.set(outdoor);
}

void PowerRepresentation::rebuildLinks(const SceneInputs& in) {
    runItems_.clear();
    outdoorItems_.clear();
    drawn_.clear();
    segments_.clear();
    rackLinks_.clear();
    const Rgb copper = copperColour();
    for (const PowerNode& p : in.design->powerNodes) {
        if (p.kind != PowerNodeKind::Busway || p.routeM.size() < 2)
            continue;
        Tube t{p.id, connectionPath(p.routeM, nullptr, nullptr, buswayHeightM()),
               kBuswayDiameterM / 2, in.isHighlighted(p.id) ? in.highlightRgb : copper};
        appendSegments(segments_, p.id, t.pointsM, t.radiusM);
        runItems_.push_back(std::move(t));
    }
    Tube t;
    for (const PowerLink& l : in.design->powerLinks) {
        for (ObjectId end : {l.fromId, l.toId})
            if (in.index->rack(end))
                rackLinks_[end].push_back(l.id);
        if (!linkTube(in, l, copper, t))
            continue;
        const bool outdoor = outdoorIds_.count(l.fromId) && outdoorIds_.count(l.toId);
        if (outdoor)
            outdoorIds_.insert(l.id);
        std::vector<Tube>& into = outdoor ? outdoorItems_ : runItems_;
        drawn_[l.id] = {l.fromId,    l.toId,           outdoor,
                        into.size(), segments_.size(), t.pointsM.size() - 1};
        appendSegments(segments_, l.id, t.pointsM, t.radiusM);
        into.push_back(std::move(t));
    }
    runs_.set(runItems_);
    outdoorRuns_.set(outdoorItems_);
}

bool PowerRepresentation::redrawLink(const SceneInputs& in, ObjectId linkId) {
    const auto drawn = drawn_.find(linkId);
    const std::int64_t i = in.index->indexOf(linkId, ObjectKind::PowerLink);
    if (drawn == drawn_.end() || i < 0)
        return false;
    const PowerLink& l = in.design->powerLinks[static_cast<std::size_t>(i)];
    const Drawn& d = drawn->second;
    if (l.fromId != d.fromId || l.toId != d.toId)
        return false; // re-connected: the racks' link lists change
    Tube t;
    if (!linkTube(in, l, copperColour(), t) || t.pointsM.size() - 1 != d.segments ||
        d.outdoor != (outdoorIds_.count(l.fromId) && outdoorIds_.count(l.toId)))
        return false;
    std::vector<PickSegment> segments;
    appendSegments(segments, l.id, t.pointsM, t.radiusM);
    std::copy(segments.begin(), segments.end(),
              segments_.begin() + static_cast<std::ptrdiff_t>(d.segment));
    (d.outdoor ? outdoorItems_ : runItems_)[d.tube] = std::move(t);
    return true;
}

void PowerRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset || change.touches(ObjectKind::PowerNode)) {
        rebuild(in); // gear and busway runs: the links' ends and the yard may change
        return;
    }
    // The links the change names (drawn or in the design) and those ending at the racks it
    // names.
    std::vector<ObjectId> links;
    for (ObjectId id : change.ids) {
        if (const auto r = rackLinks_.find(id); r != rackLinks_.end())
            links.insert(links.end(), r->second.begin(), r->second.end());
        else if (change.touches(ObjectKind::PowerLink) &&
                 (drawn_.count(id) || in.index->indexOf(id, ObjectKind::PowerLink) >= 0))
            links.push_back(id);
    }
    if (links.empty() &&
        !(change.touches(ObjectKind::PowerLink) && change.kind != DesignChange::Kind::Modified))
        return;
    // Added or removed links (or racks with links) change the lists: drawn again whole.
    bool inPlace = change.kind == DesignChange::Kind::Modified;
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    for (std::size_t k = 0; k < links.size() && inPlace; ++k)
        inPlace = redrawLink(in, links[k]);
    if (!inPlace) {
        rebuildLinks(in);
        return;
    }
    runs_.set(runItems_);
    outdoorRuns_.set(outdoorItems_);
}

void PowerRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                           std::vector<PickSegment>& segments) const {
    for (const BoxInstance& b : nodeItems_)
        if (outdoorVisible_ || !outdoorIds_.count(b.id))
            boxes.push_back(BoxInstances::boundsOf(b));
    for (const PickSegment& s : segments_)
        if (outdoorVisible_ || !outdoorIds_.count(s.id))
            segments.push_back(s);
}

std::vector<vtkProp*> PowerRepresentation::outdoorProps() const {
    return {outdoorNodes_.prop(), outdoorRuns_.prop()};
}

} // namespace aifp::ui
