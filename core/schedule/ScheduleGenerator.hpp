#pragma once
#include "core/model/Design.hpp"
#include "core/schedule/DeliveryModel.hpp"
#include "core/schedule/ScheduleResult.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <functional>
#include <optional>
#include <string>

namespace aifp {

class Catalog;

// Equipment owned or reserved (the design's Design::ownedEquipment type): an equipment class of
// ownedEquipmentClasses() and the date it is on site (ISO), or "" when it is on site already.
using OwnedItem = OwnedEquipment;

// The equipment classes OwnedItem accepts, with what each covers ("switchgear" covers MV and LV).
const std::vector<std::pair<std::string, std::string>>& ownedEquipmentClasses();
// The site readiness levels, least ready first: greenfield, powered-land, powered-shell,
// ready-hall.
const std::vector<std::string>& siteReadinessLevels();

// How a schedule keyword (a site readiness level, a delivery model, an owned equipment class) is
// shown to people: the keyword itself in English, its translation in another language.
std::string shownScheduleKeyword(const std::string& keyword);

struct ScheduleOptions {
    std::string startDate; // ISO; empty: design.settings.scheduleStart
    std::string delivery;  // "traditional" | "prefab"; empty: design.settings.delivery
    // The fast-track inputs below default to the design's (Site::readiness,
    // Design::ownedEquipment, DesignSettings::bridgePowerMw / supplyPriority); set here, they
    // override it (owned items per equipment class).
    // What is already done at the start (siteReadinessLevels()); empty: the design's.
    //   powered-land: grid connection and permits in place (utility interconnection done)
    //   powered-shell: + site works, building shells, MV switchgear and transformers done
    //   ready-hall: + fit-out, all power and cooling plant installed and commissioned (L1-L5)
    std::string readiness;
    std::vector<OwnedItem> owned;        // equipment owned or reserved (lead times follow)
    std::optional<double> bridgePowerMw; // temporary generation / BESS before the grid (MW)
    std::optional<bool> supplyPriority;  // vendor priority allocation of GPU racks
    WorkCalendar calendar;               // Monday-Friday by default
    // tokens/s of the factory with n GPUs online (from core/estimate). Empty: the ramp carries
    // GPU counts only.
    std::function<double(int gpusOnline)> tokensPerSecond;
    const Catalog* catalog = nullptr; // nullptr: Catalog::builtin() with the design's entries
};

// Builds the task network of a design's build programme (site works, utility, long-lead power
// and cooling equipment per hall, shells, fit-out, installation, commissioning L1-L5, racks,
// burn-in, first token) and schedules it. Halls are phased: each hall is energised when its own
// power and cooling chain has passed L5, so capacity arrives in steps.
// Throws ScheduleError (a design without halls, racks in unknown halls, unknown systems, bad
// overrides or dates).
class ScheduleGenerator {
public:
    explicit ScheduleGenerator(const Design& design, ScheduleOptions options = {});

    // The task network only (parameters resolved, not yet scheduled).
    ScheduleNetwork network() const;
    ScheduleResult run() const;

private:
    const Design& design_;
    ScheduleOptions options_;
};

// Convenience: ScheduleGenerator(design, options).run().
ScheduleResult generateSchedule(const Design& design, const ScheduleOptions& options = {});

// Both delivery models for the same design and start date.
struct DeliveryComparison {
    ScheduleResult traditional;
    ScheduleResult prefab;
    long firstTokenGainDays = 0;   // calendar days prefab's first token is earlier
    long fullCapacityGainDays = 0; // calendar days prefab's full capacity is earlier
};
DeliveryComparison compareDeliveryModels(const Design& design, const ScheduleOptions& options = {});

// One fast-track path: the schedule with one lever (or all) changed from the base options.
struct FastTrackOption {
    std::string id;   // "base", "powered-land", "prefab", "bridge", "priority", "owned", "all"
    std::string name; // what changes, in words ("Bridging power 150 MW")
    ScheduleOptions options;
    std::string firstToken, fullCapacity;
    double firstTokenWeeks = 0.0, fullCapacityWeeks = 0.0;
    double firstTokenGainWeeks = 0.0; // earlier than the base path
    double fullCapacityGainWeeks = 0.0;
    std::string driver;        // what drives first token on this path
    double addedCostUsd = 0.0; // bridging power + priority premium over the base path
    bool costKnown = true;
    std::string costNote; // what the cost consists of
};

// What the report and the GUI lead with: time to first token and full capacity, what drives
// first token, and what each fast-track lever would buy.
struct FastTrackSummary {
    std::string startDate;
    std::string firstToken, fullCapacity;
    double firstTokenWeeks = 0.0, fullCapacityWeeks = 0.0;
    std::string driver;
    std::vector<FastTrackOption> options; // options[0] is the base path
};

// Schedules the base path and each lever the base does not use yet: better site readiness
// (each level), prefab delivery, bridging power (sized to the first hall's facility load),
// supply priority, the first-token driver's equipment owned and on site, and all levers that
// keep the site. tokensPerSecond is not needed and is dropped for speed.
FastTrackSummary fastTrackSummary(const Design& design, const ScheduleOptions& base = {});
// The summary of a result already computed (no fast-track options).
FastTrackSummary fastTrackSummary(const ScheduleResult& result);

} // namespace aifp
