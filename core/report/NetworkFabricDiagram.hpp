#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aifp::report {

struct FabricSummary {
    int tiers = 0;                            // highest compute tier present
    std::map<int, int> computeSwitchesByTier; // tier -> count
    std::map<int, std::string> modelByTier;   // tier -> catalog ids, comma separated
    std::map<int, int> portsByTier;           // tier -> port count of one switch
    int storageSwitches = 0;
    int outOfBandSwitches = 0;
    // Links between levels: key (lower, upper) with 0 = racks, t = tier t.
    std::map<std::pair<int, int>, std::int64_t> linksBetween;
    std::map<std::pair<int, int>, double> speedBetween; // Gb/s of those links
    // Links by medium and length band, e.g. {"Multimode fibre", "5-30 m"} -> count.
    std::map<std::pair<std::string, std::string>, std::int64_t> linksByMediumAndBand;
    std::int64_t totalLinks = 0;      // 64-bit: 2 million bundles of up to 100,000 links
    std::int64_t opticalLinkEnds = 0; // transceiver ports needed: two per optical link
};

// Length bands used in the report: "< 5 m", "5-30 m", "30-100 m", "100-500 m", ">= 500 m".
std::string lengthBand(double lengthM);

FabricSummary summarizeFabric(const Design& design);

// Tier diagram: racks at the bottom, leaf, spine and core tiers above with switch counts, models
// and the links (count, speed) between tiers.
Canvas drawNetworkFabricDiagram(const Design& design, const FabricSummary& summary);

} // namespace aifp::report
