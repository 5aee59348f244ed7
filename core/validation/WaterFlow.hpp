#pragma once

namespace aifp {

// Water properties and pipe hydraulics used by the cooling rules.

// reference-data.md 2.1: water density ~0.997 kg/L, cp 4.186 kJ/(kg K).
inline constexpr double kWaterDensityKgPerL = 0.997;
inline constexpr double kWaterCpKjPerKgK = 4.186;

// Flow needed to carry heatKw at a temperature rise deltaTK: V = Q x 60 / (rho x cp x dT), L/min
// (reference-data.md 2.1).
double waterFlowLpm(double heatKw, double deltaTK);

// Dynamic viscosity of liquid water, Pa s, from the Vogel equation
// mu = 2.414e-5 x 10^(247.8 / (T - 140)), T in kelvin (standard fit, within ~2.5 % over 0-100 C).
double waterViscosityPaS(double temperatureC);

// Mean velocity of flowLpm through a round pipe of the given inner diameter, m/s.
double waterVelocityMps(double flowLpm, double innerDiameterMm);

// Darcy friction factor: 64/Re when laminar (Re < 2300), otherwise Swamee-Jain
// f = 0.25 / log10(e/(3.7 D) + 5.74 / Re^0.9)^2 (explicit Colebrook-White approximation).
double darcyFrictionFactor(double reynolds, double roughnessMm, double innerDiameterMm);

struct PipeHydraulics {
    double velocityMps = 0.0;
    double reynolds = 0.0;
    double frictionFactor = 0.0;
    double pressureDropKpa = 0.0; // Darcy-Weisbach dP = f (L/D) rho v^2 / 2 over lengthM
};
PipeHydraulics pipeHydraulics(double flowLpm, double innerDiameterMm, double lengthM,
                              double roughnessMm, double temperatureC);

} // namespace aifp
