#pragma once
#include "core/model/ObjectId.hpp"
#include <string>

namespace aifp {

// Which aisle the fronts of a row's racks face.
enum class AisleSide { Cold, Hot };

// A row groups racks in a hall. Racks keep their own positions; the row records intent
// (name, orientation, which aisle the fronts face) for layout tools and reports.
struct Row {
    ObjectId id = kNoId;
    ObjectId hallId = kNoId;
    std::string name;
    double rotationDeg = 0.0; // direction the rack fronts face: 0 = -y (south), 180 = +y
    AisleSide frontFaces = AisleSide::Cold;
    friend bool operator==(const Row&, const Row&) = default;
};

} // namespace aifp
