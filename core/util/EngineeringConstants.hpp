#pragma once
#include <cmath>
#include <numbers>

// The physical constants and the shared planning defaults every engine uses, each defined once
// here with its source, and the textbook relations built on them. Module-specific ratings
// (transformer blocks, UPS modules, velocity limits...) stay with the module that applies them
// (e.g. core/generate/SizingRules.hpp, core/validation/ValidationOptions.hpp), but take these
// values from here.
namespace aifp {

// Physical constants -------------------------------------------------------------------------
// Water near 25 °C: density 0.997 kg/L, specific heat 4.186 kJ/(kg K)
// (docs/reference/reference-data.md 2.1).
inline constexpr double kWaterDensityKgPerL = 0.997;
inline constexpr double kWaterCpKjPerKgK = 4.186;
// Standard gravity (CGPM 1901, exact by definition).
inline constexpr double kStandardGravityMps2 = 9.80665;
// Kelvin at 0 °C (SI definition of the degree Celsius).
inline constexpr double kZeroCelsiusK = 273.15;
// Hours in a year of 365 days (calendar definition; annual energy and rent-per-hour conversions).
inline constexpr double kHoursPerYear = 8760.0;

// Planning defaults (assumptions, shown to the user as such) ----------------------------------
// IT load power factor 0.95: planning default of calcpanel.com examples, UNVERIFIED as an
// industry norm (docs/reference/reference-data.md 3.2 "Power factor").
inline constexpr double kItPowerFactor = 0.95;
// UPS double-conversion efficiency 94-96 % (docs/reference/reference-data.md 3.2 "UPS
// efficiency"): we take the middle, 95 %.
inline constexpr double kUpsDoubleConversionEfficiency = 0.95;
// Large (HV/MV) power transformer efficiency at full load: > 99.5 % (assumption; no figure in the
// reference pack).
inline constexpr double kMainTransformerEfficiency = 0.995;
// Continuous loads: conductors, breakers, busways and switchboards carry at most 80 % of their
// rating (NEC 210.19(A)/215.2(A) continuous-load practice): the generator sizes to it and
// validation checks it.
inline constexpr double kContinuousLoadFactor = 0.8;
// Pipe velocities (docs/reference/reference-data.md 2.6, Engineering ToolBox design table):
// laterals run up to ~2.5 m/s; never above ~12 ft/s (3.7 m/s) in carbon steel (erosion). The
// generator sizes laterals to the first, validation warns above it and errs above the second.
inline constexpr double kLateralMaxVelocityMps = 2.5;
inline constexpr double kErosionVelocityMps = 3.7;
// Chilled water for air handlers: 18 °C (ASHRAE recommended inlet air 18-27 °C,
// docs/reference/reference-data.md 2.3; the water a few K below the air, assumption).
inline constexpr double kAirLoopSupplyC = 18.0;

// Relations -----------------------------------------------------------------------------------
// Water flow carrying heatKw at a temperature rise deltaTK: Q = m cp dT, so
// V = heat x 60 / (rho x cp x dT) in L/min (docs/reference/reference-data.md 2.1: 1.44 L/min per
// kW at 10 K). Zero when deltaTK is not positive.
inline double waterFlowLpm(double heatKw, double deltaTK) {
    if (deltaTK <= 0)
        return 0.0;
    return heatKw * 60.0 / (kWaterDensityKgPerL * kWaterCpKjPerKgK * deltaTK);
}

// Mean velocity of flowLpm through a round pipe: v = Q / (pi D^2 / 4), m/s. Zero for a pipe
// without a diameter.
inline double waterVelocityMps(double flowLpm, double innerDiameterMm) {
    if (innerDiameterMm <= 0)
        return 0.0;
    const double d = innerDiameterMm / 1000.0;
    return flowLpm / 60000.0 / (std::numbers::pi * d * d / 4.0);
}

// Line current of a balanced three-phase load: I = P / (sqrt(3) x V x PF), amperes.
inline double threePhaseCurrentA(double powerKw, double voltageV, double powerFactor) {
    return powerKw * 1000.0 / (std::numbers::sqrt3 * voltageV * powerFactor);
}

// Apparent power of a balanced three-phase circuit: S = sqrt(3) x V x I, kVA.
inline double threePhaseKva(double voltageV, double currentA) {
    return voltageV * currentA * std::numbers::sqrt3 / 1000.0;
}

} // namespace aifp
