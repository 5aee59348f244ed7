#pragma once
// The small design the schedule tests work their oracles on by hand (docs/schedule.md defaults).
#include "core/model/Design.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include <string>

namespace aifp::test {

// halls x (racks GB300 NVL72, 1 MV switchgear, 4 transformers of xfmrKva, 4 LV boards, 4 UPS,
// 2 CDUs); in the yard: 2 generators and 2 dry coolers per hall, one utility feed.
inline Design makeDesign(int halls, int racksPerHall, double xfmrKva = 3000.0) {
    Design d;
    PowerNode feed;
    feed.id = d.allocateId();
    feed.kind = PowerNodeKind::UtilityFeed;
    feed.name = "Utility";
    d.powerNodes.push_back(feed);
    for (int h = 0; h < halls; ++h) {
        Hall hall;
        hall.id = d.allocateId();
        hall.name = "Hall " + std::to_string(h + 1);
        hall.widthM = 60;
        hall.depthM = 40;
        d.halls.push_back(hall);
        for (int r = 0; r < racksPerHall; ++r) {
            Rack rack;
            rack.id = d.allocateId();
            rack.hallId = hall.id;
            rack.name = "R" + std::to_string(h + 1) + "-" + std::to_string(r + 1);
            rack.catalogId = "gb300-nvl72";
            d.racks.push_back(rack);
        }
        const auto addPower = [&](PowerNodeKind kind, int n, ObjectId hallId, double kva) {
            for (int i = 0; i < n; ++i) {
                PowerNode p;
                p.id = d.allocateId();
                p.kind = kind;
                p.name = std::string(toString(kind)) + " " + std::to_string(i + 1);
                p.hallId = hallId;
                p.ratingKva = kva;
                d.powerNodes.push_back(p);
            }
        };
        addPower(PowerNodeKind::MvSwitchgear, 1, hall.id, 20000);
        addPower(PowerNodeKind::Transformer, 4, hall.id, xfmrKva);
        addPower(PowerNodeKind::LvSwitchboard, 4, hall.id, xfmrKva);
        addPower(PowerNodeKind::Ups, 4, hall.id, 1200);
        addPower(PowerNodeKind::Generator, 2, kNoId, 2500);
        const auto addCooling = [&](CoolingNodeKind kind, int n, ObjectId hallId) {
            for (int i = 0; i < n; ++i) {
                CoolingNode c;
                c.id = d.allocateId();
                c.kind = kind;
                c.name = std::string(toString(kind)) + " " + std::to_string(i + 1);
                c.hallId = hallId;
                d.coolingNodes.push_back(c);
            }
        };
        addCooling(CoolingNodeKind::Cdu, 2, hall.id);
        addCooling(CoolingNodeKind::DryCooler, 2, kNoId);
    }
    d.settings.scheduleStart = "2027-01-04"; // a Monday
    return d;
}

inline ScheduleOptions traditional() {
    ScheduleOptions o;
    o.delivery = "traditional";
    return o;
}

} // namespace aifp::test
