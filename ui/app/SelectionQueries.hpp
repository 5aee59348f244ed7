#pragma once
#include "core/model/Design.hpp"
#include <QString>
#include <vector>

namespace aifp::ui {

// Select similar: every object of the same kind and type as one of the given objects (racks of
// the same system, equipment of the same kind and catalog entry, links of the same kind, pipes
// of the same loop, switches of the same tier and model, every hall, every row).
std::vector<ObjectId> similarObjects(const Design& design, const std::vector<ObjectId>& ids);

// Find: a number matches that object id; otherwise every object whose name contains the text
// (case-insensitive). In design order.
std::vector<ObjectId> findObjects(const Design& design, const QString& text);

} // namespace aifp::ui
