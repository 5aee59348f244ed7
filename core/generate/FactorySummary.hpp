#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <map>

namespace aifp {

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
};

FactorySummary summarizeFactory(const Design& design, const Catalog& catalog);
json::Value toJson(const FactorySummary& s);

} // namespace aifp
