#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/RuleFamily.hpp"
#include "core/validation/ValidationContext.hpp"
#include "core/validation/ValidationOptions.hpp"
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aifp {

// Runs the rule registry (core/validation/RuleRegistry.hpp: the families density, power, cooling,
// network, geometry and their rules) over a design. validateAll runs everything; revalidate
// re-runs only the families one of whose rules reads something a change touched and keeps the
// cached findings of the others. When racks only moved or rotated (with the pipe and power link
// routes a move drags along), the geometry family runs only around the moved racks and re-routed
// pipes, the families that read the re-routed routes (cooling: pipe lengths) re-run only the
// rules that read them (RuleFamily::revalidateRoutes), and the others keep their findings. Such
// a run builds nothing over the whole design: the validation context (the id table, the rack
// specs) of the last run is kept, as the ids, kinds and indices of every object are unchanged.

class Validator {
public:
    explicit Validator(const Catalog& catalog, ValidationOptions options = {});
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    ValidationResult validateAll(const Design& design);
    // The design after the change; falls back to validateAll when nothing was validated before.
    ValidationResult revalidate(const Design& design, const DesignChange& change);

    // True when the change may be a placement-only edit (a modification naming racks, pipes and
    // power links alone, nothing design-wide), which revalidate then updates incrementally if
    // the objects' other fields are as validated. Reads the change alone: callers use it to
    // expect a quick run.
    static bool mayBePlacementOnly(const DesignChange& change);

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
    // The change as a placement-only edit, or nothing when it is not one.
    std::optional<PlacementChange> placementOnly(const Design& design,
                                                 const DesignChange& change) const;
    void rememberPlacementInputs(const Design& design);
    ValidationResult assemble() const;
    // A new validation context for design, replacing the kept one (the families forget what
    // they kept of the old one).
    const ValidationContext& freshContext(const Design& design);

    const Catalog& catalog_;
    ValidationOptions options_;
    std::vector<std::unique_ptr<RuleFamily>> families_;
    std::vector<std::vector<Finding>> cached_;
    bool validated_ = false;
    std::unordered_map<ObjectId, RackIdentity> racks_;
    // Pipes and power links as validated, without their routes and lengths (what a move may
    // change), by id: index and the rest of the object.
    std::unordered_map<ObjectId, std::pair<std::size_t, Pipe>> pipes_;
    std::unordered_map<ObjectId, std::pair<std::size_t, PowerLink>> powerLinks_;
    std::vector<std::string> lastRun_;
    // The context of the last run, for placement-only runs on the same design object.
    std::unique_ptr<ValidationContext> context_;
};

} // namespace aifp
