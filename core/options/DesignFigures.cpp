#include "core/options/DesignFigures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include "core/validation/Validator.hpp"
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace aifp {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The date a whole number of calendar days after start, for `weeks` calendar weeks.
std::string dateAfterWeeks(const std::string& startIso, double weeks) {
    return formatIsoDate(parseIsoDate(startIso) + static_cast<long>(std::ceil(weeks * 7.0 - 1e-9)));
}

std::string weeksText(double weeks) {
    return std::to_string(static_cast<long>(std::lround(weeks))) + " weeks";
}

// The figures of the estimate, with the total cost of ownership of one procurement.
void setEstimateFigures(DesignFigures& f, const FactoryEstimate& e, const OwnershipCost& own) {
    f.gpus = e.gpus;
    f.racks = e.racks;
    f.itDesignMw = e.basis.itDesignKw / 1000.0;
    f.facilityDesignMw = e.basis.facilityDesignKw / 1000.0;
    f.pueDesign = e.basis.pueDesign;
    f.pueAnnual = e.basis.pueAnnual;
    f.tokensPerSecond = e.tokensPerSecond;
    f.serviceTokensPerSecond = e.serviceTokensPerSecond;
    f.tokensPerSecondPerMw = e.tokensPerSecondPerMw;
    f.costPerMillionTokens = e.costPerMillionTokensUsd;
    f.costBasis = e.costBasis;
    f.capex = e.capexUsd;
    f.opexPerYear = e.opexUsdPerYear;
    f.currency = e.currency;
    f.tcoUsd = own.tcoUsd;
    f.tcoUpfrontUsd = own.upfrontUsd;
    f.tcoCostPerMillionTokens = own.costPerMillionTokensUsd;
    f.tcoBasis = own.basis;
}

void setEstimateProblem(DesignFigures& f, const std::exception& x) {
    f.problems.push_back(std::string("estimate: ") + x.what());
    f.itDesignMw = f.facilityDesignMw = f.pueDesign = f.pueAnnual = kNaN;
    f.tokensPerSecond = f.serviceTokensPerSecond = f.tokensPerSecondPerMw = kNaN;
    f.costPerMillionTokens = f.capex = f.opexPerYear = kNaN;
    f.tcoUsd = f.tcoUpfrontUsd = f.tcoCostPerMillionTokens = kNaN;
}

// First token and full capacity under a procurement. build: the schedule; colocation: the IT
// equipment is ordered at signing and installed in a ready hall (the schedule with site readiness
// ready-hall), not before the provider hands the hall over; cloud: reserved GPUs serve after the
// provider's lead time, all of them at once.
void setDates(DesignFigures& f, const Design& design, Procurement procurement) {
    try {
        if (procurement == Procurement::Cloud) {
            const double lead =
                EstimateAssumptions(design.assumptionOverrides).value("estimate.cloud_lead_weeks");
            f.startDate = design.settings.scheduleStart;
            f.firstToken = f.fullCapacity = dateAfterWeeks(f.startDate, lead);
            f.firstTokenWeeks = f.fullCapacityWeeks = lead;
            f.firstTokenDriver =
                "cloud capacity lead time, " + weeksText(lead) + " (estimate.cloud_lead_weeks)";
        } else if (procurement == Procurement::Colocation) {
            const double lead =
                EstimateAssumptions(design.assumptionOverrides).value("estimate.colo_lead_weeks");
            ScheduleOptions options;
            options.readiness = "ready-hall";
            const ScheduleResult s = generateSchedule(design, options);
            f.startDate = s.startDate;
            const bool handOver = lead > s.firstTokenWeeks;
            f.firstTokenWeeks = handOver ? lead : s.firstTokenWeeks;
            f.firstToken = handOver ? dateAfterWeeks(s.startDate, lead) : s.firstToken;
            f.fullCapacityWeeks = lead > s.fullCapacityWeeks ? lead : s.fullCapacityWeeks;
            f.fullCapacity =
                lead > s.fullCapacityWeeks ? dateAfterWeeks(s.startDate, lead) : s.fullCapacity;
            f.firstTokenDriver = handOver ? "colocation hall hand-over, " + weeksText(lead) +
                                                " (estimate.colo_lead_weeks)"
                                          : "in a ready colocation hall: " + s.driver;
        } else {
            const ScheduleResult s = generateSchedule(design);
            f.startDate = s.startDate;
            f.firstToken = s.firstToken;
            f.fullCapacity = s.fullCapacity;
            f.firstTokenWeeks = s.firstTokenWeeks;
            f.fullCapacityWeeks = s.fullCapacityWeeks;
            f.firstTokenDriver = s.driver;
        }
    } catch (const std::exception& x) {
        f.problems.push_back(std::string("schedule: ") + x.what());
        f.firstTokenWeeks = f.fullCapacityWeeks = kNaN;
    }
}

// What does not depend on the estimate or the schedule: counts, settings, findings.
DesignFigures baseFigures(const Design& design, const std::string& name, Procurement p,
                          const ValidationResult& v) {
    DesignFigures f;
    f.name = name;
    f.racks = static_cast<long>(design.racks.size());
    f.halls = static_cast<long>(design.halls.size());
    f.userTokensPerS = design.settings.userTokensPerS;
    f.procurement = toString(p);
    f.rentTermMonths = design.settings.rentTermMonths;
    f.tcoHorizonYears = design.settings.tcoHorizonYears;
    f.errors = v.errors;
    f.warnings = v.warnings;
    f.infos = v.infos;
    return f;
}

} // namespace

DesignFigures designFigures(const Design& design, const Catalog& catalog, const std::string& name) {
    const Procurement procurement = design.settings.procurement;
    DesignFigures f =
        baseFigures(design, name, procurement, Validator(catalog).validateAll(design));
    try {
        const FactoryEstimate e = estimateFactory(design, catalog, {});
        setEstimateFigures(f, e, e.ownership);
    } catch (const std::exception& x) {
        setEstimateProblem(f, x);
    }
    setDates(f, design, procurement);
    return f;
}

std::vector<DesignFigures> designFiguresByProcurement(const Design& design, const Catalog& catalog,
                                                      const std::string& name) {
    constexpr Procurement kAll[] = {Procurement::Build, Procurement::Colocation,
                                    Procurement::Cloud};
    const ValidationResult v = Validator(catalog).validateAll(design);
    std::vector<DesignFigures> out;
    for (Procurement p : kAll)
        out.push_back(baseFigures(design, name, p, v));
    std::optional<FactoryEstimate> e;
    try {
        e = estimateFactory(design, catalog, {});
    } catch (const std::exception& x) {
        for (DesignFigures& f : out)
            setEstimateProblem(f, x);
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (e) {
            try {
                setEstimateFigures(out[i], *e, ownershipUnder(*e, design, kAll[i]));
            } catch (const std::exception& x) {
                setEstimateProblem(out[i], x);
            }
        }
        setDates(out[i], design, kAll[i]);
    }
    return out;
}

const std::vector<FigureField>& comparedFigures() {
    static const std::vector<FigureField> fields = {
        {"gpus", AIFP_TRANSLATE_NOOP("Options", "GPUs"), "", 0,
         [](const DesignFigures& f) { return double(f.gpus); }},
        {"racks", AIFP_TRANSLATE_NOOP("Options", "GPU racks"), "", 0,
         [](const DesignFigures& f) { return double(f.racks); }},
        {"halls", AIFP_TRANSLATE_NOOP("Options", "Halls"), "", 0,
         [](const DesignFigures& f) { return double(f.halls); }},
        {"it_design_mw", AIFP_TRANSLATE_NOOP("Options", "IT power (design)"), "MW", 1,
         [](const DesignFigures& f) { return f.itDesignMw; }},
        {"facility_design_mw", AIFP_TRANSLATE_NOOP("Options", "Facility power (design)"), "MW", 1,
         [](const DesignFigures& f) { return f.facilityDesignMw; }},
        {"pue_design", AIFP_TRANSLATE_NOOP("Options", "PUE (design)"), "", 3,
         [](const DesignFigures& f) { return f.pueDesign; }},
        {"pue_annual", AIFP_TRANSLATE_NOOP("Options", "PUE (annual)"), "", 3,
         [](const DesignFigures& f) { return f.pueAnnual; }},
        {"tokens_per_second", AIFP_TRANSLATE_NOOP("Options", "Tokens/s, MLPerf scenario"), "", 0,
         [](const DesignFigures& f) { return f.tokensPerSecond; }},
        {"service_tokens_per_second",
         AIFP_TRANSLATE_NOOP("Options", "Tokens/s at the per-user speed"), "", 0,
         [](const DesignFigures& f) { return f.serviceTokensPerSecond; }},
        {"user_tokens_per_s", AIFP_TRANSLATE_NOOP("Options", "Per-user speed quoted"),
         AIFP_TRANSLATE_NOOP("Options", "tokens/s per user"), 0,
         [](const DesignFigures& f) { return f.userTokensPerS; }},
        {"tokens_per_second_per_mw", AIFP_TRANSLATE_NOOP("Options", "Tokens/s per MW"), "", 0,
         [](const DesignFigures& f) { return f.tokensPerSecondPerMw; }},
        {"cost_per_million_tokens", AIFP_TRANSLATE_NOOP("Options", "Cost per million tokens"), "",
         3, [](const DesignFigures& f) { return f.costPerMillionTokens; }},
        {"capex", AIFP_TRANSLATE_NOOP("Options", "Capex"), "", 0,
         [](const DesignFigures& f) { return f.capex; }},
        {"opex_per_year", AIFP_TRANSLATE_NOOP("Options", "Opex per year"), "", 0,
         [](const DesignFigures& f) { return f.opexPerYear; }},
        {"rent_term_months", AIFP_TRANSLATE_NOOP("Options", "Rent term / commitment"),
         AIFP_TRANSLATE_NOOP("Options", "months"), 0,
         [](const DesignFigures& f) { return double(f.rentTermMonths); }},
        {"tco_horizon_years", AIFP_TRANSLATE_NOOP("Options", "TCO horizon"),
         AIFP_TRANSLATE_NOOP("Options", "years"), 0,
         [](const DesignFigures& f) { return double(f.tcoHorizonYears); }},
        {"tco", AIFP_TRANSLATE_NOOP("Options", "Total cost of ownership"), "", 0,
         [](const DesignFigures& f) { return f.tcoUsd; }},
        {"tco_upfront", AIFP_TRANSLATE_NOOP("Options", "TCO paid before first token"), "", 0,
         [](const DesignFigures& f) { return f.tcoUpfrontUsd; }},
        {"tco_cost_per_million_tokens", AIFP_TRANSLATE_NOOP("Options", "TCO per million tokens"),
         "", 3, [](const DesignFigures& f) { return f.tcoCostPerMillionTokens; }},
        {"first_token_weeks", AIFP_TRANSLATE_NOOP("Options", "First token"),
         AIFP_TRANSLATE_NOOP("Options", "weeks"), 1,
         [](const DesignFigures& f) { return f.firstTokenWeeks; }},
        {"full_capacity_weeks", AIFP_TRANSLATE_NOOP("Options", "Full capacity"),
         AIFP_TRANSLATE_NOOP("Options", "weeks"), 1,
         [](const DesignFigures& f) { return f.fullCapacityWeeks; }},
        {"errors", AIFP_TRANSLATE_NOOP("Options", "Findings: errors"), "", 0,
         [](const DesignFigures& f) { return double(f.errors); }},
        {"warnings", AIFP_TRANSLATE_NOOP("Options", "Findings: warnings"), "", 0,
         [](const DesignFigures& f) { return double(f.warnings); }},
        {"infos", AIFP_TRANSLATE_NOOP("Options", "Findings: infos"), "", 0,
         [](const DesignFigures& f) { return double(f.infos); }},
    };
    return fields;
}

} // namespace aifp
