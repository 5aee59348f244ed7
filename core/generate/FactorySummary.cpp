#include "core/generate/FactorySummary.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/JsonShapes.hpp"
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
    s.clusters = summarizeClusters(d, catalog);
    return s;
}

std::vector<ClusterSummary> summarizeClusters(const Design& d, const Catalog& catalog) {
    std::vector<ClusterSummary> out;
    std::unordered_map<std::string, std::size_t> byName;
    std::unordered_map<ObjectId, std::size_t> clusterOfHall;
    for (const Hall& h : d.halls) {
        auto [it, inserted] = byName.emplace(h.cluster, out.size());
        if (inserted) {
            out.emplace_back();
            out.back().name = h.cluster;
        }
        ++out[it->second].halls;
        clusterOfHall[h.id] = it->second;
    }
    std::unordered_map<std::string, int> gpusPerRack; // catalog id -> GPUs (0: unknown)
    for (const Rack& r : d.racks) {
        auto c = clusterOfHall.find(r.hallId);
        if (c == clusterOfHall.end())
            continue;
        auto g = gpusPerRack.find(r.catalogId);
        if (g == gpusPerRack.end()) {
            int n = 0;
            try {
                n = systemSpec(catalog, r.catalogId).gpusPerRack;
            } catch (const CatalogError&) {
                n = 0; // counted as a rack without GPUs, as computePowerBasis skips it
            }
            g = gpusPerRack.emplace(r.catalogId, n).first;
        }
        ++out[c->second].racks;
        out[c->second].gpus += g->second;
    }
    for (const NetworkSwitch& sw : d.switches) {
        if (sw.role != NetworkRole::Compute)
            continue;
        auto c = clusterOfHall.find(sw.hallId);
        if (c == clusterOfHall.end())
            continue;
        ++out[c->second].computeSwitches;
        out[c->second].tiers = std::max(out[c->second].tiers, sw.tier);
    }
    return out;
}

json::Value toJson(const std::vector<ClusterSummary>& clusters) {
    return json::arrayOf(clusters, [](const ClusterSummary& c) {
        return json::object({{"name", c.name},
                             {"halls", c.halls},
                             {"racks", c.racks},
                             {"gpus", c.gpus},
                             {"computeSwitches", c.computeSwitches},
                             {"tiers", c.tiers}});
    });
}

std::string describeCluster(const ClusterSummary& c) {
    const std::string name = c.name.empty() ? tr("Generator", "(unnamed cluster)") : c.name;
    return fill(tr("Generator", "%1: %2 hall(s), %3 racks, %4 GPUs, %5 compute switches in %6 "
                                "tiers"),
                {name, std::to_string(c.halls), std::to_string(c.racks), std::to_string(c.gpus),
                 std::to_string(c.computeSwitches), std::to_string(c.tiers)});
}

json::Value toJson(const FactorySummary& s) {
    json::Value v = json::object({{"gpus", s.gpus}, {"racks", s.racks}, {"halls", s.halls}});
    setPowerBasisJson(v, s.power);
    json::setFields(v, {{"switches", json::objectOf(s.switchesByTier)},
                        {"linkBundles", s.linkBundles},
                        {"cables", s.cables},
                        {"powerNodes", json::objectOf(s.powerNodesByKind)},
                        {"coolingNodes", json::objectOf(s.coolingNodesByKind)},
                        {"pipes", s.pipes},
                        {"siteAreaM2", s.siteAreaM2},
                        {"clusters", toJson(s.clusters)}});
    return v;
}

} // namespace aifp
