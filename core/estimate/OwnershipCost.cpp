#include "core/estimate/OwnershipCost.hpp"
#include "core/estimate/EstimateAssumptions.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/util/EngineeringConstants.hpp"
#include <algorithm>
#include <limits>

namespace aifp {

namespace {

constexpr double kHoursPerMonth = kHoursPerYear / 12.0; // a year of 365 days in twelve months

// The price for key, recorded in the estimate's assumptions so the ledger shows it.
double usePrice(const UnitPrices& prices, EstimateAssumptions& assumptions,
                const std::string& key) {
    const UnitPrice* p = prices.find(key);
    if (!p)
        throw FactoryEstimateError("no unit price for '" + key + "' (docs/options.md)");
    assumptions.note({p->key, p->text, p->value, p->unit, p->source, p->confidence});
    return p->value;
}

} // namespace

OwnershipCost ownershipCost(const OwnershipInputs& in, const UnitPrices& prices,
                            EstimateAssumptions& assumptions) {
    OwnershipCost c;
    c.procurement = in.procurement;
    c.rentTermMonths = in.rentTermMonths;
    c.tcoHorizonYears = in.tcoHorizonYears;
    const double years = in.tcoHorizonYears;
    const double horizonMonths = 12.0 * years;
    c.horizonTokens = in.annualTokens * years;
    auto add = [&](std::string item, double quantity, std::string unit, double unitPrice,
                   std::string key) {
        c.lines.push_back({std::move(item), quantity, std::move(unit), unitPrice, std::move(key)});
    };
    switch (in.procurement) {
    case Procurement::Build:
        add(tr("Ownership", "capex (build, as estimated)"), 1, "project", in.capexUsd, "");
        add(tr("Ownership", "opex: electricity and facility O&M"), years, "years",
            in.opexUsdPerYear, "");
        c.upfrontUsd = in.capexUsd;
        c.basis = fill(tr("Ownership", "build: capex + opex x %1 years of operation; no residual "
                                       "value, no IT refresh"),
                       {std::to_string(in.tcoHorizonYears)});
        c.excluded = {tr("Ownership", "the capex exclusions of the estimate"),
                      tr("Ownership", "residual value of the equipment at the end of the horizon"),
                      tr("Ownership", "IT refresh when the horizon exceeds the IT life"),
                      tr("Ownership", "staff and financing")};
        break;
    case Procurement::Colocation: {
        // A colocation contract reserves the critical IT load of the design and is paid for its
        // whole term; energy passes through at the metered load (assumption: the rented hall
        // performs as the designed one, so the design's annual energy is billed).
        c.paidMonths = std::max<double>(in.rentTermMonths, horizonMonths);
        c.leadWeeks = assumptions.value("estimate.colo_lead_weeks");
        const double fee = usePrice(prices, assumptions, "price.colo_usd_per_kw_month");
        const double fitOut = usePrice(prices, assumptions, "price.colo_fit_out_usd_per_kw");
        add(tr("Ownership", "IT equipment bought (GPU systems, network, storage, spares)"), 1,
            "lot", in.itCapexUsd, "");
        add(tr("Ownership", "colocation fit-out, one-off"), in.itDesignKw, "kW of IT", fitOut,
            "price.colo_fit_out_usd_per_kw");
        add(tr("Ownership", "colocation fee"), in.itDesignKw * c.paidMonths, "kW-months", fee,
            "price.colo_usd_per_kw_month");
        add(tr("Ownership", "electricity passed through (design energy)"), years, "years",
            in.electricityUsdPerYear, "");
        c.upfrontUsd = in.itCapexUsd + in.itDesignKw * fitOut;
        c.basis = fill(tr("Ownership", "colocation: IT equipment + fit-out + fee per kW of IT "
                                       "design power x %1 months (term or horizon, the longer) + "
                                       "electricity at the design's annual energy"),
                       {std::to_string(static_cast<long>(c.paidMonths))});
        c.excluded = {tr("Ownership", "residual value of the IT equipment"),
                      tr("Ownership", "remote hands, cross-connects and network transit"),
                      tr("Ownership", "IT refresh when the horizon exceeds the IT life"),
                      tr("Ownership", "staff and financing")};
        break;
    }
    case Procurement::Cloud: {
        c.paidMonths = std::max<double>(in.rentTermMonths, horizonMonths);
        c.leadWeeks = assumptions.value("estimate.cloud_lead_weeks");
        for (const auto& [system, gpus] : in.gpusBySystem) {
            const std::string key = prices.find(UnitPrices::cloudKey(system))
                                        ? UnitPrices::cloudKey(system)
                                        : std::string("price.cloud_usd_per_gpu_hour");
            const double price = usePrice(prices, assumptions, key);
            add(fill(tr("Ownership", "GPU-hours, %1"), {system}),
                static_cast<double>(gpus) * kHoursPerMonth * c.paidMonths, "GPU-hours", price, key);
        }
        c.basis = fill(tr("Ownership", "cloud: every GPU of the design reserved for %1 months "
                                       "(commitment or horizon, the longer), 730 hours a month; "
                                       "energy, facility and IT included in the price"),
                       {std::to_string(static_cast<long>(c.paidMonths))});
        c.excluded = {tr("Ownership", "data transfer (egress) and storage beyond the instances"),
                      tr("Ownership", "software and support beyond the instance price"),
                      tr("Ownership", "staff")};
        break;
    }
    }
    for (const OwnershipLine& l : c.lines)
        c.tcoUsd += l.totalUsd();
    c.costPerMillionTokensUsd = c.horizonTokens > 0 ? c.tcoUsd / (c.horizonTokens / 1e6)
                                                    : std::numeric_limits<double>::quiet_NaN();
    return c;
}

} // namespace aifp
