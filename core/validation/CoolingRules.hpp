#pragma once
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// cooling.*: CDU heat and flow against ratings, CDU redundancy, pipe velocity and pressure drop,
// heat rejection at the design ambient, air handling, supply water temperature, uncooled racks.
std::unique_ptr<RuleFamily> makeCoolingRules();

// The facility water a dry cooler can deliver: ambient + approach (catalog max_approach_k).
double dryCoolerApproachK(const CoolingNode& node, const Catalog& catalog);

} // namespace aifp
