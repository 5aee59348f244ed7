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
//   price.facility_traditional_usd_per_mw power + cooling plant and shell, per MW of IT
//   price.facility_prefab_usd_per_mw      the same, prefabricated/modular delivery
//   price.switch.<catalog-id>_usd         one network switch
//   price.network_link_usd                one network link (two transceivers + fibre)
//   price.electricity_usd_per_mwh         energy price
//   price.om_fraction_per_year            facility operation and maintenance, share of its capex
class UnitPrices {
public:
    static UnitPrices defaults();
    // Applies the "price." keys of overrides. Throws UnitPriceError naming the key when a value
    // is negative or not finite. Unknown price.system.* / price.switch.* keys add a price.
    UnitPrices withOverrides(const std::map<std::string, double>& overrides) const;

    const UnitPrice* find(const std::string& key) const;
    // The price for key; throws UnitPriceError when there is none.
    const UnitPrice& get(const std::string& key) const;
    static std::string systemKey(const std::string& catalogId) {
        return "price.system." + catalogId + "_usd";
    }
    static std::string switchKey(const std::string& catalogId) {
        return "price.switch." + catalogId + "_usd";
    }
    const std::vector<UnitPrice>& all() const { return prices_; }

private:
    void set(UnitPrice p);
    std::vector<UnitPrice> prices_;
};

} // namespace aifp
