#pragma once
#include "core/model/CoolingNode.hpp"
#include "core/model/PowerNode.hpp"
#include "ui/view3d/SceneInputs.hpp"

namespace aifp::ui {

// Display sizes and colours of equipment the model stores as points. These are drawing
// assumptions (typical outline sizes of the equipment class), not engineering figures: the
// validation engine never reads them.
struct ShapeM {
    double widthM;
    double depthM;
    double heightM;
};

ShapeM shapeOf(PowerNodeKind kind);
ShapeM shapeOf(CoolingNodeKind kind);
Rgb colourOf(PowerNodeKind kind);
Rgb colourOf(CoolingNodeKind kind);
ShapeM switchRackShape();
double rackHeightM();        // assumption: 48U rack of about 2.2 m (display only)
double overheadRunHeightM(); // assumption: height at which unrouted pipes and feeds are drawn
double buswayHeightM();      // assumption: overhead busway height above the floor
Rgb copperColour();
Rgb supplyColour(CoolantLoop loop);
Rgb returnColour(CoolantLoop loop);

} // namespace aifp::ui
