#pragma once
// Small designs built in code for the validation tests (not a test itself: no test_ prefix).
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/validation/Validator.hpp"
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace aifp::fx {

inline Hall hall(ObjectId id, double widthM = 40, double depthM = 20,
                 CoolingProvision cooling = CoolingProvision::Liquid, double maxRackKw = 200,
                 double floorKgPerM2 = 0) {
    Hall h;
    h.id = id;
    std::string name(1, 'H'); // built then moved: GCC 12 reports false -Wrestrict otherwise
    name += std::to_string(id);
    h.name = std::move(name);
    h.widthM = widthM;
    h.depthM = depthM;
    h.clearHeightM = 6;
    h.cooling = cooling;
    h.maxRackKw = maxRackKw;
    h.floorLoadKgPerM2 = floorKgPerM2;
    h.facilityWaterSupplyC = 30;
    return h;
}

// A rack at (x, y); gb300-nvl72 is 0.6 m wide, 1.2 m deep, 1.2 m service clearance.
inline Rack rack(ObjectId id, ObjectId hallId, double xM, double yM,
                 const std::string& catalogId = "gb300-nvl72", double rotationDeg = 0) {
    Rack r;
    r.id = id;
    r.hallId = hallId;
    std::string name(1, 'R'); // built then moved: GCC 12 reports false -Wrestrict otherwise
    name += std::to_string(id);
    r.name = std::move(name);
    r.catalogId = catalogId;
    r.centerM = {xM, yM, 0};
    r.rotationDeg = rotationDeg;
    return r;
}

inline PowerNode powerNode(ObjectId id, PowerNodeKind kind, double ratingKw,
                           const std::string& path = "", double efficiency = 1.0) {
    PowerNode n;
    n.id = id;
    n.kind = kind;
    n.name = std::string(toString(kind)) + "-" + std::to_string(id);
    n.ratingKw = ratingKw;
    n.efficiency = efficiency;
    n.path = path;
    return n;
}

inline PowerLink powerLink(ObjectId id, ObjectId from, ObjectId to) {
    PowerLink l;
    l.id = id;
    l.fromId = from;
    l.toId = to;
    return l;
}

inline CoolingNode coolingNode(ObjectId id, CoolingNodeKind kind, double capacityKw,
                               ObjectId hallId = kNoId) {
    CoolingNode n;
    n.id = id;
    n.kind = kind;
    n.name = std::string(toString(kind)) + "-" + std::to_string(id);
    n.capacityKw = capacityKw;
    n.hallId = hallId;
    return n;
}

inline Pipe pipe(ObjectId id, ObjectId from, ObjectId to, double innerDiameterMm, double lengthM,
                 CoolantLoop loop = CoolantLoop::Technology) {
    Pipe p;
    p.id = id;
    p.fromId = from;
    p.toId = to;
    p.innerDiameterMm = innerDiameterMm;
    p.lengthM = lengthM;
    p.loop = loop;
    return p;
}

inline NetworkSwitch networkSwitch(ObjectId id, int tier, int portCount = 144,
                                   double portSpeedGbps = 800) {
    NetworkSwitch s;
    s.id = id;
    s.name = (tier == 1 ? "leaf-" : tier == 2 ? "spine-" : "core-") + std::to_string(id);
    s.catalogId = "q3400";
    s.tier = tier;
    s.portCount = portCount;
    s.portSpeedGbps = portSpeedGbps;
    return s;
}

inline NetworkLink networkLink(ObjectId id, ObjectId from, ObjectId to, int count,
                               double speedGbps = 800, double lengthM = 10,
                               LinkMedium medium = LinkMedium::Multimode) {
    NetworkLink l;
    l.id = id;
    l.fromId = from;
    l.toId = to;
    l.count = count;
    l.speedGbps = speedGbps;
    l.lengthM = lengthM;
    l.medium = medium;
    return l;
}

inline ValidationResult validate(const Design& d, ValidationOptions options = {}) {
    Validator v(Catalog::builtin(), options);
    return v.validateAll(d);
}

inline std::vector<Finding> withRule(const ValidationResult& r, const std::string& rule) {
    std::vector<Finding> out;
    std::copy_if(r.findings.begin(), r.findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

inline std::string describe(const std::vector<Finding>& fs) {
    std::string s;
    for (const auto& f : fs)
        s += "\n  " + std::string(toString(f.severity)) + " " + f.rule + ": " + f.message;
    return s;
}

// A campus of `halls` halls, each with `rows` rows of `racksPerRow` gb300-nvl72 racks in hot and
// cold aisles of exactly the 1.2 m service clearance. Per row: busways A and B, one UPS per path
// (3.5 MW, 0.97 efficiency), one CDU (3.5 MW) with a DN65 pipe per rack. Per two rows and path a
// transformer. Network: one leaf per 4 racks, 8 spines per hall, 16 cores (3 tiers).
inline Design campus(int halls, int rows, int racksPerRow) {
    Design d;
    d.settings.powerRedundancy = RedundancyScheme::TwoN;
    d.settings.fabricTiers = 3;
    d.site.designAmbientC = 30;
    ObjectId next = 1;
    auto id = [&] { return next++; };
    const double pitchM = 2.4; // 1.2 m rack + 1.2 m aisle
    std::vector<ObjectId> cores;
    for (int c = 0; c < 16; ++c) {
        NetworkSwitch s = networkSwitch(id(), 3, 100000);
        cores.push_back(s.id);
        d.switches.push_back(s);
    }
    double totalKw = 0;
    for (int h = 0; h < halls; ++h) {
        Hall hall = fx::hall(id(), 4 + 0.6 * racksPerRow, 4 + pitchM * rows);
        hall.originXM = h * (hall.widthM + 10);
        hall.maxRackKw = 150;
        d.halls.push_back(hall);
        PowerNode utility = powerNode(id(), PowerNodeKind::UtilityFeed, 0);
        d.powerNodes.push_back(utility);
        CoolingNode ahu =
            coolingNode(id(), CoolingNodeKind::AirHandler, 25.0 * rows * racksPerRow, hall.id);
        ahu.positionM = {hall.originXM + 1, 1, 0};
        d.coolingNodes.push_back(ahu);
        std::vector<ObjectId> spines;
        for (int s = 0; s < 8; ++s) {
            NetworkSwitch sp = networkSwitch(id(), 2, 100000);
            sp.hallId = hall.id;
            sp.positionM = {hall.originXM + 1 + s, hall.depthM - 1, 0};
            spines.push_back(sp.id);
            d.switches.push_back(sp);
        }
        ObjectId transformer[2] = {0, 0};
        ObjectId leaf = 0;
        int racksOnLeaf = 0, leaves = 0;
        for (int r = 0; r < rows; ++r) {
            ObjectId busway[2];
            for (int p = 0; p < 2; ++p) {
                const std::string path = p ? "B" : "A";
                if (r % 2 == 0) {
                    transformer[p] = id();
                    d.powerNodes.push_back(
                        powerNode(transformer[p], PowerNodeKind::Transformer, 8000, path, 0.99));
                    d.powerLinks.push_back(powerLink(id(), utility.id, transformer[p]));
                }
                const ObjectId ups = id();
                d.powerNodes.push_back(powerNode(ups, PowerNodeKind::Ups, 3500, path, 0.97));
                d.powerLinks.push_back(powerLink(id(), transformer[p], ups));
                busway[p] = id();
                d.powerNodes.push_back(powerNode(busway[p], PowerNodeKind::Busway, 5000, path));
                d.powerLinks.push_back(powerLink(id(), ups, busway[p]));
            }
            CoolingNode cdu = coolingNode(id(), CoolingNodeKind::Cdu, 3500, hall.id);
            cdu.positionM = {hall.originXM + 1, 2 + pitchM * r + 0.6, 0};
            d.coolingNodes.push_back(cdu);
            for (int k = 0; k < racksPerRow; ++k) {
                Rack rk = rack(id(), hall.id, hall.originXM + 2.3 + 0.6 * k, 2.6 + pitchM * r,
                               "gb300-nvl72", r % 2 ? 180 : 0);
                d.racks.push_back(rk);
                totalKw += 135;
                d.powerLinks.push_back(powerLink(id(), busway[0], rk.id));
                d.powerLinks.push_back(powerLink(id(), busway[1], rk.id));
                d.pipes.push_back(pipe(id(), cdu.id, rk.id, 65, 15));
                if (racksOnLeaf == 0) {
                    NetworkSwitch lf = networkSwitch(id(), 1, 1000);
                    lf.hallId = hall.id;
                    lf.positionM = rk.centerM;
                    leaf = lf.id;
                    d.switches.push_back(lf);
                    ++leaves;
                    for (ObjectId sp : spines)
                        d.networkLinks.push_back(networkLink(id(), leaf, sp, 9, 800, 30));
                }
                d.networkLinks.push_back(networkLink(id(), rk.id, leaf, 18, 800, 3));
                racksOnLeaf = (racksOnLeaf + 1) % 4;
            }
        }
        for (ObjectId sp : spines)
            for (ObjectId c : cores)
                d.networkLinks.push_back(networkLink(id(), sp, c, (leaves * 9 + 15) / 16, 800, 400,
                                                     LinkMedium::SingleMode));
    }
    const int chillers = static_cast<int>(totalKw / 10000) + 1;
    for (int c = 0; c < chillers; ++c)
        d.coolingNodes.push_back(coolingNode(id(), CoolingNodeKind::Chiller, 10000));
    d.nextId = next;
    return d;
}

} // namespace aifp::fx
