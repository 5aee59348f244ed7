// The build-programme generator: a design built in code, scheduled and checked against offsets
// worked by hand from the defaults in docs/schedule.md.
#include "ScheduleFixtures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using namespace aifp;
using namespace aifp::test;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

class TestScheduleGenerator : public QObject {
    Q_OBJECT
private slots:
    void criticalPathRunsThroughTransformers() {
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), traditional());
        // Hand-worked with the defaults (Monday-Friday, working-day offsets from 2027-01-04):
        //   award 20 d (0-20); transformer lead 128 weeks x 5 = 640 d (20-660); L1 FAT 5 d
        //   (660-665); L2 install 4 units x 4 crew-days / 2 crews = 8 d (665-673); L3 power 10 d
        //   (673-683; the utility, 78 weeks = 390 d, is ready earlier); L3 cooling 10 (683-693);
        //   L4 15 (693-708); L5 5 (708-713); energised 713. Racks: 16 = 2 SUs of 8, placed and
        //   cabled 291-307 (after busway, after fit-out at 290; max(8 racks / 0.5, 576 cables /
        //   80) = 16 d); SU 1 bring-up 10 + burn-in 10 (713-733): first token at offset 733 =
        //   Thursday 2029-10-25 (SU 2 in parallel: 2 bring-up teams).
        QCOMPARE(r.timing("lead.transformer.h1")->earlyStart, 20L);
        QCOMPARE(r.timing("lead.transformer.h1")->earlyFinish, 660L);
        QCOMPARE(r.timing("install.transformer.h1")->earlyFinish, 673L);
        QCOMPARE(r.timing("energized.h1")->earlyStart, 713L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 733L);
        QCOMPARE(r.firstToken, std::string("2029-10-25"));
        QCOMPARE(r.fullCapacity, r.firstToken);
        QCOMPARE(r.timing("install.su.h1.su1")->earlyStart, 291L);
        QCOMPARE(r.timing("install.su.h1.su1")->earlyFinish, 307L);
        QCOMPARE(r.units.size(), std::size_t(2));
        QCOMPARE(r.driver, std::string("power transformer lead time, 128 weeks"));
        QCOMPARE(r.driverTask, std::string("lead.transformer.h1"));
        // 733 working days = 146.6 weeks of working days; calendar: 2029-10-25 - 2027-01-04 =
        // 1025 days = 146.43 weeks.
        QCOMPARE(r.firstTokenWeeks, 1025.0 / 7.0);
        for (const char* id :
             {"start", "award", "lead.transformer.h1", "cx.l1.transformer.h1",
              "install.transformer.h1", "cx.l3.power.h1", "cx.l3.cooling.h1", "cx.l4.h1",
              "cx.l5.h1", "energized.h1", "bringup.h1.su1", "first_token.h1"})
            QVERIFY2(contains(r.cpm.criticalPath, id), id);
        // The other long-lead items have float: MV switchgear (90 weeks) by 673-477 = 196 d.
        QVERIFY(!r.timing("lead.mv_switchgear.h1")->critical);
        QCOMPARE(r.timing("lead.mv_switchgear.h1")->totalFloat, 673L - (20 + 450 + 5 + 2));
        QVERIFY(r.timing("utility")->totalFloat > 0);
        // Plausibility (reference-data.md 6.1/6.2): first token 2-3 years after the start.
        const double years = (parseIsoDate(r.firstToken) - parseIsoDate(r.startDate)) / 365.25;
        QVERIFY2(years > 2.0 && years < 3.0, std::to_string(years).c_str());
    }

    void transformerLeadOverride_data() {
        QTest::addColumn<double>("weeks");
        QTest::addColumn<int>("firstTokenOffset");
        QTest::addColumn<QString>("driver"); // the long-lead task on the critical path
        // 128 weeks (default): 733 (see above).
        QTest::newRow("default 128") << 128.0 << 733 << "lead.transformer.h1";
        // 100 weeks = 500 d: everything after the lead moves 140 d earlier -> 593.
        QTest::newRow("100 weeks") << 100.0 << 593 << "lead.transformer.h1";
        // 160 weeks = 800 d: 160 d later -> 893.
        QTest::newRow("160 weeks") << 160.0 << 893 << "lead.transformer.h1";
        // 60 weeks = 300 d: transformers installed at 333; MV switchgear (90 weeks: 20 + 450 +
        // FAT 5 + 1 unit x 3 crew-days / 2 crews = 2 -> 477) now drives L3, after the utility
        // (390): 477 + 10 + 10 + 15 + 5 + 10 + 10 = 537.
        QTest::newRow("60 weeks") << 60.0 << 537 << "lead.mv_switchgear.h1";
    }
    void transformerLeadOverride() {
        QFETCH(double, weeks);
        QFETCH(int, firstTokenOffset);
        QFETCH(QString, driver);
        Design d = makeDesign(1, 16);
        d.assumptionOverrides["schedule.lead.transformer_weeks"] = weeks;
        const ScheduleResult r = generateSchedule(d, traditional());
        QCOMPARE(r.timing("first_token.h1")->earlyStart, long(firstTokenOffset));
        QVERIFY2(contains(r.cpm.criticalPath, driver.toStdString()), driver.toLatin1().constData());
        bool noted = weeks == 128.0;
        for (const auto& n : r.notes)
            noted =
                noted || n.find("override schedule.lead.transformer_weeks") != std::string::npos;
        QVERIFY(noted);
    }

    void overrideMovesFirstTokenDate() {
        Design d = makeDesign(1, 16);
        const std::string before = generateSchedule(d, traditional()).firstToken;
        d.assumptionOverrides["schedule.lead.transformer_weeks"] = 100;
        const std::string after = generateSchedule(d, traditional()).firstToken;
        QCOMPARE(before, std::string("2029-10-25"));
        QCOMPARE(after, std::string("2029-04-12")); // offset 593
    }

    void distributionTransformersUseShorterLead() {
        // Units up to the 2,500 kVA block (reference-data.md 3.2) take the 90-week distribution
        // figure (6.2): 450 d; installed at 20 + 450 + 5 + 8 = 483 (after MV switchgear, 477):
        // first token 483 + 60 = 543.
        const ScheduleResult r = generateSchedule(makeDesign(1, 16, 2500.0), traditional());
        QCOMPARE(r.timing("lead.transformer.h1")->earlyFinish -
                     r.timing("lead.transformer.h1")->earlyStart,
                 450L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 543L);
        QVERIFY(contains(r.cpm.criticalPath, "lead.transformer.h1"));
    }

    void hallsEnergiseInSteps() {
        const Design d = makeDesign(3, 16);
        const ScheduleResult r = generateSchedule(d, traditional());
        // Hall k's transformer batch starts 4 weeks (20 d) after hall k-1's (SS +20), so each
        // hall's chain ends 20 d later: first tokens at 733, 753, 773 (2029-10-25, -11-22, -12-20).
        QCOMPARE(r.halls.size(), std::size_t(3));
        QCOMPARE(r.halls[0].firstToken, std::string("2029-10-25"));
        QCOMPARE(r.halls[1].firstToken, std::string("2029-11-22"));
        QCOMPARE(r.halls[2].firstToken, std::string("2029-12-20"));
        QVERIFY(r.halls[0].energized < r.halls[1].energized);
        QVERIFY(r.halls[1].energized < r.halls[2].energized);
        QCOMPARE(r.firstToken, r.halls[0].firstToken);
        QCOMPARE(r.fullCapacity, r.halls[2].firstToken);

        // The ramp: capacity arrives in three steps of one hall each.
        const SystemSpec s = systemSpec(Catalog::builtin(), "gb300-nvl72");
        std::set<long> gpuLevels;
        std::set<double> mwLevels;
        for (std::size_t i = 0; i < r.ramp.size(); ++i) {
            gpuLevels.insert(r.ramp[i].gpusOnline);
            mwLevels.insert(std::round(r.ramp[i].mwEnergized * 1000.0));
            if (i > 0) {
                QVERIFY(r.ramp[i].gpusOnline >= r.ramp[i - 1].gpusOnline);
                QVERIFY(r.ramp[i].mwEnergized >= r.ramp[i - 1].mwEnergized);
            }
            QVERIFY(!r.ramp[i].tokensPerSecond); // no estimator given
        }
        QCOMPARE(gpuLevels, (std::set<long>{0, 16L * s.gpusPerRack, 32L * s.gpusPerRack,
                                            48L * s.gpusPerRack}));
        QCOMPARE(mwLevels.size(), std::size_t(4));
        QCOMPARE(r.ramp.back().gpusOnline, 48L * s.gpusPerRack);
        QCOMPARE(r.ramp.back().mwEnergized, 48 * s.rackPowerKw / 1000.0);
        // Week 0 starts on the start date; weeks are 7 calendar days.
        QCOMPARE(r.ramp[0].weekStart, std::string("2027-01-04"));
        QCOMPARE(r.ramp[1].weekStart, std::string("2027-01-11"));
        bool gpuOnlyNote = false;
        for (const auto& n : r.notes)
            gpuOnlyNote = gpuOnlyNote || n.find("GPU count only") != std::string::npos;
        QVERIFY(gpuOnlyNote);
    }

    void tokensPerSecondFromEstimator() {
        ScheduleOptions o = traditional();
        o.tokensPerSecond = [](int gpus) { return 10.0 * gpus; };
        const ScheduleResult r = generateSchedule(makeDesign(2, 8), o);
        QVERIFY(r.ramp.back().tokensPerSecond.has_value());
        QCOMPARE(*r.ramp.back().tokensPerSecond, 10.0 * r.ramp.back().gpusOnline);
        QCOMPARE(*r.ramp.front().tokensPerSecond, 0.0);
    }

    void prefabEarlierThanTraditional() {
        const DeliveryComparison c = compareDeliveryModels(makeDesign(2, 32));
        QCOMPARE(c.traditional.delivery, std::string("traditional"));
        QCOMPARE(c.prefab.delivery, std::string("prefab"));
        // Prefab: transformer, switchgear and UPS on one skid shipped after the longest
        // component lead (128 weeks) less 39 weeks = 89 weeks = 445 d (20-465); FAT 465-470;
        // install 4 x 4 crew-days x 0.5 / 2 crews = 4 -> 474 (utility ready at 390); L3 power
        // 484, L3 cooling 494, L4 509, L5 514, integrated rack bring-up 3 -> 517, burn-in 527
        // 484, L3 cooling 494, L4 509, L5 514, then SU 1 of factory-integrated racks: bring-up 3
        // + short burn-in 3 -> 520 (Monday 2029-01-01). Traditional 733 (2029-10-25): 297
        // calendar days (9.8 months) earlier, inside the 6-12 months prefab buys
        // (reference-data.md 6.1, aidatacenterguide.com).
        QCOMPARE(c.prefab.timing("lead.transformer.h1")->earlyFinish, 465L);
        QCOMPARE(c.prefab.timing("lead.ups.h1")->earlyFinish, 465L); // same skid
        QCOMPARE(c.prefab.timing("first_token.h1")->earlyStart, 520L);
        QCOMPARE(c.prefab.firstToken, std::string("2029-01-01"));
        QCOMPARE(c.firstTokenGainDays, 297L);
        QVERIFY(c.fullCapacityGainDays > 0);
        // SU placement: integrated racks 8 / 4 per crew-day = 2 d, but cabling 576 / 80 = 8 d;
        // traditional 8 / 0.5 = 16 d.
        QCOMPARE(c.prefab.network.find("install.su.h1.su1")->durationDays, 8.0);
        QCOMPARE(c.traditional.network.find("install.su.h1.su1")->durationDays, 16.0);
    }

    void durationsScaleWithCrews_data() {
        QTest::addColumn<double>("crews");
        QTest::addColumn<int>("lastInstalled");
        // 64 racks = 8 SUs of 16 d each (8 racks / 0.5 racks per crew-day), one rack crew per
        // SU, from 292 (after the busway: fit-out ends at 290, then 64 x 1.2 m = 76.8 m / (2
        // crews x 30 m) = 1.28 -> 2 d): 4 crews -> 2 waves -> 292 + 32 = 324; 2 crews -> 4 waves
        // -> 356; 3 crews -> 3 waves -> 340. 1 crew: crews scale with the hall, at most
        // schedule.crews.sus_per_team = 4 SUs per team -> 2 teams, 4 waves -> 356.
        QTest::newRow("4 crews") << 4.0 << 324;
        QTest::newRow("2 crews") << 2.0 << 356;
        QTest::newRow("1 crew") << 1.0 << 356;
        QTest::newRow("3 crews") << 3.0 << 340;
    }
    void durationsScaleWithCrews() {
        QFETCH(double, crews);
        QFETCH(int, lastInstalled);
        Design d = makeDesign(1, 64);
        d.assumptionOverrides["schedule.crews.racks"] = crews;
        const ScheduleResult r = generateSchedule(d, traditional());
        QCOMPARE(r.network.find("install.su.h1.su8")->durationDays, 16.0);
        QCOMPARE(r.timing("install.su.h1.su8")->earlyFinish, long(lastInstalled));
    }

    void sixDayWeekCountsLeadInWorkingDays() {
        ScheduleOptions o = traditional();
        o.calendar = WorkCalendar::sixDayWeek();
        const ScheduleNetwork n = ScheduleGenerator(makeDesign(1, 8), o).network();
        QCOMPARE(n.find("lead.transformer.h1")->durationDays, 128.0 * 6);
    }

    void startDateFromOptionsOrDesign() {
        Design d = makeDesign(1, 8);
        d.settings.scheduleStart = "2028-03-06";
        QCOMPARE(generateSchedule(d, traditional()).startDate, std::string("2028-03-06"));
        ScheduleOptions o = traditional();
        o.startDate = "2027-06-07";
        const ScheduleResult r = generateSchedule(d, o);
        QCOMPARE(r.startDate, std::string("2027-06-07"));
        QCOMPARE(r.timing("start")->start, std::string("2027-06-07"));
    }

    void badInput_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no halls") << 0 << "the design has no halls";
        QTest::newRow("unknown key")
            << 1 << "unknown schedule key \"schedule.lead.transfomer_weeks\"";
        QTest::newRow("negative") << 2 << "\"schedule.lead.ups_weeks\": -4 is negative";
        QTest::newRow("zero crews") << 3 << "\"schedule.crews.racks\": 0 must be greater than 0";
        QTest::newRow("nan") << 4 << "\"schedule.duration.fat_days\": nan is not a number";
        QTest::newRow("rack hall") << 5 << "hall 999 does not exist";
        QTest::newRow("unknown system") << 6 << "unknown system 'gb999'";
        QTest::newRow("bad delivery")
            << 7 << "delivery model 'modular' is not one of traditional|prefab";
        QTest::newRow("bad start") << 8 << "schedule start: '2027-02-30' is not a date";
    }
    void badInput() {
        QFETCH(int, kind);
        QFETCH(QString, message);
        Design d = makeDesign(1, 4);
        ScheduleOptions o;
        switch (kind) {
        case 0:
            d.halls.clear();
            d.racks.clear();
            break;
        case 1:
            d.assumptionOverrides["schedule.lead.transfomer_weeks"] = 100;
            break;
        case 2:
            d.assumptionOverrides["schedule.lead.ups_weeks"] = -4;
            break;
        case 3:
            d.assumptionOverrides["schedule.crews.racks"] = 0;
            break;
        case 4:
            d.assumptionOverrides["schedule.duration.fat_days"] =
                std::numeric_limits<double>::quiet_NaN();
            break;
        case 5:
            d.racks[0].hallId = 999;
            break;
        case 6:
            d.racks[1].catalogId = "gb999";
            break;
        case 7:
            o.delivery = "modular";
            break;
        case 8:
            o.startDate = "2027-02-30";
            break;
        }
        try {
            generateSchedule(d, o);
            QFAIL("accepted");
        } catch (const ScheduleError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void otherEnginesKeysAreIgnored() {
        Design d = makeDesign(1, 4);
        d.assumptionOverrides["price.system.gb300-nvl72_usd"] = 3.5e6;
        QCOMPARE(generateSchedule(d, traditional()).firstToken, std::string("2029-10-25"));
    }

    void everyParameterHasASource() {
        const ScheduleParameters p = ScheduleParameters::defaults();
        QVERIFY(p.all().size() > 40);
        std::set<std::string> keys;
        for (const auto& x : p.all()) {
            QVERIFY2(x.key.rfind("schedule.", 0) == 0, x.key.c_str());
            QVERIFY2(!x.source.empty(), x.key.c_str());
            QVERIFY2(!x.assumption || x.source.rfind("ASSUMPTION", 0) == 0, x.key.c_str());
            QVERIFY2(keys.insert(x.key).second, x.key.c_str());
        }
        // The sourced transformer figure (reference-data.md 6.2).
        QCOMPARE(p.value("schedule.lead.transformer_weeks"), 128.0);
        QVERIFY(!p.parameter("schedule.lead.transformer_weeks").assumption);
        QVERIFY(p.parameter("schedule.duration.burn_in_days").assumption);
        QVERIFY(p.parameter("schedule.lead.cdu_weeks").assumption);
    }
};

QTEST_APPLESS_MAIN(TestScheduleGenerator)
#include "test_schedule_generator.moc"
