#include "core/validation/Validator.hpp"
#include "core/validation/CoolingRules.hpp"
#include "core/validation/DensityRules.hpp"
#include "core/validation/FindingText.hpp"
#include "core/validation/GeometryRules.hpp"
#include "core/validation/NetworkRules.hpp"
#include "core/validation/PowerRules.hpp"
#include "core/validation/ValidationContext.hpp"
#include <algorithm>

namespace aifp {

Validator::Validator(const Catalog& catalog, ValidationOptions options)
    : catalog_(catalog), options_(options) {
    families_.push_back(std::make_unique<DensityRules>());
    families_.push_back(std::make_unique<PowerRules>());
    families_.push_back(std::make_unique<CoolingRules>());
    families_.push_back(std::make_unique<NetworkRules>());
    families_.push_back(std::make_unique<GeometryRules>());
    cached_.assign(families_.size(), {});
}

Validator::~Validator() = default;

ValidationResult Validator::validateAll(const Design& design) {
    const ValidationContext ctx(design, catalog_, options_);
    lastRun_.clear();
    for (std::size_t i = 0; i < families_.size(); ++i) {
        cached_[i] = families_[i]->validate(ctx);
        lastRun_.push_back(families_[i]->name());
    }
    validated_ = true;
    rememberRacks(design);
    return assemble();
}

void Validator::rememberRacks(const Design& design) {
    racks_.clear();
    racks_.reserve(design.racks.size());
    for (std::size_t i = 0; i < design.racks.size(); ++i) {
        const Rack& r = design.racks[i];
        racks_[r.id] = RackIdentity{i, r.hallId, r.rowId, r.catalogId, r.name};
    }
}

bool Validator::placementOnly(const Design& design, const DesignChange& change) const {
    if (change.kind != DesignChange::Kind::Modified || change.siteChanged ||
        change.settingsChanged || change.catalogChanged || change.ids.empty())
        return false;
    for (ObjectKind k : change.objectKinds)
        if (k != ObjectKind::Rack)
            return false;
    if (design.racks.size() != racks_.size())
        return false;
    for (ObjectId id : change.ids) {
        auto it = racks_.find(id);
        if (it == racks_.end() || it->second.index >= design.racks.size())
            return false;
        const Rack& r = design.racks[it->second.index];
        const RackIdentity& was = it->second;
        if (r.id != id || r.hallId != was.hallId || r.rowId != was.rowId ||
            r.catalogId != was.catalogId || r.name != was.name)
            return false;
    }
    return true;
}

ValidationResult Validator::revalidate(const Design& design, const DesignChange& change) {
    if (!validated_)
        return validateAll(design);
    lastRun_.clear();
    if (placementOnly(design, change)) {
        bool done = true;
        for (std::size_t i = 0; i < families_.size() && done; ++i) {
            if (!families_[i]->readsRackPlacement())
                continue;
            std::vector<Finding> updated;
            if (families_[i]->revalidatePlacement(design, change.ids, updated)) {
                cached_[i] = std::move(updated);
                lastRun_.push_back(std::string(families_[i]->name()) + " (incremental)");
            } else {
                done = false;
            }
        }
        if (done)
            return assemble();
        lastRun_.clear();
    }
    const ValidationContext ctx(design, catalog_, options_);
    for (std::size_t i = 0; i < families_.size(); ++i)
        if (families_[i]->reads(change)) {
            cached_[i] = families_[i]->validate(ctx);
            lastRun_.push_back(families_[i]->name());
        }
    rememberRacks(design);
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
