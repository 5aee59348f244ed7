#include "core/report/CoolingSchematic.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/util/EngineeringConstants.hpp"
#include <algorithm>
#include <map>

namespace aifp::report {

namespace {

// Heat in kW below 1 MW, else MW with decimals down to 0.01 MW but never more than four
// significant figures ("1.28 MW", "609.7 MW", "1,283 MW"): nameplate sums, not measurements.
std::string heat(double kw) {
    if (kw < 1000)
        return formatNumber(kw) + " kW";
    const double mwValue = kw / 1000.0;
    const int decimals = mwValue >= 1000 ? 0 : mwValue >= 100 ? 1 : 2;
    return formatNumber(mwValue, decimals) + " MW";
}

// Sums of the supply temperature and delta-T over the nodes of one loop that state a supply
// temperature, for their means.
struct LoopTemperatures {
    double supplySumC = 0, deltaSumK = 0;
    int nodes = 0;
    void add(const CoolingNode& n) {
        if (n.supplyTempC > 0) {
            supplySumC += n.supplyTempC;
            deltaSumK += n.deltaTK;
            ++nodes;
        }
    }
    // The means into loop (unchanged when no node states a supply temperature).
    void meanInto(CoolingSummary::Loop& loop) const {
        if (nodes > 0) {
            loop.supplyC = supplySumC / nodes;
            loop.deltaTK = deltaSumK / nodes;
        }
    }
};

void add(CoolingSummary::Units& units, const CoolingNode& n) {
    ++units.count;
    units.capacityKw += n.capacityKw;
}

} // namespace

CoolingSummary summarizeCooling(const Design& design, const Catalog& catalog) {
    CoolingSummary s;
    LoopTemperatures facility, tech;
    for (const CoolingNode& n : design.coolingNodes) {
        switch (n.kind) {
        case CoolingNodeKind::Chiller:
        case CoolingNodeKind::DryCooler:
            add(s.rejection, n);
            facility.add(n);
            break;
        case CoolingNodeKind::Cdu:
            add(s.cdus, n);
            s.cduFlowRatingLpm += n.flowRatingLpm;
            tech.add(n);
            break;
        case CoolingNodeKind::AirHandler:
            add(s.airHandlers, n);
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
        s.tech.flowLpm += sp.rackPowerKw * sp.liquidFraction * sp.coolantFlowLpmPerKw;
    }
    s.airHeatKw = s.rackHeatKw - s.liquidHeatKw;
    if (facility.nodes == 0 && !design.halls.empty())
        s.facility.supplyC = design.halls.front().facilityWaterSupplyC;
    facility.meanInto(s.facility);
    tech.meanInto(s.tech);
    if (s.facility.deltaTK > 0)
        s.facility.flowLpm = waterFlowLpm(s.liquidHeatKw, s.facility.deltaTK);
    for (const Pipe& p : design.pipes) {
        const double len = p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM);
        (p.loop == CoolantLoop::Facility ? s.facility : s.tech).pipeM += len;
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
    auto loop = [&](double x1, double x2, double y, const std::string& name,
                    const CoolingSummary::Loop& figures, double heatKw) {
        const double supplyC = figures.supplyC, dT = figures.deltaTK, flowLpm = figures.flowLpm;
        // Supply (cold) runs left to right on top; return (warm) right to left below.
        c.arrow(x1, y, x2, y, Stroke{supply, 2.0}, 7);
        c.arrow(x2, y + 36, x1, y + 36, Stroke{ret, 2.0}, 7);
        const double mx = (x1 + x2) / 2;
        c.text(mx, y - 20, name, 8.5, Font::Bold, Align::Center, colors::kNavy);
        const std::string na = tr("Number", "n/a");
        c.text(mx, y - 6,
               fill(tr("Report", "supply %1"),
                    {supplyC > 0 ? withUnit(formatNumber(supplyC, 1), units::kDegreeC) : na}),
               7.5, Font::Regular, Align::Center, supply);
        c.text(
            mx, y + 50,
            fill(tr("Report", "return %1"),
                 {supplyC > 0 && dT > 0 ? withUnit(formatNumber(supplyC + dT, 1), units::kDegreeC)
                                        : na}),
            7.5, Font::Regular, Align::Center, ret);
        c.text(mx, y + 15, heat(heatKw), 8, Font::Bold, Align::Center);
        c.text(mx, y + 27,
               flowLpm > 0 ? formatNumber(flowLpm) + " L/min" : fill(tr("Report", "flow %1"), {na}),
               7.5, Font::Regular, Align::Center);
        c.text(mx, y + 62, fill(tr("Report", "%1 m of pipe"), {formatNumber(figures.pipeM)}), 7,
               Font::Regular, Align::Center, colors::kGrey);
    };
    // "capacity 1,234 kW", "load 85 %" or "no capacity declared", "1 unit" / "12 units".
    const auto capacity = [](double kw) { return fill(tr("Report", "capacity %1"), {heat(kw)}); };
    const auto loadOf = [](double heatKw, double capacityKw) {
        return capacityKw > 0
                   ? fill(tr("Report", "load %1 %"), {formatNumber(100.0 * heatKw / capacityKw)})
                   : std::string(tr("Report", "no capacity declared"));
    };
    const auto unitsText = [](int n) {
        return fill(n == 1 ? tr("Report", "%1 unit") : tr("Report", "%1 units"),
                    {formatCount(static_cast<double>(n))});
    };
    const double y = 70, h = 110;
    box(10, y, 150, h, tr("Report", "Heat rejection"),
        {fill(tr("Report", "%1 chillers / dry coolers"),
              {formatCount(static_cast<double>(s.rejection.count))}),
         capacity(s.rejection.capacityKw), loadOf(s.liquidHeatKw, s.rejection.capacityKw)},
        Color{230, 240, 250});
    loop(160, 310, y + 30, tr("Report", "Facility water loop"), s.facility, s.liquidHeatKw);
    box(310, y, 150, h, tr("Report", "CDUs"),
        {unitsText(s.cdus.count), capacity(s.cdus.capacityKw),
         fill(tr("Report", "rated flow %1 L/min"), {formatNumber(s.cduFlowRatingLpm)}),
         loadOf(s.liquidHeatKw, s.cdus.capacityKw)},
        Color{220, 242, 240});
    loop(460, 610, y + 30, tr("Report", "Technology loop"), s.tech, s.liquidHeatKw);
    box(610, y, 150, h, tr("Report", "Racks"),
        // "%1 racks" of Report is "racks of system %1"; a count has its own context.
        {fill(tr("Count", "%1 racks"), {formatCount(static_cast<double>(s.racks))}),
         fill(tr("Report", "heat %1 (nameplate)"), {heat(s.rackHeatKw)}),
         fill(tr("Report", "to liquid %1"), {heat(s.liquidHeatKw)}),
         fill(tr("Report", "to air %1"), {heat(s.airHeatKw)})},
        Color{235, 238, 245});
    // Air side.
    const double ay = y + h + 60;
    box(610, ay, 150, 70, tr("Report", "Air handlers"),
        {unitsText(s.airHandlers.count), capacity(s.airHandlers.capacityKw),
         loadOf(s.airHeatKw, s.airHandlers.capacityKw)},
        Color{245, 245, 235});
    c.arrow(685, y + h, 685, ay, Stroke{colors::kOrange, 2.0, 4, 2}, 7);
    // Left of the arrow: right of it the label ran past the page margin.
    c.text(678, y + h + 32, fill(tr("Report", "air-side heat %1"), {heat(s.airHeatKw)}), 7.5,
           Font::Regular, Align::Right, colors::kOrange);
    c.text(10, 16,
           tr("Report", "Heat at nameplate rack power; liquid share and coolant flow per kW from "
                        "the catalog (system ratings liquid_fraction, coolant_flow_lpm_per_kw)."),
           7.5, Font::Regular, Align::Left, colors::kGrey);
    c.text(10, 28,
           fill(tr("Report", "Facility flow = liquid heat / (water density %1 kg/L x cp %2 kJ/kg "
                             "K x delta-T) (reference-data.md 2.1). Heat flows right to left."),
                {formatNumber(kWaterDensityKgPerL, 3), formatNumber(kWaterCpKjPerKgK, 3)}),
           7.5, Font::Regular, Align::Left, colors::kGrey);
    return c;
}

} // namespace aifp::report
