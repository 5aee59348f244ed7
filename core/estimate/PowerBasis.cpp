#include "core/estimate/PowerBasis.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace aifp {

namespace {

// Figures in basis texts: fixed decimals in the calling thread's display style.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// Transceiver power per optical link end, from the catalog's LinkX entries
// (reference-data.md 4.1: 800G twin-port OSFP 17 W, 400G OSFP/QSFP112 9 W): links above
// 400 Gb/s use 800G twin-port modules (17 W per 800 Gb/s, so a 1.6 Tb/s end takes two), links of
// 400 Gb/s and below one 400G module. Copper (DAC) links draw no transceiver power.
struct OpticPower {
    double w800 = 17.0, w400 = 9.0;
};
OpticPower opticPower(const Catalog& catalog) {
    OpticPower p;
    if (const CatalogEntry* e = catalog.find("optic-nvidia-800g-twinport-osfp"))
        p.w800 = e->number("power", p.w800);
    if (const CatalogEntry* e = catalog.find("optic-nvidia-400g-osfp"))
        p.w400 = e->number("power", p.w400);
    return p;
}
int modulesPerEnd(double speedGbps) {
    return speedGbps > 400.0 ? std::max(1, static_cast<int>(std::ceil(speedGbps / 800.0 - 1e-9)))
                             : 1;
}

ItLoad itLoadOf(const Design& design, const Catalog& catalog, EstimateAssumptions& a) {
    ItLoad it;
    std::map<std::string, SystemSpec> specs;
    std::map<std::string, std::string> unknown; // catalog id -> error
    for (const Rack& r : design.racks) {
        auto found = specs.find(r.catalogId);
        if (found == specs.end()) {
            if (unknown.count(r.catalogId)) {
                ++it.racksSkipped;
                continue;
            }
            try {
                found = specs.emplace(r.catalogId, systemSpec(catalog, r.catalogId)).first;
            } catch (const CatalogError& e) {
                unknown[r.catalogId] = e.what();
                ++it.racksSkipped;
                continue;
            }
        }
        const SystemSpec& s = found->second;
        ++it.racks;
        it.gpus += s.gpusPerRack;
        it.systems += s.systemsPerRack;
        it.rackDesignKw += s.rackPowerKw;
        it.rackTypicalKw += s.rackPowerKw * s.typicalPowerFraction;
        // The design's liquid share (its cooling technology may override the catalog's).
        const double liquid = designLiquidFraction(design, s.liquidFraction, false);
        it.liquidDesignKw += s.rackPowerKw * liquid;
        it.coolantLpmDesign += s.rackPowerKw * liquid * s.coolantFlowLpmPerKw;
    }
    for (const auto& [id, why] : unknown)
        it.notes.push_back(fill(tr("Estimate", "racks of '%1' not counted: %2"), {id, why}));

    // Switches: catalog power_kw, else an assumption (out-of-band switches their own).
    for (const NetworkSwitch& s : design.switches) {
        const CatalogEntry* e = s.catalogId.empty() ? nullptr : catalog.find(s.catalogId);
        double kw = e ? e->number("power_kw", 0.0) : 0.0;
        const bool oob = s.role == NetworkRole::OutOfBand;
        if (kw <= 0)
            kw = a.value(oob ? "estimate.oob_switch_power_kw" : "estimate.switch_power_kw");
        it.switchKw += kw;
        if (oob) {
            ++it.outOfBandSwitches;
            it.outOfBandKw += kw;
        } else {
            ++it.switches;
        }
    }
    // Optics: both ends of every optical link.
    const OpticPower op = opticPower(catalog);
    double opticsW = 0.0;
    for (const NetworkLink& l : design.networkLinks) {
        if (l.medium == LinkMedium::Copper || l.count <= 0)
            continue;
        const int modules = modulesPerEnd(l.speedGbps);
        const double w = l.speedGbps > 400.0 ? op.w800 : op.w400;
        it.transceivers += 2LL * modules * l.count;
        opticsW += 2.0 * modules * w * l.count;
    }
    it.opticsKw = opticsW / 1000.0;
    // Storage and management nodes, sized on the GPU count.
    if (it.gpus > 0) {
        const double perStorage = a.value("estimate.gpus_per_storage_node");
        it.storageNodes = static_cast<int>(std::ceil(static_cast<double>(it.gpus) / perStorage));
        it.storageKw = it.storageNodes * a.value("estimate.storage_node_kw");
        const double perMgmt = a.value("estimate.gpus_per_management_node");
        it.managementNodes =
            std::max(3, static_cast<int>(std::ceil(static_cast<double>(it.gpus) / perMgmt)));
        it.managementKw = it.managementNodes * a.value("estimate.management_node_kw");
    }
    return it;
}

// A power node's rating in kW (kVA at the power factor when it has no kW rating).
double ratingKwOf(const PowerNode& n) {
    return n.ratingKw > 0 ? n.ratingKw : n.ratingKva * kItPowerFactor;
}

bool isMainTransformer(const PowerNode& n) {
    // HV/MV main transformers of the on-site substation: output at medium voltage.
    return n.kind == PowerNodeKind::Transformer && n.voltageV > 1000.0;
}

// Losses of a group of transformers carrying loadKw: no-load loss (a share of the full-load
// loss) on every installed unit, load loss growing with the square of the load fraction.
// Full-load loss of a unit = rating x (1/efficiency - 1).
struct TransformerGroup {
    double ratingKw = 0.0; // sum of kVA x PF
    double fullLoadLossKw = 0.0;
};
double transformerLossKw(const TransformerGroup& g, double loadKw, double noLoadShare) {
    if (g.ratingKw <= 0)
        return 0.0;
    const double x = loadKw / g.ratingKw;
    return g.fullLoadLossKw * (noLoadShare + (1.0 - noLoadShare) * x * x);
}

struct Chain {
    double upsRatingKw = 0.0;
    double upsEfficiency = 1.0; // capacity-weighted, at full load
    bool hasUps = false;
    TransformerGroup lv, hv;
    bool hasLv = false, hasHv = false;
};

Chain chainOf(const Design& design, EstimateAssumptions& a, std::vector<std::string>& notes) {
    Chain c;
    double upsWeighted = 0.0;
    for (const PowerNode& n : design.powerNodes) {
        if ((n.kind == PowerNodeKind::Ups || n.kind == PowerNodeKind::Transformer) &&
            (!(n.efficiency > 0) || n.efficiency > 1.0)) {
            const std::string eff = display::formatSignificantPlain(n.efficiency, 4);
            throw FactoryEstimateError("power node '" + n.name + "' (id " + std::to_string(n.id) +
                                       ") has efficiency " + eff + "; it must be in (0, 1]");
        }
        if (n.kind == PowerNodeKind::Ups) {
            const double kw = std::max(ratingKwOf(n), 0.0);
            c.upsRatingKw += kw;
            upsWeighted += kw * n.efficiency;
            c.hasUps = true;
        } else if (n.kind == PowerNodeKind::Transformer) {
            const double kw = std::max(ratingKwOf(n), 0.0);
            if (isMainTransformer(n)) {
                const double eff = n.efficiency < 1.0
                                       ? n.efficiency
                                       : a.value("estimate.hv_transformer_efficiency");
                c.hv.ratingKw += kw;
                c.hv.fullLoadLossKw += kw * (1.0 / eff - 1.0);
                c.hasHv = true;
            } else {
                const double eff = n.efficiency < 1.0
                                       ? n.efficiency
                                       : 1.0 - a.value("estimate.transformer_loss_fraction");
                c.lv.ratingKw += kw;
                c.lv.fullLoadLossKw += kw * (1.0 / eff - 1.0);
                c.hasLv = true;
            }
        }
    }
    if (c.hasUps && c.upsRatingKw > 0) {
        c.upsEfficiency = upsWeighted / c.upsRatingKw;
    } else if (c.hasUps) {
        c.upsEfficiency = kUpsDoubleConversionEfficiency;
        notes.push_back(tr("Estimate", "the design's UPS have no rating: UPS losses at 95 %"));
    }
    if (a.value("estimate.ups_eco_mode") >= 0.5)
        c.upsEfficiency = a.value("estimate.ups_eco_efficiency");
    if (!c.hasUps)
        notes.push_back(tr("Estimate", "the design has no UPS: no UPS losses counted"));
    if (!c.hasLv)
        notes.push_back(
            tr("Estimate", "the design has no MV/LV transformer: reference losses counted"));
    if (!c.hasHv)
        notes.push_back(tr("Estimate", "the design has no HV/MV substation transformer (grid "
                                       "connection at medium voltage): no substation losses "
                                       "counted"));
    return c;
}

// UPS losses at a load: a fixed share of the full-load losses plus the rest growing with the
// square of the load fraction (docs/estimation.md "UPS efficiency curve").
double upsLossKw(const Chain& c, double loadKw, double fixedShare, double& fraction) {
    if (!c.hasUps || loadKw <= 0)
        return 0.0;
    const double rating = c.upsRatingKw > 0 ? c.upsRatingKw : loadKw;
    fraction = loadKw / rating;
    const double fullLoss = rating * (1.0 / c.upsEfficiency - 1.0);
    return fullLoss * (fixedShare + (1.0 - fixedShare) * fraction * fraction);
}

// The cooling power at one operating point: the ONE call into the cooling model (the cooling
// plant of docs/estimation.md section 3 at the site's design dry- and wet-bulb).
FacilityCooling coolingAt(const CoolingPlant& plant, const DesignAmbient& ambient,
                          double itLoadFraction) {
    const CoolingPower p = plant.at(ambient.dryBulbC, ambient.wetBulbC, itLoadFraction);
    FacilityCooling c;
    c.heatRejectionKw = p.dryCoolerFanKw + p.chillerKw + p.plantPumpKw;
    c.cduPumpKw = p.cduPumpKw;
    c.airFanKw = p.airHandlerKw;
    if (p.unmetHeatKw > 0)
        c.notes.push_back(fill(tr("Estimate", "at the design ambient (%1) %2 kW of heat have no "
                                              "chiller to trim them to the supply temperature "
                                              "(counted as chiller work): add trim chillers or "
                                              "raise the supply temperature"),
                               {ambient.basis, fixed(p.unmetHeatKw, 0)}));
    return c;
}

FacilityPoint facilityAt(const CoolingPlant& plant, const DesignAmbient& ambient, const ItLoad& it,
                         const Chain& chain, double itKw, EstimateAssumptions& a) {
    FacilityPoint p;
    p.itKw = itKw;
    p.ambientC = ambient.dryBulbC;
    const double f = it.designKw() > 0 ? itKw / it.designKw() : 0.0;
    p.cooling = coolingAt(plant, ambient, f);
    // CDU pumps and controls ride on the UPS with the IT.
    p.upsLoadKw = itKw + p.cooling.cduPumpKw;
    p.upsLossKw =
        upsLossKw(chain, p.upsLoadKw, a.value("estimate.ups_fixed_loss_share"), p.upsLoadFraction);
    p.upsEfficiency = p.upsLoadKw > 0 ? p.upsLoadKw / (p.upsLoadKw + p.upsLossKw) : 1.0;
    const double throughLv = itKw + p.upsLossKw + p.cooling.totalKw();
    if (chain.hasLv)
        p.transformerLossKw =
            transformerLossKw(chain.lv, throughLv, a.value("estimate.transformer_no_load_share"));
    else
        p.transformerLossKw = throughLv * a.value("estimate.transformer_loss_fraction");
    const double throughHv = throughLv + p.transformerLossKw;
    if (chain.hasHv)
        p.substationLossKw =
            transformerLossKw(chain.hv, throughHv, a.value("estimate.transformer_no_load_share"));
    p.facilityKw = throughHv + p.substationLossKw;
    return p;
}

} // namespace

std::vector<BreakdownItem> FacilityPoint::breakdownKw(const ItLoad& it, double rackKw) const {
    // English in the engine (JSON, the Estimates dock groups by the prefix); the report and the
    // command line translate them when shown.
    return {{AIFP_TRANSLATE_NOOP("Estimate", "IT: GPU racks"), rackKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "IT: network switches"), it.switchKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "IT: optics"), it.opticsKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "IT: storage and management nodes"),
             it.storageKw + it.managementKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Cooling: heat rejection"), cooling.heatRejectionKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Cooling: CDU pumps"), cooling.cduPumpKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Cooling: air handler fans"), cooling.airFanKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Losses: UPS"), upsLossKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Losses: MV/LV transformers"), transformerLossKw},
            {AIFP_TRANSLATE_NOOP("Estimate", "Losses: HV substation"), substationLossKw}};
}

std::string PowerBasis::itText() const {
    return fill(tr("Estimate", "IT %1 MW design / %2 MW typical"),
                {fixed(itDesignKw / 1000.0, 1), fixed(itTypicalKw / 1000.0, 1)});
}

std::string PowerBasis::facilityText() const {
    return fill(tr("Estimate", "facility %1 MW design (%2 MVA at PF %3, %4 °C) / %5 MW typical"),
                {fixed(facilityDesignKw / 1000.0, 1), fixed(facilityDesignKva / 1000.0, 1),
                 fixed(powerFactor, 2), fixed(designAmbientC, 1),
                 fixed(facilityTypicalKw / 1000.0, 1)});
}

std::string PowerBasis::pueText() const {
    return fill(tr("Estimate", "PUE %1 design / %2 annual"),
                {fixed(pueDesign, 3), fixed(pueAnnual, 3)});
}

PowerBasis computePowerBasis(const Design& design, const Catalog& baseCatalog,
                             EstimateAssumptions& a) {
    const Catalog catalog = baseCatalog.withUserEntries(design.userCatalog);
    PowerBasis b;
    b.it = itLoadOf(design, catalog, a);
    b.notes = b.it.notes;
    b.itDesignKw = b.it.designKw();
    b.itTypicalKw = b.it.typicalKw();
    b.powerFactor = kItPowerFactor;
    const DesignAmbient ambient = designAmbient(design); // the climate library or typed in
    b.designAmbientC = ambient.dryBulbC;
    const Chain chain = chainOf(design, a, b.notes);
    if (b.itDesignKw > 0) {
        const CoolingPlant plant = CoolingPlant::fromDesign(
            design, catalog, CoolingLoad{b.it.liquidDesignKw, b.itDesignKw - b.it.liquidDesignKw});
        b.design = facilityAt(plant, ambient, b.it, chain, b.itDesignKw, a);
        b.typical = facilityAt(plant, ambient, b.it, chain, b.itTypicalKw, a);
        for (const auto& n : b.design.cooling.notes)
            b.notes.push_back(n);
        for (const auto& n : plant.notes())
            b.notes.push_back(n);
        for (const EstimateAssumption& used : plant.assumptions())
            a.note(used); // the cooling plant's estimate.* keys (CoolingPlant.cpp)
        // A year of the site's climate at the typical IT load: the energy-weighted mean cooling
        // power replaces the design-ambient cooling of the typical point (docs/estimation.md
        // 2.1). The electrical losses are kept at their design-ambient value (they move by
        // well under 1 % of the cooling difference).
        const double typicalFraction = b.itTypicalKw / b.itDesignKw;
        const AnnualCooling year = plant.annual(designClimateBins(design), typicalFraction);
        b.coolingAnnualMeanKw = year.meanPowerKw;
        b.wueLPerKwh = year.wueLPerKwh;
        b.pueAnnual =
            (b.typical.facilityKw - b.typical.cooling.totalKw() + year.meanPowerKw) / b.itTypicalKw;
        b.pueAnnualBasis =
            design.site.climateId.empty()
                ? fill(tr("Estimate", "energy-weighted over %1 h of the typed-in design ambient "
                                      "(no climate location: every hour at the design "
                                      "condition), typical IT load"),
                       {fixed(year.hours, 0)})
                : fill(tr("Estimate", "energy-weighted over %1 h of the climate of '%2', typical "
                                      "IT load"),
                       {fixed(year.hours, 0), design.site.climateId});
    }
    b.facilityDesignKw = b.design.facilityKw;
    b.facilityDesignKva = b.facilityDesignKw / b.powerFactor;
    b.facilityTypicalKw = b.typical.facilityKw;
    b.pueDesign = b.itDesignKw > 0 ? b.facilityDesignKw / b.itDesignKw : 0.0;
    return b;
}

PowerBasis computePowerBasis(const Design& design, const Catalog& catalog) {
    EstimateAssumptions a(design.assumptionOverrides);
    return computePowerBasis(design, catalog, a);
}

void setPowerBasisJson(json::Value& o, const PowerBasis& b) {
    const bool any = b.itDesignKw > 0;
    auto orNull = [&](double v) {
        return any && std::isfinite(v) ? json::Value(v) : json::Value();
    };
    o.set("it_design_mw", b.itDesignKw / 1000.0)
        .set("it_typical_mw", b.itTypicalKw / 1000.0)
        .set("facility_design_mw", b.facilityDesignKw / 1000.0)
        .set("facility_design_mva", b.facilityDesignKva / 1000.0)
        .set("facility_typical_mw", b.facilityTypicalKw / 1000.0)
        .set("pue_design", orNull(b.pueDesign))
        .set("pue_annual", orNull(b.pueAnnual))
        .set("pue_annual_basis", b.pueAnnualBasis)
        .set("wue_l_per_kwh", orNull(b.wueLPerKwh))
        .set("power_factor", b.powerFactor)
        .set("design_ambient_c", b.designAmbientC);
}

} // namespace aifp
