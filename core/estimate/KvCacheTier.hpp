#pragma once
#include <optional>
#include <string>

namespace aifp {

struct SystemSpec;

// KV-cache offload to host memory (docs/estimation.md "KV precision and offload"): when the KV
// cache of the wanted batch does not fit HBM, the part beyond it lives in the host's memory and
// every decode step reads it over the GPU's host link. Figures: docs/reference/reference-data.md
// 1.4.
struct KvHostTier {
    double hostGbPerGpu = 0.0;     // host memory one GPU may keep KV in (usable share applied)
    double linkGbPerSPerGpu = 0.0; // host -> GPU bandwidth of one GPU, one direction, peak
    std::string basis;             // where the two figures come from, for the notes
};

// The host tier of a system's GPUs: Grace LPDDR5X over NVLink-C2C for the NVL72 racks, the x86
// host's DDR5 over PCIe Gen5 x16 for 8-GPU HGX/DGX systems. Empty when the system's host figures
// are not known (Vera Rubin): no offload is then possible.
std::optional<KvHostTier> kvHostTier(const SystemSpec& system);

// Bytes of host memory a replica of `gpus` GPUs offers for KV.
double kvHostCapacityBytes(const KvHostTier& tier, int gpus);

// Time one decode step spends reading the offloaded KV over the host links: the KV of the batch
// beyond the HBM room (kvBytes - hbmKvRoomBytes, at least 0), spread over the replica's GPUs'
// links at linkEfficiency x peak. Not overlapped with the step's HBM and compute time
// (assumption: conservative).
double kvHostReadTimeS(const KvHostTier& tier, double kvBytes, double hbmKvRoomBytes, int gpus,
                       double linkEfficiency);

// KV bytes of a batch that do not fit the HBM room (0 when they do).
double kvOffloadBytes(double kvBytes, double hbmKvRoomBytes);

} // namespace aifp
