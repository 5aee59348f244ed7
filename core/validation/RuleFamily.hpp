#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/ValidationContext.hpp"
#include <vector>

namespace aifp {

// What a placement-only edit changed since the last validation: racks moved or rotated (same
// catalog id, hall, row and name), and the pipes and power links whose routes the move dragged
// along (same ends, loop, diameter, rating: only the route and its length differ).
struct PlacementChange {
    std::vector<ObjectId> racks;
    std::vector<std::size_t> pipes;      // indices into design.pipes
    std::vector<std::size_t> powerLinks; // indices into design.powerLinks
};

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
    // Pipe and power link routes and lengths are read only by families that say so here.
    virtual bool readsPipeRoutes() const { return false; }
    virtual bool readsPowerLinkRoutes() const { return false; }
    // Runs every rule of the family on the whole design.
    virtual std::vector<Finding> validate(const ValidationContext& ctx) = 0;
    // After a placement-only edit (nothing else changed since the last validate), returns the
    // updated findings, or false when the family cannot update incrementally. Called on the
    // families that read rack placement; the others that read the routes it changed run whole.
    virtual bool revalidatePlacement(const Design&, const PlacementChange& /*change*/,
                                     std::vector<Finding>& /*out*/) {
        return false;
    }
};

} // namespace aifp
