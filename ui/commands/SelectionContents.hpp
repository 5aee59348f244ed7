#pragma once
#include "core/model/Design.hpp"
#include <set>
#include <vector>

namespace aifp::ui {

// The objects and what they contain: a hall brings its rows, racks, power and cooling equipment
// and switches, a row its racks (the rows of a hall included). What Delete removes and Copy
// copies before the links between them.
std::set<ObjectId> withContents(const Design& design, const std::vector<ObjectId>& ids);

// The objects and what their halls contain (rows, racks, power and cooling equipment, switches),
// but not the racks of a selected row: what a move shifts (a row has no position of its own, and
// a selected row's racks move only when selected themselves).
std::set<ObjectId> withHallContents(const Design& design, const std::vector<ObjectId>& ids);

} // namespace aifp::ui
