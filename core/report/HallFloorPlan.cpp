#include "core/report/HallFloorPlan.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace aifp::report {

namespace {

constexpr Color kCold{30, 110, 200};
constexpr Color kHot{200, 50, 40};
constexpr Color kSwitch{120, 70, 160};

void dimension(Canvas& c, double x1, double y1, double x2, double y2, const std::string& label,
               bool vertical) {
    const Stroke s{colors::kBlack, 0.6};
    c.arrow((x1 + x2) / 2, (y1 + y2) / 2, x1, y1, s, 5);
    c.arrow((x1 + x2) / 2, (y1 + y2) / 2, x2, y2, s, 5);
    if (vertical) {
        c.line(x1 - 4, y1, x1 + 8, y1, Stroke{colors::kGrey, 0.4});
        c.line(x2 - 4, y2, x2 + 8, y2, Stroke{colors::kGrey, 0.4});
        c.text(x1 - 4, (y1 + y2) / 2, label, 8, Font::Bold, Align::Center, colors::kBlack, 90);
    } else {
        c.line(x1, y1 + 4, x1, y1 - 8, Stroke{colors::kGrey, 0.4});
        c.line(x2, y2 + 4, x2, y2 - 8, Stroke{colors::kGrey, 0.4});
        c.text((x1 + x2) / 2, y1 + 11, label, 8, Font::Bold, Align::Center);
    }
}

} // namespace

Canvas drawHallFloorPlan(const Design& design, const Catalog& catalog, const Hall& hall,
                         double widthPt, double heightPt) {
    const double legendW = 150.0;
    const double marginL = 36.0, marginB = 34.0, marginT = 14.0;
    const double availW = widthPt - legendW - marginL - 10;
    double availH = heightPt - marginB - marginT;
    if (hall.widthM <= 0 || hall.depthM <= 0) {
        Canvas c(widthPt, 40);
        c.text(10, 20, hall.name + ": hall has no size (width or depth is 0 m)", 9, Font::Bold,
               Align::Left, colors::kRed);
        return c;
    }
    const double scale = std::min(availW / hall.widthM, availH / hall.depthM); // pt per m
    // A long, narrow hall gets a shorter drawing (the legend needs about 250 pt).
    heightPt = std::max(250.0, hall.depthM * scale + marginB + marginT);
    availH = heightPt - marginB - marginT;
    Canvas c(widthPt, heightPt);
    const double ox = marginL + (availW - hall.widthM * scale) / 2;
    const double oy = marginT + (availH - hall.depthM * scale) / 2;
    // North up: site y grows upward on the page.
    auto X = [&](double xM) { return ox + (xM - hall.originXM) * scale; };
    auto Y = [&](double yM) { return oy + (hall.originYM + hall.depthM - yM) * scale; };

    c.fillRect(X(hall.originXM), Y(hall.originYM + hall.depthM), hall.widthM * scale,
               hall.depthM * scale, Color{248, 248, 246}, true, Stroke{colors::kBlack, 1.4});
    dimension(c, X(hall.originXM), Y(hall.originYM) + 18, X(hall.originXM + hall.widthM),
              Y(hall.originYM) + 18, formatNumber(hall.widthM, 1) + " m", false);
    dimension(c, X(hall.originXM) - 18, Y(hall.originYM + hall.depthM), X(hall.originXM) - 18,
              Y(hall.originYM), formatNumber(hall.depthM, 1) + " m", true);

    // Racks, grouped by row to label rows and aisles.
    struct RowBox {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        double rotationDeg = 0;
        int racks = 0;
    };
    std::map<ObjectId, RowBox> rowBoxes;
    std::map<std::string, int> racksBySystem;
    for (const Rack& r : design.racks) {
        if (r.hallId != hall.id)
            continue;
        double w = 0.6, d = 1.2; // fallback when the id is not a catalog system
        try {
            const SystemSpec s = systemSpec(catalog, r.catalogId);
            w = s.footprintWidthM;
            d = s.footprintDepthM;
        } catch (const CatalogError&) {
        }
        if (std::fmod(std::abs(r.rotationDeg), 180.0) > 45.0)
            std::swap(w, d);
        const double x0 = r.centerM.xM - w / 2, y1 = r.centerM.yM + d / 2;
        c.fillRect(X(x0), Y(y1), w * scale, d * scale, Color{70, 80, 100}, true,
                   Stroke{colors::kWhite, 0.2});
        // Front edge marker (thin light line on the side the front faces).
        const double a = r.rotationDeg * 3.14159265358979 / 180.0;
        const double fx = -std::sin(a), fy = -std::cos(a); // 0 deg: front faces -y
        if (std::abs(fy) > 0.5) {
            const double yy = fy < 0 ? r.centerM.yM - d / 2 : r.centerM.yM + d / 2;
            c.line(X(x0), Y(yy), X(x0 + w), Y(yy), Stroke{kCold, 0.8});
        } else {
            const double xx = fx < 0 ? r.centerM.xM - w / 2 : r.centerM.xM + w / 2;
            c.line(X(xx), Y(y1), X(xx), Y(y1 - d), Stroke{kCold, 0.8});
        }
        ++racksBySystem[r.catalogId];
        RowBox& rb = rowBoxes[r.rowId];
        rb.x0 = std::min(rb.x0, x0);
        rb.x1 = std::max(rb.x1, x0 + w);
        rb.y0 = std::min(rb.y0, y1 - d);
        rb.y1 = std::max(rb.y1, y1);
        rb.rotationDeg = r.rotationDeg;
        ++rb.racks;
    }
    // Aisle labels: the strip in front of a row is its front aisle (cold when fronts face the cold
    // aisle), the strip behind it the other one. Shared aisles are labelled once.
    std::set<std::pair<long, long>> labelled;
    for (const Row& row : design.rows) {
        auto it = rowBoxes.find(row.id);
        if (row.hallId != hall.id || it == rowBoxes.end())
            continue;
        const RowBox& rb = it->second;
        const double a = row.rotationDeg * 3.14159265358979 / 180.0;
        const bool horizontal = std::abs(std::cos(a)) > 0.5; // fronts face -y or +y
        const double frontSign =
            horizontal ? (std::cos(a) > 0 ? -1.0 : 1.0) : (std::sin(a) > 0 ? -1.0 : 1.0);
        const bool frontCold = row.frontFaces == AisleSide::Cold;
        // Row names and aisle labels only where the drawing leaves room for 6.5 pt text: a
        // 1.2 m aisle must be at least 8 pt on paper. The legend explains the aisle colours.
        const bool roomy = scale * 1.2 >= 8.0;
        const double rowLen = (horizontal ? rb.x1 - rb.x0 : rb.y1 - rb.y0) * scale;
        const std::string rowLabel = elide(row.name, Font::Bold, 6.5, rowLen * 0.45);
        if (!roomy || rowLabel == "\u2026")
            ;
        else if (horizontal)
            c.text(X(rb.x0), Y(rb.y1) - 2.5, rowLabel, 6.5, Font::Bold, Align::Left, colors::kNavy);
        else
            c.text(X(rb.x0) - 2.5, Y(rb.y1), rowLabel, 6.5, Font::Bold, Align::Right, colors::kNavy,
                   90);
        if (!roomy)
            continue;
        for (int side : {1, -1}) {
            const bool front = side > 0;
            const bool cold = front == frontCold;
            const double offset = 0.6; // label in the aisle, 0.6 m from the rack face
            double lx, ly;
            if (horizontal) {
                lx = (rb.x0 + rb.x1) / 2;
                ly = side * frontSign > 0 ? rb.y1 + offset : rb.y0 - offset;
            } else {
                ly = (rb.y0 + rb.y1) / 2;
                lx = side * frontSign > 0 ? rb.x1 + offset : rb.x0 - offset;
            }
            if (lx < hall.originXM || lx > hall.originXM + hall.widthM || ly < hall.originYM ||
                ly > hall.originYM + hall.depthM)
                continue;
            const auto key = std::make_pair(std::lround(lx * 2), std::lround(ly));
            if (!labelled.insert(key).second)
                continue;
            c.text(X(lx), Y(ly) + 2.5, cold ? "cold aisle" : "hot aisle", 6.5, Font::Regular,
                   Align::Center, cold ? kCold : kHot, horizontal ? 0 : 90);
        }
    }
    // Busway routes and in-hall power equipment.
    int busways = 0;
    for (const PowerNode& n : design.powerNodes) {
        if (n.hallId != hall.id)
            continue;
        if (n.kind == PowerNodeKind::Busway && n.routeM.size() >= 2) {
            std::vector<double> xy;
            for (const PointM& p : n.routeM)
                xy.insert(xy.end(), {X(p.xM), Y(p.yM)});
            c.polyline(xy, Stroke{colors::kOrange, 0.7, 2.5, 1.5});
            ++busways;
        } else if (n.kind != PowerNodeKind::Busway && n.kind != PowerNodeKind::RackPowerShelf) {
            c.fillRect(X(n.positionM.xM) - 4, Y(n.positionM.yM) - 4, 8, 8, colors::kOrange);
        }
    }
    int cdus = 0, others = 0;
    for (const CoolingNode& n : design.coolingNodes) {
        if (n.hallId != hall.id)
            continue;
        const double px = X(n.positionM.xM), py = Y(n.positionM.yM);
        if (n.kind == CoolingNodeKind::Cdu) {
            ++cdus;
            const double s = std::max(5.0, 1.2 * scale);
            c.fillRect(px - s / 2, py - s / 2, s, s, colors::kTeal, true,
                       Stroke{colors::kBlack, 0.3});
        } else {
            ++others;
            c.fillCircle(px, py, 3.5, Color{120, 200, 200});
        }
    }
    int switches = 0;
    for (const NetworkSwitch& s : design.switches) {
        if (s.hallId != hall.id)
            continue;
        ++switches;
        c.fillRect(X(s.positionM.xM) - 2.5, Y(s.positionM.yM) - 2.5, 5, 5, kSwitch);
    }

    // Legend.
    double ly = marginT + 8;
    const double lx = widthPt - legendW + 6;
    c.text(lx, ly, hall.name, 10, Font::Bold, Align::Left, colors::kNavy);
    ly += 14;
    auto line = [&](const std::string& s, Font f = Font::Regular, Color col = colors::kBlack) {
        for (const std::string& l : wrapText(s, f, 7.5, legendW - 8)) {
            c.text(lx, ly, l, 7.5, f, Align::Left, col);
            ly += 10;
        }
    };
    line(formatNumber(hall.widthM, 1) + " x " + formatNumber(hall.depthM, 1) +
         " m = " + withUnit(formatNumber(hall.widthM * hall.depthM), units::kSquareMetre));
    if (hall.clearHeightM > 0)
        line("clear height " + formatNumber(hall.clearHeightM, 1) + " m");
    line("cooling: " + std::string(toString(hall.cooling)) + ", facility water " +
         withUnit(formatNumber(hall.facilityWaterSupplyC, 0), units::kDegreeC));
    ly += 4;
    for (const auto& [id, n] : racksBySystem)
        line(formatNumber(n) + " x " + id + " racks");
    line(formatNumber(static_cast<double>(rowBoxes.size())) + " rows");
    ly += 4;
    auto key = [&](Color col, const std::string& s, bool square = true) {
        if (square)
            c.fillRect(lx, ly - 7, 8, 8, col);
        else
            c.line(lx, ly - 3, lx + 10, ly - 3, Stroke{col, 1.0, 2.5, 1.5});
        c.text(lx + 14, ly, s, 7.5);
        ly += 11;
    };
    key(Color{70, 80, 100}, "rack (blue edge: front)");
    key(colors::kTeal, "CDU (" + std::to_string(cdus) + ")");
    if (others)
        key(Color{120, 200, 200}, "other cooling (" + std::to_string(others) + ")");
    key(kSwitch, "switch (" + std::to_string(switches) + ")");
    key(colors::kOrange, "busway (" + std::to_string(busways) + ")", false);
    c.text(lx, ly + 2, "cold aisle", 7.5, Font::Regular, Align::Left, kCold);
    c.text(lx + 50, ly + 2, "hot aisle", 7.5, Font::Regular, Align::Left, kHot);
    ly += 16;
    // Scale bar of a round length.
    double barM = 1;
    for (double m : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
        if (m * scale <= legendW - 30)
            barM = m;
    c.line(lx, ly, lx + barM * scale, ly, Stroke{colors::kBlack, 1.5});
    c.text(lx, ly + 10, "0", 7);
    c.text(lx + barM * scale, ly + 10, formatNumber(barM) + " m", 7, Font::Regular, Align::Center);
    // North arrow.
    c.arrow(widthPt - 20, ly + 30, widthPt - 20, ly + 8, Stroke{colors::kBlack, 0.8});
    c.text(widthPt - 20, ly + 40, "N", 8, Font::Bold, Align::Center);
    return c;
}

} // namespace aifp::report
