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

namespace {

// Sizes a design's cooling: the technology and its figures, then hall by hall the liquid loop
// (header, CDUs, manifolds, pipes), the yard plant, rear doors and air handlers, then the plant's
// electrical power.
class CoolingBuilder {
public:
    CoolingBuilder(const SystemSpec& spec, const FactoryTargets& t, const Catalog& catalog,
                   const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                   Design& design)
        : spec_(spec), t_(t), catalog_(catalog), layout_(layout), hallNetworkKw_(hallNetworkKw),
          design_(design), liquid_(t.cooling != CoolingMode::Air), tech_(coolingTechnologyOf(t)) {
        out_.hallCoolingKw.assign(layout.halls.size(), 0.0);
        readFractions();
        readEquipment();
    }

    CoolingSizing run() {
        addNotes();
        classes_ = liquid_ ? cduClasses(catalog_) : std::vector<CduClass>{};
        for (std::size_t h = 0; h < layout_.halls.size(); ++h)
            sizeHall(h);
        sharePlantPower();
        return std::move(out_);
    }

private:
    // Liquid share of rack heat: catalog liquid_fraction (UNVERIFIED for NVL72 racks), or the
    // full-capture share of the chosen technology (recorded as the estimate.liquid_fraction
    // assumption so every engine reads the same share).
    void readFractions() {
        liquidFraction_ = liquid_ ? spec_.liquidFraction : 0.0;
        if (tech_ == CoolingTechnology::FullLiquidCapture) {
            liquidFraction_ = std::max(liquidFraction_, fullCaptureLiquidFraction(catalog_));
            design_.assumptionOverrides["estimate.liquid_fraction"] = liquidFraction_;
        }
        rackLiquidKw_ = spec_.rackPowerKw * liquidFraction_;
        rackAirKw_ = spec_.rackPowerKw - rackLiquidKw_;
        // Flow per kW: Q = m cp dT at 10 K gives 1.44 L/min/kW (reference-data.md 2.1); the
        // catalog's design figure (OCP 1.5 L/min/kW) is used when higher.
        lpmPerKw_ =
            std::max(rules::flowLpmPerKw(rules::kTechnologyLoopDeltaTK), spec_.coolantFlowLpmPerKw);
    }

    // Heat rejection (docs/estimation.md "Cooling plant"): the liquid loop always on dry coolers
    // (adiabatic pre-cooling when the design wet-bulb is known), with trim chillers in series
    // only for the share the dry coolers cannot take at the design ambient; the air side on
    // chillers at 18 C with economiser dry coolers ahead of them.
    void readEquipment() {
        const CatalogEntry* dry = catalog_.find("drycooler-generic");
        const CatalogEntry* chiller = catalog_.find("chiller-air-cooled-screw");
        const CatalogEntry* ahu = catalog_.find("ahu-generic");
        if (!dry || !chiller || !ahu)
            throw GenerateError("catalog: drycooler-generic, chiller-air-cooled-screw and "
                                "ahu-generic are needed for cooling sizing");
        approachK_ = dry->number("max_approach_k", 8.0);
        dryKw_ = dry->number("capacity_kw", 1500.0);
        dryPpk_ = dry->number("power_per_kw_heat", 0.03);
        ahuKw_ = ahu->number("capacity_kw", 500.0);
        ahuPpk_ = ahu->number("power_per_kw_heat", 0.05);
        const CatalogEntry* door = catalog_.find("rdhx-generic");
        doorKw_ = door ? door->number("capacity_kw", 0.0) : 0.0;
        doorPpk_ = door ? door->number("power_per_kw_heat", 0.0) : 0.0;
        if (tech_ == CoolingTechnology::RearDoor && doorKw_ <= 0.0)
            throw GenerateError("catalog: rdhx-generic (rear door) lacks capacity_kw");
        designWetBulbC_ = std::isfinite(t_.designWetBulbC) ? t_.designWetBulbC : t_.designAmbientC;
    }

    // Trim share of a hall's liquid heat at the design ambient with its N+1 dry coolers all
    // running (the spare lowers the approach too).
    double trimFor(double hallLiquidKw) const {
        if (!liquid_ || hallLiquidKw <= 0.0)
            return 0.0;
        const double units = std::ceil(hallLiquidKw / dryKw_) + 1.0;
        return trimShare(t_.supplyWaterC, rules::kTechnologyLoopDeltaTK, approachK_,
                         t_.designAmbientC, designWetBulbC_,
                         defaultCoolingAssumption("estimate.adiabatic_efficiency"),
                         hallLiquidKw / (units * dryKw_));
    }

    // The note in pieces, each a whole phrase for the translator.
    void addNotes() {
        double liquidTrim = 0.0; // the largest over the halls, for the note
        for (const LaidOutHall& lh : layout_.halls)
            liquidTrim = std::max(liquidTrim, trimFor(rackLiquidKw_ * lh.rackCount));
        out_.dryCoolers = liquid_;
        const std::string fractionSource =
            tech_ == CoolingTechnology::FullLiquidCapture
                ? std::string(
                      tr("Generator", "full capture, catalog dlc-lenovo-neptune heat_capture"))
                : fill(tr("Generator", "catalog, %1"),
                       {toString(catalog_.find(spec_.id)
                                     ? catalog_.find(spec_.id)->confidenceOf("liquid_fraction")
                                     : Confidence::Unverified)});
        std::string note =
            fill(tr("Generator", "cooling: %1, liquid fraction %2 of rack heat (%3); "
                                 "flow %4 L/min/kW at 10 K; CDU approach 3 K "
                                 "(assumption)"),
                 {toString(tech_), num(liquidFraction_), fractionSource, num(lpmPerKw_)});
        if (liquid_) {
            const std::string wetBulb =
                std::isfinite(t_.designWetBulbC)
                    ? fill(tr("Generator", ", adiabatic to wet-bulb %1 °C"),
                           {num(t_.designWetBulbC)})
                    : std::string(tr("Generator", ", no wet-bulb given: dry"));
            const std::string trim =
                liquidTrim > 0
                    ? fill(tr("Generator", "trim chillers for up to %1 % of the liquid heat at the "
                                           "design ambient %2 °C"),
                           {num(liquidTrim * 100.0), num(t_.designAmbientC)})
                    : fill(tr("Generator", "no chillers at the design ambient %1 °C"),
                           {num(t_.designAmbientC)});
            note += fill(tr("Generator", "; facility water %1 °C on dry coolers (approach %2 K%3), "
                                         "%4"),
                         {num(t_.supplyWaterC), num(approachK_), wetBulb, trim});
        }
        if (rackAirKw_ > 0 || !liquid_)
            note += fill(tr("Generator", "; air side on chillers at %1 °C with economiser dry "
                                         "coolers"),
                         {num(rules::kAirLoopSupplyC)});
        out_.notes.push_back(std::move(note));
        if (tech_ == CoolingTechnology::RearDoor)
            out_.notes.push_back(tr("Generator",
                                    "cooling: rear-door heat exchangers on every rack (catalog "
                                    "rdhx-generic), one group per row, on the chilled-water loop"));
    }

    ObjectId addNode(CoolingNodeKind kind, const std::string& name, const std::string& catalogId,
                     ObjectId hallId, PointM pos, double capKw, double flowLpm, double supplyC,
                     double ppk, const std::string& path) {
        CoolingNode n;
        n.id = design_.allocateId();
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
        design_.coolingNodes.push_back(std::move(n));
        return design_.coolingNodes.back().id;
    }

    void addPipe(ObjectId from, ObjectId to, CoolantLoop loop, std::vector<PointM> route,
                 double flowLpm, bool main) {
        Pipe p;
        p.id = design_.allocateId();
        p.fromId = from;
        p.toId = to;
        p.loop = loop;
        p.routeM = std::move(route);
        p.lengthM = polylineLengthM(p.routeM);
        // Velocity limits: mains <= 2.6 m/s, laterals <= 2.5 m/s (reference-data.md 2.6).
        p.innerDiameterMm = pipeInnerDiameterMm(flowLpm, main ? rules::kMainMaxVelocityMps
                                                              : rules::kLateralMaxVelocityMps);
        design_.pipes.push_back(std::move(p));
    }

    // One hall: its liquid loop, yard plant, rear doors and air handlers.
    void sizeHall(std::size_t h) {
        const LaidOutHall& lh = layout_.halls[h];
        const Hall& hall = design_.halls[h];
        const double hallLiquidKw = rackLiquidKw_ * lh.rackCount;
        // Air heat: rack remainder plus every switch (air-cooled, assumption).
        const double hallAirKw = rackAirKw_ * lh.rackCount + hallNetworkKw_[h];
        out_.liquidHeatKw += hallLiquidKw;
        out_.airHeatKw += hallAirKw;
        // Facility header at the middle of the hall's south wall.
        const PointM headerPos{hall.originXM + hall.widthM / 2.0, hall.originYM, 0.0};
        ObjectId header = kNoId;
        if (liquid_) {
            header = addNode(CoolingNodeKind::Manifold, hall.name + " facility header", "", hall.id,
                             headerPos, hallLiquidKw, hallLiquidKw * lpmPerKw_, t_.supplyWaterC,
                             0.0, "");
            for (std::size_t ri : lh.rows)
                addRowLoop(hall, ri, header, headerPos);
        }
        addYardPlant(lh, hall, hallLiquidKw, hallAirKw, header, headerPos);
        // Rear doors: one per rack, grouped per row, take the racks' whole heat to the
        // chilled-water loop; the room air handlers keep only the network racks' heat.
        double roomAirKw = hallAirKw;
        if (tech_ == CoolingTechnology::RearDoor) {
            for (std::size_t ri : lh.rows) {
                const LaidOutRow& row = layout_.rows[ri];
                const double n = static_cast<double>(row.racks.size());
                addNode(CoolingNodeKind::AirHandler,
                        "Rear doors row " + std::to_string(ri + 1) + " (" +
                            std::to_string(row.racks.size()) + ")",
                        "rdhx-generic", hall.id, {(row.minXM + row.maxXM) / 2.0, row.yM, 2.0},
                        doorKw_ * n, 0.0, rules::kAirLoopSupplyC, doorPpk_,
                        hall.name + " rear doors");
                roomAirKw -= rackAirKw_ * n;
            }
            roomAirKw = std::max(roomAirKw, 0.0);
        }
        addAirHandlers(hall, roomAirKw);
    }

    // A row's CDUs, manifold and rack laterals. CDU class: the smallest whose capacity carries
    // the row; N+1 per row (1 duty + 1 standby when one unit suffices), one at each row end.
    void addRowLoop(const Hall& hall, std::size_t ri, ObjectId header, const PointM& headerPos) {
        const LaidOutRow& row = layout_.rows[ri];
        const double rowKw = rackLiquidKw_ * static_cast<double>(row.racks.size());
        const CduClass* cls = &classes_.back();
        for (const auto& c : classes_)
            if (c.capacityKw >= rowKw) {
                cls = &c;
                break;
            }
        const int duty = std::max(1, static_cast<int>(std::ceil(rowKw / cls->capacityKw)));
        const int units = duty + 1;
        const double rowFlow = rowKw * lpmPerKw_;
        const double cduSupplyC = t_.supplyWaterC + rules::kCduApproachK;
        const PointM mid{(row.minXM + row.maxXM) / 2.0, row.yM, 3.0};
        const ObjectId manifold =
            addNode(CoolingNodeKind::Manifold, "Manifold " + std::to_string(ri + 1), "", hall.id,
                    mid, rowKw, rowFlow, cduSupplyC, 0.0, "");
        for (int u = 0; u < units; ++u) {
            // Ends alternate west / east; further units step outwards (into the end aisle).
            const bool west = u % 2 == 0;
            PointM pos = west ? row.westEndM : row.eastEndM;
            pos.xM += (west ? -1.0 : 1.0) * rules::kCduWidthM * (u / 2);
            const std::string group = "CDU group row " + std::to_string(ri + 1);
            const ObjectId cdu =
                addNode(CoolingNodeKind::Cdu, "CDU " + std::to_string(++cduNo_), cls->id, hall.id,
                        pos, cls->capacityKw, cls->capacityKw * lpmPerKw_, cduSupplyC, 0.0, group);
            // Each CDU is sized to carry the row on its own share (N+1): flow = row / duty.
            addPipe(cdu, manifold, CoolantLoop::Technology, manhattan(pos, mid, 3.0),
                    rowFlow / duty, true);
            addPipe(header, cdu, CoolantLoop::Facility, manhattan(headerPos, pos, 3.5),
                    rowFlow / duty, true);
        }
        for (std::size_t rk : row.racks) {
            const Rack& rack = design_.racks[rk];
            addPipe(manifold, rack.id, CoolantLoop::Technology,
                    {mid,
                     {rack.centerM.xM, row.yM, 3.0},
                     {rack.centerM.xM, rack.centerM.yM, 3.0},
                     {rack.centerM.xM, rack.centerM.yM, 0.5}},
                    rackLiquidKw_ * lpmPerKw_, false);
        }
    }

    // Heat rejection in the yard, N+1 per hall (assumption). Liquid heat goes to dry coolers
    // or chillers; air-side heat always to chillers (cold water for the air handlers). Only the
    // facility-water plant is piped to the hall header; the air side's chilled water loop is not
    // drawn (like the air handlers).
    void addYardPlant(const LaidOutHall& lh, const Hall& hall, double hallLiquidKw,
                      double hallAirKw, ObjectId header, const PointM& headerPos) {
        YardPlacer yard(lh.yardM, 3.0);
        const double chillerKw = rules::kChillerTons * rules::kKwPerTon;
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
                    kind, std::string(label) + " " + std::to_string(++plantNo_), catalogId, kNoId,
                    pos, unitKw, unitKw * lpmPerKw_, supplyC, ppk, hall.name + " plant");
                if (liquid_ && facilityLoop)
                    addPipe(id, header, CoolantLoop::Facility, manhattan(pos, headerPos, 0.5),
                            std::min(heatKw / duty, unitKw) * lpmPerKw_, true);
            }
        };
        if (liquid_) {
            plant(CoolingNodeKind::DryCooler, "Dry cooler", "drycooler-generic", hallLiquidKw,
                  dryKw_, dryPpk_, t_.supplyWaterC, true);
            plant(CoolingNodeKind::Chiller, "Trim chiller", "chiller-air-cooled-screw",
                  hallLiquidKw * trimFor(hallLiquidKw), chillerKw, 0.0, t_.supplyWaterC, true);
        }
        // Air-side heat: economiser dry coolers ahead of chillers at 18 °C (ASHRAE recommended
        // inlet 18-27 °C, reference-data.md 2.3; supply temperature assumption).
        plant(CoolingNodeKind::DryCooler, "Economiser dry cooler", "drycooler-generic", hallAirKw,
              dryKw_, dryPpk_, rules::kAirLoopSupplyC, false);
        plant(CoolingNodeKind::Chiller, "Chiller", "chiller-air-cooled-screw", hallAirKw, chillerKw,
              0.0, rules::kAirLoopSupplyC, false);
    }

    // Air handlers for the room's air-side heat, N+1 per hall, along the west and east walls.
    void addAirHandlers(const Hall& hall, double roomAirKw) {
        const int ahuDuty = static_cast<int>(std::ceil(roomAirKw / ahuKw_));
        const int ahuUnits = ahuDuty + 1;
        const int perWall = (ahuUnits + 1) / 2;
        for (int i = 0; i < ahuUnits; ++i) {
            const bool westWall = i < perWall;
            const int k = westWall ? i : i - perWall;
            const PointM pos{westWall ? hall.originXM + rules::kHallMarginM / 2.0
                                      : hall.originXM + hall.widthM - rules::kHallMarginM / 2.0,
                             hall.originYM + hall.depthM * (k + 0.5) / perWall, 0.0};
            addNode(CoolingNodeKind::AirHandler, "AHU " + std::to_string(++ahuNo_), "ahu-generic",
                    hall.id, pos, ahuKw_, 0.0, 18.0, ahuPpk_, hall.name + " air");
        }
    }

    // Electrical power of the plant at the design ambient and full IT load, from the cooling
    // plant model (fans and pumps, trim chillers by lift), shared over the halls by heat.
    void sharePlantPower() {
        const double totalHeatKw = out_.liquidHeatKw + out_.airHeatKw;
        if (totalHeatKw <= 0)
            return;
        const CoolingPlant plant =
            CoolingPlant::fromDesign(design_, catalog_, {out_.liquidHeatKw, out_.airHeatKw});
        const double kw = plant.at(t_.designAmbientC, designWetBulbC_, 1.0).totalKw();
        for (std::size_t h = 0; h < layout_.halls.size(); ++h) {
            const LaidOutHall& lh = layout_.halls[h];
            const double hallHeatKw = spec_.rackPowerKw * lh.rackCount + hallNetworkKw_[h];
            out_.hallCoolingKw[h] = kw * hallHeatKw / totalHeatKw;
        }
    }

    const SystemSpec& spec_;
    const FactoryTargets& t_;
    const Catalog& catalog_;
    const LayoutResult& layout_;
    const std::vector<double>& hallNetworkKw_;
    Design& design_;
    const bool liquid_;
    const CoolingTechnology tech_;
    CoolingSizing out_;
    double liquidFraction_ = 0.0, rackLiquidKw_ = 0.0, rackAirKw_ = 0.0, lpmPerKw_ = 0.0;
    double approachK_ = 0.0, dryKw_ = 0.0, dryPpk_ = 0.0, ahuKw_ = 0.0, ahuPpk_ = 0.0;
    double doorKw_ = 0.0, doorPpk_ = 0.0, designWetBulbC_ = 0.0;
    std::vector<CduClass> classes_;
    int cduNo_ = 0, plantNo_ = 0, ahuNo_ = 0;
};

} // namespace

CoolingSizing sizeCooling(const SystemSpec& spec, const FactoryTargets& t, const Catalog& catalog,
                          const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                          Design& design) {
    return CoolingBuilder(spec, t, catalog, layout, hallNetworkKw, design).run();
}

} // namespace aifp
