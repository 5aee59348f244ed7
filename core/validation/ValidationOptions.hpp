#pragma once
#include "core/util/EngineeringConstants.hpp"
#include <cstddef>

namespace aifp {

// Engineering limits the validation engine applies. Each default cites its source; the ones
// marked ASSUMPTION are planning defaults chosen by us and are surfaced as such in findings.
struct ValidationOptions {
    // > 0 overrides DesignSettings::airCoolingLimitKw (aifp-cli validate --air-limit-kw).
    double airCoolingLimitKw = 0.0;
    // IT load power factor: the planning default of core/util/EngineeringConstants.hpp
    // (reference-data.md 3.2, UNVERIFIED).
    double itPowerFactor = kItPowerFactor;
    // NEC continuous-load practice, 80 % (core/util/EngineeringConstants.hpp).
    double continuousLoadFactor = kContinuousLoadFactor;
    // Laterals up to ~2.5 m/s, erosion above 3.7 m/s (reference-data.md 2.6, same header).
    double pipeVelocityWarnMps = kLateralMaxVelocityMps;
    double pipeVelocityMaxMps = kErosionVelocityMps;
    // ASSUMPTION: a pipe segment models a supply/return pair, so the loop pressure drop is twice
    // the one-way drop along its route.
    bool pipeRoundTrip = true;
    // ASSUMPTION: passive copper (DAC) reach ~3 m at 400/800G.
    double copperReachM = 3.0;
    // reference-data.md 4.1: 2xSR4 over multimode fibre reaches 50 m.
    double multimodeReachM = 50.0;
    // reference-data.md 4.1: 2xDR4 over single-mode reaches 500 m.
    double singleModeDr4ReachM = 500.0;
    // reference-data.md 4.1: 2xFR4 over single-mode reaches 2 km.
    double singleModeFr4ReachM = 2000.0;
    // ASSUMPTION: a pipe route's first/last point must lie within 1 m (plan distance) of its
    // endpoint objects.
    double connectionToleranceM = 1.0;
    // ASSUMPTION: a rack fed by an overhead busway stands within 2 m (plan distance) of the route.
    double buswayTapReachM = 2.0;
    // Cell size of the uniform grid used for neighbourhood queries (an implementation choice).
    double gridCellM = 2.0;
    // Findings listed per rule and severity; the rest are counted in one "and N more" finding
    // (bounded output for designs with thousands of the same problem; 0 lists all).
    std::size_t maxFindingsPerRule = 50;
};

} // namespace aifp
