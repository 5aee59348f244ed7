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
    // After a placement-only edit that re-routed pipes or power links (nothing else changed
    // since this family's last validate, on the same ctx), re-runs only the rules that read the
    // re-routed routes and returns the family's updated findings; false when it cannot (the
    // Validator then runs validate). Called on the families that read those routes.
    virtual bool revalidateRoutes(const ValidationContext& /*ctx*/,
                                  const PlacementChange& /*change*/,
                                  std::vector<Finding>& /*out*/) {
        return false;
    }
    // The context of the last validate is gone: forget what was kept of it.
    virtual void dropKept() {}
};

// A family state that can follow re-routed pipes and power links without being built again
// (the cooling graph: only the pressure drops change).
template <class State>
concept ReroutableState = requires(State& s, const PlacementChange& c) {
    s.rerouted(c);
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
        if constexpr (ReroutableState<State>) {
            // Kept, with each rule's findings, for revalidateRoutes.
            kept_ = std::make_unique<State>(ctx);
            keptContext_ = &ctx;
            perRule_.assign(N, {});
            for (std::size_t i = 0; i < N; ++i)
                table_[i].check(*kept_, perRule_[i]);
            return joined();
        } else {
            return runRules(table_, State(ctx));
        }
    }
    bool revalidateRoutes(const ValidationContext& ctx, const PlacementChange& change,
                          std::vector<Finding>& out) override {
        if constexpr (ReroutableState<State>) {
            if (!kept_ || keptContext_ != &ctx)
                return false;
            kept_->rerouted(change);
            for (std::size_t i = 0; i < N; ++i) {
                const RuleInputs in = table_[i].spec.inputs;
                if ((!change.pipes.empty() && in.has(RuleInput::PipeRoutes)) ||
                    (!change.powerLinks.empty() && in.has(RuleInput::PowerLinkRoutes))) {
                    perRule_[i].clear();
                    table_[i].check(*kept_, perRule_[i]);
                }
            }
            out = joined();
            return true;
        } else {
            (void)ctx;
            (void)change;
            (void)out;
            return false;
        }
    }
    void dropKept() override {
        if constexpr (ReroutableState<State>) {
            kept_.reset();
            keptContext_ = nullptr;
            perRule_.clear();
        }
    }

private:
    std::vector<Finding> joined() const {
        std::vector<Finding> out;
        for (const auto& f : perRule_)
            out.insert(out.end(), f.begin(), f.end());
        return out;
    }

    const char* name_;
    const Rule<State> (&table_)[N];
    std::vector<RuleSpec> specs_;
    // A reroutable family's state and each rule's findings, as of its last validate.
    std::unique_ptr<State> kept_;
    const ValidationContext* keptContext_ = nullptr;
    std::vector<std::vector<Finding>> perRule_;
};

template <class State, std::size_t N>
std::unique_ptr<RuleFamily> makeRuleTableFamily(const char* name, const Rule<State> (&table)[N]) {
    return std::make_unique<RuleTableFamily<State, N>>(name, table);
}

} // namespace aifp
