#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/generate/FabricPlanner.hpp"
#include "core/generate/FactorySummary.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/model/Design.hpp"
#include <string>
#include <vector>

namespace aifp {

// One cluster as generated: its own compute fabric over consecutive halls.
struct GeneratedCluster {
    std::string name;  // stored in Hall::cluster; "" when the campus has one fabric
    int firstHall = 0; // index into Design::halls
    int halls = 0;
    int racks = 0;
    FabricPlan fabric;
};

struct GeneratedFactory {
    Design design;
    FactorySummary summary;
    FabricPlan fabric;                      // the first (largest) cluster's fabric
    std::vector<GeneratedCluster> clusters; // one entry when one fabric reaches every GPU
    int racksPerUnit = 0;
    std::vector<std::string> assumptions; // figures the user must know are assumed / unverified
    std::vector<std::string> warnings;
};

// Designs a complete AI factory from targets: halls, rows, racks, power chain, cooling and
// fabric. Beyond one fabric's reach (fitsOneFabric) the halls are split into the fewest clusters
// "Cluster 1".."Cluster n", each with its own fabric (splitIntoClusters). With a grid-MW target,
// the rack count is the largest whose facility power (IT + cooling + losses, from the generated
// equipment) stays within the target. Throws GenerateError on invalid targets or a target that does
// not fit the constraints.
GeneratedFactory generateFactory(const FactoryTargets& targets, const Catalog& catalog);

// The design for exactly rackCount racks (no search over the rack count).
GeneratedFactory generateFactoryWithRacks(const FactoryTargets& targets, const Catalog& catalog,
                                          int rackCount);

} // namespace aifp
