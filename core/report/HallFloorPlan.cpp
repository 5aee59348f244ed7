#include "core/report/HallFloorPlan.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
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

// The legend's equipment counts, singular and plural, as whole phrases for the translator
// ("%1" the count or range). Items are "power:<kind>" and "cooling:<kind>" (Design.cpp names).
struct EquipmentWords {
    const char* item;
    const char* one;
    const char* many;
};
constexpr EquipmentWords kEquipmentWords[] = {
    {"power:utility_feed", AIFP_TRANSLATE_NOOP("Report", "%1 utility feed (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 utility feeds (power)")},
    {"power:mv_switchgear", AIFP_TRANSLATE_NOOP("Report", "%1 MV switchgear lineup (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 MV switchgear lineups (power)")},
    {"power:transformer", AIFP_TRANSLATE_NOOP("Report", "%1 transformer (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 transformers (power)")},
    {"power:lv_switchboard", AIFP_TRANSLATE_NOOP("Report", "%1 LV switchboard (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 LV switchboards (power)")},
    {"power:ups", AIFP_TRANSLATE_NOOP("Report", "%1 UPS (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 UPS units (power)")},
    {"power:generator", AIFP_TRANSLATE_NOOP("Report", "%1 generator (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 generators (power)")},
    {"power:pdu", AIFP_TRANSLATE_NOOP("Report", "%1 PDU (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 PDUs (power)")},
    {"power:rpp", AIFP_TRANSLATE_NOOP("Report", "%1 RPP (power)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 RPPs (power)")},
    {"cooling:chiller", AIFP_TRANSLATE_NOOP("Report", "%1 chiller (cooling)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 chillers (cooling)")},
    {"cooling:dry_cooler", AIFP_TRANSLATE_NOOP("Report", "%1 dry cooler (cooling)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 dry coolers (cooling)")},
    {"cooling:manifold", AIFP_TRANSLATE_NOOP("Report", "%1 manifold (cooling)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 manifolds (cooling)")},
    {"cooling:air_handler", AIFP_TRANSLATE_NOOP("Report", "%1 air handler (cooling)"),
     AIFP_TRANSLATE_NOOP("Report", "%1 air handlers (cooling)")},
};

// A hall's cooling provision in words ("air", "liquid", "both").
const char* coolingWord(CoolingProvision p) {
    switch (p) {
    case CoolingProvision::Air:
        return tr("Report", "air");
    case CoolingProvision::Liquid:
        return tr("Report", "liquid");
    case CoolingProvision::Both:
        return tr("Report", "air and liquid");
    }
    return toString(p);
}

// Equipment counts per hall over the halls one plan stands for, for the legend. Items are
// "rows", "busway", "cdu", "switches", "tier:<name>", "power:<kind>" and "cooling:<kind>".
class HallCounts {
public:
    HallCounts(const Design& design, const std::vector<const Hall*>& halls) {
        for (const Hall* h : halls)
            countsOf_[h->id];
        for (const Row& r : design.rows)
            bump(r.hallId, "rows");
        for (const PowerNode& n : design.powerNodes) {
            if (n.kind == PowerNodeKind::Busway) {
                if (n.routeM.size() >= 2) // drawn as its route; without one it is not drawn
                    bump(n.hallId, "busway");
            } else if (n.kind != PowerNodeKind::RackPowerShelf)
                bump(n.hallId, std::string("power:") + toString(n.kind));
        }
        for (const CoolingNode& n : design.coolingNodes)
            bump(n.hallId, n.kind == CoolingNodeKind::Cdu
                               ? std::string("cdu")
                               : std::string("cooling:") + toString(n.kind));
        static const char* const kTierNames[] = {"leaf", "spine", "core"};
        for (const NetworkSwitch& sw : design.switches) {
            bump(sw.hallId, "switches");
            bump(sw.hallId, std::string("tier:") +
                                (sw.tier >= 1 && sw.tier <= 3 ? kTierNames[sw.tier - 1] : "other"));
        }
    }

    // "46", or "1,595-1,596" when the halls differ; "" when no hall has any.
    std::string text(const std::string& item) const {
        int lo = 0, hi = 0;
        bool first = true;
        for (const auto& [id, counts] : countsOf_) {
            const auto it = counts.find(item);
            const int n = it == counts.end() ? 0 : it->second;
            lo = first ? n : std::min(lo, n);
            hi = first ? n : std::max(hi, n);
            first = false;
        }
        if (hi == 0)
            return std::string();
        return lo == hi ? formatCount(lo) : formatCount(lo) + "\u2013" + formatCount(hi);
    }

    // "24 air handlers (cooling)", "1 PDU (power)": the singular and plural of each kind are
    // whole phrases for the translator. An item without words (a kind added later) shows its id.
    std::string counted(const std::string& item) const {
        const std::string n = text(item);
        for (const EquipmentWords& w : kEquipmentWords)
            if (item == w.item)
                return fill(tr("Report", n == "1" ? w.one : w.many), {n});
        return n + " " + item;
    }

    // The items of one prefix ("cooling:", "power:") any hall has, sorted.
    std::vector<std::string> itemsWithPrefix(const char* prefix) const {
        std::vector<std::string> items;
        for (const auto& [id, counts] : countsOf_)
            for (const auto& [item, n] : counts)
                if (item.rfind(prefix, 0) == 0 &&
                    std::find(items.begin(), items.end(), item) == items.end())
                    items.push_back(item);
        std::sort(items.begin(), items.end());
        return items;
    }

private:
    void bump(ObjectId hallId, const std::string& item) {
        if (auto it = countsOf_.find(hallId); it != countsOf_.end())
            ++it->second[item];
    }

    std::map<ObjectId, std::map<std::string, int>> countsOf_; // hall id -> item -> count
};

// A legend entry: a symbol (or none) and a text.
enum class Key { None, Title, Square, Circle, Dash, Aisles };
struct Entry {
    Key key;
    Color color;
    std::string text;
};

// The legend's entries: the hall, its size and cooling, racks by system, then the counted
// equipment.
std::vector<Entry> legendEntries(const Hall& hall, std::size_t hallCount,
                                 const std::map<std::string, int>& racksBySystem,
                                 const HallCounts& counts) {
    std::vector<Entry> entries;
    entries.push_back({Key::Title, colors::kNavy, hall.name});
    if (hallCount > 1)
        entries.push_back({Key::None, colors::kBlack,
                           fill(tr("Report", "one of %1 halls with this layout; counts per hall"),
                                {formatCount(double(hallCount))})});
    entries.push_back(
        {Key::None, colors::kBlack,
         formatNumber(hall.widthM, 1) + " x " + formatNumber(hall.depthM, 1) +
             " m = " + withUnit(formatNumber(hall.widthM * hall.depthM), units::kSquareMetre)});
    if (hall.clearHeightM > 0)
        entries.push_back(
            {Key::None, colors::kBlack,
             fill(tr("Report", "clear height %1 m"), {formatNumber(hall.clearHeightM, 1)})});
    entries.push_back(
        {Key::None, colors::kBlack,
         fill(tr("Report", "cooling: %1, facility water %2"),
              {coolingWord(hall.cooling),
               withUnit(formatNumber(hall.facilityWaterSupplyC, 0), units::kDegreeC)})});
    for (const auto& [id, n] : racksBySystem)
        entries.push_back(
            {Key::Square, Color{70, 80, 100},
             fill(tr("Report", "%1 %2 racks (light blue edge: front)"), {formatCount(n), id})});
    const std::string rows = counts.text("rows");
    entries.push_back(
        {Key::None, colors::kBlack,
         rows.empty()
             ? std::string(tr("Report", "no rows"))
             : fill(rows == "1" ? tr("Report", "%1 row") : tr("Report", "%1 rows"), {rows})});
    if (const std::string n = counts.text("cdu"); !n.empty())
        entries.push_back({Key::Square, colors::kTeal,
                           fill(n == "1" ? tr("Report", "%1 CDU") : tr("Report", "%1 CDUs"), {n})});
    for (const std::string& item : counts.itemsWithPrefix("cooling:"))
        entries.push_back({Key::Circle, Color{120, 200, 200}, counts.counted(item)});
    if (const std::string n = counts.text("switches"); !n.empty()) {
        std::string tiers;
        for (const char* t : {"leaf", "spine", "core", "other"})
            if (const std::string k = counts.text(std::string("tier:") + t); !k.empty())
                tiers += (tiers.empty() ? "" : ", ") + k + " " +
                         (std::string_view(t) == "other" ? tr("Report", "other") : t);
        entries.push_back(
            {Key::Square, kSwitch,
             fill(n == "1" ? tr("Report", "%1 switch (%2)") : tr("Report", "%1 switches (%2)"),
                  {n, tiers})});
    }
    for (const std::string& item : counts.itemsWithPrefix("power:"))
        entries.push_back({Key::Square, colors::kOrange, counts.counted(item)});
    if (const std::string n = counts.text("busway"); !n.empty())
        entries.push_back(
            {Key::Dash, colors::kOrange,
             fill(n == "1" ? tr("Report", "%1 busway route") : tr("Report", "%1 busway routes"),
                  {n})});
    entries.push_back({Key::Aisles, colors::kBlack, ""});
    return entries;
}

// The extent of a row's racks, to label the row and its aisles.
struct RowBox {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    double rotationDeg = 0;
    int racks = 0;
};

// Draws one hall: the layout on the page, the hall, its racks, aisles and equipment, the legend,
// scale bar and north arrow.
class FloorPlanDrawer {
public:
    FloorPlanDrawer(const Design& design, const Catalog& catalog, const Hall& hall, double widthPt,
                    double heightPt)
        : design_(design), catalog_(catalog), hall_(hall), widthPt_(widthPt), heightPt_(heightPt) {
        layOut();
    }

    Canvas draw(const std::vector<const Hall*>& shownHalls) {
        Canvas c(widthPt_, heightPt_);
        drawHall(c);
        std::map<ObjectId, RowBox> rowBoxes;
        std::map<std::string, int> racksBySystem;
        drawRacks(c, rowBoxes, racksBySystem);
        drawAisleLabels(c, rowBoxes);
        drawEquipment(c);
        // The legend's counts are per hall, over every hall this plan stands for: "1,595-1,596"
        // when halls with the same rack layout differ in their equipment (a core switch more or
        // less).
        std::vector<const Hall*> halls = shownHalls;
        if (std::find(halls.begin(), halls.end(), &hall_) == halls.end())
            halls.insert(halls.begin(), &hall_);
        const HallCounts counts(design_, halls);
        drawLegend(c, legendEntries(hall_, halls.size(), racksBySystem, counts));
        return c;
    }

private:
    static constexpr double kMarginL = 36.0, kMarginB = 34.0, kMarginT = 14.0;
    static constexpr double kSideLegendW = 150.0, kBelowLegendH = 118.0;

    // The legend goes right of the plan, or under it when that draws the hall larger (long,
    // shallow halls: a 113 x 19 m hall is twice the size on paper with the full page width).
    void layOut() {
        const double sideScale = std::min((widthPt_ - kSideLegendW - kMarginL - 10) / hall_.widthM,
                                          (heightPt_ - kMarginB - kMarginT) / hall_.depthM);
        const double belowScale =
            std::min((widthPt_ - kMarginL - 10) / hall_.widthM,
                     (heightPt_ - kMarginB - kMarginT - kBelowLegendH) / hall_.depthM);
        legendBelow_ = belowScale > 1.25 * sideScale;
        legendW_ = legendBelow_ ? 0.0 : kSideLegendW;
        const double availW = widthPt_ - legendW_ - kMarginL - 10;
        scale_ = legendBelow_ ? belowScale : sideScale; // pt per m
        availH_ = hall_.depthM * scale_;
        // A long, narrow hall gets a shorter drawing (a legend at the side needs about 310 pt).
        heightPt_ = legendBelow_ ? availH_ + kMarginB + kMarginT + kBelowLegendH
                                 : std::max(310.0, hall_.depthM * scale_ + kMarginB + kMarginT);
        if (!legendBelow_)
            availH_ = heightPt_ - kMarginB - kMarginT;
        ox_ = kMarginL + (availW - hall_.widthM * scale_) / 2;
        oy_ = kMarginT + (availH_ - hall_.depthM * scale_) / 2;
    }

    // North up: site y grows upward on the page.
    double X(double xM) const { return ox_ + (xM - hall_.originXM) * scale_; }
    double Y(double yM) const { return oy_ + (hall_.originYM + hall_.depthM - yM) * scale_; }

    void drawHall(Canvas& c) const {
        const Hall& hall = hall_;
        c.fillRect(X(hall.originXM), Y(hall.originYM + hall.depthM), hall.widthM * scale_,
                   hall.depthM * scale_, Color{248, 248, 246}, true, Stroke{colors::kBlack, 1.4});
        dimension(c, X(hall.originXM), Y(hall.originYM) + 18, X(hall.originXM + hall.widthM),
                  Y(hall.originYM) + 18, formatNumber(hall.widthM, 1) + " m", false);
        dimension(c, X(hall.originXM) - 18, Y(hall.originYM + hall.depthM), X(hall.originXM) - 18,
                  Y(hall.originYM), formatNumber(hall.depthM, 1) + " m", true);
    }

    // Racks, grouped by row to label rows and aisles.
    void drawRacks(Canvas& c, std::map<ObjectId, RowBox>& rowBoxes,
                   std::map<std::string, int>& racksBySystem) const {
        for (const Rack& r : design_.racks) {
            if (r.hallId != hall_.id)
                continue;
            auto [w, d] = rackFootprintM(catalog_, r.catalogId);
            if (std::fmod(std::abs(r.rotationDeg), 180.0) > 45.0)
                std::swap(w, d);
            const double x0 = r.centerM.xM - w / 2, y1 = r.centerM.yM + d / 2;
            c.fillRect(X(x0), Y(y1), w * scale_, d * scale_, Color{70, 80, 100}, true,
                       Stroke{colors::kWhite, 0.2});
            // Front edge marker (thin light line on the side the front faces).
            const double a = r.rotationDeg * std::numbers::pi / 180.0;
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
    }

    // Row names and aisle labels: the strip in front of a row is its front aisle (cold when
    // fronts face the cold aisle), the strip behind it the other one. Shared aisles are labelled
    // once.
    void drawAisleLabels(Canvas& c, const std::map<ObjectId, RowBox>& rowBoxes) const {
        std::set<std::pair<long, long>> labelled;
        for (const Row& row : design_.rows) {
            auto it = rowBoxes.find(row.id);
            if (row.hallId != hall_.id || it == rowBoxes.end())
                continue;
            const RowBox& rb = it->second;
            const double a = row.rotationDeg * std::numbers::pi / 180.0;
            const bool horizontal = std::abs(std::cos(a)) > 0.5; // fronts face -y or +y
            const double frontSign =
                horizontal ? (std::cos(a) > 0 ? -1.0 : 1.0) : (std::sin(a) > 0 ? -1.0 : 1.0);
            const bool frontCold = row.frontFaces == AisleSide::Cold;
            // Row names and aisle labels only where the drawing leaves room for 6.5 pt text: a
            // 1.2 m aisle must be at least 8 pt on paper. The legend explains the aisle colours.
            const bool roomy = scale_ * 1.2 >= 8.0;
            const double rowLen = (horizontal ? rb.x1 - rb.x0 : rb.y1 - rb.y0) * scale_;
            const std::string rowLabel = elide(row.name, Font::Bold, 6.5, rowLen * 0.45);
            if (!roomy || rowLabel == "\u2026")
                ;
            else if (horizontal)
                c.text(X(rb.x0), Y(rb.y1) - 2.5, rowLabel, 6.5, Font::Bold, Align::Left,
                       colors::kNavy);
            else
                c.text(X(rb.x0) - 2.5, Y(rb.y1), rowLabel, 6.5, Font::Bold, Align::Right,
                       colors::kNavy, 90);
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
                if (lx < hall_.originXM || lx > hall_.originXM + hall_.widthM ||
                    ly < hall_.originYM || ly > hall_.originYM + hall_.depthM)
                    continue;
                const auto key = std::make_pair(std::lround(lx * 2), std::lround(ly));
                if (!labelled.insert(key).second)
                    continue;
                c.text(X(lx), Y(ly) + 2.5,
                       cold ? tr("Report", "cold aisle") : tr("Report", "hot aisle"), 6.5,
                       Font::Regular, Align::Center, cold ? kCold : kHot, horizontal ? 0 : 90);
            }
        }
    }

    // Busway routes, in-hall power and cooling equipment, switches.
    void drawEquipment(Canvas& c) const {
        for (const PowerNode& n : design_.powerNodes) {
            if (n.hallId != hall_.id)
                continue;
            if (n.kind == PowerNodeKind::Busway && n.routeM.size() >= 2) {
                std::vector<double> xy;
                for (const PointM& p : n.routeM)
                    xy.insert(xy.end(), {X(p.xM), Y(p.yM)});
                c.polyline(xy, Stroke{colors::kOrange, 0.7, 2.5, 1.5});
            } else if (n.kind != PowerNodeKind::Busway && n.kind != PowerNodeKind::RackPowerShelf) {
                c.fillRect(X(n.positionM.xM) - 4, Y(n.positionM.yM) - 4, 8, 8, colors::kOrange);
            }
        }
        for (const CoolingNode& n : design_.coolingNodes) {
            if (n.hallId != hall_.id)
                continue;
            const double px = X(n.positionM.xM), py = Y(n.positionM.yM);
            if (n.kind == CoolingNodeKind::Cdu) {
                const double s = std::max(5.0, 1.2 * scale_);
                c.fillRect(px - s / 2, py - s / 2, s, s, colors::kTeal, true,
                           Stroke{colors::kBlack, 0.3});
            } else {
                c.fillCircle(px, py, 3.5, Color{120, 200, 200});
            }
        }
        for (const NetworkSwitch& s : design_.switches) {
            if (s.hallId != hall_.id)
                continue;
            c.fillRect(X(s.positionM.xM) - 2.5, Y(s.positionM.yM) - 2.5, 5, 5, kSwitch);
        }
    }

    // The entries in one column at the side, or in columns under the plan; then the scale bar
    // and north arrow.
    void drawLegend(Canvas& c, const std::vector<Entry>& entries) const {
        const double legendTop = legendBelow_ ? kMarginT + availH_ + kMarginB + 4 : kMarginT + 8;
        const double columnW = legendBelow_ ? (widthPt_ - kMarginL - 20) / 3 : legendW_ - 6;
        const double columnH = legendBelow_ ? kBelowLegendH - 36 : heightPt_ - kMarginT - 90;
        double lx = legendBelow_ ? kMarginL : widthPt_ - legendW_ + 6;
        double ly = legendTop;
        for (const Entry& e : entries) {
            const bool title = e.key == Key::Title;
            const double size = title ? 10.0 : 7.5;
            const double indent = e.key == Key::None || title ? 0.0 : 14.0;
            const std::vector<std::string> lines =
                e.key == Key::Aisles ? std::vector<std::string>{""}
                                     : wrapText(e.text, title ? Font::Bold : Font::Regular, size,
                                                columnW - indent - 4);
            const double need = 10.0 * static_cast<double>(lines.size()) + (title ? 4 : 1);
            if (legendBelow_ && ly + need > legendTop + columnH && ly > legendTop) {
                lx += columnW; // next column
                ly = legendTop;
            }
            drawKey(c, e, lx, ly);
            for (const std::string& l : lines) {
                if (!l.empty()) // the symbol carries the colour; the text stays black to read
                    c.text(lx + indent, ly, l, size, title ? Font::Bold : Font::Regular,
                           Align::Left, title ? e.color : colors::kBlack);
                ly += title ? 14 : 10;
            }
            ly += 1;
        }
        ly += 8;
        if (legendBelow_) {
            // Scale bar and north arrow right of the last legend column.
            lx = widthPt_ - 160;
            ly = legendTop + 10;
        }
        drawScaleAndNorth(c, lx, ly);
    }

    static void drawKey(Canvas& c, const Entry& e, double lx, double ly) {
        switch (e.key) {
        case Key::Square:
            c.fillRect(lx, ly - 7, 8, 8, e.color);
            break;
        case Key::Circle:
            c.fillCircle(lx + 4, ly - 3, 3.5, e.color);
            break;
        case Key::Dash:
            c.line(lx, ly - 3, lx + 10, ly - 3, Stroke{e.color, 1.0, 2.5, 1.5});
            break;
        case Key::Aisles:
            c.text(lx, ly, tr("Report", "cold aisle"), 7.5, Font::Regular, Align::Left, kCold);
            c.text(lx + 50, ly, tr("Report", "hot aisle"), 7.5, Font::Regular, Align::Left, kHot);
            break;
        default:
            break;
        }
    }

    // Scale bar of a round length, and the north arrow.
    void drawScaleAndNorth(Canvas& c, double lx, double ly) const {
        double barM = 1;
        const double barRoomPt = legendBelow_ ? 120.0 : legendW_ - 30;
        for (double m : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
            if (m * scale_ <= barRoomPt)
                barM = m;
        c.line(lx, ly, lx + barM * scale_, ly, Stroke{colors::kBlack, 1.5});
        c.text(lx, ly + 10, "0", 7);
        c.text(lx + barM * scale_, ly + 10, formatNumber(barM) + " m", 7, Font::Regular,
               Align::Center);
        c.arrow(widthPt_ - 20, ly + 30, widthPt_ - 20, ly + 8, Stroke{colors::kBlack, 0.8});
        c.text(widthPt_ - 20, ly + 40, "N", 8, Font::Bold, Align::Center);
    }

    const Design& design_;
    const Catalog& catalog_;
    const Hall& hall_;
    const double widthPt_;
    double heightPt_;
    bool legendBelow_ = false;
    double legendW_ = 0.0;
    double scale_ = 1.0; // pt per m
    double availH_ = 0.0;
    double ox_ = 0.0, oy_ = 0.0;
};

} // namespace

Canvas drawHallFloorPlan(const Design& design, const Catalog& catalog, const Hall& hall,
                         double widthPt, double heightPt,
                         const std::vector<const Hall*>& shownHalls) {
    if (hall.widthM <= 0 || hall.depthM <= 0) {
        Canvas c(widthPt, 40);
        c.text(10, 20, hall.name + ": hall has no size (width or depth is 0 m)", 9, Font::Bold,
               Align::Left, colors::kRed);
        return c;
    }
    return FloorPlanDrawer(design, catalog, hall, widthPt, heightPt).draw(shownHalls);
}

} // namespace aifp::report
