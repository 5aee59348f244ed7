#include "core/generate/CoolingSizer.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/generate/SizingRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>

namespace aifp {

namespace {

// In messages: 4 significant digits in the calling thread's display style.
std::string num(double v) {
    return display::formatSignificantPlain(v, 4);
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
        if (waterVelocityMps(flowLpm, id) <= maxVelocityMps)
            return id;
    return standardPipeInnerDiametersMm().back();
}

CoolingTechnology coolingTechnologyOf(const FactoryTargets& t) {
    if (t.coolingTechnology.empty())
        return t.cooling == CoolingMode::Air ? CoolingTechnology::Air
                                             : CoolingTechnology::DirectLiquidResidualAir;
    CoolingTechnology tech;
    if (!fromString(t.coolingTechnology, tech))
        throw GenerateError("cooling-tech: '" + t.coolingTechnology +
                            "' is not one of dlc, full-liquid, rear-door, air");
    return tech;
}

double fullCaptureLiquidFraction(const Catalog& catalog) {
    // Lenovo Neptune heat capture "98-100 %" (catalog dlc-lenovo-neptune, secondary): the lower
    // bound; 0.95 (the bottom of the 95-100 % full-capture class, assumption) without the entry.
    const CatalogEntry* e = catalog.find("dlc-lenovo-neptune");
    const CatalogRating* r = e ? e->rating("heat_capture") : nullptr;
    if (r && !r->text.empty()) {
        double pct = 0.0;
        const std::string& text = r->text;
        const auto res = std::from_chars(text.data(), text.data() + text.size(), pct);
        if (res.ec == std::errc() && pct > 50.0 && pct <= 100.0)
            return pct / 100.0;
    }
    return 0.95;
}

CoolingSizing sizeCooling(const SystemSpec& spec, const FactoryTargets& t, const Catalog& catalog,
                          const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                          Design& design) {
    CoolingSizing out;
    out.hallCoolingKw.assign(layout.halls.size(), 0.0);
    const bool liquid = t.cooling != CoolingMode::Air;
    const CoolingTechnology tech = coolingTechnologyOf(t);
    // Liquid share of rack heat: catalog liquid_fraction (UNVERIFIED for NVL72 racks), or the
    // full-capture share of the chosen technology (recorded as the estimate.liquid_fraction
    // assumption so every engine reads the same share).
    double liquidFraction = liquid ? spec.liquidFraction : 0.0;
    if (tech == CoolingTechnology::FullLiquidCapture) {
        liquidFraction = std::max(liquidFraction, fullCaptureLiquidFraction(catalog));
        design.assumptionOverrides["estimate.liquid_fraction"] = liquidFraction;
    }
    const double rackLiquidKw = spec.rackPowerKw * liquidFraction;
    const double rackAirKw = spec.rackPowerKw - rackLiquidKw;
    // Flow per kW: Q = m cp dT at 10 K gives 1.44 L/min/kW (reference-data.md 2.1); the catalog's
    // design figure (OCP 1.5 L/min/kW) is used when higher.
    const double lpmPerKw =
        std::max(rules::flowLpmPerKw(rules::kTechnologyLoopDeltaTK), spec.coolantFlowLpmPerKw);
    const double cduApproachK = rules::kCduApproachK;

    // Heat rejection (docs/estimation.md "Cooling plant"): the liquid loop always on dry coolers
    // (adiabatic pre-cooling when the design wet-bulb is known), with trim chillers in series
    // only for the share the dry coolers cannot take at the design ambient; the air side on
    // chillers at 18 C with economiser dry coolers ahead of them.
    const CatalogEntry* dry = catalog.find("drycooler-generic");
    const CatalogEntry* chiller = catalog.find("chiller-air-cooled-screw");
    const CatalogEntry* ahu = catalog.find("ahu-generic");
    if (!dry || !chiller || !ahu)
        throw GenerateError("catalog: drycooler-generic, chiller-air-cooled-screw and ahu-generic "
                            "are needed for cooling sizing");
    const double approachK = dry->number("max_approach_k", 8.0);
    const double dryKw = dry->number("capacity_kw", 1500.0);
    const double dryPpk = dry->number("power_per_kw_heat", 0.03);
    const double chillerKw = rules::kChillerTons * rules::kKwPerTon;
    const double ahuKw = ahu->number("capacity_kw", 500.0);
    const double ahuPpk = ahu->number("power_per_kw_heat", 0.05);
    const double airLoopC = rules::kAirLoopSupplyC;
    const CatalogEntry* door = catalog.find("rdhx-generic");
    const double doorKw = door ? door->number("capacity_kw", 0.0) : 0.0;
    const double doorPpk = door ? door->number("power_per_kw_heat", 0.0) : 0.0;
    if (tech == CoolingTechnology::RearDoor && doorKw <= 0.0)
        throw GenerateError("catalog: rdhx-generic (rear door) lacks capacity_kw");
    const double designWetBulbC =
        std::isfinite(t.designWetBulbC) ? t.designWetBulbC : t.designAmbientC;
    // Trim share of a hall's liquid heat at the design ambient with its N+1 dry coolers all
    // running (the spare lowers the approach too).
    auto trimFor = [&](double hallLiquidKw) {
        if (!liquid || hallLiquidKw <= 0.0)
            return 0.0;
        const double units = std::ceil(hallLiquidKw / dryKw) + 1.0;
        return trimShare(t.supplyWaterC, rules::kTechnologyLoopDeltaTK, approachK, t.designAmbientC,
                         designWetBulbC, defaultCoolingAssumption("estimate.adiabatic_efficiency"),
                         hallLiquidKw / (units * dryKw));
    };
    double liquidTrim = 0.0; // the largest over the halls, for the note
    for (const LaidOutHall& lh : layout.halls)
        liquidTrim = std::max(liquidTrim, trimFor(rackLiquidKw * lh.rackCount));
    out.dryCoolers = liquid;
    // The note in pieces, each a whole phrase for the translator.
    const std::string fractionSource =
        tech == CoolingTechnology::FullLiquidCapture
            ? std::string(tr("Generator", "full capture, catalog dlc-lenovo-neptune heat_capture"))
            : fill(tr("Generator", "catalog, %1"),
                   {toString(catalog.find(spec.id)
                                 ? catalog.find(spec.id)->confidenceOf("liquid_fraction")
                                 : Confidence::Unverified)});
    std::string note = fill(tr("Generator", "cooling: %1, liquid fraction %2 of rack heat (%3); "
                                            "flow %4 L/min/kW at 10 K; CDU approach 3 K "
                                            "(assumption)"),
                            {toString(tech), num(liquidFraction), fractionSource, num(lpmPerKw)});
    if (liquid) {
        const std::string wetBulb =
            std::isfinite(t.designWetBulbC)
                ? fill(tr("Generator", ", adiabatic to wet-bulb %1 °C"), {num(t.designWetBulbC)})
                : std::string(tr("Generator", ", no wet-bulb given: dry"));
        const std::string trim =
            liquidTrim > 0
                ? fill(tr("Generator", "trim chillers for up to %1 % of the liquid heat at the "
                                       "design ambient %2 °C"),
                       {num(liquidTrim * 100.0), num(t.designAmbientC)})
                : fill(tr("Generator", "no chillers at the design ambient %1 °C"),
                       {num(t.designAmbientC)});
        note += fill(tr("Generator", "; facility water %1 °C on dry coolers (approach %2 K%3), "
                                     "%4"),
                     {num(t.supplyWaterC), num(approachK), wetBulb, trim});
    }
    if (rackAirKw > 0 || !liquid)
        note += fill(tr("Generator", "; air side on chillers at %1 °C with economiser dry "
                                     "coolers"),
                     {num(airLoopC)});
    out.notes.push_back(std::move(note));
    if (tech == CoolingTechnology::RearDoor)
        out.notes.push_back(tr("Generator",
                               "cooling: rear-door heat exchangers on every rack (catalog "
                               "rdhx-generic), one group per row, on the chilled-water loop"));

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
        // Only the facility-water plant is piped to the hall header; the air side's chilled
        // water loop is not drawn (like the air handlers).
        auto plant = [&](CoolingNodeKind kind, const char* label, const std::string& catalogId,
                         double heatKw, double unitKw, double ppk, double supplyC,
                         bool facilityLoop) {
            if (heatKw <= 0.0)
                return;
            const int duty = static_cast<int>(std::ceil(heatKw / unitKw));
            for (int i = 0; i < duty + 1; ++i) {
                const PointM pos = yard.next();
                // Yard equipment: outside the hall (hallId none).
                const ObjectId id = addNode(
                    kind, std::string(label) + " " + std::to_string(++plantNo), catalogId, kNoId,
                    pos, unitKw, unitKw * lpmPerKw, supplyC, ppk, hall.name + " plant");
                if (liquid && facilityLoop)
                    addPipe(id, header, CoolantLoop::Facility, manhattan(pos, headerPos, 0.5),
                            std::min(heatKw / duty, unitKw) * lpmPerKw, true);
            }
        };
        if (liquid) {
            plant(CoolingNodeKind::DryCooler, "Dry cooler", "drycooler-generic", hallLiquidKw,
                  dryKw, dryPpk, t.supplyWaterC, true);
            plant(CoolingNodeKind::Chiller, "Trim chiller", "chiller-air-cooled-screw",
                  hallLiquidKw * trimFor(hallLiquidKw), chillerKw, 0.0, t.supplyWaterC, true);
        }
        // Air-side heat: economiser dry coolers ahead of chillers at 18 °C (ASHRAE recommended
        // inlet 18-27 °C, reference-data.md 2.3; supply temperature assumption).
        plant(CoolingNodeKind::DryCooler, "Economiser dry cooler", "drycooler-generic", hallAirKw,
              dryKw, dryPpk, airLoopC, false);
        plant(CoolingNodeKind::Chiller, "Chiller", "chiller-air-cooled-screw", hallAirKw, chillerKw,
              0.0, airLoopC, false);
        // Rear doors: one per rack, grouped per row, take the racks' whole heat to the
        // chilled-water loop; the room air handlers keep only the network racks' heat.
        double roomAirKw = hallAirKw;
        if (tech == CoolingTechnology::RearDoor) {
            for (std::size_t ri : lh.rows) {
                const LaidOutRow& row = layout.rows[ri];
                const double n = static_cast<double>(row.racks.size());
                addNode(CoolingNodeKind::AirHandler,
                        "Rear doors row " + std::to_string(ri + 1) + " (" +
                            std::to_string(row.racks.size()) + ")",
                        "rdhx-generic", hall.id, {(row.minXM + row.maxXM) / 2.0, row.yM, 2.0},
                        doorKw * n, 0.0, airLoopC, doorPpk, hall.name + " rear doors");
                roomAirKw -= rackAirKw * n;
            }
            roomAirKw = std::max(roomAirKw, 0.0);
        }
        // Air handlers for the room's air-side heat, N+1 per hall, along the west and east walls.
        const int ahuDuty = static_cast<int>(std::ceil(roomAirKw / ahuKw));
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
    }
    // Electrical power of the plant at the design ambient and full IT load, from the cooling
    // plant model (fans and pumps, trim chillers by lift), shared over the halls by heat.
    const double totalHeatKw = out.liquidHeatKw + out.airHeatKw;
    if (totalHeatKw > 0) {
        const CoolingPlant plant =
            CoolingPlant::fromDesign(design, catalog, {out.liquidHeatKw, out.airHeatKw});
        const double wb = std::isfinite(t.designWetBulbC) ? t.designWetBulbC : t.designAmbientC;
        const double kw = plant.at(t.designAmbientC, wb, 1.0).totalKw();
        for (std::size_t h = 0; h < layout.halls.size(); ++h) {
            const LaidOutHall& lh = layout.halls[h];
            const double hallHeatKw = spec.rackPowerKw * lh.rackCount + hallNetworkKw[h];
            out.hallCoolingKw[h] = kw * hallHeatKw / totalHeatKw;
        }
    }
    return out;
}

} // namespace aifp
