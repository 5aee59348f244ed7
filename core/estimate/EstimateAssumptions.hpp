#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include "core/i18n/Translate.hpp"
#include <algorithm>
#include <cmath>
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

// The default of one planning assumption, user-editable under its key through
// Design::assumptionOverrides.
struct AssumptionDefault {
    const char* key;
    const char* text; // English, marked for the "EstimateAssumption" catalogue
    double value;
    const char* unit;
    const char* source;
    Confidence confidence;
    bool zeroAllowed; // 0 is a meaningful value (a switch or an empty share)
};

// The value of assumption d: the user's override when `overrides` holds one, else the default;
// recorded once in `used` (in the language shown). An override that is not finite, is negative,
// or is 0 where 0 is not allowed is refused: throws Error naming the key.
template <class Error>
double assumptionValue(const AssumptionDefault& d, const std::map<std::string, double>& overrides,
                       std::vector<EstimateAssumption>& used) {
    double v = d.value;
    std::string source = d.source;
    Confidence c = d.confidence;
    if (auto it = overrides.find(d.key); it != overrides.end()) {
        v = it->second;
        if (!std::isfinite(v) || v < 0 || (v == 0 && !d.zeroAllowed))
            throw Error(std::string("assumption override '") + d.key + "' must be a " +
                        (d.zeroAllowed ? "non-negative" : "positive") + " number");
        source = tr("Estimate", "user override");
        c = Confidence::Assumption;
    }
    if (std::none_of(used.begin(), used.end(),
                     [&](const EstimateAssumption& a) { return a.id == d.key; }))
        used.push_back({d.key, tr("EstimateAssumption", d.text), v, d.unit, source, c});
    return v;
}

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
