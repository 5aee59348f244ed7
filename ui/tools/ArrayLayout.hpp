#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignPatch.hpp"
#include <string>
#include <vector>

namespace aifp::ui {

// A block of rows x racksPerRow racks. Rows alternate orientation so that their fronts face each
// other across cold aisles and their backs across hot aisles: row 0 faces +y (180 deg), row 1
// faces -y (0 deg), and so on; every aisle has the same width.
struct ArrayParams {
    ObjectId hallId = kNoId;
    std::string systemId = "gb300-nvl72";
    int rows = 1;
    int racksPerRow = 8;
    double aisleWidthM = 1.2; // catalog assumption: 1.2 m service clearance front and rear
    double originXM = 0.0;    // south-west corner of the block, snapped to the grid
    double originYM = 0.0;
    double gridM = 0.6; // one 600 mm floor tile
};

// Snaps v to the grid that starts at origin.
double snapToGrid(double vM, double originM, double gridM);

// The racks and rows of the block. Throws EditError when a count or width is not positive, the
// hall or system is unknown, or the block does not fit in the hall.
DesignPatch arrayPatch(const Design& design, const Catalog& catalog, const ArrayParams& params,
                       std::vector<ObjectId>* newRackIds = nullptr);

// Where a single rack clicked at (xM, yM) goes: next to the nearest end of an existing row when
// the click is within one rack depth of that row's line, otherwise on the 0.6 m grid.
struct RackPlacement {
    PointM centerM;
    ObjectId rowId = kNoId;
    double rotationDeg = 0.0;
};
RackPlacement snapRackPlacement(const Design& design, const Catalog& catalog, ObjectId hallId,
                                const std::string& systemId, double xM, double yM);

// A single placed rack.
DesignPatch placeRackPatch(const Design& design, const Catalog& catalog, ObjectId hallId,
                           const std::string& systemId, const RackPlacement& placement,
                           ObjectId* newId = nullptr);

} // namespace aifp::ui
