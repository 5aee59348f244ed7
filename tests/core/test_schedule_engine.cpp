// Critical path engine and working-day calendar, checked against networks worked by hand.
#include "core/schedule/CriticalPath.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <QStringList>
#include <QTest>
#include <cmath>
#include <limits>

using namespace aifp;

namespace {

// The hand-worked network (Monday-Friday calendar, start Monday 2027-01-04 = offset 0):
//   A  5 d
//   B  3 d  FS A +2
//   C  4 d  SS A +1
//   D  6 d  FF B +1, FS C -2
//   E  2 d  SF C +8, start no earlier than 2027-01-18 (Monday, offset 10) when withSnet
//   F  0 d  FS D, FS E (milestone)
ScheduleNetwork handNetwork(bool withSnet) {
    ScheduleNetwork n;
    n.tasks.push_back({"A", "Task A", "", 5, {}, {}, -1, "", false, ""});
    n.tasks.push_back(
        {"B", "Task B", "", 3, {{"A", LinkType::FinishToStart, 2}}, {}, -1, "", false, ""});
    n.tasks.push_back(
        {"C", "Task C", "", 4, {{"A", LinkType::StartToStart, 1}}, {}, -1, "", false, ""});
    n.tasks.push_back({"D",
                       "Task D",
                       "",
                       6,
                       {{"B", LinkType::FinishToFinish, 1}, {"C", LinkType::FinishToStart, -2}},
                       {},
                       -1,
                       "",
                       false,
                       ""});
    n.tasks.push_back({"E",
                       "Task E",
                       "",
                       2,
                       {{"C", LinkType::StartToFinish, 8}},
                       withSnet ? std::optional<std::string>("2027-01-18") : std::nullopt,
                       -1,
                       "",
                       false,
                       ""});
    n.tasks.push_back({"F",
                       "Finish",
                       "",
                       0,
                       {{"D", LinkType::FinishToStart, 0}, {"E", LinkType::FinishToStart, 0}},
                       {},
                       -1,
                       "",
                       false,
                       ""});
    return n;
}

std::size_t indexOf(const ScheduleNetwork& n, const std::string& id) {
    for (std::size_t i = 0; i < n.tasks.size(); ++i)
        if (n.tasks[i].id == id)
            return i;
    return n.tasks.size();
}

} // namespace

class TestScheduleEngine : public QObject {
    Q_OBJECT
private slots:
    void doneTasksTakeNoTimeAndScheduleNothing() {
        // A 10 d done; B 3 d FS A; C 2 d SS A +4; D 5 d FS B, FS C.
        // A done: B 0-3, C 0-2 (A's links are ignored, lag included), D 3-8. A sits at 0 with
        // zero length, is not critical and keeps its 10 d for the record; the driving chain to
        // D is B -> D (A never drives).
        ScheduleNetwork n;
        n.tasks.push_back({"A", "A", "", 10, {}, {}, -1, "", true, "site readiness"});
        n.tasks.push_back(
            {"B", "B", "", 3, {{"A", LinkType::FinishToStart, 0}}, {}, -1, "", false, ""});
        n.tasks.push_back(
            {"C", "C", "", 2, {{"A", LinkType::StartToStart, 4}}, {}, -1, "", false, ""});
        n.tasks.push_back({"D",
                           "D",
                           "",
                           5,
                           {{"B", LinkType::FinishToStart, 0}, {"C", LinkType::FinishToStart, 0}},
                           {},
                           -1,
                           "",
                           false,
                           ""});
        const auto r = computeCriticalPath(n, WorkCalendar(), "2027-01-04");
        QCOMPARE(r.timings[0].earlyStart, 0L);
        QCOMPARE(r.timings[0].earlyFinish, 0L);
        QVERIFY(!r.timings[0].critical);
        QCOMPARE(r.timings[0].start, std::string("2027-01-04"));
        QCOMPARE(r.timings[1].earlyStart, 0L);
        QCOMPARE(r.timings[2].earlyStart, 0L);
        QCOMPARE(r.timings[3].earlyStart, 3L);
        QCOMPARE(r.projectFinish, 8L);
        QCOMPARE(r.criticalPath, (std::vector<std::string>{"B", "D"}));
        QCOMPARE(drivingChain(n, r, "D"), (std::vector<std::string>{"B", "D"}));
        QCOMPARE(n.tasks[0].durationDays, 10.0);
        // Not done, A drives: B 10-13, D 13-18; chain A -> B -> D.
        n.tasks[0].done = false;
        const auto g = computeCriticalPath(n, WorkCalendar(), "2027-01-04");
        QCOMPARE(g.projectFinish, 18L);
        QCOMPARE(drivingChain(n, g, "D"), (std::vector<std::string>{"A", "B", "D"}));
    }

    // ---- calendar ---------------------------------------------------------------------------
    void civilDates_data() {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("weekday");                    // 0 = Monday
        QTest::newRow("epoch") << "1970-01-01" << 3;         // a Thursday
        QTest::newRow("y2k") << "2000-01-01" << 5;           // a Saturday
        QTest::newRow("leap day 2000") << "2000-02-29" << 1; // 400-year rule: 2000 is leap
        QTest::newRow("programme start") << "2027-01-04" << 0;
        QTest::newRow("new year 2027") << "2027-01-01" << 4;
        QTest::newRow("leap day 2028") << "2028-02-29" << 1;
        QTest::newRow("2100 no leap") << "2100-03-01" << 0;
    }
    void civilDates() {
        QFETCH(QString, iso);
        QFETCH(int, weekday);
        const CivilDay d = parseIsoDate(iso.toStdString());
        QCOMPARE(QString::fromStdString(formatIsoDate(d)), iso);
        QCOMPARE(weekdayOf(d), weekday);
    }

    void daysSinceEpoch() {
        // 2027-01-04 is 20,822 days after 1970-01-01 (57 years incl. 14 leap days: 57*365+14+3).
        QCOMPARE(parseIsoDate("2027-01-04"), CivilDay(20822));
        QCOMPARE(parseIsoDate("2028-03-01") - parseIsoDate("2028-02-28"), CivilDay(2));
        QCOMPARE(parseIsoDate("2027-03-01") - parseIsoDate("2027-02-28"), CivilDay(1));
    }

    void badDates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not leap") << "2027-02-29"
                                  << "day 29 is not in February 2027";
        QTest::newRow("month 13") << "2027-13-01"
                                  << "month 13 is not 1-12";
        QTest::newRow("short year") << "27-01-04"
                                    << "expected the form YYYY-MM-DD";
        QTest::newRow("no padding") << "2027-1-4"
                                    << "expected the form YYYY-MM-DD";
        QTest::newRow("letters") << "2027-0a-04"
                                 << "expected digits";
        QTest::newRow("day 0") << "2027-01-00"
                               << "day 0 is not in January 2027";
        QTest::newRow("empty") << ""
                               << "expected the form YYYY-MM-DD";
    }
    void badDates() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            parseIsoDate(text.toStdString());
            QFAIL("accepted");
        } catch (const ScheduleError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
            QVERIFY2(QString::fromStdString(e.what()).contains(text), e.what());
        }
        QVERIFY(!isValidIsoDate(text.toStdString()));
    }

    void offsets_data() {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("sixDays");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<QString>("date");
        // Monday-Friday: offset 0 is the first working day on or after the start.
        QTest::newRow("start on Monday")
            << "2027-01-04" << 0 << false << QStringList{} << "2027-01-04";
        QTest::newRow("start on Saturday")
            << "2027-01-02" << 0 << false << QStringList{} << "2027-01-04";
        // Mon 4 + 4 working days = Fri 8; + 5 = Mon 11 (the weekend 9-10 is skipped).
        QTest::newRow("to Friday") << "2027-01-04" << 4 << false << QStringList{} << "2027-01-08";
        QTest::newRow("across weekend")
            << "2027-01-04" << 5 << false << QStringList{} << "2027-01-11";
        // Holiday Wed 6: Mon 4 (0), Tue 5 (1), Thu 7 (2), Fri 8 (3), Mon 11 (4), Tue 12 (5).
        QTest::newRow("holiday") << "2027-01-04" << 2 << false << QStringList{"2027-01-06"}
                                 << "2027-01-07";
        QTest::newRow("holiday+weekend")
            << "2027-01-04" << 5 << false << QStringList{"2027-01-06"} << "2027-01-12";
        // Six-day week: Sat 9 works; Sun 10 does not.
        QTest::newRow("six days Sat") << "2027-01-04" << 5 << true << QStringList{} << "2027-01-09";
        QTest::newRow("six days Mon") << "2027-01-04" << 6 << true << QStringList{} << "2027-01-11";
        // Backwards: Fri 2027-01-01 is a working day unless it is a holiday.
        QTest::newRow("back to Friday")
            << "2027-01-04" << -1 << false << QStringList{} << "2027-01-01";
        QTest::newRow("back over holiday")
            << "2027-01-04" << -1 << false << QStringList{"2027-01-01"} << "2026-12-31";
        // Leap year: Mon 2028-02-28 + 1 = Tue 2028-02-29.
        QTest::newRow("leap day") << "2028-02-28" << 1 << false << QStringList{} << "2028-02-29";
    }
    void offsets() {
        QFETCH(QString, start);
        QFETCH(int, offset);
        QFETCH(bool, sixDays);
        QFETCH(QStringList, holidays);
        QFETCH(QString, date);
        std::vector<std::string> hs;
        for (const auto& h : holidays)
            hs.push_back(h.toStdString());
        const WorkCalendar cal =
            sixDays ? WorkCalendar::sixDayWeek(hs)
                    : WorkCalendar({true, true, true, true, true, false, false}, hs);
        QCOMPARE(QString::fromStdString(cal.dateOfOffset(start.toStdString(), offset)), date);
        // And back: the offset of that date is the offset we started from.
        QCOMPARE(cal.offsetOfDate(start.toStdString(), date.toStdString()), long(offset));
    }

    void offsetOfWeekendDate() {
        const WorkCalendar cal;
        // Sat 16 -> next working day Mon 18 = offset 10 from Mon 4.
        QCOMPARE(cal.offsetOfDate("2027-01-04", "2027-01-16"), 10L);
        QCOMPARE(cal.workingDaysPerWeek(), 5);
        QCOMPARE(WorkCalendar::sixDayWeek().workingDaysPerWeek(), 6);
        QVERIFY_THROWS_EXCEPTION(ScheduleError,
                                 WorkCalendar({false, false, false, false, false, false, false}));
        QVERIFY_THROWS_EXCEPTION(ScheduleError, WorkCalendar().addHoliday("2027-02-30"));
    }

    // ---- critical path ----------------------------------------------------------------------
    void handWorked_data() {
        QTest::addColumn<bool>("withSnet");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("es");
        QTest::addColumn<int>("ef");
        QTest::addColumn<int>("ls");
        QTest::addColumn<int>("lf");
        QTest::addColumn<int>("totalFloat");
        QTest::addColumn<int>("freeFloat");
        QTest::addColumn<bool>("critical");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("finish");
        // With E constrained to start no earlier than offset 10 (finish = 12):
        // forward  A 0-5; B 5+2=7-10; C 0+1=1-5; D max(FF 10+1-6=5, FS 5-2=3)=5-11;
        //          E max(SF 1+8-2=7, SNET 10)=10-12; F max(11,12)=12.
        // backward F 12; E LF 12 LS 10; D LF 12 LS 6; C LF min(FS 6+2=8, SF LS<=12-8=4 -> 4+4=8)=8;
        //          B LF 12-1=11 LS 8; A LF min(FS 8-2=6, SS LS<=4-1=3 -> 3+5=8)=6 LS 1.
        // free     A min(7-7, 1-1)=0; B 11-(10+1)=0; C min(5-3, 12-9)=2; D 12-11=1; E 0; F 0.
        // Dates: offset 0 Mon Jan 4 ... 4 Fri Jan 8, 5 Mon Jan 11, 7 Wed 13, 9 Fri 15, 10 Mon 18.
        QTest::newRow("snet A") << true << "A" << 0 << 5 << 1 << 6 << 1 << 0 << false
                                << "2027-01-04"
                                << "2027-01-08";
        QTest::newRow("snet B") << true << "B" << 7 << 10 << 8 << 11 << 1 << 0 << false
                                << "2027-01-13"
                                << "2027-01-15";
        QTest::newRow("snet C") << true << "C" << 1 << 5 << 4 << 8 << 3 << 2 << false
                                << "2027-01-05"
                                << "2027-01-08";
        QTest::newRow("snet D") << true << "D" << 5 << 11 << 6 << 12 << 1 << 1 << false
                                << "2027-01-11"
                                << "2027-01-18";
        QTest::newRow("snet E") << true << "E" << 10 << 12 << 10 << 12 << 0 << 0 << true
                                << "2027-01-18"
                                << "2027-01-19";
        QTest::newRow("snet F") << true << "F" << 12 << 12 << 12 << 12 << 0 << 0 << true
                                << "2027-01-20"
                                << "2027-01-20";
        // Without the constraint E runs 7-9, finish = 11 (set by D):
        // backward F 11; E LF 11 LS 9 (TF 2); D LF 11 LS 5 (TF 0); C LF min(5+2=7, (9-8)... SF:
        //          LS_C <= LF_E - 8 = 3 -> LF 3+4=7)=7 LS 3 (TF 2); B LF 11-1=10 LS 7 (TF 0);
        //          A LF min(7-2=5, SS LS<=3-1=2 -> 7)=5 LS 0 (TF 0).
        // free     A 0; B 0; C min(5-3, 9-9)=0; D 0; E 11-9=2; F 0.
        QTest::newRow("free A") << false << "A" << 0 << 5 << 0 << 5 << 0 << 0 << true
                                << "2027-01-04"
                                << "2027-01-08";
        QTest::newRow("free B") << false << "B" << 7 << 10 << 7 << 10 << 0 << 0 << true
                                << "2027-01-13"
                                << "2027-01-15";
        QTest::newRow("free C") << false << "C" << 1 << 5 << 3 << 7 << 2 << 0 << false
                                << "2027-01-05"
                                << "2027-01-08";
        QTest::newRow("free D") << false << "D" << 5 << 11 << 5 << 11 << 0 << 0 << true
                                << "2027-01-11"
                                << "2027-01-18";
        QTest::newRow("free E") << false << "E" << 7 << 9 << 9 << 11 << 2 << 2 << false
                                << "2027-01-13"
                                << "2027-01-14";
        QTest::newRow("free F") << false << "F" << 11 << 11 << 11 << 11 << 0 << 0 << true
                                << "2027-01-19"
                                << "2027-01-19";
    }
    void handWorked() {
        QFETCH(bool, withSnet);
        QFETCH(QString, id);
        QFETCH(int, es);
        QFETCH(int, ef);
        QFETCH(int, ls);
        QFETCH(int, lf);
        QFETCH(int, totalFloat);
        QFETCH(int, freeFloat);
        QFETCH(bool, critical);
        QFETCH(QString, start);
        QFETCH(QString, finish);
        const ScheduleNetwork n = handNetwork(withSnet);
        const CriticalPathResult r = computeCriticalPath(n, WorkCalendar(), "2027-01-04");
        const TaskTiming& t = r.timings[indexOf(n, id.toStdString())];
        QCOMPARE(t.earlyStart, long(es));
        QCOMPARE(t.earlyFinish, long(ef));
        QCOMPARE(t.lateStart, long(ls));
        QCOMPARE(t.lateFinish, long(lf));
        QCOMPARE(t.totalFloat, long(totalFloat));
        QCOMPARE(t.freeFloat, long(freeFloat));
        QCOMPARE(t.critical, critical);
        QCOMPARE(QString::fromStdString(t.start), start);
        QCOMPARE(QString::fromStdString(t.finish), finish);
    }

    void criticalPaths() {
        // With the constraint, E is pinned by its date: the chain is E -> F.
        const auto withSnet = computeCriticalPath(handNetwork(true), WorkCalendar(), "2027-01-04");
        QCOMPARE(withSnet.criticalPath, (std::vector<std::string>{"E", "F"}));
        QCOMPARE(withSnet.projectFinish, 12L);
        QCOMPARE(withSnet.finishDate, std::string("2027-01-20")); // milestone F
        // Without it: A -FS+2-> B -FF+1-> D -FS-> F, each link with zero slack.
        const auto free = computeCriticalPath(handNetwork(false), WorkCalendar(), "2027-01-04");
        QCOMPARE(free.criticalPath, (std::vector<std::string>{"A", "B", "D", "F"}));
        QCOMPARE(free.projectFinish, 11L);
    }

    void holidayShiftsDates() {
        // A 5 d then B 3 d FS over the holiday Mon 2027-01-11: A Jan 4-8, B Jan 12-14.
        ScheduleNetwork n;
        n.tasks.push_back({"A", "A", "", 5, {}, {}, -1, "", false, ""});
        n.tasks.push_back(
            {"B", "B", "", 3, {{"A", LinkType::FinishToStart, 0}}, {}, -1, "", false, ""});
        const WorkCalendar cal({true, true, true, true, true, false, false}, {"2027-01-11"});
        const auto r = computeCriticalPath(n, cal, "2027-01-04");
        QCOMPARE(r.timings[1].start, std::string("2027-01-12"));
        QCOMPARE(r.timings[1].finish, std::string("2027-01-14"));
        // A start-no-earlier-than before the programme start does not pull a task earlier.
        n.tasks[0].startNoEarlierThan = "2026-06-01";
        QCOMPARE(computeCriticalPath(n, cal, "2027-01-04").timings[0].earlyStart, 0L);
    }

    void cycleNamesTasks() {
        ScheduleNetwork n;
        n.tasks.push_back({"racks.h1",
                           "Install racks H1",
                           "",
                           10,
                           {{"l3.h1", LinkType::FinishToStart, 0}},
                           {},
                           0,
                           "",
                           false,
                           ""});
        n.tasks.push_back({"l3.h1",
                           "Commission L3 H1",
                           "",
                           5,
                           {{"racks.h1", LinkType::FinishToStart, 0}},
                           {},
                           0,
                           "",
                           false,
                           ""});
        try {
            computeCriticalPath(n, WorkCalendar(), "2027-01-04");
            QFAIL("cycle accepted");
        } catch (const ScheduleError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("dependency cycle: \"Install racks H1\" -> "
                                 "\"Commission L3 H1\" -> \"Install racks H1\""));
        }
    }

    void longerCycleOnlyNamesItsTasks() {
        // S feeds a cycle X -> Y -> Z -> X (SS and FF links count as precedence too).
        ScheduleNetwork n;
        n.tasks.push_back({"S", "Site works", "", 3, {}, {}, -1, "", false, ""});
        n.tasks.push_back({"X",
                           "Shell",
                           "",
                           3,
                           {{"S", LinkType::FinishToStart, 0}, {"Z", LinkType::StartToStart, 2}},
                           {},
                           -1,
                           "",
                           false,
                           ""});
        n.tasks.push_back(
            {"Y", "Fit-out", "", 3, {{"X", LinkType::FinishToFinish, 0}}, {}, -1, "", false, ""});
        n.tasks.push_back(
            {"Z", "Pipework", "", 3, {{"Y", LinkType::StartToFinish, 1}}, {}, -1, "", false, ""});
        try {
            computeCriticalPath(n, WorkCalendar(), "2027-01-04");
            QFAIL("cycle accepted");
        } catch (const ScheduleError& e) {
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.startsWith("dependency cycle: "), e.what());
            for (const char* name : {"\"Shell\"", "\"Fit-out\"", "\"Pipework\""})
                QVERIFY2(msg.contains(name), e.what());
            QVERIFY2(!msg.contains("Site works"), e.what());
            QCOMPARE(msg.count(" -> "), 3);
        }
    }

    void badInput_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << 0 << "task \"B\" (Second): depends on unknown task id \"Q\"";
        QTest::newRow("negative duration")
            << 1 << "task \"B\" (Second): duration -3 days is negative";
        QTest::newRow("nan duration") << 2 << "task \"B\" (Second): duration is not a number";
        QTest::newRow("fractional") << 3 << "duration 2.5 is not a whole number of working days";
        QTest::newRow("nan lag") << 4 << "lag of the link from \"A\" is not a number";
        QTest::newRow("duplicate id") << 5 << "task id \"A\" is used by more than one task";
        QTest::newRow("bad constraint") << 6 << "start-no-earlier-than '2027-02-31' is not a date";
        QTest::newRow("self") << 7 << "task \"B\" depends on itself";
        QTest::newRow("empty id") << 8 << "task #2 (Second): empty id";
        QTest::newRow("infinite") << 9 << "duration is not a number (inf)";
    }
    void badInput() {
        QFETCH(int, kind);
        QFETCH(QString, message);
        ScheduleNetwork n;
        n.tasks.push_back({"A", "First", "", 5, {}, {}, -1, "", false, ""});
        n.tasks.push_back(
            {"B", "Second", "", 3, {{"A", LinkType::FinishToStart, 0}}, {}, -1, "", false, ""});
        ScheduleTask& b = n.tasks[1];
        switch (kind) {
        case 0:
            b.dependsOn[0].predecessorId = "Q";
            break;
        case 1:
            b.durationDays = -3;
            break;
        case 2:
            b.durationDays = std::numeric_limits<double>::quiet_NaN();
            break;
        case 3:
            b.durationDays = 2.5;
            break;
        case 4:
            b.dependsOn[0].lagDays = std::numeric_limits<double>::quiet_NaN();
            break;
        case 5:
            b.id = "A";
            break;
        case 6:
            b.startNoEarlierThan = "2027-02-31";
            break;
        case 7:
            b.dependsOn[0].predecessorId = "B";
            break;
        case 8:
            b.id = "";
            break;
        case 9:
            b.durationDays = std::numeric_limits<double>::infinity();
            break;
        }
        try {
            computeCriticalPath(n, WorkCalendar(), "2027-01-04");
            QFAIL("accepted");
        } catch (const ScheduleError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void badStartDate() {
        QVERIFY_THROWS_EXCEPTION(
            ScheduleError, computeCriticalPath(handNetwork(false), WorkCalendar(), "2027-1-4"));
    }

    void emptyNetwork() {
        const auto r = computeCriticalPath({}, WorkCalendar(), "2027-01-04");
        QVERIFY(r.timings.empty());
        QVERIFY(r.criticalPath.empty());
    }

    void linkTypeNames() {
        for (LinkType t : {LinkType::FinishToStart, LinkType::StartToStart,
                           LinkType::FinishToFinish, LinkType::StartToFinish}) {
            LinkType back = LinkType::FinishToStart;
            QVERIFY(fromString(toString(t), back));
            QCOMPARE(back, t);
        }
        LinkType x;
        QVERIFY(!fromString("XX", x));
    }
};

QTEST_APPLESS_MAIN(TestScheduleEngine)
#include "test_schedule_engine.moc"
