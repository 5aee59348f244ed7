#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include <string>

namespace aifp::exchange {

// The 3D scene as binary glTF 2.0 (.glb): a root node "site" (turning our z-up metres into
// glTF's y-up), one node per hall floor, GPU rack, network rack (switch stack), power node
// (rack power shelves excepted: they sit inside the racks) and cooling node, each a box of its
// catalog footprint or drawing outline (core/model/EquipmentShapes.hpp) at its place and
// rotation. One mesh per equipment class (hall floor, each rack system, network rack, each
// power and cooling kind present), all sharing one unit-box geometry, with the 3D view's
// colours. Written by our own code: the command line links no VTK (docs/exchange.md).
std::string sceneGlb(const Design& design, const Catalog& catalog);

} // namespace aifp::exchange
