// aifp-cli info / export / import, run as the real executable.
#include "CliTestSupport.hpp"
#include "core/io/ProjectFile.hpp"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace aifp::clitest;

namespace {

const QString kSample = QStringLiteral(AIFP_TEST_DATA_DIR "/cli/sample-design.json");

} // namespace

class TestCliIo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_; // the sample imported once

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("sample.aifp");
        const Result r = runCli({"import", kSample, project_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out, "wrote " + project_ +
                            ": 1 halls, 8 racks, 7 power nodes, 2 cooling nodes, 6 switches, 40 "
                            "network link bundles\n");
    }

    void help_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tool") << QStringList{"--help"} << "  info ";
        QTest::newRow("info") << QStringList{"info", "--help"}
                              << "Usage: aifp-cli info FILE [--format text|json]";
        QTest::newRow("export")
            << QStringList{"export", "--help"}
            << "Usage: aifp-cli export FILE [--format json|netbox|dxf|glb] [--out PATH]";
        QTest::newRow("import") << QStringList{"import", "--help"}
                                << "Usage: aifp-cli import DESIGN.json OUT.aifp";
    }
    void help() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void infoGolden() {
        // Counts worked by hand from sample-design.json: 8 gb300-nvl72 racks x 72 GPUs = 576
        // GPUs, x 135 kW = 1080 kW; 32 rack-leaf bundles x 18 + 8 leaf-spine bundles x 36 =
        // 864 links in 40 bundles.
        const Result r = runCli({"info", project_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QString out = r.out;
        out.replace(project_, "SAMPLE.aifp");
        out.replace(QRegularExpression("AI Factory Planner \\d+\\.\\d+\\.\\d+\n"),
                    "AI Factory Planner VERSION\n");
        const QString golden =
            QString::fromUtf8(readBytes(QStringLiteral(AIFP_TEST_DATA_DIR "/cli/info-sample.txt")));
        QCOMPARE(out, golden);
    }

    void infoJson() {
        const Result r = runCli({"info", project_, "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject design = doc["design"].toObject();
        QCOMPARE(design["gpus"].toInt(), 576);
        // IT design (the power basis): racks 8 x 135 = 1,080 kW + 6 q3400 x 3.5 = 21 kW + optics
        // 864 links x 2 ends x 17 W = 29.376 kW + storage ceil(576 / 64) = 9 x 1.5 = 13.5 kW +
        // management 3 x 1.0 = 3 kW = 1,146.876 kW.
        QVERIFY(std::fabs(doc["it_design_mw"].toDouble() - 1.146876) < 1e-9);
        QCOMPARE(design["network_links"].toInt(), 864);
        QCOMPARE(design["switches"].toObject()["tier_1"].toInt(), 4);
        QCOMPARE(design["power_nodes"].toObject()["transformer"].toInt(), 2);
        QCOMPARE(doc["file"].toObject()["application_id"].toString(), QString("0x41494650"));
        QCOMPARE(doc["file"].toObject()["schema_version"].toInt(), aifp::kAifpSchemaVersion);
    }

    void exportImportRoundTrip() {
        const QString first = dir_.filePath("first.json");
        Result r = runCli({"export", project_, "--format", "json", "--out", first});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QString second = dir_.filePath("second.aifp");
        r = runCli({"import", first, second});
        QCOMPARE(r.exitCode, 0);
        r = runCli({"export", second}); // stdout by default
        QCOMPARE(r.exitCode, 0);
        const QByteArray again = r.out.toUtf8();
        QCOMPARE(again, readBytes(first));
        // The exported JSON carries the sample's ids and values.
        QVERIFY(again.contains("\"catalog_id\": \"gb300-nvl72\""));
        QVERIFY(again.contains("\"next_id\": 98"));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPattern"); // regular expression, whole stderr

        const QString broken = dir_.filePath("broken.aifp");
        QFile f(broken);
        f.open(QIODevice::WriteOnly);
        f.write("this is not a database, just text\n");
        f.close();
        const QString badJson = dir_.filePath("bad.json");
        QFile j(badJson);
        j.open(QIODevice::WriteOnly);
        j.write(R"({"format":"aifp-design","version":1,"pipes":[{"id":1,"length_m":-2}]})");
        j.close();

        auto q = [](const QString& s) { return QRegularExpression::escape(s); };
        QTest::newRow("info text file")
            << QStringList{"info", broken} << 2
            << "^aifp-cli info: " + q(broken) +
                   ": not an AI Factory Planner project \\(not an SQLite database\\)\n$";
        QTest::newRow("info missing")
            << QStringList{"info", dir_.filePath("nope.aifp")} << 2
            << "^aifp-cli info: " + q(dir_.filePath("nope.aifp")) + ": no such file\n$";
        QTest::newRow("export text file")
            << QStringList{"export", broken} << 2 << "^aifp-cli export: " + q(broken) + ": .+\n$";
        QTest::newRow("unknown option") << QStringList{"info", project_, "--colour"} << 2
                                        << "^aifp-cli info: unknown option --colour\n$";
        QTest::newRow("bad format")
            << QStringList{"export", project_, "--format", "xml"} << 2
            << "^aifp-cli export: --format: 'xml' is not one of json\\|netbox\\|dxf\\|glb\n$";
        QTest::newRow("import invalid field")
            << QStringList{"import", badJson, dir_.filePath("x.aifp")} << 2
            << "^aifp-cli import: " + q(badJson) + ": pipes\\[0\\]\\.from_id: missing\n$";
        QTest::newRow("import to missing directory")
            << QStringList{"import", kSample, dir_.filePath("no/dir/x.aifp")} << 2
            << "^aifp-cli import: " + q(dir_.filePath("no/dir/x.aifp")) +
                   ": cannot save: .*no such file.*\n$";
        QTest::newRow("wrong argument count") << QStringList{"import", kSample} << 2
                                              << "^aifp-cli import: wrong number of arguments.*\n$";
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPattern);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QRegularExpression(stderrPattern).match(r.err).hasMatch(), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // one line
    }

    void failedImportKeepsOldFile() {
        const QString target = dir_.filePath("keep.aifp");
        QCOMPARE(runCli({"import", kSample, target}).exitCode, 0);
        const QByteArray before = readBytes(target);
        const QString bad = dir_.filePath("dangling.json");
        QFile j(bad);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(R"({"format":"aifp-design","version":1,"racks":[{"id":5,"hall_id":9,
                   "catalog_id":"gb300-nvl72"}]})");
        j.close();
        const Result r = runCli({"import", bad, target});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("racks[0].hall_id: no hall with id 9"), qPrintable(r.err));
        QCOMPARE(readBytes(target), before);
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "test_cli_io.moc"
