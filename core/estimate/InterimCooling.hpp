#pragma once
#include "core/estimate/EstimateAssumptions.hpp"
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

// Heat the cooling plant removes at one operating point (PowerBasis.cpp builds it from the IT load
// at a load fraction).
struct InterimCoolingLoad {
    double liquidHeatKw = 0.0; // into the liquid loop through the CDUs
    double airHeatKw = 0.0;    // into the room air (air handlers)
    double coolantLpm = 0.0;   // technology-loop flow through the CDUs
    double otherHeatKw = 0.0;  // electrical losses dissipated indoors (UPS), rejected as well
};

// Electrical power of the cooling plant at that point, as the power basis shows it.
struct FacilityCooling {
    double heatRejectionKw = 0.0; // chillers, dry coolers (fans), trim
    double cduPumpKw = 0.0;       // CDU pumps and controls (on UPS, see PowerBasis.cpp)
    double airFanKw = 0.0;        // air handlers
    double totalKw() const { return heatRejectionKw + cduPumpKw + airFanKw; }
    std::vector<std::string> notes;
};

// The estimate's earlier cooling model, moved here unchanged from FactoryEstimate.cpp and kept
// ONLY until issue 13 part B's cooling plant (core/estimate/CoolingPlant.hpp: CoolingPlant::
// fromDesign(design, catalog, load).at(dryBulb, wetBulb, itLoadFraction)) merges. The power basis
// calls it in one place, coolingAt() in PowerBasis.cpp, which is the call to switch.
// Model: CDU pumps P = Q dp / eta, air-handler fans per kW of air heat, heat rejection by the
// design's chillers and dry coolers at their kW per kW of heat, with chiller trim when the
// ambient plus approach exceeds a dry cooler's supply temperature.
FacilityCooling interimCoolingPowerKw(const Design& design, const Catalog& catalog,
                                      const InterimCoolingLoad& load, double ambientC,
                                      EstimateAssumptions& assumptions);

} // namespace aifp
