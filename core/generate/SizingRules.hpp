#pragma once
#include "core/util/EngineeringConstants.hpp"

// Engineering constants used by the factory generator, each with its source. Figures marked
// "assumption" are planning defaults chosen by us; the generator lists them to the user.
namespace aifp::rules {

// Power -------------------------------------------------------------------------------------
// LV distribution voltage: 400/415 V IEC (reference-data.md 3.1).
inline constexpr double kLvVoltageV = 415.0;
// MV distribution voltage: 11 / 33 kV outside the US (reference-data.md 3.1; catalog
// mv-switchgear-generic).
inline constexpr double kMvVoltageV = 33000.0;
// IT load power factor (core/util/EngineeringConstants.hpp).
using aifp::kItPowerFactor;
// Prefabricated substation block 2,500 kVA (reference-data.md 3.2; catalog
// xfmr-prefab-substation-2500).
inline constexpr double kTransformerKva = 2500.0;
// MV/LV transformer losses 1.0-1.5 % at full load (reference-data.md 3.2): we take 1.5 %.
inline constexpr double kTransformerEfficiency = 0.985;
// UPS module: Schneider Galaxy VXL up to 1,250 kW (reference-data.md 3.2; catalog
// ups-schneider-galaxy-vxl).
inline constexpr double kUpsModuleKw = 1250.0;
// UPS double-conversion efficiency (core/util/EngineeringConstants.hpp).
inline constexpr double kUpsEfficiency = aifp::kUpsDoubleConversionEfficiency;
// Each UPS module carries its share at <= 80 % utilisation (reference-data.md 3.3, calcpanel).
inline constexpr double kModuleUtilisation = 0.8;
// Generators: 2,000 kW class (reference-data.md 3.2; catalog gen-cat-3516c).
inline constexpr double kGeneratorKw = 2000.0;
// Track busway: Starline up to 800 A (reference-data.md 3.2; catalog busway-starline-track).
inline constexpr double kBuswayMaxA = 800.0;
// Continuous load on a busway <= 80 % of its rating: assumption (same 80 % practice as the
// module rule of reference-data.md 3.3).
inline constexpr double kBuswayUtilisation = 0.8;
// Continuous loads at most 80 % of a rating: kContinuousLoadFactor
// (core/util/EngineeringConstants.hpp, shared with validation).
using aifp::kContinuousLoadFactor;
// LV switchboard 4,000 A / 2,875 kVA (catalog lv-switchboard-generic, assumption).
inline constexpr double kLvSwitchboardA = 4000.0;
// MV switchgear lineup ~140 MVA at 33 kV (catalog mv-switchgear-generic, assumption).
inline constexpr double kMvSwitchgearKva = 140000.0;
// HV grid connection: 132 kV (reference-data.md 3.1: utility transmission 115-345 kV; 132 kV is a
// common IEC level; assumption).
inline constexpr double kHvVoltageV = 132000.0;
// HV/MV main transformer standard sizes, MVA (assumption: common ONAN/ONAF power-transformer
// ratings); at most kMaxMainTransformerMva per unit.
inline constexpr double kMainTransformerSizesMva[] = {20.0, 40.0, 63.0, 80.0, 100.0, 125.0};
inline constexpr double kMaxMainTransformerMva = 125.0;
// HV/MV main transformer efficiency (core/util/EngineeringConstants.hpp).
using aifp::kMainTransformerEfficiency;
// Catcher / block-redundant N+1: at most 3 blocks share a reserve ("beyond 3+1, N+1 reliability
// degrades", reference-data.md 3.3, Emerson white paper).
inline constexpr int kMaxBlocksPerReserve = 3;

// Three-phase current I = P / (sqrt(3) V PF) (core/util/EngineeringConstants.hpp).
using aifp::threePhaseCurrentA;

// Cooling -----------------------------------------------------------------------------------
// Design temperature rise of the technology loop: 10 K (reference-data.md 2.1, OCP at <= 10 K).
inline constexpr double kTechnologyLoopDeltaTK = 10.0;
// Q = m cp dT -> flow per kW = 60 / (rho cp dT) L/min per kW (reference-data.md 2.1: 1.44 at 10 K).
inline double flowLpmPerKw(double deltaTK) {
    return aifp::waterFlowLpm(1.0, deltaTK);
}
// Pipe velocity limits (reference-data.md 2.6, Engineering ToolBox): mains 0.9-2.6 m/s,
// laterals 1.3-2.5 m/s (kLateralMaxVelocityMps), never above 3.7 m/s (kErosionVelocityMps):
// the two shared with validation are in core/util/EngineeringConstants.hpp.
using aifp::kErosionVelocityMps;
using aifp::kLateralMaxVelocityMps;
inline constexpr double kMainMinVelocityMps = 0.9;
inline constexpr double kMainMaxVelocityMps = 2.6;
inline constexpr double kLateralMinVelocityMps = 1.3;
// 1 refrigeration ton = 3.517 kW (definition: 12,000 BTU/h, 1 kW = 3,412 BTU/h,
// reference-data 2.1).
inline constexpr double kKwPerTon = 3.517;
// CDU approach (facility water to technology loop): 3 K, assumption (plate exchangers 2-5 K).
inline constexpr double kCduApproachK = 3.0;
// Chilled water for air handlers (core/util/EngineeringConstants.hpp).
using aifp::kAirLoopSupplyC;
// Chiller module size: 500 tons (~1.76 MW thermal; reference-data.md 2.5, JCI test-site units).
inline constexpr double kChillerTons = 500.0;

// Layout ------------------------------------------------------------------------------------
// CDU footprint 1.2 m x 1.2 m: assumption (no CDU dimensions in the reference pack).
inline constexpr double kCduWidthM = 1.2;
inline constexpr double kCduDepthM = 1.2;
// Hall perimeter margin (walls, egress route) 3 m: assumption.
inline constexpr double kHallMarginM = 3.0;
// Cross aisle between row blocks 2.4 m: assumption (two service clearances).
inline constexpr double kCrossAisleM = 2.4;
// Spacing between halls on the site 20 m (roads, yard equipment): assumption.
inline constexpr double kHallSpacingM = 20.0;
// Switches per network rack: 8 (assumption; 1-4U switches in a 42U rack with patching).
inline constexpr int kSwitchesPerNetworkRack = 8;
// Slack added to Manhattan cable lengths: 10 % + 3 m for vertical runs and service loops
// (assumption).
inline constexpr double kCableSlackFraction = 0.10;
inline constexpr double kCableSlackM = 3.0;
// Copper (DAC) reach: up to ~3 m in-rack or adjacent rack (assumption).
inline constexpr double kCopperReachM = 3.0;
// Multimode 2xSR4 reach 50 m (reference-data.md 4.1, LinkX 800G).
inline constexpr double kMultimodeReachM = 50.0;
// Single-mode 2xFR4 reach 2 km (reference-data.md 4.1).
inline constexpr double kSingleModeReachM = 2000.0;

} // namespace aifp::rules
