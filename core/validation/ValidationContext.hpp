#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/validation/ValidationOptions.hpp"
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

// What every rule family needs about one design, computed once per validation run: the object
// table (id -> kind and index), the catalog with the project's user entries, and each rack's
// system spec.
class ValidationContext {
public:
    ValidationContext(const Design& design, const Catalog& catalog,
                      const ValidationOptions& options);

    const Design& design() const { return design_; }
    const Catalog& catalog() const { return catalog_; }
    const ValidationOptions& options() const { return options_; }
    const DesignIndex& index() const { return index_; }

    // The spec of rack i (index into design.racks), or nullptr when its catalog id is unknown or
    // not a system (specError says why).
    const SystemSpec* spec(std::size_t rackIndex) const { return rackSpecs_[rackIndex]; }
    const SystemSpec* specFor(const std::string& catalogId) const;
    std::string specError(const std::string& catalogId) const;

    const Hall* hall(ObjectId id) const { return index_.hall(id); }
    double airLimitKw() const;
    // Rack heat split: liquid share of rack i's heat, 0 when its hall has no liquid provision.
    double liquidFraction(std::size_t rackIndex) const;

private:
    const Design& design_;
    Catalog catalog_;
    const ValidationOptions& options_;
    DesignIndex index_;
    std::unordered_map<std::string, SystemSpec> specs_;
    std::unordered_map<std::string, std::string> specErrors_;
    std::vector<const SystemSpec*> rackSpecs_;
};

} // namespace aifp
