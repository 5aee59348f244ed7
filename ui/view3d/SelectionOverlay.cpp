#include "ui/view3d/SelectionOverlay.hpp"

namespace aifp::ui {

namespace {
constexpr double kMarginM = 0.08; // outline drawn 8 cm outside the object (display only)
// A marker pole above each selected box, so a selection stays visible from far away on a big
// campus (display only).
constexpr double kPoleM = 4.0;
} // namespace

SelectionOverlay::SelectionOverlay(vtkRenderer* renderer, Rgb colour)
    : colour_(colour), edges_(renderer, TubeSet::Style::Lines),
      sleeves_(renderer, TubeSet::Style::Tubes, 12) {
    edges_.setLineWidth(4.5);
    sleeves_.setOpacity(0.7);
}

void SelectionOverlay::show(const std::vector<PickBox>& boxes,
                            const std::vector<PickSegment>& segments) {
    std::vector<Tube> edges;
    edges.reserve(boxes.size() * 4);
    for (const PickBox& b : boxes) {
        const double x0 = b.minM.xM - kMarginM, y0 = b.minM.yM - kMarginM,
                     z0 = b.minM.zM - kMarginM;
        const double x1 = b.maxM.xM + kMarginM, y1 = b.maxM.yM + kMarginM,
                     z1 = b.maxM.zM + kMarginM;
        edges.push_back({b.id,
                         {{x0, y0, z0}, {x1, y0, z0}, {x1, y1, z0}, {x0, y1, z0}, {x0, y0, z0}},
                         0.0,
                         colour_});
        edges.push_back({b.id,
                         {{x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}, {x0, y0, z1}},
                         0.0,
                         colour_});
        edges.push_back({b.id, {{x0, y0, z0}, {x0, y0, z1}}, 0.0, colour_});
        edges.push_back({b.id, {{x1, y0, z0}, {x1, y0, z1}}, 0.0, colour_});
        edges.push_back({b.id, {{x1, y1, z0}, {x1, y1, z1}}, 0.0, colour_});
        edges.push_back({b.id, {{x0, y1, z0}, {x0, y1, z1}}, 0.0, colour_});
        const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        edges.push_back({b.id, {{cx, cy, z1}, {cx, cy, z1 + kPoleM}}, 0.0, colour_});
    }
    std::vector<Tube> sleeves;
    for (const PickSegment& s : segments)
        sleeves.push_back({s.id, {s.aM, s.bM}, s.radiusM * 1.3 + kMarginM, colour_});
    edges_.set(edges);
    sleeves_.set(sleeves);
}

void SelectionOverlay::clear() {
    edges_.set({});
    sleeves_.set({});
}

} // namespace aifp::ui
