#pragma once
#include "core/model/Design.hpp"
#include <set>
#include <vector>

namespace aifp::ui {

// The objects and what they contain: a hall brings its rows, racks, power and cooling equipment
// and switches, a row its racks (the rows of a hall included). What Delete removes and Copy
// copies before the links between them.
std::set<ObjectId> withContents(const Design& design, const std::vector<ObjectId>& ids);

} // namespace aifp::ui
