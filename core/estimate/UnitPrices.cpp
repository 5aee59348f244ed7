#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include <cctype>
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

namespace {

struct LandRow {
    const char* slug; // key part and the lower-case word matched in the site location
    const char* name;
    double usdPerM2;
};

const std::vector<LandRow>& landTable() {
    static const std::vector<LandRow> rows = {
        {"texas", "Texas (US)", 15.0},
        {"virginia", "Virginia (US)", 250.0},
        {"arizona", "Arizona (US)", 30.0},
        {"ohio", "Ohio (US)", 25.0},
        {"georgia", "Georgia (US)", 30.0},
        {"oregon", "Oregon (US)", 40.0},
        {"spain", "Spain", 40.0},
        {"madrid", "Madrid (ES)", 60.0},
        {"aragon", "Aragon (ES)", 20.0},
        {"ireland", "Ireland", 150.0},
        {"dublin", "Dublin (IE)", 250.0},
        {"netherlands", "Netherlands", 150.0},
        {"frankfurt", "Frankfurt (DE)", 250.0},
        {"germany", "Germany", 100.0},
        {"france", "France", 60.0},
        {"norway", "Norway", 30.0},
        {"sweden", "Sweden", 30.0},
        {"finland", "Finland", 25.0},
        {"uk", "United Kingdom", 150.0},
        {"london", "London (UK)", 600.0},
        {"uae", "United Arab Emirates", 60.0},
        {"abu dhabi", "Abu Dhabi (AE)", 60.0},
        {"saudi", "Saudi Arabia", 25.0},
        {"india", "India", 60.0},
        {"japan", "Japan", 400.0},
        {"tokyo", "Tokyo (JP)", 1500.0},
        {"singapore", "Singapore", 1500.0},
        {"johor", "Johor (MY)", 80.0},
        {"malaysia", "Malaysia", 60.0},
        {"korea", "South Korea", 300.0},
    };
    return rows;
}

} // namespace

std::string UnitPrices::landKey(const std::string& location) {
    std::string lower;
    for (char c : location)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // The most specific (longest) matching name wins: "Madrid, Spain" -> madrid.
    const LandRow* best = nullptr;
    for (const LandRow& r : landTable()) {
        const std::string slug = r.slug;
        std::size_t pos = lower.find(slug);
        while (pos != std::string::npos) {
            const bool startOk =
                pos == 0 || !std::isalpha(static_cast<unsigned char>(lower[pos - 1]));
            const std::size_t e = pos + slug.size();
            const bool endOk =
                e >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[e]));
            if (startOk && endOk) {
                if (!best || slug.size() > std::string(best->slug).size())
                    best = &r;
                break;
            }
            pos = lower.find(slug, pos + 1);
        }
    }
    return best ? "price.land." + std::string(best->slug) + "_usd_per_m2" : "price.land_usd_per_m2";
}

namespace {

// GPU systems.
std::vector<UnitPrice> systemPrices() {
    const auto A = Confidence::Assumption;
    std::vector<UnitPrice> p;
    // GPU systems: no list prices are published; the figures are planning assumptions from
    // press reporting of street prices, shown to the user as assumptions.
    p.push_back({UnitPrices::systemKey("gb300-nvl72"),
                 tr("UnitPrice", "GB300 NVL72 rack (72 GPUs, complete)"), 3.9e6, "USD per system",
                 "assumption (press reports of ~3.7-4.0 M USD per rack)", A, false});
    p.push_back({UnitPrices::systemKey("gb200-nvl72"),
                 tr("UnitPrice", "GB200 NVL72 rack (72 GPUs, complete)"), 3.2e6, "USD per system",
                 "assumption (press reports of ~3 M USD per rack)", A, false});
    p.push_back({UnitPrices::systemKey("dgx-b200"), tr("UnitPrice", "DGX B200 (8 GPUs)"), 5.0e5,
                 "USD per system", "assumption (press reports of ~0.5 M USD)", A, false});
    p.push_back({UnitPrices::systemKey("dgx-b300"), tr("UnitPrice", "DGX B300 (8 GPUs)"), 6.0e5,
                 "USD per system", "assumption (no price published)", A, false});
    p.push_back({UnitPrices::systemKey("dgx-h200"), tr("UnitPrice", "DGX H200 (8 GPUs)"), 4.0e5,
                 "USD per system", "assumption (press reports of ~0.4 M USD)", A, false});
    p.push_back({UnitPrices::systemKey("dgx-h100"), tr("UnitPrice", "DGX H100 (8 GPUs)"), 3.0e5,
                 "USD per system", "assumption (press reports of ~0.3 M USD)", A, false});
    p.push_back({UnitPrices::systemKey("vr-nvl72"),
                 tr("UnitPrice", "Vera Rubin NVL72 rack (72 packages)"), 6.0e6, "USD per system",
                 "assumption (no price published)", A, false});
    p.push_back({UnitPrices::systemKey("lenovo-sr780a-v3-b200"),
                 tr("UnitPrice", "Lenovo ThinkSystem SR780a V3 (8 x B200, Neptune)"), 5.2e5,
                 "USD per system", "assumption (as DGX B200 plus liquid-cooling hardware)", A,
                 false});
    p.push_back({UnitPrices::systemKey("lenovo-gb300-nvl72"),
                 tr("UnitPrice", "Lenovo GB300 NVL72 rack (Neptune)"), 3.9e6, "USD per system",
                 "assumption (as GB300 NVL72)", A, false});
    return p;
}

// Facility equipment, storage and management nodes.
std::vector<UnitPrice> facilityPrices() {
    const auto A = Confidence::Assumption;
    std::vector<UnitPrice> p;
    // Facility equipment, priced per unit of the design's own equipment so that redundancy
    // (N+1, 2N, 4N/3, 3N/2) changes the capex. All planning assumptions: no list prices are
    // published; transformer prices are up ~77 % since 2019 (reference-data.md 6.2).
    p.push_back({"price.hv_transformer_usd_per_mva",
                 tr("UnitPrice", "HV/MV main power transformer"), 3.5e4, "USD per MVA",
                 "assumption (80-100 MVA units ~3-4 M USD after the 2019-2024 rise)", A, false});
    p.push_back({"price.hv_bay_usd",
                 tr("UnitPrice", "HV switchyard bay (breaker, disconnectors, protection, civils)"),
                 1.5e6, "USD per main transformer", "assumption", A, false});
    p.push_back({"price.mv_switchgear_usd", tr("UnitPrice", "MV switchgear lineup"), 1.2e6,
                 "USD per lineup", "assumption", A, false});
    p.push_back({"price.transformer_usd_per_kva",
                 tr("UnitPrice", "MV/LV unit-substation transformer"), 60.0, "USD per kVA",
                 "assumption (2,500 kVA prefabricated substation ~150 k USD)", A, false});
    p.push_back({"price.lv_switchboard_usd", tr("UnitPrice", "LV switchboard 4,000 A"), 1.5e5,
                 "USD per board", "assumption", A, false});
    p.push_back({"price.ups_usd_per_kw", tr("UnitPrice", "UPS with batteries (5 min)"), 300.0,
                 "USD per kW installed", "assumption", A, false});
    p.push_back({"price.generator_usd_per_kw",
                 tr("UnitPrice", "diesel generator set with fuel system and paralleling"), 600.0,
                 "USD per kW installed", "assumption", A, false});
    p.push_back({"price.busway_usd", tr("UnitPrice", "overhead track busway run with tap-offs"),
                 3.0e4, "USD per run", "assumption", A, false});
    p.push_back({"price.pdu_usd", tr("UnitPrice", "power distribution unit / RPP"), 1.5e4,
                 "USD per unit", "assumption", A, false});
    p.push_back({"price.chiller_usd_per_kw", tr("UnitPrice", "chiller"), 250.0,
                 "USD per kW of capacity", "assumption", A, false});
    p.push_back({"price.dry_cooler_usd_per_kw", tr("UnitPrice", "dry cooler (adiabatic)"), 120.0,
                 "USD per kW of capacity", "assumption", A, false});
    p.push_back({"price.cdu_usd_per_kw", tr("UnitPrice", "coolant distribution unit"), 150.0,
                 "USD per kW of capacity", "assumption", A, false});
    p.push_back({"price.air_handler_usd_per_kw", tr("UnitPrice", "air handler / fan wall"), 200.0,
                 "USD per kW of capacity", "assumption", A, false});
    p.push_back({"price.pipe_usd_per_m",
                 tr("UnitPrice", "coolant piping installed (average diameter)"), 800.0, "USD per m",
                 "assumption", A, false});
    p.push_back({"price.building_usd_per_m2",
                 tr("UnitPrice", "data hall building, traditional construction"), 4.0e3,
                 "USD per m\u00b2 of hall floor", "assumption (shell, roof, floor slab, fit-out)",
                 A, false});
    p.push_back({"price.building_prefab_usd_per_m2",
                 tr("UnitPrice", "data hall building, prefabricated modules"), 3.5e3,
                 "USD per m\u00b2 of hall floor", "assumption", A, false});
    p.push_back({"price.storage_node_usd", tr("UnitPrice", "all-flash storage node"), 1.2e5,
                 "USD per node", "assumption", A, false});
    p.push_back({"price.management_node_usd", tr("UnitPrice", "management / head node"), 2.5e4,
                 "USD per node", "assumption", A, false});
    return p;
}

// Network switches and links.
std::vector<UnitPrice> networkPrices() {
    const auto A = Confidence::Assumption;
    std::vector<UnitPrice> p;
    p.push_back({UnitPrices::switchKey("q3400"),
                 tr("UnitPrice", "Quantum-X800 Q3400 switch (144 x 800G)"), 2.5e5, "USD per switch",
                 "assumption", A, false});
    p.push_back({UnitPrices::switchKey("qm9700"),
                 tr("UnitPrice", "Quantum-2 QM9700 switch (64 x 400G)"), 3.0e4, "USD per switch",
                 "assumption", A, false});
    p.push_back({UnitPrices::switchKey("sn5600"),
                 tr("UnitPrice", "Spectrum-4 SN5600 switch (64 x 800G)"), 5.0e4, "USD per switch",
                 "assumption", A, false});
    p.push_back({UnitPrices::switchKey("oob-1g-48"),
                 tr("UnitPrice", "out-of-band 1 GbE switch (48 ports)"), 4.0e3, "USD per switch",
                 "assumption (managed 48-port 1 GbE switch)", A, false});
    p.push_back({"price.switch.default_usd",
                 tr("UnitPrice", "network switch without a specific price"), 5.0e4,
                 "USD per switch", "assumption", A, false});
    p.push_back({"price.network_link_usd",
                 tr("UnitPrice", "network link (two transceivers and fibre)"), 2.0e3,
                 "USD per link", "assumption", A, false});
    return p;
}

// Land, electricity and operation.
std::vector<UnitPrice> sitePrices() {
    const auto A = Confidence::Assumption;
    std::vector<UnitPrice> p;
    // Land by location: planning assumptions of the order of industrial/agricultural land prices
    // in each market (no source in the reference pack); matched on the site's location text.
    for (const auto& [slug, name, usd] : landTable())
        p.push_back({"price.land." + std::string(slug) + "_usd_per_m2",
                     fill(tr("UnitPrice", "land, %1"), {name}), usd, "USD per m\u00b2",
                     "assumption (land price table, docs/estimation.md)", A, false});
    p.push_back({"price.land_usd_per_m2",
                 tr("UnitPrice", "land when the site's location is not in the table"), 50.0,
                 "USD per m\u00b2", "assumption (see the land price table in docs/estimation.md)",
                 A, false});
    p.push_back({"price.electricity_usd_per_mwh", tr("UnitPrice", "electricity"), 80.0, "USD/MWh",
                 "assumption (US industrial tariffs are typically 60-100 USD/MWh)", A, false});
    p.push_back({"price.om_fraction_per_year",
                 tr("UnitPrice", "facility operation and maintenance per year"), 0.03,
                 "share of facility capex", "assumption", A, false});
    return p;
}

// Renting instead of building: colocation and cloud.
std::vector<UnitPrice> rentPrices() {
    const auto A = Confidence::Assumption;
    std::vector<UnitPrice> p;
    // Build or rent (docs/options.md). Rent prices vary by market, density and term; the ranges
    // and the public figures they rest on are in docs/reference/rent-prices.md.
    p.push_back(
        {"price.colo_usd_per_kw_month", tr("UnitPrice", "colocation fee per kW of IT design power"),
         180.0, "USD per kW-month",
         "assumption, range 115-300 (wholesale 115-160 in US tier-1/2 markets plus a 20-30 % "
         "high-density premium; 250-500 kW deals near 196: rent-prices.md)",
         A, false});
    p.push_back({"price.colo_fit_out_usd_per_kw",
                 tr("UnitPrice", "colocation fit-out, one-off (cage, liquid loop, power)"), 500.0,
                 "USD per kW of IT", "assumption, range 0-1,500 (no public figure)", A, false});
    p.push_back({"price.cloud_usd_per_gpu_hour",
                 tr("UnitPrice", "cloud GPU-hour of a system without its own price"), 5.0,
                 "USD per GPU-hour", "assumption, range 2-10 (reserved capacity)", A, false});
    p.push_back({UnitPrices::cloudKey("gb300-nvl72"),
                 tr("UnitPrice", "cloud GPU-hour, GB300 NVL72 (reserved)"), 6.0, "USD per GPU-hour",
                 "assumption, range 4-10 (no public list price)", A, false});
    p.push_back({UnitPrices::cloudKey("gb200-nvl72"),
                 tr("UnitPrice", "cloud GPU-hour, GB200 NVL72 (reserved)"), 5.0, "USD per GPU-hour",
                 "assumption, range 3.5-8 (sold as reservations of whole racks; rent-prices.md)", A,
                 false});
    p.push_back({UnitPrices::cloudKey("dgx-b200"),
                 tr("UnitPrice", "cloud GPU-hour, B200 (reserved)"), 4.5, "USD per GPU-hour",
                 "assumption, range 3-6 (on demand 4.50-6.00 on specialised clouds in 2026; "
                 "rent-prices.md)",
                 A, false});
    p.push_back({UnitPrices::cloudKey("dgx-h200"),
                 tr("UnitPrice", "cloud GPU-hour, H200 (reserved)"), 3.0, "USD per GPU-hour",
                 "assumption, range 2-5", A, false});
    p.push_back({UnitPrices::cloudKey("dgx-h100"),
                 tr("UnitPrice", "cloud GPU-hour, H100 (reserved)"), 2.5, "USD per GPU-hour",
                 "assumption, range 1.5-4", A, false});
    return p;
}

} // namespace

UnitPrices UnitPrices::defaults() {
    UnitPrices u;
    for (auto group : {systemPrices, facilityPrices, networkPrices, sitePrices, rentPrices})
        for (UnitPrice& p : group())
            u.set(std::move(p));
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
        else if (key.rfind("price.system.", 0) == 0 || key.rfind("price.switch.", 0) == 0 ||
                 key.rfind("price.cloud.", 0) == 0) {
            p.key = key;
            p.text = key.substr(6);
            p.unit = key.rfind("price.system.", 0) == 0  ? "USD per system"
                     : key.rfind("price.cloud.", 0) == 0 ? "USD per GPU-hour"
                                                         : "USD per switch";
        } else
            throw UnitPriceError("unknown price key '" + key +
                                 "' in assumption overrides (docs/estimation.md lists the keys)");
        p.value = value;
        p.source = tr("Estimate", "user override");
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
