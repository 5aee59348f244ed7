#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/model/Design.hpp"
#include <cstddef>
#include <vector>

namespace aifp {

// One row of GPU racks as laid out: its racks, the network rack of each scalable unit and the
// CDU slots at both row ends.
struct LaidOutRow {
    std::size_t hallIndex = 0;
    ObjectId rowId = kNoId;
    std::vector<std::size_t> racks; // indices into Design::racks, west to east
    PointM westEndM;                // CDU slot at the west end
    PointM eastEndM;                // CDU slot at the east end
    double yM = 0.0;                // row centre line
    double minXM = 0.0;             // extent of the rack positions
    double maxXM = 0.0;
};

// A scalable unit: the racks that share one leaf group, and the network rack holding the leaves.
struct LaidOutUnit {
    std::size_t hallIndex = 0;
    std::size_t rowIndex = 0;
    std::vector<std::size_t> racks; // indices into Design::racks
    PointM networkRackM;
};

struct LaidOutHall {
    std::vector<std::size_t> rows;     // indices into LayoutResult::rows
    std::vector<std::size_t> units;    // indices into LayoutResult::units
    std::vector<PointM> networkSlotsM; // spine / core rack positions (kSwitchesPerNetworkRack each)
    RectM yardM;                       // plant yard south of the hall (power and heat rejection)
    int rackCount = 0;
};

struct LayoutResult {
    std::vector<LaidOutRow> rows;
    std::vector<LaidOutUnit> units;
    std::vector<LaidOutHall> halls;
    double siteWidthM = 0.0;
    double siteDepthM = 0.0;
};

struct LayoutRequest {
    SystemSpec spec;
    int rackCount = 0;
    int racksPerUnit = 8;          // racks per scalable unit (one leaf group)
    int spineCoreSwitches = 0;     // switches above the leaves, spread over the halls
    double yardItemsPerRack = 0.0; // plant items per rack, sizes the yard strip
};

// Lays out halls (rows of racks with hot and cold aisles, network racks, CDU slots) side by side
// on the site and adds halls, rows and racks to the design. Throws GenerateError when the hall
// limits or the site constraints of the targets cannot hold the racks.
LayoutResult layOutHalls(const LayoutRequest& request, const FactoryTargets& targets,
                         Design& design);

// Places plant equipment on a grid inside a rectangle (the hall's yard).
class YardPlacer {
public:
    explicit YardPlacer(const RectM& yard, double pitchM = 3.0) : yard_(yard), pitchM_(pitchM) {}
    PointM next();

private:
    RectM yard_;
    double pitchM_;
    long index_ = 0;
};

} // namespace aifp
