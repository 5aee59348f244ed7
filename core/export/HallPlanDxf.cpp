#include "core/export/HallPlanDxf.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/model/EquipmentShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <vector>

namespace aifp::exchange {

namespace {

// AutoCAD colour index of each layer (kDxfLayers order): white, grey, blue, orange, cyan,
// magenta, white, green.
constexpr std::array<int, 8> kLayerColours = {7, 8, 5, 30, 4, 6, 7, 3};

struct XY {
    double x, y;
};

// Text as DXF R12 stores it: ASCII, anything else as \U+XXXX (AutoCAD's escape).
std::string dxfText(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += c < 0x20 ? ' ' : static_cast<char>(c);
            ++i;
            continue;
        }
        unsigned cp = 0;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        cp = c & (0x3F >> extra);
        std::size_t j = i + 1;
        for (int k = 0; k < extra && j < s.size(); ++k, ++j)
            cp = (cp << 6) | (static_cast<unsigned char>(s[j]) & 0x3F);
        i = j;
        char buf[12];
        const char* hex = "0123456789ABCDEF";
        int n = 0;
        for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
            buf[n++] = hex[(cp >> shift) & 0xF];
        out += "\\U+" + std::string(buf, static_cast<std::size_t>(n));
    }
    return out;
}

class Dxf {
public:
    void group(int code, const std::string& value) {
        out_ += std::to_string(code);
        out_ += '\n';
        out_ += value;
        out_ += '\n';
    }
    void number(int code, double v) { group(code, fileNumber(v, 4)); }
    void extend(double x, double y) {
        minX_ = std::min(minX_, x);
        minY_ = std::min(minY_, y);
        maxX_ = std::max(maxX_, x);
        maxY_ = std::max(maxY_, y);
    }
    void polyline(const char* layer, const std::vector<XY>& pts, bool closed) {
        if (pts.size() < 2)
            return;
        group(0, "POLYLINE");
        group(8, layer);
        group(66, "1");
        number(10, 0);
        number(20, 0);
        number(30, 0);
        group(70, closed ? "1" : "0");
        for (const XY& p : pts) {
            group(0, "VERTEX");
            group(8, layer);
            number(10, p.x);
            number(20, p.y);
            number(30, 0);
            extend(p.x, p.y);
        }
        group(0, "SEQEND");
        group(8, layer);
    }
    // A rectangle of w x d centred on (cx, cy), turned by rotationDeg (counter-clockwise).
    void box(const char* layer, double cx, double cy, double w, double d, double rotationDeg = 0) {
        const double a = rotationDeg * std::numbers::pi / 180.0, c = std::cos(a), s = std::sin(a);
        std::vector<XY> pts;
        for (const auto& [u, v] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}}) {
            const double x = u * w, y = v * d;
            pts.push_back({cx + x * c - y * s, cy + x * s + y * c});
        }
        polyline(layer, pts, true);
    }
    // Text centred on (x, y), heightM tall, turned by rotationDeg.
    void text(double x, double y, double heightM, const std::string& s, double rotationDeg = 0) {
        if (s.empty())
            return;
        group(0, "TEXT");
        group(8, "LABELS");
        number(10, x);
        number(20, y);
        number(30, 0);
        number(40, heightM);
        group(1, dxfText(s));
        if (rotationDeg != 0)
            number(50, rotationDeg);
        group(72, "1"); // centre
        number(11, x);
        number(21, y);
        number(31, 0);
        group(73, "2"); // middle
    }
    std::string finish() {
        std::string head;
        auto g = [&](int code, const std::string& v) {
            head += std::to_string(code) + "\n" + v + "\n";
        };
        if (minX_ > maxX_)
            minX_ = minY_ = maxX_ = maxY_ = 0;
        g(999, "AI Factory Planner hall plans, metres, site coordinates");
        g(0, "SECTION");
        g(2, "HEADER");
        g(9, "$ACADVER");
        g(1, "AC1009");
        g(9, "$DWGCODEPAGE");
        g(3, "ANSI_1252");
        g(9, "$INSUNITS"); // 6 = metres (read by R2000+ programs; R12 ignores it)
        g(70, "6");
        g(9, "$MEASUREMENT"); // metric
        g(70, "1");
        g(9, "$EXTMIN");
        g(10, fileNumber(minX_, 4));
        g(20, fileNumber(minY_, 4));
        g(30, "0");
        g(9, "$EXTMAX");
        g(10, fileNumber(maxX_, 4));
        g(20, fileNumber(maxY_, 4));
        g(30, "0");
        g(0, "ENDSEC");
        g(0, "SECTION");
        g(2, "TABLES");
        g(0, "TABLE");
        g(2, "LTYPE");
        g(70, "1");
        g(0, "LTYPE");
        g(2, "CONTINUOUS");
        g(70, "0");
        g(3, "Solid line");
        g(72, "65");
        g(73, "0");
        g(40, "0");
        g(0, "ENDTAB");
        g(0, "TABLE");
        g(2, "LAYER");
        g(70, std::to_string(kDxfLayers.size()));
        for (std::size_t i = 0; i < kDxfLayers.size(); ++i) {
            g(0, "LAYER");
            g(2, kDxfLayers[i]);
            g(70, "0");
            g(62, std::to_string(kLayerColours[i]));
            g(6, "CONTINUOUS");
        }
        g(0, "ENDTAB");
        g(0, "ENDSEC");
        g(0, "SECTION");
        g(2, "ENTITIES");
        return head + out_ + "0\nENDSEC\n0\nEOF\n";
    }

private:
    std::string out_;
    double minX_ = std::numeric_limits<double>::max(), minY_ = std::numeric_limits<double>::max();
    double maxX_ = std::numeric_limits<double>::lowest(),
           maxY_ = std::numeric_limits<double>::lowest();
};

} // namespace

std::string hallPlansDxf(const Design& design, const Catalog& catalog) {
    Dxf dxf;
    for (const Hall& h : design.halls) {
        dxf.box("HALLS", h.originXM + h.widthM / 2, h.originYM + h.depthM / 2, h.widthM, h.depthM);
        dxf.text(h.originXM + h.widthM / 2, h.originYM + h.depthM + 1.0, 1.0, h.name);
    }

    // Racks at their catalog footprint; rows as the outline of their racks.
    struct Bounds {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    };
    std::map<ObjectId, Bounds> rowBounds;
    for (const Rack& r : design.racks) {
        const auto [w, d] = rackFootprintM(catalog, r.catalogId);
        // Rotation 0: the front faces -y (south); the model's angle turns the front clockwise
        // seen from above (front = (-sin a, -cos a), as the report's hall plan draws it).
        dxf.box("RACKS", r.centerM.xM, r.centerM.yM, w, d, -r.rotationDeg);
        dxf.text(r.centerM.xM, r.centerM.yM, std::min(0.15, w / 4), r.name, 90.0);
        if (r.rowId != kNoId) {
            const double a = r.rotationDeg * std::numbers::pi / 180.0;
            const double ex = (std::abs(std::cos(a)) * w + std::abs(std::sin(a)) * d) / 2;
            const double ey = (std::abs(std::sin(a)) * w + std::abs(std::cos(a)) * d) / 2;
            Bounds& b = rowBounds[r.rowId];
            b.x0 = std::min(b.x0, r.centerM.xM - ex);
            b.x1 = std::max(b.x1, r.centerM.xM + ex);
            b.y0 = std::min(b.y0, r.centerM.yM - ey);
            b.y1 = std::max(b.y1, r.centerM.yM + ey);
        }
    }
    for (const Row& row : design.rows) {
        auto it = rowBounds.find(row.id);
        if (it == rowBounds.end())
            continue; // a row without racks has no extent
        const Bounds& b = it->second;
        dxf.box("ROWS", (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, b.x1 - b.x0, b.y1 - b.y0);
        dxf.text(b.x0, b.y1 + 0.3, 0.3, row.name);
    }

    for (const PowerNode& n : design.powerNodes) {
        if (n.kind == PowerNodeKind::RackPowerShelf)
            continue; // inside its rack
        const char* layer = n.hallId == kNoId ? "OUTDOOR" : "POWER";
        if (n.kind == PowerNodeKind::Busway && n.routeM.size() >= 2) {
            std::vector<XY> pts;
            for (const PointM& p : n.routeM)
                pts.push_back({p.xM, p.yM});
            dxf.polyline(layer, pts, false);
            if (n.hallId == kNoId)
                dxf.text(pts.front().x, pts.front().y, 0.4, n.name);
            continue;
        }
        const ShapeM s = shapeOf(n.kind);
        dxf.box(layer, n.positionM.xM, n.positionM.yM, s.widthM, s.depthM);
        if (n.hallId == kNoId)
            dxf.text(n.positionM.xM, n.positionM.yM, 0.4, n.name);
    }
    for (const CoolingNode& n : design.coolingNodes) {
        const char* layer = n.hallId == kNoId ? "OUTDOOR" : "COOLING";
        const ShapeM s = shapeOf(n.kind);
        dxf.box(layer, n.positionM.xM, n.positionM.yM, s.widthM, s.depthM);
        if (n.hallId == kNoId)
            dxf.text(n.positionM.xM, n.positionM.yM, 0.4, n.name);
    }
    const ShapeM net = switchRackShape();
    for (const SwitchStack& stack : switchStacks(design)) {
        dxf.box("NETWORK", stack.positionM.xM, stack.positionM.yM, net.widthM, net.depthM);
        dxf.text(stack.positionM.xM, stack.positionM.yM, 0.12,
                 "NET x" + std::to_string(stack.switches.size()), 90.0);
    }
    return dxf.finish();
}

} // namespace aifp::exchange
