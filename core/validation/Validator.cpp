#include "core/validation/Validator.hpp"
#include "core/validation/FindingText.hpp"
#include "core/validation/RuleRegistry.hpp"
#include "core/validation/ValidationContext.hpp"
#include <algorithm>

namespace aifp {

Validator::Validator(const Catalog& catalog, ValidationOptions options)
    : catalog_(catalog), options_(options), families_(makeRuleFamilies()) {
    cached_.assign(families_.size(), {});
}

Validator::~Validator() = default;

const ValidationContext& Validator::freshContext(const Design& design) {
    for (auto& f : families_)
        f->dropKept();
    context_.reset();
    context_ = std::make_unique<ValidationContext>(design, catalog_, options_);
    return *context_;
}

ValidationResult Validator::validateAll(const Design& design) {
    const ValidationContext& ctx = freshContext(design);
    lastRun_.clear();
    for (std::size_t i = 0; i < families_.size(); ++i) {
        cached_[i] = families_[i]->validate(ctx);
        lastRun_.push_back(families_[i]->name());
    }
    validated_ = true;
    rememberPlacementInputs(design);
    return assemble();
}

namespace {
// A connection as placement-only edits leave it: without the route and length a move drags.
template <class T> T withoutRoute(T o) {
    o.routeM.clear();
    o.lengthM = 0.0;
    return o;
}

// Adds the connections of a placement-only change to out (their indices), false when one of
// them is not one a move leaves as it was apart from its route.
template <class T>
bool sameButRoutes(const std::vector<T>& list,
                   const std::unordered_map<ObjectId, std::pair<std::size_t, T>>& was,
                   const std::vector<ObjectId>& ids, std::vector<std::size_t>& out) {
    if (list.size() != was.size())
        return false;
    for (ObjectId id : ids) {
        auto it = was.find(id);
        if (it == was.end())
            continue; // not of this kind
        const std::size_t i = it->second.first;
        if (i >= list.size() || list[i].id != id || withoutRoute(list[i]) != it->second.second)
            return false;
        out.push_back(i);
    }
    return true;
}
} // namespace

void Validator::rememberPlacementInputs(const Design& design) {
    racks_.clear();
    racks_.reserve(design.racks.size());
    for (std::size_t i = 0; i < design.racks.size(); ++i) {
        const Rack& r = design.racks[i];
        racks_[r.id] = RackIdentity{i, r.hallId, r.rowId, r.catalogId, r.name};
    }
    pipes_.clear();
    pipes_.reserve(design.pipes.size());
    for (std::size_t i = 0; i < design.pipes.size(); ++i)
        pipes_[design.pipes[i].id] = {i, withoutRoute(design.pipes[i])};
    powerLinks_.clear();
    powerLinks_.reserve(design.powerLinks.size());
    for (std::size_t i = 0; i < design.powerLinks.size(); ++i)
        powerLinks_[design.powerLinks[i].id] = {i, withoutRoute(design.powerLinks[i])};
}

bool Validator::mayBePlacementOnly(const DesignChange& change) {
    if (change.kind != DesignChange::Kind::Modified || change.siteChanged ||
        change.settingsChanged || change.catalogChanged || change.ids.empty())
        return false;
    for (ObjectKind k : change.objectKinds)
        if (k != ObjectKind::Rack && k != ObjectKind::Pipe && k != ObjectKind::PowerLink)
            return false;
    return true;
}

std::optional<PlacementChange> Validator::placementOnly(const Design& design,
                                                        const DesignChange& change) const {
    if (!mayBePlacementOnly(change) || design.racks.size() != racks_.size())
        return std::nullopt;
    PlacementChange out;
    for (ObjectId id : change.ids) {
        auto it = racks_.find(id);
        if (it == racks_.end())
            continue; // a pipe or power link, checked below
        if (it->second.index >= design.racks.size())
            return std::nullopt;
        const Rack& r = design.racks[it->second.index];
        const RackIdentity& was = it->second;
        if (r.id != id || r.hallId != was.hallId || r.rowId != was.rowId ||
            r.catalogId != was.catalogId || r.name != was.name)
            return std::nullopt;
        out.racks.push_back(id);
    }
    if (!sameButRoutes(design.pipes, pipes_, change.ids, out.pipes) ||
        !sameButRoutes(design.powerLinks, powerLinks_, change.ids, out.powerLinks))
        return std::nullopt;
    // Every id is one of the three kinds (an id of another kind: not placement only).
    if (out.racks.size() + out.pipes.size() + out.powerLinks.size() != change.ids.size())
        return std::nullopt;
    return out;
}

ValidationResult Validator::revalidate(const Design& design, const DesignChange& change) {
    if (!validated_)
        return validateAll(design);
    lastRun_.clear();
    if (const auto placement = placementOnly(design, change)) {
        std::vector<std::vector<Finding>> updated(families_.size());
        std::vector<std::size_t> whole; // families that read a re-routed route: run whole
        bool done = true;
        for (std::size_t i = 0; i < families_.size() && done; ++i) {
            if (families_[i]->readsRackPlacement()) {
                done = families_[i]->revalidatePlacement(design, *placement, updated[i]);
                if (done)
                    lastRun_.push_back(std::string(families_[i]->name()) + " (incremental)");
            } else if ((!placement->pipes.empty() && families_[i]->readsPipeRoutes()) ||
                       (!placement->powerLinks.empty() && families_[i]->readsPowerLinkRoutes())) {
                whole.push_back(i);
            }
        }
        if (done) {
            for (std::size_t i = 0; i < families_.size(); ++i)
                if (families_[i]->readsRackPlacement())
                    cached_[i] = std::move(updated[i]);
            if (!whole.empty()) {
                // The ids, kinds and indices of every object are as the kept context has
                // them: it serves again while it is about this design object.
                const ValidationContext& ctx =
                    context_ && &context_->design() == &design ? *context_ : freshContext(design);
                for (std::size_t i : whole) {
                    if (families_[i]->revalidateRoutes(ctx, *placement, cached_[i])) {
                        lastRun_.push_back(std::string(families_[i]->name()) + " (routes)");
                    } else {
                        cached_[i] = families_[i]->validate(ctx);
                        lastRun_.push_back(families_[i]->name());
                    }
                }
            }
            return assemble();
        }
        lastRun_.clear();
    }
    const ValidationContext& ctx = freshContext(design);
    for (std::size_t i = 0; i < families_.size(); ++i)
        if (families_[i]->reads(change)) {
            cached_[i] = families_[i]->validate(ctx);
            lastRun_.push_back(families_[i]->name());
        }
    rememberPlacementInputs(design);
    return assemble();
}

ValidationResult Validator::assemble() const {
    std::size_t n = 0;
    for (const auto& v : cached_)
        n += v.size();
    std::vector<Finding> all;
    all.reserve(n);
    for (const auto& v : cached_)
        all.insert(all.end(), v.begin(), v.end());
    ValidationResult result = makeResult(std::move(all));
    // Sorted by severity then rule: keep the first maxFindingsPerRule of each run, then one
    // summary. The error/warning/info counts stay the full counts.
    const std::size_t cap = options_.maxFindingsPerRule;
    if (cap == 0)
        return result;
    std::vector<Finding> kept;
    kept.reserve(std::min(result.findings.size(), std::size_t{4096}));
    for (std::size_t i = 0; i < result.findings.size();) {
        std::size_t j = i;
        while (j < result.findings.size() && result.findings[j].rule == result.findings[i].rule &&
               result.findings[j].severity == result.findings[i].severity)
            ++j;
        for (std::size_t k = i; k < std::min(j, i + cap); ++k)
            kept.push_back(std::move(result.findings[k]));
        if (j - i > cap) {
            const Finding& first = result.findings[i + cap];
            kept.push_back(makeFinding(
                first.rule, first.severity, first.objects,
                "and " + std::to_string(j - i - cap) + " more " + first.rule +
                    " findings (the first " + std::to_string(cap) + " are listed)",
                "Fix the listed ones first; validate again to see the rest.", first.source));
        }
        i = j;
    }
    result.findings = std::move(kept);
    return result;
}

} // namespace aifp
