// aifp-cli swap (issue 17 item 3) run as a user runs it: --as adds a variant and leaves the other
// variants' bytes as they were, --out refuses the input file, nothing is written without either,
// bad input is one line with exit 2.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

class TestCliSwap : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString project_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("swap.aifp");
        Result r = runCli({"new", project_, "--gpus", "1152", "--system", "gb300-nvl72"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({"variant", "add", project_, "n+1", "--redundancy", "N+1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void reportOnlyWritesNothing() {
        const QByteArray before = fileHash(project_);
        const Result r = runCli({"swap", project_, "--system", "vr-nvl72", "--mode",
                                 "every-position", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileHash(project_), before);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o["mode"].toString(), QString("every-position"));
        QCOMPARE(o["from_system"].toString(), QString("gb300-nvl72"));
        QCOMPARE(o["to_system"].toString(), QString("vr-nvl72"));
        QCOMPARE(o["positions"].toInt(), 16);
        QCOMPARE(o["placed"].toInt(), 16);
        QVERIFY(o["out"].isNull());
        const QJsonArray figures = o["figures"].toObject()["variants"].toArray();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures[0].toObject()["gpus"].toInt(), 1152);
        QVERIFY(figures[1].toObject()["delta"].toObject().contains("it_design_mw"));
        // A hall sized for 135 kW racks cannot carry 190 kW ones: something must be added.
        QVERIFY(!o["must_add"].toArray().isEmpty());
        QVERIFY(!o["new_findings"].toArray().isEmpty());
        const Result text = runCli({"swap", project_, "--system", "vr-nvl72"});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("Limited by:"));
        QVERIFY(text.out.contains("Nothing written"));
        QCOMPARE(fileHash(project_), before);
    }

    void asAddsAVariantAndKeepsTheOthers() {
        const QByteArray n1 = storedImage(project_, "n+1");
        QVERIFY(!n1.isEmpty());
        const Result baseBefore = runCli({"estimate", project_, "--format", "json"});
        Result r = runCli({"swap", project_, "--system", "vr-nvl72", "--variant", "n+1", "--as",
                           "vera rubin", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(r)["added_variant"].toString(), QString("vera rubin"));
        QCOMPARE(storedImage(project_, "n+1"), n1);
        QCOMPARE(runCli({"estimate", project_, "--format", "json"}).out, baseBefore.out);
        const QJsonArray vs =
            jsonOf(runCli({"variant", "list", project_, "--format", "json"}))["variants"].toArray();
        QCOMPARE(vs.size(), 3);
        QCOMPARE(vs[2].toObject()["name"].toString(), QString("vera rubin"));
        QCOMPARE(vs[2].toObject()["created_from"].toString(), QString("n+1"));
        // The new variant holds what the swap reported.
        const QJsonObject info =
            jsonOf(runCli({"estimate", project_, "--variant", "vera rubin", "--format", "json"}));
        QCOMPARE(info["gpus"].toInt(), jsonOf(r)["placed"].toInt() * 72);
        // A name in use is refused like variant add refuses it, and the file is unchanged.
        const QByteArray before = fileHash(project_);
        r = runCli({"swap", project_, "--system", "vr-nvl72", "--as", "n+1"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(fileHash(project_), before);
    }

    void outRefusesTheInputAndWritesANewFile() {
        const QByteArray before = fileHash(project_);
        Result r = runCli({"swap", project_, "--system", "vr-nvl72", "--out", project_});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the project itself"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(fileHash(project_), before);
        const QString out = dir_.filePath("vr.aifp");
        r = runCli(
            {"swap", project_, "--system", "vr-nvl72", "--mode", "every-position", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileHash(project_), before);
        const QJsonObject e = jsonOf(runCli({"estimate", out, "--format", "json"}));
        QCOMPARE(e["gpus"].toInt(), 1152);
    }

    void badInputIsOneLine() {
        const QByteArray before = fileHash(project_);
        struct Case {
            QStringList args;
            QString says;
        };
        const QList<Case> cases = {
            {{"--system", "b9000"}, "'b9000' is not in the catalog (GPU systems: "},
            {{"--system", "q3400"}, "not a GPU system"},
            {{"--system", "gb300-nvl72"}, "gb300-nvl72 already"},
            {{"--system", "vr-nvl72", "--mode", "all"}, "--mode"},
            {{"--system", "vr-nvl72", "--variant", "nope"}, "no variant 'nope'"},
            {{}, "--system"},
        };
        for (const Case& c : cases) {
            const Result r = runCli(QStringList{"swap", project_} + c.args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
            QCOMPARE(r.err.count('\n'), 1);
        }
        QVERIFY(runCli({"swap", project_, "--system", "b9000"}).err.contains("vr-nvl72"));
        QCOMPARE(fileHash(project_), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSwap)
#include "test_cli_swap.moc"
