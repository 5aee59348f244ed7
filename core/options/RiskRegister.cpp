#include "core/options/RiskRegister.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "core/options/Sensitivity.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/validation/Validator.hpp"
#include <algorithm>
#include <cmath>
#include <map>

namespace aifp {

namespace {

// Impact thresholds (docs/options.md; our rating rules, assumptions).
constexpr double kHighDelayWeeks = 8.0;   // a quarter's slip or more
constexpr double kMediumDelayWeeks = 2.0; // a sprint's slip
constexpr double kHighCostShare = 0.20;   // cost per token moves 20 % or more
constexpr double kMediumCostShare = 0.05;

int probabilityRank(const std::string& p) {
    if (p == "certain")
        return 4;
    if (p == "high")
        return 3;
    if (p == "medium")
        return 2;
    return 1;
}

int impactRank(const std::string& i) {
    if (i == "high")
        return 3;
    if (i == "medium")
        return 2;
    return 1;
}

std::string delayImpact(double weeks) {
    return weeks >= kHighDelayWeeks ? "high" : weeks >= kMediumDelayWeeks ? "medium" : "low";
}

std::string weeksText(double w) {
    return fill(tr("Risk", "%1 weeks"), {display::formatNumber(w, 1)});
}

// The role that owns a finding, by its rule family (docs/validation.md).
std::string ownerOfRule(const std::string& rule) {
    if (rule.rfind("power.", 0) == 0)
        return "Electrical design lead";
    if (rule.rfind("cooling.", 0) == 0)
        return "Mechanical design lead";
    if (rule.rfind("network.", 0) == 0)
        return "Network architect";
    return "Facility architect";
}

void leadRisks(const SensitivityResult& sens, std::vector<Risk>& out) {
    for (const SensitivityOutput& o : sens.outputs) {
        if (o.name != "first_token_weeks")
            continue;
        for (const SensitivityDriver& d : o.drivers) {
            if (d.key.rfind("schedule.lead.", 0) != 0 || !std::isfinite(d.outputHigh))
                continue;
            const double late = d.outputHigh - o.base;
            if (late <= 0)
                continue;
            Risk r;
            r.category = "long lead";
            // The lead time's description names the item, then ": order to delivery" (in the
            // language shown, ScheduleParameters); the title keeps the item.
            std::string item = d.input;
            const std::string suffix = tr("ScheduleParameter", ": order to delivery");
            if (item.size() > suffix.size() &&
                item.compare(item.size() - suffix.size(), suffix.size(), suffix) == 0)
                item.resize(item.size() - suffix.size());
            r.title = fill(tr("Risk", "Late delivery: %1"), {item});
            r.detail =
                fill(tr("Risk", "planned %1 weeks, range %2-%3 weeks (%4)"),
                     {display::formatSignificant(d.base, 3), display::formatSignificant(d.low, 3),
                      display::formatSignificant(d.high, 3), d.rangeBasis});
            // An item on the first-token path today (an earlier delivery would bring first token
            // forward) overruns its planning figure about half the time and every week counts:
            // high; an item that moves first token only near the top of its range: medium.
            const bool onPath = std::isfinite(d.outputLow) && d.outputLow < o.base;
            r.probability = onPath ? "high" : "medium";
            r.impact = delayImpact(late);
            r.impactText = fill(tr("Risk", "first token +%1 at %2 weeks"),
                                {weeksText(late), display::formatSignificant(d.high, 3)});
            r.owner = "Procurement lead";
            r.mitigation = tr("Risk", "reserve a manufacturing slot or order at design freeze; "
                                      "count owned or reserved units (aifp-cli schedule "
                                      "--on-site), prefab skids or bridging power");
            out.push_back(r);
        }
    }
}

void findingRisks(const ValidationResult& v, std::vector<Risk>& out) {
    struct Group {
        Severity severity;
        int count = 0;
        const Finding* first = nullptr;
    };
    std::map<std::string, Group> byRule;
    for (const Finding& f : v.findings) {
        if (f.severity == Severity::Info)
            continue;
        Group& g = byRule[f.rule];
        if (!g.first) {
            g.first = &f;
            g.severity = f.severity;
        }
        ++g.count;
    }
    for (const auto& [rule, g] : byRule) {
        Risk r;
        r.category = "design finding";
        r.title = g.count > 1
                      ? fill(tr("Risk", "%1 (%2 findings)"), {rule, std::to_string(g.count)})
                      : rule;
        r.detail = g.first->message;
        r.probability = "certain";
        r.impact = g.severity == Severity::Error ? "high" : "medium";
        r.impactText = g.severity == Severity::Error
                           ? tr("Risk", "the design does not work as drawn; figures assume "
                                        "the missing plant")
                           : tr("Risk", "margin below the rule's threshold");
        r.owner = ownerOfRule(rule);
        r.mitigation = g.first->fix.empty()
                           ? std::string(tr("Risk", "revise the design and validate again"))
                           : g.first->fix;
        out.push_back(r);
    }
}

void estimateRisks(const FactoryEstimate& e, const SensitivityResult& sens,
                   std::vector<Risk>& out) {
    if (e.errorBandFraction > 0 && e.errorBandFraction < 1 &&
        std::isfinite(e.costPerMillionTokensUsd)) {
        Risk r;
        r.category = "estimate";
        r.title = tr("Risk", "Tokens/s differ from the estimate");
        r.detail = fill(tr("Risk", "the inference estimate has a +/- %1 % band, cross-validated on "
                                   "published results (docs/estimation.md)"),
                        {display::formatNumber(e.errorBandFraction * 100, 0)});
        r.probability = "medium";
        r.impact = e.errorBandFraction >= kHighCostShare ? "high" : "medium";
        r.impactText =
            fill(tr("Risk", "cost per million tokens %1 to %2 %3"),
                 {display::formatNumber(e.costPerMillionTokensUsd / (1 + e.errorBandFraction), 3),
                  display::formatNumber(e.costPerMillionTokensUsd / (1 - e.errorBandFraction), 3),
                  e.currency});
        r.owner = "Solutions architect";
        r.mitigation = tr("Risk", "benchmark the customer's model on the target system before "
                                  "committing prices; quote the range");
        out.push_back(r);
    }
    if (!e.serviceMet) {
        Risk r;
        r.category = "service level";
        r.title = tr("Risk", "Per-user speed not reachable");
        r.detail = fill(tr("Risk", "asked %1 tokens/s per user; one user per replica gets %2"),
                        {display::formatNumber(e.userTokensPerS, 0),
                         display::formatNumber(e.servedUserTokensPerS, 1)});
        r.probability = "certain";
        r.impact = "high";
        r.impactText = tr("Risk", "the service level cannot be sold as quoted");
        r.owner = "Solutions architect";
        r.mitigation = tr("Risk", "lower the quoted speed, choose a faster system or model "
                                  "precision, or enable speculative decoding");
        out.push_back(r);
    }
    // The cost drivers that move cost per token most, when they rest on assumptions.
    for (const SensitivityOutput& o : sens.outputs) {
        if (o.name != "cost_per_million_tokens" || !(o.base > 0))
            continue;
        int taken = 0;
        for (const SensitivityDriver& d : o.drivers) {
            if (taken == 2 || !d.rangeAssumed)
                continue;
            const double share = d.swing() / o.base;
            if (share < kMediumCostShare)
                continue;
            ++taken;
            Risk r;
            r.category = "assumption";
            std::string input = d.input;
            if (!input.empty() && input[0] >= 'A' && input[0] <= 'Z' &&
                !(input.size() > 1 && input[1] >= 'A' && input[1] <= 'Z'))
                input[0] = static_cast<char>(input[0] - 'A' + 'a'); // not acronyms ("PUE")
            r.title = fill(tr("Risk", "Cost per token rests on an assumed %1"), {input});
            r.detail = fill(tr("Risk", "swept %1 to %2 %3 (%4)"),
                            {display::formatSignificant(d.low, 3),
                             display::formatSignificant(d.high, 3), d.unit, d.rangeBasis});
            r.probability = "medium";
            r.impact = share >= kHighCostShare ? "high" : "medium";
            r.impactText = fill(tr("Risk", "cost per million tokens %1 to %2 %3"),
                                {display::formatNumber(d.outputLow, 3),
                                 display::formatNumber(d.outputHigh, 3), o.unit});
            r.owner = "Sales engineer";
            r.mitigation = tr("Risk", "replace the assumption with the customer's figure (an "
                                      "assumption override in the project) before the proposal "
                                      "is sent");
            out.push_back(r);
        }
    }
}

void fastTrackRisks(const Design& design, const ScheduleResult& s, std::vector<Risk>& out) {
    if (s.bridge) {
        Risk r;
        r.category = "fast track";
        r.title = tr("Risk", "Bridging power needed longer than planned");
        r.detail = fill(tr("Risk", "%1 MW from %2 to the grid switchover %3 (%4 months)"),
                        {display::formatNumber(s.bridge->capacityMw, 0), s.bridge->inService,
                         s.bridge->switchover, display::formatNumber(s.bridge->months, 1)});
        r.probability = "medium";
        r.impact = "medium";
        const double perMonth = s.bridge->months > 0 ? s.bridge->costUsd / s.bridge->months : 0.0;
        r.impactText =
            fill(tr("Risk", "each extra month about %1 M USD and %2 t CO2 (assumptions)"),
                 {display::formatNumber(perMonth / 1e6, 1),
                  display::formatNumber(
                      s.bridge->months > 0 ? s.bridge->emissionsT / s.bridge->months : 0.0, 0)});
        r.owner = "Energy manager";
        r.mitigation =
            tr("Risk", "contract an extension option; track the utility interconnection monthly");
        out.push_back(r);
    }
    if (s.supplyPriority) {
        double late = 0.0;
        try {
            ScheduleOptions o;
            o.supplyPriority = false;
            late = generateSchedule(design, o).firstTokenWeeks - s.firstTokenWeeks;
        } catch (const std::exception&) {
            late = 0.0;
        }
        Risk r;
        r.category = "fast track";
        r.title = tr("Risk", "Priority allocation of GPU racks not honoured");
        r.detail = tr("Risk", "the schedule assumes the vendor's priority allocation");
        r.probability = "medium";
        r.impact = delayImpact(late);
        r.impactText =
            fill(tr("Risk", "first token +%1 without priority"), {weeksText(std::max(0.0, late))});
        r.owner = "Procurement lead";
        r.mitigation =
            tr("Risk", "secure the allocation in the purchase contract with delivery penalties");
        out.push_back(r);
    }
}

} // namespace

int Risk::score() const {
    return probabilityRank(probability) * impactRank(impact);
}

std::vector<Risk> riskRegister(const Design& design, const Catalog& catalog,
                               const SensitivityResult& sens) {
    std::vector<Risk> risks;
    const ScheduleResult s = generateSchedule(design);
    leadRisks(sens, risks);
    Validator validator(catalog);
    findingRisks(validator.validateAll(design), risks);
    estimateRisks(estimateFactory(design, catalog, {}), sens, risks);
    fastTrackRisks(design, s, risks);
    std::stable_sort(risks.begin(), risks.end(),
                     [](const Risk& a, const Risk& b) { return a.score() > b.score(); });
    return risks;
}

json::Value riskRegisterJson(const std::vector<Risk>& risks) {
    int rank = 0;
    return json::object({{"risks", json::arrayOf(risks, [&rank](const Risk& r) {
                              return json::object({{"rank", ++rank},
                                                   {"category", r.category},
                                                   {"title", r.title},
                                                   {"detail", r.detail},
                                                   {"probability", r.probability},
                                                   {"impact", r.impact},
                                                   {"impact_text", r.impactText},
                                                   {"owner", r.owner},
                                                   {"mitigation", r.mitigation},
                                                   {"score", r.score()}});
                          })}});
}

// The register's words as the text output shows them (translated; JSON keeps them English):
// probabilities, impacts, categories and owner roles set above. Listed for lupdate.
[[maybe_unused]] constexpr const char* kRiskWords[] = {
    AIFP_TRANSLATE_NOOP("Risk", "certain"),
    AIFP_TRANSLATE_NOOP("Risk", "high"),
    AIFP_TRANSLATE_NOOP("Risk", "medium"),
    AIFP_TRANSLATE_NOOP("Risk", "low"),
    AIFP_TRANSLATE_NOOP("Risk", "long lead"),
    AIFP_TRANSLATE_NOOP("Risk", "design finding"),
    AIFP_TRANSLATE_NOOP("Risk", "estimate"),
    AIFP_TRANSLATE_NOOP("Risk", "service level"),
    AIFP_TRANSLATE_NOOP("Risk", "assumption"),
    AIFP_TRANSLATE_NOOP("Risk", "fast track"),
    AIFP_TRANSLATE_NOOP("Risk", "Electrical design lead"),
    AIFP_TRANSLATE_NOOP("Risk", "Mechanical design lead"),
    AIFP_TRANSLATE_NOOP("Risk", "Network architect"),
    AIFP_TRANSLATE_NOOP("Risk", "Facility architect"),
    AIFP_TRANSLATE_NOOP("Risk", "Procurement lead"),
    AIFP_TRANSLATE_NOOP("Risk", "Solutions architect"),
    AIFP_TRANSLATE_NOOP("Risk", "Sales engineer"),
    AIFP_TRANSLATE_NOOP("Risk", "Energy manager"),
};

std::string riskRegisterText(const std::vector<Risk>& risks) {
    std::string out;
    int rank = 0;
    auto word = [](const std::string& w) { return std::string(tr("Risk", w.c_str())); };
    for (const Risk& r : risks) {
        out += std::to_string(++rank) + ". [" + word(r.probability) + " / " + word(r.impact) +
               "] " + r.title + " (" +
               fill(tr("Risk", "%1, owner: %2"), {word(r.category), word(r.owner)}) + ")\n" +
               "   " + r.detail + "\n" + "   " + fill(tr("Risk", "impact: %1"), {r.impactText}) +
               "\n" + "   " + fill(tr("Risk", "mitigation: %1"), {r.mitigation}) + "\n";
    }
    if (risks.empty())
        out += std::string(tr("Risk", "no risks derived: no finding, no long lead that moves "
                                      "first token, no assumed driver that moves cost per token "
                                      "by 5 % or more")) +
               "\n";
    return out;
}

} // namespace aifp
