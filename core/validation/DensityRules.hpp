#pragma once
#include "core/validation/RuleFamily.hpp"

namespace aifp {

// density.*: rack power against the hall's limit, air-cooled power against the air limit,
// liquid-cooled systems in air-only halls, floor loading; catalog.system for unknown systems.
// Racks of one system in one hall are identical for these rules, so one finding covers them all.
std::unique_ptr<RuleFamily> makeDensityRules();

} // namespace aifp
