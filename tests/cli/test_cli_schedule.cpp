// aifp-cli schedule: output formats, MS Project export and usage errors, on a project saved from
// a design built in code (1 hall, 16 GB300 NVL72 racks, 4 x 3,000 kVA transformers, UPS, CDUs).
#include "CliTestSupport.hpp"
#include "core/io/ProjectFile.hpp"
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace aifp;
using namespace aifp::clitest;

namespace {

Design makeDesign() {
    Design d;
    Hall hall;
    hall.id = d.allocateId();
    hall.name = "Hall 1";
    hall.widthM = 60;
    hall.depthM = 40;
    d.halls.push_back(hall);
    for (int r = 0; r < 16; ++r) {
        Rack rack;
        rack.id = d.allocateId();
        rack.hallId = hall.id;
        rack.name = "R" + std::to_string(r + 1);
        rack.catalogId = "gb300-nvl72";
        rack.centerM = {1.0 + r, 5.0, 0.0};
        d.racks.push_back(rack);
    }
    const auto add = [&](PowerNodeKind kind, int n, double kva) {
        for (int i = 0; i < n; ++i) {
            PowerNode p;
            p.id = d.allocateId();
            p.kind = kind;
            p.name = std::string(toString(kind)) + " " + std::to_string(i + 1);
            p.hallId = hall.id;
            p.ratingKva = kva;
            d.powerNodes.push_back(p);
        }
    };
    add(PowerNodeKind::MvSwitchgear, 1, 20000);
    add(PowerNodeKind::Transformer, 4, 3000);
    add(PowerNodeKind::Ups, 4, 1200);
    for (int i = 0; i < 2; ++i) {
        CoolingNode c;
        c.id = d.allocateId();
        c.kind = CoolingNodeKind::Cdu;
        c.name = "CDU " + std::to_string(i + 1);
        c.hallId = hall.id;
        d.coolingNodes.push_back(c);
    }
    d.settings.scheduleStart = "2027-01-04";
    return d;
}

} // namespace

class TestCliSchedule : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_;
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("hall.aifp");
        saveProject(makeDesign(), project_.toStdString());
    }

    void jsonKeys() {
        const Result r =
            runCli({"schedule", project_, "--start", "2027-01-04", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.outBytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        for (const char* key :
             {"tasks", "critical_path", "first_token", "full_capacity", "ramp", "first_token_weeks",
              "full_capacity_weeks", "first_token_driver", "units", "site_readiness"})
            QVERIFY2(root.contains(key), key);
        const QJsonObject task = root["tasks"].toArray().at(1).toObject();
        QCOMPARE(task.keys().size(), 9);
        for (const char* key : {"id", "name", "duration_days", "depends_on", "start", "finish",
                                "total_float_days", "critical", "status"})
            QVERIFY2(task.contains(key), key);
        const QJsonObject dep = task["depends_on"].toArray().at(0).toObject();
        QCOMPARE(dep["id"].toString(), QString("start"));
        QCOMPARE(dep["type"].toString(), QString("FS"));
        QCOMPARE(dep["lag_days"].toDouble(), 0.0);
        const QJsonObject week = root["ramp"].toArray().last().toObject();
        for (const char* key : {"week", "date", "mw_energized", "gpus_online", "tokens_per_second"})
            QVERIFY2(week.contains(key), key);
        QCOMPARE(week["gpus_online"].toInt(), 16 * 72);
        // Hand-worked in tests/core/test_schedule_generator.cpp: transformer-driven first token
        // at working-day offset 733 = 2029-10-25.
        QCOMPARE(root["first_token"].toString(), QString("2029-10-25"));
        QCOMPARE(root["first_token_weeks"].toDouble(), 1025.0 / 7.0); // calendar days / 7
        QCOMPARE(root["first_token_driver"].toString(),
                 QString("power transformer lead time, 128 weeks"));
        QCOMPARE(root["site_readiness"].toString(), QString("greenfield"));
        QVERIFY(root["critical_path"].toArray().contains(QJsonValue("lead.transformer.h1")));
        // Every link type is one of FS, SS, FF, SF.
        for (const auto& t : root["tasks"].toArray())
            for (const auto& d : t.toObject()["depends_on"].toArray())
                QVERIFY(QStringList({"FS", "SS", "FF", "SF"})
                            .contains(d.toObject()["type"].toString()));
    }

    void prefabIsEarlier() {
        const Result t = runCli({"schedule", project_, "--format", "json"});
        const Result p = runCli({"schedule", project_, "--delivery", "prefab", "--format", "json"});
        QCOMPARE(p.exitCode, 0);
        const QString trad = jsonOf(t)["first_token"].toString();
        const QString pre = jsonOf(p)["first_token"].toString();
        QVERIFY2(pre < trad, qPrintable(pre + " vs " + trad));
    }

    void csvHeaderAndPredecessors() {
        const Result r = runCli({"schedule", project_, "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.outBytes.trimmed().split('\n');
        QCOMPARE(lines.at(0), QByteArray("ID,Name,Duration (days),Start,Finish,Total Float (days),"
                                         "Critical,Predecessors,Key,Status"));
        QCOMPARE(lines.at(1), QByteArray("1,Programme start (notice to proceed),0,2027-01-04,"
                                         "2027-01-04,0,Yes,,start,planned"));
        QVERIFY(lines.at(2).startsWith(
            "2,Design freeze and purchase orders,20,2027-01-04,2027-01-29,"));
        QVERIFY(lines.at(2).contains(",1FS,award"));
        // SS links with a lag appear as e.g. "31SS+2".
        bool ssWithLag = false;
        for (const auto& l : lines)
            ssWithLag =
                ssWithLag || QRegularExpression("\\d+SS\\+\\d").match(QString(l)).hasMatch();
        QVERIFY(ssWithLag);
    }

    void msProjectExport() {
        const QString xml = dir_.filePath("plan.xml");
        const Result r =
            runCli({"schedule", project_, "--format", "json", "--export-msproject", xml});
        QCOMPARE(r.exitCode, 0);
        QFile f(xml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<Project xmlns=\"http://schemas.microsoft.com/project\">"));
        QVERIFY(text.contains("<Duration>PT160H0M0S</Duration>"));       // award: 20 d x 8 h
        QVERIFY(text.contains("<Type>1</Type><LinkLag>0</LinkLag>"));    // FS
        QVERIFY(text.contains("<Type>3</Type><LinkLag>9600</LinkLag>")); // SS +2 d
        QVERIFY(text.contains("<Type>3</Type><LinkLag>4800</LinkLag>")); // SS +1 d (SU 1)
        QXmlStreamReader reader(text);
        int tasks = 0;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"Task")
                ++tasks;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(tasks > 20);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad start") << QStringList{"--start", "2027-02-30"}
                                   << "--start: '2027-02-30' is not a date YYYY-MM-DD";
        QTest::newRow("bad delivery") << QStringList{"--delivery", "modular"}
                                      << "--delivery: 'modular' is not one of traditional|prefab";
        QTest::newRow("bad format") << QStringList{"--format", "xml"} << "--format: 'xml'";
        QTest::newRow("bad holiday") << QStringList{"--holiday", "2027-13-01"} << "--holiday:";
        QTest::newRow("bad site") << QStringList{"--site", "brownfield"}
                                  << "--site: 'brownfield' is not one of greenfield|powered-land|"
                                     "powered-shell|ready-hall";
        QTest::newRow("bad on-site date") << QStringList{"--on-site", "ups=2027-13-01"}
                                          << "--on-site ups=2027-13-01: '2027-13-01' is not a date";
        QTest::newRow("bad on-site class") << QStringList{"--on-site", "turbine"}
                                           << "owned equipment class 'turbine' is not one of";
        QTest::newRow("bad bridge") << QStringList{"--bridge-power", "lots"} << "--bridge-power";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(QStringList{"schedule", project_} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.outBytes.isEmpty());
    }

    void missingFile() {
        const Result r = runCli({"schedule", dir_.filePath("nope.aifp")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nope.aifp"));
    }

    // The CLI design has no LV boards, generators or dry coolers. ready-hall: racks 20-150, SU 1
    // placed 151-167, bring-up + burn-in -> 187 (2027-09-22, 261 days). powered-shell: UPS
    // 20 + 150 + 5 + 6 = 181, L3 power -191, L3 cooling -201, L4 -216, L5 -221, SU 1 -> 241
    // (2027-12-07), driven by the UPS lead time.
    void siteReadinessFlags_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("firstToken");
        QTest::addColumn<QString>("driver");
        QTest::newRow("ready-hall") << QStringList{"--site", "ready-hall"} << "2027-09-22"
                                    << "GPU rack lead time, 26 weeks";
        QTest::newRow("powered-shell") << QStringList{"--site", "powered-shell"} << "2027-12-07"
                                       << "UPS lead time, 30 weeks";
        // Racks on site, factory-integrated, ready hall: SU 1 0-8, bring-up 3 + burn-in 3 -> 14.
        QTest::newRow("racks on site")
            << QStringList{"--site", "ready-hall", "--on-site", "gpu-racks", "--delivery", "prefab"}
            << "2027-01-22"
            << "rack placement and cabling, 1.6 weeks";
        // Priority: racks 12 weeks (20-80), SU 1 81-97, bring-up -> 117 = 2027-06-16.
        QTest::newRow("priority") << QStringList{"--site", "ready-hall", "--supply-priority"}
                                  << "2027-06-16"
                                  << "GPU rack lead time (priority allocation), 12 weeks";
    }
    void siteReadinessFlags() {
        QFETCH(QStringList, args);
        QFETCH(QString, firstToken);
        QFETCH(QString, driver);
        const Result r = runCli(QStringList{"schedule", project_, "--format", "json"} + args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = jsonOf(r);
        QCOMPARE(root["first_token"].toString(), firstToken);
        QCOMPARE(root["first_token_driver"].toString(), driver);
        int done = 0;
        for (const auto& t : root["tasks"].toArray())
            done += t.toObject()["status"].toString() == "done" ? 1 : 0;
        QVERIFY(done > 0);
        // The ramp by SU carries dates; the first SU's date is first token.
        const QJsonArray units = root["units"].toArray();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).toObject()["date"].toString(), firstToken);
        QCOMPARE(units.at(1).toObject()["gpus_online"].toInt(), 16 * 72);
    }

    void compareShowsFastTrackPaths() {
        const Result r = runCli({"schedule", project_, "--compare", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject ft = jsonOf(r)["fast_track"].toObject();
        QCOMPARE(ft["first_token"].toString(), QString("2029-10-25"));
        QStringList ids;
        for (const auto& p : ft["paths"].toArray())
            ids << p.toObject()["id"].toString();
        // No generators in this design: the transformers (on the skid) drive every greenfield
        // path; owning them is a lever.
        QCOMPARE(ids, (QStringList{"base", "powered-land", "powered-shell", "ready-hall", "prefab",
                                   "bridge", "priority", "owned", "all"}));
        for (const auto& p : ft["paths"].toArray())
            for (const char* key : {"first_token_weeks", "full_capacity_weeks", "added_cost_usd",
                                    "first_token_driver", "first_token_gain_weeks"})
                QVERIFY2(p.toObject().contains(key), key);
        const Result t = runCli({"schedule", project_, "--compare"});
        QVERIFY(t.outBytes.contains("Fast-track paths from 2027-01-04"));
        QVERIFY(t.outBytes.contains("Site ready-hall"));
    }

    void textAndHelp() {
        const Result r = runCli({"schedule", project_, "--compare"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outBytes.contains("first token:   2029-10-25"));
        QVERIFY(r.outBytes.contains("Compared with prefab delivery"));
        const Result h = runCli({"schedule", "--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.outBytes.contains("--export-msproject"));
        for (const char* flag : {"--site", "--bridge-power", "--on-site", "--supply-priority"})
            QVERIFY2(h.outBytes.contains(flag), flag);
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "test_cli_schedule.moc"
