#include "core/validation/PowerRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/validation/FindingText.hpp"
#include "core/validation/PowerModel.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace aifp {

namespace {

const char* kPfSource = "reference-data.md 3.2 (IT power factor 0.95, UNVERIFIED planning default)";
const char* kDerateSource = "NEC 210.19(A)/215.2(A) continuous-load practice (80 % of rating)";

std::string nodeLabel(const PowerNode& n) {
    return std::string(toString(n.kind)) + " '" + n.name + "' (id " + std::to_string(n.id) + ")";
}

std::string limitText(const PowerNode& n, double pf, double factor) {
    std::string s = formatNumber(powerCapacityKw(n, pf, factor)) + " kW";
    if (isContinuousDerated(n.kind))
        s += fill(tr("Validation", " (%1 % continuous-load limit of %2 kW)"),
                  {formatNumber(factor * 100, 0), formatNumber(powerCapacityKw(n, pf, 1.0))});
    if (n.ratingKva > 0)
        s += fill(tr("Validation", " [rating %1 kVA at PF %2]"),
                  {formatNumber(n.ratingKva), formatNumber(pf, 2)});
    return s;
}

} // namespace

bool isContinuousDerated(PowerNodeKind kind) {
    return kind == PowerNodeKind::LvSwitchboard || kind == PowerNodeKind::Pdu ||
           kind == PowerNodeKind::Rpp || kind == PowerNodeKind::Busway;
}

double powerCapacityKw(const PowerNode& node, double powerFactor, double continuousLoadFactor) {
    double kw = 0.0;
    if (node.ratingKw > 0)
        kw = node.ratingKw;
    if (node.ratingKva > 0)
        kw = kw > 0 ? std::min(kw, node.ratingKva * powerFactor) : node.ratingKva * powerFactor;
    if (isContinuousDerated(node.kind))
        kw *= continuousLoadFactor;
    return kw;
}

namespace {

// What every power rule reads: the cascade with the racks' loads and its normal state.
struct PowerState {
    explicit PowerState(const ValidationContext& c)
        : ctx(c), d(c.design()), pf(c.options().itPowerFactor),
          factor(c.options().continuousLoadFactor), rackKw(rackLoads(c)),
          model(d, rackKw, &c.index()), base(model.compute()), overloadedBase(overloaded()) {}

    static std::vector<double> rackLoads(const ValidationContext& c) {
        std::vector<double> kw(c.design().racks.size(), 0.0);
        for (std::size_t i = 0; i < kw.size(); ++i)
            if (const SystemSpec* s = c.spec(i))
                kw[i] = s->rackPowerKw; // catalog rack_power_kw: the rack's maximum draw
        return kw;
    }
    std::vector<char> overloaded() const {
        std::vector<char> flags(d.powerNodes.size(), 0);
        for (std::size_t i = 0; i < flags.size(); ++i) {
            const double cap = powerCapacityKw(d.powerNodes[i], pf, factor);
            flags[i] = cap > 0 && base.outKw[i] > cap + 1e-9;
        }
        return flags;
    }

    const ValidationContext& ctx;
    const Design& d;
    const double pf;
    const double factor;
    const std::vector<double> rackKw;
    const PowerModel model;
    const PowerModel::State base;
    const std::vector<char> overloadedBase; // per node: over its limit with nothing failed
};

// Racks without any feed: one finding per hall.
void unfedRack(const PowerState& st, std::vector<Finding>& out) {
    std::map<ObjectId, std::vector<ObjectId>> unfedByHall;
    for (std::size_t r : st.model.unfedRacks())
        unfedByHall[st.d.racks[r].hallId].push_back(st.d.racks[r].id);
    for (const auto& [hallId, ids] : unfedByHall)
        out.push_back(makeFinding(
            "power.unfed_rack", Severity::Error, ids,
            fill(tr("Validation",
                    "%1 rack(s) in hall id %2 have no power link from any power node: %3"),
                 {std::to_string(ids.size()), std::to_string(hallId), formatIds(ids)}),
            tr("Validation", "Connect each rack to a busway, PDU or RPP (two feeds from different "
                             "paths for 2N)."),
            "design power links"));
}

void overload(const PowerState& st, std::vector<Finding>& out) {
    const auto& nodes = st.d.powerNodes;
    if (!st.model.cycleNodes().empty()) {
        std::vector<ObjectId> ids;
        for (int i : st.model.cycleNodes())
            ids.push_back(nodes[i].id);
        out.push_back(makeFinding(
            "power.overload", Severity::Error, ids,
            fill(tr("Validation", "power links form a loop through %1 node(s): %2; loads cannot "
                                  "be computed through them"),
                 {std::to_string(ids.size()), formatIds(ids)}),
            tr("Validation", "Remove the link that feeds a node from its own downstream."),
            "design power links"));
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!st.overloadedBase[i])
            continue;
        const PowerNode& n = nodes[i];
        const double cap = powerCapacityKw(n, st.pf, st.factor);
        const double kw = st.base.outKw[i];
        out.push_back(makeFinding(
            "power.overload", Severity::Error, {n.id},
            fill(tr("Validation", "%1 carries %2 kW (%3 kVA at PF %4, including downstream "
                                  "conversion losses), above its limit of %5; utilization %6 %"),
                 {nodeLabel(n), formatNumber(kw), formatNumber(kw / st.pf), formatNumber(st.pf, 2),
                  limitText(n, st.pf, st.factor), formatNumber(100 * kw / cap, 0)}),
            fill(tr("Validation",
                    "Add parallel capacity, move load to another %1, or use a larger rating."),
                 {toString(n.kind)}),
            isContinuousDerated(n.kind) ? std::string(kDerateSource) + "; " + kPfSource
                                        : std::string("node rating; ") + kPfSource));
    }
}

// Busways and feeders with a current rating, then links with their own ampacity (the share of
// the child's input they carry).
void current(const PowerState& st, std::vector<Finding>& out) {
    const auto& nodes = st.d.powerNodes;
    const double pf = st.pf, factor = st.factor;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode& n = nodes[i];
        if (n.currentRatingA <= 0 || n.voltageV <= 0)
            continue;
        const double kw = st.base.outKw[i];
        const double amps = threePhaseCurrentA(kw, n.voltageV, pf);
        const double limitA = n.currentRatingA * factor;
        if (amps > limitA + 1e-9)
            out.push_back(makeFinding(
                "power.current", Severity::Error, {n.id},
                fill(tr("Validation", "%1 carries %2 A (%3 kW at %4 V three-phase, PF %5), "
                                      "above %6 A (%7 % of its %8 A rating)"),
                     {nodeLabel(n), formatNumber(amps, 0), formatNumber(kw),
                      formatNumber(n.voltageV, 0), formatNumber(pf, 2), formatNumber(limitA, 0),
                      formatNumber(factor * 100, 0), formatNumber(n.currentRatingA, 0)}),
                tr("Validation",
                   "Split the load over more busways/feeders or use a higher ampacity."),
                std::string(kDerateSource) + "; " + kPfSource));
    }
    std::vector<int> rackFeedCount(st.d.racks.size(), 0);
    for (const auto& g : st.model.groups())
        for (std::size_t r : g.racks)
            rackFeedCount[r] = static_cast<int>(g.feeds.size());
    for (const PowerLink& l : st.d.powerLinks) {
        const int from = st.model.nodeIndex(l.fromId);
        if (l.currentRatingA <= 0 || from < 0 || nodes[from].voltageV <= 0)
            continue;
        double kw = 0.0;
        if (int to = st.model.nodeIndex(l.toId); to >= 0) {
            const auto& ps = st.model.parents()[to];
            kw = ps.empty() ? 0.0 : st.model.inputKw(to, st.base.outKw[to]) / ps.size();
        } else if (const std::int64_t r = st.ctx.index().indexOf(l.toId, ObjectKind::Rack);
                   r >= 0) {
            const int k = rackFeedCount[static_cast<std::size_t>(r)];
            kw = k > 0 ? st.rackKw[static_cast<std::size_t>(r)] / k : 0.0;
        }
        const double amps = threePhaseCurrentA(kw, nodes[from].voltageV, pf);
        const double limitA = l.currentRatingA * factor;
        if (amps > limitA + 1e-9)
            out.push_back(
                makeFinding("power.current", Severity::Error, {l.id, l.fromId, l.toId},
                            fill(tr("Validation", "power link id %1 carries %2 A (%3 kW at "
                                                  "%4 V, PF %5), above %6 A (%7 % of %8 A)"),
                                 {std::to_string(l.id), formatNumber(amps, 0), formatNumber(kw),
                                  formatNumber(nodes[from].voltageV, 0), formatNumber(pf, 2),
                                  formatNumber(limitA, 0), formatNumber(factor * 100, 0),
                                  formatNumber(l.currentRatingA, 0)}),
                            tr("Validation", "Use a larger conductor or split the feeder."),
                            std::string(kDerateSource) + "; " + kPfSource));
    }
}

std::string redundancySource(const std::string& schemeName) {
    return "reference-data.md 3.3 (redundancy schemes); settings.power_redundancy " + schemeName;
}

// Path-redundant schemes: racks not fed from two different paths, and fewer labelled paths than
// the scheme needs.
void redundantFeeds(const PowerState& st, RedundancyScheme scheme, std::vector<Finding>& out) {
    const std::string schemeName = toString(scheme);
    for (const auto& g : st.model.groups()) {
        std::set<std::string> paths;
        for (int f : g.feeds)
            if (!st.model.effectivePath(f).empty())
                paths.insert(st.model.effectivePath(f));
        if (paths.size() >= 2)
            continue;
        std::vector<ObjectId> ids;
        for (std::size_t r : g.racks)
            ids.push_back(st.d.racks[r].id);
        std::string from = paths.empty() ? std::string(tr("Validation", "no labelled path"))
                                         : fill(tr("Validation", "path %1"), {*paths.begin()});
        out.push_back(makeFinding(
            "power.redundancy", Severity::Error, ids,
            fill(tr("Validation", "%1 rack(s) are fed only from %2 (%3 feed(s)); %4 needs "
                                  "every rack fed from two different paths: %5"),
                 {std::to_string(ids.size()), from, std::to_string(g.feeds.size()), schemeName,
                  formatIds(ids)}),
            tr("Validation", "Add a second feed from another path (A/B) to these racks."),
            redundancySource(schemeName)));
    }
    std::set<std::string> labels;
    for (const PowerNode& n : st.d.powerNodes)
        if (!n.path.empty())
            labels.insert(n.path);
    const std::size_t expected = scheme == RedundancyScheme::TwoN             ? 2
                                 : scheme == RedundancyScheme::Distributed4N3 ? 4
                                                                              : 3;
    if (labels.size() < expected)
        out.push_back(makeFinding(
            "power.redundancy", Severity::Error, {},
            fill(tr("Validation", "%1 needs %2 independent power paths, the design labels %3"),
                 {schemeName, std::to_string(expected), std::to_string(labels.size())}),
            tr("Validation",
               "Label the power nodes of each path (A, B, ...) and build the missing paths."),
            redundancySource(schemeName)));
}

// One single-failure scenario: the nodes it fails.
struct Scenario {
    std::string label;
    std::vector<ObjectId> failedIds;
    std::vector<char> failed;
};

// Each whole path (2N, xN/y) or each UPS/generator unit without spare modules (N+1).
std::vector<Scenario> failureScenarios(const PowerState& st, bool pathScheme) {
    const auto& nodes = st.d.powerNodes;
    std::vector<Scenario> scenarios;
    if (pathScheme) {
        std::map<std::string, Scenario> byPath;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::string& p = st.model.effectivePath(static_cast<int>(i));
            if (p.empty())
                continue;
            Scenario& s = byPath[p];
            if (s.failed.empty()) {
                s.label = fill(tr("Validation", "failure of path %1"), {p});
                s.failed.assign(nodes.size(), 0);
            }
            s.failed[i] = 1;
        }
        for (auto& [p, s] : byPath)
            scenarios.push_back(std::move(s));
        return scenarios;
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode& n = nodes[i];
        if (n.kind != PowerNodeKind::Ups && n.kind != PowerNodeKind::Generator)
            continue;
        if (n.moduleCount > 1 && n.redundantModules > 0)
            continue; // a modular unit with spare modules: checked per module (spareModules)
        Scenario s;
        s.label = fill(tr("Validation", "failure of %1"), {nodeLabel(n)});
        s.failedIds = {n.id};
        s.failed.assign(nodes.size(), 0);
        s.failed[i] = 1;
        scenarios.push_back(std::move(s));
    }
    return scenarios;
}

// Under one scenario: racks left without power, and nodes pushed over their limit.
void scenarioFindings(const PowerState& st, const std::string& schemeName, const Scenario& sc,
                      std::vector<Finding>& out) {
    const auto& nodes = st.d.powerNodes;
    const PowerModel::State after = st.model.compute(sc.failed);
    const auto& lostBase = st.base.lostGroups; // ascending
    std::vector<ObjectId> lostRacks;
    for (int g : after.lostGroups)
        if (!std::binary_search(lostBase.begin(), lostBase.end(), g))
            for (std::size_t r : st.model.groups()[g].racks)
                lostRacks.push_back(st.d.racks[r].id);
    if (!lostRacks.empty()) {
        std::vector<ObjectId> objs = sc.failedIds;
        objs.insert(objs.end(), lostRacks.begin(), lostRacks.end());
        out.push_back(makeFinding(
            "power.redundancy", Severity::Error, objs,
            fill(tr("Validation", "under %1, %2 leaves %3 rack(s) without "
                                  "power: %4"),
                 {schemeName, sc.label, std::to_string(lostRacks.size()), formatIds(lostRacks)}),
            tr("Validation", "Feed these racks from a second, independent path "
                             "or parallel unit."),
            redundancySource(schemeName)));
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!after.alive[i] || st.overloadedBase[i])
            continue;
        const double cap = powerCapacityKw(nodes[i], st.pf, st.factor);
        if (cap > 0 && after.outKw[i] > cap + 1e-9) {
            std::vector<ObjectId> objs{nodes[i].id};
            objs.insert(objs.end(), sc.failedIds.begin(), sc.failedIds.end());
            out.push_back(makeFinding(
                "power.redundancy", Severity::Error, objs,
                fill(tr("Validation", "under %1, %2 moves load onto %3: %4 kW (normally %5 "
                                      "kW), above its limit of %6"),
                     {schemeName, sc.label, nodeLabel(nodes[i]), formatNumber(after.outKw[i]),
                      formatNumber(st.base.outKw[i]), limitText(nodes[i], st.pf, st.factor)}),
                tr("Validation", "Size each path for the load it takes over when another path "
                                 "fails, or add capacity."),
                redundancySource(schemeName) + "; " + kPfSource));
        }
    }
}

// Spare modules: with one module failed, the rest must carry the load.
void spareModules(const PowerState& st, std::vector<Finding>& out) {
    const auto& nodes = st.d.powerNodes;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode& n = nodes[i];
        if (n.moduleCount <= 1 || n.redundantModules <= 0 || st.overloadedBase[i])
            continue;
        const double cap = powerCapacityKw(n, st.pf, st.factor);
        const double remaining = cap * (n.moduleCount - 1) / n.moduleCount;
        if (cap > 0 && st.base.outKw[i] > remaining + 1e-9)
            out.push_back(makeFinding(
                "power.redundancy", Severity::Error, {n.id},
                fill(tr("Validation", "%1 declares %2 spare module(s) of %3, but with one module "
                                      "failed the remaining %4 kW cannot carry its %5 kW load"),
                     {nodeLabel(n), std::to_string(n.redundantModules),
                      std::to_string(n.moduleCount), formatNumber(remaining),
                      formatNumber(st.base.outKw[i])}),
                tr("Validation", "Add a module or move load away so that N modules carry it."),
                "reference-data.md 3.3 (N+1: each module carries load/N)"));
    }
}

void redundancy(const PowerState& st, std::vector<Finding>& out) {
    const RedundancyScheme scheme = st.d.settings.powerRedundancy;
    if (scheme == RedundancyScheme::N)
        return;
    const bool pathScheme = scheme != RedundancyScheme::NPlus1;
    if (pathScheme)
        redundantFeeds(st, scheme, out);
    const std::string schemeName = toString(scheme);
    for (const Scenario& sc : failureScenarios(st, pathScheme))
        scenarioFindings(st, schemeName, sc, out);
    spareModules(st, out);
}

using in = RuleInput;
constexpr std::uint8_t kError = severityBit(Severity::Error);
constexpr RuleInputs kCascade = in::Racks | in::PowerNodes | in::PowerLinks | in::Catalog;

const Rule<PowerState> kRules[] = {
    {{"power.unfed_rack", "power", kError, in::Racks | in::PowerNodes | in::PowerLinks, "power",
      "design power links"},
     unfedRack},
    {{"power.overload", "power", kError, kCascade, "power",
      "node rating; NEC continuous load; reference-data.md 3.2"},
     overload},
    {{"power.current", "power", kError, kCascade, "power",
      "NEC continuous load; reference-data.md 3.2"},
     current},
    {{"power.redundancy", "power", kError, kCascade | in::Settings, "power",
      "reference-data.md 3.3; settings.power_redundancy"},
     redundancy},
};

} // namespace

std::unique_ptr<RuleFamily> makePowerRules() {
    return makeRuleTableFamily("power", kRules);
}

} // namespace aifp
