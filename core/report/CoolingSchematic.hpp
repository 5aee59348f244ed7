#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"

namespace aifp::report {

// Heat and flow figures of the cooling loops, summed over the design.
struct CoolingSummary {
    int rejectionUnits = 0; // chillers and dry coolers
    double rejectionCapacityKw = 0;
    int cdus = 0;
    double cduCapacityKw = 0;
    double cduFlowRatingLpm = 0;
    int airHandlers = 0;
    double airHandlerCapacityKw = 0;
    int racks = 0;
    double rackHeatKw = 0;      // nameplate rack power, all of it becomes heat
    double liquidHeatKw = 0;    // rack heat x liquid fraction (catalog)
    double airHeatKw = 0;       // the remainder
    double techFlowLpm = 0;     // liquid heat x coolant flow per kW (catalog)
    double facilityFlowLpm = 0; // liquid heat over the facility loop's delta-T
    double facilitySupplyC = 0;
    double facilityDeltaTK = 0;
    double techSupplyC = 0;
    double techDeltaTK = 0;
    double facilityPipeM = 0;
    double techPipeM = 0;
};

CoolingSummary summarizeCooling(const Design& design, const Catalog& catalog);

// The loops from racks to heat rejection: heat rejection <-> facility water loop <-> CDUs <->
// technology loop <-> racks, with air handlers for the air-side remainder; heat (kW/MW), flow
// (L/min) and supply/return temperatures on the loops.
Canvas drawCoolingSchematic(const Design& design, const Catalog& catalog);

} // namespace aifp::report
