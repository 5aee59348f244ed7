#include "core/estimate/InterimCooling.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include <algorithm>
#include <cstdio>

namespace aifp {

namespace {

std::string fmt(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

} // namespace

FacilityCooling interimCoolingPowerKw(const Design& design, const Catalog& catalog,
                                      const InterimCoolingLoad& load, double ambientC,
                                      EstimateAssumptions& a) {
    FacilityCooling out;
    std::vector<const CoolingNode*> rejectors, cdus, ahus;
    for (const CoolingNode& n : design.coolingNodes) {
        if (n.kind == CoolingNodeKind::Chiller || n.kind == CoolingNodeKind::DryCooler)
            rejectors.push_back(&n);
        else if (n.kind == CoolingNodeKind::Cdu)
            cdus.push_back(&n);
        else if (n.kind == CoolingNodeKind::AirHandler)
            ahus.push_back(&n);
    }
    // CDU pumps: P = Q * dp / eta, Q from the systems' coolant flow (reference-data.md 1.2
    // coolant notes: 1.5 L/min per kW).
    double headKpa = 0.0;
    for (const CoolingNode* c : cdus)
        headKpa = std::max(headKpa, c->pumpHeadKpa);
    if (load.liquidHeatKw > 0) {
        if (headKpa <= 0)
            headKpa = a.value("estimate.cdu_pump_head_kpa");
        const double eta = a.value("estimate.cdu_pump_efficiency");
        out.cduPumpKw = load.coolantLpm / 60000.0 * headKpa * 1000.0 / eta / 1000.0;
    }
    // Air-handler fans: capacity-weighted kW per kW of air heat of the design's units.
    if (load.airHeatKw > 0) {
        double cap = 0.0, weighted = 0.0;
        for (const CoolingNode* n : ahus) {
            const double w = n->capacityKw > 0 ? n->capacityKw : 1.0;
            cap += w;
            weighted += w * n->powerPerKwHeat;
        }
        double fan = cap > 0 ? weighted / cap : 0.0;
        if (fan <= 0)
            fan = a.value("estimate.air_fan_kw_per_kw");
        out.airFanKw = load.airHeatKw * fan;
    }
    // Heat rejection: everything dissipated in the building, split over the chillers and dry
    // coolers by capacity, each at its kW per kW of heat at the ambient.
    const double heatKw =
        load.liquidHeatKw + load.airHeatKw + load.otherHeatKw + out.cduPumpKw + out.airFanKw;
    if (rejectors.empty()) {
        out.heatRejectionKw = heatKw * a.value("estimate.chiller_kw_per_kw");
        out.notes.push_back("the design has no chiller or dry cooler: heat rejection estimated "
                            "with a water-cooled chiller");
        return out;
    }
    double capSum = 0.0;
    int trimmed = 0;
    std::string trimNote;
    for (const CoolingNode* n : rejectors)
        capSum += n->capacityKw > 0 ? n->capacityKw : 1.0;
    for (const CoolingNode* n : rejectors) {
        const double share = (n->capacityKw > 0 ? n->capacityKw : 1.0) / capSum;
        double perKw = n->powerPerKwHeat;
        if (n->kind == CoolingNodeKind::Chiller && perKw <= 0)
            perKw = a.value("estimate.chiller_kw_per_kw");
        if (n->kind == CoolingNodeKind::DryCooler) {
            const CatalogEntry* e = catalog.find(n->catalogId);
            if (perKw <= 0 && e)
                perKw = e->number("power_per_kw_heat", 0.0);
            double approach = e ? e->number("max_approach_k", 0.0) : 0.0;
            if (approach <= 0)
                approach = a.value("estimate.dry_cooler_approach_k");
            if (n->supplyTempC > 0 && ambientC + approach > n->supplyTempC) {
                // Too hot outside to reach the supply temperature: the shortfall is trimmed by
                // chillers.
                perKw += a.value("estimate.chiller_kw_per_kw");
                if (trimmed++ == 0)
                    trimNote = "dry cooler '" + n->name + "': ambient " + fmt(ambientC) +
                               " C + approach " + fmt(approach) +
                               " K exceeds its supply temperature " + fmt(n->supplyTempC) +
                               " C; chiller trim power added";
            }
        }
        out.heatRejectionKw += heatKw * share * perKw;
    }
    if (trimmed > 1)
        trimNote += " (and " + std::to_string(trimmed - 1) + " more dry coolers)";
    if (trimmed > 0)
        out.notes.push_back(trimNote);
    return out;
}

} // namespace aifp
