// aifp-cli export --format netbox|dxf|glb, run as the real executable: the files, the summary
// line, one-line errors with exit code 2, and the same bytes under a comma-decimal locale.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

const QString kSample = QStringLiteral(AIFP_PROJECTS_DIR "/sample-gb300-hall.aifp");

} // namespace

class TestCliExchange : public QObject {
    Q_OBJECT
private slots:
    void netbox() {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("netbox");
        const Result r = runCli({"export", kSample, "--format", "netbox", "--out", dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("NetBox 4.6.8 import files")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("6912 network cables")));
        QVERIFY(QFile::exists(dir + "/README.txt"));
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 12);
        // Again: the folder is no longer empty; one line naming it, exit 2, files untouched.
        const QByteArray racks = readBytes(dir + "/06-racks.csv");
        const Result again = runCli({"export", kSample, "--format", "netbox", "--out", dir});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.startsWith("aifp-cli export: " + dir + ": folder is not empty"),
                 qPrintable(again.err));
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(readBytes(dir + "/06-racks.csv"), racks);
    }

    void dxfAndGlb() {
        QTemporaryDir tmp;
        for (const char* format : {"dxf", "glb"}) {
            const QString path = tmp.filePath(QStringLiteral("plan.") + format);
            const Result r = runCli({"export", kSample, "--format", format, "--out", path});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.err.isEmpty());
            const QByteArray b = readBytes(path);
            if (QLatin1String(format) == QLatin1String("dxf"))
                QVERIFY(b.contains("\nAC1009\n") && b.endsWith("0\nEOF\n"));
            else
                QVERIFY(b.startsWith("glTF"));
            // Same bytes when the user's locale writes decimal commas.
            const QString de = tmp.filePath(QStringLiteral("de.") + format);
            QCOMPARE(runCli({"export", kSample, "--format", format, "--out", de},
                            environmentWith({"LC_ALL=de_DE.UTF-8"}))
                         .exitCode,
                     0);
            QCOMPARE(readBytes(de), b);
        }
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("netbox without --out")
            << QStringList{"export", kSample, "--format", "netbox"}
            << "aifp-cli export: --out: required with --format netbox (a folder)\n";
        QTest::newRow("glb without --out")
            << QStringList{"export", kSample, "--format", "glb"}
            << "aifp-cli export: --out: required with --format glb (a file)\n";
        QTest::newRow("netbox onto a file")
            << QStringList{"export", kSample, "--format",
                           "netbox", "--out", QStringLiteral(AIFP_PROJECTS_DIR "/make-samples.sh")}
            << "aifp-cli export: " AIFP_PROJECTS_DIR "/make-samples.sh: is a file; NetBox export "
               "writes a folder\n";
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "test_cli_exchange.moc"
