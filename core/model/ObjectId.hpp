#pragma once
#include <cstdint>

namespace aifp {

// Every object of a design has an id that is unique within the design and stable across save,
// load, export and import. 0 means "none".
using ObjectId = std::uint64_t;
inline constexpr ObjectId kNoId = 0;

} // namespace aifp
