#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct FactoryEstimateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One assumption behind an estimate, shown to the user.
struct EstimateAssumption {
    std::string id; // override key when user-editable (price.*, estimate.*), else descriptive
    std::string text;
    double value = 0.0;
    std::string unit;
    std::string source;
    Confidence confidence = Confidence::Assumption;
};

// The planning assumptions of the power, cooling and cost model ("estimate.*" keys), each with
// its source or an "assumption" label and user-editable through Design::assumptionOverrides.
// docs/estimation.md lists them. value() records every assumption it hands out, once, so the
// caller can show exactly the assumptions a figure rests on.
class EstimateAssumptions {
public:
    explicit EstimateAssumptions(const std::map<std::string, double>& overrides)
        : overrides_(overrides) {}
    // The value of an estimate.* key (the override when the user set one). Throws
    // FactoryEstimateError on an unknown key or an invalid override.
    double value(const std::string& key);
    // Records an assumption that is not an estimate.* key (a derived or descriptive one).
    void note(EstimateAssumption a);
    const std::vector<EstimateAssumption>& used() const { return used_; }

private:
    const std::map<std::string, double>& overrides_;
    std::vector<EstimateAssumption> used_;
};

} // namespace aifp
