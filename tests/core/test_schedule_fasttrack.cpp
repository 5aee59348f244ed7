// Time to first token: site readiness, owned equipment, supply priority, bridging power and
// bring-up by scalable unit (SU), on the one-hall design of ScheduleFixtures.hpp (16 or 64 GB300
// NVL72 racks, 1 MV switchgear, 4 x 3,000 kVA transformers, 4 LV boards, 4 UPS, 2 CDUs; 2
// generators and 2 dry coolers in the yard). Oracles worked by hand from the defaults of
// docs/schedule.md, in working-day offsets from Monday 2027-01-04 (5-day weeks).
#include "ScheduleFixtures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include <QTest>
#include <algorithm>
#include <cmath>
#include <set>

using namespace aifp;
using namespace aifp::test;

namespace {

ScheduleOptions at(const std::string& readiness, const std::string& delivery = "traditional") {
    ScheduleOptions o;
    o.delivery = delivery;
    o.readiness = readiness;
    return o;
}

std::set<std::string> remaining(const ScheduleResult& r) {
    std::set<std::string> ids;
    for (const auto& t : r.network.tasks)
        if (!t.done)
            ids.insert(t.id);
    return ids;
}

bool isDone(const ScheduleResult& r, const std::string& id) {
    const ScheduleTask* t = r.network.find(id);
    return t && t->done;
}

} // namespace

class TestScheduleFastTrack : public QObject {
    Q_OBJECT
private slots:
    void greenfieldDoesNothingBeforeTheStart() {
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), at("greenfield"));
        QCOMPARE(remaining(r).size(), r.network.tasks.size());
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 733L); // test_schedule_generator
        QCOMPARE(r.driver, std::string("power transformer lead time, 128 weeks"));
    }

    void poweredLandRemovesTheUtilityOnly() {
        // Grid connection and permits in place: the utility task (78 weeks) is done. It had
        // 733 - 390 d of float behind the transformers, so first token does not move.
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), at("powered-land"));
        QVERIFY(isDone(r, "utility"));
        QCOMPARE(remaining(r).size(), r.network.tasks.size() - 1);
        const TaskTiming* u = r.timing("utility");
        QCOMPARE(u->earlyStart, 0L);
        QCOMPARE(u->earlyFinish, 0L);
        QVERIFY(!u->critical);
        QCOMPARE(r.network.find("utility")->durationDays, 390.0); // kept for the record
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 733L);
        QCOMPARE(r.driverTask, std::string("lead.transformer.h1"));
    }

    void poweredShellLeavesGeneratorsDriving() {
        // Done: utility, site works, shell, MV switchgear and transformers (lead, FAT, install).
        // Remaining power installs: LV boards 20 + 250 + 5 + 6 = 281; UPS 20 + 150 + 5 + 6 =
        // 181; generators 20 + 260 + 5 + 4 = 289; fit-out 0-60. L3 power 289-299, L3 cooling
        // 299-309, L4 309-324, L5 324-329, SU 1 bring-up + burn-in 329-349: first token at 349
        // (Friday 2028-05-05), driven by the generators' 52-week lead time.
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), at("powered-shell"));
        for (const char* id :
             {"utility", "site.works", "shell.h1", "lead.transformer.h1", "cx.l1.transformer.h1",
              "install.transformer.h1", "lead.mv_switchgear.h1", "install.mv_switchgear.h1"})
            QVERIFY2(isDone(r, id), id);
        for (const char* id : {"fitout.h1", "lead.lv_switchgear.h1", "lead.generator.h1",
                               "cx.l3.power.h1", "cx.l5.h1", "bringup.h1.su1"})
            QVERIFY2(!isDone(r, id), id);
        QCOMPARE(r.timing("fitout.h1")->earlyStart, 0L);
        QCOMPARE(r.timing("install.generator.h1")->earlyFinish, 289L);
        QCOMPARE(r.timing("energized.h1")->earlyStart, 329L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 349L);
        QCOMPARE(r.firstToken, std::string("2028-05-05"));
        QCOMPARE(r.driverTask, std::string("lead.generator.h1"));
        QCOMPARE(r.driver, std::string("generators lead time, 52 weeks"));
        // Done tasks are never on the critical path.
        for (const auto& id : r.cpm.criticalPath)
            QVERIFY2(!isDone(r, id), id.c_str());
    }

    void readyHallLeavesOnlyTheRacks() {
        // Power, cooling and white space ready: what remains is ordering and bringing up the
        // racks. Racks 26 weeks (20-150), deliveries 150-152, SU 1 placed and cabled 151-167
        // (SS deliveries + 1 d: its 8 racks arrive in 8/50 of a week), bring-up 10 + burn-in 10
        // -> 187 (Wednesday 2027-09-22).
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), at("ready-hall"));
        const std::set<std::string> expected = {"start",
                                                "award",
                                                "lead.racks.h1",
                                                "delivery.racks.h1",
                                                "install.su.h1.su1",
                                                "install.su.h1.su2",
                                                "bringup.h1.su1",
                                                "bringup.h1.su2",
                                                "first_token.h1",
                                                "full_capacity.h1"};
        QCOMPARE(remaining(r), expected);
        QVERIFY(isDone(r, "energized.h1")); // shown as done, not as a zero-length task
        QCOMPARE(r.timing("install.su.h1.su1")->earlyStart, 151L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 187L);
        QCOMPARE(r.firstToken, std::string("2027-09-22"));
        QCOMPARE(r.driver, std::string("GPU rack lead time, 26 weeks"));
        QCOMPARE(r.firstTokenWeeks, 261.0 / 7.0);
    }

    void supplyPriorityShortensRackLead() {
        // schedule.lead.racks_priority_weeks 12 weeks = 60 d: racks 20-80, SU 1 81-97, bring-up
        // 97-117.
        ScheduleOptions o = at("ready-hall");
        o.supplyPriority = true;
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), o);
        QCOMPARE(r.timing("lead.racks.h1")->earlyFinish, 80L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 117L);
        QCOMPARE(r.driver, std::string("GPU rack lead time (priority allocation), 12 weeks"));
        // Premium: 16 racks x price.system.gb300-nvl72_usd x 5 %.
        QVERIFY(r.priorityCostKnown);
        QVERIFY(r.priorityCostUsd > 0);
        Design d = makeDesign(1, 16);
        d.assumptionOverrides["price.system.gb300-nvl72_usd"] = 4e6;
        QCOMPARE(generateSchedule(d, o).priorityCostUsd, 16 * 4e6 * 0.05);
    }

    void ownedRacksOnSiteInAReadyHallGiveWeeks() {
        // Prefab, ready hall, racks already on site: nothing waits. SU 1 placed and cabled 0-8
        // (max(8 / 4 racks per crew-day, 576 / 80 cables per crew-day) = 8), factory-integrated
        // bring-up 3 + burn-in 3 -> 14 = Friday 2027-01-22: first token in 18 days.
        ScheduleOptions o = at("ready-hall", "prefab");
        o.owned.push_back({"gpu-racks", ""});
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), o);
        QVERIFY(isDone(r, "lead.racks.h1"));
        QVERIFY(isDone(r, "delivery.racks.h1"));
        QCOMPARE(r.timing("install.su.h1.su1")->earlyStart, 0L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 14L);
        QCOMPARE(r.firstToken, std::string("2027-01-22"));
        QCOMPARE(r.firstTokenWeeks, 18.0 / 7.0);
        QCOMPARE(r.driver, std::string("rack placement and cabling, 1.6 weeks"));
    }

    void ownedEquipmentWithADeliveryDate() {
        // Racks reserved, on site 2027-03-01 (8 weeks = offset 40): SU 1 40-56, bring-up 56-76.
        ScheduleOptions o = at("ready-hall");
        o.owned.push_back({"gpu-racks", "2027-03-01"});
        const ScheduleResult r = generateSchedule(makeDesign(1, 16), o);
        QCOMPARE(r.timing("lead.racks.h1")->earlyStart, 40L);
        QCOMPARE(r.timing("install.su.h1.su1")->earlyStart, 40L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 76L);
        QCOMPARE(r.driver, std::string("SU bring-up and burn-in, 4 weeks"));

        // Greenfield with transformers owned: MV switchgear (90 weeks) drives instead: 20 + 450
        // + 5 + 2 = 477, then 10 + 10 + 15 + 5 + 20 -> 537.
        ScheduleOptions g = at("greenfield");
        g.owned.push_back({"transformer", ""});
        const ScheduleResult t = generateSchedule(makeDesign(1, 16), g);
        QVERIFY(isDone(t, "lead.transformer.h1"));
        QVERIFY(isDone(t, "cx.l1.transformer.h1"));
        QVERIFY(!isDone(t, "install.transformer.h1")); // still set and terminated on site
        QCOMPARE(t.timing("first_token.h1")->earlyStart, 537L);
        QCOMPARE(t.driverTask, std::string("lead.mv_switchgear.h1"));
    }

    void designFieldsAreUsedAndOptionsOverrideThem() {
        // The schema 2 fields of the design drive the schedule; options override them.
        Design d = makeDesign(1, 16);
        d.site.readiness = SiteReadiness::ReadyHall;
        ScheduleOptions o;
        o.delivery = "traditional";
        QCOMPARE(generateSchedule(d, o).timing("first_token.h1")->earlyStart, 187L);
        d.settings.supplyPriority = true; // 117, see supplyPriorityShortensRackLead
        QCOMPARE(generateSchedule(d, o).timing("first_token.h1")->earlyStart, 117L);
        o.supplyPriority = false;
        QCOMPARE(generateSchedule(d, o).timing("first_token.h1")->earlyStart, 187L);
        o.readiness = "greenfield";
        QCOMPARE(generateSchedule(d, o).timing("first_token.h1")->earlyStart, 733L);
        // Racks owned in the design, prefab, ready hall: 14 (ownedRacksOnSiteInAReadyHall...).
        Design e = makeDesign(1, 16);
        e.site.readiness = SiteReadiness::ReadyHall;
        e.settings.delivery = "prefab";
        e.ownedEquipment.push_back({"gpu-racks", ""});
        const ScheduleResult r = generateSchedule(e);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 14L);
        QCOMPARE(r.owned.size(), std::size_t(1));
        // An option for the same class replaces the design's date: racks on site 2027-03-01,
        // traditional: 76 (ownedEquipmentWithADeliveryDate).
        ScheduleOptions later;
        later.delivery = "traditional";
        later.owned.push_back({"gpu-racks", "2027-03-01"});
        QCOMPARE(generateSchedule(e, later).timing("first_token.h1")->earlyStart, 76L);
        // Bridging power from the design settings.
        Design f = makeDesign(1, 16);
        f.ownedEquipment = {{"transformer", ""}, {"mv-switchgear", ""}};
        f.settings.bridgePowerMw = 100;
        QVERIFY(generateSchedule(f, traditional()).bridge.has_value());
    }

    void badFastTrackInput_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("readiness") << 0 << "site readiness 'brownfield' is not one of";
        QTest::newRow("class") << 1 << "owned equipment class 'turbine' is not one of";
        QTest::newRow("date") << 2 << "owned equipment 'ups': on-site date '2027-13-01'";
        QTest::newRow("bridge") << 3 << "bridging power -5 MW: must be a number >= 0";
    }
    void badFastTrackInput() {
        QFETCH(int, kind);
        QFETCH(QString, message);
        ScheduleOptions o;
        if (kind == 0)
            o.readiness = "brownfield";
        if (kind == 1)
            o.owned.push_back({"turbine", ""});
        if (kind == 2)
            o.owned.push_back({"ups", "2027-13-01"});
        if (kind == 3)
            o.bridgePowerMw = -5;
        try {
            generateSchedule(makeDesign(1, 4), o);
            QFAIL("accepted");
        } catch (const ScheduleError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void bridgingPowerEnergisesTheFirstSuBeforeTheGrid() {
        // Transformers and MV switchgear owned: without bridging the utility (390 d) drives:
        // L3 power 390-400, L3 cooling -410, L4 -425, L5 -430, bring-up -450.
        ScheduleOptions o = at("greenfield");
        o.owned = {{"transformer", ""}, {"mv-switchgear", ""}};
        const Design d = makeDesign(1, 16);
        const ScheduleResult grid = generateSchedule(d, o);
        QCOMPARE(grid.timing("first_token.h1")->earlyStart, 450L);
        QCOMPARE(grid.driver, std::string("utility interconnection, 78 weeks"));
        QVERIFY(!grid.bridge);

        // Bridging sized for one SU (8 racks x rack power x 1.25) but not two.
        const double suItMw = 8 * systemSpec(Catalog::builtin(), "gb300-nvl72").rackPowerKw / 1000;
        o.bridgePowerMw = std::ceil(suItMw * 1.25 * 10) / 10;
        QVERIFY(o.bridgePowerMw < 2 * suItMw * 1.25);
        const ScheduleResult r = generateSchedule(d, o);
        // Bridging 16 weeks (20-100), installed 100-120; L3 power now waits for the fit-out
        // (290): 290-300, L3 cooling -310, L4 -325, L5 -330; SU 1 (bridged) 330-350; SU 2
        // waits for the grid (390): 390-410; switchover 390-395.
        QCOMPARE(r.timing("install.bridge")->earlyFinish, 120L);
        QCOMPARE(r.timing("cx.l3.power.h1")->earlyStart, 290L);
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 350L);
        QCOMPARE(r.timing("bringup.h1.su2")->earlyStart, 390L);
        QCOMPARE(r.timing("full_capacity.h1")->earlyStart, 410L);
        QCOMPARE(r.timing("switchover")->earlyFinish, 395L);
        QCOMPARE(r.driver, std::string("building shell, 30 weeks"));
        QVERIFY(r.bridge.has_value());
        const BridgeSummary& b = *r.bridge;
        QCOMPARE(b.unitsBridged, 1);
        QCOMPARE(b.inService, std::string("2027-06-21"));  // offset 120 = 24 weeks
        QCOMPARE(b.switchover, std::string("2028-07-10")); // offset 395 = 79 weeks
        // Hired from when hall 1's power chain starts up on it (L3 at 290 = 58 weeks, day 406),
        // not from delivery: (553 - 406) days.
        QCOMPARE(b.neededFrom, std::string("2028-02-14"));
        QCOMPARE(b.months, (553 - 406) / 30.44);
        QCOMPARE(b.costUsd, *o.bridgePowerMw * b.months * 50000.0);
        // SU 1 serves from offset 350 (70 weeks, day 490) to the switchover (day 553): 63 days.
        QCOMPARE(b.energyMwh, suItMw * 1.25 * 24 * 63);
        QCOMPARE(b.emissionsT, b.energyMwh * 0.53);
        QVERIFY(r.units[0].bridged);
        QVERIFY(!r.units[1].bridged);

        // Grid already there: bridging is not used, and says so.
        ScheduleOptions land = o;
        land.readiness = "powered-land";
        const ScheduleResult l = generateSchedule(d, land);
        QVERIFY(!l.bridge);
        QVERIFY(!l.network.find("lead.bridge"));
    }

    void firstTokenIsTheFirstSuAndTheRampStepsPerSu() {
        // 64 racks = 8 SUs, prefab, ready hall. Racks 20-150, deliveries 150-157; SU j placed
        // after ceil(8j/50 weeks x 5) d of deliveries: SUs 1-4 start 151-154 (4 install teams),
        // 5-8 follow the team's previous SU: 159-162; each 8 d -> finished 159, 160, 161, 162,
        // 167, 168, 169, 170. Bring-up 3 + burn-in 3 by 4 teams, each free again 3 d after it
        // started an SU: 159-165, 160-166, 161-167, 162-168, then SU 5 at max(167, 159 + 3):
        // 167-173, 168-174, 169-175, 170-176. First token = SU 1 at 165; full capacity 176.
        const ScheduleResult r = generateSchedule(makeDesign(1, 64), at("ready-hall", "prefab"));
        const long serving[] = {165, 166, 167, 168, 173, 174, 175, 176};
        QCOMPARE(r.units.size(), std::size_t(8));
        WorkCalendar cal;
        const long gpusPerSu = 8L * systemSpec(Catalog::builtin(), "gb300-nvl72").gpusPerRack;
        for (int j = 0; j < 8; ++j) {
            const UnitMilestone& u = r.units[static_cast<std::size_t>(j)];
            QCOMPARE(u.unit, j + 1);
            QCOMPARE(u.racks, 8L);
            QCOMPARE(r.timing(u.taskId)->earlyFinish, serving[j]);
            QCOMPARE(u.serving, cal.dateOfOffset("2027-01-04", serving[j]));
            QCOMPARE(u.gpusOnline, (j + 1) * gpusPerSu);
        }
        QCOMPARE(r.timing("first_token.h1")->earlyStart, 165L);
        QCOMPARE(r.firstToken, r.units.front().serving);
        QCOMPARE(r.fullCapacity, r.units.back().serving);
        QCOMPARE(r.timing("full_capacity.h1")->earlyStart, 176L);
        // Weekly ramp (values at the end of each 5-working-day week): week 33 holds offsets
        // 165-169 (SUs 1-4), week 34 offsets 170-174 (SUs 5, 6), week 35 (SUs 7, 8).
        std::vector<long> levels;
        for (const auto& w : r.ramp)
            if (levels.empty() || w.gpusOnline != levels.back())
                levels.push_back(w.gpusOnline);
        QCOMPARE(levels, (std::vector<long>{0, 4 * gpusPerSu, 6 * gpusPerSu, 8 * gpusPerSu}));
        QCOMPARE(parseIsoDate(r.ramp[0].date) - parseIsoDate(r.ramp[0].weekStart), 6L);
    }

    void fastTrackSummaryComparesThePaths() {
        const FastTrackSummary s = fastTrackSummary(makeDesign(1, 16), at("greenfield"));
        QCOMPARE(s.firstToken, std::string("2029-10-25"));
        QCOMPARE(s.driver, std::string("power transformer lead time, 128 weeks"));
        std::vector<std::string> ids;
        for (const auto& p : s.options)
            ids.push_back(p.id);
        QCOMPARE(ids,
                 (std::vector<std::string>{"base", "powered-land", "powered-shell", "ready-hall",
                                           "prefab", "bridge", "priority", "owned", "all"}));
        const auto path = [&](const std::string& id) {
            return *std::find_if(s.options.begin(), s.options.end(),
                                 [&](const FastTrackOption& p) { return p.id == id; });
        };
        QCOMPARE(path("base").firstTokenGainWeeks, 0.0);
        QCOMPARE(path("powered-land").firstTokenGainWeeks, 0.0); // utility had float
        // powered-shell 349 (2028-05-05), ready-hall 187 (2027-09-22), owned transformers 537.
        QCOMPARE(path("powered-shell").firstToken, std::string("2028-05-05"));
        QCOMPARE(path("ready-hall").firstToken, std::string("2027-09-22"));
        QCOMPARE(path("owned").name,
                 std::string("Own or reserve transformer (on site at the start)"));
        QCOMPARE(path("owned").firstTokenWeeks,
                 (parseIsoDate(WorkCalendar().dateOfOffset("2027-01-04", 537)) -
                  parseIsoDate("2027-01-04")) /
                     7.0);
        // Bridging cannot beat the transformer lead: the hall's power chain starts up after the
        // grid is there, so it gains nothing and is never hired (no cost).
        QCOMPARE(path("bridge").firstTokenGainWeeks, 0.0);
        QCOMPARE(path("bridge").addedCostUsd, 0.0);
        QVERIFY(path("priority").addedCostUsd > 0);
        QVERIFY(path("all").firstTokenGainWeeks >= path("prefab").firstTokenGainWeeks);
    }
};

QTEST_APPLESS_MAIN(TestScheduleFastTrack)
#include "test_schedule_fasttrack.moc"
