#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <map>
#include <string>
#include <vector>

namespace aifp {

// One cluster of a campus (issue 15): the halls that share one compute fabric (Hall::cluster).
struct ClusterSummary {
    std::string name; // as stored; "" = the campus's one unnamed cluster
    int halls = 0;
    int racks = 0;
    long long gpus = 0;      // racks whose system the catalog knows
    int computeSwitches = 0; // compute-fabric switches placed in its halls
    int tiers = 0;           // highest compute tier among them
};

// Headline figures of a design, computed from its equipment.
struct FactorySummary {
    long long gpus = 0;
    int racks = 0;
    int halls = 0;
    PowerBasis power; // IT and facility power, design and typical (PowerBasis.hpp)
    std::map<std::string, int> switchesByTier; // "compute tier 1", "storage", "out-of-band", ...
    long long linkBundles = 0;
    long long cables = 0;
    std::map<std::string, int> powerNodesByKind;
    std::map<std::string, int> coolingNodesByKind;
    long long pipes = 0;
    double siteAreaM2 = 0.0;
    std::vector<ClusterSummary> clusters; // summarizeClusters
};

// The clusters of a design in the order their first hall appears (every design has at least one
// when it has halls).
std::vector<ClusterSummary> summarizeClusters(const Design& design, const Catalog& catalog);
json::Value toJson(const std::vector<ClusterSummary>& clusters);
// "Cluster 2: 5 halls, 1800 racks, 129600 GPUs, 7632 compute switches in 3 tiers" in the display
// language (the stored name as is; the unnamed cluster as "(unnamed cluster)").
std::string describeCluster(const ClusterSummary& cluster);

FactorySummary summarizeFactory(const Design& design, const Catalog& catalog);
json::Value toJson(const FactorySummary& s);

} // namespace aifp
