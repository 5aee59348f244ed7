#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"

namespace aifp::report {

// A dimensioned plan of one hall (north up): outline with width and depth dimension lines, racks
// at their catalog footprints, row names, aisles labelled hot or cold from each row's
// orientation, CDUs and other in-hall cooling, switch racks, power equipment and busway routes.
Canvas drawHallFloorPlan(const Design& design, const Catalog& catalog, const Hall& hall,
                         double widthPt = 770.0, double heightPt = 440.0);

} // namespace aifp::report
