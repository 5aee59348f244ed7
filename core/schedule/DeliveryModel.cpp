#include "core/schedule/DeliveryModel.hpp"
#include "core/schedule/WorkCalendar.hpp"

namespace aifp {

namespace {

// One row per delivery kind, in DeliveryModel's member order: kind, name, summary, citations,
// shell, fit-out, rack rate and rack test parameter keys, power skids.
const std::vector<DeliveryModel>& deliveryModels() {
    static const std::vector<DeliveryModel> kModels = {
        {DeliveryKind::Traditional,
         "traditional",
         "stick-built halls; equipment installed and integrated on site; racks assembled and "
         "cabled on site",
         {"reference-data.md 6.1: traditional 18-30 months from groundbreaking to first rack "
          "(datacentres.com)",
          "reference-data.md 6.1: NVL72 rack install ~2 days (keynote claim, theaipov.news)"},
         "schedule.duration.shell_days",
         "schedule.duration.fitout_days",
         "schedule.rate.racks_per_crew_day",
         "schedule.duration.rack_test_days",
         false},
        {DeliveryKind::Prefab,
         "prefab",
         "modular halls; power and cooling as factory-integrated, tested skids; racks delivered "
         "integrated and tested",
         {"reference-data.md 6.1: modules in 12-20 weeks, project 6-10 months (datacentres.com)",
          "reference-data.md 6.1: prefab buys 6-12 months of speed-to-power "
          "(aidatacenterguide.com ch. 6.4)",
          "reference-data.md 6.1: rack install ~2 days -> ~2 hours (keynote claim, "
          "theaipov.news)"},
         "schedule.duration.prefab_shell_days",
         "schedule.duration.prefab_fitout_days",
         "schedule.rate.racks_integrated_per_crew_day",
         "schedule.duration.rack_test_integrated_days",
         true},
    };
    return kModels;
}

} // namespace

DeliveryModel deliveryModel(DeliveryKind kind) {
    for (const DeliveryModel& m : deliveryModels())
        if (m.kind == kind)
            return m;
    throw ScheduleError("delivery model kind " + std::to_string(static_cast<int>(kind)) +
                        " is not one of traditional|prefab");
}

DeliveryModel deliveryModel(const std::string& name) {
    for (const DeliveryModel& m : deliveryModels())
        if (m.name == name)
            return m;
    throw ScheduleError("delivery model '" + name + "' is not one of traditional|prefab");
}

} // namespace aifp
