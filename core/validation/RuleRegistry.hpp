#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace aifp {

class RuleFamily;

// What a rule reads: the design parts whose change makes it re-run.
// - Racks: each rack's catalog id, hall, row and name (not its placement).
// - RackPlacement: rack position and rotation. A rule reading it re-runs on any rack change, and
//   its family updates incrementally after a placement-only edit
//   (RuleFamily::revalidatePlacement).
// - PowerLinkRoutes, PipeRoutes: routes and lengths; re-run after a move that re-routed one.
// - Catalog: the user catalog and the assumption overrides.
enum class RuleInput : unsigned {
    Racks,
    RackPlacement,
    Halls,
    PowerNodes,
    PowerLinks,
    PowerLinkRoutes,
    CoolingNodes,
    Pipes,
    PipeRoutes,
    Switches,
    NetworkLinks,
    Site,
    Settings,
    Catalog
};

// A set of inputs.
struct RuleInputs {
    std::uint32_t bits = 0;
    constexpr RuleInputs() = default;
    constexpr RuleInputs(RuleInput i) : bits(1u << static_cast<unsigned>(i)) {}
    constexpr bool has(RuleInput i) const { return (bits & RuleInputs(i).bits) != 0; }
    constexpr bool empty() const { return bits == 0; }
    friend constexpr bool operator==(RuleInputs, RuleInputs) = default;
};
constexpr RuleInputs operator|(RuleInputs a, RuleInputs b) {
    a.bits |= b.bits;
    return a;
}
constexpr RuleInputs operator|(RuleInput a, RuleInput b) {
    return RuleInputs(a) | b;
}

// True when the change touched one of the inputs.
bool inputsTouched(RuleInputs inputs, const DesignChange& change);

// The severities a rule can report, as a set (bit 1 << Severity).
inline constexpr std::uint8_t severityBit(Severity s) {
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(s));
}

// One validation rule as documented in docs/validation.md (tests/core/test_validation_registry.cpp
// checks that the two agree).
struct RuleSpec {
    std::string_view id;        // stable id of its findings, e.g. "power.overload"
    std::string_view family;    // the RuleFamily that runs it
    std::uint8_t severities;    // severityBit of each severity it can report
    RuleInputs inputs;          // what makes it re-run
    std::string_view docAnchor; // heading anchor in docs/validation.md that documents it
    // Where its threshold comes from: reference-data sections ("reference-data.md 2.6"),
    // "ASSUMPTION" for planning defaults of ours, else the design or catalog fields it compares.
    std::string_view source;
};

// A rule and the function that checks it on the prepared state of its family.
template <class State> struct Rule {
    RuleSpec spec;
    void (*check)(const State& state, std::vector<Finding>& out);
};

// The specs of a family's rule table, in table order.
template <class State, std::size_t N> std::vector<RuleSpec> specsOf(const Rule<State> (&rules)[N]) {
    std::vector<RuleSpec> specs;
    specs.reserve(N);
    for (const Rule<State>& r : rules)
        specs.push_back(r.spec);
    return specs;
}

// Runs every rule of a family's table on its prepared state.
template <class State, std::size_t N>
std::vector<Finding> runRules(const Rule<State> (&rules)[N], const State& state) {
    std::vector<Finding> out;
    for (const Rule<State>& r : rules)
        r.check(state, out);
    return out;
}

// The registry: the rule families in the order the Validator runs them (density, power,
// cooling, network, geometry), each with its table of rules.
std::vector<std::unique_ptr<RuleFamily>> makeRuleFamilies();
// Every rule of every family, in that order.
const std::vector<RuleSpec>& validationRules();
// The rule with this id, or nullptr.
const RuleSpec* findRule(std::string_view id);

} // namespace aifp
