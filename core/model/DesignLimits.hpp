#pragma once
#include <cstddef>
#include <cstdint>

namespace aifp {

// The limits of a design, one definition for every way a design enters (project file, JSON
// import, GUI paste, migration); docs/file-format.md "Limits and guarantees" lists them.
// Assumptions sized from a 1 GW campus (about 8,000 racks of 130 kW, 60,000 link bundles) with
// a factor of ten or more of headroom; they bound memory and time, not engineering. Network link
// bundles: the generator's 5 GW campus has 3.8 million (issue 15), so 20 million leaves about
// five times that (56 bytes each: about 1.1 GB of bundles in memory).
namespace limits {
inline constexpr std::size_t kMaxHalls = 10'000;
inline constexpr std::size_t kMaxRows = 200'000;
inline constexpr std::size_t kMaxRacks = 200'000;
inline constexpr std::size_t kMaxPowerNodes = 500'000;
inline constexpr std::size_t kMaxPowerLinks = 1'000'000;
inline constexpr std::size_t kMaxCoolingNodes = 500'000;
inline constexpr std::size_t kMaxPipes = 1'000'000;
inline constexpr std::size_t kMaxSwitches = 500'000;
inline constexpr std::size_t kMaxNetworkLinks = 20'000'000;
inline constexpr std::size_t kMaxUserCatalogEntries = 10'000;
inline constexpr std::size_t kMaxRatingsPerEntry = 1'000;
inline constexpr std::size_t kMaxAssumptionOverrides = 100'000;
inline constexpr std::size_t kMaxOwnedEquipment = 1'000;
inline constexpr std::size_t kMaxUserModels = 1'000;
inline constexpr std::size_t kMaxConfigJsonBytes = 1 << 20; // a model's config.json (a few KB)
inline constexpr std::size_t kMaxRoutePoints = 10'000;      // per route
inline constexpr std::size_t kMaxNameBytes = 1'000;         // names, ids, labels, short texts
inline constexpr std::size_t kMaxTextBytes = 100'000;       // notes and source lists
inline constexpr int kMaxTier = 3;                          // switch tier: 1 leaf, 2 spine, 3 core
inline constexpr int kMaxFabricTiers = 3;
inline constexpr int kMaxLinkCount = 100'000; // cables in one link bundle
inline constexpr int kMaxPortCount = 100'000; // ports of one switch
inline constexpr int kMaxRail = 1'024;
inline constexpr int kMaxModules = 1'000;        // modules of one power node
inline constexpr double kMaxCoordinateM = 1.0e6; // |x|, |y|, |z| of any point: 1,000 km
inline constexpr double kMaxSizeM = 1.0e5;       // a hall side, a length: 100 km
// Ids stay below 2^53 so that the JSON export carries them exactly.
inline constexpr std::uint64_t kMaxId = 9007199254740992ull;
} // namespace limits

} // namespace aifp
