#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/RuleRegistry.hpp"
#include "core/validation/ValidationContext.hpp"
#include <cstdint>
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

// One family of validation rules (density, power, cooling, network, geometry): the rules that
// share one prepared model of the design (the power cascade, the cooling graph, the fabric, the
// rack grid). Each rule declares what it reads (RuleSpec::inputs,
// core/validation/RuleRegistry.hpp), so the Validator re-runs a family only when an edit touched
// the inputs of one of its rules.
class RuleFamily {
public:
    virtual ~RuleFamily() = default;
    virtual const char* name() const = 0;
    // The family's rules, in the order it runs them.
    virtual const std::vector<RuleSpec>& rules() const = 0;
    // True when the change touched something one of the rules reads (object kinds, settings,
    // site, catalog). Rack *placement* (position, rotation) is read only by rules that declare
    // rule_input::RackPlacement; the others read a rack's catalog id, hall, row and name.
    bool reads(const DesignChange& change) const { return inputsTouched(inputs(), change); }
    bool readsRackPlacement() const { return (inputs() & rule_input::RackPlacement) != 0; }
    // Pipe and power link routes and lengths are read only by rules that declare them.
    bool readsPipeRoutes() const { return (inputs() & rule_input::PipeRoutes) != 0; }
    bool readsPowerLinkRoutes() const { return (inputs() & rule_input::PowerLinkRoutes) != 0; }
    // The union of the rules' inputs.
    std::uint32_t inputs() const {
        std::uint32_t bits = 0;
        for (const RuleSpec& r : rules())
            bits |= r.inputs;
        return bits;
    }
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
