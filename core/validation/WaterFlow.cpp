#include "core/validation/WaterFlow.hpp"
#include <cmath>
#include <numbers>

namespace aifp {

double waterViscosityPaS(double temperatureC) {
    const double kelvin = temperatureC + kZeroCelsiusK;
    return 2.414e-5 * std::pow(10.0, 247.8 / (kelvin - 140.0));
}

double darcyFrictionFactor(double reynolds, double roughnessMm, double innerDiameterMm) {
    if (reynolds <= 0)
        return 0.0;
    if (reynolds < 2300.0)
        return 64.0 / reynolds;
    const double rel = roughnessMm / (3.7 * innerDiameterMm);
    const double l = std::log10(rel + 5.74 / std::pow(reynolds, 0.9));
    return 0.25 / (l * l);
}

PipeHydraulics pipeHydraulics(double flowLpm, double innerDiameterMm, double lengthM,
                              double roughnessMm, double temperatureC) {
    PipeHydraulics h;
    if (innerDiameterMm <= 0)
        return h;
    const double rho = kWaterDensityKgPerL * 1000.0; // kg/m3
    const double d = innerDiameterMm / 1000.0;
    h.velocityMps = waterVelocityMps(flowLpm, innerDiameterMm);
    h.reynolds = rho * h.velocityMps * d / waterViscosityPaS(temperatureC);
    h.frictionFactor = darcyFrictionFactor(h.reynolds, roughnessMm, innerDiameterMm);
    h.pressureDropKpa =
        h.frictionFactor * (lengthM / d) * rho * h.velocityMps * h.velocityMps / 2.0 / 1000.0;
    return h;
}

} // namespace aifp
