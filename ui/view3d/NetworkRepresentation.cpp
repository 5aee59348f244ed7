#include "ui/view3d/NetworkRepresentation.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

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
    const DesignIndex& ix = *in.index;
    if (focus_) {
        bundles_lines_.set({});
        bundles_ = 0;
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
        return;
    }
    detail_lines_.set({});
    detailLinks_ = 0;
    std::map<GroupKey, Centroid> centroids;
    auto keyOf = [&](ObjectId id, int* tier) -> std::optional<GroupKey> {
        if (const Rack* r = ix.rack(id)) {
            *tier = 0;
            return r->rowId != kNoId ? GroupKey{0, r->rowId, 0} : GroupKey{1, r->hallId, 0};
        }
        if (const NetworkSwitch* sw = ix.networkSwitch(id)) {
            *tier = sw->tier;
            return GroupKey{2, sw->hallId, sw->tier};
        }
        return std::nullopt;
    };
    for (const Rack& r : in.design->racks)
        centroids[r.rowId != kNoId ? GroupKey{0, r.rowId, 0} : GroupKey{1, r.hallId, 0}].add(
            r.centerM);
    for (const NetworkSwitch& sw : in.design->switches)
        centroids[GroupKey{2, sw.hallId, sw.tier}].add(sw.positionM);

    std::map<std::pair<GroupKey, GroupKey>, std::pair<long, int>> pairs; // count, upper tier
    for (const NetworkLink& l : in.design->networkLinks) {
        int fromTier = 0, toTier = 0;
        const auto a = keyOf(l.fromId, &fromTier);
        const auto b = keyOf(l.toId, &toTier);
        if (!a || !b || *a == *b)
            continue; // dangling links are reported by validation; same-group links stay local
        auto& entry = pairs[{*a, *b}];
        entry.first += l.count;
        entry.second = std::max(fromTier, toTier);
    }
    std::vector<Tube> lines;
    lines.reserve(pairs.size());
    for (const auto& [key, value] : pairs) {
        const double zUp = kTrayHeightM + 0.3 * value.second; // tiers on stacked trays
        lines.push_back({kNoId,
                         {centroids[key.first].at(zUp), centroids[key.second].at(zUp)},
                         0.0,
                         bundleColour(value.second)});
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
