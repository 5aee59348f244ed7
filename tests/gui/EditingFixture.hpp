#pragma once
// Shared by the GUI tests: a small hall with one CDU and one LV switchboard to route from, and a
// left click on the floor as the editing tools receive it.
#include "core/model/Design.hpp"
#include "ui/tools/Tool.hpp"

namespace aifp::test {

// A 40 m x 30 m hall at the origin (id 1), CDU 1 (id 2) and switchboard LV-A (id 3).
inline Design hallWithEquipment() {
    Design d;
    d.site.name = std::string("GUI test site");
    Hall h;
    h.id = d.allocateId(); // 1
    h.name = std::string("Hall A");
    h.widthM = 40.0;
    h.depthM = 30.0;
    h.clearHeightM = 6.0;
    h.maxRackKw = 150.0;
    d.halls.push_back(h);
    CoolingNode cdu;
    cdu.id = d.allocateId(); // 2
    cdu.kind = CoolingNodeKind::Cdu;
    cdu.name = std::string("CDU 1");
    cdu.hallId = h.id;
    cdu.positionM = {0.6, 12.0, 0.0};
    cdu.capacityKw = 1500;
    d.coolingNodes.push_back(cdu);
    PowerNode lv;
    lv.id = d.allocateId(); // 3
    lv.kind = PowerNodeKind::LvSwitchboard;
    lv.name = std::string("LV-A");
    lv.hallId = h.id;
    lv.positionM = {0.6, 20.0, 0.0};
    lv.voltageV = 415;
    lv.ratingKva = 2875;
    lv.path = "A";
    d.powerNodes.push_back(lv);
    return d;
}

inline ui::ToolEvent floorClick(double x, double y, ObjectId hit = kNoId,
                                Qt::KeyboardModifiers mods = Qt::NoModifier) {
    ui::ToolEvent e;
    e.floorM = {x, y, 0.0};
    e.onFloor = true;
    e.objectId = hit;
    e.button = Qt::LeftButton;
    e.buttons = Qt::LeftButton;
    e.modifiers = mods;
    return e;
}

} // namespace aifp::test
