#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/RuleFamily.hpp"
#include "core/validation/ValidationOptions.hpp"
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

// Runs the rule families (density, power, cooling, network, geometry) over a design.
// validateAll runs everything; revalidate re-runs only the families whose inputs a change
// touched and keeps the cached findings of the others. When racks only moved or rotated, only the
// geometry family runs, and only around the moved racks.
class Validator {
public:
    explicit Validator(const Catalog& catalog, ValidationOptions options = {});
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    ValidationResult validateAll(const Design& design);
    // The design after the change; falls back to validateAll when nothing was validated before.
    ValidationResult revalidate(const Design& design, const DesignChange& change);

    const ValidationOptions& options() const { return options_; }
    // Names of the families the last call re-ran (for tests and diagnostics).
    const std::vector<std::string>& lastRun() const { return lastRun_; }

private:
    struct RackIdentity {
        std::size_t index = 0;
        ObjectId hallId = kNoId;
        ObjectId rowId = kNoId;
        std::string catalogId;
        std::string name;
    };
    bool placementOnly(const Design& design, const DesignChange& change) const;
    void rememberRacks(const Design& design);
    ValidationResult assemble() const;

    const Catalog& catalog_;
    ValidationOptions options_;
    std::vector<std::unique_ptr<RuleFamily>> families_;
    std::vector<std::vector<Finding>> cached_;
    bool validated_ = false;
    std::unordered_map<ObjectId, RackIdentity> racks_;
    std::vector<std::string> lastRun_;
};

} // namespace aifp
