#include "core/estimate/EstimateAssumptions.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/EngineeringConstants.hpp"
#include <algorithm>
#include <cmath>

namespace aifp {

namespace {

constexpr auto A = Confidence::Assumption;
constexpr auto S = Confidence::Secondary;

// Planning assumptions of the power, cooling and cost model. docs/estimation.md lists them.
constexpr AssumptionDefault kDefaults[] = {
    {"estimate.utilization",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "share of the year the factory serves at the estimated rate"),
     0.7, "fraction", "assumption", A, false},
    {"estimate.it_life_years",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "amortisation life of GPU systems, network and storage"),
     5.0, "years", "assumption (typical GPU server depreciation 4-6 years)", A, false},
    {"estimate.facility_life_years",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "amortisation life of the facility"), 15.0, "years",
     "assumption", A, false},
    {"estimate.transformer_loss_fraction",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "MV/LV transformer losses at full load when a transformer gives no efficiency"),
     0.0125, "fraction of load",
     "reference-data.md 3.2: MV/LV transformer losses 1.0-1.5 % at full load", S, false},
    {"estimate.transformer_no_load_share",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "share of a transformer's full-load losses that is no-load (core) loss"),
     0.1, "fraction",
     "assumption (core loss ~10 % of full-load loss for 2.5 MVA distribution transformers; the "
     "rest is load loss, proportional to the load squared)",
     A, false},
    {"estimate.hv_transformer_efficiency",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "HV/MV main transformer efficiency at full load"),
     kMainTransformerEfficiency, "fraction",
     "SizingRules.hpp kMainTransformerEfficiency (assumption: large power transformers are above "
     "99.5 % efficient)",
     A, false},
    {"estimate.switch_power_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "switch power when its catalog entry gives none"),
     2.0, "kW", "assumption (catalog switches draw 1.7-3.5 kW)", A, false},
    {"estimate.oob_switch_power_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "out-of-band 1 GbE switch power without a catalog entry"),
     0.1, "kW", "catalog oob-1g-48 (assumption: 48-port 1 GbE managed switch, 60-150 W)", A, false},
    {"estimate.gpus_per_storage_node",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "GPUs served by one all-flash storage node"), 64.0,
     "GPUs", "assumption (one 2U NVMe node of ~40 GB/s read per 8 DGX-class systems)", A, false},
    {"estimate.storage_node_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "power of one all-flash storage node"), 1.5, "kW",
     "assumption (2U, 24 NVMe drives, two CPUs)", A, false},
    {"estimate.gpus_per_management_node",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "GPUs per management node (head, scheduler, fabric manager, monitoring; at least 3)"),
     256.0, "GPUs", "assumption (NVIDIA Base Command head nodes and UFM appliances, HA pairs)", A,
     false},
    {"estimate.management_node_kw",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "power of one management node"), 1.0, "kW",
     "assumption (1U/2U dual-CPU server)", A, false},
    {"estimate.ups_eco_mode",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "UPS in eco (dynamic online) mode: 1 = yes, 0 = double conversion"),
     0.0, "0/1", "assumption (double conversion is the conservative default)", A, true},
    {"estimate.ups_eco_efficiency",
     AIFP_TRANSLATE_NOOP("EstimateAssumption", "UPS efficiency in eco mode"), 0.99, "fraction",
     "reference-data.md 3.2: eco/dynamic-online 98-99 %; Galaxy VS 99 % eConversion", S, false},
    {"estimate.ups_fixed_loss_share",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "share of a UPS's full-load losses that is fixed (no-load); the rest grows with the load"),
     0.3, "fraction",
     "assumption (gives ~95 % at full load, ~94 % at 40 % and ~93 % at 25 % for a 95 % UPS, the "
     "shape of published double-conversion curves)",
     A, false},
    {"estimate.spares_fraction",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "on-site spares (GPU trays, optics, switches, PSUs)"),
     0.02, "share of IT capex", "assumption (1-3 % of IT equipment held as spares)", A, true},
    {"estimate.integration_fraction",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "integration and commissioning (L1-L5, rack integration)"),
     0.02, "share of capex before it",
     "reference-data.md 6.3: commissioning costs 1-3 % of project budget (midpoint)", S, true},
    {"estimate.installation_fraction",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "installation, MV/LV cabling, piping, fire protection, BMS, design and site works"),
     1.9, "share of facility equipment and building",
     "assumption (calibrated: the default 100 MW 2N GB300 design then costs ~11 M USD of "
     "facility per MW of IT, near the US average 11.3 M USD/MW of reference-data.md 6.1)",
     A, true},
    {"estimate.pue_factor",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "what-if factor on the annual PUE the cooling plant model computes (1 = as computed); "
         "listed only when set"),
     1.0, "factor", "sensitivity input (aifp-cli sensitivity sweeps it; docs/options.md)", A,
     false},
    {"estimate.colo_lead_weeks",
     AIFP_TRANSLATE_NOOP(
         "EstimateAssumption",
         "colocation: weeks from signing to the hall handed over, ready for the IT equipment"),
     26.0, "weeks",
     "assumption, range 12-78 (high-density capacity is pre-leased with delivery beyond 12 "
     "months in primary markets: rent-prices.md)",
     A, false},
    {"estimate.cloud_lead_weeks",
     AIFP_TRANSLATE_NOOP("EstimateAssumption",
                         "cloud: weeks from order to the reserved GPUs serving"),
     8.0, "weeks", "assumption, range 2-26 (reserved capacity blocks)", A, false},
};

} // namespace

double EstimateAssumptions::value(const std::string& key) {
    for (const AssumptionDefault& d : kDefaults)
        if (key == d.key)
            return assumptionValue<FactoryEstimateError>(d, overrides_, used_);
    throw FactoryEstimateError("internal: no default for '" + key + "'");
}

void EstimateAssumptions::note(EstimateAssumption a) {
    for (const auto& u : used_)
        if (u.id == a.id)
            return;
    used_.push_back(std::move(a));
}

} // namespace aifp
