#pragma once
#include "core/generate/FactoryGenerator.hpp"
#include "core/model/Design.hpp"
#include <optional>
#include <string>

namespace aifp {

class Catalog;

// The targets a new variant changes against the variant it is made from (aifp-cli variant add
// and the GUI's New variant dialog). An empty field keeps the source's value.
struct VariantTargetChanges {
    std::optional<std::string> systemId; // catalog id or alias of a GPU system
    std::optional<RedundancyScheme> redundancy;
    std::optional<CoolingMode> cooling;
    std::optional<double> supplyWaterC;   // facility water supply, > 0
    std::optional<std::string> climateId; // climate library location

    // True when one of the changes needs the plant re-generated.
    bool regenerates() const {
        return systemId || redundancy || cooling || supplyWaterC || climateId;
    }
};

// The design `from` re-generated from its own targets (targetsOfDesign) with the changes; what
// the generator does not decide (customer, location, serving model, schedule, prices, owned
// equipment, user catalog and models, document control, procurement) is carried over from
// `from`. A new system takes its own catalog water limit unless supplyWaterC is given.
// Throws GenerateError or CatalogError (one line) on bad targets. No I/O.
GeneratedFactory regenerateVariant(const Design& from, const VariantTargetChanges& changes);

} // namespace aifp
