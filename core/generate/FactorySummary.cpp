#include "core/generate/FactorySummary.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include <algorithm>
#include <limits>
#include <unordered_map>

namespace aifp {

FactorySummary summarizeFactory(const Design& d, const Catalog& catalog) {
    FactorySummary s;
    s.halls = static_cast<int>(d.halls.size());
    s.racks = static_cast<int>(d.racks.size());
    std::unordered_map<std::string, SystemSpec> specs;
    double typicalRackKw = 0.0;
    for (const Rack& r : d.racks) {
        auto it = specs.find(r.catalogId);
        if (it == specs.end())
            it = specs.emplace(r.catalogId, systemSpec(catalog, r.catalogId)).first;
        s.gpus += it->second.gpusPerRack;
        s.rackItKw += it->second.rackPowerKw;
        typicalRackKw += it->second.rackPowerKw * it->second.typicalPowerFraction;
    }
    for (const NetworkSwitch& sw : d.switches) {
        if (const CatalogEntry* e = sw.catalogId.empty() ? nullptr : catalog.find(sw.catalogId))
            s.networkItKw += e->number("power_kw", 0.0);
        std::string key =
            sw.role == NetworkRole::Compute
                ? "compute tier " + std::to_string(sw.tier)
                : (sw.role == NetworkRole::StorageInband ? "storage/in-band" : "out-of-band");
        ++s.switchesByTier[key];
    }
    s.itKw = s.rackItKw + s.networkItKw;
    for (const NetworkLink& l : d.networkLinks) {
        ++s.linkBundles;
        s.cables += l.count;
    }
    for (const PowerNode& n : d.powerNodes)
        ++s.powerNodesByKind[toString(n.kind)];
    for (const CoolingNode& n : d.coolingNodes)
        ++s.coolingNodesByKind[toString(n.kind)];
    s.pipes = static_cast<long long>(d.pipes.size());

    // Cooling power at the design ambient and design IT load: the cooling plant model
    // (docs/estimation.md "Cooling plant"), the same one the estimate uses.
    if (s.itKw > 0.0) {
        try {
            const CoolingPlant plant = CoolingPlant::fromDesign(d, catalog);
            const DesignAmbient amb = designAmbient(d);
            s.coolingKw = plant.at(amb.dryBulbC, amb.wetBulbC, 1.0).totalKw();
        } catch (const CoolingPlantError&) {
            s.coolingKw = 0.0; // no heat known (no rack or switch power in the catalog)
        }
    }

    // Losses: IT through the UPS and transformers of its paths; cooling through the mechanical
    // transformers. Capacity-weighted efficiencies of the equipment.
    double upsCap = 0.0, upsW = 0.0, txCap = 0.0, txW = 0.0;
    for (const PowerNode& n : d.powerNodes) {
        if (n.kind == PowerNodeKind::Ups) {
            upsCap += n.ratingKw;
            upsW += n.ratingKw * n.efficiency;
        } else if (n.kind == PowerNodeKind::Transformer) {
            txCap += n.ratingKva;
            txW += n.ratingKva * n.efficiency;
        }
    }
    const double upsEff = upsCap > 0.0 ? upsW / upsCap : 1.0;
    const double txEff = txCap > 0.0 ? txW / txCap : 1.0;
    const double itAtGrid = s.itKw / (upsEff * txEff);
    const double coolAtGrid = s.coolingKw / txEff;
    s.lossKw = (itAtGrid - s.itKw) + (coolAtGrid - s.coolingKw);
    s.facilityKw = s.itKw + s.coolingKw + s.lossKw;
    const double typicalIt = typicalRackKw + s.networkItKw;
    s.typicalFacilityKw = s.itKw > 0.0 ? s.facilityKw * typicalIt / s.itKw : 0.0;

    double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
    for (const Hall& h : d.halls) {
        minX = std::min(minX, h.originXM);
        minY = std::min(minY, h.originYM);
        maxX = std::max(maxX, h.originXM + h.widthM);
        maxY = std::max(maxY, h.originYM + h.depthM);
    }
    for (const PowerNode& n : d.powerNodes) {
        minX = std::min(minX, n.positionM.xM);
        minY = std::min(minY, n.positionM.yM);
        maxX = std::max(maxX, n.positionM.xM);
        maxY = std::max(maxY, n.positionM.yM);
    }
    if (!d.halls.empty())
        s.siteAreaM2 = (maxX - minX) * (maxY - minY);
    return s;
}

json::Value toJson(const FactorySummary& s) {
    json::Value v = json::Value::object();
    v.set("gpus", s.gpus);
    v.set("racks", s.racks);
    v.set("halls", s.halls);
    v.set("rackItMw", s.rackItKw / 1000.0);
    v.set("networkItMw", s.networkItKw / 1000.0);
    v.set("itMw", s.itKw / 1000.0);
    v.set("coolingMw", s.coolingKw / 1000.0);
    v.set("lossMw", s.lossKw / 1000.0);
    v.set("facilityMw", s.facilityKw / 1000.0);
    v.set("typicalFacilityMw", s.typicalFacilityKw / 1000.0);
    v.set("pue", s.pue());
    json::Value sw = json::Value::object();
    for (const auto& [k, n] : s.switchesByTier)
        sw.set(k, n);
    v.set("switches", sw);
    v.set("linkBundles", s.linkBundles);
    v.set("cables", s.cables);
    json::Value pn = json::Value::object();
    for (const auto& [k, n] : s.powerNodesByKind)
        pn.set(k, n);
    v.set("powerNodes", pn);
    json::Value cn = json::Value::object();
    for (const auto& [k, n] : s.coolingNodesByKind)
        cn.set(k, n);
    v.set("coolingNodes", cn);
    v.set("pipes", s.pipes);
    v.set("siteAreaM2", s.siteAreaM2);
    return v;
}

} // namespace aifp
