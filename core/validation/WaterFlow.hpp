#pragma once
#include "core/util/EngineeringConstants.hpp"

namespace aifp {

// Pipe hydraulics used by the cooling rules. Water's properties, its flow for a heat load
// (waterFlowLpm) and its velocity in a pipe (waterVelocityMps) are in
// core/util/EngineeringConstants.hpp.

// Dynamic viscosity of liquid water, Pa s, from the Vogel equation
// mu = 2.414e-5 x 10^(247.8 / (T - 140)), T in kelvin (standard fit, within ~2.5 % over 0-100 C).
double waterViscosityPaS(double temperatureC);

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
