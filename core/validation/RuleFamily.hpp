#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "core/validation/RuleRegistry.hpp"
#include "core/validation/ValidationContext.hpp"
#include <cstddef>
#include <memory>
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
    // RuleInput::RackPlacement; the others read a rack's catalog id, hall, row and name.
    bool reads(const DesignChange& change) const { return inputsTouched(inputs(), change); }
    bool readsRackPlacement() const { return inputs().has(RuleInput::RackPlacement); }
    // Pipe and power link routes and lengths are read only by rules that declare them.
    bool readsPipeRoutes() const { return inputs().has(RuleInput::PipeRoutes); }
    bool readsPowerLinkRoutes() const { return inputs().has(RuleInput::PowerLinkRoutes); }
    // The union of the rules' inputs.
    RuleInputs inputs() const {
        RuleInputs all;
        for (const RuleSpec& r : rules())
            all = all | r.inputs;
        return all;
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

// A family whose rules are a table of Rule<State>, each checked on one State prepared from the
// validation context (the power cascade, the cooling graph, the fabric...).
template <class State, std::size_t N> class RuleTableFamily final : public RuleFamily {
public:
    RuleTableFamily(const char* name, const Rule<State> (&table)[N])
        : name_(name), table_(table), specs_(specsOf(table)) {}
    const char* name() const override { return name_; }
    const std::vector<RuleSpec>& rules() const override { return specs_; }
    std::vector<Finding> validate(const ValidationContext& ctx) override {
        return runRules(table_, State(ctx));
    }

private:
    const char* name_;
    const Rule<State> (&table_)[N];
    std::vector<RuleSpec> specs_;
};

template <class State, std::size_t N>
std::unique_ptr<RuleFamily> makeRuleTableFamily(const char* name, const Rule<State> (&table)[N]) {
    return std::make_unique<RuleTableFamily<State, N>>(name, table);
}

} // namespace aifp
