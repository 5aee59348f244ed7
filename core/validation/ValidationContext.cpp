#include "core/validation/ValidationContext.hpp"
#include "core/estimate/CoolingPlant.hpp"

namespace aifp {

ValidationContext::ValidationContext(const Design& design, const Catalog& catalog,
                                     const ValidationOptions& options)
    : design_(design),
      catalog_(design.userCatalog.empty() ? catalog : catalog.withUserEntries(design.userCatalog)),
      options_(options), index_(design) {
    for (const Rack& r : design.racks) {
        if (specs_.count(r.catalogId) || specErrors_.count(r.catalogId))
            continue;
        try {
            specs_.emplace(r.catalogId, systemSpec(catalog_, r.catalogId));
        } catch (const CatalogError& e) {
            specErrors_.emplace(r.catalogId, e.what());
        }
    }
    rackSpecs_.reserve(design.racks.size());
    for (const Rack& r : design.racks)
        rackSpecs_.push_back(specFor(r.catalogId));
}

const SystemSpec* ValidationContext::specFor(const std::string& catalogId) const {
    auto it = specs_.find(catalogId);
    return it == specs_.end() ? nullptr : &it->second;
}

std::string ValidationContext::specError(const std::string& catalogId) const {
    auto it = specErrors_.find(catalogId);
    return it == specErrors_.end() ? std::string() : it->second;
}

double ValidationContext::airLimitKw() const {
    return options_.airCoolingLimitKw > 0 ? options_.airCoolingLimitKw
                                          : design_.settings.airCoolingLimitKw;
}

double ValidationContext::liquidFraction(std::size_t rackIndex) const {
    const SystemSpec* s = rackSpecs_[rackIndex];
    if (!s)
        return 0.0;
    const Hall* h = hall(design_.racks[rackIndex].hallId);
    // One definition with the estimator: the catalog share, or the design's cooling technology
    // (estimate.liquid_fraction), 0 in an air-cooled hall.
    return designLiquidFraction(design_, s->liquidFraction,
                                h && h->cooling == CoolingProvision::Air);
}

} // namespace aifp
