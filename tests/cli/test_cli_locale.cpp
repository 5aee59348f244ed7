// The command line's text and JSON do not depend on the C locale: the commands run in-process
// (aifp::cli::run, the code of aifp-cli) under setlocale(LC_ALL, "C") and then under a comma
// locale (de_DE.UTF-8, as a GUI process or a host program would have set it) print the same
// bytes. Engine texts they quote (power basis, estimate notes, generator assumptions, findings)
// format through core/util/NumberFormat, English unless a thread asks for another style.
#include "cli/Command.hpp"
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <sstream>

namespace {

struct Output {
    int code = 0;
    std::string out, err;
};

Output run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Output o;
    o.code = aifp::cli::run(args, out, err);
    o.out = out.str();
    o.err = err.str();
    return o;
}

const std::string kSample = AIFP_PROJECTS_DIR "/sample-gb300-hall.aifp";

} // namespace

class TestCliLocale : public QObject {
    Q_OBJECT
private slots:
    void sameBytesUnderCommaLocale_data() {
        QTest::addColumn<QStringList>("args");
        const QString s = QString::fromStdString(kSample);
        QTest::newRow("info") << QStringList{"info", s};
        QTest::newRow("estimate") << QStringList{"estimate", s};
        QTest::newRow("estimate json") << QStringList{"estimate", s, "--format", "json"};
        QTest::newRow("validate") << QStringList{"validate", s};
        QTest::newRow("schedule") << QStringList{"schedule", s};
        QTest::newRow("estimate-inference pareto") << QStringList{
            "estimate-inference", "--system",    "gb300-nvl72", "--gpus",     "72",     "--model",
            "llama3.1-70b",       "--precision", "fp8",         "--scenario", "server", "--pareto"};
        QTest::newRow("new") << QStringList{"new", "OUT", "--target-mw", "3"};
        QTest::newRow("climate") << QStringList{"climate", "list"};
    }
    void sameBytesUnderCommaLocale() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        std::vector<std::string> argv;
        for (const QString& a : args)
            argv.push_back(a == "OUT" ? dir.filePath("new.aifp").toStdString() : a.toStdString());
        std::setlocale(LC_ALL, "C");
        const Output c = run(argv);
        QVERIFY2(c.code == 0 || c.code == 1, c.err.c_str()); // 1: validate found errors
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
            QSKIP("de_DE.UTF-8 is not installed (packaging/aifp.sh test generates it)");
        const Output de = run(argv);
        std::setlocale(LC_ALL, "C");
        QCOMPARE(de.code, c.code);
        QCOMPARE(de.err, c.err);
        QCOMPARE(de.out, c.out);
        QVERIFY(!c.out.empty());
    }
};

QTEST_MAIN(TestCliLocale)
#include "test_cli_locale.moc"
