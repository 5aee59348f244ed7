#pragma once
#include "core/model/Design.hpp"
#include "core/options/DesignFigures.hpp"
#include "core/util/Json.hpp"
#include "core/validation/Finding.hpp"
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

class Catalog;

// Bad swap input (unknown or non-GPU system, the design's own system, no GPU racks): one line.
struct SwapError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// How the GPU rack positions of the halls are re-populated.
enum class SwapMode {
    KeepPlant,     // as many new racks as the existing plant carries without new errors
    EveryPosition, // every position that fits gets the new system; the validator says what breaks
};
const char* toString(SwapMode mode); // "keep-plant", "every-position"
bool fromString(const std::string& s, SwapMode& out);

// New findings of one rule after the swap (compared with the design before, by rule and primary
// object), with the category that decides keep-plant: power, cooling, floor, space, density
// (the hall's rated kW per rack), network or other.
struct SwapFindingGroup {
    std::string rule;
    std::string category;
    Severity severity = Severity::Error;
    int count = 0;
    std::vector<ObjectId> objects; // the primary object of each finding
    std::string example;           // the first finding's message
};

// What must be added so that every position holds the new system, from the shortfalls of the
// every-position design (whatever the mode).
struct SwapShortfall {
    std::string kind;          // "busway" (and other power kinds), "cdu", "floor", "grid"
    ObjectId objectId = kNoId; // kNoId for the site (grid)
    std::string name;
    double requiredValue = 0.0;  // load or demand (worst case: one redundancy path failed)
    double availableValue = 0.0; // capacity (busways: the 80 % continuous limit)
    double shortValue = 0.0;     // required - available (> 0)
    std::string unit;            // "kW", "kPa", "MW"
};

struct SwapResult {
    SwapMode mode = SwapMode::KeepPlant;
    std::string fromSystemId; // the system of most GPU racks before
    std::string toSystemId;
    long positions = 0;    // GPU rack positions before
    long placed = 0;       // racks of the new system after
    long droppedNoFit = 0; // positions where the new footprint does not fit the row's space
    long leftEmpty = 0;    // keep-plant: positions left empty so the plant carries the rest
    // keep-plant: what stops one more rack (power, cooling, floor, space); empty when every
    // position that fits holds a new rack (space when some did not fit).
    std::vector<std::string> limits;
    std::vector<SwapFindingGroup> newFindings; // the swapped design against the original
    std::vector<SwapShortfall> shortfalls;     // for every position (see above)
    DesignFigures before, after;
    Design design; // the swapped design
    std::vector<std::string> notes;
};

// Re-populates the same halls of design with systemId (catalog id or alias). Racks of a GPU
// system change system; the rack's own power shelves and tap-off (the power links and nodes that
// feed that one rack) are re-rated with it; busways, UPS, transformers, CDUs, pipes, floors,
// chillers, the site and the network stay. Positions whose new footprint does not fit among their
// row's neighbours or inside the hall are emptied. Deterministic. Throws SwapError on bad input.
// No I/O.
SwapResult swapGeneration(const Design& design, const Catalog& catalog, const std::string& systemId,
                          SwapMode mode);

// The description a variant made by a swap gets when none is given, e.g. "generation swap to
// vr-nvl72 (keep-plant)": written by aifp-cli swap --as and by the GUI's New variant dialog. Stored
// in the project file as it is (not translated).
std::string swapVariantDescription(const SwapResult& r);

// The system a swap of fromSystemId most naturally goes to, from the catalog's data: among the
// other GPU systems of the same form factor (the same scale-up domain, catalog
// `scale_up_gpus`: a 72-GPU rack stays a 72-GPU rack, an 8-GPU server an 8-GPU server), the
// next generation up: the one whose GPU has the smallest peak tensor rate above the current
// GPU's (swapPeakTflops); on a tie the first in catalog order. Without a faster one, the first
// other system of the same form factor; without one, the first other GPU system; "" when the
// catalog has no other GPU system. An unknown fromSystemId gives the first GPU system.
std::string suggestedSwapSystem(const Catalog& catalog, const std::string& fromSystemId);
// The GPU peak that orders generations for suggestedSwapSystem, TFLOPS per GPU: the lowest
// precision the GPU entry rates (FP4 dense, else NVIDIA's FP4 inference figure, else FP8
// dense, else BF16 dense); 0 when the system or its GPU entry rates none. An ordering key, not
// an estimate input (the estimator reads the GPU entry itself, docs/estimation.md).
double swapPeakTflops(const Catalog& catalog, const std::string& systemId);

// The one JSON form of a swap (docs/options.md): locale-independent.
json::Value swapJson(const SwapResult& r);
// The same for people, in the chosen language.
std::string swapText(const SwapResult& r);

} // namespace aifp
