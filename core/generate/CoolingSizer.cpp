#include "core/generate/CoolingSizer.hpp"
#include "core/generate/SizingRules.hpp"
#include <algorithm>
#include <cmath>
#include <sstream>

namespace aifp {

namespace {

std::string num(double v) {
    std::ostringstream s;
    s.precision(4);
    s << v;
    return s.str();
}

// Upper bound of a catalog text range such as "1.05-1.2".
double upperOfRange(const std::string& text, double fallback) {
    const auto dash = text.find('-');
    try {
        return std::stod(dash == std::string::npos ? text : text.substr(dash + 1));
    } catch (const std::exception&) {
        return fallback;
    }
}

struct CduClass {
    std::string id;
    double capacityKw = 0.0;
};

// CDU classes of the catalog (reference-data.md 2.4), smallest first.
std::vector<CduClass> cduClasses(const Catalog& catalog) {
    std::vector<CduClass> out;
    for (const char* id : {"cdu-generic-in-row", "cdu-motivair-mcdu-70", "cdu-generic-facility"})
        if (const CatalogEntry* e = catalog.find(id))
            if (e->number("capacity_max") > 0.0)
                out.push_back({id, e->number("capacity_max")});
    if (out.empty())
        throw GenerateError("catalog: no CDU class with capacity_max (cdu-generic-in-row, "
                            "cdu-motivair-mcdu-70, cdu-generic-facility)");
    return out;
}

std::vector<PointM> manhattan(const PointM& a, const PointM& b, double zM) {
    return {a, {a.xM, a.yM, zM}, {a.xM, b.yM, zM}, {b.xM, b.yM, zM}, b};
}

} // namespace

const std::vector<double>& standardPipeInnerDiametersMm() {
    static const std::vector<double> ids = {15.8,  20.9,  26.6,  35.1,  40.9,  52.5,  62.7,
                                            77.9,  102.3, 128.2, 154.1, 202.7, 254.5, 303.2,
                                            333.4, 381.0, 428.7, 477.9, 574.6, 733.0, 885.8};
    return ids;
}

double pipeInnerDiameterMm(double flowLpm, double maxVelocityMps) {
    for (double id : standardPipeInnerDiametersMm())
        if (rules::pipeVelocityMps(flowLpm, id) <= maxVelocityMps)
            return id;
    return standardPipeInnerDiametersMm().back();
}

CoolingSizing sizeCooling(const SystemSpec& spec, const FactoryTargets& t, const Catalog& catalog,
                          const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                          Design& design) {
    CoolingSizing out;
    out.hallCoolingKw.assign(layout.halls.size(), 0.0);
    const bool liquid = t.cooling != CoolingMode::Air;
    // Liquid share of rack heat: catalog liquid_fraction (UNVERIFIED for NVL72 racks).
    const double liquidFraction = liquid ? spec.liquidFraction : 0.0;
    const double rackLiquidKw = spec.rackPowerKw * liquidFraction;
    const double rackAirKw = spec.rackPowerKw - rackLiquidKw;
    // Flow per kW: Q = m cp dT at 10 K gives 1.44 L/min/kW (reference-data.md 2.1); the catalog's
    // design figure (OCP 1.5 L/min/kW) is used when higher.
    const double lpmPerKw =
        std::max(rules::flowLpmPerKw(rules::kTechnologyLoopDeltaTK), spec.coolantFlowLpmPerKw);
    // CDU approach (facility to technology loop) 3 K: assumption.
    const double cduApproachK = 3.0;

    // Heat rejection: dry coolers when the facility supply is at least ambient + approach
    // (catalog drycooler-generic max_approach_k), else chillers.
    const CatalogEntry* dry = catalog.find("drycooler-generic");
    const CatalogEntry* chiller = catalog.find("chiller-air-cooled-screw");
    const CatalogEntry* ahu = catalog.find("ahu-generic");
    if (!dry || !chiller || !ahu)
        throw GenerateError("catalog: drycooler-generic, chiller-air-cooled-screw and ahu-generic "
                            "are needed for cooling sizing");
    const double approachK = dry->number("max_approach_k", 8.0);
    out.dryCoolers = liquid && t.supplyWaterC >= t.designAmbientC + approachK;
    const double dryKw = dry->number("capacity_kw", 1500.0);
    const double dryPpk = dry->number("power_per_kw_heat", 0.03);
    double kwPerTon = chiller->number("efficiency", 0.0);
    if (kwPerTon <= 0.0 && chiller->rating("efficiency"))
        kwPerTon =
            upperOfRange(chiller->rating("efficiency")->text, rules::kAirCooledChillerKwPerTon);
    if (kwPerTon <= 0.0)
        kwPerTon = rules::kAirCooledChillerKwPerTon;
    const double chillerPpk = kwPerTon / rules::kKwPerTon; // kW/ton -> kW/kW (1 ton = 3.517 kW)
    const double chillerKw = rules::kChillerTons * rules::kKwPerTon;
    const double ahuKw = ahu->number("capacity_kw", 500.0);
    const double ahuPpk = ahu->number("power_per_kw_heat", 0.05);
    out.notes.push_back(
        "cooling: liquid fraction " + num(liquidFraction) + " of rack heat (catalog, " +
        toString(catalog.find(spec.id) ? catalog.find(spec.id)->confidenceOf("liquid_fraction")
                                       : Confidence::Unverified) +
        "); flow " + num(lpmPerKw) + " L/min/kW at 10 K; CDU approach 3 K (assumption); " +
        (out.dryCoolers
             ? "dry coolers (supply " + num(t.supplyWaterC) + " degC >= ambient " +
                   num(t.designAmbientC) + " + " + num(approachK) + " K)"
             : "chillers at " + num(kwPerTon) + " kW/ton (supply " + num(t.supplyWaterC) +
                   " degC < ambient " + num(t.designAmbientC) + " + " + num(approachK) + " K)") +
        "; CDU pump power not counted (no catalog figure)");

    const std::vector<CduClass> classes = liquid ? cduClasses(catalog) : std::vector<CduClass>{};
    auto addNode = [&](CoolingNodeKind kind, const std::string& name, const std::string& catalogId,
                       ObjectId hallId, PointM pos, double capKw, double flowLpm, double supplyC,
                       double ppk, const std::string& path) {
        CoolingNode n;
        n.id = design.allocateId();
        n.kind = kind;
        n.name = name;
        n.catalogId = catalogId;
        n.hallId = hallId;
        n.positionM = pos;
        n.capacityKw = capKw;
        n.flowRatingLpm = flowLpm;
        n.supplyTempC = supplyC;
        n.deltaTK = rules::kTechnologyLoopDeltaTK;
        n.powerPerKwHeat = ppk;
        n.path = path;
        design.coolingNodes.push_back(std::move(n));
        return design.coolingNodes.back().id;
    };
    auto addPipe = [&](ObjectId from, ObjectId to, CoolantLoop loop, std::vector<PointM> route,
                       double flowLpm, bool main) {
        Pipe p;
        p.id = design.allocateId();
        p.fromId = from;
        p.toId = to;
        p.loop = loop;
        p.routeM = std::move(route);
        p.lengthM = polylineLengthM(p.routeM);
        // Velocity limits: mains <= 2.6 m/s, laterals <= 2.5 m/s (reference-data.md 2.6).
        p.innerDiameterMm = pipeInnerDiameterMm(flowLpm, main ? rules::kMainMaxVelocityMps
                                                              : rules::kLateralMaxVelocityMps);
        design.pipes.push_back(std::move(p));
    };

    int cduNo = 0, plantNo = 0, ahuNo = 0;
    for (std::size_t h = 0; h < layout.halls.size(); ++h) {
        const LaidOutHall& lh = layout.halls[h];
        const Hall& hall = design.halls[h];
        const double hallLiquidKw = rackLiquidKw * lh.rackCount;
        // Air heat: rack remainder plus every switch (air-cooled, assumption).
        const double hallAirKw = rackAirKw * lh.rackCount + hallNetworkKw[h];
        out.liquidHeatKw += hallLiquidKw;
        out.airHeatKw += hallAirKw;
        // Facility header at the middle of the hall's south wall.
        const PointM headerPos{hall.originXM + hall.widthM / 2.0, hall.originYM, 0.0};
        ObjectId header = kNoId;
        if (liquid)
            header =
                addNode(CoolingNodeKind::Manifold, hall.name + " facility header", "", hall.id,
                        headerPos, hallLiquidKw, hallLiquidKw * lpmPerKw, t.supplyWaterC, 0.0, "");
        for (std::size_t ri : lh.rows) {
            if (!liquid)
                break;
            const LaidOutRow& row = layout.rows[ri];
            const double rowKw = rackLiquidKw * static_cast<double>(row.racks.size());
            // CDU class: the smallest whose capacity carries the row; N+1 per row (1 duty + 1
            // standby when one unit suffices), one at each row end.
            const CduClass* cls = &classes.back();
            for (const auto& c : classes)
                if (c.capacityKw >= rowKw) {
                    cls = &c;
                    break;
                }
            const int duty = std::max(1, static_cast<int>(std::ceil(rowKw / cls->capacityKw)));
            const int units = duty + 1;
            const double rowFlow = rowKw * lpmPerKw;
            const PointM mid{(row.minXM + row.maxXM) / 2.0, row.yM, 3.0};
            const ObjectId manifold =
                addNode(CoolingNodeKind::Manifold, "Manifold " + std::to_string(ri + 1), "",
                        hall.id, mid, rowKw, rowFlow, t.supplyWaterC + cduApproachK, 0.0, "");
            for (int u = 0; u < units; ++u) {
                // Ends alternate west / east; further units step outwards (into the end aisle).
                const bool west = u % 2 == 0;
                PointM pos = west ? row.westEndM : row.eastEndM;
                pos.xM += (west ? -1.0 : 1.0) * rules::kCduWidthM * (u / 2);
                const std::string group = "CDU group row " + std::to_string(ri + 1);
                const ObjectId cdu =
                    addNode(CoolingNodeKind::Cdu, "CDU " + std::to_string(++cduNo), cls->id,
                            hall.id, pos, cls->capacityKw, cls->capacityKw * lpmPerKw,
                            t.supplyWaterC + cduApproachK, 0.0, group);
                // Each CDU is sized to carry the row on its own share (N+1): flow = row / duty.
                addPipe(cdu, manifold, CoolantLoop::Technology, manhattan(pos, mid, 3.0),
                        rowFlow / duty, true);
                addPipe(header, cdu, CoolantLoop::Facility, manhattan(headerPos, pos, 3.5),
                        rowFlow / duty, true);
            }
            for (std::size_t rk : row.racks) {
                const Rack& rack = design.racks[rk];
                addPipe(manifold, rack.id, CoolantLoop::Technology,
                        {mid,
                         {rack.centerM.xM, row.yM, 3.0},
                         {rack.centerM.xM, rack.centerM.yM, 3.0},
                         {rack.centerM.xM, rack.centerM.yM, 0.5}},
                        rackLiquidKw * lpmPerKw, false);
            }
        }

        // Heat rejection in the yard, N+1 per hall (assumption). Liquid heat goes to dry coolers
        // or chillers; air-side heat always to chillers (cold water for the air handlers).
        YardPlacer yard(lh.yardM, 3.0);
        double coolingKw = 0.0;
        auto plant = [&](CoolingNodeKind kind, const char* label, const std::string& catalogId,
                         double heatKw, double unitKw, double ppk, double supplyC) {
            if (heatKw <= 0.0)
                return;
            const int duty = static_cast<int>(std::ceil(heatKw / unitKw));
            for (int i = 0; i < duty + 1; ++i) {
                const PointM pos = yard.next();
                // Yard equipment: outside the hall (hallId none).
                const ObjectId id = addNode(
                    kind, std::string(label) + " " + std::to_string(++plantNo), catalogId, kNoId,
                    pos, unitKw, unitKw * lpmPerKw, supplyC, ppk, hall.name + " plant");
                if (liquid && kind != CoolingNodeKind::AirHandler)
                    addPipe(id, header, CoolantLoop::Facility, manhattan(pos, headerPos, 0.5),
                            std::min(heatKw / duty, unitKw) * lpmPerKw, true);
            }
            coolingKw += heatKw * ppk;
        };
        if (out.dryCoolers) {
            plant(CoolingNodeKind::DryCooler, "Dry cooler", "drycooler-generic", hallLiquidKw,
                  dryKw, dryPpk, t.supplyWaterC);
            // Air-side heat: chillers at ~18 degC chilled water (ASHRAE recommended inlet
            // 18-27 degC, reference-data.md 2.3; supply temperature assumption).
            plant(CoolingNodeKind::Chiller, "Chiller", "chiller-air-cooled-screw", hallAirKw,
                  chillerKw, chillerPpk, 18.0);
        } else {
            plant(CoolingNodeKind::Chiller, "Chiller", "chiller-air-cooled-screw",
                  hallLiquidKw + hallAirKw, chillerKw, chillerPpk, liquid ? t.supplyWaterC : 18.0);
        }
        // Air handlers for the air-side heat, N+1 per hall, along the west and east walls.
        const int ahuDuty = static_cast<int>(std::ceil(hallAirKw / ahuKw));
        const int ahuUnits = ahuDuty + 1;
        const int perWall = (ahuUnits + 1) / 2;
        for (int i = 0; i < ahuUnits; ++i) {
            const bool westWall = i < perWall;
            const int k = westWall ? i : i - perWall;
            const PointM pos{westWall ? hall.originXM + rules::kHallMarginM / 2.0
                                      : hall.originXM + hall.widthM - rules::kHallMarginM / 2.0,
                             hall.originYM + hall.depthM * (k + 0.5) / perWall, 0.0};
            addNode(CoolingNodeKind::AirHandler, "AHU " + std::to_string(++ahuNo), "ahu-generic",
                    hall.id, pos, ahuKw, 0.0, 18.0, ahuPpk, hall.name + " air");
        }
        coolingKw += hallAirKw * ahuPpk;
        out.hallCoolingKw[h] = coolingKw;
    }
    return out;
}

} // namespace aifp
