#include "core/report/ReportInputsFromEngines.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/ServingText.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include "core/options/DesignFigures.hpp"
#include "core/report/AssumptionLedger.hpp"
#include "core/report/BillOfMaterials.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/validation/Validator.hpp"
#include <cmath>
#include <ctime>
#include <exception>
#include <map>
#include <optional>
#include <set>

namespace aifp::report {

namespace {

std::string todayIso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// The Gantt group of a task kind, in the language shown ("lead.cdu" -> "procurement (long lead)").
std::string phaseName(const std::string& kind) {
    const std::string prefix = kind.substr(0, kind.find('.'));
    static const std::map<std::string, const char*> names = {
        {"lead", AIFP_TRANSLATE_NOOP("Report", "procurement (long lead)")},
        {"install", AIFP_TRANSLATE_NOOP("Report", "installation")},
        {"cx", AIFP_TRANSLATE_NOOP("Report", "commissioning")},
        {"delivery", AIFP_TRANSLATE_NOOP("Report", "deliveries")},
        {"site", AIFP_TRANSLATE_NOOP("Report", "site works")},
        {"milestone", AIFP_TRANSLATE_NOOP("Report", "milestones")},
        {"shell", AIFP_TRANSLATE_NOOP("Report", "building shell")},
        {"fitout", AIFP_TRANSLATE_NOOP("Report", "fit-out")},
        {"energized", AIFP_TRANSLATE_NOOP("Report", "energisation")},
        {"burnin", AIFP_TRANSLATE_NOOP("Report", "burn-in")},
        {"bringup", AIFP_TRANSLATE_NOOP("Report", "bring-up and burn-in")},
        {"procurement", AIFP_TRANSLATE_NOOP("Report", "procurement")},
        {"switchover", AIFP_TRANSLATE_NOOP("Report", "switchover to the grid")}};
    auto it = names.find(prefix);
    return it == names.end() ? prefix : std::string(tr("Report", it->second));
}

// Procurement (long-lead orders), commissioning (energisation, commissioning, burn-in) or
// construction (everything else: site works, shell, fit-out, deliveries, installation).
TaskPhase phaseOf(const std::string& kind) {
    const std::string prefix = kind.substr(0, kind.find('.'));
    if (prefix == "lead")
        return TaskPhase::Procurement;
    if (prefix == "cx" || prefix == "energized" || prefix == "burnin")
        return TaskPhase::Commissioning;
    return TaskPhase::Construction;
}

void fillDesignFigures(const Design& design, const Catalog& catalog, ReportInputs& in) {
    double gpus = 0, kw = 0;
    int unknown = 0;
    for (const Rack& r : design.racks) {
        try {
            const SystemSpec s = systemSpec(catalog, r.catalogId);
            gpus += s.gpusPerRack; // catalog gpus_per_rack
            kw += s.rackPowerKw;   // catalog rack_power_kw (design power)
        } catch (const CatalogError&) {
            ++unknown;
        }
    }
    in.racks = {
        tr("Report", "Racks"), static_cast<double>(design.racks.size()),    "", kNotAvailable,
        kNotAvailable,         tr("Report", "rack positions in the design")};
    in.gpus = {tr("Report", "GPUs"),
               gpus,
               "",
               kNotAvailable,
               kNotAvailable,
               std::string(tr("Report", "racks x catalog gpus_per_rack")) +
                   (unknown ? fill(tr("Report", ", %1 racks of unknown systems"),
                                   {formatCount(static_cast<double>(unknown))})
                            : std::string())};
    (void)kw;
    // The power figures: the one power basis (core/estimate/PowerBasis.hpp).
    try {
        const PowerBasis b = computePowerBasis(design, catalog);
        in.powerBasis = b;
        in.itMw = {tr("Report", "IT load (design)"),
                   b.itDesignKw / 1000.0,
                   "MW",
                   kNotAvailable,
                   kNotAvailable,
                   b.itText() + " (racks at design kW + network, optics, storage, management)"};
        if (b.itDesignKw > 0) {
            in.facilityMw = {tr("Report", "Facility power (design)"),
                             b.facilityDesignKw / 1000.0,
                             "MW",
                             kNotAvailable,
                             kNotAvailable,
                             b.facilityText()};
            in.pue = {tr("Report", "PUE (design)"),
                      b.pueDesign,
                      "",
                      kNotAvailable,
                      kNotAvailable,
                      b.pueText() + tr("Report", "; annual: ") + b.pueAnnualBasis};
        }
    } catch (const std::exception& e) {
        in.missing.push_back(std::string("Power basis: ") + e.what());
    }
}

ReportFigure fig(const std::string& label, double value, const std::string& unit,
                 const std::string& basis) {
    ReportFigure f;
    f.label = label;
    f.value = value;
    f.unit = unit;
    f.basis = basis;
    return f;
}

// The headline figures of the estimate: throughput, latency, capital cost, cost per token and
// the service level.
void fillHeadlineFigures(const FactoryEstimate& e, ReportInputs& in) {
    const std::string basis = tr("Report", "estimation engine (docs/estimation.md)");
    in.tokensPerSecond =
        fig(tr("Report", "Output tokens per second"), e.tokensPerSecond, "tokens/s",
            basis + ", " + e.modelId + " " + e.scenario + " " + e.precision);
    in.tokensPerSecond.low = e.tokensPerSecond * (1.0 - e.errorBandFraction);
    in.tokensPerSecond.high = e.tokensPerSecond * (1.0 + e.errorBandFraction);
    in.ttftMs = fig(tr("Report", "Time to first token (p99)"), e.ttftMs, "ms", basis);
    in.capexUsd = fig(tr("Report", "Capital cost"), e.capexUsd, "USD",
                      tr("Report", "unit prices x quantities (see bill of materials)"));
    std::string excluded;
    for (std::size_t i = 0; i < e.capexExclusions.size(); ++i)
        excluded += (i ? "; " : "") + e.capexExclusions[i];
    in.capexUsd.basis =
        fill(tr("Report", "unit prices x quantities in %1%2; excludes: %3"),
             {e.currency,
              e.priceDate.empty() ? std::string(tr("Estimate", ", price date not stated"))
                                  : fill(tr("Estimate", ", prices of %1"), {e.priceDate}),
              excluded});
    in.costPerMillionTokensUsd = fig(
        tr("Report", "Cost per million tokens"), e.costPerMillionTokensUsd, "USD",
        fill(tr("Report", "amortised capex + opex per year / annual tokens, %1"), {e.costBasis}));
    in.serviceTokensPerSecond = fig(tr("Report", "Tokens per second at the per-user speed"),
                                    e.serviceTokensPerSecond, "tokens/s", e.serviceBasis);
    in.userTokensPerS =
        fig(tr("Report", "Per-user speed quoted"), e.userTokensPerS, "tokens/s", e.serviceBasis);
    in.tokensPerSecondPerMw =
        fig(tr("Report", "Tokens per second per MW"), e.tokensPerSecondPerMw, "tokens/s/MW",
            tr("Report", "per MW of facility power at typical load"));
}

// Every figure of the estimate, with its basis, for the estimate section's table (the headline
// figures among them, as fillHeadlineFigures set them).
std::vector<ReportFigure> estimateFigureList(const FactoryEstimate& e, const ReportInputs& in) {
    const std::string basis = tr("Report", "estimation engine (docs/estimation.md)");
    const PowerBasis& b = e.basis;
    return {
        fig(tr("Report", "GPUs"), e.gpus, "", tr("Report", "GPU racks x catalog gpus_per_rack")),
        fig(tr("Report", "GPU systems"), e.systems, "", tr("Report", "catalog systems_per_rack")),
        fig(tr("Report", "IT load (design)"), b.itDesignKw / 1000.0, "MW",
            tr("Report", "racks at catalog rack_power_kw + network, optics, storage, management")),
        fig(tr("Report", "IT load (typical)"), b.itTypicalKw / 1000.0, "MW",
            tr("Report", "racks at catalog typical_power_fraction + the same gear")),
        fig(tr("Report", "Network switches"), b.it.switchKw, "kW",
            fill(tr("Report", "%1 switches + %2 out-of-band"),
                 {formatCount(static_cast<double>(b.it.switches)),
                  formatCount(static_cast<double>(b.it.outOfBandSwitches))})),
        fig(tr("Report", "Optics"), b.it.opticsKw, "kW",
            fill(tr("Report", "%1 transceivers at catalog power"),
                 {formatCount(static_cast<double>(b.it.transceivers))})),
        fig(tr("Report", "Storage and management nodes"), b.it.storageKw + b.it.managementKw, "kW",
            fill(tr("Report", "%1 storage + %2 management nodes"),
                 {formatCount(static_cast<double>(b.it.storageNodes)),
                  formatCount(static_cast<double>(b.it.managementNodes))})),
        fig(tr("Report", "Heat rejection power (design)"), b.design.cooling.heatRejectionKw, "kW",
            tr("Report", "at the design ambient")),
        fig(tr("Report", "CDU pump power (design)"), b.design.cooling.cduPumpKw, "kW", basis),
        fig(tr("Report", "Air fan power (design)"), b.design.cooling.airFanKw, "kW", basis),
        fig(tr("Report", "UPS losses (design)"), b.design.upsLossKw, "kW",
            tr("Report", "UPS efficiency curve at load")),
        fig(tr("Report", "Transformer losses (design)"), b.design.transformerLossKw, "kW",
            tr("Report", "no-load + load losses")),
        fig(tr("Report", "HV substation losses (design)"), b.design.substationLossKw, "kW",
            tr("Report", "no-load + load losses")),
        fig(tr("Report", "Facility power (design)"), b.facilityDesignKw / 1000.0, "MW",
            b.facilityText()),
        fig(tr("Report", "Facility power (typical)"), b.facilityTypicalKw / 1000.0, "MW",
            b.facilityText()),
        fig(tr("Report", "PUE (design)"), b.pueDesign, "",
            tr("Report", "facility design / IT design")),
        fig(tr("Report", "PUE (annual)"), b.pueAnnual, "", b.pueAnnualBasis),
        in.tokensPerSecond,
        in.serviceTokensPerSecond,
        in.tokensPerSecondPerMw,
        fig(tr("Report", "Energy per token"), e.joulesPerToken, "J", basis),
        in.ttftMs,
        fig(tr("Report", "Time per output token (p99)"), e.tpotMs, "ms", basis),
        fig(tr("Report", "Utilisation"), e.utilization * 100.0, "%",
            tr("Report", "assumed average load")),
        fig(tr("Report", "Annual tokens"), e.annualTokens, "tokens",
            tr("Report", "tokens/s at the per-user speed x utilisation x hours per year")),
        in.capexUsd,
        fig(tr("Report", "Operating cost per year"), e.opexUsdPerYear, "USD",
            tr("Report", "energy + O&M")),
        in.userTokensPerS,
        in.costPerMillionTokensUsd};
}

// The power and cost breakdowns, the estimate's assumptions (those not official also in the
// ledger of assumptions) and its notes.
void fillBreakdownsAndAssumptions(const FactoryEstimate& e, ReportInputs& in) {
    for (const BreakdownItem& item : e.powerBreakdownKw)
        in.powerBreakdownMw.push_back({tr("Estimate", item.label.c_str()), item.value / 1000.0});
    for (const BreakdownItem& item : e.capexBreakdownUsd)
        in.costBreakdownUsd.push_back({tr("Estimate", item.label.c_str()), item.value});
    for (const EstimateAssumption& a : e.assumptions) {
        in.estimateAssumptions.push_back(
            a.text + ": " + formatNumber(a.value, autoDecimals(a.value)) + " " + a.unit + " (" +
            toString(a.confidence) + "; " + a.source + ")");
        if (a.confidence == Confidence::Official)
            continue;
        AssumptionLine l;
        l.catalogId = "estimate";
        l.entry = a.text;
        l.key = a.id;
        l.value = formatNumber(a.value, autoDecimals(a.value)) + " " + a.unit;
        l.confidence = toString(a.confidence);
        l.source = a.source.empty() ? "no source recorded" : a.source;
        in.assumptions.push_back(l);
    }
    // How each system type serves (replica shape, mean step and where it goes), then the notes.
    for (const std::string& line :
         servingLines(e, [](double v, int decimals) { return formatNumber(v, decimals); }))
        in.estimateAssumptions.push_back(fill(tr("Report", "Serving: %1"), {line}));
    for (const std::string& n : e.notes)
        in.estimateAssumptions.push_back("Note: " + n);
}

void fillEstimate(const Design& design, const Catalog& catalog, const ReportOptions& o,
                  ReportInputs& in, std::vector<CapexLine>& capexLines) {
    FactoryEstimateOptions eo;
    eo.modelId = o.modelId;
    eo.scenario = o.scenario;
    try {
        const FactoryEstimate e = estimateFactory(design, catalog, eo);
        in.modelId = e.modelId;
        in.scenario = e.scenario;
        fillHeadlineFigures(e, in);
        capexLines = e.capexLines;
        in.estimateFigures = estimateFigureList(e, in);
        fillBreakdownsAndAssumptions(e, in);
    } catch (const std::exception& ex) {
        in.missing.push_back(std::string("Estimate: the estimation engine rejected the design: ") +
                             ex.what());
    }
}

// Prices the bill of materials with the estimate's unit prices, so that its total equals the
// estimate's capital cost: systems and switches per unit, network links per link, and the
// estimate's other capex lines (substation, power chain, cooling, building, land, storage,
// installation, spares, integration) appended as priced lines. Equipment priced in those lines
// keeps no unit price of its own and says so.
void priceBom(const Design& design, const Catalog& catalog,
              const std::vector<CapexLine>& capexLines, ReportInputs& in) {
    UnitPrices prices;
    try {
        prices = UnitPrices::defaults().withOverrides(design.assumptionOverrides);
    } catch (const std::exception& e) {
        in.missing.push_back(std::string("Prices: ") + e.what());
        return;
    }
    auto source = [](const UnitPrice& p) {
        return std::string(toString(p.confidence)) + (p.overridden ? ", project override" : "") +
               ": " + p.source;
    };
    for (BomLine& l : in.bom) {
        if (l.category == "Compute" && l.unit == "rack") {
            const CatalogEntry* ce = catalog.find(l.catalogId); // resolves earlier ids
            const std::string id = ce ? ce->id : l.catalogId;
            if (const UnitPrice* p = prices.find(UnitPrices::systemKey(id))) {
                int perRack = 1;
                try {
                    perRack = systemSpec(catalog, l.catalogId).systemsPerRack;
                } catch (const CatalogError&) {
                }
                l.unitPriceUsd = p->value * perRack;
                l.priceSource =
                    source(*p) +
                    (perRack > 1 ? " (x" + std::to_string(perRack) + " systems per rack)" : "");
            } else {
                l.priceSource = "no price: set " + UnitPrices::systemKey(id);
            }
        } else if (l.category == "Network" && l.unit == "switch") {
            const UnitPrice* p = prices.find(UnitPrices::switchKey(l.catalogId));
            if (!p)
                p = prices.find("price.switch.default_usd");
            if (p) {
                l.unitPriceUsd = p->value;
                l.priceSource = source(*p);
            }
        } else if (l.category == "Network" && l.unit == "link") {
            if (const UnitPrice* p = prices.find("price.network_link_usd")) {
                l.unitPriceUsd = p->value;
                l.priceSource = source(*p);
            }
        } else if (l.category == "Network") {
            l.priceSource = "included in the network link price";
        } else {
            l.priceSource = "priced in the estimate's capex lines (category Capex)";
        }
    }
    for (const CapexLine& c : capexLines) {
        if (c.category == "GPU systems" || c.category == "Network")
            continue; // priced on the BOM's own lines above
        BomLine f;
        f.category = "Capex: " + c.category;
        f.item = c.item;
        f.quantity = c.quantity;
        f.unit = c.unit;
        f.unitPriceUsd = c.unitPriceUsd;
        f.priceSource = c.source;
        in.bom.push_back(f);
    }
}

void fillValidation(const Design& design, const Catalog& catalog, ReportInputs& in) {
    try {
        Validator v(catalog);
        const ValidationResult r = v.validateAll(design);
        in.validationAvailable = true;
        in.findings = r.findings;
    } catch (const std::exception& e) {
        in.missing.push_back(std::string("Validation: the validator failed: ") + e.what());
    }
}

void fillSchedule(const Design& design, const Catalog& catalog, const ReportOptions& o,
                  ReportInputs& in) {
    ScheduleOptions so;
    so.startDate = o.startIso;
    so.catalog = &catalog;
    try {
        const ScheduleResult r = generateSchedule(design, so);
        in.scheduleAvailable = true;
        in.scheduleStart = r.startDate;
        in.scheduleFinish = r.cpm.finishDate;
        in.firstTokenDate = r.firstToken;
        in.fullCapacityDate = r.fullCapacity;
        for (std::size_t i = 0; i < r.network.tasks.size() && i < r.cpm.timings.size(); ++i) {
            const ScheduleTask& t = r.network.tasks[i];
            const TaskTiming& tm = r.cpm.timings[i];
            ReportTask rt;
            rt.id = t.id;
            rt.name = t.name;
            const bool inHall =
                t.hallIndex >= 0 && static_cast<std::size_t>(t.hallIndex) < design.halls.size();
            rt.area = inHall ? design.halls[static_cast<std::size_t>(t.hallIndex)].name
                             : std::string(tr("Report", "Site"));
            rt.group = fill(tr("Report", "%1: %2"), {rt.area, phaseName(t.kind)});
            rt.phase = phaseOf(t.kind);
            rt.startDay = tm.earlyStart;
            rt.finishDay = tm.earlyFinish;
            rt.startIso = tm.start;
            rt.finishIso = tm.finish;
            rt.critical = tm.critical;
            rt.milestone = t.durationDays == 0;
            in.tasks.push_back(rt);
        }
        for (const RampWeek& w : r.ramp)
            in.ramp.push_back(
                {w.week, w.weekStart, w.mwEnergized, static_cast<double>(w.gpusOnline)});
        for (const std::string& n : r.notes)
            in.estimateAssumptions.push_back(fill(tr("Report", "Schedule: %1"), {n}));
        // Schedule section lead: time to first token and what each fast-track lever buys.
        in.fastTrack = fastTrackSummary(design, so);
    } catch (const std::exception& e) {
        in.missing.push_back(std::string("Schedule: the schedule engine rejected the design: ") +
                             e.what());
    }
}

// The capital cost as a range from the sensitivity's GPU system price driver: the estimate's
// capex is a sum of quantity x unit price, so moving every GPU system price by the driver's
// factor moves capex by that factor times the GPU system lines (the other prices stay).
void fillCapexRange(const Design& design, const std::vector<CapexLine>& capexLines,
                    ReportInputs& in) {
    in.capexRangeUsd = in.capexUsd;
    in.capexRangeUsd.label = tr("Report", "Capital cost (range)");
    if (!in.capexUsd.available() || !in.sensitivity)
        return;
    std::set<std::string> systemKeys;
    for (const Rack& r : design.racks)
        systemKeys.insert(UnitPrices::systemKey(r.catalogId));
    // The GPU price driver sets the system price keys (its key names the main one first).
    const SensitivityDriver* gpu = nullptr;
    for (const SensitivityOutput& out : in.sensitivity->outputs)
        for (const SensitivityDriver& d : out.drivers)
            for (const std::string& k : systemKeys)
                if (d.key.rfind(k, 0) == 0)
                    gpu = &d;
    if (!gpu || !(gpu->base > 0))
        return;
    double systemsUsd = 0.0;
    for (const CapexLine& l : capexLines)
        if (systemKeys.count(l.priceKey))
            systemsUsd += l.totalUsd();
    if (!(systemsUsd > 0))
        return;
    const double lowF = gpu->low / gpu->base, highF = gpu->high / gpu->base;
    in.capexRangeUsd.low = in.capexUsd.value + (lowF - 1.0) * systemsUsd;
    in.capexRangeUsd.high = in.capexUsd.value + (highF - 1.0) * systemsUsd;
    in.capexRangeUsd.basis =
        fill(tr("Report", "GPU system prices %1 % / %2 % (the sensitivity's GPU price driver, an "
                          "assumption) on %3 of GPU systems; every other price as estimated"),
             {formatNumber((lowF - 1.0) * 100.0, 0),
              ((highF >= 1.0) ? "+" : "") + formatNumber((highF - 1.0) * 100.0, 0),
              formatUsd(systemsUsd)});
}

// The variants compared (designFigures, the figures aifp-cli compare prints), the sensitivity
// sweep and the risk register, on the design as this report estimates and schedules it.
void fillOptions(const Design& design, const Catalog& catalog, const ReportOptions& o,
                 const std::vector<CapexLine>& capexLines, ReportInputs& in) {
    in.variantName = o.variantName;
    if (o.comparedVariants.size() > 1) {
        for (const std::string& name : o.comparedVariants) {
            if (name == o.variantName) {
                in.comparison.designs.push_back(designFigures(design, catalog, name));
                continue;
            }
            if (!o.openVariant) {
                in.missing.push_back("Comparison: variant " + name + " cannot be opened here");
                continue;
            }
            try {
                const Design d = o.openVariant(name);
                const Catalog c = Catalog::builtin().withUserEntries(d.userCatalog);
                in.comparison.designs.push_back(designFigures(d, c, name));
            } catch (const std::exception& e) {
                in.missing.push_back("Comparison: variant " + name + ": " + e.what());
            }
        }
    }
    // The report's model, scenario and start apply to the sweep as to the figures it explains.
    std::optional<Design> adjusted;
    if (!o.modelId.empty() || !o.scenario.empty() || !o.startIso.empty()) {
        adjusted = design;
        if (!o.modelId.empty())
            adjusted->settings.modelId = o.modelId;
        if (!o.scenario.empty())
            adjusted->settings.scenario = o.scenario;
        if (!o.startIso.empty())
            adjusted->settings.scheduleStart = o.startIso;
    }
    const Design& subject = adjusted ? *adjusted : design;
    // One design: what it costs built, colocated and in the cloud, for the decision summary.
    in.procurement = toString(design.settings.procurement);
    if (in.comparison.designs.size() < 2) {
        try {
            in.procurementOptions = designFiguresByProcurement(subject, catalog, o.variantName);
        } catch (const std::exception& e) {
            in.missing.push_back(std::string("Build or rent: not computed: ") + e.what());
        }
    }
    try {
        in.sensitivity = sensitivity(subject, catalog);
        in.risks = riskRegister(subject, catalog, *in.sensitivity);
    } catch (const std::exception& e) {
        in.missing.push_back(std::string("Sensitivity and risk register: not computed: ") +
                             e.what());
    }
    fillCapexRange(design, capexLines, in);
}

} // namespace

ReportInputs reportInputsFromEngines(const Design& design, const Catalog& catalog,
                                     const ReportOptions& o) {
    ReportInputs in;
    in.projectName = design.site.name;
    in.customer = o.customer.empty() ? design.site.customer : o.customer;
    in.author = o.author.empty() ? design.site.author : o.author;
    // Document control: the project's (schema 2 Design::document), each field overridable for
    // this report; no price date means the prices are valid at the report's date.
    const DocumentControl& dc = design.document;
    auto pick = [](const std::string& option, const std::string& project) {
        return option.empty() ? project : option;
    };
    in.document.revision = pick(o.document.revision, dc.revision);
    in.document.documentNumber = pick(o.document.documentNumber, dc.documentNumber);
    in.document.confidentiality = pick(o.document.confidentiality, dc.confidentiality);
    in.document.priceDate = pick(o.document.priceDate, dc.priceDate);
    in.document.currency = pick(o.document.currency, dc.currency);
    if (in.document.currency.empty())
        in.document.currency = "USD";
    in.location = design.site.location;
    in.dateIso = o.dateIso.empty() ? todayIso() : o.dateIso;
    if (in.document.priceDate.empty())
        in.document.priceDate = in.dateIso;
    in.fileName = o.fileName;
    in.fileVersion = o.fileVersion;
    in.modelId = o.modelId.empty() ? design.settings.modelId : o.modelId;
    in.scenario = o.scenario.empty() ? design.settings.scenario : o.scenario;
    in.render3d = o.render3d;
    const std::string noEstimate = "not available: see 'Not available in this report'";
    for (ReportFigure* f : {&in.facilityMw, &in.pue, &in.tokensPerSecond, &in.ttftMs, &in.capexUsd,
                            &in.costPerMillionTokensUsd})
        f->basis = noEstimate;
    in.facilityMw.label = tr("Report", "Facility power (design)");
    in.pue.label = tr("Report", "PUE (design)");
    in.tokensPerSecond.label = tr("Report", "Output tokens per second");
    in.ttftMs.label = tr("Report", "Time to first token (p99)");
    in.capexUsd.label = tr("Report", "Capital cost");
    in.capexUsd.unit = "USD";
    in.costPerMillionTokensUsd.label = tr("Report", "Cost per million tokens");
    in.costPerMillionTokensUsd.unit = "USD";
    fillDesignFigures(design, catalog, in);
    in.bom = computeBillOfMaterials(design, catalog);
    in.assumptions = computeAssumptionLedger(design, catalog);
    std::vector<CapexLine> capexLines;
    fillEstimate(design, catalog, o, in, capexLines);
    priceBom(design, catalog, capexLines, in);
    fillValidation(design, catalog, in);
    fillSchedule(design, catalog, o, in);
    fillOptions(design, catalog, o, capexLines, in);
    return in;
}

} // namespace aifp::report
