#pragma once
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// cooling.*: CDU heat and flow against ratings, CDU redundancy, pipe velocity and pressure drop,
// heat rejection at the design ambient, air handling, supply water temperature, uncooled racks.
class CoolingRules : public RuleFamily {
public:
    const char* name() const override { return "cooling"; }
    const std::vector<RuleSpec>& rules() const override;
    std::vector<Finding> validate(const ValidationContext& ctx) override;
};

// The facility water a dry cooler can deliver: ambient + approach (catalog max_approach_k).
double dryCoolerApproachK(const CoolingNode& node, const Catalog& catalog);

} // namespace aifp
