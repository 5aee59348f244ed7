#include "core/schedule/ScheduleParameters.hpp"
#include "core/i18n/Translate.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include "core/util/NumberFormat.hpp"
#include <cmath>
#include <span>

namespace aifp {

namespace {

// One default: a sourced figure (S, source: the reference) or an assumption (A, source: the
// reasoning). description: an English literal marked for the catalogue; the parameter holds it
// in the language shown (the command line runs --format json in English, so files keep the
// English text). positive: must be > 0 (crews, rates); otherwise >= 0.
enum class Basis { Sourced, Assumed };
constexpr auto S = Basis::Sourced;
constexpr auto A = Basis::Assumed;

struct Default {
    const char* key;
    double value;
    const char* unit;
    const char* description;
    Basis basis;
    const char* source;
    bool positive;
};

ScheduleParameter parameterOf(const Default& d) {
    const bool assumed = d.basis == A;
    return {d.key,
            d.value,
            d.value,
            d.unit,
            tr("ScheduleParameter", d.description),
            assumed ? "ASSUMPTION: " + std::string(d.source) : std::string(d.source),
            assumed,
            false,
            d.positive};
}

} // namespace

std::string shownScheduleUnit(const std::string& unit) {
    static const char* const kUnits[] = {
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "weeks"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "working days"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "crews"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "teams"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "crew-days per unit"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "units per crew"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "m per rack"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "m per crew-day"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "cables per crew-day"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "racks per crew-day"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "racks per SU"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "racks per week"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "SUs per team"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "USD per MW-month"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "MW per IT MW"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "t CO2 per MWh"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "share of rack price"),
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "factor"),
    };
    for (const char* u : kUnits)
        if (unit == u)
            return tr("ScheduleParameter", u);
    return unit;
}

namespace {

constexpr Default kLeadTimes[] = {
    // --- Lead times (order placed -> delivered to site), calendar weeks -------------------------
    // reference-data.md 6.2: power transformers average 128 weeks (Wood Mackenzie via
    // bixbitusa.io); large power transformers 80-210 weeks (US DOE LPT report via entogo.ca).
    {"schedule.lead.transformer_weeks", 128, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "power transformers above 2,500 kVA: order to delivery"),
     S,
     "reference-data.md 6.2: average 128 weeks (Wood Mackenzie, bixbitusa.io); "
     "range 80-210 weeks (US DOE LPT report, entogo.ca); secondary",
     false},
    // reference-data.md 3.2: 2,500 kVA is the typical data-centre prefab substation block
    // (coumelelectric.com). Units up to that rating are taken as distribution class, with the
    // generic "transformers and switchgear: over 90 weeks" of 6.2 (pv-magazine-usa.com).
    {"schedule.lead.transformer_distribution_weeks", 90, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "distribution / unit-substation transformers up to 2,500 kVA"),
     A,
     "classing units up to the 2,500 kVA block of reference-data.md 3.2 as "
     "distribution transformers is ours; the figure is 6.2's \"transformers "
     "and switchgear: over 90 weeks\" (pv-magazine-usa.com, secondary), "
     "shorter than the 128-week power-transformer average",
     false},
    // reference-data.md 6.2: transformers and switchgear "from under 50 to over 90 weeks".
    {"schedule.lead.mv_switchgear_weeks", 90, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "MV switchgear: order to delivery"), S,
     "reference-data.md 6.2: transformers and switchgear now over 90 weeks "
     "(pv-magazine-usa.com); secondary",
     false},
    {"schedule.lead.lv_switchgear_weeks", 50, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "LV switchboards: order to delivery"), A,
     "the pack gives switchgear 50-90+ weeks (reference-data.md 6.2, "
     "pv-magazine-usa.com) without separating LV; LV boards taken at the low end",
     false},
    // reference-data.md 6.2 and 7: generator, chiller and CDU lead times are UNVERIFIED.
    {"schedule.lead.generator_weeks", 52, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "standby generators (2 MW class): order to delivery"),
     A,
     "UNVERIFIED in reference-data.md 6.2 (only a low-credibility 6-8 week "
     "anecdote for 1 MW sets); one year taken for data-centre fleets",
     false},
    {"schedule.lead.ups_weeks", 30, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "UPS systems: order to delivery"), A,
     "not in the reference pack; ~7 months taken for MW-class UPS", false},
    {"schedule.lead.chiller_weeks", 40, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "chillers: order to delivery"), A,
     "UNVERIFIED in reference-data.md 6.2; ~9 months taken", false},
    {"schedule.lead.dry_cooler_weeks", 30, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "dry coolers: order to delivery"), A,
     "not in the reference pack; ~7 months taken", false},
    {"schedule.lead.cdu_weeks", 26, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "coolant distribution units: order to delivery"), A,
     "UNVERIFIED in reference-data.md 6.2; ~6 months taken", false},
    {"schedule.lead.busway_weeks", 20, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "busway: order to delivery"), A,
     "not in the reference pack; ~5 months taken", false},
    {"schedule.lead.racks_weeks", 26, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "GPU rack systems: order to first delivery"), A,
     "not in the reference pack; allocation-dependent, ~6 months taken", false},
    // reference-data.md 6.1: utility interconnection 24-48 months, overlapping with entitlement
    // and permitting (12-36 months) (build.inc).
    {"schedule.lead.utility_interconnection_weeks", 78, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "utility interconnection works remaining after programme start"),
     A,
     "reference-data.md 6.1 gives 24-48 months overlapping with 12-36 months "
     "of permitting (build.inc); with the request filed when permitting "
     "began, ~18 months (mid 36 - 18) remain at notice to proceed. EPRI: up "
     "to 10 years in some regions (6.1) - override for such sites",
     false},
    // reference-data.md 6.1: prefab buys 6-12 months of speed-to-power (aidatacenterguide.com).
    {"schedule.prefab.power_lead_reduction_weeks", 39, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: power skids arrive this much sooner than the longest "
                         "custom-built component they replace"),
     S,
     "reference-data.md 6.1: prefab buys 6-12 months of speed-to-power "
     "(aidatacenterguide.com ch. 6.4); midpoint 9 months = 39 weeks",
     false},
    {"schedule.lead.batch_interval_weeks", 4, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "interval between successive halls' equipment batches"),
     A, "factories ship one hall's batch every ~month; halls are phased", false},
    {"schedule.rate.rack_deliveries_per_week", 50, "racks per week",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "rack delivery rate into one hall"), A,
     "logistics of ~10 trucks a day; not in the reference pack", true},
};

// Site, shell and fit-out durations.
constexpr Default kBuildingDurations[] = {
    // --- Durations, working days -----------------------------------------------------------------
    {"schedule.duration.award_days", 20, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "design freeze and purchase orders after notice to proceed"),
     A,
     "one month; permits and site control are assumed done before the start "
     "(reference-data.md 6.1 lists them as 6-36 month earlier phases)",
     false},
    {"schedule.duration.site_works_days", 80, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "site works: clearing, grading, foundations, yards, roads"),
     A, "~4 months for a prepared greenfield plot", false},
    {"schedule.duration.shell_days", 150, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "building shell of one hall (traditional)"), A,
     "~7 months per hall; with fit-out and commissioning this matches the "
     "first building in 18-24 months of reference-data.md 6.1 (cortexconstruct)",
     false},
    {"schedule.duration.shell_stagger_days", 20, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "start of the next hall's shell after the previous one starts"),
     A, "shell contracts mobilise about a month apart", false},
    {"schedule.duration.fitout_days", 60, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "hall fit-out: slab preparation, containment, lighting, fire protection"),
     A, "~3 months per hall", false},
    // reference-data.md 6.1: modules in 12-20 weeks (datacentres.com); 16 weeks taken.
    {"schedule.duration.prefab_shell_days", 80, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: modular hall shell, factory build and set on site"),
     S,
     "reference-data.md 6.1: modules in 12-20 weeks (datacentres.com); "
     "16 weeks = 80 working days taken",
     false},
    {"schedule.duration.prefab_fitout_days", 20, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: hall fit-out (modules arrive fitted out)"),
     A, "site work is connection and finishing only", false},
};

// Factory test and installation of equipment.
constexpr Default kEquipmentDurations[] = {
    {"schedule.duration.fat_days", 5, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L1 factory acceptance test of one hall's batch of an equipment class"),
     A, "one week witnessed test per batch (levels from reference-data.md 6.3)", false},
    {"schedule.duration.install_transformer_days", 4, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 receipt and installation of one transformer"), A,
     "set, terminate, test", false},
    {"schedule.duration.install_mv_switchgear_days", 3, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one MV switchgear line-up"), A,
     "set and terminate", false},
    {"schedule.duration.install_lv_switchgear_days", 3, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one LV switchboard"), A,
     "set and terminate", false},
    {"schedule.duration.install_ups_days", 3, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one UPS system (with batteries)"),
     A, "set and terminate", false},
    {"schedule.duration.install_generator_days", 4, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L2 installation of one generator set (fuel, exhaust)"),
     A, "set and connect", false},
    {"schedule.duration.install_chiller_days", 5, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one chiller"), A,
     "rig, pipe, terminate", false},
    {"schedule.duration.install_dry_cooler_days", 2, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one dry cooler"), A,
     "rig, pipe, terminate", false},
    {"schedule.duration.install_cdu_days", 1, "crew-days per unit",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one CDU"), A,
     "set, pipe, terminate", false},
    {"schedule.prefab.install_factor", 0.5, "factor",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: share of the site installation effort that remains"),
     A, "power and cooling arrive as pre-assembled, factory-tested skids", true},
};

// Commissioning, rack test and burn-in.
constexpr Default kCommissioningDurations[] = {
    {"schedule.duration.cx_l3_power_days", 10, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L3 pre-functional / start-up of one hall's power chain"),
     A, "levels from reference-data.md 6.3; durations not in the pack", false},
    {"schedule.duration.cx_l3_cooling_days", 10, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L3 pre-functional / start-up of one hall's cooling (flush, fill, pumps)"),
     A, "levels from reference-data.md 6.3; durations not in the pack", false},
    {"schedule.duration.cx_l4_days", 15, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L4 functional performance tests on load banks, per hall"),
     A, "levels from reference-data.md 6.3; durations not in the pack", false},
    {"schedule.duration.cx_l5_days", 5, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "L5 integrated systems test (pull-the-plug), per hall"),
     A, "levels from reference-data.md 6.3; durations not in the pack", false},
    {"schedule.duration.rack_test_days", 10, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "rack bring-up and acceptance on IT load, per hall (traditional)"),
     A,
     "reference-data.md 6.1: IT fit-out and commissioning \"a few months\" "
     "(slicast.com) overall; two weeks per hall after installation",
     false},
    {"schedule.duration.rack_test_integrated_days", 3, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: bring-up of racks delivered integrated and tested"),
     A,
     "rack-level integration claims of reference-data.md 6.1 (install ~2 days "
     "-> ~2 hours, theaipov.news; Lenovo first token \"within weeks\", 6.4)",
     false},
    {"schedule.duration.burn_in_days", 10, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "burn-in / acceptance run before first token, per hall"),
     A, "UNVERIFIED in reference-data.md 6.1 (no sourced duration); two weeks taken", false},
};

constexpr Default kCrewsAndRates[] = {
    // --- Crews and productivity ------------------------------------------------------------------
    {"schedule.crews.power", 2, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "power equipment installation crews"), A,
     "per hall and equipment class", true},
    {"schedule.crews.cooling", 2, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "cooling equipment installation crews"), A,
     "per hall and equipment class", true},
    {"schedule.crews.pipework", 4, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "pipe fitting crews per hall"), A, "planning default",
     true},
    {"schedule.crews.busway", 2, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "busway installation crews per hall"), A,
     "planning default", true},
    {"schedule.crews.cabling", 4, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "network cabling crews per hall"), A,
     "planning default", true},
    {"schedule.crews.racks", 4, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "rack installation crews per hall"), A,
     "planning default", true},
    {"schedule.rate.pipe_m_per_crew_day", 20, "m per crew-day",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "pipe installed per crew and day"), A,
     "welded/grooved steel 100-300 mm", true},
    {"schedule.rate.busway_m_per_crew_day", 30, "m per crew-day",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "overhead busway installed per crew and day"), A,
     "planning default", true},
    {"schedule.rate.cables_per_crew_day", 80, "cables per crew-day",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "network cables pulled, terminated and labelled per crew and day"),
     A, "planning default", true},
    // reference-data.md 6.1: NVL72 install ~2 days per rack today (keynote claim, theaipov.news).
    {"schedule.rate.racks_per_crew_day", 0.5, "racks per crew-day",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "rack installation, traditional (racks assembled and cabled on site)"),
     A,
     "~2 days per NVL72 rack (reference-data.md 6.1, keynote claim via "
     "theaipov.news)",
     true},
    {"schedule.rate.racks_integrated_per_crew_day", 4, "racks per crew-day",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: racks delivered integrated and tested"),
     A,
     "~2 hours per rack (reference-data.md 6.1, keynote claim via "
     "theaipov.news); 4 racks in an 8-hour day",
     true},
    {"schedule.quantity.pipe_m_per_rack", 6, "m per rack",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "technology-loop pipe per rack when the design draws no pipes"),
     A, "row manifolds plus branch to each rack", false},
    {"schedule.quantity.busway_m_per_rack", 1.2, "m per rack",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "busway per rack when the design draws no busway routes"),
     A, "0.6 m rack pitch on two busways (A/B)", false},
};

constexpr Default kScalableUnits[] = {
    // --- Scalable units, fast-track levers (docs/schedule.md "Fast track") ----------------------
    // reference-data.md 1.2: GB200 SuperPOD SU = 8 racks = 576 GPUs (docs.nvidia.com DGX
    // SuperPOD GB200 reference architecture); 6.4: SU-based deployment "from months to weeks".
    {"schedule.su.racks", 8, "racks per SU",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "racks brought up together as one scalable unit (its power path, CDU "
                         "and leaf switches)"),
     S,
     "reference-data.md 1.2: GB200 SuperPOD SU = 8 racks = 576 GPUs "
     "(docs.nvidia.com DGX SuperPOD GB200 RA)",
     true},
    {"schedule.crews.bringup", 4, "teams",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "SU energisation and bring-up teams per hall (power path, CDU loop, "
                         "leaf switches, rack acceptance)"),
     A,
     "planning default; a team brings up one SU at a time and moves on "
     "when the burn-in starts",
     true},
    {"schedule.crews.units_per_install_crew", 4, "units per crew",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "most power or cooling units one installation crew sets in a hall; "
                         "larger batches get more crews"),
     A, "planning default: crews scale with the site", true},
    {"schedule.crews.target_trade_days", 20, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "busway and pipework crews per hall are raised to finish within this"),
     A, "planning default: trades are staffed to the hall's size", true},
    {"schedule.crews.sus_per_team", 4, "SUs per team",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "most SUs one placement or bring-up team handles in a hall; larger "
                         "halls get more teams"),
     A,
     "planning default: crews scale with the site, as on campuses brought up "
     "in weeks (reference-data.md 6.4: xAI 19 days from hardware "
     "installation to training)",
     true},
    {"schedule.crews.shells", 4, "crews",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "shell construction crews working in parallel on a campus"),
     A,
     "a campus builds several shells at once (reference-data.md 6.1: 100 MW+ "
     "campus first building in 18-24 months, cortexconstruct.com); four "
     "parallel shell contracts taken",
     true},
    {"schedule.crews.cx_teams", 3, "teams",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "commissioning teams running hall L5 integrated tests in parallel"),
     A, "one commissioning authority with three teams on a campus", true},
    {"schedule.duration.burn_in_integrated_days", 3, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "prefab delivery: burn-in of racks integrated and L11-tested at the "
                         "factory, per SU"),
     A,
     "rack-level integration and L11 test at the factory leave a short "
     "on-site run (reference-data.md 6.4: xAI 19 days from hardware "
     "installation to training; Lenovo first token \"within weeks\"); "
     "burn-in itself is UNVERIFIED (6.1)",
     false},
};

// Priority allocation and bridging power.
constexpr Default kPriorityAndBridging[] = {
    {"schedule.lead.racks_priority_weeks", 12, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "GPU rack systems with vendor priority allocation: order to first "
                         "delivery"),
     A,
     "not in the reference pack; a priority allocation is taken to cut the "
     "~6 month queue to ~3 months",
     false},
    {"schedule.priority.premium_fraction", 0.05, "share of rack price",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "price premium of a priority allocation, share of the GPU rack systems' "
                         "price (price.system.* of the cost estimate)"),
     A, "not in the reference pack; 5 % taken", false},
    {"schedule.bridge.lead_weeks", 16, "weeks",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "bridging power (mobile gas turbines / BESS): order to delivery"),
     A,
     "not in the reference pack; rental fleets deliver in months "
     "(reference-data.md 6.4: xAI Colossus ran on temporary generation "
     "within its 122-day build)",
     false},
    {"schedule.bridge.install_days", 20, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "bridging power: set, connect fuel and cables, test"),
     A, "planning default", false},
    {"schedule.bridge.switchover_days", 5, "working days",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "switchover of bridged SUs from bridging power to the grid"),
     A, "planning default", false},
    {"schedule.bridge.facility_per_it_mw", 1.25, "MW per IT MW",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "facility power per MW of IT when sizing the SUs bridging power can "
                         "carry"),
     A,
     "reference-data.md 3.4 gives a target PUE < 1.25 for AI halls "
     "(pingdo.net); taken as the bridging load ratio",
     true},
    {"schedule.bridge.cost_usd_per_mw_month", 50000, "USD per MW-month",
     AIFP_TRANSLATE_NOOP("ScheduleParameter",
                         "bridging power: rental and fuel per MW of capacity and month"),
     A,
     "not in the reference pack; ~20k USD rental + ~30k USD gas "
     "(4 USD/MMBtu x 10 MMBtu/MWh x 730 h) per MW-month",
     false},
    {"schedule.bridge.emissions_t_per_mwh", 0.53, "t CO2 per MWh",
     AIFP_TRANSLATE_NOOP("ScheduleParameter", "bridging power emissions per MWh generated"), A,
     "not in the reference pack; natural gas 53.06 kg CO2/MMBtu (US EPA 40 "
     "CFR 98 Table C-1) x ~10 MMBtu/MWh simple-cycle heat rate",
     false},
};

} // namespace

ScheduleParameters ScheduleParameters::defaults() {
    ScheduleParameters p;
    using Table = std::span<const Default>;
    for (Table table : {Table(kLeadTimes), Table(kBuildingDurations), Table(kEquipmentDurations),
                        Table(kCommissioningDurations), Table(kCrewsAndRates),
                        Table(kScalableUnits), Table(kPriorityAndBridging)})
        for (const Default& d : table)
            p.params_.push_back(parameterOf(d));
    return p;
}

const ScheduleParameter& ScheduleParameters::parameter(const std::string& key) const {
    for (const auto& p : params_)
        if (p.key == key)
            return p;
    throw ScheduleError("unknown schedule parameter \"" + key + "\"");
}

void ScheduleParameters::setDefault(const std::string& key, double v, const std::string& source) {
    for (auto& p : params_)
        if (p.key == key) {
            p.value = p.defaultValue = v;
            p.source = source;
            p.assumption = false;
            return;
        }
    throw ScheduleError("unknown schedule parameter \"" + key + "\"");
}

void ScheduleParameters::setRange(const std::string& key, double low, double high) {
    for (auto& p : params_)
        if (p.key == key) {
            p.rangeLow = low;
            p.rangeHigh = high;
            return;
        }
    throw ScheduleError("unknown schedule parameter \"" + key + "\"");
}

double ScheduleParameters::value(const std::string& key) const {
    return parameter(key).value;
}

void ScheduleParameters::applyOverrides(const std::map<std::string, double>& overrides) {
    for (const auto& [key, v] : overrides) {
        if (key.rfind("schedule.", 0) != 0)
            continue;
        ScheduleParameter* target = nullptr;
        for (auto& p : params_)
            if (p.key == key)
                target = &p;
        if (!target)
            throw ScheduleError(fill(tr("Schedule", "assumptionOverrides: unknown schedule key "
                                                    "\"%1\" (see docs/schedule.md for the keys)"),
                                     {key}));
        const std::string shown = display::formatSignificantPlain(v, 6);
        if (!std::isfinite(v))
            throw ScheduleError(fill(
                tr("Schedule", "assumptionOverrides \"%1\": %2 is not a number"), {key, shown}));
        if (v < 0 || (target->positive && v == 0))
            throw ScheduleError(
                fill(target->positive
                         ? tr("Schedule", "assumptionOverrides \"%1\": %2 must be greater than 0")
                         : tr("Schedule", "assumptionOverrides \"%1\": %2 is negative"),
                     {key, shown}));
        target->value = v;
        target->overridden = true;
    }
}

} // namespace aifp
