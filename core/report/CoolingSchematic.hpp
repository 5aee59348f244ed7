#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"

namespace aifp::report {

// Heat and flow figures of the cooling loops, summed over the design.
struct CoolingSummary {
    // Units of one kind of cooling equipment and their nameplate capacity.
    struct Units {
        int count = 0;
        double capacityKw = 0;
    };
    // One water loop: the mean supply temperature and delta-T of its nodes that state one (0:
    // none does), its flow and the length of its pipes.
    struct Loop {
        double supplyC = 0;
        double deltaTK = 0;
        double flowLpm = 0;
        double pipeM = 0;
    };

    Units rejection; // chillers and dry coolers
    Units cdus;
    double cduFlowRatingLpm = 0;
    Units airHandlers;
    int racks = 0;
    double rackHeatKw = 0;   // nameplate rack power, all of it becomes heat
    double liquidHeatKw = 0; // rack heat x liquid fraction (catalog)
    double airHeatKw = 0;    // the remainder
    // Supply: the first hall's facility water when no rejection unit states one; flow: liquid
    // heat over the loop's delta-T (0 without a delta-T).
    Loop facility;
    Loop tech; // flow: liquid heat x coolant flow per kW (catalog)
};

CoolingSummary summarizeCooling(const Design& design, const Catalog& catalog);

// The loops from racks to heat rejection: heat rejection <-> facility water loop <-> CDUs <->
// technology loop <-> racks, with air handlers for the air-side remainder; heat (kW/MW), flow
// (L/min) and supply/return temperatures on the loops.
Canvas drawCoolingSchematic(const Design& design, const Catalog& catalog);

} // namespace aifp::report
