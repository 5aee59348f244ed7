#include "ui/view3d/PowerRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"

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
    segments_.clear();
    linkedRacks_.clear();
    std::vector<Tube> outdoorRuns;
    const Rgb copper = copperColour();
    for (const PowerNode& p : in.design->powerNodes) {
        if (p.kind != PowerNodeKind::Busway || p.routeM.size() < 2)
            continue;
        Tube t{p.id, connectionPath(p.routeM, nullptr, nullptr, buswayHeightM()),
               kBuswayDiameterM / 2, in.isHighlighted(p.id) ? in.highlightRgb : copper};
        appendSegments(segments_, p.id, t.pointsM, t.radiusM);
        runItems_.push_back(std::move(t));
    }
    for (const PowerLink& l : in.design->powerLinks) {
        const auto from = endpointOf(in, l.fromId);
        const auto to = endpointOf(in, l.toId);
        if (in.index->rack(l.toId))
            linkedRacks_.insert(l.toId);
        const double run = l.kind == PowerLinkKind::Busway ? buswayHeightM() : overheadRunHeightM();
        Tube t{l.id, connectionPath(l.routeM, from ? &*from : nullptr, to ? &*to : nullptr, run),
               diameterOf(l.kind) / 2, in.isHighlighted(l.id) ? in.highlightRgb : copper};
        if (t.pointsM.size() < 2)
            continue; // endpoints missing: the validation engine reports the dangling link
        appendSegments(segments_, l.id, t.pointsM, t.radiusM);
        if (outdoorIds_.count(l.fromId) && outdoorIds_.count(l.toId)) {
            outdoorIds_.insert(l.id);
            outdoorRuns.push_back(std::move(t));
        } else {
            runItems_.push_back(std::move(t));
        }
    }
    runs_.set(runItems_);
    outdoorRuns_.set(outdoorRuns);
}

void PowerRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset) {
        rebuild(in);
        return;
    }
    const bool nodes = change.touches(ObjectKind::PowerNode);
    bool links = nodes || change.touches(ObjectKind::PowerLink);
    if (!links && change.touches(ObjectKind::Rack))
        for (ObjectId id : change.ids)
            links = links || linkedRacks_.count(id) != 0;
    if (nodes)
        rebuildNodes(in);
    if (links)
        rebuildLinks(in);
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
