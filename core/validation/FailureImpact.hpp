#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/validation/ValidationOptions.hpp"
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

// A failure set that names objects the design does not have (or cannot fail).
struct FailureImpactError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What failing a set of objects at once does to the factory.
struct ImpactResult {
    std::vector<ObjectId> failed;
    std::vector<ObjectId> racksLosingPower;      // every feed dead
    std::vector<ObjectId> racksLosingCooling;    // liquid path gone and no spare CDU capacity
    std::vector<ObjectId> racksLosingRedundancy; // still running on their last feed/CDU group
    std::vector<ObjectId> racksDisconnected;     // cut off from the main compute fabric
    std::vector<ObjectId> racksFailed;           // racks named in the failure set (or their hall)
    std::vector<ObjectId> overloadedPowerNodes;  // above their limit once load shifted
    std::vector<ObjectId> overloadedCdus;        // above capacity once heat shifted
    double heatRejectionDeficitKw = 0.0;         // IT heat the surviving plant cannot reject
    int gpusTotal = 0;
    int gpusLost = 0;
    double fabricBisectionGbps = 0.0;
    double fabricBandwidthLostGbps = 0.0;
    double fabricBandwidthLostPercent = 0.0;
    std::optional<double> tokensPerSecondTotal; // when a throughput function was given
    std::optional<double> tokensPerSecondLost;
    std::vector<std::string> assumptions; // figures that are planning assumptions
};

// tokens/s for a number of GPUs (from the estimation engine); empty: no token figures.
using TokensPerSecondFn = std::function<double(int gpus)>;

// Fails every object in `failed` at once (power nodes or links, cooling nodes or pipes, switches
// or network links, racks, halls) and reports the consequences. Throws FailureImpactError naming
// any id that is not in the design.
ImpactResult simulateFailure(const Design& design, const Catalog& catalog,
                             const std::vector<ObjectId>& failed,
                             const TokensPerSecondFn& tokensPerSecond = {},
                             const ValidationOptions& options = {});

} // namespace aifp
