// Options side by side (issue 17): the comparison's figures are each design's own estimate,
// schedule and validation; the sensitivity sweeps are checked by hand on the cost formula of
// docs/estimation.md 2.3 and on the transformer lead range of the catalog; the risk register
// names the long lead that drives first token.
#include "ScheduleFixtures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/OwnershipCost.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/options/DesignComparison.hpp"
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/validation/Validator.hpp"
#include <QTest>
#include <cmath>

using namespace aifp;

namespace {

Design generated(double gridMw, RedundancyScheme redundancy) {
    FactoryTargets t;
    t.name = "Option";
    t.targetGridMw = gridMw;
    t.redundancy = redundancy;
    return generateFactory(t, Catalog::builtin()).design;
}

const SensitivityDriver* driver(const SensitivityResult& r, const std::string& output,
                                const std::string& key) {
    for (const auto& o : r.outputs)
        if (o.name == output)
            for (const auto& d : o.drivers)
                if (d.key == key)
                    return &d;
    return nullptr;
}

const SensitivityOutput* output(const SensitivityResult& r, const std::string& name) {
    for (const auto& o : r.outputs)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace

class TestOptions : public QObject {
    Q_OBJECT
private slots:
    void comparisonFiguresAreEachDesignsOwn() {
        const Catalog& catalog = Catalog::builtin();
        const Design a = generated(5.0, RedundancyScheme::TwoN);
        const Design b = generated(5.0, RedundancyScheme::NPlus1);
        Comparison c;
        c.designs = {designFigures(a, catalog, "2N"), designFigures(b, catalog, "N+1")};
        for (std::size_t i = 0; i < 2; ++i) {
            const Design& d = i == 0 ? a : b;
            const DesignFigures& f = c.designs[i];
            const FactoryEstimate e = estimateFactory(d, catalog, {});
            const ScheduleResult s = generateSchedule(d);
            Validator v(catalog);
            const ValidationResult vr = v.validateAll(d);
            QVERIFY(f.problems.empty());
            QCOMPARE(f.gpus, long(e.gpus));
            QCOMPARE(f.facilityDesignMw, e.basis.facilityDesignKw / 1000.0);
            QCOMPARE(f.pueAnnual, e.basis.pueAnnual);
            QCOMPARE(f.costPerMillionTokens, e.costPerMillionTokensUsd);
            QCOMPARE(f.capex, e.capexUsd);
            QCOMPARE(f.serviceTokensPerSecond, e.serviceTokensPerSecond);
            QCOMPARE(f.firstToken, s.firstToken);
            QCOMPARE(f.fullCapacityWeeks, s.fullCapacityWeeks);
            QCOMPARE(f.errors, vr.errors);
            QCOMPARE(f.warnings, vr.warnings);
        }
        // 2N buys more power equipment than N+1 for the same load.
        QVERIFY(c.designs[0].capex > c.designs[1].capex);
        const json::Value j = comparisonJson(c);
        QCOMPARE(j.find("base")->asString(), std::string("2N"));
        const auto& variants = j.find("variants")->asArray();
        QCOMPARE(variants.size(), std::size_t(2));
        QVERIFY(variants[0].find("delta") == nullptr);
        const json::Value* delta = variants[1].find("delta");
        QVERIFY(delta);
        QCOMPARE(delta->find("capex")->asNumber(), c.designs[1].capex - c.designs[0].capex);
        QCOMPARE(delta->find("gpus")->asNumber(), double(c.designs[1].gpus - c.designs[0].gpus));
        // CSV: a header and one row per design, numbers with '.' whatever the locale.
        const std::string csv = comparisonCsv(c);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 3L);
        QVERIFY(csv.rfind("name,gpus,racks,halls,it_design_mw", 0) == 0);
        const std::string text = comparisonText(c);
        QVERIFY(text.find("2N (base)") != std::string::npos);
        QVERIFY(text.find("Cost per million tokens (USD)") != std::string::npos);
    }

    void aBrokenDesignIsShownNotHidden() {
        Design empty;
        const DesignFigures f = designFigures(empty, Catalog::builtin(), "empty");
        QCOMPARE(f.problems.size(), std::size_t(2)); // no GPU racks; no halls to schedule
        QVERIFY(std::isnan(f.capex));
        QVERIFY(comparisonText({{f}}).find("not computed: estimate:") != std::string::npos);
    }

    void electricityAndUtilisationByHand() {
        const Catalog& catalog = Catalog::builtin();
        const Design d = generated(5.0, RedundancyScheme::TwoN);
        const FactoryEstimate e = estimateFactory(d, catalog, {});
        const SensitivityResult r = sensitivity(d, catalog);
        // Electricity: cost = (amortisation + energy x price + O&M) / (annual tokens / 1e6), so
        // a price step moves cost by energy x step / (annual tokens / 1e6).
        const SensitivityDriver* el =
            driver(r, "cost_per_million_tokens", "price.electricity_usd_per_mwh");
        QVERIFY(el);
        QCOMPARE(el->base, 80.0); // docs/estimation.md default
        QCOMPARE(el->low, 56.0);  // -30 %
        QCOMPARE(el->high, 104.0);
        const double perMillion = e.annualTokens / 1e6;
        QVERIFY(std::abs(el->outputHigh - e.costPerMillionTokensUsd -
                         e.annualEnergyMwh * 24.0 / perMillion) < 1e-9 * e.costPerMillionTokensUsd);
        QVERIFY(std::abs(e.costPerMillionTokensUsd - el->outputLow -
                         e.annualEnergyMwh * 24.0 / perMillion) < 1e-9 * e.costPerMillionTokensUsd);
        // Utilisation: electricity is billed all year, so cost scales with 1 / utilisation.
        const SensitivityDriver* u = driver(r, "cost_per_million_tokens", "estimate.utilization");
        QVERIFY(u);
        QCOMPARE(u->base, 0.7);
        QVERIFY(std::abs(u->low - 0.42) < 1e-12);
        QVERIFY(std::abs(u->outputLow - e.costPerMillionTokensUsd * 0.7 / 0.42) <
                1e-9 * e.costPerMillionTokensUsd);
        // Tornado order: largest swing first.
        const SensitivityOutput* cost = output(r, "cost_per_million_tokens");
        QVERIFY(cost && cost->drivers.size() >= 5);
        for (std::size_t i = 1; i < cost->drivers.size(); ++i)
            QVERIFY(cost->drivers[i - 1].swing() >= cost->drivers[i].swing());
        // A faster service per user costs more per token.
        const SensitivityDriver* speed =
            driver(r, "cost_per_million_tokens", "settings.user_tokens_per_s");
        QVERIFY(speed && speed->outputHigh > speed->outputLow);
        // JSON shape of the issue.
        const json::Value j = sensitivityJson(r);
        const auto& outs = j.find("outputs")->asArray();
        QCOMPARE(outs.size(), std::size_t(2));
        const auto& first = outs[0].find("drivers")->asArray().at(0);
        for (const char* k : {"input", "low", "high", "output_low", "output_high"})
            QVERIFY2(first.find(k), k);
    }

    void transformerLeadRangeMovesFirstToken() {
        // The schedule fixture's first token is driven by the 128-week power transformer lead
        // (test_schedule_fasttrack). The catalog gives 80-210 weeks (reference-data.md 6.2):
        // at 210 weeks first token is 82 weeks later, at 80 weeks the next item drives.
        const Design d = aifp::test::makeDesign(1, 16);
        const ScheduleResult s = generateSchedule(d);
        QCOMPARE(s.driver, std::string("power transformer lead time, 128 weeks"));
        const SensitivityResult r = sensitivity(d, Catalog::builtin());
        const SensitivityDriver* t =
            driver(r, "first_token_weeks", "schedule.lead.transformer_weeks");
        QVERIFY(t);
        QCOMPARE(t->low, 80.0);
        QCOMPARE(t->high, 210.0);
        QVERIFY(t->rangeBasis.find("source range") == 0);
        QVERIFY(std::abs(t->outputHigh - s.firstTokenWeeks - 82.0) < 1.0);
        QVERIFY(t->outputLow < s.firstTokenWeeks);
        // It is the largest first-token driver.
        QCOMPARE(output(r, "first_token_weeks")->drivers.front().key,
                 std::string("schedule.lead.transformer_weeks"));

        const std::vector<Risk> risks = riskRegister(d, Catalog::builtin(), r);
        const Risk* lead = nullptr;
        for (const Risk& k : risks)
            if (k.category == "long lead" && k.title.find("power transformer") != std::string::npos)
                lead = &k;
        QVERIFY(lead);
        QCOMPARE(lead->probability, std::string("high")); // it drives first token today
        QCOMPARE(lead->impact, std::string("high"));
        QVERIFY(lead->impactText.find("first token +8") == 0); // +82.x weeks
        QCOMPARE(lead->owner, std::string("Procurement lead"));
        for (std::size_t i = 1; i < risks.size(); ++i)
            QVERIFY(risks[i - 1].score() >= risks[i].score());
    }

    void ownershipByHand() {
        // Hand-worked oracle, default prices (UnitPrices::defaults, docs/options.md):
        // colocation 180 USD/kW-month + 500 USD/kW fit-out; cloud 6.0 USD per GB300 GPU-hour,
        // 4.5 per B200 GPU-hour, 5.0 for a system without its own price; 730 h a month.
        // Inputs: capex 30 M, opex 1.4 M/yr, IT capex 10 M, 1,000 kW of IT design power,
        // electricity 0.5 M/yr, 1e12 tokens a year, horizon 5 years, term 36 months.
        OwnershipInputs in;
        in.capexUsd = 30e6;
        in.opexUsdPerYear = 1.4e6;
        in.itCapexUsd = 10e6;
        in.itDesignKw = 1000.0;
        in.electricityUsdPerYear = 0.5e6;
        in.annualTokens = 1e12;
        in.tcoHorizonYears = 5;
        in.rentTermMonths = 36;
        in.gpusBySystem = {{"gb300-nvl72", 144}, {"dgx-b200", 16}};
        const UnitPrices prices = UnitPrices::defaults();
        const std::map<std::string, double> none;
        auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(b); };
        {
            // Build: 30 M + 5 x 1.4 M = 37 M over 5e12 tokens = 7.4 USD per million.
            EstimateAssumptions ctx(none);
            const OwnershipCost c = ownershipCost(in, prices, ctx);
            QVERIFY(near(c.tcoUsd, 37e6));
            QVERIFY(near(c.upfrontUsd, 30e6));
            QVERIFY(near(c.costPerMillionTokensUsd, 7.4));
            QVERIFY(ctx.used().empty()); // build prices nothing new
        }
        {
            // Colocation: paid max(36, 60) = 60 months. IT 10 M + fit-out 1,000 x 500 = 0.5 M
            // + fee 1,000 x 180 x 60 = 10.8 M + electricity 5 x 0.5 M = 2.5 M = 23.8 M;
            // 23.8 M / 5e6 = 4.76 USD per million; 10.5 M before first token; lead 26 weeks.
            in.procurement = Procurement::Colocation;
            EstimateAssumptions ctx(none);
            const OwnershipCost c = ownershipCost(in, prices, ctx);
            QCOMPARE(c.paidMonths, 60.0);
            QVERIFY(near(c.tcoUsd, 23.8e6));
            QVERIFY(near(c.upfrontUsd, 10.5e6));
            QVERIFY(near(c.costPerMillionTokensUsd, 4.76));
            QCOMPARE(c.leadWeeks, 26.0);
            QCOMPARE(ctx.used().size(), std::size_t(3)); // lead time and the two prices
            // A 120-month term is paid in full: fee 21.6 M, TCO 34.6 M.
            in.rentTermMonths = 120;
            EstimateAssumptions ctx2(none);
            QVERIFY(near(ownershipCost(in, prices, ctx2).tcoUsd, 34.6e6));
            in.rentTermMonths = 36;
        }
        {
            // Cloud: 60 months x 730 h = 43,800 h per GPU. GB300 144 x 43,800 x 6.0 =
            // 37,843,200; B200 16 x 43,800 x 4.5 = 3,153,600; TCO 40,996,800 USD, nothing
            // before first token, 8.19936 USD per million tokens, lead 8 weeks.
            in.procurement = Procurement::Cloud;
            EstimateAssumptions ctx(none);
            const OwnershipCost c = ownershipCost(in, prices, ctx);
            QVERIFY(near(c.tcoUsd, 40996800.0));
            QCOMPARE(c.upfrontUsd, 0.0);
            QVERIFY(near(c.costPerMillionTokensUsd, 8.19936));
            QCOMPARE(c.leadWeeks, 8.0);
            // A system without its own cloud price takes price.cloud_usd_per_gpu_hour (5.0);
            // an override of a system's price replaces the default.
            in.gpusBySystem = {{"vr-nvl72", 72}};
            EstimateAssumptions ctx2(none);
            QVERIFY(near(ownershipCost(in, prices, ctx2).tcoUsd, 72 * 43800.0 * 5.0));
            const UnitPrices mine =
                prices.withOverrides({{UnitPrices::cloudKey("vr-nvl72"), 12.0}});
            EstimateAssumptions ctx3(none);
            QVERIFY(near(ownershipCost(in, mine, ctx3).tcoUsd, 72 * 43800.0 * 12.0));
        }
    }

    void rentInTheEstimateAndTheComparison() {
        // The estimate carries the TCO of the design's procurement from its own figures, and
        // the comparison shows the same numbers; rent changes the dates, not the design.
        const Catalog& catalog = Catalog::builtin();
        Design build = generated(5.0, RedundancyScheme::TwoN);
        Design colo = build;
        colo.settings.procurement = Procurement::Colocation;
        Design cloud = build;
        cloud.settings.procurement = Procurement::Cloud;
        cloud.settings.tcoHorizonYears = 3;
        cloud.assumptionOverrides["estimate.cloud_lead_weeks"] = 4.0;
        const FactoryEstimate eb = estimateFactory(build, catalog, {});
        const FactoryEstimate ec = estimateFactory(colo, catalog, {});
        const FactoryEstimate ek = estimateFactory(cloud, catalog, {});
        auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(b); };
        QVERIFY(near(eb.ownership.tcoUsd, eb.capexUsd + 5 * eb.opexUsdPerYear));
        double it = 0.0;
        for (const auto& [category, usd] : ec.capexBreakdownUsd)
            if (category == "GPU systems" || category == "Network" ||
                category == "Storage and management" || category == "Spares")
                it += usd;
        const double kw = ec.basis.itDesignKw;
        const double electricity = ec.annualEnergyMwh * 80.0;
        QVERIFY(near(ec.ownership.tcoUsd, it + kw * 500.0 + kw * 180.0 * 60 + 5 * electricity));
        QVERIFY(near(ek.ownership.tcoUsd, ek.gpus * 730.0 * 60 * 6.0)); // 60-month commitment
        QVERIFY(near(ek.ownership.costPerMillionTokensUsd,
                     ek.ownership.tcoUsd / (3 * ek.annualTokens / 1e6)));
        // The design's own figures do not change with the procurement.
        QCOMPARE(ec.capexUsd, eb.capexUsd);
        QCOMPARE(ek.costPerMillionTokensUsd, eb.costPerMillionTokensUsd);

        Comparison c;
        c.designs = {designFigures(build, catalog, "build"), designFigures(colo, catalog, "colo"),
                     designFigures(cloud, catalog, "cloud")};
        const ScheduleResult s = generateSchedule(build);
        ScheduleOptions readyHall;
        readyHall.readiness = "ready-hall";
        const ScheduleResult sr = generateSchedule(build, readyHall);
        QCOMPARE(c.designs[0].firstTokenWeeks, s.firstTokenWeeks);
        QCOMPARE(c.designs[1].firstTokenWeeks, std::max(26.0, sr.firstTokenWeeks));
        QCOMPARE(c.designs[2].firstTokenWeeks, 4.0);
        QCOMPARE(c.designs[2].fullCapacityWeeks, 4.0);
        QCOMPARE(c.designs[2].firstToken, std::string("2027-02-01")); // 2027-01-04 + 28 days
        QVERIFY(c.designs[1].firstTokenWeeks < c.designs[0].firstTokenWeeks);
        const FactoryEstimate* est[] = {&eb, &ec, &ek};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(c.designs[i].tcoUsd, est[i]->ownership.tcoUsd);
            QCOMPARE(c.designs[i].tcoCostPerMillionTokens,
                     est[i]->ownership.costPerMillionTokensUsd);
        }
        const json::Value j = comparisonJson(c);
        const auto& vs = j.find("variants")->asArray();
        QCOMPARE(vs[1].find("procurement")->asString(), std::string("colocation"));
        QCOMPARE(vs[2].find("tco_horizon_years")->asNumber(), 3.0);
        QCOMPARE(vs[2].find("delta")->find("tco")->asNumber(),
                 c.designs[2].tcoUsd - c.designs[0].tcoUsd);
        const std::string text = comparisonText(c);
        QVERIFY(text.find("Total cost of ownership (USD)") != std::string::npos);
        QVERIFY(text.find("cloud capacity lead time, 4 weeks") != std::string::npos);
        QVERIFY(comparisonCsv(c).find(",colocation,") != std::string::npos);
    }

    void sameDesignUnderEveryProcurement() {
        // The report's build-or-rent contrast: designFiguresByProcurement (one estimate, one
        // validation) gives, for each procurement, exactly what designFigures gives a copy of the
        // design with that procurement, i.e. what aifp-cli compare prints for such a variant.
        const Catalog& catalog = Catalog::builtin();
        Design d = generated(5.0, RedundancyScheme::TwoN);
        d.settings.procurement = Procurement::Colocation; // the design's own is not build
        d.settings.rentTermMonths = 84;                   // longer than the horizon: paid in full
        d.settings.tcoHorizonYears = 4;
        d.assumptionOverrides["price.colo_usd_per_kw_month"] = 150.0;
        const std::vector<DesignFigures> all = designFiguresByProcurement(d, catalog, "x");
        QCOMPARE(all.size(), std::size_t(3));
        const Procurement order[] = {Procurement::Build, Procurement::Colocation,
                                     Procurement::Cloud};
        for (std::size_t i = 0; i < 3; ++i) {
            Design copy = d;
            copy.settings.procurement = order[i];
            const DesignFigures want = designFigures(copy, catalog, "x");
            const DesignFigures& got = all[i];
            QCOMPARE(got.procurement, std::string(toString(order[i])));
            QCOMPARE(got.procurement, want.procurement);
            QVERIFY(want.problems.empty());
            QCOMPARE(got.problems, want.problems);
            for (const FigureField& f : comparedFigures())
                QVERIFY2(f.get(got) == f.get(want), f.key);
            QCOMPARE(got.firstToken, want.firstToken);
            QCOMPARE(got.fullCapacity, want.fullCapacity);
            QCOMPARE(got.firstTokenDriver, want.firstTokenDriver);
            QCOMPARE(got.tcoBasis, want.tcoBasis);
        }
        // By hand: the colocation fee override and the 84-month term reach the contrast rows.
        const FactoryEstimate e = estimateFactory(d, catalog, {});
        const double kw = e.basis.itDesignKw;
        QCOMPARE(all[1].tcoUsd, e.ownership.tcoUsd); // the design's own procurement
        QVERIFY(std::abs(all[2].tcoUsd - e.gpus * 730.0 * 84 * 6.0) <= 1e-6 * all[2].tcoUsd);
        const double fee =
            all[1].tcoUsd - all[1].tcoUpfrontUsd - 4 * e.ownershipInputs.electricityUsdPerYear;
        QVERIFY(std::abs(fee - kw * 150.0 * 84) <= 1e-6 * fee);
        QCOMPARE(all[2].tcoUpfrontUsd, 0.0);
        QCOMPARE(all[0].tcoUpfrontUsd, e.capexUsd);
    }

    void findingsBecomeRisks() {
        Design d = generated(5.0, RedundancyScheme::TwoN);
        // Remove the cooling plant: the validator reports errors, each rule one risk.
        d.coolingNodes.clear();
        d.pipes.clear();
        Validator v(Catalog::builtin());
        const ValidationResult vr = v.validateAll(d);
        QVERIFY(vr.errors > 0);
        const std::vector<Risk> risks =
            riskRegister(d, Catalog::builtin(), sensitivity(d, Catalog::builtin()));
        int findingRisks = 0;
        for (const Risk& k : risks)
            if (k.category == "design finding") {
                ++findingRisks;
                QCOMPARE(k.probability, std::string("certain"));
            }
        QVERIFY(findingRisks > 0);
        QCOMPARE(risks.front().probability, std::string("certain")); // errors rank first
        QCOMPARE(risks.front().impact, std::string("high"));
    }
};

QTEST_APPLESS_MAIN(TestOptions)
#include "test_options.moc"
