#include "core/generate/FactorySummary.hpp"
#include <algorithm>
#include <limits>
#include <unordered_map>

namespace aifp {

FactorySummary summarizeFactory(const Design& d, const Catalog& catalog) {
    FactorySummary s;
    s.halls = static_cast<int>(d.halls.size());
    s.racks = static_cast<int>(d.racks.size());
    s.power = computePowerBasis(d, catalog);
    s.gpus = s.power.it.gpus;
    for (const NetworkSwitch& sw : d.switches) {
        std::string key =
            sw.role == NetworkRole::Compute
                ? "compute tier " + std::to_string(sw.tier)
                : (sw.role == NetworkRole::StorageInband ? "storage/in-band" : "out-of-band");
        ++s.switchesByTier[key];
    }
    for (const NetworkLink& l : d.networkLinks) {
        ++s.linkBundles;
        s.cables += l.count;
    }
    for (const PowerNode& n : d.powerNodes)
        ++s.powerNodesByKind[toString(n.kind)];
    for (const CoolingNode& n : d.coolingNodes)
        ++s.coolingNodesByKind[toString(n.kind)];
    s.pipes = static_cast<long long>(d.pipes.size());

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
    setPowerBasisJson(v, s.power);
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
