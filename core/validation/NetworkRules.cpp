#include "core/validation/NetworkRules.hpp"
#include "core/i18n/Translate.hpp"
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

namespace {

// One pass over the link bundles: ports and bandwidth per switch, bundles beyond their medium's
// reach.
struct LinkTally {
    std::vector<double> portsUsed, downGbps, upGbps; // per switch
    std::map<LinkMedium, std::vector<const NetworkLink*>> tooLong;
};

// Ports a bundle takes on a switch: a link slower than the port (a breakout, e.g. 2 x 400G on one
// 800G twin-port OSFP) takes its share of a port.
double portsTaken(const NetworkLink& l, const NetworkSwitch& s) {
    if (l.speedGbps > 0 && s.portSpeedGbps > 0 && l.speedGbps < s.portSpeedGbps)
        return l.count * l.speedGbps / s.portSpeedGbps;
    return static_cast<double>(l.count);
}

LinkTally tallyLinks(const Design& d, const DesignIndex& objects, const ValidationOptions& opt) {
    // Local arrays in the loop (moved into the tally at the end): nothing else can write them.
    std::vector<double> ports(d.switches.size(), 0.0), down(d.switches.size(), 0.0),
        up(d.switches.size(), 0.0);
    std::map<LinkMedium, std::vector<const NetworkLink*>> tooLong;
    for (const NetworkLink& l : d.networkLinks) {
        if (l.lengthM > linkReachM(l.medium, opt) + 1e-9)
            tooLong[l.medium].push_back(&l);
        if (const std::int64_t t = objects.indexOf(l.toId, ObjectKind::NetworkSwitch); t >= 0) {
            const auto i = static_cast<std::size_t>(t);
            ports[i] += portsTaken(l, d.switches[i]);
            down[i] += l.count * l.speedGbps;
        }
        if (const std::int64_t f = objects.indexOf(l.fromId, ObjectKind::NetworkSwitch); f >= 0) {
            const auto i = static_cast<std::size_t>(f);
            ports[i] += portsTaken(l, d.switches[i]);
            up[i] += l.count * l.speedGbps;
        }
    }
    return {std::move(ports), std::move(down), std::move(up), std::move(tooLong)};
}

// What every network rule reads: the fabric graph, each hall's cluster, the link tally.
struct NetworkState {
    explicit NetworkState(const ValidationContext& c)
        : ctx(c), d(c.design()), opt(c.options()), objects(c.index()), fabric(d, objects),
          clusterOfHall(hallClusters(d)), links(tallyLinks(d, objects, opt)) {}

    // Clusters (Hall::cluster): each has its own fabric, so each is checked on its own.
    static std::vector<int> hallClusters(const Design& d) {
        std::unordered_map<std::string, int> clusterByName;
        std::vector<int> clusterOf(d.halls.size());
        for (std::size_t h = 0; h < d.halls.size(); ++h)
            clusterOf[h] =
                clusterByName.emplace(d.halls[h].cluster, static_cast<int>(clusterByName.size()))
                    .first->second;
        return clusterOf;
    }
    // Objects outside any hall count with the first cluster.
    int clusterOf(ObjectId hallId) const {
        const std::int64_t h = objects.indexOf(hallId, ObjectKind::Hall);
        return h < 0 ? 0 : clusterOfHall[static_cast<std::size_t>(h)];
    }
    int gpus(std::size_t rack) const { return ctx.spec(rack) ? ctx.spec(rack)->gpusPerRack : 0; }

    const ValidationContext& ctx;
    const Design& d;
    const ValidationOptions& opt;
    const DesignIndex& objects;
    const FabricModel fabric;
    const std::vector<int> clusterOfHall;
    const LinkTally links;
};

// Racks without a compute link, and racks outside the component holding the most GPUs of
// their cluster.
void connectivity(const NetworkState& st, std::vector<Finding>& out) {
    const Design& d = st.d;
    if (d.racks.size() <= 1)
        return;
    const auto& component = st.fabric.rackComponent();
    std::map<std::pair<int, int>, long> gpusByComponent; // (cluster, component) -> GPUs
    std::vector<int> rackCluster(d.racks.size());
    for (std::size_t r = 0; r < d.racks.size(); ++r) {
        rackCluster[r] = st.clusterOf(d.racks[r].hallId);
        gpusByComponent[{rackCluster[r], component[r]}] += st.gpus(r);
    }
    std::map<int, std::pair<int, long>> main; // cluster -> (component, GPUs)
    for (const auto& [key, n] : gpusByComponent) {
        auto [it, inserted] = main.emplace(key.first, std::make_pair(key.second, n));
        if (!inserted && n > it->second.second)
            it->second = {key.second, n};
    }
    std::vector<ObjectId> unattached, separate;
    long separateGpus = 0;
    long mainGpus = 0; // of the first cluster with an island (the message names one)
    for (std::size_t r = 0; r < d.racks.size(); ++r) {
        const auto& [mainComponent, clusterGpus] = main[rackCluster[r]];
        if (!st.fabric.rackAttached()[r])
            unattached.push_back(d.racks[r].id);
        else if (component[r] != mainComponent) {
            if (separate.empty())
                mainGpus = clusterGpus;
            separate.push_back(d.racks[r].id);
            separateGpus += st.gpus(r);
        }
    }
    if (!unattached.empty())
        out.push_back(makeFinding(
            "network.connectivity", Severity::Error, unattached,
            fill(tr("Validation", "%1 rack(s) have no link to a compute-fabric switch: %2"),
                 {std::to_string(unattached.size()), formatIds(unattached)}),
            tr("Validation",
               "Connect each rack's NICs to the leaf switches of the compute fabric."),
            "design network links (compute role)"));
    if (!separate.empty())
        out.push_back(makeFinding(
            "network.connectivity", Severity::Error, separate,
            fill(tr("Validation", "%1 rack(s) (%2 GPUs) are on a fabric island that cannot "
                                  "reach the other %3 GPUs: %4"),
                 {std::to_string(separate.size()), std::to_string(separateGpus),
                  std::to_string(mainGpus), formatIds(separate)}),
            tr("Validation",
               "Add uplinks from these racks' leaves to the spines of the main fabric."),
            "design network links (compute role)"));
}

void hops(const NetworkState& st, std::vector<Finding>& out) {
    if (!st.fabric.hasFabric())
        return;
    const Design& d = st.d;
    const int tiers = std::max(1, d.settings.fabricTiers);
    const long long limit = 2LL * tiers - 1; // leaf-spine: leaf, spine, leaf; 3 tiers: 5
    std::size_t a = 0, b = 0;
    const int worst = st.fabric.worstSwitchPath(a, b);
    if (worst > limit)
        out.push_back(makeFinding(
            "network.hops", Severity::Error, {d.racks[a].id, d.racks[b].id},
            fill(tr("Validation", "the shortest path between rack id %1 and rack id %2 "
                                  "crosses %3 switches, more than the %4 of a %5-tier fat "
                                  "tree"),
                 {std::to_string(d.racks[a].id), std::to_string(d.racks[b].id),
                  std::to_string(worst), std::to_string(limit), std::to_string(tiers)}),
            tr("Validation", "Connect every leaf to the spines of its fabric (and spines to "
                             "every core group), or declare the number of tiers the fabric "
                             "really has."),
            "reference-data.md 4.3 (fat-tree); settings.fabric_tiers"));
}

void switchPorts(const NetworkState& st, std::vector<Finding>& out) {
    for (std::size_t i = 0; i < st.d.switches.size(); ++i) {
        const NetworkSwitch& s = st.d.switches[i];
        const double used = std::ceil(st.links.portsUsed[i] - 1e-9);
        if (s.portCount > 0 && used > s.portCount)
            out.push_back(makeFinding(
                "network.ports", Severity::Error, {s.id},
                fill(tr("Validation", "switch '%1' (id %2) needs %3 ports but has %4 (%5 Gb/s)"),
                     {s.name, std::to_string(s.id), formatNumber(used, 0),
                      std::to_string(s.portCount), formatNumber(s.portSpeedGbps, 0)}),
                tr("Validation",
                   "Add a switch and move links to it, or use a higher-radix switch."),
                "catalog '" + s.catalogId + "' port_count; reference-data.md 4.1"));
    }
}

// Per compute switch below the top tier of its cluster's fabric: down / up bandwidth against the
// declared ratio; no uplinks at all is an error.
void oversubscription(const NetworkState& st, std::vector<Finding>& out) {
    const Design& d = st.d;
    std::map<std::pair<NetworkRole, int>, int> topTier; // (role, cluster) -> top tier
    for (const NetworkSwitch& s : d.switches) {
        int& top = topTier[{s.role, st.clusterOf(s.hallId)}];
        top = std::max(top, s.tier);
    }
    const auto& down = st.links.downGbps;
    const auto& up = st.links.upGbps;
    std::map<int, std::vector<std::size_t>> oversubscribed; // tier -> switches
    std::vector<ObjectId> noUplinks;
    for (std::size_t i = 0; i < d.switches.size(); ++i) {
        const NetworkSwitch& s = d.switches[i];
        if (s.role != NetworkRole::Compute || down[i] <= 0 ||
            s.tier >= topTier[{s.role, st.clusterOf(s.hallId)}])
            continue;
        if (up[i] <= 0)
            noUplinks.push_back(s.id);
        else if (down[i] / up[i] > d.settings.oversubscription * (1 + 1e-9))
            oversubscribed[s.tier].push_back(i);
    }
    if (!noUplinks.empty())
        out.push_back(makeFinding(
            "network.oversubscription", Severity::Error, noUplinks,
            fill(tr("Validation", "%1 compute switch(es) below the top tier have downlinks but no "
                                  "uplinks: %2"),
                 {std::to_string(noUplinks.size()), formatIds(noUplinks)}),
            tr("Validation", "Connect these switches to the next tier."), "reference-data.md 4.3"));
    for (auto& [tier, list] : oversubscribed) {
        std::sort(list.begin(), list.end(),
                  [&](std::size_t x, std::size_t y) { return down[x] / up[x] > down[y] / up[y]; });
        const std::size_t w = list.front();
        std::vector<ObjectId> ids;
        for (std::size_t i : list)
            ids.push_back(d.switches[i].id);
        out.push_back(makeFinding(
            "network.oversubscription", Severity::Warning, ids,
            fill(tr("Validation", "%1 tier-%2 switch(es) exceed the declared %3:1 "
                                  "oversubscription; worst '%4' (id %5) has %6 Gb/s down and %7 "
                                  "Gb/s up (%8:1)"),
                 {std::to_string(list.size()), std::to_string(tier),
                  formatNumber(d.settings.oversubscription, 2), d.switches[w].name,
                  std::to_string(d.switches[w].id), formatNumber(down[w], 0),
                  formatNumber(up[w], 0), formatNumber(down[w] / up[w], 2)}),
            tr("Validation",
               "Add uplinks (or spines) until down:up bandwidth meets the declared ratio."),
            "reference-data.md 4.3 (oversubscription = down/up); settings.oversubscription"));
    }
}

// Reach per medium (the bundles over it were collected in the pass over the links).
void reach(const NetworkState& st, std::vector<Finding>& out) {
    for (const auto& [medium, found] : st.links.tooLong) {
        std::vector<const NetworkLink*> links = found;
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
        out.push_back(makeFinding(
            "network.reach", Severity::Error, ids,
            fill(tr("Validation", "%1 %2 link bundle(s) are longer than the "
                                  "medium's reach of %3 m; longest id %4 at %5 m"),
                 {std::to_string(links.size()), toString(medium),
                  formatNumber(linkReachM(medium, st.opt), 0), std::to_string(links.front()->id),
                  formatNumber(links.front()->lengthM, 1)}),
            medium == LinkMedium::Copper
                ? tr("Validation", "Use active copper or multimode optics, or move "
                                   "the switch closer.")
            : medium == LinkMedium::Multimode
                ? tr("Validation", "Use single-mode optics (DR4 up to 500 m, FR4 up to 2 km).")
                : tr("Validation", "Place the switches closer together (an intermediate tier)."),
            src));
    }
}

// The compute switch whose loss costs the most bisection bandwidth.
void switchFailure(const NetworkState& st, std::vector<Finding>& out) {
    const double bisection = st.fabric.bisectionGbps();
    if (bisection <= 0)
        return;
    double worstLoss = -1.0;
    std::size_t worstSwitch = 0;
    for (std::size_t i = 0; i < st.d.switches.size(); ++i) {
        if (st.d.switches[i].role != NetworkRole::Compute)
            continue;
        const double lossGbps = bisection - st.fabric.bisectionWithoutGbps(i);
        if (lossGbps > worstLoss) {
            worstLoss = lossGbps;
            worstSwitch = i;
        }
    }
    if (worstLoss < 0)
        return;
    const NetworkSwitch& s = st.d.switches[worstSwitch];
    out.push_back(makeFinding(
        "network.switch_failure", Severity::Info, {s.id},
        fill(tr("Validation", "the worst single switch failure is '%1' (id %2, tier %3): "
                              "it takes %4 Gb/s of the fabric's %5 Gb/s bisection "
                              "bandwidth (%6 %)"),
             {s.name, std::to_string(s.id), std::to_string(s.tier), formatNumber(worstLoss, 0),
              formatNumber(bisection, 0), formatNumber(100 * worstLoss / bisection, 2)}),
        tr("Validation", "Informational: spread links so no switch carries an outsized share."),
        "bisection = half the smallest per-tier aggregate bandwidth (derived, "
        "reference-data.md 4.3)"));
}

using in = RuleInput;
constexpr std::uint8_t kError = severityBit(Severity::Error);
constexpr std::uint8_t kWarning = severityBit(Severity::Warning);
constexpr std::uint8_t kInfo = severityBit(Severity::Info);
// The fabric graph: racks and compute switches joined by link bundles.
constexpr RuleInputs kFabric = in::Racks | in::Switches | in::NetworkLinks;

const Rule<NetworkState> kRules[] = {
    // Clusters are named by the racks' halls (Hall::cluster); GPUs per rack from the catalog.
    {{"network.connectivity", "network", kError, kFabric | in::Halls | in::Catalog,
      "network-compute-fabric", "design network links"},
     connectivity},
    {{"network.hops", "network", kError, kFabric | in::Settings, "network-compute-fabric",
      "reference-data.md 4.3; settings.fabric_tiers"},
     hops},
    {{"network.ports", "network", kError, kFabric, "network-compute-fabric",
      "catalog port_count; reference-data.md 4.1"},
     switchPorts},
    {{"network.oversubscription", "network", kWarning | kError, kFabric | in::Halls | in::Settings,
      "network-compute-fabric", "reference-data.md 4.3; settings.oversubscription"},
     oversubscription},
    {{"network.reach", "network", kError, in::NetworkLinks, "network-compute-fabric",
      "reference-data.md 4.1; ASSUMPTION (copper reach)"},
     reach},
    {{"network.switch_failure", "network", kInfo, kFabric, "network-compute-fabric",
      "reference-data.md 4.3 (derived)"},
     switchFailure},
};

} // namespace

std::unique_ptr<RuleFamily> makeNetworkRules() {
    return makeRuleTableFamily("network", kRules);
}

} // namespace aifp
