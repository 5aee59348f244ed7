#pragma once
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace aifp {

class RuleFamily;

// What a rule reads: the design parts whose change makes it re-run (bits of RuleSpec::inputs).
namespace rule_input {
inline constexpr std::uint32_t Racks = 1u << 0; // catalog id, hall, row, name of each rack
// Rack position and rotation. A rule reading it re-runs on any rack change, and its family
// updates incrementally after a placement-only edit (RuleFamily::revalidatePlacement).
inline constexpr std::uint32_t RackPlacement = 1u << 1;
inline constexpr std::uint32_t Halls = 1u << 2;
inline constexpr std::uint32_t PowerNodes = 1u << 3;
inline constexpr std::uint32_t PowerLinks = 1u << 4;
// Routes and lengths of power links: re-run after a move that re-routed one.
inline constexpr std::uint32_t PowerLinkRoutes = 1u << 5;
inline constexpr std::uint32_t CoolingNodes = 1u << 6;
inline constexpr std::uint32_t Pipes = 1u << 7;
// Routes and lengths of pipes: re-run after a move that re-routed one.
inline constexpr std::uint32_t PipeRoutes = 1u << 8;
inline constexpr std::uint32_t Switches = 1u << 9;
inline constexpr std::uint32_t NetworkLinks = 1u << 10;
inline constexpr std::uint32_t Site = 1u << 11;
inline constexpr std::uint32_t Settings = 1u << 12;
inline constexpr std::uint32_t Catalog = 1u << 13; // the user catalog and assumption overrides
} // namespace rule_input

// True when the change touched one of the inputs (rule_input bits).
bool inputsTouched(std::uint32_t inputs, const DesignChange& change);

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
    std::uint32_t inputs;       // rule_input bits: what makes it re-run
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
