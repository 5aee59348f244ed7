#pragma once
#include "core/model/Network.hpp"
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// network.*: compute-fabric connectivity, switch hops, ports, oversubscription per tier, link
// reach per medium, and the bandwidth lost when the worst single switch fails.
std::unique_ptr<RuleFamily> makeNetworkRules();

// Maximum reach of a link medium, metres (options: copper, multimode, single-mode FR4).
double linkReachM(LinkMedium medium, const ValidationOptions& options);

} // namespace aifp
