#pragma once
#include <string>

namespace aifp {

enum class RedundancyScheme { N, NPlus1, TwoN, Distributed4N3, Distributed3N2 };
enum class FabricKind { InfinibandXdr, InfinibandNdr, SpectrumX };
enum class CoolingMode { Liquid, Air, Hybrid };
// How the customer gets the capacity (docs/options.md, "Build or rent"): build the factory, rent
// a ready hall and bring the IT equipment (colocation), or rent the GPUs by the hour (cloud).
enum class Procurement { Build, Colocation, Cloud };

// Domain of the rent settings (project file, JSON, command line, GUI check the same limits).
inline constexpr int kMinRentTermMonths = 1;
inline constexpr int kMaxRentTermMonths = 240;
inline constexpr int kMinTcoHorizonYears = 1;
inline constexpr int kMaxTcoHorizonYears = 30;

// Design-wide intent: what the planner declared, against which the engine checks.
struct DesignSettings {
    RedundancyScheme powerRedundancy = RedundancyScheme::TwoN;
    CoolingMode cooling = CoolingMode::Liquid;
    FabricKind fabric = FabricKind::InfinibandXdr;
    std::string fabricSwitchId = "q3400";
    bool railOptimized = true;
    double oversubscription = 1.0; // down:up bandwidth at each tier, 1 = non-blocking
    int fabricTiers = 2;
    double airCoolingLimitKw = 35.0; // reference-data.md 2.2: practical air limit ~30-40 kW/rack
    std::string modelId = "llama3.1-70b"; // serving model for estimates
    std::string scenario = "server";      // MLPerf scenario for estimates
    std::string precision = "fp4";
    std::string scheduleStart = "2027-01-04"; // ISO date the build programme starts
    std::string delivery = "traditional";     // "traditional" or "prefab"
    // Tokens/s each user gets, the service level cost per token is quoted at. Assumption: an
    // interactive service; commercial APIs serve 30-100+ tokens/s per user (issue 18), MLPerf's
    // server limit is about 5.
    double userTokensPerS = 50.0;
    double bridgePowerMw = 0.0;  // temporary on-site generation or batteries before the grid
    bool supplyPriority = false; // a vendor's priority allocation of GPU racks
    Procurement procurement = Procurement::Build; // build: what every file before schema 4 means
    // Colocation contract term / cloud commitment; a commitment is paid in full even when the
    // horizon is shorter. Assumption: 5 years, a common wholesale colocation term.
    int rentTermMonths = 60;
    // The horizon the total cost of ownership is compared over. Assumption: 5 years, the IT
    // amortisation life of the estimate (estimate.it_life_years).
    int tcoHorizonYears = 5;
    friend bool operator==(const DesignSettings&, const DesignSettings&) = default;
};

} // namespace aifp
