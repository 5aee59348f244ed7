#include "cli/Command.hpp"
#include <QtTest>

using aifp::cli::Args;
using aifp::cli::OptionSpec;
using aifp::cli::UsageError;

class TestCliArgs : public QObject {
    Q_OBJECT
    const std::vector<OptionSpec> specs{{"format", "F", "output format"},
                                        {"fail", "ID", "object to fail", true},
                                        {"gpus", "N", "GPU count"},
                                        {"dry", "", "a flag"}};
private slots:
    void parsesOptionsAndPositionals() {
        const Args a = Args::parse({"file.aifp", "--format", "json", "--fail=3", "--fail", "4",
                                    "--dry", "--gpus", "72"},
                                   specs);
        QCOMPARE(a.positional().size(), size_t(1));
        QCOMPARE(a.format(), std::string("json"));
        QCOMPARE(a.values("fail").size(), size_t(2));
        QVERIFY(a.has("dry"));
        QCOMPARE(a.integer("gpus", 0), 72L);
    }

    void errors_data() {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--colour", "red"} << "unknown option --colour";
        QTest::newRow("missing value") << QStringList{"--gpus"} << "--gpus needs a value (N)";
        QTest::newRow("repeated") << QStringList{"--gpus", "1", "--gpus", "2"}
                                  << "--gpus given more than once";
        QTest::newRow("flag with value") << QStringList{"--dry=1"} << "--dry takes no value";
        QTest::newRow("not a number") << QStringList{"--gpus", "12x"} << "'12x' is not a whole number";
        QTest::newRow("bad format") << QStringList{"--format", "xml"}
                                    << "--format: 'xml' is not one of text|json";
    }
    void errors() {
        QFETCH(QStringList, argv);
        QFETCH(QString, message);
        std::vector<std::string> args;
        for (const auto& s : argv)
            args.push_back(s.toStdString());
        try {
            const Args a = Args::parse(args, specs);
            a.integer("gpus", 0);
            a.format();
            QFAIL("accepted");
        } catch (const UsageError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void nanIsNotANumber() {
        const Args a = Args::parse({"--gpus", "nan"}, specs);
        QVERIFY_THROWS_EXCEPTION(UsageError, a.number("gpus", 0));
    }
};

QTEST_APPLESS_MAIN(TestCliArgs)
#include "test_cli_args.moc"
