#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <stdexcept>

namespace aifp {

// A design document that cannot be imported. what() names the field path and the problem, e.g.
// "racks[3].center.x_m: not a finite number" or "racks[5].catalog_id: unknown catalog id 'x'".
struct DesignJsonError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// JSON format "aifp-design" version 2 (docs/file-format.md lists every key); version 1 is read.
inline constexpr int kDesignJsonVersion = 4;

// The whole design as JSON. Exact: designFromJson(designToJson(d)) == d (numbers are written in
// their shortest round-trip form).
json::Value designToJson(const Design& design);

// Reads and validates a design: types, units' ranges, enum names, unique ids, references, catalog
// ids (against catalog plus the document's own user_catalog). Unknown keys are errors (typos
// would otherwise be silently ignored); absent keys take the model's defaults, except ids and
// the references an object cannot do without.
Design designFromJson(const json::Value& doc, const Catalog& catalog);

} // namespace aifp
