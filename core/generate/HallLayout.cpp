#include "core/generate/HallLayout.hpp"
#include "core/generate/SizingRules.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>

namespace aifp {

namespace {

// In messages: 6 significant digits in the calling thread's display style.
std::string num(double v) {
    return display::formatSignificantPlain(v, 6);
}

// A hall's size before placement, so that the site grid can be placed.
struct HallShape {
    int units = 0, rows = 0, cols = 0, rackLines = 0, netLines = 0, racks = 0;
    double widthM = 0.0, depthM = 0.0, yardDepthM = 0.0;
};

// Lays out the halls step by step: the row shape, how many halls, each hall's size, the site
// grid, then each hall's rows, racks and network slots.
class HallPlanner {
public:
    HallPlanner(const LayoutRequest& req, const FactoryTargets& t, Design& design)
        : req_(req), t_(t), design_(design), s_(req.spec),
          rackW_(s_.footprintWidthM), // catalog footprint_width_m (0.6 m)
          rackD_(s_.footprintDepthM), // catalog footprint_depth_m (1.2 m)
          // Hot and cold aisles are one service clearance wide (catalog service_clearance_m).
          aisle_(s_.serviceClearanceM), linePitch_(std::max(rackD_, rules::kCduDepthM) + aisle_) {}

    LayoutResult run() {
        chooseRowShape();
        chooseHallCount();
        out_.halls.resize(static_cast<std::size_t>(hallCount_));
        shapeHalls();
        placeSite();
        design_.halls.reserve(static_cast<std::size_t>(hallCount_));
        design_.racks.reserve(static_cast<std::size_t>(req_.rackCount));
        for (int hi = 0; hi < hallCount_; ++hi)
            buildHall(hi);
        return std::move(out_);
    }

private:
    static constexpr double kMargin = rules::kHallMarginM;

    double rowLength(int units) const {
        return 2.0 * rules::kCduWidthM + units * (req_.racksPerUnit + 1) * rackW_;
    }

    // A row holds whole scalable units, each followed by its network (leaf) rack, with a CDU
    // at each end. Two units per row when the hall is wide enough, else one.
    void chooseRowShape() {
        const double usableW = t_.maxHallWidthM - 2.0 * kMargin;
        if (rowLength(unitsPerRow_) > usableW)
            unitsPerRow_ = 1;
        if (rowLength(unitsPerRow_) > usableW)
            throw GenerateError(
                "max-hall-width-m: " + num(t_.maxHallWidthM) + " m is too narrow for one row of " +
                std::to_string(req_.racksPerUnit) + " racks with CDUs and walls (needs " +
                num(rowLength(1) + 2.0 * kMargin) + " m)");
        rowLen_ = rowLength(unitsPerRow_);
        maxCols_ = std::max(
            1, static_cast<int>((usableW + rules::kCrossAisleM) / (rowLen_ + rules::kCrossAisleM)));
    }

    // Racks per hall: the tightest of the IT MW, rack count and floor-area limits; whole
    // scalable units per hall (a unit's leaves sit in its row), unless a hall cannot hold one
    // unit; the units spread evenly over the halls.
    void chooseHallCount() {
        const int racksPerRow = unitsPerRow_ * req_.racksPerUnit;
        totalUnits_ = (req_.rackCount + req_.racksPerUnit - 1) / req_.racksPerUnit;
        long hallRackLimit = 1L << 40;
        if (t_.maxHallItMw > 0.0)
            hallRackLimit = std::min<long>(
                hallRackLimit, static_cast<long>(t_.maxHallItMw * 1000.0 / s_.rackPowerKw));
        if (t_.maxRacksPerHall > 0)
            hallRackLimit = std::min<long>(hallRackLimit, t_.maxRacksPerHall);
        const double usableD = t_.maxHallDepthM - 2.0 * kMargin - aisle_;
        // One line of network racks per hall at least.
        const int maxLines = static_cast<int>(usableD / linePitch_) - 1;
        if (maxLines < 1)
            throw GenerateError("max-hall-depth-m: " + num(t_.maxHallDepthM) +
                                " m is too shallow for a rack row and a network row (needs " +
                                num(2.0 * kMargin + aisle_ + 2.0 * linePitch_) + " m)");
        hallRackLimit =
            std::min<long>(hallRackLimit, static_cast<long>(maxLines) * maxCols_ * racksPerRow);
        if (hallRackLimit < 1)
            throw GenerateError("hall limits: not even one rack fits in a hall");
        int unitsPerHall =
            static_cast<int>(std::min<long>(hallRackLimit / req_.racksPerUnit, totalUnits_));
        if (unitsPerHall < 1 && hallRackLimit >= req_.rackCount)
            unitsPerHall = 1; // a single partial unit
        if (unitsPerHall < 1)
            throw GenerateError("hall limits: a hall holds " + std::to_string(hallRackLimit) +
                                " racks, less than one scalable unit of " +
                                std::to_string(req_.racksPerUnit));
        hallCount_ = (totalUnits_ + unitsPerHall - 1) / unitsPerHall;
        if (t_.maxHalls > 0 && hallCount_ > t_.maxHalls)
            throw GenerateError("max-halls: the target needs " + std::to_string(req_.rackCount) +
                                " racks in " + std::to_string(hallCount_) + " halls of at most " +
                                std::to_string(unitsPerHall * req_.racksPerUnit) +
                                " racks, but at most " + std::to_string(t_.maxHalls) +
                                " halls are allowed; raise --max-halls or --max-hall-mw");
        unitsPerHall_ = (totalUnits_ + hallCount_ - 1) / hallCount_;
    }

    // First pass: hall sizes, so that the site grid can be placed.
    void shapeHalls() {
        const int spineCorePerHall = (req_.spineCoreSwitches + hallCount_ - 1) / hallCount_;
        const int netRacksPerHall = (spineCorePerHall + rules::kSwitchesPerNetworkRack - 1) /
                                    rules::kSwitchesPerNetworkRack;
        shapes_.assign(static_cast<std::size_t>(hallCount_), HallShape{});
        int unitsLeft = totalUnits_;
        int racksLeft = req_.rackCount;
        for (auto& h : shapes_) {
            h.units = std::min(unitsPerHall_, unitsLeft);
            unitsLeft -= h.units;
            h.racks = std::min(racksLeft, h.units * req_.racksPerUnit);
            racksLeft -= h.racks;
            h.rows = (h.units + unitsPerRow_ - 1) / unitsPerRow_;
            h.cols = std::min(maxCols_, h.rows);
            h.rackLines = (h.rows + h.cols - 1) / h.cols;
            const int slotsPerLine = h.cols * static_cast<int>(rowLen_ / rackW_);
            h.netLines =
                std::max(1, (netRacksPerHall + slotsPerLine - 1) / std::max(1, slotsPerLine));
            h.widthM = 2.0 * kMargin + h.cols * rowLen_ + (h.cols - 1) * rules::kCrossAisleM;
            h.depthM = 2.0 * kMargin + aisle_ + (h.rackLines + h.netLines) * linePitch_;
            if (h.depthM > t_.maxHallDepthM + 1e-9)
                throw GenerateError("max-hall-depth-m: the network rows of a hall need " +
                                    num(h.depthM) + " m of depth, more than " +
                                    num(t_.maxHallDepthM) + " m");
            // Yard: plant items on a 3 m grid (assumption), one strip as wide as the hall.
            const double items = req_.yardItemsPerRack * h.racks + 8.0;
            const double perYardRow = std::max(1.0, std::floor(h.widthM / 3.0));
            h.yardDepthM = 3.0 * std::ceil(items / perYardRow) + 3.0;
        }
    }

    // Halls side by side on a grid (columns = ceil(sqrt(n))), rules::kHallSpacingM apart.
    void placeSite() {
        double maxWidth = 0.0, maxDepthWithYard = 0.0;
        for (const auto& h : shapes_) {
            maxWidth = std::max(maxWidth, h.widthM);
            maxDepthWithYard = std::max(maxDepthWithYard, h.depthM + h.yardDepthM);
        }
        siteCols_ = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(hallCount_))));
        const int siteRows = (hallCount_ + siteCols_ - 1) / siteCols_;
        cellW_ = maxWidth + rules::kHallSpacingM;
        cellD_ = maxDepthWithYard + rules::kHallSpacingM;
        out_.siteWidthM = siteCols_ * cellW_ + rules::kHallSpacingM;
        out_.siteDepthM = siteRows * cellD_ + rules::kHallSpacingM;
        const double siteAreaM2 = out_.siteWidthM * out_.siteDepthM;
        if (t_.landAreaM2 > 0.0 && siteAreaM2 > t_.landAreaM2)
            throw GenerateError(
                "land-m2: " + std::to_string(hallCount_) + " halls with their plant " +
                "yards need about " + num(std::round(siteAreaM2)) + " m\u00b2 (" +
                num(std::round(out_.siteWidthM)) + " m x " + num(std::round(out_.siteDepthM)) +
                " m), more than the " + num(t_.landAreaM2) + " m\u00b2 available");
    }

    void buildHall(int hi) {
        const HallShape& h = shapes_[static_cast<std::size_t>(hi)];
        LaidOutHall& lh = out_.halls[static_cast<std::size_t>(hi)];
        Hall hall;
        hall.id = design_.allocateId();
        hall.name = "Hall " + std::to_string(hi + 1);
        const int sc = hi % siteCols_;
        const int sr = hi / siteCols_;
        hall.originXM = rules::kHallSpacingM + sc * cellW_;
        // The yard lies south of the hall, inside the site cell.
        hall.originYM = rules::kHallSpacingM + sr * cellD_ + h.yardDepthM;
        hall.widthM = h.widthM;
        hall.depthM = h.depthM;
        hall.clearHeightM = 6.0;        // assumption: slab-to-structure for overhead busway
        hall.floorLoadKgPerM2 = 2000.0; // assumption: slab rating for ~1.4 t racks
        hall.cooling = t_.cooling == CoolingMode::Liquid ? CoolingProvision::Liquid
                       : t_.cooling == CoolingMode::Air  ? CoolingProvision::Air
                                                         : CoolingProvision::Both;
        hall.facilityWaterSupplyC = t_.supplyWaterC;
        hall.maxRackKw = s_.rackPowerKw;
        lh.yardM = {hall.originXM, hall.originYM - h.yardDepthM, hall.originXM + hall.widthM,
                    hall.originYM - 1.0};
        lh.rackCount = h.racks;
        int hallRacksLeft = h.racks;
        int unitsInHall = h.units;
        for (int r = 0; r < h.rows; ++r)
            buildRow(hall, static_cast<std::size_t>(hi), h, r, unitsInHall, hallRacksLeft, lh);
        // Network lines north of the rack lines hold the spine / core racks.
        for (int nl = 0; nl < h.netLines; ++nl) {
            const double y =
                hall.originYM + kMargin + aisle_ + (h.rackLines + nl) * linePitch_ + rackD_ / 2.0;
            for (int c = 0; c < h.cols; ++c) {
                const double x0 = hall.originXM + kMargin + c * (rowLen_ + rules::kCrossAisleM);
                const int slots = static_cast<int>(rowLen_ / rackW_);
                for (int k = 0; k < slots; ++k)
                    lh.networkSlotsM.push_back({x0 + (k + 0.5) * rackW_, y, 0.0});
            }
        }
        design_.halls.push_back(std::move(hall));
    }

    // Row r of a hall: its scalable units, each one's racks followed by its network rack.
    void buildRow(const Hall& hall, std::size_t hallIndex, const HallShape& h, int r,
                  int& unitsInHall, int& hallRacksLeft, LaidOutHall& lh) {
        const int col = r % h.cols;
        const int line = r / h.cols;
        Row row;
        row.id = design_.allocateId();
        row.hallId = hall.id;
        row.name = hall.name + " row " + std::to_string(r + 1);
        // Fronts face the cold aisle: even lines face south (0 deg), odd lines north (180),
        // so backs share a hot aisle.
        row.rotationDeg = line % 2 == 0 ? 0.0 : 180.0;
        row.frontFaces = AisleSide::Cold;
        LaidOutRow lr;
        lr.hallIndex = hallIndex;
        lr.rowId = row.id;
        const double x0 = hall.originXM + kMargin + col * (rowLen_ + rules::kCrossAisleM);
        lr.yM = hall.originYM + kMargin + aisle_ + line * linePitch_ + rackD_ / 2.0;
        lr.westEndM = {x0 + rules::kCduWidthM / 2.0, lr.yM, 0.0};
        lr.minXM = x0 + rules::kCduWidthM;
        double x = lr.minXM;
        const int unitsHere = std::min(unitsPerRow_, unitsInHall);
        unitsInHall -= unitsHere;
        for (int u = 0; u < unitsHere; ++u) {
            LaidOutUnit lu;
            lu.hallIndex = lr.hallIndex;
            lu.rowIndex = out_.rows.size();
            const int racksHere = std::min(req_.racksPerUnit, hallRacksLeft);
            hallRacksLeft -= racksHere;
            for (int k = 0; k < racksHere; ++k) {
                Rack rack;
                rack.id = design_.allocateId();
                rack.hallId = hall.id;
                rack.rowId = row.id;
                rack.name = "R";
                rack.name += std::to_string(++rackNo_);
                rack.catalogId = s_.id;
                rack.centerM = {x + rackW_ / 2.0, lr.yM, 0.0};
                rack.rotationDeg = row.rotationDeg;
                lu.racks.push_back(design_.racks.size());
                lr.racks.push_back(design_.racks.size());
                design_.racks.push_back(std::move(rack));
                x += rackW_;
            }
            // The unit's network rack follows its racks.
            lu.networkRackM = {x + rackW_ / 2.0, lr.yM, 0.0};
            x += rackW_;
            lh.units.push_back(out_.units.size());
            out_.units.push_back(std::move(lu));
        }
        lr.maxXM = x;
        lr.eastEndM = {x + rules::kCduWidthM / 2.0, lr.yM, 0.0};
        lh.rows.push_back(out_.rows.size());
        out_.rows.push_back(std::move(lr));
        design_.rows.push_back(std::move(row));
    }

    const LayoutRequest& req_;
    const FactoryTargets& t_;
    Design& design_;
    const SystemSpec& s_;
    const double rackW_, rackD_, aisle_, linePitch_;
    int unitsPerRow_ = 2;
    double rowLen_ = 0.0;
    int maxCols_ = 1;
    int totalUnits_ = 0, unitsPerHall_ = 0, hallCount_ = 0;
    std::vector<HallShape> shapes_;
    int siteCols_ = 1;
    double cellW_ = 0.0, cellD_ = 0.0;
    int rackNo_ = 0;
    LayoutResult out_;
};

} // namespace

PointM YardPlacer::next() {
    const long perRow = std::max(1L, static_cast<long>(yard_.widthM() / pitchM_));
    const long i = index_++;
    // Rows fill from the hall side of the yard outwards (north to south).
    return {yard_.minXM + pitchM_ * (0.5 + static_cast<double>(i % perRow)),
            yard_.maxYM - pitchM_ * (0.5 + static_cast<double>(i / perRow)), 0.0};
}

LayoutResult layOutHalls(const LayoutRequest& req, const FactoryTargets& t, Design& design) {
    return HallPlanner(req, t, design).run();
}

} // namespace aifp
