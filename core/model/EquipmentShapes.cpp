#include "core/model/EquipmentShapes.hpp"

namespace aifp {

// All sizes below are drawing assumptions (typical outlines of the equipment class), used only
// to draw the point equipment of the model at a plausible scale.
ShapeM shapeOf(PowerNodeKind kind) {
    switch (kind) {
    case PowerNodeKind::UtilityFeed:
        return {6.0, 6.0, 4.0}; // assumption: incoming bay
    case PowerNodeKind::MvSwitchgear:
        return {8.0, 2.0, 2.5}; // assumption: MV lineup
    case PowerNodeKind::Transformer:
        return {3.5, 2.5, 3.0}; // assumption: 2.5-3 MVA unit
    case PowerNodeKind::LvSwitchboard:
        return {6.0, 1.2, 2.2}; // assumption: LV lineup
    case PowerNodeKind::Ups:
        return {4.0, 1.0, 2.0}; // assumption: UPS frame
    case PowerNodeKind::Generator:
        return {12.2, 2.5, 2.9}; // assumption: 40 ft container
    case PowerNodeKind::Pdu:
        return {1.2, 0.8, 2.0}; // assumption: floor PDU
    case PowerNodeKind::Rpp:
        return {0.8, 0.6, 2.0}; // assumption: RPP cabinet
    case PowerNodeKind::Busway:
        return {0.4, 0.4, 0.3}; // tap box; the run is a tube
    case PowerNodeKind::RackPowerShelf:
        return {0.6, 0.6, 0.1}; // assumption: 1U-2U shelf
    }
    return {1.0, 1.0, 1.0};
}

ShapeM shapeOf(CoolingNodeKind kind) {
    switch (kind) {
    case CoolingNodeKind::Chiller:
        return {12.0, 2.5, 2.6}; // assumption: packaged chiller
    case CoolingNodeKind::DryCooler:
        return {12.0, 2.4, 2.5}; // assumption: V-bank dry cooler
    case CoolingNodeKind::Cdu:
        return {0.8, 1.2, 2.2}; // assumption: in-row CDU
    case CoolingNodeKind::Manifold:
        return {0.3, 0.3, 2.0}; // assumption: rack manifold
    case CoolingNodeKind::AirHandler:
        return {3.0, 2.0, 2.6}; // assumption: CRAH/AHU
    }
    return {1.0, 1.0, 1.0};
}

RgbColour colourOf(PowerNodeKind kind) {
    switch (kind) {
    case PowerNodeKind::UtilityFeed:
        return {120, 120, 130};
    case PowerNodeKind::MvSwitchgear:
        return {150, 150, 165};
    case PowerNodeKind::Transformer:
        return {95, 110, 95};
    case PowerNodeKind::LvSwitchboard:
        return {190, 190, 200};
    case PowerNodeKind::Ups:
        return {90, 90, 100};
    case PowerNodeKind::Generator:
        return {230, 200, 60};
    case PowerNodeKind::Pdu:
        return {205, 205, 215};
    case PowerNodeKind::Rpp:
        return {205, 205, 215};
    case PowerNodeKind::Busway:
        return copperColour();
    case PowerNodeKind::RackPowerShelf:
        return {60, 60, 60};
    }
    return {200, 200, 200};
}

RgbColour colourOf(CoolingNodeKind kind) {
    switch (kind) {
    case CoolingNodeKind::Chiller:
        return {170, 200, 225};
    case CoolingNodeKind::DryCooler:
        return {180, 210, 200};
    case CoolingNodeKind::Cdu:
        return {60, 120, 170};
    case CoolingNodeKind::Manifold:
        return {90, 140, 190};
    case CoolingNodeKind::AirHandler:
        return {200, 215, 230};
    }
    return {200, 200, 200};
}

ShapeM switchRackShape() {
    return {0.6, 1.2, 2.2};
} // assumption: switch in a standard rack
double rackHeightM() {
    return 2.2;
}
int rackUnits() {
    return 48; // 48 x 44.45 mm = 2.13 m of mounting space in the 2.2 m rack above
}
double overheadRunHeightM() {
    return 3.2;
}
double buswayHeightM() {
    return 2.8;
}
RgbColour copperColour() {
    return {214, 120, 40};
}

RgbColour supplyColour(CoolantLoop loop) {
    return loop == CoolantLoop::Facility ? RgbColour{30, 80, 200} : RgbColour{40, 150, 230};
}
RgbColour returnColour(CoolantLoop loop) {
    return loop == CoolantLoop::Facility ? RgbColour{200, 30, 40} : RgbColour{235, 80, 70};
}

} // namespace aifp
