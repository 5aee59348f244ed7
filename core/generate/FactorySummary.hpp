#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <map>

namespace aifp {

// Headline figures of a design, computed from its equipment.
struct FactorySummary {
    long long gpus = 0;
    int racks = 0;
    int halls = 0;
    double rackItKw = 0.0;    // GPU racks at catalog rack power
    double networkItKw = 0.0; // switches at catalog power_kw (assumption)
    double itKw = 0.0;
    double coolingKw = 0.0;         // heat rejection + air handling (duty units)
    double lossKw = 0.0;            // transformer and UPS losses
    double facilityKw = 0.0;        // IT + cooling + losses
    double typicalFacilityKw = 0.0; // at the catalog typical power fraction of the racks
    double pue() const { return itKw > 0.0 ? facilityKw / itKw : 0.0; }
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
