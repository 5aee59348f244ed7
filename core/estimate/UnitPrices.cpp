#include "core/estimate/UnitPrices.hpp"
#include <cmath>

namespace aifp {

void UnitPrices::set(UnitPrice p) {
    for (auto& q : prices_)
        if (q.key == p.key) {
            q = std::move(p);
            return;
        }
    prices_.push_back(std::move(p));
}

UnitPrices UnitPrices::defaults() {
    UnitPrices u;
    const auto A = Confidence::Assumption;
    const auto S = Confidence::Secondary;
    // GPU systems: no list prices are published; the figures are planning assumptions from
    // press reporting of street prices, shown to the user as assumptions.
    u.set({systemKey("gb300-nvl72"), "GB300 NVL72 rack (72 GPUs, complete)", 3.9e6,
           "USD per system", "assumption (press reports of ~3.7-4.0 M USD per rack)", A, false});
    u.set({systemKey("gb200-nvl72"), "GB200 NVL72 rack (72 GPUs, complete)", 3.2e6,
           "USD per system", "assumption (press reports of ~3 M USD per rack)", A, false});
    u.set({systemKey("vr-nvl144"), "Vera Rubin NVL144 rack", 6.0e6, "USD per system",
           "assumption (no price published)", A, false});
    u.set({systemKey("dgx-b200"), "DGX B200 (8 GPUs)", 5.0e5, "USD per system",
           "assumption (press reports of ~0.5 M USD)", A, false});
    u.set({systemKey("dgx-b300"), "DGX B300 (8 GPUs)", 6.0e5, "USD per system",
           "assumption (no price published)", A, false});
    u.set({systemKey("dgx-h200"), "DGX H200 (8 GPUs)", 4.0e5, "USD per system",
           "assumption (press reports of ~0.4 M USD)", A, false});
    u.set({systemKey("dgx-h100"), "DGX H100 (8 GPUs)", 3.0e5, "USD per system",
           "assumption (press reports of ~0.3 M USD)", A, false});
    // reference-data.md 6.1 (datacentres.com modular guide): traditional US average 11.3 M USD
    // per MW; modular 8-12 M USD per MW (midpoint used).
    u.set({"price.facility_traditional_usd_per_mw",
           "facility (power + cooling plant, shell), traditional build", 11.3e6, "USD per MW IT",
           "reference-data.md 6.1: US average 11.3 M USD/MW (datacentres.com)", S, false});
    u.set({"price.facility_prefab_usd_per_mw", "facility, prefabricated/modular delivery", 10.0e6,
           "USD per MW IT",
           "reference-data.md 6.1: modular 8-12 M USD/MW (datacentres.com); midpoint", S, false});
    u.set({switchKey("q3400"), "Quantum-X800 Q3400 switch (144 x 800G)", 2.5e5, "USD per switch",
           "assumption", A, false});
    u.set({switchKey("qm9700"), "Quantum-2 QM9700 switch (64 x 400G)", 3.0e4, "USD per switch",
           "assumption", A, false});
    u.set({switchKey("sn5600"), "Spectrum-4 SN5600 switch (64 x 800G)", 5.0e4, "USD per switch",
           "assumption", A, false});
    u.set({"price.switch.default_usd", "network switch without a specific price", 5.0e4,
           "USD per switch", "assumption", A, false});
    u.set({"price.network_link_usd", "network link (two transceivers and fibre)", 2.0e3,
           "USD per link", "assumption", A, false});
    u.set({"price.electricity_usd_per_mwh", "electricity", 80.0, "USD/MWh",
           "assumption (US industrial tariffs are typically 60-100 USD/MWh)", A, false});
    u.set({"price.om_fraction_per_year", "facility operation and maintenance per year", 0.03,
           "share of facility capex", "assumption", A, false});
    return u;
}

UnitPrices UnitPrices::withOverrides(const std::map<std::string, double>& overrides) const {
    UnitPrices u = *this;
    for (const auto& [key, value] : overrides) {
        if (key.rfind("price.", 0) != 0)
            continue;
        if (!std::isfinite(value) || value < 0)
            throw UnitPriceError("assumption override '" + key + "' must be a non-negative number");
        UnitPrice p;
        if (const UnitPrice* existing = u.find(key))
            p = *existing;
        else if (key.rfind("price.system.", 0) == 0 || key.rfind("price.switch.", 0) == 0) {
            p.key = key;
            p.text = key.substr(6);
            p.unit = key.rfind("price.system.", 0) == 0 ? "USD per system" : "USD per switch";
        } else
            throw UnitPriceError("unknown price key '" + key +
                                 "' in assumption overrides (docs/estimation.md lists the keys)");
        p.value = value;
        p.source = "user override";
        p.confidence = Confidence::Assumption;
        p.overridden = true;
        u.set(std::move(p));
    }
    return u;
}

const UnitPrice* UnitPrices::find(const std::string& key) const {
    for (const auto& p : prices_)
        if (p.key == key)
            return &p;
    return nullptr;
}

const UnitPrice& UnitPrices::get(const std::string& key) const {
    if (const UnitPrice* p = find(key))
        return *p;
    throw UnitPriceError("no unit price for '" + key + "'");
}

} // namespace aifp
