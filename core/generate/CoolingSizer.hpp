#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/generate/HallLayout.hpp"
#include "core/model/Design.hpp"
#include <string>
#include <vector>

namespace aifp {

// Pipe inner diameters available to the sizer, mm: ASME B36.10 schedule 40 steel, DN15-DN900
// (assumption: standard steel pipe table, not in the reference pack).
const std::vector<double>& standardPipeInnerDiametersMm();

// Smallest standard inner diameter whose velocity at flowLpm stays <= maxVelocityMps; the largest
// size when none does (the caller splits the flow or reports it).
double pipeInnerDiameterMm(double flowLpm, double maxVelocityMps);

struct CoolingSizing {
    std::vector<double> hallCoolingKw; // electrical power of heat rejection and air handling
    double liquidHeatKw = 0.0;
    double airHeatKw = 0.0;
    bool dryCoolers = false; // heat rejection of the liquid loop
    std::vector<std::string> notes;
};

// The cooling technology the targets ask for ("" = from the cooling mode: dlc, or air). Throws
// GenerateError on an unknown name.
CoolingTechnology coolingTechnologyOf(const FactoryTargets& targets);
// Liquid share of rack heat under full liquid capture (catalog dlc-lenovo-neptune heat_capture).
double fullCaptureLiquidFraction(const Catalog& catalog);

// Sizes and places CDUs (N+1 per row at the row ends), row manifolds, CDU->rack pipes, the
// facility water loop, heat rejection (dry coolers or chillers) and air handlers.
CoolingSizing sizeCooling(const SystemSpec& spec, const FactoryTargets& targets,
                          const Catalog& catalog, const LayoutResult& layout,
                          const std::vector<double>& hallNetworkKw, Design& design);

} // namespace aifp
