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

} // namespace

PointM YardPlacer::next() {
    const long perRow = std::max(1L, static_cast<long>(yard_.widthM() / pitchM_));
    const long i = index_++;
    // Rows fill from the hall side of the yard outwards (north to south).
    return {yard_.minXM + pitchM_ * (0.5 + static_cast<double>(i % perRow)),
            yard_.maxYM - pitchM_ * (0.5 + static_cast<double>(i / perRow)), 0.0};
}

LayoutResult layOutHalls(const LayoutRequest& req, const FactoryTargets& t, Design& design) {
    const SystemSpec& s = req.spec;
    const double rackW = s.footprintWidthM; // catalog footprint_width_m (0.6 m)
    const double rackD = s.footprintDepthM; // catalog footprint_depth_m (1.2 m)
    // Hot and cold aisles are one service clearance wide (catalog service_clearance_m).
    const double aisle = s.serviceClearanceM;
    const double margin = rules::kHallMarginM;
    const double linePitch = std::max(rackD, rules::kCduDepthM) + aisle;

    // A row holds whole scalable units, each followed by its network (leaf) rack, with a CDU
    // at each end. Two units per row when the hall is wide enough, else one.
    int unitsPerRow = 2;
    auto rowLength = [&](int units) {
        return 2.0 * rules::kCduWidthM + units * (req.racksPerUnit + 1) * rackW;
    };
    const double usableW = t.maxHallWidthM - 2.0 * margin;
    if (rowLength(unitsPerRow) > usableW)
        unitsPerRow = 1;
    if (rowLength(unitsPerRow) > usableW)
        throw GenerateError("max-hall-width-m: " + num(t.maxHallWidthM) +
                            " m is too narrow for one row of " + std::to_string(req.racksPerUnit) +
                            " racks with CDUs and walls (needs " +
                            num(rowLength(1) + 2.0 * margin) + " m)");
    const double rowLen = rowLength(unitsPerRow);
    const int maxCols = std::max(
        1, static_cast<int>((usableW + rules::kCrossAisleM) / (rowLen + rules::kCrossAisleM)));
    const int racksPerRow = unitsPerRow * req.racksPerUnit;

    // Racks per hall: the tightest of the IT MW, rack count and floor-area limits.
    const int totalUnits = (req.rackCount + req.racksPerUnit - 1) / req.racksPerUnit;
    long hallRackLimit = 1L << 40;
    if (t.maxHallItMw > 0.0)
        hallRackLimit = std::min<long>(hallRackLimit,
                                       static_cast<long>(t.maxHallItMw * 1000.0 / s.rackPowerKw));
    if (t.maxRacksPerHall > 0)
        hallRackLimit = std::min<long>(hallRackLimit, t.maxRacksPerHall);
    const double usableD = t.maxHallDepthM - 2.0 * margin - aisle;
    // One line of network racks per hall at least.
    const int maxLines = static_cast<int>(usableD / linePitch) - 1;
    if (maxLines < 1)
        throw GenerateError("max-hall-depth-m: " + num(t.maxHallDepthM) +
                            " m is too shallow for a rack row and a network row (needs " +
                            num(2.0 * margin + aisle + 2.0 * linePitch) + " m)");
    hallRackLimit =
        std::min<long>(hallRackLimit, static_cast<long>(maxLines) * maxCols * racksPerRow);
    if (hallRackLimit < 1)
        throw GenerateError("hall limits: not even one rack fits in a hall");
    // Whole scalable units per hall (a unit's leaves sit in its row), unless a hall cannot hold
    // one unit.
    int unitsPerHall =
        static_cast<int>(std::min<long>(hallRackLimit / req.racksPerUnit, totalUnits));
    if (unitsPerHall < 1 && hallRackLimit >= req.rackCount)
        unitsPerHall = 1; // a single partial unit
    if (unitsPerHall < 1)
        throw GenerateError("hall limits: a hall holds " + std::to_string(hallRackLimit) +
                            " racks, less than one scalable unit of " +
                            std::to_string(req.racksPerUnit));
    const int hallCount = (totalUnits + unitsPerHall - 1) / unitsPerHall;
    if (t.maxHalls > 0 && hallCount > t.maxHalls)
        throw GenerateError("max-halls: the target needs " + std::to_string(req.rackCount) +
                            " racks in " + std::to_string(hallCount) + " halls of at most " +
                            std::to_string(unitsPerHall * req.racksPerUnit) +
                            " racks, but at most " + std::to_string(t.maxHalls) +
                            " halls are allowed; raise --max-halls or --max-hall-mw");
    // Spread the units evenly over the halls.
    unitsPerHall = (totalUnits + hallCount - 1) / hallCount;

    LayoutResult out;
    out.halls.resize(static_cast<std::size_t>(hallCount));
    const int spineCorePerHall = (req.spineCoreSwitches + hallCount - 1) / hallCount;
    const int netRacksPerHall =
        (spineCorePerHall + rules::kSwitchesPerNetworkRack - 1) / rules::kSwitchesPerNetworkRack;

    // First pass: hall sizes, so that the site grid can be placed.
    struct HallShape {
        int units = 0, rows = 0, cols = 0, rackLines = 0, netLines = 0, racks = 0;
        double widthM = 0.0, depthM = 0.0, yardDepthM = 0.0;
    };
    std::vector<HallShape> shapes(static_cast<std::size_t>(hallCount));
    int unitsLeft = totalUnits;
    int racksLeft = req.rackCount;
    double maxWidth = 0.0;
    for (auto& h : shapes) {
        h.units = std::min(unitsPerHall, unitsLeft);
        unitsLeft -= h.units;
        h.racks = std::min(racksLeft, h.units * req.racksPerUnit);
        racksLeft -= h.racks;
        h.rows = (h.units + unitsPerRow - 1) / unitsPerRow;
        h.cols = std::min(maxCols, h.rows);
        h.rackLines = (h.rows + h.cols - 1) / h.cols;
        const int slotsPerLine = h.cols * static_cast<int>(rowLen / rackW);
        h.netLines = std::max(1, (netRacksPerHall + slotsPerLine - 1) / std::max(1, slotsPerLine));
        h.widthM = 2.0 * margin + h.cols * rowLen + (h.cols - 1) * rules::kCrossAisleM;
        h.depthM = 2.0 * margin + aisle + (h.rackLines + h.netLines) * linePitch;
        if (h.depthM > t.maxHallDepthM + 1e-9)
            throw GenerateError("max-hall-depth-m: the network rows of a hall need " +
                                num(h.depthM) + " m of depth, more than " + num(t.maxHallDepthM) +
                                " m");
        // Yard: plant items on a 3 m grid (assumption), one strip as wide as the hall.
        const double items = req.yardItemsPerRack * h.racks + 8.0;
        const double perYardRow = std::max(1.0, std::floor(h.widthM / 3.0));
        h.yardDepthM = 3.0 * std::ceil(items / perYardRow) + 3.0;
        maxWidth = std::max(maxWidth, h.widthM);
    }
    double maxDepthWithYard = 0.0;
    for (const auto& h : shapes)
        maxDepthWithYard = std::max(maxDepthWithYard, h.depthM + h.yardDepthM);

    // Halls side by side on a grid (columns = ceil(sqrt(n))), rules::kHallSpacingM apart.
    const int siteCols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(hallCount))));
    const int siteRows = (hallCount + siteCols - 1) / siteCols;
    const double cellW = maxWidth + rules::kHallSpacingM;
    const double cellD = maxDepthWithYard + rules::kHallSpacingM;
    out.siteWidthM = siteCols * cellW + rules::kHallSpacingM;
    out.siteDepthM = siteRows * cellD + rules::kHallSpacingM;
    const double siteAreaM2 = out.siteWidthM * out.siteDepthM;
    if (t.landAreaM2 > 0.0 && siteAreaM2 > t.landAreaM2)
        throw GenerateError("land-m2: " + std::to_string(hallCount) + " halls with their plant " +
                            "yards need about " + num(std::round(siteAreaM2)) + " m\u00b2 (" +
                            num(std::round(out.siteWidthM)) + " m x " +
                            num(std::round(out.siteDepthM)) + " m), more than the " +
                            num(t.landAreaM2) + " m\u00b2 available");

    design.halls.reserve(static_cast<std::size_t>(hallCount));
    design.racks.reserve(static_cast<std::size_t>(req.rackCount));
    int rackNo = 0;
    for (int hi = 0; hi < hallCount; ++hi) {
        const HallShape& h = shapes[static_cast<std::size_t>(hi)];
        LaidOutHall& lh = out.halls[static_cast<std::size_t>(hi)];
        Hall hall;
        hall.id = design.allocateId();
        hall.name = "Hall " + std::to_string(hi + 1);
        const int sc = hi % siteCols;
        const int sr = hi / siteCols;
        hall.originXM = rules::kHallSpacingM + sc * cellW;
        // The yard lies south of the hall, inside the site cell.
        hall.originYM = rules::kHallSpacingM + sr * cellD + h.yardDepthM;
        hall.widthM = h.widthM;
        hall.depthM = h.depthM;
        hall.clearHeightM = 6.0;        // assumption: slab-to-structure for overhead busway
        hall.floorLoadKgPerM2 = 2000.0; // assumption: slab rating for ~1.4 t racks
        hall.cooling = t.cooling == CoolingMode::Liquid ? CoolingProvision::Liquid
                       : t.cooling == CoolingMode::Air  ? CoolingProvision::Air
                                                        : CoolingProvision::Both;
        hall.facilityWaterSupplyC = t.supplyWaterC;
        hall.maxRackKw = s.rackPowerKw;
        lh.yardM = {hall.originXM, hall.originYM - h.yardDepthM, hall.originXM + hall.widthM,
                    hall.originYM - 1.0};
        lh.rackCount = h.racks;

        int hallRacksLeft = h.racks;
        int unitsInHall = h.units;
        for (int r = 0; r < h.rows; ++r) {
            const int col = r % h.cols;
            const int line = r / h.cols;
            Row row;
            row.id = design.allocateId();
            row.hallId = hall.id;
            row.name = hall.name + " row " + std::to_string(r + 1);
            // Fronts face the cold aisle: even lines face south (0 deg), odd lines north (180),
            // so backs share a hot aisle.
            row.rotationDeg = line % 2 == 0 ? 0.0 : 180.0;
            row.frontFaces = AisleSide::Cold;
            LaidOutRow lr;
            lr.hallIndex = static_cast<std::size_t>(hi);
            lr.rowId = row.id;
            const double x0 = hall.originXM + margin + col * (rowLen + rules::kCrossAisleM);
            lr.yM = hall.originYM + margin + aisle + line * linePitch + rackD / 2.0;
            lr.westEndM = {x0 + rules::kCduWidthM / 2.0, lr.yM, 0.0};
            lr.minXM = x0 + rules::kCduWidthM;
            double x = lr.minXM;
            const int unitsHere = std::min(unitsPerRow, unitsInHall);
            unitsInHall -= unitsHere;
            for (int u = 0; u < unitsHere; ++u) {
                LaidOutUnit lu;
                lu.hallIndex = lr.hallIndex;
                lu.rowIndex = out.rows.size();
                const int racksHere = std::min(req.racksPerUnit, hallRacksLeft);
                hallRacksLeft -= racksHere;
                for (int k = 0; k < racksHere; ++k) {
                    Rack rack;
                    rack.id = design.allocateId();
                    rack.hallId = hall.id;
                    rack.rowId = row.id;
                    rack.name = "R";
                    rack.name += std::to_string(++rackNo);
                    rack.catalogId = s.id;
                    rack.centerM = {x + rackW / 2.0, lr.yM, 0.0};
                    rack.rotationDeg = row.rotationDeg;
                    lu.racks.push_back(design.racks.size());
                    lr.racks.push_back(design.racks.size());
                    design.racks.push_back(std::move(rack));
                    x += rackW;
                }
                // The unit's network rack follows its racks.
                lu.networkRackM = {x + rackW / 2.0, lr.yM, 0.0};
                x += rackW;
                lh.units.push_back(out.units.size());
                out.units.push_back(std::move(lu));
            }
            lr.maxXM = x;
            lr.eastEndM = {x + rules::kCduWidthM / 2.0, lr.yM, 0.0};
            lh.rows.push_back(out.rows.size());
            out.rows.push_back(std::move(lr));
            design.rows.push_back(std::move(row));
        }
        // Network lines north of the rack lines hold the spine / core racks.
        for (int nl = 0; nl < h.netLines; ++nl) {
            const double y =
                hall.originYM + margin + aisle + (h.rackLines + nl) * linePitch + rackD / 2.0;
            for (int c = 0; c < h.cols; ++c) {
                const double x0 = hall.originXM + margin + c * (rowLen + rules::kCrossAisleM);
                const int slots = static_cast<int>(rowLen / rackW);
                for (int k = 0; k < slots; ++k)
                    lh.networkSlotsM.push_back({x0 + (k + 0.5) * rackW, y, 0.0});
            }
        }
        design.halls.push_back(std::move(hall));
    }
    return out;
}

} // namespace aifp
