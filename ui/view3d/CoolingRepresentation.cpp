#include "ui/view3d/CoolingRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include "ui/view3d/RoutePaths.hpp"

namespace aifp::ui {

namespace {
// A pipe without a diameter is drawn at DN100 so it stays visible (display only; the
// validation engine reports the missing size).
constexpr double kDefaultInnerDiameterMm = 100.0;
// Supply and return centre lines are 1.5 diameters apart (display only).
constexpr double kPairSpacingDiameters = 1.5;
} // namespace

CoolingRepresentation::CoolingRepresentation(vtkRenderer* renderer)
    : Representation(renderer), nodes_(renderer), outdoorNodes_(renderer),
      pipes_(renderer, TubeSet::Style::Tubes, 12),
      outdoorPipes_(renderer, TubeSet::Style::Tubes, 12) {}
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
    std::vector<Tube> tubes, outdoorTubes;
    segments_.clear();
    linkedRacks_.clear();
    for (const Pipe& p : in.design->pipes) {
        const auto from = endpointOf(in, p.fromId);
        const auto to = endpointOf(in, p.toId);
        if (in.index->rack(p.toId))
            linkedRacks_.insert(p.toId);
        const std::vector<PointM> path = connectionPath(p.routeM, from ? &*from : nullptr,
                                                        to ? &*to : nullptr, overheadRunHeightM());
        if (path.size() < 2)
            continue; // endpoints missing: the validation engine reports the dangling pipe
        const double dM =
            (p.innerDiameterMm > 0.0 ? p.innerDiameterMm : kDefaultInnerDiameterMm) / 1000.0;
        const double half = kPairSpacingDiameters * dM / 2;
        const bool hl = in.isHighlighted(p.id);
        const bool outdoor = outdoorIds_.count(p.fromId) && outdoorIds_.count(p.toId);
        if (outdoor)
            outdoorIds_.insert(p.id);
        std::vector<Tube>& into = outdoor ? outdoorTubes : tubes;
        into.push_back({p.id, offsetPolyline(path, half), dM / 2,
                        hl ? in.highlightRgb : supplyColour(p.loop)});
        into.push_back({p.id, offsetPolyline(path, -half), dM / 2,
                        hl ? in.highlightRgb : returnColour(p.loop)});
        appendSegments(segments_, p.id, path, half + dM / 2);
    }
    pipes_.set(tubes);
    outdoorPipes_.set(outdoorTubes);
}

void CoolingRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset) {
        rebuild(in);
        return;
    }
    const bool nodes = change.touches(ObjectKind::CoolingNode);
    bool pipes = nodes || change.touches(ObjectKind::Pipe);
    if (!pipes && change.touches(ObjectKind::Rack))
        for (ObjectId id : change.ids)
            pipes = pipes || linkedRacks_.count(id) != 0;
    if (nodes)
        rebuildNodes(in);
    if (pipes)
        rebuildPipes(in);
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
