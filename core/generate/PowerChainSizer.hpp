#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/generate/HallLayout.hpp"
#include "core/model/Design.hpp"
#include <string>
#include <vector>

namespace aifp {

// The redundancy pattern of a scheme (reference-data.md 3.3).
struct RedundancyPattern {
    int blocksPerSystem = 1;    // 2N: 2 (A/B); 4N/3: 4; 3N/2: 3; N and N+1: 1
    int feedsPerRack = 1;       // independent paths into every rack
    bool sparesInBlock = false; // N+1: a spare UPS module / generator per block and a reserve
                                // transformer per <= 3 blocks
};
RedundancyPattern redundancyPattern(RedundancyScheme scheme);

// IT load one block may carry in the worst single-failure case: the smaller of the 2,500 kVA
// transformer at PF 0.95 (reference-data.md 3.2) and its 4,000 A LV board at 80 % (NEC continuous
// load), feeding a 95 % efficient UPS.
double blockItCapacityKw();

// Largest busway load: 800 A at 415 V, PF 0.95, loaded to 80 % (SizingRules.hpp).
double buswayCapacityKw();

// The on-site HV substation for a load (MVA at the HV/MV transformers' output): duty units of
// the smallest standard size that carries it with at most 125 MVA each (SizingRules.hpp), on one
// utility feed with a spare unit for N+1 and the distributed schemes, none for N, and on two
// feeds each carrying the whole load for 2N.
struct SubstationSizing {
    int feeds = 1;
    int dutyUnits = 0;    // per feed
    int unitsPerFeed = 0; // duty + spare
    double unitMva = 0.0;
    int units() const { return feeds * unitsPerFeed; }
};
SubstationSizing sizeSubstation(double loadMva, RedundancyScheme scheme);

struct PowerSizing {
    int blocks = 0; // transformer + LV switchboard + UPS lineups for IT load
    int mechanicalBlocks = 0;
    std::vector<std::string> notes;
};

// Sizes the power chain from the utility feeds down to every rack, with the chosen redundancy,
// and adds nodes and links to the design. hallNetworkKw: switch load per hall (fed through PDUs);
// hallMechanicalKw: cooling plant load per hall (fed from non-UPS mechanical boards).
PowerSizing sizePowerChain(const SystemSpec& spec, RedundancyScheme scheme,
                           const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                           const std::vector<double>& hallMechanicalKw, Design& design);

} // namespace aifp
