#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include <array>
#include <string>

namespace aifp::exchange {

// DXF layers of the plan, one per entity type, in the order of the LAYER table.
inline constexpr std::array<const char*, 8> kDxfLayers = {
    "HALLS", "ROWS", "RACKS", "POWER", "COOLING", "NETWORK", "LABELS", "OUTDOOR"};

// The site and hall plans as an ASCII DXF (AutoCAD R12, AC1009) in true metres, site
// coordinates (x east, y north, the plan at z = 0): hall outlines, row outlines, rack footprints
// (catalog size and rotation), in-hall power equipment and busway routes, in-hall cooling,
// network racks, outdoor (yard) power and cooling equipment, and text labels. Numbers are
// written locale-independently (core/util/NumberFormat); text outside ASCII as \U+XXXX.
// docs/exchange.md lists what goes on each layer.
std::string hallPlansDxf(const Design& design, const Catalog& catalog);

} // namespace aifp::exchange
