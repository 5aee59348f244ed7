#pragma once
#include "core/estimate/EstimateAssumptions.hpp"
#include "core/util/Json.hpp"
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

struct BreakdownItem {
    std::string label;
    double value = 0.0; // kW for power, USD for cost
};

// The IT equipment of a design and its nameplate power (docs/estimation.md "Power basis").
struct ItLoad {
    int racks = 0;        // rack positions holding a known GPU system
    int racksSkipped = 0; // racks whose catalog id is not a known GPU system
    long long gpus = 0;
    int systems = 0;
    double rackDesignKw = 0.0;     // catalog rack_power_kw
    double rackTypicalKw = 0.0;    // rack_power_kw x typical_power_fraction
    double liquidDesignKw = 0.0;   // rack_power_kw x liquid_fraction
    double coolantLpmDesign = 0.0; // liquid kW x coolant_flow_lpm_per_kw
    int switches = 0;              // compute + storage/in-band switches
    int outOfBandSwitches = 0;
    double switchKw = 0.0;      // all switches, out-of-band included
    double outOfBandKw = 0.0;   // of which out-of-band
    long long transceivers = 0; // optical modules at both ends of optical links
    double opticsKw = 0.0;
    int storageNodes = 0;
    double storageKw = 0.0;
    int managementNodes = 0;
    double managementKw = 0.0;
    std::vector<std::string> notes;
    // Network, storage and management gear run at nameplate in both bases (assumption).
    double supportKw() const { return switchKw + opticsKw + storageKw + managementKw; }
    double designKw() const { return rackDesignKw + supportKw(); }
    double typicalKw() const { return rackTypicalKw + supportKw(); }
};

// Electrical power of the cooling plant at one operating point, as the power basis shows it
// (core/estimate/CoolingPlant.hpp computes it; docs/estimation.md section 3).
struct FacilityCooling {
    double heatRejectionKw = 0.0; // dry-cooler fans, trim / air-side chillers, plant pumps
    double cduPumpKw = 0.0;       // CDU pumps and controls (on UPS)
    double airFanKw = 0.0;        // air handlers / rear doors
    double totalKw() const { return heatRejectionKw + cduPumpKw + airFanKw; }
    std::vector<std::string> notes;
};

// Facility power at one operating point: an IT load and an outdoor temperature.
struct FacilityPoint {
    double itKw = 0.0;
    double ambientC = 0.0;
    FacilityCooling cooling;      // coolingAt() in PowerBasis.cpp
    double upsLoadKw = 0.0;       // IT + CDU pumps and controls (on UPS)
    double upsLoadFraction = 0.0; // of the installed UPS capacity
    double upsEfficiency = 1.0;   // at that load
    double upsLossKw = 0.0;
    double transformerLossKw = 0.0; // MV/LV unit-substation transformers
    double substationLossKw = 0.0;  // HV/MV main transformers
    double facilityKw = 0.0;
    std::vector<BreakdownItem> breakdownKw(const ItLoad& it, double rackKw) const;
};

// The power figures of a design, defined once and named everywhere (CLI text and JSON, wizard,
// Estimates dock, report). docs/estimation.md "Power basis" gives the formulas.
struct PowerBasis {
    ItLoad it;
    double itDesignKw = 0.0;        // nameplate IT: racks at design kW + network, optics, storage,
                                    // management
    double itTypicalKw = 0.0;       // racks at their typical load fraction + the same gear
    double facilityDesignKw = 0.0;  // design IT at the design ambient: grid capacity to contract
    double facilityDesignKva = 0.0; // the same at the power factor kFacilityPowerFactor
    double facilityTypicalKw = 0.0; // typical IT at the design ambient
    double pueDesign = 0.0;         // facilityDesignKw / itDesignKw
    double pueAnnual = 0.0;         // energy-weighted over a year (see pueAnnualBasis)
    std::string pueAnnualBasis;
    double coolingAnnualMeanKw = 0.0; // cooling power averaged over the year's hours
    double wueLPerKwh = 0.0;          // adiabatic water per kWh of IT energy (The Green Grid WUE)
    double powerFactor = 0.0;
    double designAmbientC = 0.0;
    FacilityPoint design;
    FacilityPoint typical;
    std::vector<std::string> notes;

    // "IT 70.1 MW design / 56.1 MW typical"
    std::string itText() const;
    // "facility 99.9 MW design (105.2 MVA at PF 0.95) / 83.0 MW typical"
    std::string facilityText() const;
    // "PUE 1.43 design / 1.43 annual"
    std::string pueText() const;
};

// Computes the basis. Racks of unknown systems are skipped with a note; a design without racks
// has zero IT and facility power. Throws FactoryEstimateError on an invalid power node efficiency
// or assumption override.
PowerBasis computePowerBasis(const Design& design, const Catalog& catalog,
                             EstimateAssumptions& assumptions);
PowerBasis computePowerBasis(const Design& design, const Catalog& catalog);

// Sets the basis keys on a JSON object: it_design_mw, it_typical_mw, facility_design_mw,
// facility_design_mva, facility_typical_mw, pue_design, pue_annual, pue_annual_basis,
// power_factor, design_ambient_c. Every command that prints the basis uses this.
void setPowerBasisJson(json::Value& object, const PowerBasis& basis);

} // namespace aifp
