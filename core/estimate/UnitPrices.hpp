#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct UnitPriceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One unit price or cost assumption. key is the assumptionOverrides key that replaces it.
struct UnitPrice {
    std::string key;  // e.g. "price.system.gb300-nvl72_usd"
    std::string text; // what it is
    double value = 0.0;
    std::string unit; // "USD per system", "USD/MW", ...
    std::string source;
    Confidence confidence = Confidence::Assumption;
    bool overridden = false; // set by the user in Design::assumptionOverrides
};

// Default prices of the cost estimate, each with its source or an "assumption" label, and the
// user's overrides (Design::assumptionOverrides keys "price.<item>"; docs/estimation.md lists
// them). Keys:
//   price.system.<catalog-id>_usd         one GPU system (an NVL72 rack, one DGX server)
//   price.hv_transformer_usd_per_mva, price.hv_bay_usd       on-site HV substation
//   price.mv_switchgear_usd, price.transformer_usd_per_kva, price.lv_switchboard_usd,
//   price.ups_usd_per_kw, price.generator_usd_per_kw, price.busway_usd, price.pdu_usd
//   price.chiller_usd_per_kw, price.dry_cooler_usd_per_kw, price.cdu_usd_per_kw,
//   price.air_handler_usd_per_kw, price.pipe_usd_per_m           cooling plant
//   price.building_usd_per_m2, price.building_prefab_usd_per_m2  data hall building
//   price.land.<place>_usd_per_m2, price.land_usd_per_m2        land by location
//   price.storage_node_usd, price.management_node_usd
//   price.switch.<catalog-id>_usd         one network switch
//   price.network_link_usd                one network link (two transceivers + fibre)
//   price.electricity_usd_per_mwh         energy price
//   price.om_fraction_per_year            facility operation and maintenance, share of its capex
//   price.colo_usd_per_kw_month, price.colo_fit_out_usd_per_kw   colocation (build or rent)
//   price.cloud.<catalog-id>_usd_per_gpu_hour, price.cloud_usd_per_gpu_hour   cloud GPU-hours
class UnitPrices {
public:
    static UnitPrices defaults();
    // Applies the "price." keys of overrides. Throws UnitPriceError naming the key when a value
    // is negative or not finite. Unknown price.system.* / price.switch.* / price.cloud.* keys add a
    // price.
    UnitPrices withOverrides(const std::map<std::string, double>& overrides) const;

    const UnitPrice* find(const std::string& key) const;
    // The price for key; throws UnitPriceError when there is none.
    const UnitPrice& get(const std::string& key) const;
    static std::string systemKey(const std::string& catalogId) {
        return "price.system." + catalogId + "_usd";
    }
    // The land price key for a site location ("Madrid, Spain" -> price.land.madrid_usd_per_m2),
    // price.land_usd_per_m2 when no place of the table is named.
    static std::string landKey(const std::string& location);
    static std::string switchKey(const std::string& catalogId) {
        return "price.switch." + catalogId + "_usd";
    }
    // The cloud price of one GPU-hour of a system type (price.cloud_usd_per_gpu_hour when the
    // type has none).
    static std::string cloudKey(const std::string& catalogId) {
        return "price.cloud." + catalogId + "_usd_per_gpu_hour";
    }
    const std::vector<UnitPrice>& all() const { return prices_; }

private:
    void set(UnitPrice p);
    std::vector<UnitPrice> prices_;
};

} // namespace aifp
