#include "core/report/SiteAxonometricView.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/EquipmentShapes.hpp"
#include "core/report/ReportFormat.hpp"
#include <algorithm>
#include <cmath>
#include <map>

namespace aifp::report {

namespace {

// Drawing heights (m) of the boxes. Illustrative only (not used for any figure): racks as the
// 3D view draws them (rackHeightM(), core/model/EquipmentShapes.hpp); yard equipment at
// typical container heights.
constexpr double kEquipmentDrawHeightM = 2.6;
constexpr double kEquipmentDrawSizeM = 2.4;
constexpr double kSwitchDrawSizeM = 0.8;
constexpr double kHallSlabM = 0.3;

struct Box {
    double x0, y0, x1, y1, z0, z1;
    Color color;
    int order; // slabs first
};

Color shade(Color c, double f) {
    auto ch = [&](std::uint8_t v) {
        return static_cast<std::uint8_t>(std::clamp(v * f, 0.0, 255.0));
    };
    return Color{ch(c.r), ch(c.g), ch(c.b)};
}

Color rackColor(std::size_t i) {
    static const Color palette[] = {{60, 70, 90}, {40, 90, 140}, {110, 60, 120}, {60, 110, 70}};
    return palette[i % 4];
}

} // namespace

Canvas drawSiteAxonometricView(const Design& design, const Catalog& catalog, double widthPt,
                               double heightPt) {
    Canvas c(widthPt, heightPt);
    std::vector<Box> boxes;
    for (const Hall& h : design.halls)
        boxes.push_back({h.originXM, h.originYM, h.originXM + h.widthM, h.originYM + h.depthM,
                         -kHallSlabM, 0.0, Color{215, 218, 224}, 0});
    std::map<std::string, std::size_t> systemIndex;
    std::map<std::string, RackFootprintM> footprint;
    for (const Rack& r : design.racks) {
        if (!footprint.count(r.catalogId)) {
            footprint[r.catalogId] = rackFootprintM(catalog, r.catalogId);
            systemIndex.emplace(r.catalogId, systemIndex.size());
        }
        auto [w, d] = footprint[r.catalogId];
        const bool turned = std::fmod(std::abs(r.rotationDeg), 180.0) > 45.0;
        if (turned)
            std::swap(w, d);
        boxes.push_back({r.centerM.xM - w / 2, r.centerM.yM - d / 2, r.centerM.xM + w / 2,
                         r.centerM.yM + d / 2, 0.0, rackHeightM(),
                         rackColor(systemIndex[r.catalogId]), 1});
    }
    auto point = [&](const PointM& p, double size, double height, Color col) {
        boxes.push_back({p.xM - size / 2, p.yM - size / 2, p.xM + size / 2, p.yM + size / 2, p.zM,
                         p.zM + height, col, 1});
    };
    for (const PowerNode& n : design.powerNodes) {
        if (n.kind == PowerNodeKind::Busway || n.kind == PowerNodeKind::RackPowerShelf ||
            n.kind == PowerNodeKind::UtilityFeed)
            continue;
        point(n.positionM, kEquipmentDrawSizeM, kEquipmentDrawHeightM, colors::kOrange);
    }
    for (const CoolingNode& n : design.coolingNodes) {
        if (n.kind == CoolingNodeKind::Manifold)
            continue;
        const bool inHall = n.hallId != kNoId;
        point(n.positionM, inHall ? 1.2 : kEquipmentDrawSizeM * 1.5,
              inHall ? rackHeightM() : kEquipmentDrawHeightM, colors::kTeal);
    }
    for (const NetworkSwitch& s : design.switches)
        point(s.positionM, kSwitchDrawSizeM, rackHeightM(), Color{120, 70, 160});

    if (boxes.empty()) {
        c.text(widthPt / 2, heightPt / 2,
               tr("Report", "The design has no halls or equipment to draw."), 10, Font::Regular,
               Align::Center, colors::kGrey);
        return c;
    }
    // Isometric projection, viewer at south-west: u = (x - y) cos30, v = -(x + y) sin30 - z.
    const double cos30 = std::sqrt(3.0) / 2.0, sin30 = 0.5;
    auto U = [&](double x, double y) { return (x - y) * cos30; };
    auto V = [&](double x, double y, double z) { return -(x + y) * sin30 - z; };
    double uMin = 1e300, uMax = -1e300, vMin = 1e300, vMax = -1e300;
    for (const Box& b : boxes)
        for (double x : {b.x0, b.x1})
            for (double y : {b.y0, b.y1})
                for (double z : {b.z0, b.z1}) {
                    uMin = std::min(uMin, U(x, y));
                    uMax = std::max(uMax, U(x, y));
                    vMin = std::min(vMin, V(x, y, z));
                    vMax = std::max(vMax, V(x, y, z));
                }
    const double margin = 24.0;
    const double scale = std::min((widthPt - 2 * margin) / std::max(uMax - uMin, 1.0),
                                  (heightPt - 2 * margin - 14) / std::max(vMax - vMin, 1.0));
    const double offU = margin + ((widthPt - 2 * margin) - (uMax - uMin) * scale) / 2;
    const double offV = margin + 14 + ((heightPt - 2 * margin - 14) - (vMax - vMin) * scale) / 2;
    auto PX = [&](double x, double y) { return offU + (U(x, y) - uMin) * scale; };
    auto PY = [&](double x, double y, double z) { return offV + (V(x, y, z) - vMin) * scale; };

    // Far first: larger x + y is farther from a south-west viewer; slabs before everything.
    std::stable_sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
        if (a.order != b.order)
            return a.order < b.order;
        return a.x0 + a.y0 > b.x0 + b.y0;
    });
    const Stroke edge{Color{40, 40, 40}, boxes.size() > 3000 ? 0.15 : 0.3};
    for (const Box& b : boxes) {
        // Top face.
        c.polygon({PX(b.x0, b.y0), PY(b.x0, b.y0, b.z1), PX(b.x1, b.y0), PY(b.x1, b.y0, b.z1),
                   PX(b.x1, b.y1), PY(b.x1, b.y1, b.z1), PX(b.x0, b.y1), PY(b.x0, b.y1, b.z1)},
                  shade(b.color, 1.15), true, edge);
        // South face (y = y0) and west face (x = x0), both visible from the south-west.
        c.polygon({PX(b.x0, b.y0), PY(b.x0, b.y0, b.z0), PX(b.x1, b.y0), PY(b.x1, b.y0, b.z0),
                   PX(b.x1, b.y0), PY(b.x1, b.y0, b.z1), PX(b.x0, b.y0), PY(b.x0, b.y0, b.z1)},
                  shade(b.color, 0.85), true, edge);
        c.polygon({PX(b.x0, b.y0), PY(b.x0, b.y0, b.z0), PX(b.x0, b.y1), PY(b.x0, b.y1, b.z0),
                   PX(b.x0, b.y1), PY(b.x0, b.y1, b.z1), PX(b.x0, b.y0), PY(b.x0, b.y0, b.z1)},
                  shade(b.color, 0.7), true, edge);
    }
    for (const Hall& h : design.halls) {
        const double x = h.originXM, y = h.originYM;
        c.text(PX(x, y), PY(x, y, -kHallSlabM) + 12, h.name, 8, Font::Bold, Align::Center,
               colors::kNavy);
    }
    // Legend and north arrow.
    double lx = 0;
    auto legend = [&](Color col, const std::string& label) {
        c.fillRect(lx, 2, 9, 9, col);
        c.text(lx + 12, 10, label, 7.5);
        lx += 24 + 7.5 * 0.5 * static_cast<double>(label.size());
    };
    for (const auto& [id, idx] : systemIndex)
        legend(rackColor(idx), fill(tr("Report", "%1 racks"), {id}));
    legend(colors::kOrange, tr("Report", "power equipment"));
    legend(colors::kTeal, tr("Report", "cooling equipment"));
    legend(Color{120, 70, 160}, tr("Report", "network switches"));
    const double nx = widthPt - 30, ny = heightPt - 40;
    // +y (north) projects to up-left on the page: direction (-cos30, -sin30).
    c.arrow(nx, ny, nx - 18 * cos30, ny - 18 * sin30, Stroke{colors::kBlack, 0.8}, 5);
    c.text(nx - 22 * cos30 - 4, ny - 22 * sin30 - 2, "N", 8, Font::Bold, Align::Center);
    return c;
}

} // namespace aifp::report
