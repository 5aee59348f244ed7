#include "core/schedule/DeliveryModel.hpp"
#include "core/schedule/WorkCalendar.hpp"

namespace aifp {

DeliveryModel deliveryModel(DeliveryKind kind) {
    DeliveryModel m;
    m.kind = kind;
    if (kind == DeliveryKind::Traditional) {
        m.name = "traditional";
        m.summary = "stick-built halls; equipment installed and integrated on site; racks "
                    "assembled and cabled on site";
        m.citations = {"reference-data.md 6.1: traditional 18-30 months from groundbreaking to "
                       "first rack (datacentres.com)",
                       "reference-data.md 6.1: NVL72 rack install ~2 days (keynote claim, "
                       "theaipov.news)"};
        m.shellKey = "schedule.duration.shell_days";
        m.fitoutKey = "schedule.duration.fitout_days";
        m.rackRateKey = "schedule.rate.racks_per_crew_day";
        m.rackTestKey = "schedule.duration.rack_test_days";
        m.powerSkids = false;
    } else {
        m.name = "prefab";
        m.summary = "modular halls; power and cooling as factory-integrated, tested skids; racks "
                    "delivered integrated and tested";
        m.citations = {"reference-data.md 6.1: modules in 12-20 weeks, project 6-10 months "
                       "(datacentres.com)",
                       "reference-data.md 6.1: prefab buys 6-12 months of speed-to-power "
                       "(aidatacenterguide.com ch. 6.4)",
                       "reference-data.md 6.1: rack install ~2 days -> ~2 hours (keynote claim, "
                       "theaipov.news)"};
        m.shellKey = "schedule.duration.prefab_shell_days";
        m.fitoutKey = "schedule.duration.prefab_fitout_days";
        m.rackRateKey = "schedule.rate.racks_integrated_per_crew_day";
        m.rackTestKey = "schedule.duration.rack_test_integrated_days";
        m.powerSkids = true;
    }
    return m;
}

DeliveryModel deliveryModel(const std::string& name) {
    if (name == "traditional")
        return deliveryModel(DeliveryKind::Traditional);
    if (name == "prefab")
        return deliveryModel(DeliveryKind::Prefab);
    throw ScheduleError("delivery model '" + name + "' is not one of traditional|prefab");
}

} // namespace aifp
