#include "cli/Command.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/model/Design.hpp"
#include <QStringList>
#include <QTest>
#include <set>
#include <sstream>

using aifp::cli::Args;
using aifp::cli::OptionSpec;
using aifp::cli::UsageError;

class TestCliArgs : public QObject {
    Q_OBJECT
    const std::vector<OptionSpec> specs{aifp::cli::formatOption({"text", "json"}),
                                        {"fail", "ID", "object to fail", true},
                                        {"gpus", "N", "GPU count"},
                                        {"dry", "", "a flag"},
                                        {"size", "N", "with a default", false, "256"},
                                        {"ratio", "R", "with a default", false, "1.5"}};
private slots:
    void parsesOptionsAndPositionals() {
        const Args a = Args::parse(
            {"file.aifp", "--format", "json", "--fail=3", "--fail", "4", "--dry", "--gpus", "72"},
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
        QTest::newRow("unknown option")
            << QStringList{"--colour", "red"} << "unknown option --colour";
        QTest::newRow("missing value") << QStringList{"--gpus"} << "--gpus needs a value (N)";
        QTest::newRow("repeated") << QStringList{"--gpus", "1", "--gpus", "2"}
                                  << "--gpus given more than once";
        QTest::newRow("flag with value") << QStringList{"--dry=1"} << "--dry takes no value";
        QTest::newRow("not a number")
            << QStringList{"--gpus", "12x"} << "'12x' is not a whole number";
        QTest::newRow("bad format")
            << QStringList{"--format", "xml"} << "--format: 'xml' is not one of text|json";
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

    // An absent option reads as its spec's default (the one definition --help prints); a given
    // one as given; an option without a default falls back to what the caller passes.
    void defaultsComeFromTheSpec() {
        const Args absent = Args::parse({}, specs);
        QCOMPARE(absent.format(), std::string("text"));
        QCOMPARE(absent.integer("size"), 256L);
        QCOMPARE(absent.number("ratio"), 1.5);
        QCOMPARE(absent.value("size"), std::string("256"));
        QVERIFY(!absent.has("size"));
        QCOMPARE(absent.integer("gpus", 7), 7L);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, absent.integer("gpus"));
        const Args given = Args::parse({"--size", "64", "--format", "json"}, specs);
        QCOMPARE(given.integer("size"), 64L);
        QCOMPARE(given.format(), std::string("json"));
    }

    // Every command's usage line is generated from its options: each option once (in the
    // synopsis or as [--name VALUE]), so the usage cannot omit one (schedule once left out three).
    void usageNamesEveryOptionOnce() {
        for (const auto& c : aifp::cli::commands()) {
            const std::string usage = aifp::cli::usageOf(c);
            const std::string head = "aifp-cli " + c.name + " " + c.synopsis;
            QVERIFY2(usage.rfind(head, 0) == 0, usage.c_str());
            const std::string generated = usage.substr(head.size());
            for (const auto& o : aifp::cli::optionsOf(c)) {
                const std::string bracketed =
                    "[--" + o.name + (o.valueName.empty() ? "" : " " + o.valueName) + "]";
                const bool inSynopsis = c.synopsis.find("--" + o.name + " ") != std::string::npos ||
                                        c.synopsis.find("--" + o.name + ")") != std::string::npos ||
                                        c.synopsis.find("--" + o.name + "]") != std::string::npos;
                const auto first = generated.find(bracketed);
                QVERIFY2(inSynopsis != (first != std::string::npos),
                         (c.name + ": --" + o.name + " in " + usage).c_str());
                if (first != std::string::npos)
                    QVERIFY2(generated.find(bracketed, first + 1) == std::string::npos,
                             (c.name + ": --" + o.name + " twice").c_str());
            }
        }
        // Hand-worked: schedule takes 11 options of its own (start, delivery, format,
        // export-msproject, site, bridge-power, on-site, supply-priority, compare, six-day-week,
        // holiday) plus --variant: all 12 in the usage (the hand-written one had 9).
        for (const auto& c : aifp::cli::commands())
            if (c.name == "schedule") {
                const std::string usage = aifp::cli::usageOf(c);
                int options = 0;
                for (auto at = usage.find("[--"); at != std::string::npos;
                     at = usage.find("[--", at + 1))
                    ++options;
                QCOMPARE(options, 12);
            }
    }

    // --help prints the defaults the command uses, taken from the engine's own definitions.
    void helpShowsTheEnginesDefaults() {
        std::ostringstream out, err;
        QCOMPARE(aifp::cli::run({"new", "--help"}, out, err), 0);
        const std::string help = out.str();
        const aifp::FactoryTargets defaults;
        QVERIFY2(help.find("(default: " + defaults.systemId + ")") != std::string::npos,
                 help.c_str());
        QVERIFY(help.find(std::string("(default: ") + aifp::toString(defaults.redundancy) + ")") !=
                std::string::npos);
        QVERIFY(help.find("--redundancy N|N+1|2N|4N/3|3N/2") != std::string::npos);
        QVERIFY(help.find("(default: 35)") != std::string::npos); // design ambient, degC
    }

    void choicesRefused() {
        const std::vector<OptionSpec> withChoices{
            aifp::cli::choiceOption("cooling", "mode", aifp::coolingModeNames(), "liquid")};
        QCOMPARE(Args::parse({}, withChoices).value("cooling"), std::string("liquid"));
        QCOMPARE(Args::parse({"--cooling", "air"}, withChoices).value("cooling"),
                 std::string("air"));
        try {
            Args::parse({"--cooling", "water"}, withChoices);
            QFAIL("accepted");
        } catch (const UsageError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("--cooling: 'water' is not one of liquid|air|hybrid"));
        }
    }

    void nanIsNotANumber() {
        const Args a = Args::parse({"--gpus", "nan"}, specs);
        QVERIFY_THROWS_EXCEPTION(UsageError, a.number("gpus", 0));
    }
};

QTEST_APPLESS_MAIN(TestCliArgs)
#include "test_cli_args.moc"
