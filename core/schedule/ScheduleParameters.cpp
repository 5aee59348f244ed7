#include "core/schedule/ScheduleParameters.hpp"
#include "core/i18n/Translate.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include "core/util/NumberFormat.hpp"
#include <cmath>

namespace aifp {

namespace {

// desc: an English literal marked for the catalogue; the parameter holds it in the language
// shown (the command line runs --format json in English, so files keep the English text).
ScheduleParameter sourced(std::string key, double v, std::string unit, const char* desc,
                          std::string source) {
    return {std::move(key),
            v,
            v,
            std::move(unit),
            tr("ScheduleParameter", desc),
            std::move(source),
            false,
            false,
            false};
}

ScheduleParameter assumed(std::string key, double v, std::string unit, const char* desc,
                          std::string reasoning, bool positive = false) {
    return {std::move(key),
            v,
            v,
            std::move(unit),
            tr("ScheduleParameter", desc),
            "ASSUMPTION: " + std::move(reasoning),
            true,
            false,
            positive};
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

void addLeadTimes(std::vector<ScheduleParameter>& v) {
    // --- Lead times (order placed -> delivered to site), calendar weeks -------------------------
    // reference-data.md 6.2: power transformers average 128 weeks (Wood Mackenzie via
    // bixbitusa.io); large power transformers 80-210 weeks (US DOE LPT report via entogo.ca).
    v.push_back(
        sourced("schedule.lead.transformer_weeks", 128, "weeks",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "power transformers above 2,500 kVA: order to delivery"),
                "reference-data.md 6.2: average 128 weeks (Wood Mackenzie, bixbitusa.io); "
                "range 80-210 weeks (US DOE LPT report, entogo.ca); secondary"));
    // reference-data.md 3.2: 2,500 kVA is the typical data-centre prefab substation block
    // (coumelelectric.com). Units up to that rating are taken as distribution class, with the
    // generic "transformers and switchgear: over 90 weeks" of 6.2 (pv-magazine-usa.com).
    v.push_back(
        assumed("schedule.lead.transformer_distribution_weeks", 90, "weeks",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "distribution / unit-substation transformers up to 2,500 kVA"),
                "classing units up to the 2,500 kVA block of reference-data.md 3.2 as "
                "distribution transformers is ours; the figure is 6.2's \"transformers "
                "and switchgear: over 90 weeks\" (pv-magazine-usa.com, secondary), "
                "shorter than the 128-week power-transformer average"));
    // reference-data.md 6.2: transformers and switchgear "from under 50 to over 90 weeks".
    v.push_back(
        sourced("schedule.lead.mv_switchgear_weeks", 90, "weeks",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "MV switchgear: order to delivery"),
                "reference-data.md 6.2: transformers and switchgear now over 90 weeks "
                "(pv-magazine-usa.com); secondary"));
    v.push_back(
        assumed("schedule.lead.lv_switchgear_weeks", 50, "weeks",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "LV switchboards: order to delivery"),
                "the pack gives switchgear 50-90+ weeks (reference-data.md 6.2, "
                "pv-magazine-usa.com) without separating LV; LV boards taken at the low end"));
    // reference-data.md 6.2 and 7: generator, chiller and CDU lead times are UNVERIFIED.
    v.push_back(assumed("schedule.lead.generator_weeks", 52, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "standby generators (2 MW class): order to delivery"),
                        "UNVERIFIED in reference-data.md 6.2 (only a low-credibility 6-8 week "
                        "anecdote for 1 MW sets); one year taken for data-centre fleets"));
    v.push_back(assumed("schedule.lead.ups_weeks", 30, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "UPS systems: order to delivery"),
                        "not in the reference pack; ~7 months taken for MW-class UPS"));
    v.push_back(assumed("schedule.lead.chiller_weeks", 40, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "chillers: order to delivery"),
                        "UNVERIFIED in reference-data.md 6.2; ~9 months taken"));
    v.push_back(assumed("schedule.lead.dry_cooler_weeks", 30, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "dry coolers: order to delivery"),
                        "not in the reference pack; ~7 months taken"));
    v.push_back(assumed(
        "schedule.lead.cdu_weeks", 26, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "coolant distribution units: order to delivery"),
        "UNVERIFIED in reference-data.md 6.2; ~6 months taken"));
    v.push_back(assumed("schedule.lead.busway_weeks", 20, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "busway: order to delivery"),
                        "not in the reference pack; ~5 months taken"));
    v.push_back(assumed(
        "schedule.lead.racks_weeks", 26, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "GPU rack systems: order to first delivery"),
        "not in the reference pack; allocation-dependent, ~6 months taken"));
    // reference-data.md 6.1: utility interconnection 24-48 months, overlapping with entitlement
    // and permitting (12-36 months) (build.inc).
    v.push_back(assumed(
        "schedule.lead.utility_interconnection_weeks", 78, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "utility interconnection works remaining after programme start"),
        "reference-data.md 6.1 gives 24-48 months overlapping with 12-36 months "
        "of permitting (build.inc); with the request filed when permitting "
        "began, ~18 months (mid 36 - 18) remain at notice to proceed. EPRI: up "
        "to 10 years in some regions (6.1) - override for such sites"));
    // reference-data.md 6.1: prefab buys 6-12 months of speed-to-power (aidatacenterguide.com).
    v.push_back(sourced(
        "schedule.prefab.power_lead_reduction_weeks", 39, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "prefab delivery: power skids arrive this much sooner than the longest "
                            "custom-built component they replace"),
        "reference-data.md 6.1: prefab buys 6-12 months of speed-to-power "
        "(aidatacenterguide.com ch. 6.4); midpoint 9 months = 39 weeks"));
    v.push_back(assumed("schedule.lead.batch_interval_weeks", 4, "weeks",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "interval between successive halls' equipment batches"),
                        "factories ship one hall's batch every ~month; halls are phased"));
    v.push_back(
        assumed("schedule.rate.rack_deliveries_per_week", 50, "racks per week",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "rack delivery rate into one hall"),
                "logistics of ~10 trucks a day; not in the reference pack", true));
}

// Site, shell and fit-out durations.
void addBuildingDurations(std::vector<ScheduleParameter>& v) {
    // --- Durations, working days -----------------------------------------------------------------
    v.push_back(
        assumed("schedule.duration.award_days", 20, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "design freeze and purchase orders after notice to proceed"),
                "one month; permits and site control are assumed done before the start "
                "(reference-data.md 6.1 lists them as 6-36 month earlier phases)"));
    v.push_back(
        assumed("schedule.duration.site_works_days", 80, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "site works: clearing, grading, foundations, yards, roads"),
                "~4 months for a prepared greenfield plot"));
    v.push_back(assumed(
        "schedule.duration.shell_days", 150, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "building shell of one hall (traditional)"),
        "~7 months per hall; with fit-out and commissioning this matches the "
        "first building in 18-24 months of reference-data.md 6.1 (cortexconstruct)"));
    v.push_back(
        assumed("schedule.duration.shell_stagger_days", 20, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "start of the next hall's shell after the previous one starts"),
                "shell contracts mobilise about a month apart"));
    v.push_back(
        assumed("schedule.duration.fitout_days", 60, "working days",
                AIFP_TRANSLATE_NOOP(
                    "ScheduleParameter",
                    "hall fit-out: slab preparation, containment, lighting, fire protection"),
                "~3 months per hall"));
    // reference-data.md 6.1: modules in 12-20 weeks (datacentres.com); 16 weeks taken.
    v.push_back(sourced(
        "schedule.duration.prefab_shell_days", 80, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "prefab delivery: modular hall shell, factory build and set on site"),
        "reference-data.md 6.1: modules in 12-20 weeks (datacentres.com); "
        "16 weeks = 80 working days taken"));
    v.push_back(
        assumed("schedule.duration.prefab_fitout_days", 20, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "prefab delivery: hall fit-out (modules arrive fitted out)"),
                "site work is connection and finishing only"));
}

// Factory test and installation of equipment.
void addEquipmentDurations(std::vector<ScheduleParameter>& v) {
    v.push_back(assumed(
        "schedule.duration.fat_days", 5, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "L1 factory acceptance test of one hall's batch of an equipment class"),
        "one week witnessed test per batch (levels from reference-data.md 6.3)"));
    v.push_back(assumed(
        "schedule.duration.install_transformer_days", 4, "crew-days per unit",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 receipt and installation of one transformer"),
        "set, terminate, test"));
    v.push_back(assumed(
        "schedule.duration.install_mv_switchgear_days", 3, "crew-days per unit",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one MV switchgear line-up"),
        "set and terminate"));
    v.push_back(
        assumed("schedule.duration.install_lv_switchgear_days", 3, "crew-days per unit",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one LV switchboard"),
                "set and terminate"));
    v.push_back(assumed("schedule.duration.install_ups_days", 3, "crew-days per unit",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "L2 installation of one UPS system (with batteries)"),
                        "set and terminate"));
    v.push_back(assumed("schedule.duration.install_generator_days", 4, "crew-days per unit",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "L2 installation of one generator set (fuel, exhaust)"),
                        "set and connect"));
    v.push_back(assumed("schedule.duration.install_chiller_days", 5, "crew-days per unit",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one chiller"),
                        "rig, pipe, terminate"));
    v.push_back(
        assumed("schedule.duration.install_dry_cooler_days", 2, "crew-days per unit",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one dry cooler"),
                "rig, pipe, terminate"));
    v.push_back(assumed("schedule.duration.install_cdu_days", 1, "crew-days per unit",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "L2 installation of one CDU"),
                        "set, pipe, terminate"));
    v.push_back(assumed(
        "schedule.prefab.install_factor", 0.5, "factor",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "prefab delivery: share of the site installation effort that remains"),
        "power and cooling arrive as pre-assembled, factory-tested skids", true));
}

// Commissioning, rack test and burn-in.
void addCommissioningDurations(std::vector<ScheduleParameter>& v) {
    v.push_back(
        assumed("schedule.duration.cx_l3_power_days", 10, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "L3 pre-functional / start-up of one hall's power chain"),
                "levels from reference-data.md 6.3; durations not in the pack"));
    v.push_back(
        assumed("schedule.duration.cx_l3_cooling_days", 10, "working days",
                AIFP_TRANSLATE_NOOP(
                    "ScheduleParameter",
                    "L3 pre-functional / start-up of one hall's cooling (flush, fill, pumps)"),
                "levels from reference-data.md 6.3; durations not in the pack"));
    v.push_back(
        assumed("schedule.duration.cx_l4_days", 15, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "L4 functional performance tests on load banks, per hall"),
                "levels from reference-data.md 6.3; durations not in the pack"));
    v.push_back(assumed("schedule.duration.cx_l5_days", 5, "working days",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "L5 integrated systems test (pull-the-plug), per hall"),
                        "levels from reference-data.md 6.3; durations not in the pack"));
    v.push_back(assumed(
        "schedule.duration.rack_test_days", 10, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "rack bring-up and acceptance on IT load, per hall (traditional)"),
        "reference-data.md 6.1: IT fit-out and commissioning \"a few months\" "
        "(slicast.com) overall; two weeks per hall after installation"));
    v.push_back(assumed(
        "schedule.duration.rack_test_integrated_days", 3, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "prefab delivery: bring-up of racks delivered integrated and tested"),
        "rack-level integration claims of reference-data.md 6.1 (install ~2 days "
        "-> ~2 hours, theaipov.news; Lenovo first token \"within weeks\", 6.4)"));
    v.push_back(
        assumed("schedule.duration.burn_in_days", 10, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "burn-in / acceptance run before first token, per hall"),
                "UNVERIFIED in reference-data.md 6.1 (no sourced duration); two weeks taken"));
}

void addCrewsAndRates(std::vector<ScheduleParameter>& v) {
    // --- Crews and productivity ------------------------------------------------------------------
    v.push_back(
        assumed("schedule.crews.power", 2, "crews",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "power equipment installation crews"),
                "per hall and equipment class", true));
    v.push_back(
        assumed("schedule.crews.cooling", 2, "crews",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "cooling equipment installation crews"),
                "per hall and equipment class", true));
    v.push_back(assumed("schedule.crews.pipework", 4, "crews",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "pipe fitting crews per hall"),
                        "planning default", true));
    v.push_back(
        assumed("schedule.crews.busway", 2, "crews",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "busway installation crews per hall"),
                "planning default", true));
    v.push_back(assumed("schedule.crews.cabling", 4, "crews",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "network cabling crews per hall"),
                        "planning default", true));
    v.push_back(
        assumed("schedule.crews.racks", 4, "crews",
                AIFP_TRANSLATE_NOOP("ScheduleParameter", "rack installation crews per hall"),
                "planning default", true));
    v.push_back(assumed("schedule.rate.pipe_m_per_crew_day", 20, "m per crew-day",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter", "pipe installed per crew and day"),
                        "welded/grooved steel 100-300 mm", true));
    v.push_back(assumed(
        "schedule.rate.busway_m_per_crew_day", 30, "m per crew-day",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "overhead busway installed per crew and day"),
        "planning default", true));
    v.push_back(assumed(
        "schedule.rate.cables_per_crew_day", 80, "cables per crew-day",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "network cables pulled, terminated and labelled per crew and day"),
        "planning default", true));
    // reference-data.md 6.1: NVL72 install ~2 days per rack today (keynote claim, theaipov.news).
    v.push_back(assumed(
        "schedule.rate.racks_per_crew_day", 0.5, "racks per crew-day",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "rack installation, traditional (racks assembled and cabled on site)"),
        "~2 days per NVL72 rack (reference-data.md 6.1, keynote claim via "
        "theaipov.news)",
        true));
    v.push_back(
        assumed("schedule.rate.racks_integrated_per_crew_day", 4, "racks per crew-day",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "prefab delivery: racks delivered integrated and tested"),
                "~2 hours per rack (reference-data.md 6.1, keynote claim via "
                "theaipov.news); 4 racks in an 8-hour day",
                true));
    v.push_back(
        assumed("schedule.quantity.pipe_m_per_rack", 6, "m per rack",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "technology-loop pipe per rack when the design draws no pipes"),
                "row manifolds plus branch to each rack"));
    v.push_back(
        assumed("schedule.quantity.busway_m_per_rack", 1.2, "m per rack",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "busway per rack when the design draws no busway routes"),
                "0.6 m rack pitch on two busways (A/B)"));
}

void addScalableUnits(std::vector<ScheduleParameter>& v) {
    // --- Scalable units, fast-track levers (docs/schedule.md "Fast track") ----------------------
    // reference-data.md 1.2: GB200 SuperPOD SU = 8 racks = 576 GPUs (docs.nvidia.com DGX
    // SuperPOD GB200 reference architecture); 6.4: SU-based deployment "from months to weeks".
    v.push_back(sourced(
        "schedule.su.racks", 8, "racks per SU",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "racks brought up together as one scalable unit (its power path, CDU "
                            "and leaf switches)"),
        "reference-data.md 1.2: GB200 SuperPOD SU = 8 racks = 576 GPUs "
        "(docs.nvidia.com DGX SuperPOD GB200 RA)"));
    v.back().positive = true;
    v.push_back(assumed(
        "schedule.crews.bringup", 4, "teams",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "SU energisation and bring-up teams per hall (power path, CDU loop, "
                            "leaf switches, rack acceptance)"),
        "planning default; a team brings up one SU at a time and moves on "
        "when the burn-in starts",
        true));
    v.push_back(assumed(
        "schedule.crews.units_per_install_crew", 4, "units per crew",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "most power or cooling units one installation crew sets in a hall; "
                            "larger batches get more crews"),
        "planning default: crews scale with the site", true));
    v.push_back(assumed(
        "schedule.crews.target_trade_days", 20, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "busway and pipework crews per hall are raised to finish within this"),
        "planning default: trades are staffed to the hall's size", true));
    v.push_back(assumed(
        "schedule.crews.sus_per_team", 4, "SUs per team",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "most SUs one placement or bring-up team handles in a hall; larger "
                            "halls get more teams"),
        "planning default: crews scale with the site, as on campuses brought up "
        "in weeks (reference-data.md 6.4: xAI 19 days from hardware "
        "installation to training)",
        true));
    v.push_back(
        assumed("schedule.crews.shells", 4, "crews",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "shell construction crews working in parallel on a campus"),
                "a campus builds several shells at once (reference-data.md 6.1: 100 MW+ "
                "campus first building in 18-24 months, cortexconstruct.com); four "
                "parallel shell contracts taken",
                true));
    v.push_back(assumed(
        "schedule.crews.cx_teams", 3, "teams",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "commissioning teams running hall L5 integrated tests in parallel"),
        "one commissioning authority with three teams on a campus", true));
    v.push_back(assumed(
        "schedule.duration.burn_in_integrated_days", 3, "working days",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "prefab delivery: burn-in of racks integrated and L11-tested at the "
                            "factory, per SU"),
        "rack-level integration and L11 test at the factory leave a short "
        "on-site run (reference-data.md 6.4: xAI 19 days from hardware "
        "installation to training; Lenovo first token \"within weeks\"); "
        "burn-in itself is UNVERIFIED (6.1)"));
}

// Priority allocation and bridging power.
void addPriorityAndBridging(std::vector<ScheduleParameter>& v) {
    v.push_back(assumed(
        "schedule.lead.racks_priority_weeks", 12, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "GPU rack systems with vendor priority allocation: order to first "
                            "delivery"),
        "not in the reference pack; a priority allocation is taken to cut the "
        "~6 month queue to ~3 months"));
    v.push_back(
        assumed("schedule.priority.premium_fraction", 0.05, "share of rack price",
                AIFP_TRANSLATE_NOOP(
                    "ScheduleParameter",
                    "price premium of a priority allocation, share of the GPU rack systems' "
                    "price (price.system.* of the cost estimate)"),
                "not in the reference pack; 5 % taken"));
    v.push_back(assumed(
        "schedule.bridge.lead_weeks", 16, "weeks",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "bridging power (mobile gas turbines / BESS): order to delivery"),
        "not in the reference pack; rental fleets deliver in months "
        "(reference-data.md 6.4: xAI Colossus ran on temporary generation "
        "within its 122-day build)"));
    v.push_back(assumed("schedule.bridge.install_days", 20, "working days",
                        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                            "bridging power: set, connect fuel and cables, test"),
                        "planning default"));
    v.push_back(
        assumed("schedule.bridge.switchover_days", 5, "working days",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "switchover of bridged SUs from bridging power to the grid"),
                "planning default"));
    v.push_back(assumed(
        "schedule.bridge.facility_per_it_mw", 1.25, "MW per IT MW",
        AIFP_TRANSLATE_NOOP("ScheduleParameter",
                            "facility power per MW of IT when sizing the SUs bridging power can "
                            "carry"),
        "reference-data.md 3.4 gives a target PUE < 1.25 for AI halls "
        "(pingdo.net); taken as the bridging load ratio",
        true));
    v.push_back(
        assumed("schedule.bridge.cost_usd_per_mw_month", 50000, "USD per MW-month",
                AIFP_TRANSLATE_NOOP("ScheduleParameter",
                                    "bridging power: rental and fuel per MW of capacity and month"),
                "not in the reference pack; ~20k USD rental + ~30k USD gas "
                "(4 USD/MMBtu x 10 MMBtu/MWh x 730 h) per MW-month"));
    v.push_back(assumed(
        "schedule.bridge.emissions_t_per_mwh", 0.53, "t CO2 per MWh",
        AIFP_TRANSLATE_NOOP("ScheduleParameter", "bridging power emissions per MWh generated"),
        "not in the reference pack; natural gas 53.06 kg CO2/MMBtu (US EPA 40 "
        "CFR 98 Table C-1) x ~10 MMBtu/MWh simple-cycle heat rate"));
}

} // namespace

ScheduleParameters ScheduleParameters::defaults() {
    ScheduleParameters p;
    auto& v = p.params_;
    addLeadTimes(v);
    addBuildingDurations(v);
    addEquipmentDurations(v);
    addCommissioningDurations(v);
    addCrewsAndRates(v);
    addScalableUnits(v);
    addPriorityAndBridging(v);
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
