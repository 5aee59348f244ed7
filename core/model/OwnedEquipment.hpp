#pragma once
#include <string>

namespace aifp {

// Equipment the customer already owns or has reserved: its lead time is replaced by a delivery
// date. The classes are the schedule's equipment classes (docs/schedule.md).
struct OwnedEquipment {
    std::string equipmentClass; // e.g. "transformer", "gpu-racks"
    std::string onSiteDate;     // ISO date it is on site, or "" = already on site
    friend bool operator==(const OwnedEquipment&, const OwnedEquipment&) = default;
};

} // namespace aifp
