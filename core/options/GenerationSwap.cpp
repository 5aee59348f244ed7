#include "core/options/GenerationSwap.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/options/DesignComparison.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/validation/CoolingModel.hpp"
#include "core/validation/GeometryRules.hpp"
#include "core/validation/PowerModel.hpp"
#include "core/validation/PowerRules.hpp"
#include "core/validation/Validator.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace aifp {

namespace {

// The categories keep-plant decides by, in the order they are reported.
const std::vector<std::string>& plantCategories() {
    static const std::vector<std::string> c = {"power", "cooling", "floor", "space"};
    return c;
}

// The kind of a rule for the swap: what a planner must add to clear it.
std::string categoryOf(const std::string& rule) {
    auto starts = [&](const char* prefix) { return rule.rfind(prefix, 0) == 0; };
    if (rule == "density.floor_load")
        return "floor";
    if (rule == "density.rack_kw")
        return "density";
    if (rule == "density.air_limit" || rule == "density.liquid_provision" || starts("cooling."))
        return "cooling";
    if (starts("power."))
        return "power";
    if (starts("geometry."))
        return "space";
    if (starts("network."))
        return "network";
    return "other";
}

using FindingKey = std::pair<std::string, ObjectId>;

FindingKey keyOf(const Finding& f) {
    return {f.rule, f.objects.empty() ? kNoId : f.objects.front()};
}

ValidationResult validateAllFindings(const Design& d, const Catalog& catalog) {
    ValidationOptions options;
    options.maxFindingsPerRule = 0; // every finding, so the counts are true
    Validator v(catalog, options);
    return v.validateAll(d);
}

std::vector<SwapFindingGroup> newFindingsOf(const ValidationResult& after,
                                            const std::set<FindingKey>& before) {
    std::map<std::pair<int, std::string>, SwapFindingGroup> groups; // by severity, rule
    for (const Finding& f : after.findings) {
        if (before.count(keyOf(f)))
            continue;
        SwapFindingGroup& g = groups[{int(f.severity), f.rule}];
        if (g.count == 0) {
            g.rule = f.rule;
            g.category = categoryOf(f.rule);
            g.severity = f.severity;
            g.example = f.message;
        }
        ++g.count;
        if (!f.objects.empty())
            g.objects.push_back(f.objects.front());
    }
    std::vector<SwapFindingGroup> out;
    for (auto& [k, g] : groups)
        out.push_back(std::move(g));
    return out;
}

bool blocksKeepPlant(const SwapFindingGroup& g) {
    const auto& c = plantCategories();
    return g.severity == Severity::Error && std::find(c.begin(), c.end(), g.category) != c.end();
}

// What to do with each rack of the original design.
enum class RackAction : char { Keep, Swap, Remove };

// Builds the swapped designs from the original: the rack's own power shelves (nodes feeding
// only that rack) and their tap-offs are part of the rack position's equipment and follow it.
class Repopulator {
public:
    Repopulator(const Design& design, const Catalog& catalog, const std::string& toId)
        : design_(design), toId_(toId), to_(systemSpec(catalog, toId)) {
        std::unordered_map<ObjectId, std::size_t> nodeIndex;
        for (std::size_t i = 0; i < design.powerNodes.size(); ++i)
            nodeIndex[design.powerNodes[i].id] = i;
        std::unordered_map<ObjectId, int> children;
        for (const PowerLink& l : design.powerLinks)
            ++children[l.fromId];
        std::unordered_map<ObjectId, std::size_t> rackIndex;
        for (std::size_t i = 0; i < design.racks.size(); ++i)
            rackIndex[design.racks[i].id] = i;
        for (const PowerLink& l : design.powerLinks) {
            auto r = rackIndex.find(l.toId);
            auto n = nodeIndex.find(l.fromId);
            if (r == rackIndex.end() || n == nodeIndex.end())
                continue;
            const PowerNode& node = design.powerNodes[n->second];
            if (node.kind == PowerNodeKind::RackPowerShelf && children[node.id] == 1)
                ownShelves_[r->second].push_back(n->second);
        }
        for (std::size_t i = 0; i < design.racks.size(); ++i) {
            const CatalogEntry* e = catalog.find(design.racks[i].catalogId);
            double kw = 0.0;
            if (e && e->category == "system") {
                try {
                    kw = systemSpec(catalog, e->id).rackPowerKw;
                } catch (const CatalogError&) {
                    kw = 0.0;
                }
            }
            oldRackKw_.push_back(kw);
        }
    }

    Design build(const std::vector<RackAction>& actions) const {
        Design d = design_;
        std::unordered_set<ObjectId> removed;
        std::unordered_map<ObjectId, double> shelfScale; // shelf node id -> rating ratio
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const auto own = ownShelves_.find(i);
            if (actions[i] == RackAction::Remove) {
                removed.insert(design_.racks[i].id);
                if (own != ownShelves_.end())
                    for (std::size_t n : own->second)
                        removed.insert(design_.powerNodes[n].id);
            } else if (actions[i] == RackAction::Swap) {
                d.racks[i].catalogId = toId_;
                if (own != ownShelves_.end() && oldRackKw_[i] > 0)
                    for (std::size_t n : own->second)
                        shelfScale[design_.powerNodes[n].id] = to_.rackPowerKw / oldRackKw_[i];
            }
        }
        for (PowerNode& n : d.powerNodes)
            if (auto s = shelfScale.find(n.id); s != shelfScale.end()) {
                n.ratingKw *= s->second;
                n.ratingKva *= s->second;
                n.currentRatingA *= s->second;
            }
        for (PowerLink& l : d.powerLinks) {
            auto s = shelfScale.find(l.toId);
            if (s == shelfScale.end())
                s = shelfScale.find(l.fromId);
            if (s != shelfScale.end())
                l.currentRatingA *= s->second; // the tap-off and the rack whip
        }
        if (removed.empty())
            return d;
        auto gone = [&](ObjectId id) { return removed.count(id) != 0; };
        std::erase_if(d.racks, [&](const Rack& r) { return gone(r.id); });
        std::erase_if(d.powerNodes, [&](const PowerNode& n) { return gone(n.id); });
        std::erase_if(d.powerLinks,
                      [&](const PowerLink& l) { return gone(l.fromId) || gone(l.toId); });
        std::erase_if(d.pipes, [&](const Pipe& p) { return gone(p.fromId) || gone(p.toId); });
        std::erase_if(d.networkLinks,
                      [&](const NetworkLink& l) { return gone(l.fromId) || gone(l.toId); });
        return d;
    }

private:
    const Design& design_;
    std::string toId_;
    SystemSpec to_;
    std::unordered_map<std::size_t, std::vector<std::size_t>> ownShelves_; // rack -> shelves
    std::vector<double> oldRackKw_;
};

// What supplies each rack: the power nodes feeding it (a rack's own power shelf counts as the
// nodes feeding that shelf) and the CDUs cooling it, sorted; racks with the same key share every
// busway, PDU and CDU.
std::vector<std::vector<ObjectId>> supplyKeys(const Design& d) {
    std::unordered_map<ObjectId, std::size_t> rackIndex;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        rackIndex[d.racks[i].id] = i;
    std::unordered_map<ObjectId, const PowerNode*> nodeById;
    for (const PowerNode& n : d.powerNodes)
        nodeById[n.id] = &n;
    std::unordered_map<ObjectId, std::vector<ObjectId>> parents, children;
    for (const PowerLink& l : d.powerLinks) {
        parents[l.toId].push_back(l.fromId);
        children[l.fromId].push_back(l.toId);
    }
    std::vector<std::vector<ObjectId>> keys(d.racks.size());
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        std::vector<ObjectId>& k = keys[i];
        for (ObjectId feed : parents[d.racks[i].id]) {
            const auto n = nodeById.find(feed);
            if (n != nodeById.end() && n->second->kind == PowerNodeKind::RackPowerShelf &&
                children[feed].size() == 1) {
                for (ObjectId up : parents[feed])
                    k.push_back(up);
            } else {
                k.push_back(feed);
            }
        }
        std::sort(k.begin(), k.end());
        k.push_back(kNoId); // separates the feeds from the CDUs
    }
    const CoolingModel cooling(d, std::vector<double>(d.racks.size(), 0.0), 2.0);
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        std::vector<ObjectId> cdus;
        for (int c : cooling.rackCdus(i))
            cdus.push_back(d.coolingNodes[std::size_t(c)].id);
        std::sort(cdus.begin(), cdus.end());
        keys[i].insert(keys[i].end(), cdus.begin(), cdus.end());
    }
    return keys;
}

// The GPU rack positions in fill order, and those the new footprint does not fit. Positions are
// grouped by row (racks without a row: by hall) and ordered along the row; a position fits when
// its new footprint stays inside the hall and clear of the previous fitting rack of its row.
// Fill order: the fitting positions of a row are split into supply groups (the same power feeds
// and CDUs, supplyKeys) and every group keeps the same share of its positions, from its start
// along the row (sort key (rank in group + 0.5) / positions of the group, then group, then rank).
void orderPositions(const Design& d, const std::vector<std::size_t>& gpuRacks, const SystemSpec& to,
                    std::vector<std::size_t>& fillOrder, std::vector<std::size_t>& noFit) {
    const std::vector<std::vector<ObjectId>> supply = supplyKeys(d);
    std::map<std::pair<ObjectId, ObjectId>, std::vector<std::size_t>> rows; // (hall, row)
    for (std::size_t i : gpuRacks)
        rows[{d.racks[i].hallId, d.racks[i].rowId}].push_back(i);
    std::unordered_map<ObjectId, const Row*> rowById;
    for (const Row& r : d.rows)
        rowById[r.id] = &r;
    std::unordered_map<ObjectId, const Hall*> hallById;
    for (const Hall& h : d.halls)
        hallById[h.id] = &h;
    struct Slot {
        double key;
        std::size_t group, rank, rack;
    };
    std::vector<Slot> slots;
    std::size_t group = 0;
    for (auto& [where, racks] : rows) {
        // Along the row: perpendicular to the direction the fronts face (0 deg: -y, so along x).
        double deg = 0.0;
        if (auto r = rowById.find(where.second); r != rowById.end())
            deg = r->second->rotationDeg;
        const double a = deg * std::numbers::pi / 180.0;
        const double ax = std::cos(a), ay = std::sin(a);
        std::stable_sort(racks.begin(), racks.end(), [&](std::size_t p, std::size_t q) {
            const PointM& u = d.racks[p].centerM;
            const PointM& v = d.racks[q].centerM;
            const double su = u.xM * ax + u.yM * ay, sv = v.xM * ax + v.yM * ay;
            if (std::abs(su - sv) > 1e-9)
                return su < sv;
            return d.racks[p].id < d.racks[q].id;
        });
        const Hall* hall = nullptr;
        if (auto h = hallById.find(where.first); h != hallById.end())
            hall = h->second;
        // Supply groups of the row in order of first appearance along it.
        std::vector<std::vector<std::size_t>> groups;
        std::map<std::vector<ObjectId>, std::size_t> groupOf;
        std::optional<RectM> previous;
        for (std::size_t i : racks) {
            const Rack& r = d.racks[i];
            const RectM box = GeometryRules::rotatedBox(r.centerM, to.footprintWidthM,
                                                        to.footprintDepthM, r.rotationDeg, 0.0);
            const bool inside = !hall || hall->footprint().contains(box);
            const bool clear = !previous || !previous->overlaps(box);
            if (!inside || !clear) {
                noFit.push_back(i);
                continue;
            }
            previous = box;
            const auto [it, added] = groupOf.emplace(supply[i], groups.size());
            if (added)
                groups.emplace_back();
            groups[it->second].push_back(i);
        }
        for (const auto& members : groups) {
            for (std::size_t k = 0; k < members.size(); ++k)
                slots.push_back({(double(k) + 0.5) / double(members.size()), group, k, members[k]});
            ++group;
        }
    }
    std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (a.group != b.group)
            return a.group < b.group;
        return a.rank < b.rank;
    });
    for (const Slot& s : slots)
        fillOrder.push_back(s.rack);
}

// What every position needs that the plant lacks: power nodes over their limit in the worst
// case (no failure, or one redundancy path failed under 2N, 4N/3, 3N/2), CDUs over their liquid
// heat capacity, hall floors rated below the new racks' load.
std::vector<SwapShortfall> shortfallsOf(const Design& d, const Catalog& catalog) {
    std::vector<SwapShortfall> out;
    const ValidationOptions opt;
    std::unordered_map<std::string, std::optional<SystemSpec>> specs;
    auto spec = [&](const std::string& id) -> const SystemSpec* {
        auto it = specs.find(id);
        if (it == specs.end()) {
            std::optional<SystemSpec> s;
            const CatalogEntry* e = catalog.find(id);
            if (e && e->category == "system") {
                try {
                    s = systemSpec(catalog, e->id);
                } catch (const CatalogError&) {
                }
            }
            it = specs.emplace(id, s).first;
        }
        return it->second ? &*it->second : nullptr;
    };
    std::unordered_map<ObjectId, const Hall*> hallById;
    for (const Hall& h : d.halls)
        hallById[h.id] = &h;
    std::vector<double> rackKw(d.racks.size(), 0.0), liquidKw(d.racks.size(), 0.0);
    std::map<ObjectId, double> floorKgPerM2; // hall -> heaviest rack load
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        const SystemSpec* s = spec(d.racks[i].catalogId);
        if (!s)
            continue;
        rackKw[i] = s->rackPowerKw;
        const auto h = hallById.find(d.racks[i].hallId);
        const bool airOnly = h != hallById.end() && h->second->cooling == CoolingProvision::Air;
        liquidKw[i] = airOnly ? 0.0 : s->rackPowerKw * s->liquidFraction;
        const double areaM2 = s->footprintWidthM * (s->footprintDepthM + s->serviceClearanceM);
        if (areaM2 > 0) {
            double& w = floorKgPerM2[d.racks[i].hallId];
            w = std::max(w, s->rackWeightKg / areaM2);
        }
    }

    // Power: the worst load of each node over the failure scenarios the validator checks by path.
    const PowerModel model(d, rackKw);
    std::vector<double> worst = model.compute().outKw;
    const RedundancyScheme scheme = d.settings.powerRedundancy;
    if (scheme == RedundancyScheme::TwoN || scheme == RedundancyScheme::Distributed4N3 ||
        scheme == RedundancyScheme::Distributed3N2) {
        std::set<std::string> paths;
        for (std::size_t i = 0; i < d.powerNodes.size(); ++i)
            if (!model.effectivePath(int(i)).empty())
                paths.insert(model.effectivePath(int(i)));
        for (const std::string& p : paths) {
            std::vector<char> failed(d.powerNodes.size(), 0);
            for (std::size_t i = 0; i < d.powerNodes.size(); ++i)
                failed[i] = model.effectivePath(int(i)) == p;
            const PowerModel::State s = model.compute(failed);
            for (std::size_t i = 0; i < worst.size(); ++i)
                if (!failed[i])
                    worst[i] = std::max(worst[i], s.outKw[i]);
        }
    }
    for (std::size_t i = 0; i < d.powerNodes.size(); ++i) {
        const PowerNode& n = d.powerNodes[i];
        const double cap = powerCapacityKw(n, opt.itPowerFactor, opt.continuousLoadFactor);
        if (cap > 0 && worst[i] > cap + 1e-6)
            out.push_back({toString(n.kind), n.id, n.name, worst[i], cap, worst[i] - cap, "kW"});
    }

    // Cooling: liquid heat on each CDU against its capacity.
    const CoolingModel cooling(d, liquidKw, opt.pipeRoundTrip ? 2.0 : 1.0);
    for (std::size_t i = 0; i < d.coolingNodes.size(); ++i) {
        const CoolingNode& n = d.coolingNodes[i];
        const double load = cooling.cduLoadKw(int(i));
        if (n.kind == CoolingNodeKind::Cdu && n.capacityKw > 0 && load > n.capacityKw + 1e-6)
            out.push_back({"cdu", n.id, n.name, load, n.capacityKw, load - n.capacityKw, "kW"});
    }

    // Floor: the heaviest rack of each hall against the hall's rating, in kPa.
    for (const auto& [hallId, kgPerM2] : floorKgPerM2) {
        const auto h = hallById.find(hallId);
        if (h == hallById.end() || h->second->floorLoadKgPerM2 <= 0)
            continue;
        const double rated = h->second->floorLoadKgPerM2;
        if (kgPerM2 > rated + 1e-6) {
            const double k = kStandardGravityMps2 / 1000.0;
            out.push_back({"floor", hallId, h->second->name, kgPerM2 * k, rated * k,
                           (kgPerM2 - rated) * k, "kPa"});
        }
    }
    return out;
}

} // namespace

std::string swapVariantDescription(const SwapResult& r) {
    return "generation swap to " + r.toSystemId + " (" + toString(r.mode) + ")";
}

double swapPeakTflops(const Catalog& catalog, const std::string& systemId) {
    const CatalogEntry* system = catalog.find(systemId);
    if (!system || system->category != "system")
        return 0.0;
    const CatalogRating* gpuId = system->rating("gpu");
    const CatalogEntry* gpu = gpuId ? catalog.find(gpuId->text) : nullptr;
    if (!gpu)
        return 0.0;
    for (const char* key : {"fp4_dense", "fp4_inference", "fp8_dense", "bf16_dense"})
        if (const double v = gpu->number(key, 0.0); v > 0.0)
            return v;
    return 0.0;
}

std::string suggestedSwapSystem(const Catalog& catalog, const std::string& fromSystemId) {
    std::vector<const CatalogEntry*> gpuSystems;
    for (const CatalogEntry* e : catalog.byCategory("system"))
        if (swapPeakTflops(catalog, e->id) > 0.0)
            gpuSystems.push_back(e);
    const CatalogEntry* from = catalog.find(fromSystemId);
    if (!from || from->category != "system")
        return gpuSystems.empty() ? std::string() : gpuSystems.front()->id;
    const double formFactor = from->number("scale_up_gpus", 0.0);
    const double peak = swapPeakTflops(catalog, from->id);
    const CatalogEntry *next = nullptr, *sameForm = nullptr, *other = nullptr;
    for (const CatalogEntry* e : gpuSystems) {
        if (e->id == from->id)
            continue;
        if (!other)
            other = e;
        if (e->number("scale_up_gpus", 0.0) != formFactor)
            continue;
        if (!sameForm)
            sameForm = e;
        const double p = swapPeakTflops(catalog, e->id);
        if (p > peak && (!next || p < swapPeakTflops(catalog, next->id)))
            next = e;
    }
    const CatalogEntry* pick = next ? next : sameForm ? sameForm : other;
    return pick ? pick->id : std::string();
}

const char* toString(SwapMode mode) {
    return mode == SwapMode::EveryPosition ? "every-position" : "keep-plant";
}

bool fromString(const std::string& s, SwapMode& out) {
    if (s == "keep-plant")
        out = SwapMode::KeepPlant;
    else if (s == "every-position")
        out = SwapMode::EveryPosition;
    else
        return false;
    return true;
}

namespace {

// The target GPU system's spec; a SwapError naming the accepted systems when it is not one.
SystemSpec targetSystem(const Catalog& catalog, const std::string& systemId) {
    std::string accepted;
    for (const CatalogEntry* e : catalog.byCategory("system"))
        accepted += (accepted.empty() ? "" : ", ") + e->id;
    const CatalogEntry* target = catalog.find(systemId);
    if (!target)
        throw SwapError(
            fill(tr("Options", "--system: '%1' is not in the catalog (GPU systems: %2)"),
                 {systemId, accepted}));
    if (target->category != "system")
        throw SwapError(
            fill(tr("Options", "--system: '%1' is a %2, not a GPU system (GPU systems: %3)"),
                 {systemId, target->category, accepted}));
    try {
        return systemSpec(catalog, target->id);
    } catch (const CatalogError& e) {
        throw SwapError(std::string("--system: ") + e.what());
    }
}

// The design's GPU rack positions; r.fromSystemId is the system on most of them.
std::vector<std::size_t> gpuRackPositions(const Design& design, const Catalog& catalog,
                                          SwapResult& r) {
    std::vector<std::size_t> gpuRacks;
    std::map<std::string, long> bySystem;
    for (std::size_t i = 0; i < design.racks.size(); ++i) {
        const CatalogEntry* e = catalog.find(design.racks[i].catalogId);
        if (e && e->category == "system") {
            gpuRacks.push_back(i);
            ++bySystem[e->id];
        }
    }
    if (gpuRacks.empty())
        throw SwapError(tr("Options", "the design has no GPU racks: there is nothing to swap"));
    long most = 0;
    for (const auto& [id, n] : bySystem)
        if (n > most) {
            most = n;
            r.fromSystemId = id;
        }
    if (bySystem.size() == 1 && r.fromSystemId == r.toSystemId)
        throw SwapError(fill(tr("Options", "--system: every GPU rack of the design is %1 already"),
                             {r.toSystemId}));
    return gpuRacks;
}

// Designs with the first k positions of the fill order on the new system (the others emptied),
// and their findings that the original design does not have.
class SwapCandidates {
public:
    SwapCandidates(const Design& design, const Catalog& catalog, const std::string& toSystemId,
                   std::vector<std::size_t> gpuRacks, std::vector<std::size_t> fillOrder)
        : design_(design), catalog_(catalog), gpuRacks_(std::move(gpuRacks)),
          fillOrder_(std::move(fillOrder)), repopulate_(design, catalog, toSystemId) {
        const ValidationResult before = validateAllFindings(design, catalog);
        for (const Finding& f : before.findings)
            beforeKeys_.insert(keyOf(f));
    }

    std::size_t size() const { return fillOrder_.size(); }

    Design withFirst(std::size_t k) const {
        std::vector<RackAction> actions(design_.racks.size(), RackAction::Keep);
        for (std::size_t i : gpuRacks_)
            actions[i] = RackAction::Remove;
        for (std::size_t j = 0; j < k && j < fillOrder_.size(); ++j)
            actions[fillOrder_[j]] = RackAction::Swap;
        return repopulate_.build(actions);
    }

    std::vector<SwapFindingGroup> findingsOf(const Design& d) const {
        return newFindingsOf(validateAllFindings(d, catalog_), beforeKeys_);
    }

    static bool passes(const std::vector<SwapFindingGroup>& g) {
        return std::none_of(g.begin(), g.end(), blocksKeepPlant);
    }

private:
    const Design& design_;
    const Catalog& catalog_;
    const std::vector<std::size_t> gpuRacks_;
    const std::vector<std::size_t> fillOrder_;
    const Repopulator repopulate_;
    std::set<FindingKey> beforeKeys_;
};

// Keep-plant: every position when that adds no error of power, cooling, floor or space; else the
// largest count that does not, by bisection (more racks never clear such an error), with the
// categories that limit it.
void keepPlant(SwapResult& r, const SwapCandidates& c, Design& every,
               std::vector<SwapFindingGroup>& everyFindings) {
    std::size_t kept = c.size();
    std::vector<SwapFindingGroup> keptFindings = everyFindings;
    if (!SwapCandidates::passes(everyFindings)) {
        // lo passes, hi fails.
        std::size_t lo = 0, hi = c.size();
        std::vector<SwapFindingGroup> hiFindings = everyFindings;
        keptFindings = c.findingsOf(c.withFirst(0));
        while (hi - lo > 1) {
            const std::size_t mid = lo + (hi - lo) / 2;
            std::vector<SwapFindingGroup> g = c.findingsOf(c.withFirst(mid));
            if (SwapCandidates::passes(g)) {
                lo = mid;
                keptFindings = std::move(g);
            } else {
                hi = mid;
                hiFindings = std::move(g);
            }
        }
        kept = lo;
        for (const std::string& cat : plantCategories())
            if (std::any_of(hiFindings.begin(), hiFindings.end(), [&](const SwapFindingGroup& g) {
                    return blocksKeepPlant(g) && g.category == cat;
                }))
                r.limits.push_back(cat);
    } else if (r.droppedNoFit > 0) {
        r.limits.push_back("space");
    }
    r.design = kept == c.size() ? std::move(every) : c.withFirst(kept);
    r.newFindings = std::move(keptFindings);
    r.placed = long(kept);
    r.leftEmpty = long(c.size() - kept);
}

// The before and after figures, the facility power every position needs against the grid
// connection, and the notes.
void addFiguresAndNotes(SwapResult& r, const Design& design, const Catalog& catalog,
                        const Design& every, SwapMode mode) {
    double everyFacilityMw = 0.0;
    r.before = designFigures(design, catalog, "before");
    r.after = designFigures(r.design, catalog, "after");
    // With every position placed (either mode) the swapped design is the every-position one;
    // only otherwise is `every` (then not moved into r.design) estimated on its own.
    if (r.leftEmpty == 0) {
        everyFacilityMw = r.after.facilityDesignMw;
    } else {
        try {
            everyFacilityMw = estimateFactory(every, catalog, {}).basis.facilityDesignKw / 1000.0;
        } catch (const std::exception&) {
            everyFacilityMw = 0.0;
        }
    }
    const double gridMw = design.site.gridConnectionMw;
    if (gridMw > 0 && std::isfinite(everyFacilityMw) && everyFacilityMw > gridMw + 1e-9)
        r.shortfalls.push_back({"grid", kNoId, design.site.name, everyFacilityMw, gridMw,
                                everyFacilityMw - gridMw, "MW"});
    if (mode == SwapMode::KeepPlant)
        r.notes.push_back(
            "keep-plant: the racks sharing the same power feeds and CDUs keep the same share of "
            "their positions, from their start along the row; "
            "the count is the largest with no new error finding of power, cooling, floor load or "
            "space (found by bisection)");
    r.notes.push_back("each rack's own power shelves and tap-off follow the new system; busways, "
                      "UPS, transformers, CDUs, pipes, floors, the cooling plant, the site and the "
                      "network stay as they are");
}

} // namespace

SwapResult swapGeneration(const Design& design, const Catalog& catalog, const std::string& systemId,
                          SwapMode mode) {
    const SystemSpec to = targetSystem(catalog, systemId);
    SwapResult r;
    r.mode = mode;
    r.toSystemId = catalog.find(systemId)->id;
    std::vector<std::size_t> gpuRacks = gpuRackPositions(design, catalog, r);
    r.positions = long(gpuRacks.size());

    std::vector<std::size_t> fillOrder, noFit;
    orderPositions(design, gpuRacks, to, fillOrder, noFit);
    r.droppedNoFit = long(noFit.size());
    const SwapCandidates candidates(design, catalog, r.toSystemId, std::move(gpuRacks),
                                    std::move(fillOrder));

    Design every = candidates.withFirst(candidates.size());
    std::vector<SwapFindingGroup> everyFindings = candidates.findingsOf(every);
    r.shortfalls = shortfallsOf(every, catalog);
    if (mode == SwapMode::EveryPosition) {
        r.design = std::move(every);
        r.newFindings = std::move(everyFindings);
        r.placed = long(candidates.size());
    } else {
        keepPlant(r, candidates, every, everyFindings);
    }
    addFiguresAndNotes(r, design, catalog, every, mode);
    return r;
}

namespace {

// Shortfalls of one kind, largest first, with their total.
struct ShortfallKind {
    std::string kind, unit;
    double total = 0.0, largest = 0.0;
    std::vector<const SwapShortfall*> items;
};

std::vector<ShortfallKind> byKind(const std::vector<SwapShortfall>& shortfalls) {
    std::vector<ShortfallKind> kinds;
    for (const SwapShortfall& s : shortfalls) {
        auto it = std::find_if(kinds.begin(), kinds.end(),
                               [&](const ShortfallKind& k) { return k.kind == s.kind; });
        if (it == kinds.end()) {
            kinds.push_back({s.kind, s.unit, 0.0, 0.0, {}});
            it = kinds.end() - 1;
        }
        it->total += s.shortValue;
        it->largest = std::max(it->largest, s.shortValue);
        it->items.push_back(&s);
    }
    for (ShortfallKind& k : kinds)
        std::stable_sort(k.items.begin(), k.items.end(),
                         [](const SwapShortfall* a, const SwapShortfall* b) {
                             if (a->shortValue != b->shortValue)
                                 return a->shortValue > b->shortValue;
                             return a->objectId < b->objectId;
                         });
    return kinds;
}

// Shown to people: how many of each kind are listed in the text before "and N more".
constexpr std::size_t kListedPerKind = 8;

const char* kindLabel(const std::string& kind) {
    if (kind == "busway")
        return AIFP_TRANSLATE_NOOP("Options", "Busway capacity");
    if (kind == "cdu")
        return AIFP_TRANSLATE_NOOP("Options", "CDU capacity");
    if (kind == "floor")
        return AIFP_TRANSLATE_NOOP("Options", "Floor rating");
    if (kind == "grid")
        return AIFP_TRANSLATE_NOOP("Options", "Grid connection (facility design power)");
    if (kind == "ups")
        return AIFP_TRANSLATE_NOOP("Options", "UPS capacity");
    if (kind == "transformer")
        return AIFP_TRANSLATE_NOOP("Options", "Transformer capacity");
    if (kind == "lv_switchboard")
        return AIFP_TRANSLATE_NOOP("Options", "LV switchboard capacity");
    if (kind == "pdu" || kind == "rpp")
        return AIFP_TRANSLATE_NOOP("Options", "PDU and RPP capacity");
    if (kind == "rack_power_shelf")
        return AIFP_TRANSLATE_NOOP("Options", "Rack power shelf capacity");
    return AIFP_TRANSLATE_NOOP("Options", "Power equipment capacity");
}

const char* categoryLabel(const std::string& category) {
    if (category == "power")
        return AIFP_TRANSLATE_NOOP("Options", "power");
    if (category == "cooling")
        return AIFP_TRANSLATE_NOOP("Options", "cooling");
    if (category == "floor")
        return AIFP_TRANSLATE_NOOP("Options", "floor load");
    if (category == "space")
        return AIFP_TRANSLATE_NOOP("Options", "space");
    if (category == "density")
        return AIFP_TRANSLATE_NOOP("Options", "hall rack rating");
    if (category == "network")
        return AIFP_TRANSLATE_NOOP("Options", "network");
    return AIFP_TRANSLATE_NOOP("Options", "other");
}

int decimalsOf(const std::string& unit) {
    return unit == "kW" ? 0 : unit == "kPa" ? 2 : 1;
}

json::Value findingGroupJson(const SwapFindingGroup& g) {
    return json::object(
        {{"rule", g.rule},
         {"category", g.category},
         {"severity", toString(g.severity)},
         {"count", g.count},
         {"objects",
          json::arrayOf(g.objects, [](ObjectId id) { return static_cast<long long>(id); })},
         {"example", g.example}});
}

json::Value shortfallJson(const SwapShortfall* s) {
    return json::object(
        {{"id",
          s->objectId == kNoId ? json::Value() : json::Value(static_cast<long long>(s->objectId))},
         {"name", s->name},
         {"required", s->requiredValue},
         {"available", s->availableValue},
         {"short", s->shortValue}});
}

json::Value shortfallKindJson(const ShortfallKind& k) {
    return json::object({{"kind", k.kind},
                         {"unit", k.unit},
                         {"count", static_cast<long long>(k.items.size())},
                         {"total_short", k.total},
                         {"largest_short", k.largest},
                         {"items", json::arrayOf(k.items, shortfallJson)}});
}

} // namespace

json::Value swapJson(const SwapResult& r) {
    Comparison c;
    c.designs = {r.before, r.after};
    return json::object({{"mode", toString(r.mode)},
                         {"from_system", r.fromSystemId},
                         {"to_system", r.toSystemId},
                         {"positions", r.positions},
                         {"placed", r.placed},
                         {"dropped_no_fit", r.droppedNoFit},
                         {"left_empty", r.leftEmpty},
                         {"limits", json::arrayOf(r.limits)},
                         {"new_findings", json::arrayOf(r.newFindings, findingGroupJson)},
                         {"must_add", json::arrayOf(byKind(r.shortfalls), shortfallKindJson)},
                         {"figures", comparisonJson(c)},
                         {"notes", json::arrayOf(r.notes)}});
}

std::string swapText(const SwapResult& r) {
    std::string out;
    out += fill(tr("Options", "Generation swap: %1 -> %2 (%3)"),
                {r.fromSystemId, r.toSystemId,
                 r.mode == SwapMode::EveryPosition ? tr("Options", "every position")
                                                   : tr("Options", "keep the plant")}) +
           "\n";
    out += fill(tr("Options", "GPU rack positions: %1; new racks placed: %2; dropped (the new "
                              "footprint does not fit): %3; left empty for the plant: %4"),
                {display::formatCount(double(r.positions)), display::formatCount(double(r.placed)),
                 display::formatCount(double(r.droppedNoFit)),
                 display::formatCount(double(r.leftEmpty))}) +
           "\n";
    if (r.mode == SwapMode::KeepPlant) {
        std::string limits;
        for (const auto& l : r.limits)
            limits += (limits.empty() ? "" : ", ") + std::string(tr("Options", categoryLabel(l)));
        out += fill(tr("Options", "Limited by: %1"),
                    {limits.empty() ? std::string(tr("Options", "nothing (every position holds a "
                                                                "new rack)"))
                                    : limits}) +
               "\n";
    }
    out += "\n";
    if (r.newFindings.empty()) {
        out += std::string(tr("Options", "New findings after the swap: none")) + "\n";
    } else {
        out += std::string(tr("Options", "New findings after the swap, by kind:")) + "\n";
        for (const SwapFindingGroup& g : r.newFindings)
            out += "  " +
                   fill(tr("Options", "%1 %2 (%3): %4 x; e.g. %5"),
                        {tr("Options", categoryLabel(g.category)), g.rule,
                         tr("Cli", toString(g.severity)), display::formatCount(double(g.count)),
                         g.example}) +
                   "\n";
    }
    out += "\n";
    const std::vector<ShortfallKind> kinds = byKind(r.shortfalls);
    if (kinds.empty()) {
        out += fill(tr("Options", "What must be added for every position to hold %1: nothing "
                                  "(busways, CDUs, floors and the grid connection suffice)"),
                    {r.toSystemId}) +
               "\n";
    } else {
        out += fill(tr("Options", "What must be added for every position to hold %1:"),
                    {r.toSystemId}) +
               "\n";
        for (const ShortfallKind& k : kinds) {
            const int dec = decimalsOf(k.unit);
            out += "  " +
                   fill(tr("Options", "%1: %2 short by %3 %4 in total (largest %5 %4)"),
                        {tr("Options", kindLabel(k.kind)),
                         display::formatCount(double(k.items.size())),
                         display::formatNumber(k.total, dec), k.unit,
                         display::formatNumber(k.largest, dec)}) +
                   "\n";
            for (std::size_t i = 0; i < k.items.size() && i < kListedPerKind; ++i) {
                const SwapShortfall& s = *k.items[i];
                const std::string who = s.objectId == kNoId
                                            ? s.name
                                            : s.name + " (id " + std::to_string(s.objectId) + ")";
                out += "    " +
                       fill(tr("Options", "%1: needs %2 %3, has %4 %3, short %5 %3"),
                            {who, display::formatNumber(s.requiredValue, dec), k.unit,
                             display::formatNumber(s.availableValue, dec),
                             display::formatNumber(s.shortValue, dec)}) +
                       "\n";
            }
            if (k.items.size() > kListedPerKind)
                out += "    " +
                       fill(tr("Options", "and %1 more (--format json lists them all)"),
                            {display::formatCount(double(k.items.size() - kListedPerKind))}) +
                       "\n";
        }
    }
    out += "\n" + std::string(tr("Options", "Figures before and after the swap:")) + "\n";
    Comparison c;
    c.designs = {r.before, r.after};
    c.designs[0].name = tr("Options", "before");
    c.designs[1].name = tr("Options", "after");
    out += comparisonText(c);
    return out;
}

} // namespace aifp
