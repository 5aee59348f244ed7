#include "core/validation/NetworkRules.hpp"
#include "core/validation/FabricModel.hpp"
#include "core/validation/FindingText.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace aifp {

double linkReachM(LinkMedium medium, const ValidationOptions& o) {
    switch (medium) {
    case LinkMedium::Copper:
        return o.copperReachM;
    case LinkMedium::Multimode:
        return o.multimodeReachM;
    case LinkMedium::SingleMode:
        return o.singleModeFr4ReachM;
    }
    return o.multimodeReachM;
}

bool NetworkRules::reads(const DesignChange& c) const {
    return c.touches(ObjectKind::Rack) || c.touches(ObjectKind::NetworkSwitch) ||
           c.touches(ObjectKind::NetworkLink) || c.settingsChanged || c.catalogChanged;
}

std::vector<Finding> NetworkRules::validate(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    const ValidationOptions& opt = ctx.options();
    std::vector<Finding> out;
    const FabricModel fabric(d);
    auto gpus = [&](std::size_t r) { return ctx.spec(r) ? ctx.spec(r)->gpusPerRack : 0; };

    // Connectivity: every rack in the component holding the most GPUs.
    if (d.racks.size() > 1) {
        std::map<int, long> gpusByComponent;
        for (std::size_t r = 0; r < d.racks.size(); ++r)
            gpusByComponent[fabric.rackComponent()[r]] += gpus(r);
        int main = -1;
        long mainGpus = -1;
        for (const auto& [c, n] : gpusByComponent)
            if (n > mainGpus) {
                main = c;
                mainGpus = n;
            }
        std::vector<ObjectId> unattached, separate;
        long separateGpus = 0;
        for (std::size_t r = 0; r < d.racks.size(); ++r) {
            if (!fabric.rackAttached()[r])
                unattached.push_back(d.racks[r].id);
            else if (fabric.rackComponent()[r] != main) {
                separate.push_back(d.racks[r].id);
                separateGpus += gpus(r);
            }
        }
        if (!unattached.empty())
            out.push_back(makeFinding(
                "network.connectivity", Severity::Error, unattached,
                std::to_string(unattached.size()) +
                    " rack(s) have no link to a compute-fabric switch: " + formatIds(unattached),
                "Connect each rack's NICs to the leaf switches of the compute fabric.",
                "design network links (compute role)"));
        if (!separate.empty())
            out.push_back(makeFinding(
                "network.connectivity", Severity::Error, separate,
                std::to_string(separate.size()) + " rack(s) (" + std::to_string(separateGpus) +
                    " GPUs) are on a fabric island that cannot reach the other " +
                    std::to_string(mainGpus) + " GPUs: " + formatIds(separate),
                "Add uplinks from these racks' leaves to the spines of the main fabric.",
                "design network links (compute role)"));
    }

    // Switch hops.
    if (fabric.hasFabric()) {
        const int tiers = std::max(1, d.settings.fabricTiers);
        const long long limit = 2LL * tiers - 1; // leaf-spine: leaf, spine, leaf; 3 tiers: 5
        std::size_t a = 0, b = 0;
        const int worst = fabric.worstSwitchPath(a, b);
        if (worst > limit)
            out.push_back(makeFinding(
                "network.hops", Severity::Error, {d.racks[a].id, d.racks[b].id},
                "the shortest path between rack id " + std::to_string(d.racks[a].id) +
                    " and rack id " + std::to_string(d.racks[b].id) + " crosses " +
                    std::to_string(worst) + " switches, more than the " + std::to_string(limit) +
                    " of a " + std::to_string(tiers) + "-tier fat tree",
                "Connect every leaf to the spines of its fabric (and spines to every core "
                "group), or declare the number of tiers the fabric really has.",
                "reference-data.md 4.3 (fat-tree); settings.fabric_tiers"));
    }

    // Ports, oversubscription.
    std::unordered_map<ObjectId, std::size_t> switchIndex;
    for (std::size_t i = 0; i < d.switches.size(); ++i)
        switchIndex[d.switches[i].id] = i;
    std::vector<double> portsUsed(d.switches.size(), 0.0), downGbps(d.switches.size(), 0.0),
        upGbps(d.switches.size(), 0.0);
    auto ports = [](const NetworkLink& l, const NetworkSwitch& s) {
        // A link slower than the port (a breakout, e.g. 2 x 400G on one 800G twin-port OSFP)
        // takes its share of a port.
        if (l.speedGbps > 0 && s.portSpeedGbps > 0 && l.speedGbps < s.portSpeedGbps)
            return l.count * l.speedGbps / s.portSpeedGbps;
        return static_cast<double>(l.count);
    };
    for (const NetworkLink& l : d.networkLinks) {
        if (auto t = switchIndex.find(l.toId); t != switchIndex.end()) {
            portsUsed[t->second] += ports(l, d.switches[t->second]);
            downGbps[t->second] += l.count * l.speedGbps;
        }
        if (auto f = switchIndex.find(l.fromId); f != switchIndex.end()) {
            portsUsed[f->second] += ports(l, d.switches[f->second]);
            upGbps[f->second] += l.count * l.speedGbps;
        }
    }
    std::map<std::pair<NetworkRole, int>, int> topTier;
    for (const NetworkSwitch& s : d.switches)
        topTier[{s.role, 0}] = std::max(topTier[{s.role, 0}], s.tier);
    std::map<int, std::vector<std::size_t>> oversubscribed; // tier -> switches
    std::vector<ObjectId> noUplinks;
    for (std::size_t i = 0; i < d.switches.size(); ++i) {
        const NetworkSwitch& s = d.switches[i];
        const double used = std::ceil(portsUsed[i] - 1e-9);
        if (s.portCount > 0 && used > s.portCount)
            out.push_back(makeFinding(
                "network.ports", Severity::Error, {s.id},
                "switch '" + s.name + "' (id " + std::to_string(s.id) + ") needs " +
                    formatNumber(used, 0) + " ports but has " + std::to_string(s.portCount) + " (" +
                    formatNumber(s.portSpeedGbps, 0) + " Gb/s)",
                "Add a switch and move links to it, or use a higher-radix switch.",
                "catalog '" + s.catalogId + "' port_count; reference-data.md 4.1"));
        if (s.role != NetworkRole::Compute || downGbps[i] <= 0)
            continue;
        if (s.tier < topTier[{s.role, 0}]) {
            if (upGbps[i] <= 0)
                noUplinks.push_back(s.id);
            else if (downGbps[i] / upGbps[i] > d.settings.oversubscription * (1 + 1e-9))
                oversubscribed[s.tier].push_back(i);
        }
    }
    if (!noUplinks.empty())
        out.push_back(makeFinding(
            "network.oversubscription", Severity::Error, noUplinks,
            std::to_string(noUplinks.size()) +
                " compute switch(es) below the top tier have downlinks but no uplinks: " +
                formatIds(noUplinks),
            "Connect these switches to the next tier.", "reference-data.md 4.3"));
    for (auto& [tier, list] : oversubscribed) {
        std::sort(list.begin(), list.end(), [&](std::size_t x, std::size_t y) {
            return downGbps[x] / upGbps[x] > downGbps[y] / upGbps[y];
        });
        const std::size_t w = list.front();
        std::vector<ObjectId> ids;
        for (std::size_t i : list)
            ids.push_back(d.switches[i].id);
        out.push_back(makeFinding(
            "network.oversubscription", Severity::Warning, ids,
            std::to_string(list.size()) + " tier-" + std::to_string(tier) +
                " switch(es) exceed the declared " + formatNumber(d.settings.oversubscription, 2) +
                ":1 oversubscription; worst '" + d.switches[w].name + "' (id " +
                std::to_string(d.switches[w].id) + ") has " + formatNumber(downGbps[w], 0) +
                " Gb/s down and " + formatNumber(upGbps[w], 0) + " Gb/s up (" +
                formatNumber(downGbps[w] / upGbps[w], 2) + ":1)",
            "Add uplinks (or spines) until down:up bandwidth meets the declared ratio.",
            "reference-data.md 4.3 (oversubscription = down/up); settings.oversubscription"));
    }

    // Reach per medium.
    std::map<LinkMedium, std::vector<const NetworkLink*>> tooLong;
    for (const NetworkLink& l : d.networkLinks)
        if (l.lengthM > linkReachM(l.medium, opt) + 1e-9)
            tooLong[l.medium].push_back(&l);
    for (auto& [medium, links] : tooLong) {
        std::sort(links.begin(), links.end(), [](const NetworkLink* x, const NetworkLink* y) {
            return x->lengthM > y->lengthM || (x->lengthM == y->lengthM && x->id < y->id);
        });
        std::vector<ObjectId> ids;
        for (const NetworkLink* l : links)
            ids.push_back(l->id);
        const char* src = medium == LinkMedium::Copper
                              ? "ASSUMPTION: passive copper ~3 m at 400/800G"
                          : medium == LinkMedium::Multimode
                              ? "reference-data.md 4.1 (2xSR4 multimode 50 m)"
                              : "reference-data.md 4.1 (2xFR4 single-mode 2 km; DR4 500 m)";
        out.push_back(
            makeFinding("network.reach", Severity::Error, ids,
                        std::to_string(links.size()) + " " + toString(medium) +
                            " link bundle(s) are longer than the medium's reach of " +
                            formatNumber(linkReachM(medium, opt), 0) + " m; longest id " +
                            std::to_string(links.front()->id) + " at " +
                            formatNumber(links.front()->lengthM, 1) + " m",
                        medium == LinkMedium::Copper
                            ? "Use active copper or multimode optics, or move the switch closer."
                        : medium == LinkMedium::Multimode
                            ? "Use single-mode optics (DR4 up to 500 m, FR4 up to 2 km)."
                            : "Place the switches closer together (an intermediate tier).",
                        src));
    }

    // Worst single switch failure.
    const double bisection = fabric.bisectionGbps();
    if (bisection > 0) {
        double worstLoss = -1.0;
        std::size_t worstSwitch = 0;
        for (std::size_t i = 0; i < d.switches.size(); ++i) {
            if (d.switches[i].role != NetworkRole::Compute)
                continue;
            const double lossGbps = bisection - fabric.bisectionWithoutGbps(i);
            if (lossGbps > worstLoss) {
                worstLoss = lossGbps;
                worstSwitch = i;
            }
        }
        if (worstLoss >= 0) {
            const NetworkSwitch& s = d.switches[worstSwitch];
            out.push_back(makeFinding(
                "network.switch_failure", Severity::Info, {s.id},
                "the worst single switch failure is '" + s.name + "' (id " + std::to_string(s.id) +
                    ", tier " + std::to_string(s.tier) + "): it takes " +
                    formatNumber(worstLoss, 0) + " Gb/s of the fabric's " +
                    formatNumber(bisection, 0) + " Gb/s bisection bandwidth (" +
                    formatNumber(100 * worstLoss / bisection, 2) + " %)",
                "Informational: spread links so no switch carries an outsized share.",
                "bisection = half the smallest per-tier aggregate bandwidth (derived, "
                "reference-data.md 4.3)"));
        }
    }
    return out;
}

} // namespace aifp
