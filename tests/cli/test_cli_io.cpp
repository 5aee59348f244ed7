// aifp-cli info / export / import, run as the real executable.
#include "CliTestSupport.hpp"
#include "core/io/ProjectFile.hpp"
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
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
        QTest::newRow("tool lists check") << QStringList{"--help"} << "  check ";
        QTest::newRow("check") << QStringList{"check", "--help"} << "Usage: aifp-cli check FILE";
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

    void checkCommand() {
        // A sound file: "OK", exit 0, nothing on stderr, the file unchanged.
        const QByteArray before = readBytes(project_);
        Result r = runCli({"check", project_});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("OK\n"));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(readBytes(project_), before);

        // A variant whose stored image has a rack in a hall that does not exist (written with
        // foreign keys off), and the same damage in the base: each problem one line, the
        // variant's named, exit 1.
        const QString bad = dir_.filePath("check-bad.aifp");
        QVERIFY(QFile::copy(project_, bad));
        QCOMPARE(runCli({"variant", "add", bad, "second"}).exitCode, 0);
        const char* damage =
            "PRAGMA foreign_keys = OFF; "
            "UPDATE racks SET hall_id = 999999 WHERE id = (SELECT min(id) FROM racks);";
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(bad.toUtf8().constData(), &db), SQLITE_OK);
        // The variant's image: taken out into a file, damaged there, put back.
        const QString imagePath = dir_.filePath("image.aifp");
        {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, "SELECT image FROM variants WHERE name = 'second'", -1, &st,
                               nullptr);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            QFile f(imagePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(static_cast<const char*>(sqlite3_column_blob(st, 0)),
                    sqlite3_column_bytes(st, 0));
            sqlite3_finalize(st);
        }
        sqlite3* image = nullptr;
        QCOMPARE(sqlite3_open(imagePath.toUtf8().constData(), &image), SQLITE_OK);
        QCOMPARE(sqlite3_exec(image, damage, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(image);
        {
            const QByteArray bytes = readBytes(imagePath);
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, "UPDATE variants SET image = ? WHERE name = 'second'", -1, &st,
                               nullptr);
            sqlite3_bind_blob(st, 1, bytes.constData(), static_cast<int>(bytes.size()),
                              SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        r = runCli({"check", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.isEmpty());
        QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString variant = bad + ": variant 'second': ";
        QVERIFY2(lines[0].startsWith(variant + "table racks, id ") &&
                     lines[0].endsWith(": hall_id refers to no row of halls"),
                 qPrintable(r.out));
        QVERIFY2(lines[1].startsWith(variant + "racks id ") &&
                     lines[1].endsWith(": hall_id: no hall with id 999999"),
                 qPrintable(r.out));
        // Opening the base still works (the variant is only read when asked for).
        QCOMPARE(runCli({"info", bad}).exitCode, 0);

        // The base damaged too: its two problems come first. A damaged base stops the check
        // after its open fails (the variants cannot be listed from it).
        QCOMPARE(sqlite3_open(bad.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, damage, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        r = runCli({"check", bad});
        QCOMPARE(r.exitCode, 1);
        lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(bad + ": table racks, id "), qPrintable(r.out));
        QVERIFY2(lines[1].startsWith(bad + ": racks id ") &&
                     lines[1].endsWith(": hall_id: no hall with id 999999"),
                 qPrintable(r.out));

        // Not a project: one line, exit 1.
        r = runCli({"check", dir_.filePath("missing.aifp")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, dir_.filePath("missing.aifp") + ": no such file\n");
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
