#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/ValidationContext.hpp"
#include <vector>

namespace aifp {

// One family of validation rules (density, power, cooling, network, geometry). A family declares
// what it reads so the Validator re-runs it only when an edit touched its inputs.
class RuleFamily {
public:
    virtual ~RuleFamily() = default;
    virtual const char* name() const = 0;
    // True when the change touched something this family reads (object kinds, settings, site,
    // catalog). Rack *placement* (position, rotation) is read only by families that say so in
    // readsRackPlacement; the others read a rack's catalog id, hall, row and name.
    virtual bool reads(const DesignChange& change) const = 0;
    virtual bool readsRackPlacement() const { return false; }
    // Runs every rule of the family on the whole design.
    virtual std::vector<Finding> validate(const ValidationContext& ctx) = 0;
    // After racks moved or rotated (nothing else changed since the last validate), returns the
    // updated findings, or false when the family cannot update incrementally.
    virtual bool revalidatePlacement(const Design&, const std::vector<ObjectId>& /*movedRacks*/,
                                     std::vector<Finding>& /*out*/) {
        return false;
    }
};

} // namespace aifp
