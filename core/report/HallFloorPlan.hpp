#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"
#include <vector>

namespace aifp::report {

// A dimensioned plan of one hall (north up): outline with width and depth dimension lines, racks
// at their catalog footprints, row names, aisles labelled hot or cold from each row's
// orientation, CDUs and other in-hall cooling, switch racks, power equipment and busway routes.
// The legend (at the side, or under a long, shallow hall) counts what is drawn by kind; when the
// plan stands for several halls with the same rack layout (shownHalls, hall among them), each
// count is per hall over all of them, a range when they differ ("1,595-1,596 switches").
Canvas drawHallFloorPlan(const Design& design, const Catalog& catalog, const Hall& hall,
                         double widthPt = 770.0, double heightPt = 440.0,
                         const std::vector<const Hall*>& shownHalls = {});

} // namespace aifp::report
