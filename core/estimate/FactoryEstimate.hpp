#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include "core/estimate/EstimateAssumptions.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/OwnershipCost.hpp"
#include "core/estimate/PowerBasis.hpp"
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

struct FactoryEstimateOptions {
    std::string modelId;   // empty: design.settings.modelId
    std::string scenario;  // empty: design.settings.scenario
    std::string precision; // empty: design.settings.precision
};

// One priced line of the capital cost.
struct CapexLine {
    std::string category; // "GPU systems", "Network", "HV substation", "Power chain", ...
    std::string item;
    double quantity = 0.0;
    std::string unit;
    double unitPriceUsd = 0.0;
    std::string priceKey; // the UnitPrices / assumption key behind the price
    std::string source;
    double totalUsd() const { return quantity * unitPriceUsd; }
};

// How one system type of the design serves the model: the estimator's answer for a block of
// gpusPerBlock GPUs (one system, or as many as the model needs), at the design's scenario
// (capacity) and at the per-user speed the cost is quoted at (service). The factory holds
// `blocks` such blocks (whole ones per cluster). ServingText.hpp says it in words.
struct ServedSystem {
    std::string systemId;
    int gpusPerBlock = 0;
    int blocks = 0;
    InferenceResult capacity;
    InferenceResult service;
};

// Whole-factory estimate: power basis, tokens/s, capex and cost per token
// (docs/estimation.md).
struct FactoryEstimate {
    int gpus = 0;
    int racks = 0;   // rack positions holding a GPU system
    int systems = 0; // GPU systems (NVL72 racks, DGX servers)
    std::string modelId, scenario, precision;

    PowerBasis basis; // the power figures, defined once (PowerBasis.hpp)

    double tokensPerSecond = 0.0;
    double ttftMs = 0.0; // worst over the system types
    double tpotMs = 0.0;
    double userTokensPerS = 0.0;         // the per-user speed the cost is quoted at (requested)
    double serviceTokensPerSecond = 0.0; // tokens/s of the factory at that per-user speed
    double servedUserTokensPerS = 0.0;   // what each user gets at that point
    bool serviceMet = true;              // false: batch 1 is slower than the speed asked
    std::string serviceBasis;            // how tokens/s relate to the per-user speed
    double tokensPerSecondPerMw = 0.0;   // per MW of facility power at typical load
    double joulesPerToken = 0.0;         // facility energy at typical load per token
    double utilization = 0.0;
    double annualTokens = 0.0;    // at the per-user speed (serviceTokensPerSecond) x utilisation
    double annualEnergyMwh = 0.0; // typical IT x annual PUE x 8760 h
    double errorBandFraction = 0.0;
    std::vector<ServedSystem> serving; // per GPU system type: replica shape and step breakdown

    double capexUsd = 0.0;
    double opexUsdPerYear = 0.0;
    double costPerMillionTokensUsd = 0.0;
    std::string currency = "USD"; // Design::document.currency
    std::string priceDate;        // Design::document.priceDate (ISO), "" when not stated
    std::string costBasis;        // the basis printed with the cost per token

    std::vector<BreakdownItem> powerBreakdownKw;  // at the design point (sums to facility design)
    std::vector<BreakdownItem> capexBreakdownUsd; // by category
    std::vector<CapexLine> capexLines;            // every priced line (sums to capexUsd)
    std::vector<std::string> capexExclusions;     // what the capex does not include
    std::vector<BreakdownItem> annualCostBreakdownUsd; // amortisation + opex per year
    // Total cost of ownership over the horizon under the design's procurement (build,
    // colocation or cloud: DesignSettings::procurement); the figures above are the design built.
    OwnershipCost ownership;
    // What it was priced from (the procurement is the design's): ownershipUnder prices the same
    // design under another procurement.
    OwnershipInputs ownershipInputs;

    std::vector<EstimateAssumption> assumptions;
    std::vector<std::string> notes; // racks skipped, fallbacks, ...
};

// Throws FactoryEstimateError when the design has no GPU racks, or names an unknown
// model/scenario/precision, or a price override is invalid.
FactoryEstimate estimateFactory(const Design& design, const Catalog& catalog,
                                const FactoryEstimateOptions& options);

// The total cost of ownership of the estimated design under procurement p: what estimateFactory
// gives for a copy of the design whose settings.procurement is p (nothing else in the estimate
// depends on the procurement), without estimating again. design is the one e was estimated from
// (its price and assumption overrides). Throws FactoryEstimateError as estimateFactory would.
OwnershipCost ownershipUnder(const FactoryEstimate& e, const Design& design, Procurement p);

// Land area the capex prices: the bounding box of the halls and the yard equipment (power and
// cooling nodes), plus a 20 m setback on every side (assumption: roads, fence, landscaping).
double siteLandAreaM2(const Design& design);

} // namespace aifp
