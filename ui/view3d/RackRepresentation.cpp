#include "ui/view3d/RackRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"

namespace aifp::ui {

namespace {
// Drawn boxes are 8 % narrower than the footprint so neighbouring racks read as separate
// cabinets (display only; picking uses the same drawn box).
constexpr double kGapFactor = 0.92;
} // namespace

RackRepresentation::RackRepresentation(vtkRenderer* renderer) : Representation(renderer) {}
RackRepresentation::~RackRepresentation() = default;

BoxInstance RackRepresentation::instanceOf(const Rack& rack, const SceneInputs& in) const {
    const RackTypeInfo& t = palette_.type(rack.catalogId);
    BoxInstance b;
    b.id = rack.id;
    b.baseCentreM = rack.centerM;
    b.widthM = t.widthM * kGapFactor;
    b.depthM = t.depthM * kGapFactor;
    b.heightM = rackHeightM();
    b.rotationDeg = rack.rotationDeg;
    b.colour = palette_.colourOf(rack, in);
    return b;
}

void RackRepresentation::rebuild(const SceneInputs& in) {
    palette_ = RackPalette(in);
    groups_.clear();
    where_.clear();
    std::set<std::string> types;
    for (const Rack& r : in.design->racks)
        types.insert(r.catalogId);
    rebuildGroups(in, types);
}

void RackRepresentation::rebuildGroups(const SceneInputs& in, const std::set<std::string>& types) {
    for (auto it = where_.begin(); it != where_.end();)
        it = types.count(it->second.first) ? where_.erase(it) : std::next(it);
    std::map<std::string, std::vector<BoxInstance>> items;
    for (const std::string& t : types)
        items[t];
    for (const Rack& r : in.design->racks)
        if (types.count(r.catalogId)) {
            auto& v = items[r.catalogId];
            where_[r.id] = {r.catalogId, v.size()};
            v.push_back(instanceOf(r, in));
        }
    for (auto& [type, v] : items) {
        if (v.empty()) {
            groups_.erase(type);
            continue;
        }
        Group& g = groups_[type];
        if (!g.boxes)
            g.boxes = std::make_unique<BoxInstances>(renderer_);
        g.items = std::move(v);
        g.boxes->set(g.items);
    }
}

void RackRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset || change.catalogChanged) {
        rebuild(in);
        return;
    }
    if (!change.touches(ObjectKind::Rack))
        return;
    std::set<std::string> dirtyTypes;
    std::set<std::string> touchedGroups;
    for (ObjectId id : change.ids) {
        const Rack* rack = in.index->rack(id);
        auto old = where_.find(id);
        if (rack && !palette_.has(rack->catalogId)) {
            rebuild(in); // a type the palette has not seen: colours are reassigned
            return;
        }
        if (rack && old != where_.end() && old->second.first == rack->catalogId &&
            change.kind == DesignChange::Kind::Modified) {
            Group& g = groups_.at(rack->catalogId);
            g.items[old->second.second] = instanceOf(*rack, in);
            g.boxes->update(old->second.second, g.items[old->second.second]);
            touchedGroups.insert(rack->catalogId);
            continue;
        }
        if (old != where_.end())
            dirtyTypes.insert(old->second.first);
        if (rack)
            dirtyTypes.insert(rack->catalogId);
    }
    for (const std::string& t : touchedGroups)
        if (!dirtyTypes.count(t))
            groups_.at(t).boxes->commit();
    if (!dirtyTypes.empty())
        rebuildGroups(in, dirtyTypes);
}

void RackRepresentation::recolour(const SceneInputs& in) {
    const DesignIndex& index = *in.index;
    for (auto& [type, g] : groups_) {
        for (std::size_t i = 0; i < g.items.size(); ++i) {
            const Rack* r = index.rack(g.items[i].id);
            if (!r)
                continue;
            g.items[i].colour = palette_.colourOf(*r, in);
            g.boxes->setColour(i, g.items[i].colour);
        }
        g.boxes->commit();
    }
}

void RackRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                          std::vector<PickSegment>& segments) const {
    (void)segments;
    for (const auto& [type, g] : groups_)
        for (const BoxInstance& b : g.items)
            boxes.push_back(BoxInstances::boundsOf(b));
}

} // namespace aifp::ui
