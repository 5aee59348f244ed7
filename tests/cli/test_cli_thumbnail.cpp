// aifp-cli thumbnail: the report's site view as an N x N PNG for file managers, run as the real
// executable on the sample project.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

quint32 be32(const QByteArray& b, int at) {
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

const QString kSample = QStringLiteral(AIFP_PROJECTS_DIR "/sample-gb300-hall.aifp");

} // namespace

class TestCliThumbnail : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void sizes_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("16") << 16;
        QTest::newRow("128") << 128;
        QTest::newRow("256 (default)") << 0;
        QTest::newRow("1024") << 1024;
    }

    // A PNG of exactly the asked size (IHDR: width and height at bytes 16 and 20).
    void sizes() {
        QFETCH(int, size);
        const QString png = dir_.filePath(QString("thumb-%1.png").arg(size));
        QStringList args = {"thumbnail", kSample, "--out", png};
        if (size > 0)
            args << "--size" << QString::number(size);
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty() && r.err.isEmpty());
        const QByteArray bytes = readBytes(png);
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(bytes.mid(12, 4), QByteArray("IHDR"));
        const quint32 expected = size > 0 ? quint32(size) : 256u;
        QCOMPARE(be32(bytes, 16), expected);
        QCOMPARE(be32(bytes, 20), expected);
    }

    // The drawing follows the design: the same project gives the same bytes, another project
    // (the 1 MW sample) another picture.
    void drawsTheDesign() {
        const auto thumb = [&](const QString& project, const QString& name) {
            const Result r =
                runCli({"thumbnail", project, "--out", dir_.filePath(name), "--size", "64"});
            return r.exitCode == 0 ? readBytes(dir_.filePath(name)) : QByteArray();
        };
        const QByteArray a = thumb(kSample, "a.png");
        const QByteArray b = thumb(kSample, "b.png");
        const QByteArray other =
            thumb(QStringLiteral(AIFP_PROJECTS_DIR "/sample-1mw.aifp"), "other.png");
        QVERIFY(!a.isEmpty() && !other.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != other);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{"thumbnail", kSample}
                                  << "--out: the PNG file to write is required";
        QTest::newRow("too small")
            << QStringList{"thumbnail", kSample, "--out", "x.png", "--size", "8"}
            << "--size: 8 is not between 16 and 1024";
        QTest::newRow("not a number")
            << QStringList{"thumbnail", kSample, "--out", "x.png", "--size", "big"}
            << "--size: 'big' is not a whole number";
        QTest::newRow("over the project")
            << QStringList{"thumbnail", kSample, "--out", kSample} << "is the project itself";
        QTest::newRow("missing file")
            << QStringList{"thumbnail", "/nonexistent/none.aifp", "--out", "x.png"}
            << "/nonexistent/none.aifp";
    }

    // One line on stderr, exit 2, nothing written.
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = readBytes(kSample);
        QProcess p;
        p.setWorkingDirectory(dir_.path());
        p.start(QStringLiteral(AIFP_CLI_PATH), args);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(dir_.filePath("x.png")));
        QCOMPARE(readBytes(kSample), before);
    }
};

QTEST_GUILESS_MAIN(TestCliThumbnail)
#include "test_cli_thumbnail.moc"
