// The bytes of every aifp-cli --format json document, pinned: each command run on the sample
// design (tests/data/cli/sample-design.json) must write exactly tests/data/cli/golden/NAME.json,
// the paths of this run written there as FILE, OUT and REPORT. The goldens were written by the
// tool before its JSON writers were rewritten on one set of shapes (core/util/JsonShapes.hpp):
// a changed key, order, number or null fails here with the first line that differs. A change
// of a document on purpose rewrites its golden in the same commit: run the test with
// AIFP_UPDATE_GOLDEN=1 to write every document it produces over its golden (the test then passes
// with a warning per rewritten file), and review the diff before committing it.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace aifp::clitest;

namespace {

const QString kSample = QStringLiteral(AIFP_TEST_DATA_DIR "/cli/sample-design.json");
const QString kGoldenDir = QStringLiteral(AIFP_TEST_DATA_DIR "/cli/golden/");

// "line N: expected ... / got ..." for the first line where two documents differ.
QByteArray firstDifference(const QByteArray& expected, const QByteArray& got) {
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = got.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = i < a.size() ? a[i] : QByteArray("(end)");
        const QByteArray y = i < b.size() ? b[i] : QByteArray("(end)");
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ": expected " + x + " / got " + y;
    }
    return {};
}

} // namespace

class TestCliJsonGolden : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_; // the sample imported once, named sample.aifp (compare names it "sample")

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("sample.aifp");
        const Result r = runCli({"import", kSample, project_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void document_data() {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const auto row = [](const char* golden, const QString& command, int exitCode = 0) {
            QTest::newRow(golden) << QString(golden) << command.split(' ') << exitCode;
        };
        row("info", "info FILE --format json");
        row("validate", "validate FILE --format json", 1); // the sample has error findings
        row("estimate", "estimate FILE --format json");
        row("estimate-inference",
            "estimate-inference --system gb200-nvl72 --gpus 72 --model llama2-70b --precision fp8 "
            "--scenario server --pareto --kv-offload --format json");
        row("estimate-inference-user-speed",
            "estimate-inference --system gb200-nvl72 --gpus 144 --model llama2-70b --precision "
            "fp8 --tokens-per-user 50 --format json");
        row("schedule-compare", "schedule FILE --start 2027-01-04 --compare --format json");
        row("schedule-fast-track", "schedule FILE --start 2027-01-04 --supply-priority "
                                   "--bridge-power 3 --on-site transformer --format json");
        row("climate-list", "climate list --format json");
        row("climate-show", "climate show us-abilene-tx --format json");
        row("compare", "compare FILE FILE --format json");
        row("sensitivity", "sensitivity FILE --format json");
        row("risks", "risks FILE --format json");
        row("impact", "impact FILE --fail 3 --fail 4 --format json");
        row("swap", "swap FILE --system gb200-nvl72 --format json");
        row("swap-every-position",
            "swap FILE --system vr-nvl144 --mode every-position --format json");
        row("variant-list", "variant list FILE --format json");
        row("new", "new OUT --target-mw 2 --format json");
        row("new-site-climate",
            "new OUT --target-mw 2 --site-location us-abilene-tx --format json");
        row("report", "report FILE --out REPORT --date 2027-01-04 --format json");
    }

    void document() {
        QFETCH(QString, golden);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString out = dir_.filePath(golden + ".aifp");
        const QString report = dir_.filePath(golden + ".html");
        for (QString& a : args)
            a = a == "FILE" ? project_ : a == "OUT" ? out : a == "REPORT" ? report : a;
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        QByteArray got = r.outBytes;
        got.replace(project_.toUtf8(), "FILE").replace(out.toUtf8(), "OUT");
        got.replace(report.toUtf8(), "REPORT");
        if (qEnvironmentVariableIsSet("AIFP_UPDATE_GOLDEN")) {
            QFile file(kGoldenDir + golden + ".json");
            QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(got) == got.size(),
                     qPrintable(file.fileName() + ": cannot write the golden"));
            qWarning("%s: golden rewritten (AIFP_UPDATE_GOLDEN)", qPrintable(file.fileName()));
            return;
        }
        const QByteArray expected = readBytes(kGoldenDir + golden + ".json");
        QVERIFY2(!expected.isEmpty(), qPrintable("no golden " + golden + ".json"));
        QVERIFY2(got == expected, firstDifference(expected, got).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliJsonGolden)
#include "test_cli_json_golden.moc"
