#pragma once
#include "core/model/DesignSettings.hpp"
#include <map>
#include <string>
#include <vector>

namespace aifp {

class UnitPrices;
class EstimateAssumptions;

// What the total cost of ownership is computed from: the factory estimate's own figures
// (FactoryEstimate.cpp fills it), so build, colocation and cloud are priced on one design.
struct OwnershipInputs {
    Procurement procurement = Procurement::Build;
    int rentTermMonths = 60;
    int tcoHorizonYears = 5;
    double capexUsd = 0.0;       // the whole build capex (FactoryEstimate::capexUsd)
    double opexUsdPerYear = 0.0; // electricity + facility O&M of the built factory
    double itCapexUsd = 0.0;     // GPU systems, network, storage and spares: bought to colocate
    double itDesignKw = 0.0;     // the critical IT load a colocation contract reserves
    double electricityUsdPerYear = 0.0; // the design's IT energy x annual PUE x electricity price
    double annualTokens = 0.0;          // at the per-user speed and utilisation of the estimate
    std::map<std::string, long> gpusBySystem; // catalog system id -> GPUs (cloud instances)
};

// One priced part of the total cost of ownership.
struct OwnershipLine {
    std::string item;
    double quantity = 0.0;
    std::string unit;
    double unitPriceUsd = 0.0;
    std::string priceKey; // the UnitPrices key behind the price ("" for figures of the estimate)
    double totalUsd() const { return quantity * unitPriceUsd; }
};

// Total cost of ownership of one procurement over the horizon (docs/options.md, "Build or
// rent"). The horizon counts years of operation from first token for every option: build pays
// its capex before, rent pays as it goes; the time to first token is compared separately.
struct OwnershipCost {
    Procurement procurement = Procurement::Build;
    int rentTermMonths = 0;
    int tcoHorizonYears = 0;
    double paidMonths = 0.0; // rent: months paid, max(term, horizon): a commitment is paid in full
    double upfrontUsd = 0.0; // before first token: build capex, colocation IT + fit-out, cloud 0
    double tcoUsd = 0.0;     // sums lines
    double horizonTokens = 0.0;
    double costPerMillionTokensUsd = 0.0; // tcoUsd / (horizonTokens / 1e6)
    double leadWeeks = 0.0; // rent: hand-over / capacity lead time (assumption); build: 0
    std::vector<OwnershipLine> lines;
    std::string basis; // what is included, in one line
    std::vector<std::string> excluded;
};

// Throws FactoryEstimateError (via the prices or assumptions) when an override is invalid or a
// cloud price is missing.
OwnershipCost ownershipCost(const OwnershipInputs& in, const UnitPrices& prices,
                            EstimateAssumptions& assumptions);

} // namespace aifp
