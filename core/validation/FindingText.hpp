#pragma once
#include "core/model/ObjectId.hpp"
#include "core/validation/Finding.hpp"
#include <string>
#include <vector>

namespace aifp {

// Helpers shared by the rule families: number formatting, construction, ordering, counting.

// A number with at most `decimals` decimals, trailing zeros removed ("135", "0.95", "2.41").
std::string formatNumber(double value, int decimals = 1);

// "12 (ids 4, 5, 6, ...)" style list of ids, at most `limit` shown.
std::string formatIds(const std::vector<ObjectId>& ids, std::size_t limit = 5);

Finding makeFinding(std::string rule, Severity severity, std::vector<ObjectId> objects,
                    std::string message, std::string fix, std::string source);

// Deterministic order: errors first, then rule id, then objects, then message.
void sortFindings(std::vector<Finding>& findings);

// Builds a result (sorted, counted) from findings.
ValidationResult makeResult(std::vector<Finding> findings);

} // namespace aifp
