#include "core/validation/RuleRegistry.hpp"
#include "core/validation/CoolingRules.hpp"
#include "core/validation/DensityRules.hpp"
#include "core/validation/GeometryRules.hpp"
#include "core/validation/NetworkRules.hpp"
#include "core/validation/PowerRules.hpp"

namespace aifp {

bool inputsTouched(RuleInputs inputs, const DesignChange& c) {
    using in = RuleInput;
    auto reads = [&](RuleInputs any) { return (inputs.bits & any.bits) != 0; };
    return (reads(in::Racks | in::RackPlacement) && c.touches(ObjectKind::Rack)) ||
           (reads(in::Halls) && c.touches(ObjectKind::Hall)) ||
           (reads(in::PowerNodes) && c.touches(ObjectKind::PowerNode)) ||
           (reads(in::PowerLinks | in::PowerLinkRoutes) && c.touches(ObjectKind::PowerLink)) ||
           (reads(in::CoolingNodes) && c.touches(ObjectKind::CoolingNode)) ||
           (reads(in::Pipes | in::PipeRoutes) && c.touches(ObjectKind::Pipe)) ||
           (reads(in::Switches) && c.touches(ObjectKind::NetworkSwitch)) ||
           (reads(in::NetworkLinks) && c.touches(ObjectKind::NetworkLink)) ||
           (reads(in::Site) && c.siteChanged) || (reads(in::Settings) && c.settingsChanged) ||
           (reads(in::Catalog) && c.catalogChanged);
}

std::vector<std::unique_ptr<RuleFamily>> makeRuleFamilies() {
    std::vector<std::unique_ptr<RuleFamily>> families;
    families.push_back(makeDensityRules());
    families.push_back(makePowerRules());
    families.push_back(makeCoolingRules());
    families.push_back(makeNetworkRules());
    families.push_back(std::make_unique<GeometryRules>());
    return families;
}

const std::vector<RuleSpec>& validationRules() {
    static const std::vector<RuleSpec> all = [] {
        std::vector<RuleSpec> rules;
        for (const auto& family : makeRuleFamilies())
            rules.insert(rules.end(), family->rules().begin(), family->rules().end());
        return rules;
    }();
    return all;
}

const RuleSpec* findRule(std::string_view id) {
    for (const RuleSpec& r : validationRules())
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace aifp
