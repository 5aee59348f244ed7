#pragma once
#include "core/climate/Climate.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

struct CoolingPlantError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// How rack heat reaches the facility water (docs/estimation.md "Cooling plant"):
//  - DirectLiquidResidualAir: cold plates take the catalog liquid_fraction (85-90 %), the rest
//    goes to air handlers on a chilled-water loop;
//  - FullLiquidCapture: Lenovo Neptune-style, 95-100 % to liquid, no air handlers for the IT
//    (network/storage racks still air-cooled);
//  - RearDoor: air-cooled racks with rear-door heat exchangers on a warm chilled-water loop;
//  - Air: air-cooled racks, air handlers on chilled water.
enum class CoolingTechnology { DirectLiquidResidualAir, FullLiquidCapture, RearDoor, Air };
const char* toString(CoolingTechnology t); // "dlc", "full-liquid", "rear-door", "air"
bool fromString(const std::string& s, CoolingTechnology& out);

// Heat the cooling plant removes at 100 % of the design IT load, kW (heat = electrical power of
// the IT). liquidKw goes to the CDUs; airKw to air handlers / rear doors.
struct CoolingLoad {
    double liquidKw = 0.0;
    double airKw = 0.0;
};

// Electrical power of the cooling plant at one ambient condition and IT load, kW.
struct CoolingPower {
    double dryCoolerFanKw = 0.0;    // dry-cooler fans (affinity law, all installed units running)
    double chillerKw = 0.0;         // trim / chilled-water chiller compressors (COP from lift)
    double plantPumpKw = 0.0;       // facility-water (and chilled-water) pumps (affinity law)
    double cduPumpKw = 0.0;         // CDU (technology loop) pumps (affinity law)
    double airHandlerKw = 0.0;      // air-handler / rear-door fans (affinity law)
    double adiabaticWaterLph = 0.0; // water evaporated by adiabatic pre-cooling, L/h
    double chillerHeatKw = 0.0;     // heat the chillers take (the share dry coolers cannot)
    double heatKw = 0.0;            // heat rejected (IT heat at this load fraction)
    double unmetHeatKw = 0.0;       // heat no installed unit can take at this ambient (no chiller)
    double totalKw() const {
        return dryCoolerFanKw + chillerKw + plantPumpKw + cduPumpKw + airHandlerKw;
    }
};

// A year of the cooling plant over a climate's hours-at-temperature at one IT load fraction.
struct AnnualCooling {
    double hours = 0.0;            // sum of the bins' hours (8,760 for a library climate)
    double energyKwh = 0.0;        // cooling electrical energy over the year
    double meanPowerKw = 0.0;      // energyKwh / hours: what an energy-weighted PUE adds to IT
    double peakPowerKw = 0.0;      // the highest bin
    double itEnergyKwh = 0.0;      // IT heat x hours (the denominator of WUE)
    double waterM3 = 0.0;          // adiabatic water over the year
    double wueLPerKwh = 0.0;       // waterM3 * 1000 / itEnergyKwh (The Green Grid WUE)
    double chillerHours = 0.0;     // hours with any chiller running
    double chillerEnergyKwh = 0.0; // of which compressors
};

// Chiller COP from its lift (docs/estimation.md "Chiller COP"): a Carnot fraction of
// T_evap / (T_cond - T_evap) in kelvin, T_evap = supply - evaporator approach, T_cond =
// ambient dry-bulb + condenser approach; capped. Exposed for tests and the docs.
double chillerCop(double supplyWaterC, double ambientDryBulbC);

// Share of a loop's heat the chillers must take when dry coolers run ahead of them in series
// (free cooling first): the dry coolers, fans at full speed, bring the return water (supply +
// deltaT) down towards the inlet air (docs/estimation.md "Cooling plant"); the inlet air is the
// dry-bulb, pre-cooled by adiabaticEfficiency x (dry-bulb - wet-bulb) when the dry-bulb alone is
// too warm. loadRatio = heat / installed dry-cooler capacity: at full fan speed the approach
// scales with it (rated approach at rated heat); dry coolers never carry more than their
// capacity. 0..1.
double trimShare(double supplyC, double deltaTK, double approachK, double dryBulbC, double wetBulbC,
                 double adiabaticEfficiency, double loadRatio = 1.0);
// The default value of a cooling-plant assumption (estimate.* key), for the generator.
double defaultCoolingAssumption(const std::string& key);

// The plant of a design: loops (liquid facility water, chilled water for air), the dry coolers,
// chillers, CDUs and air handlers the design holds, and the heat they carry. Built once, then
// evaluated at any condition.
class CoolingPlant {
public:
    // Heat from the racks (catalog rack_power_kw, liquid_fraction of the design's technology) and
    // the network switches (air); throws CoolingPlantError when the design has no heat.
    static CoolingPlant fromDesign(const Design& design, const Catalog& catalog);
    // Same plant, carrying a load the caller computed (e.g. the power basis' IT design figure).
    static CoolingPlant fromDesign(const Design& design, const Catalog& catalog,
                                   const CoolingLoad& designLoad);

    CoolingTechnology technology() const { return technology_; }
    const CoolingLoad& designLoad() const { return load_; }
    double liquidSupplyC() const { return liquidSupplyC_; }
    double airSupplyC() const { return airSupplyC_; }

    // Cooling power at one ambient and a fraction of the design IT load (0..1].
    CoolingPower at(double ambientDryBulbC, double ambientWetBulbC, double itLoadFraction) const;
    // Integrated over hours-at-temperature.
    AnnualCooling annual(const std::vector<ClimateBin>& bins, double itLoadFraction) const;

    // Notes on what was assumed (no dry cooler in the design, ...), for the estimate's notes.
    const std::vector<std::string>& notes() const { return notes_; }
    // The estimate.* assumptions the plant used (user-overridable through
    // Design::assumptionOverrides), for the estimate's assumption list.
    const std::vector<EstimateAssumption>& assumptions() const { return assumptions_; }
    // What each loop needs of its dry coolers and chillers at an ambient (design conditions,
    // full IT load) against what is installed, with and without the largest unit (N+1).
    struct LoopCapacity {
        std::string loop; // "facility water", "chilled water (air side)", "plant water"
        double supplyC = 0.0;
        double loadKw = 0.0; // heat of the loop at 100 % IT load
        int dryUnits = 0, chillerUnits = 0;
        double dryKw = 0.0;                         // installed dry-cooler capacity
        double chillerKw = 0.0;                     // installed chiller capacity
        double chillerNeededKw = 0.0;               // what the dry coolers leave to chillers
        double chillerNeededLessLargestDryKw = 0.0; // the same with the largest dry cooler out
        double chillerLessLargestKw = 0.0;          // chillers with the largest one out
        bool assumedChillers = false;               // the design has no rejector for this loop
    };
    std::vector<LoopCapacity> rejectionCapacity(double ambientDryBulbC,
                                                double ambientWetBulbC) const;

    struct Loop; // a water loop: supply temperature, heat share, its dry coolers and chillers

private:
    CoolingTechnology technology_ = CoolingTechnology::DirectLiquidResidualAir;
    CoolingLoad load_;
    double liquidSupplyC_ = 0.0;
    double airSupplyC_ = 0.0;
    std::vector<Loop> loops_;
    double cduPumpDesignKw_ = 0.0;
    double airFanDesignKw_ = 0.0;
    std::vector<std::string> notes_;
    std::vector<EstimateAssumption> assumptions_;

public:
    CoolingPlant();
    ~CoolingPlant();
    CoolingPlant(const CoolingPlant&);
    CoolingPlant& operator=(const CoolingPlant&);
};

// Convenience forms for the power basis (part A of issue 13).
// The liquid share of a rack's heat in this design: the estimate.liquid_fraction assumption when
// the user (or the generator, for a cooling technology) set it, else the catalog
// liquid_fraction; 0 in an air-cooled hall or design. One definition for estimator and rules.
double designLiquidFraction(const Design& design, double catalogLiquidFraction, bool airHall);
// The cooling technology of a design, from its cooling mode, liquid fraction override and air
// handler catalog ids (rear doors: catalog id starting "rdhx").
CoolingTechnology coolingTechnologyOf(const Design& design, const Catalog& catalog);

CoolingPower coolingPower(const Design& design, const Catalog& catalog, double ambientDryBulbC,
                          double ambientWetBulbC, double itLoadFraction);
// The design's climate: the library location design.site.climateId when set, else the typed-in
// design ambient (designAmbientOnly). Throws CoolingPlantError on an unknown climate id.
std::vector<ClimateBin> designClimateBins(const Design& design);
// Design conditions: 0.4 % dry-bulb and coincident wet-bulb of the site's climate, or the typed
// design ambient with wet-bulb = dry-bulb.
struct DesignAmbient {
    double dryBulbC = 35.0;
    double wetBulbC = 35.0;
    std::string basis; // "ASHRAE 0.4 % <location>" or "design ambient typed in"
};
DesignAmbient designAmbient(const Design& design);
AnnualCooling annualCooling(const Design& design, const Catalog& catalog, double itLoadFraction);

} // namespace aifp
