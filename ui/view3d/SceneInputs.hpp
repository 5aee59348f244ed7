#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/validation/Finding.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace aifp::ui {

using Rgb = std::array<unsigned char, 3>;

// Folds hash value v into h (the boost::hash_combine step), for hashing points and boxes.
inline std::size_t hashMix(std::size_t h, std::size_t v) {
    return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}
// The hash of a colour.
inline std::size_t hashOf(const Rgb& c) {
    return static_cast<std::size_t>(c[0]) << 16 | static_cast<std::size_t>(c[1]) << 8 | c[2];
}

// What every representation reads when it builds or updates its actors. Internal to ui/view3d.
struct SceneInputs {
    const Design* design = nullptr;
    const Catalog* catalog = nullptr;
    const DesignIndex* index = nullptr;
    RackColouring colouring = RackColouring::ByType;
    const std::unordered_map<ObjectId, Severity>* status = nullptr;
    const std::unordered_set<ObjectId>* highlighted = nullptr;
    Rgb highlightRgb{255, 64, 32};
    bool isHighlighted(ObjectId id) const { return highlighted && highlighted->count(id) != 0; }
    bool anyHighlighted() const { return highlighted && !highlighted->empty(); }
};

// An axis-aligned box an object occupies (site coordinates, metres), for model-side picking,
// fit-to-selection and selection outlines.
struct PickBox {
    ObjectId id = kNoId;
    PointM minM;
    PointM maxM;
    PointM centre() const {
        return {(minM.xM + maxM.xM) / 2, (minM.yM + maxM.yM) / 2, (minM.zM + maxM.zM) / 2};
    }
};

// A cylinder segment an object occupies (pipes, busways, cables).
struct PickSegment {
    ObjectId id = kNoId;
    PointM aM;
    PointM bM;
    double radiusM = 0.0;
};

} // namespace aifp::ui
