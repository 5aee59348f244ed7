#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/generate/FabricPlanner.hpp"
#include "core/generate/HallLayout.hpp"
#include "core/model/Design.hpp"
#include <string>
#include <vector>

namespace aifp {

// One cluster's compute fabric: its halls and its plan (issue 15, several clusters per campus).
struct FabricCluster {
    std::string name;               // prefixes its switch names ("Cluster 2 Leaf 1"); "" = none
    std::vector<std::size_t> halls; // indices into LayoutResult::halls (and Design::halls)
    FabricPlan plan;
};

struct FabricBuildRequest {
    SystemSpec spec;
    const CatalogEntry* computeSwitch = nullptr;   // q3400 / qm9700 / sn5600
    const CatalogEntry* storageSwitch = nullptr;   // sn5600 (storage and in-band Ethernet)
    const CatalogEntry* outOfBandSwitch = nullptr; // oob-1g-48 (1 GbE management network)
    bool railOptimized = true;
    int racksPerUnit = 8;
    FabricPlan plan;                     // the one fabric of every hall, when clusters is empty
    std::vector<FabricCluster> clusters; // else one independent fabric per cluster
};

struct FabricBuildResult {
    std::vector<double> hallNetworkKw; // switch power per hall (IT load outside the GPU racks)
    int storageSwitches = 0;
    int outOfBandSwitches = 0;
};

// Ports per rack of the storage / in-band fabric: 2 BlueField-3 per 4-GPU compute tray
// (GB200/GB300) or per 8-GPU DGX node (reference-data.md 4.1 NICs).
int storagePortsPerRack(const SystemSpec& spec);

// Racks per scalable unit: 8 rails x leaf down ports of GPU endpoints (reference-data.md 4.2:
// 72-node B300-XDR SU on 72-down Q3400 leaves, 32-node H100/B200 SU on 32-down QM9700 leaves).
int racksPerScalableUnit(const SystemSpec& spec, int leafDownPorts);

// Spine + core + storage-spine switches that will sit in the halls' network rows.
int aboveLeafSwitchCount(const FabricPlan& plan, const SystemSpec& spec, int rackCount,
                         int racksPerUnit);

// Places the compute fabric of each cluster (leaves in each unit's network rack, spines and cores
// in the halls' network rows), links it with bundles (one per rack-leaf and switch-switch pair),
// and counts the storage / in-band and out-of-band switches.
FabricBuildResult buildFabric(const FabricBuildRequest& request, const LayoutResult& layout,
                              Design& design);

// Cable medium by reach (reference-data.md 4.1 and SizingRules.hpp).
LinkMedium mediumForLength(double lengthM);
// Manhattan length plus slack (SizingRules.hpp: 10 % + 3 m, assumption).
double cableLengthM(const PointM& a, const PointM& b);

} // namespace aifp
