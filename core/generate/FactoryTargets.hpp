#pragma once
#include "core/model/DesignSettings.hpp"
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

class Catalog;

// Bad generator input or a target that cannot be met: one line naming the field and the reason.
struct GenerateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What the planner asks for. Exactly one of targetGridMw and targetGpus is > 0.
struct FactoryTargets {
    std::string name = "New AI factory";
    double targetGridMw = 0.0; // facility power at the grid connection (IT + cooling + losses)
    int targetGpus = 0;        // alternatively: the number of GPUs
    std::string systemId = "gb300-nvl72";
    CoolingMode cooling = CoolingMode::Liquid;
    // Facility water supply temperature (liquid / hybrid); 0: the highest the system allows
    // (catalog max_supply_water_c, see withCatalogDefaults).
    double supplyWaterC = 0.0;
    double designAmbientC = 35.0; // dry-bulb design ambient for heat rejection
    // Mean coincident wet-bulb at the design ambient; NaN: not known (no adiabatic credit).
    double designWetBulbC = std::numeric_limits<double>::quiet_NaN();
    // Climate library location (resources/climate.json); "" = design ambient typed in. When set,
    // withCatalogDefaults takes the design dry- and wet-bulb from the library.
    std::string climateId;
    // Cooling technology: "" (from the cooling mode), dlc, full-liquid, rear-door, air.
    std::string coolingTechnology;
    RedundancyScheme redundancy = RedundancyScheme::TwoN;
    std::string fabricSwitchId = "q3400"; // q3400 (XDR IB), qm9700 (NDR IB), sn5600 (Spectrum-X)
    bool railOptimized = true;
    double oversubscription = 1.0;
    // Hall limits (0: no limit of that kind).
    double maxHallWidthM = 120.0;
    double maxHallDepthM = 120.0;
    int maxRacksPerHall = 0;
    double maxHallItMw = 50.0;
    // Site constraints (0: unconstrained).
    double landAreaM2 = 0.0;
    int maxHalls = 0;
};

// Checks the targets against each other and the catalog. Throws GenerateError naming the field
// on an error; returns warnings (e.g. hybrid cooling of a rack above the air limit).
std::vector<std::string> validateTargets(const FactoryTargets& targets, const Catalog& catalog);

// Facility water supply when none is given: the system's catalog max_supply_water_c (the
// warmest water it accepts: least chiller work), else 32 C (ASHRAE liquid class W32,
// assumption). `source` receives the basis, for the generator's assumption list.
double defaultSupplyWaterC(const Catalog& catalog, const std::string& systemId,
                           std::string* source = nullptr);

// The targets with their defaults filled in: supply water from the catalog when 0, design
// dry-/wet-bulb from the climate library when climateId is set. Throws GenerateError on an
// unknown climate id. `notes` receives one line per default taken.
FactoryTargets withCatalogDefaults(const FactoryTargets& targets, const Catalog& catalog,
                                   std::vector<std::string>* notes = nullptr);

struct Design;

// The targets a design was generated from, as far as the design records them: the grid capacity
// (site.gridConnectionMw; the GPU count when it is 0), the system of most GPU racks, cooling,
// redundancy, fabric, rail optimisation, oversubscription, the first hall's facility water
// supply, the design ambient and climate location, and the site name. Limits the design does not
// record (hall size and power, hall count, land, cooling technology) take the defaults of
// FactoryTargets. Used to re-generate a variant with some targets changed (aifp-cli variant add).
// Throws GenerateError when the design has no GPU racks.
FactoryTargets targetsOfDesign(const Design& design, const Catalog& catalog);

// Maps the fabric switch id to the fabric kind; throws GenerateError on an unknown id.
FabricKind fabricKindOf(const std::string& switchId);

} // namespace aifp
