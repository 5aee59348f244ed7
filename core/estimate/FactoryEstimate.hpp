#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

struct FactoryEstimateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct FactoryEstimateOptions {
    std::string modelId;   // empty: design.settings.modelId
    std::string scenario;  // empty: design.settings.scenario
    std::string precision; // empty: design.settings.precision
};

// One assumption behind the estimate, shown to the user.
struct EstimateAssumption {
    std::string id; // override key when user-editable (price.*, estimate.*), else descriptive
    std::string text;
    double value = 0.0;
    std::string unit;
    std::string source;
    Confidence confidence = Confidence::Assumption;
};

struct BreakdownItem {
    std::string label;
    double value = 0.0; // kW for power, USD for cost
};

// Whole-factory estimate: power, PUE, tokens/s, cost (docs/estimation.md).
struct FactoryEstimate {
    int gpus = 0;
    int racks = 0;   // rack positions holding a GPU system
    int systems = 0; // GPU systems (NVL72 racks, DGX servers)
    std::string modelId, scenario, precision;

    double itDesignKw = 0.0;  // sum of rack_power_kw + network switches
    double itTypicalKw = 0.0; // racks x typical_power_fraction + network switches
    double networkKw = 0.0;
    double heatRejectionKw = 0.0; // chillers / dry coolers at the design ambient
    double cduPumpKw = 0.0;
    double airFanKw = 0.0;
    double upsLossKw = 0.0;
    double transformerLossKw = 0.0;
    double facilityKw = 0.0; // at typical IT load
    double pue = 0.0;        // facilityKw / itTypicalKw

    double tokensPerSecond = 0.0;
    double ttftMs = 0.0; // worst over the system types
    double tpotMs = 0.0;
    double tokensPerSecondPerMw = 0.0; // per MW of facility power
    double joulesPerToken = 0.0;
    double utilization = 0.0;
    double annualTokens = 0.0;
    double errorBandFraction = 0.0;

    double capexUsd = 0.0;
    double opexUsdPerYear = 0.0;
    double costPerMillionTokensUsd = 0.0;

    std::vector<BreakdownItem> powerBreakdownKw;
    std::vector<BreakdownItem> capexBreakdownUsd;
    std::vector<BreakdownItem> annualCostBreakdownUsd; // amortisation + opex per year
    std::vector<EstimateAssumption> assumptions;
    std::vector<std::string> notes; // racks skipped, fallbacks, ...
};

// Throws FactoryEstimateError when the design has no GPU racks, or names an unknown
// model/scenario/precision, or a price override is invalid.
FactoryEstimate estimateFactory(const Design& design, const Catalog& catalog,
                                const FactoryEstimateOptions& options);

} // namespace aifp
