#pragma once
#include "core/model/EquipmentShapes.hpp"
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/SceneInputs.hpp"
#include <type_traits>

namespace aifp::ui {

// The drawing sizes and colours live in core (one table for the 3D view, glTF and DXF exports).
using aifp::buswayHeightM;
using aifp::colourOf;
using aifp::copperColour;
using aifp::overheadRunHeightM;
using aifp::rackHeightM;
using aifp::returnColour;
using aifp::ShapeM;
using aifp::shapeOf;
using aifp::supplyColour;
using aifp::switchRackShape;
static_assert(std::is_same_v<Rgb, RgbColour>, "one colour type in core and ui");

// The box of a piece of equipment standing at positionM, drawn with shape s in colour (the
// highlight colour when the id is highlighted).
inline BoxInstance equipmentBox(const SceneInputs& in, ObjectId id, const PointM& positionM,
                                const ShapeM& s, Rgb colour) {
    BoxInstance b;
    b.id = id;
    b.baseCentreM = positionM;
    b.widthM = s.widthM;
    b.depthM = s.depthM;
    b.heightM = s.heightM;
    b.colour = in.isHighlighted(id) ? in.highlightRgb : colour;
    return b;
}

} // namespace aifp::ui
