#pragma once
#include "core/model/Network.hpp"
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// network.*: compute-fabric connectivity, switch hops, ports, oversubscription per tier, link
// reach per medium, and the bandwidth lost when the worst single switch fails.
class NetworkRules : public RuleFamily {
public:
    const char* name() const override { return "network"; }
    const std::vector<RuleSpec>& rules() const override;
    std::vector<Finding> validate(const ValidationContext& ctx) override;
};

// Maximum reach of a link medium, metres (options: copper, multimode, single-mode FR4).
double linkReachM(LinkMedium medium, const ValidationOptions& options);

} // namespace aifp
