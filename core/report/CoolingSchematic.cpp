#include "core/report/CoolingSchematic.hpp"
#include "core/report/ReportFormat.hpp"
#include <algorithm>
#include <map>

namespace aifp::report {

namespace {

// Water: cp 4.186 kJ/(kg K), density 0.997 kg/L, so L/min = 60 kW / (0.997 * 4.186 * dT)
// (reference-data.md 2.1).
constexpr double kWaterCpKjPerKgK = 4.186;
constexpr double kWaterDensityKgPerL = 0.997;

// Heat in kW below 1 MW, else MW with decimals down to 0.01 MW but never more than four
// significant figures ("1.28 MW", "609.7 MW", "1,283 MW"): nameplate sums, not measurements.
std::string heat(double kw) {
    if (kw < 1000)
        return formatNumber(kw) + " kW";
    const double mwValue = kw / 1000.0;
    const int decimals = mwValue >= 1000 ? 0 : mwValue >= 100 ? 1 : 2;
    return formatNumber(mwValue, decimals) + " MW";
}

} // namespace

CoolingSummary summarizeCooling(const Design& design, const Catalog& catalog) {
    CoolingSummary s;
    double facSupplySum = 0, facDtSum = 0, techSupplySum = 0, techDtSum = 0;
    int facN = 0, techN = 0;
    for (const CoolingNode& n : design.coolingNodes) {
        switch (n.kind) {
        case CoolingNodeKind::Chiller:
        case CoolingNodeKind::DryCooler:
            ++s.rejectionUnits;
            s.rejectionCapacityKw += n.capacityKw;
            if (n.supplyTempC > 0) {
                facSupplySum += n.supplyTempC;
                facDtSum += n.deltaTK;
                ++facN;
            }
            break;
        case CoolingNodeKind::Cdu:
            ++s.cdus;
            s.cduCapacityKw += n.capacityKw;
            s.cduFlowRatingLpm += n.flowRatingLpm;
            if (n.supplyTempC > 0) {
                techSupplySum += n.supplyTempC;
                techDtSum += n.deltaTK;
                ++techN;
            }
            break;
        case CoolingNodeKind::AirHandler:
            ++s.airHandlers;
            s.airHandlerCapacityKw += n.capacityKw;
            break;
        case CoolingNodeKind::Manifold:
            break;
        }
    }
    std::map<std::string, SystemSpec> specs;
    for (const Rack& r : design.racks) {
        if (!specs.count(r.catalogId)) {
            SystemSpec sp;
            sp.rackPowerKw = 0;
            try {
                sp = systemSpec(catalog, r.catalogId);
            } catch (const CatalogError&) {
            }
            specs[r.catalogId] = sp;
        }
        const SystemSpec& sp = specs[r.catalogId];
        ++s.racks;
        s.rackHeatKw += sp.rackPowerKw;
        s.liquidHeatKw += sp.rackPowerKw * sp.liquidFraction;
        s.techFlowLpm += sp.rackPowerKw * sp.liquidFraction * sp.coolantFlowLpmPerKw;
    }
    s.airHeatKw = s.rackHeatKw - s.liquidHeatKw;
    if (facN > 0) {
        s.facilitySupplyC = facSupplySum / facN;
        s.facilityDeltaTK = facDtSum / facN;
    } else if (!design.halls.empty()) {
        s.facilitySupplyC = design.halls.front().facilityWaterSupplyC;
    }
    if (techN > 0) {
        s.techSupplyC = techSupplySum / techN;
        s.techDeltaTK = techDtSum / techN;
    }
    if (s.facilityDeltaTK > 0)
        s.facilityFlowLpm =
            60.0 * s.liquidHeatKw / (kWaterDensityKgPerL * kWaterCpKjPerKgK * s.facilityDeltaTK);
    for (const Pipe& p : design.pipes) {
        const double len = p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM);
        (p.loop == CoolantLoop::Facility ? s.facilityPipeM : s.techPipeM) += len;
    }
    return s;
}

Canvas drawCoolingSchematic(const Design& design, const Catalog& catalog) {
    const CoolingSummary s = summarizeCooling(design, catalog);
    Canvas c(770, 330);
    const Color supply = colors::kBlue, ret = colors::kRed;
    auto box = [&](double x, double y, double w, double h, const std::string& title,
                   const std::vector<std::string>& lines, Color fill) {
        c.fillRect(x, y, w, h, fill, true, Stroke{colors::kBlack, 1.0});
        c.text(x + w / 2, y + 15, title, 9.5, Font::Bold, Align::Center);
        double ly = y + 29;
        for (const std::string& l : lines) {
            c.text(x + w / 2, ly, l, 7.5, Font::Regular, Align::Center);
            ly += 11;
        }
    };
    auto loop = [&](double x1, double x2, double y, const std::string& name, double supplyC,
                    double dT, double flowLpm, double heatKw, const std::string& pipes) {
        // Supply (cold) runs left to right on top; return (warm) right to left below.
        c.arrow(x1, y, x2, y, Stroke{supply, 2.0}, 7);
        c.arrow(x2, y + 36, x1, y + 36, Stroke{ret, 2.0}, 7);
        const double mx = (x1 + x2) / 2;
        c.text(mx, y - 20, name, 8.5, Font::Bold, Align::Center, colors::kNavy);
        c.text(mx, y - 6,
               "supply " + (supplyC > 0 ? withUnit(formatNumber(supplyC, 1), units::kDegreeC)
                                        : std::string("n/a")),
               7.5, Font::Regular, Align::Center, supply);
        c.text(mx, y + 50,
               "return " + (supplyC > 0 && dT > 0
                                ? withUnit(formatNumber(supplyC + dT, 1), units::kDegreeC)
                                : std::string("n/a")),
               7.5, Font::Regular, Align::Center, ret);
        c.text(mx, y + 15, heat(heatKw), 8, Font::Bold, Align::Center);
        c.text(mx, y + 27, flowLpm > 0 ? formatNumber(flowLpm) + " L/min" : "flow n/a", 7.5,
               Font::Regular, Align::Center);
        c.text(mx, y + 62, pipes, 7, Font::Regular, Align::Center, colors::kGrey);
    };
    const double y = 70, h = 110;
    box(10, y, 150, h, "Heat rejection",
        {formatCount(static_cast<double>(s.rejectionUnits)) + " chillers / dry coolers",
         "capacity " + heat(s.rejectionCapacityKw),
         s.rejectionCapacityKw > 0
             ? "load " + formatNumber(100.0 * s.liquidHeatKw / s.rejectionCapacityKw) + " %"
             : "no capacity declared"},
        Color{230, 240, 250});
    loop(160, 310, y + 30, "Facility water loop", s.facilitySupplyC, s.facilityDeltaTK,
         s.facilityFlowLpm, s.liquidHeatKw, formatNumber(s.facilityPipeM) + " m of pipe");
    box(310, y, 150, h, "CDUs",
        {formatCount(static_cast<double>(s.cdus)) + " units", "capacity " + heat(s.cduCapacityKw),
         "rated flow " + formatNumber(s.cduFlowRatingLpm) + " L/min",
         s.cduCapacityKw > 0
             ? "load " + formatNumber(100.0 * s.liquidHeatKw / s.cduCapacityKw) + " %"
             : "no capacity declared"},
        Color{220, 242, 240});
    loop(460, 610, y + 30, "Technology loop", s.techSupplyC, s.techDeltaTK, s.techFlowLpm,
         s.liquidHeatKw, formatNumber(s.techPipeM) + " m of pipe");
    box(610, y, 150, h, "Racks",
        {formatCount(static_cast<double>(s.racks)) + " racks",
         "heat " + heat(s.rackHeatKw) + " (nameplate)", "to liquid " + heat(s.liquidHeatKw),
         "to air " + heat(s.airHeatKw)},
        Color{235, 238, 245});
    // Air side.
    const double ay = y + h + 60;
    box(610, ay, 150, 70, "Air handlers",
        {formatCount(static_cast<double>(s.airHandlers)) + " units",
         "capacity " + heat(s.airHandlerCapacityKw),
         s.airHandlerCapacityKw > 0
             ? "load " + formatNumber(100.0 * s.airHeatKw / s.airHandlerCapacityKw) + " %"
             : "no capacity declared"},
        Color{245, 245, 235});
    c.arrow(685, y + h, 685, ay, Stroke{colors::kOrange, 2.0, 4, 2}, 7);
    // Left of the arrow: right of it the label ran past the page margin.
    c.text(678, y + h + 32, "air-side heat " + heat(s.airHeatKw), 7.5, Font::Regular, Align::Right,
           colors::kOrange);
    c.text(10, 16,
           "Heat at nameplate rack power; liquid share and coolant flow per kW from the catalog "
           "(system ratings liquid_fraction, coolant_flow_lpm_per_kw).",
           7.5, Font::Regular, Align::Left, colors::kGrey);
    c.text(10, 28,
           "Facility flow = liquid heat / (water density 0.997 kg/L x cp 4.186 kJ/kg K x delta-T) "
           "(reference-data.md 2.1). Heat flows right to left.",
           7.5, Font::Regular, Align::Left, colors::kGrey);
    return c;
}

} // namespace aifp::report
