#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"

namespace aifp::report {

// A drawn isometric view of the site seen from the south-west: hall floors as slabs, racks as
// boxes (coloured by system), power equipment (orange), cooling equipment (teal) and switches
// (purple) as boxes at their positions. Painter's algorithm, far objects first. For reports made
// without an OpenGL context (the command-line tool).
Canvas drawSiteAxonometricView(const Design& design, const Catalog& catalog, double widthPt = 770.0,
                               double heightPt = 440.0);

} // namespace aifp::report
