#pragma once
#include "core/model/Design.hpp"
#include "core/schedule/DeliveryModel.hpp"
#include "core/schedule/ScheduleResult.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <functional>
#include <string>

namespace aifp {

class Catalog;

struct ScheduleOptions {
    std::string startDate; // ISO; empty: design.settings.scheduleStart
    std::string delivery;  // "traditional" | "prefab"; empty: design.settings.delivery
    WorkCalendar calendar; // Monday-Friday by default
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

} // namespace aifp
