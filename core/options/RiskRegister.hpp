#pragma once
#include "core/util/Json.hpp"
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;
struct SensitivityResult;

// One risk of the proposal, derived from the engines (never typed by hand): long-lead items
// that move first token, findings of the validator, figures resting on assumptions or on an
// extrapolated estimate, and the fast-track levers the design relies on. docs/options.md gives
// the rating rules.
struct Risk {
    std::string category;    // "long lead", "design finding", "estimate", "fast track", ...
    std::string title;       // one line
    std::string detail;      // the figures behind it
    std::string probability; // low | medium | high | certain
    std::string impact;      // low | medium | high
    std::string impactText;  // quantified where the engines can ("first token +12.0 weeks")
    std::string owner;       // role that owns the risk
    std::string mitigation;
    int score() const; // probability rank (1-4) x impact rank (1-3): the register's order
};

// The register, highest score first. sens is the design's sensitivity (Sensitivity.hpp), whose
// lead-time and cost drivers the long-lead and assumption risks are read from.
std::vector<Risk> riskRegister(const Design& design, const Catalog& catalog,
                               const SensitivityResult& sens);

// {"risks": [{"rank", "category", "title", "detail", "probability", "impact", "impact_text",
//  "owner", "mitigation", "score"}]}
json::Value riskRegisterJson(const std::vector<Risk>& risks);
std::string riskRegisterText(const std::vector<Risk>& risks);

} // namespace aifp
