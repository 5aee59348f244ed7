#pragma once
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// density.*: rack power against the hall's limit, air-cooled power against the air limit,
// liquid-cooled systems in air-only halls, floor loading; catalog.system for unknown systems.
// Racks of one system in one hall are identical for these rules, so one finding covers them all.
class DensityRules : public RuleFamily {
public:
    const char* name() const override { return "density"; }
    const std::vector<RuleSpec>& rules() const override;
    std::vector<Finding> validate(const ValidationContext& ctx) override;
};

} // namespace aifp
