#pragma once
#include "core/model/PowerNode.hpp"
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// power.*: loads through the distribution cascade (with conversion losses and power factor)
// against ratings, busway/feeder current, single-failure redundancy for the declared scheme,
// and racks without a feed.
std::unique_ptr<RuleFamily> makePowerRules();

// Usable continuous capacity of a node, kW: the smaller of ratingKw and ratingKva x PF, derated
// to the continuous-load factor for breaker-protected distribution (switchboards, PDUs, RPPs,
// busways). 0 when the node has no rating.
double powerCapacityKw(const PowerNode& node, double powerFactor, double continuousLoadFactor);
bool isContinuousDerated(PowerNodeKind kind);

} // namespace aifp
