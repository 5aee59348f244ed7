#include "ui/view3d/NetworkRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace aifp::ui {

namespace {
// Cable trays are drawn above the rack tops and the pipe runs (display assumption).
constexpr double kTrayHeightM = 3.8;
// Single links leave their rack or switch rack at its top, about 2.3 m (display assumption: a
// 48U rack is 2.2-2.3 m tall).
constexpr double kDropZM = 2.3;

Rgb tierColour(int tier) {
    switch (tier) {
    case 1:
        return {70, 75, 85};
    case 2:
        return {110, 70, 150};
    default:
        return {40, 100, 140};
    }
}
Rgb bundleColour(int upperTier) {
    switch (upperTier) {
    case 1:
        return {50, 170, 100};
    case 2:
        return {150, 90, 200};
    default:
        return {40, 130, 210};
    }
}

// A group of link endpoints: (kind, id, tier). kind 0: racks of a row, 1: racks of a hall
// without rows, 2: switches of a hall and tier.
using GroupKey = std::tuple<int, ObjectId, int>;

struct Centroid {
    double x = 0, y = 0;
    std::size_t n = 0;
    void add(const PointM& p) {
        x += p.xM;
        y += p.yM;
        ++n;
    }
    PointM at(double z) const {
        return n ? PointM{x / static_cast<double>(n), y / static_cast<double>(n), z} : PointM{};
    }
};
} // namespace

NetworkRepresentation::NetworkRepresentation(vtkRenderer* renderer)
    : Representation(renderer), switches_(renderer),
      bundles_lines_(renderer, TubeSet::Style::Lines),
      detail_lines_(renderer, TubeSet::Style::Lines) {
    bundles_lines_.setLineWidth(2.5);
    detail_lines_.setLineWidth(1.0);
}
NetworkRepresentation::~NetworkRepresentation() = default;

void NetworkRepresentation::rebuild(const SceneInputs& in) {
    switchItems_.clear();
    const ShapeM s = switchRackShape();
    for (const NetworkSwitch& sw : in.design->switches)
        switchItems_.push_back(equipmentBox(in, sw.id, sw.positionM, s, tierColour(sw.tier)));
    switches_.set(switchItems_);
    rebuildLinks(in);
}

void NetworkRepresentation::setDetail(const SceneInputs& in, std::optional<PointM> focusM) {
    focus_ = focusM;
    rebuildLinks(in);
}

void NetworkRepresentation::rebuildLinks(const SceneInputs& in) {
    if (focus_) {
        bundles_lines_.set({});
        bundles_ = 0;
        drawSingleLinks(in);
    } else {
        detail_lines_.set({});
        detailLinks_ = 0;
        drawBundles(in);
    }
}

// The links nearest the focus one by one.
void NetworkRepresentation::drawSingleLinks(const SceneInputs& in) {
    const DesignIndex& ix = *in.index;
    // Each link from its end's top (display assumption: racks and switch racks about
    // kDropZM tall) up to the tray of its upper tier, along it, and down to the other end.
    auto endOf = [&](ObjectId id, int* tier) -> std::optional<PointM> {
        if (const Rack* r = ix.rack(id)) {
            *tier = 0;
            return r->centerM;
        }
        if (const NetworkSwitch* sw = ix.networkSwitch(id)) {
            *tier = sw->tier;
            return sw->positionM;
        }
        return std::nullopt;
    };
    struct Near {
        double distM;
        PointM a, b;
        int tier;
    };
    std::vector<Near> near;
    for (const NetworkLink& l : in.design->networkLinks) {
        int ta = 0, tb = 0;
        const auto a = endOf(l.fromId, &ta);
        const auto b = endOf(l.toId, &tb);
        if (!a || !b)
            continue;
        const double da = planDistanceM(*a, *focus_);
        const double db = planDistanceM(*b, *focus_);
        near.push_back({std::min(da, db), *a, *b, std::max(ta, tb)});
    }
    if (near.size() > kMaxDetailLinks) {
        std::nth_element(near.begin(), near.begin() + kMaxDetailLinks, near.end(),
                         [](const Near& x, const Near& y) { return x.distM < y.distM; });
        near.resize(kMaxDetailLinks);
    }
    std::vector<Tube> lines;
    lines.reserve(near.size());
    for (const Near& n : near) {
        const double zUp = kTrayHeightM + 0.3 * n.tier;
        lines.push_back({kNoId,
                         {{n.a.xM, n.a.yM, kDropZM},
                          {n.a.xM, n.a.yM, zUp},
                          {n.b.xM, n.b.yM, zUp},
                          {n.b.xM, n.b.yM, kDropZM}},
                         0.0,
                         bundleColour(n.tier)});
    }
    detailLinks_ = lines.size();
    detail_lines_.set(lines);
}

// One line per pair of endpoint groups, at their centroids.
void NetworkRepresentation::drawBundles(const SceneInputs& in) {
    const DesignIndex& ix = *in.index;
    // Every rack and switch to its group, the groups numbered in GroupKey order so that the
    // bundles come out in the order of their key pairs (the same picture whatever the lists'
    // order); then each link to the pair of its ends' groups. A 1 GW campus has ~550,000 link
    // bundles, and they come in runs between the same pair of groups (the generator writes them
    // switch by switch): a run is looked up once.
    const Design& d = *in.design;
    auto rackKey = [](const Rack& r) {
        return r.rowId != kNoId ? GroupKey{0, r.rowId, 0} : GroupKey{1, r.hallId, 0};
    };
    auto switchKey = [](const NetworkSwitch& sw) { return GroupKey{2, sw.hallId, sw.tier}; };
    std::map<GroupKey, std::uint32_t> groupIds;
    for (const Rack& r : d.racks)
        groupIds.emplace(rackKey(r), 0);
    for (const NetworkSwitch& sw : d.switches)
        groupIds.emplace(switchKey(sw), 0);
    std::uint32_t next = 0;
    for (auto& entry : groupIds)
        entry.second = next++;
    std::vector<Centroid> centroids(groupIds.size());
    std::vector<std::uint32_t> rackGroup(d.racks.size()), switchGroup(d.switches.size());
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        rackGroup[i] = groupIds.at(rackKey(d.racks[i]));
        centroids[rackGroup[i]].add(d.racks[i].centerM);
    }
    for (std::size_t i = 0; i < d.switches.size(); ++i) {
        switchGroup[i] = groupIds.at(switchKey(d.switches[i]));
        centroids[switchGroup[i]].add(d.switches[i].positionM);
    }
    struct End {
        std::uint32_t group;
        int tier;
    };
    auto endOf = [&](ObjectId id) -> std::optional<End> {
        const DesignIndex::Entry e = ix.findAs(id, ObjectKind::Rack, ObjectKind::NetworkSwitch);
        if (e.kind == ObjectKind::Rack)
            return End{rackGroup[e.index], 0};
        if (e.kind == ObjectKind::NetworkSwitch)
            return End{switchGroup[e.index], d.switches[e.index].tier};
        return std::nullopt;
    };
    // (from group << 32 | to group) -> link count, upper tier
    std::unordered_map<std::uint64_t, std::pair<long, int>> pairs;
    std::uint64_t runKey = 0;
    std::pair<long, int>* run = nullptr; // node-based: stays valid as the map grows
    for (const NetworkLink& l : d.networkLinks) {
        const auto a = endOf(l.fromId);
        const auto b = endOf(l.toId);
        if (!a || !b || a->group == b->group)
            continue; // dangling links are reported by validation; same-group links stay local
        const std::uint64_t key = std::uint64_t{a->group} << 32 | b->group;
        if (!run || key != runKey) {
            run = &pairs[key];
            runKey = key;
        }
        run->first += l.count;
        run->second = std::max(a->tier, b->tier);
    }
    std::vector<std::uint64_t> keys;
    keys.reserve(pairs.size());
    for (const auto& entry : pairs)
        keys.push_back(entry.first);
    std::sort(keys.begin(), keys.end());
    std::vector<Tube> lines;
    lines.reserve(keys.size());
    for (std::uint64_t key : keys) {
        const int upperTier = pairs.at(key).second;
        const double zUp = kTrayHeightM + 0.3 * upperTier; // tiers on stacked trays
        lines.push_back({kNoId,
                         {centroids[key >> 32].at(zUp), centroids[key & 0xffffffffu].at(zUp)},
                         0.0,
                         bundleColour(upperTier)});
    }
    bundles_ = lines.size();
    bundles_lines_.set(lines);
}

void NetworkRepresentation::applyChange(const SceneInputs& in, const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset || change.touches(ObjectKind::NetworkSwitch) ||
        change.touches(ObjectKind::NetworkLink) ||
        // Row centroids move only when racks are added or removed (a moved rack shifts its row's
        // centroid by centimetres, which the aggregated view does not need to show).
        (change.touches(ObjectKind::Rack) &&
         (change.kind != DesignChange::Kind::Modified || detailed()))) // single links follow
        rebuild(in);
}

void NetworkRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                             std::vector<PickSegment>& segments) const {
    (void)segments;
    for (const BoxInstance& b : switchItems_)
        boxes.push_back(BoxInstances::boundsOf(b));
}

} // namespace aifp::ui
