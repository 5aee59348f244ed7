#pragma once
#include "core/util/Json.hpp"
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

// One input swept from low to high with everything else at the design's values.
struct SensitivityDriver {
    std::string input; // "GPU system price"
    std::string key;   // the override key(s) it sets, or the setting it changes
    std::string unit;  // of base/low/high
    double base = 0.0; // the input's value in the design
    double low = 0.0;  // input values swept
    double high = 0.0;
    std::string rangeBasis; // where the range comes from (a source, or "assumption: ...")
    double outputLow = 0.0; // the output at the low / high input
    double outputHigh = 0.0;
    // The range is our assumption, not a source's (the risk register lists the cost drivers
    // that rest on one). Texts (input, rangeBasis) are in the language shown; this is not.
    bool rangeAssumed = false;
    double swing() const; // |outputHigh - outputLow| (0 when either is not finite)
};

struct SensitivityOutput {
    std::string name; // "cost_per_million_tokens", "first_token_weeks"
    std::string unit;
    double base = 0.0;
    std::string baseText;                   // e.g. the first-token date, the currency
    std::vector<SensitivityDriver> drivers; // tornado order: largest swing first
};

struct SensitivityResult {
    std::vector<SensitivityOutput> outputs;
    std::vector<std::string> notes; // drivers skipped and why
};

// Sweeps the inputs a customer asks about (docs/options.md lists each range and its basis):
// cost per million tokens against GPU system price, electricity price, utilisation, per-user
// speed, annual PUE and IT amortisation life; first token against each equipment lead time and
// the construction durations. Each point is a full run of the estimate or the schedule on a copy
// of the design with the input overridden. Throws std::runtime_error when the base design
// cannot be estimated or scheduled.
SensitivityResult sensitivity(const Design& design, const Catalog& catalog);

// {"outputs": [{"name", "unit", "base", "base_text", "drivers": [{"input", "key", "unit", "base",
//  "low", "high", "range_basis", "output_low", "output_high"}]}], "notes": [...]}
json::Value sensitivityJson(const SensitivityResult& r);
std::string sensitivityText(const SensitivityResult& r);

} // namespace aifp
