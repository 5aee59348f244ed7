#include "core/estimate/KvCacheTier.hpp"
#include "core/catalog/Catalog.hpp"
#include <algorithm>

namespace aifp {

namespace {

// Share of host memory KV may take; the rest holds the OS, the serving runtime, pinned staging
// buffers and the weights' host copy (assumption).
constexpr double kHostUsableFraction = 0.8;

// GB200 / GB300 NVL72: one Grace CPU per two GPUs with up to 480 GB LPDDR5X (NVIDIA Grace CPU
// datasheet; NVL72 "up to 17 TB LPDDR5X" for 36 Graces), joined to its GPUs by NVLink-C2C at
// 900 GB/s bidirectional (NVIDIA GB200 NVL72 page). Assumption: the two GPUs share the C2C
// figure, 450 GB/s per direction, 225 GB/s each; Grace's LPDDR5X (up to 512 GB/s, shared by the
// two GPUs, 256 GB/s each) is not the tighter limit then.
constexpr double kGraceLpddrGb = 480.0;
constexpr int kGpusPerGrace = 2;
constexpr double kC2cGbPerSBidirectional = 900.0;

// HGX/DGX 8-GPU systems: 2 TB of host DDR5 per system (NVIDIA DGX H100 and DGX B200 user guides),
// reached over PCIe Gen5 x16 per GPU: 32 GT/s x 16 lanes, 128b/130b = 63 GB/s per direction
// (PCI-SIG PCIe 5.0 specification).
constexpr double kHgxHostGb = 2048.0;
constexpr int kHgxGpus = 8;
constexpr double kPcieGen5x16GbPerS = 63.0;

} // namespace

std::optional<KvHostTier> kvHostTier(const SystemSpec& system) {
    if (system.gpuId == "rubin")
        return std::nullopt; // Vera's memory and C2C figures are not in reference-data.md
    KvHostTier t;
    if (system.scaleUpGpus >= 72) {
        t.hostGbPerGpu = kGraceLpddrGb / kGpusPerGrace * kHostUsableFraction;
        t.linkGbPerSPerGpu = kC2cGbPerSBidirectional / 2.0 / kGpusPerGrace;
        t.basis = "Grace LPDDR5X 480 GB per 2 GPUs over NVLink-C2C 900 GB/s bidirectional";
    } else {
        t.hostGbPerGpu = kHgxHostGb / kHgxGpus * kHostUsableFraction;
        t.linkGbPerSPerGpu = kPcieGen5x16GbPerS;
        t.basis = "host DDR5 2 TB per 8 GPUs over PCIe Gen5 x16 (63 GB/s per direction)";
    }
    return t;
}

double kvHostCapacityBytes(const KvHostTier& tier, int gpus) {
    return gpus * tier.hostGbPerGpu * 1e9;
}

double kvOffloadBytes(double kvBytes, double hbmKvRoomBytes) {
    return std::max(0.0, kvBytes - std::max(0.0, hbmKvRoomBytes));
}

double kvHostReadTimeS(const KvHostTier& tier, double kvBytes, double hbmKvRoomBytes, int gpus,
                       double linkEfficiency) {
    const double offloaded = kvOffloadBytes(kvBytes, hbmKvRoomBytes);
    if (offloaded <= 0.0)
        return 0.0;
    return offloaded / (gpus * tier.linkGbPerSPerGpu * 1e9 * linkEfficiency);
}

} // namespace aifp
