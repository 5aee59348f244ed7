#pragma once
#include <string>
#include <vector>

namespace aifp {

enum class DeliveryKind { Traditional, Prefab };

// How the facility is delivered, and which schedule parameters that selects.
// traditional: stick-built shell, equipment installed and integrated on site, racks assembled
//   and cabled on site. reference-data.md 6.1: 18-30 months groundbreaking to first rack
//   (datacentres.com).
// prefab: modular halls, power and cooling as factory-integrated, factory-tested skids, racks
//   delivered integrated and tested. reference-data.md 6.1: modules in 12-20 weeks, projects in
//   6-10 months (datacentres.com); prefab buys 6-12 months of speed-to-power
//   (aidatacenterguide.com 6.4); rack install ~2 days -> ~2 hours (keynote claim, theaipov.news).
struct DeliveryModel {
    DeliveryKind kind = DeliveryKind::Traditional;
    std::string name; // "traditional" or "prefab"
    std::string summary;
    std::vector<std::string> citations; // the 6.1 figures this model rests on
    // Parameter keys (ScheduleParameters) this model uses.
    std::string shellKey;
    std::string fitoutKey;
    std::string rackRateKey;
    std::string rackTestKey;
    bool powerSkids = false; // transformers, switchgear and UPS delivered as integrated skids
};

// "traditional" or "prefab"; throws ScheduleError naming the text otherwise.
DeliveryModel deliveryModel(const std::string& name);
DeliveryModel deliveryModel(DeliveryKind kind);

} // namespace aifp
