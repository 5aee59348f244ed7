#pragma once
#include "core/model/CoolingNode.hpp"
#include "core/model/PowerNode.hpp"
#include <array>

namespace aifp {

// Display sizes and colours of equipment the model stores as points. These are drawing
// assumptions (typical outline sizes of the equipment class), not engineering figures: the
// validation engine never reads them. One table for every drawing of the design: the 3D view,
// the glTF scene and the DXF plans.
struct ShapeM {
    double widthM;
    double depthM;
    double heightM;
};

using RgbColour = std::array<unsigned char, 3>;

ShapeM shapeOf(PowerNodeKind kind);
ShapeM shapeOf(CoolingNodeKind kind);
RgbColour colourOf(PowerNodeKind kind);
RgbColour colourOf(CoolingNodeKind kind);
ShapeM switchRackShape();
double rackHeightM();        // assumption: 48U rack of about 2.2 m (display only)
int rackUnits();             // assumption: the same rack, 48 U (19 in EIA-310 units of 44.45 mm)
double overheadRunHeightM(); // assumption: height at which unrouted pipes and feeds are drawn
double buswayHeightM();      // assumption: overhead busway height above the floor
RgbColour copperColour();
RgbColour supplyColour(CoolantLoop loop);
RgbColour returnColour(CoolantLoop loop);

} // namespace aifp
