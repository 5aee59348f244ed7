#include "core/validation/PowerRules.hpp"
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
        s += " (" + formatNumber(factor * 100, 0) + " % continuous-load limit of " +
             formatNumber(powerCapacityKw(n, pf, 1.0)) + " kW)";
    if (n.ratingKva > 0)
        s += " [rating " + formatNumber(n.ratingKva) + " kVA at PF " + formatNumber(pf, 2) + "]";
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

bool PowerRules::reads(const DesignChange& c) const {
    return c.touches(ObjectKind::Rack) || c.touches(ObjectKind::PowerNode) ||
           c.touches(ObjectKind::PowerLink) || c.settingsChanged || c.catalogChanged;
}

std::vector<Finding> PowerRules::validate(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    const ValidationOptions& opt = ctx.options();
    const double pf = opt.itPowerFactor;
    const double factor = opt.continuousLoadFactor;
    std::vector<Finding> out;

    std::vector<double> rackKw(d.racks.size(), 0.0);
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        if (const SystemSpec* s = ctx.spec(i))
            rackKw[i] = s->rackPowerKw; // catalog rack_power_kw: the rack's maximum draw
    const PowerModel model(d, rackKw);
    const auto& nodes = d.powerNodes;

    // Racks without any feed: one finding per hall.
    std::map<ObjectId, std::vector<ObjectId>> unfedByHall;
    for (std::size_t r : model.unfedRacks())
        unfedByHall[d.racks[r].hallId].push_back(d.racks[r].id);
    for (const auto& [hallId, ids] : unfedByHall)
        out.push_back(makeFinding(
            "power.unfed_rack", Severity::Error, ids,
            std::to_string(ids.size()) + " rack(s) in hall id " + std::to_string(hallId) +
                " have no power link from any power node: " + formatIds(ids),
            "Connect each rack to a busway, PDU or RPP (two feeds from different paths for 2N).",
            "design power links"));
    if (!model.cycleNodes().empty()) {
        std::vector<ObjectId> ids;
        for (int i : model.cycleNodes())
            ids.push_back(nodes[i].id);
        out.push_back(makeFinding(
            "power.overload", Severity::Error, ids,
            "power links form a loop through " + std::to_string(ids.size()) +
                " node(s): " + formatIds(ids) + "; loads cannot be computed through them",
            "Remove the link that feeds a node from its own downstream.", "design power links"));
    }

    const PowerModel::State base = model.compute();
    std::vector<char> overloadedBase(nodes.size(), 0);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode& n = nodes[i];
        const double cap = powerCapacityKw(n, pf, factor);
        const double kw = base.outKw[i];
        if (cap > 0 && kw > cap + 1e-9) {
            overloadedBase[i] = 1;
            out.push_back(makeFinding(
                "power.overload", Severity::Error, {n.id},
                nodeLabel(n) + " carries " + formatNumber(kw) + " kW (" + formatNumber(kw / pf) +
                    " kVA at PF " + formatNumber(pf, 2) +
                    ", including downstream conversion losses), above its limit of " +
                    limitText(n, pf, factor) + "; utilization " + formatNumber(100 * kw / cap, 0) +
                    " %",
                "Add parallel capacity, move load to another " + std::string(toString(n.kind)) +
                    ", or use a larger rating.",
                isContinuousDerated(n.kind) ? std::string(kDerateSource) + "; " + kPfSource
                                            : std::string("node rating; ") + kPfSource));
        }
        if (n.currentRatingA > 0 && n.voltageV > 0) {
            // Three-phase AC: I = P / (sqrt(3) x V x PF).
            const double amps = kw * 1000.0 / (std::sqrt(3.0) * n.voltageV * pf);
            const double limitA = n.currentRatingA * factor;
            if (amps > limitA + 1e-9)
                out.push_back(makeFinding(
                    "power.current", Severity::Error, {n.id},
                    nodeLabel(n) + " carries " + formatNumber(amps, 0) + " A (" + formatNumber(kw) +
                        " kW at " + formatNumber(n.voltageV, 0) + " V three-phase, PF " +
                        formatNumber(pf, 2) + "), above " + formatNumber(limitA, 0) + " A (" +
                        formatNumber(factor * 100, 0) + " % of its " +
                        formatNumber(n.currentRatingA, 0) + " A rating)",
                    "Split the load over more busways/feeders or use a higher ampacity.",
                    std::string(kDerateSource) + "; " + kPfSource));
        }
    }
    // Links with their own ampacity: the share of the child's input they carry.
    {
        std::unordered_map<ObjectId, std::size_t> rackIndex;
        for (std::size_t i = 0; i < d.racks.size(); ++i)
            rackIndex[d.racks[i].id] = i;
        std::vector<int> rackFeedCount(d.racks.size(), 0);
        for (const auto& g : model.groups())
            for (std::size_t r : g.racks)
                rackFeedCount[r] = static_cast<int>(g.feeds.size());
        for (const PowerLink& l : d.powerLinks) {
            const int from = model.nodeIndex(l.fromId);
            if (l.currentRatingA <= 0 || from < 0 || nodes[from].voltageV <= 0)
                continue;
            double kw = 0.0;
            if (int to = model.nodeIndex(l.toId); to >= 0) {
                const auto& ps = model.parents()[to];
                kw = ps.empty() ? 0.0 : model.inputKw(to, base.outKw[to]) / ps.size();
            } else if (auto r = rackIndex.find(l.toId); r != rackIndex.end()) {
                const int k = rackFeedCount[r->second];
                kw = k > 0 ? rackKw[r->second] / k : 0.0;
            }
            const double amps = kw * 1000.0 / (std::sqrt(3.0) * nodes[from].voltageV * pf);
            const double limitA = l.currentRatingA * factor;
            if (amps > limitA + 1e-9)
                out.push_back(
                    makeFinding("power.current", Severity::Error, {l.id, l.fromId, l.toId},
                                "power link id " + std::to_string(l.id) + " carries " +
                                    formatNumber(amps, 0) + " A (" + formatNumber(kw) + " kW at " +
                                    formatNumber(nodes[from].voltageV, 0) + " V, PF " +
                                    formatNumber(pf, 2) + "), above " + formatNumber(limitA, 0) +
                                    " A (" + formatNumber(factor * 100, 0) + " % of " +
                                    formatNumber(l.currentRatingA, 0) + " A)",
                                "Use a larger conductor or split the feeder.",
                                std::string(kDerateSource) + "; " + kPfSource));
        }
    }

    const RedundancyScheme scheme = d.settings.powerRedundancy;
    if (scheme == RedundancyScheme::N)
        return out;
    const std::string schemeName = toString(scheme);
    const std::string redundancySource =
        "reference-data.md 3.3 (redundancy schemes); settings.power_redundancy " + schemeName;
    const bool pathScheme = scheme != RedundancyScheme::NPlus1;

    // Racks that are not fed from two different paths in a path-redundant scheme.
    if (pathScheme) {
        for (const auto& g : model.groups()) {
            std::set<std::string> paths;
            for (int f : g.feeds)
                if (!model.effectivePath(f).empty())
                    paths.insert(model.effectivePath(f));
            if (paths.size() >= 2)
                continue;
            std::vector<ObjectId> ids;
            for (std::size_t r : g.racks)
                ids.push_back(d.racks[r].id);
            std::string from = paths.empty() ? "no labelled path" : "path " + *paths.begin();
            out.push_back(makeFinding(
                "power.redundancy", Severity::Error, ids,
                std::to_string(ids.size()) + " rack(s) are fed only from " + from + " (" +
                    std::to_string(g.feeds.size()) + " feed(s)); " + schemeName +
                    " needs every rack fed from two different paths: " + formatIds(ids),
                "Add a second feed from another path (A/B) to these racks.", redundancySource));
        }
        std::set<std::string> labels;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (!nodes[i].path.empty())
                labels.insert(nodes[i].path);
        const std::size_t expected = scheme == RedundancyScheme::TwoN             ? 2
                                     : scheme == RedundancyScheme::Distributed4N3 ? 4
                                                                                  : 3;
        if (labels.size() < expected)
            out.push_back(makeFinding(
                "power.redundancy", Severity::Error, {},
                schemeName + " needs " + std::to_string(expected) +
                    " independent power paths, the design labels " + std::to_string(labels.size()),
                "Label the power nodes of each path (A, B, ...) and build the missing paths.",
                redundancySource));
    }

    // Single-failure scenarios: each whole path (2N, xN/y) or each UPS/generator unit (N+1).
    struct Scenario {
        std::string label;
        std::vector<ObjectId> failedIds;
        std::vector<char> failed;
    };
    std::vector<Scenario> scenarios;
    if (pathScheme) {
        std::map<std::string, Scenario> byPath;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::string& p = model.effectivePath(static_cast<int>(i));
            if (p.empty())
                continue;
            Scenario& s = byPath[p];
            if (s.failed.empty()) {
                s.label = "failure of path " + p;
                s.failed.assign(nodes.size(), 0);
            }
            s.failed[i] = 1;
        }
        for (auto& [p, s] : byPath)
            scenarios.push_back(std::move(s));
    } else {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const PowerNode& n = nodes[i];
            if (n.kind != PowerNodeKind::Ups && n.kind != PowerNodeKind::Generator)
                continue;
            if (n.moduleCount > 1 && n.redundantModules > 0)
                continue; // a modular unit with spare modules: checked per module below
            Scenario s;
            s.label = "failure of " + nodeLabel(n);
            s.failedIds = {n.id};
            s.failed.assign(nodes.size(), 0);
            s.failed[i] = 1;
            scenarios.push_back(std::move(s));
        }
    }
    std::set<int> lostBase(base.lostGroups.begin(), base.lostGroups.end());
    for (const Scenario& sc : scenarios) {
        const PowerModel::State st = model.compute(sc.failed);
        std::vector<ObjectId> lostRacks;
        for (int g : st.lostGroups)
            if (!lostBase.count(g))
                for (std::size_t r : model.groups()[g].racks)
                    lostRacks.push_back(d.racks[r].id);
        if (!lostRacks.empty()) {
            std::vector<ObjectId> objs = sc.failedIds;
            objs.insert(objs.end(), lostRacks.begin(), lostRacks.end());
            out.push_back(
                makeFinding("power.redundancy", Severity::Error, objs,
                            "under " + schemeName + ", " + sc.label + " leaves " +
                                std::to_string(lostRacks.size()) +
                                " rack(s) without power: " + formatIds(lostRacks),
                            "Feed these racks from a second, independent path or parallel unit.",
                            redundancySource));
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!st.alive[i] || overloadedBase[i])
                continue;
            const double cap = powerCapacityKw(nodes[i], pf, factor);
            if (cap > 0 && st.outKw[i] > cap + 1e-9) {
                std::vector<ObjectId> objs{nodes[i].id};
                objs.insert(objs.end(), sc.failedIds.begin(), sc.failedIds.end());
                out.push_back(makeFinding(
                    "power.redundancy", Severity::Error, objs,
                    "under " + schemeName + ", " + sc.label + " moves load onto " +
                        nodeLabel(nodes[i]) + ": " + formatNumber(st.outKw[i]) + " kW (normally " +
                        formatNumber(base.outKw[i]) + " kW), above its limit of " +
                        limitText(nodes[i], pf, factor),
                    "Size each path for the load it takes over when another path fails, or add "
                    "capacity.",
                    redundancySource + "; " + kPfSource));
            }
        }
    }
    // Spare modules: with one module failed, the rest must carry the load.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode& n = nodes[i];
        if (n.moduleCount <= 1 || n.redundantModules <= 0 || overloadedBase[i])
            continue;
        const double cap = powerCapacityKw(n, pf, factor);
        const double remaining = cap * (n.moduleCount - 1) / n.moduleCount;
        if (cap > 0 && base.outKw[i] > remaining + 1e-9)
            out.push_back(makeFinding(
                "power.redundancy", Severity::Error, {n.id},
                nodeLabel(n) + " declares " + std::to_string(n.redundantModules) +
                    " spare module(s) of " + std::to_string(n.moduleCount) +
                    ", but with one module failed the remaining " + formatNumber(remaining) +
                    " kW cannot carry its " + formatNumber(base.outKw[i]) + " kW load",
                "Add a module or move load away so that N modules carry it.",
                "reference-data.md 3.3 (N+1: each module carries load/N)"));
    }
    return out;
}

} // namespace aifp
