// aifp-cli variant list/add/rename/delete/set-base, --variant on the reading commands, and
// compare FILE --variants, run as the real executable on a 1 MW project.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

QStringList namesOf(const QString& path) {
    const Result r = runCli({"variant", "list", path, "--format", "json"});
    QStringList names;
    for (const auto& v : jsonOf(r)["variants"].toArray())
        names << v.toObject()["name"].toString();
    return names;
}

} // namespace

class TestCliVariants : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("p.aifp");
        Result r = runCli({"new", project_, "--target-mw", "1", "--system", "gb300-nvl72",
                           "--redundancy", "2N", "--name", "Variants test"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A copy, a re-generated N+1 plant and a re-generated plant of another system.
        r = runCli({"variant", "add", project_, "copy", "--description", "the same design"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("a copy"), qPrintable(r.out));
        r = runCli({"variant", "add", project_, "n+1", "--redundancy", "N+1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("re-generated"), qPrintable(r.out));
        r = runCli({"variant", "add", project_, "vera rubin", "--from", "n+1", "--system",
                    "vr-nvl72", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(r)["created_from"].toString(), QString("n+1"));
    }

    void listShowsEveryVariant() {
        const Result r = runCli({"variant", "list", project_, "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o["base"].toString(), QString("base"));
        const QJsonArray vs = o["variants"].toArray();
        QCOMPARE(vs.size(), 4);
        QCOMPARE(vs[0].toObject()["base"].toBool(), true);
        QCOMPARE(vs[1].toObject()["description"].toString(), QString("the same design"));
        QCOMPARE(vs[1].toObject()["created_from"].toString(), QString("base"));
        QVERIFY(QRegularExpression("^\\d{4}-\\d{2}-\\d{2}$")
                    .match(vs[2].toObject()["created_at"].toString())
                    .hasMatch());
        QVERIFY(vs[3].toObject()["image_bytes"].toDouble() > 10000);
        const Result text = runCli({"variant", "list", project_});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("vera rubin"), qPrintable(text.out));
    }

    void variantsAreWhatWasAsked() {
        // The copy estimates exactly as the base; N+1 has the base's GPUs on a smaller plant;
        // the Vera Rubin variant has other racks.
        auto estimate = [&](const QString& v) {
            const Result r = runCli({"estimate", project_, "--variant", v, "--format", "json"});
            [&] { QVERIFY2(r.exitCode == 0, qPrintable(r.err)); }();
            return jsonOf(r);
        };
        const QJsonObject base = estimate("base");
        const QJsonObject copy = estimate("copy");
        const QJsonObject n1 = estimate("n+1");
        const QJsonObject vr = estimate("vera rubin");
        const Result plain = runCli({"estimate", project_, "--format", "json"});
        QCOMPARE(jsonOf(plain)["capex"].toDouble(), base["capex"].toDouble());
        QCOMPARE(copy["capex"].toDouble(), base["capex"].toDouble());
        QCOMPARE(copy["gpus"].toInt(), base["gpus"].toInt());
        QVERIFY(n1["capex"].toDouble() != base["capex"].toDouble());
        const Result info =
            runCli({"info", project_, "--variant", "vera rubin", "--format", "json"});
        QCOMPARE(jsonOf(info)["design"].toObject()["variant"].toString(), QString("vera rubin"));
        QCOMPARE(jsonOf(info)["file"].toObject()["variants"].toArray().size(), 4);
        const Result exported = runCli({"export", project_, "--variant", "vera rubin"});
        QVERIFY(exported.out.contains("\"vr-nvl72\""));
        QVERIFY(!exported.out.contains("\"gb300-nvl72\""));
        QVERIFY(vr["gpus"].toInt() > 0);
    }

    void compareEqualsEachEstimate() {
        const Result r = runCli({"compare", project_, "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o["base"].toString(), QString("base"));
        const QJsonArray vs = o["variants"].toArray();
        QCOMPARE(vs.size(), 4);
        for (const auto& item : vs) {
            const QJsonObject v = item.toObject();
            const Result e = runCli(
                {"estimate", project_, "--variant", v["name"].toString(), "--format", "json"});
            QCOMPARE(e.exitCode, 0);
            const QJsonObject est = jsonOf(e);
            QCOMPARE(v["gpus"].toDouble(), est["gpus"].toDouble());
            QCOMPARE(v["capex"].toDouble(), est["capex"].toDouble());
            QCOMPARE(v["opex_per_year"].toDouble(), est["opex_per_year"].toDouble());
            QCOMPARE(v["cost_per_million_tokens"].toDouble(),
                     est["cost_per_million_tokens"].toDouble());
            QCOMPARE(v["it_design_mw"].toDouble(), est["it_design_mw"].toDouble());
        }
        // --variants chooses; the base comes first as the reference of the deltas.
        const Result some = runCli({"compare", project_, "--variants", "n+1", "--format", "json"});
        QCOMPARE(some.exitCode, 0);
        const QJsonArray two = jsonOf(some)["variants"].toArray();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].toObject()["name"].toString(), QString("base"));
        QCOMPARE(two[1].toObject()["delta"].toObject()["capex"].toDouble(),
                 two[1].toObject()["capex"].toDouble() - two[0].toObject()["capex"].toDouble());
    }

    void buildOrRent() {
        // Rent variants need no re-generation: the same design, another procurement. compare
        // shows each one's TCO, TCO per million tokens and first token, equal to what estimate
        // --variant X prints for that variant.
        const QString p = dir_.filePath("rent.aifp");
        QVERIFY(QFile::copy(project_, p));
        Result r = runCli({"variant", "add", p, "colo", "--procurement", "colocation",
                           "--rent-term-months", "36", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(r)["regenerated"].toBool(), false);
        QCOMPARE(jsonOf(r)["procurement"].toString(), QString("colocation"));
        r = runCli(
            {"variant", "add", p, "cloud", "--procurement", "cloud", "--tco-horizon-years", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("cloud, term 60 months, TCO over 3 years"), qPrintable(r.out));
        const Result info = runCli({"info", p, "--variant", "colo"});
        QVERIFY2(info.out.contains("colocation, 36-month term; TCO over 5 years"),
                 qPrintable(info.out));
        r = runCli({"compare", p, "--variants", "colo,cloud", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray vs = jsonOf(r)["variants"].toArray();
        QCOMPARE(vs.size(), 3);
        QCOMPARE(vs[0].toObject()["procurement"].toString(), QString("build"));
        QCOMPARE(vs[2].toObject()["procurement"].toString(), QString("cloud"));
        QCOMPARE(vs[2].toObject()["first_token_weeks"].toDouble(), 8.0); // cloud lead default
        QVERIFY(vs[1].toObject()["first_token_weeks"].toDouble() <
                vs[0].toObject()["first_token_weeks"].toDouble());
        for (const auto& item : vs) {
            const QJsonObject v = item.toObject();
            const Result e =
                runCli({"estimate", p, "--variant", v["name"].toString(), "--format", "json"});
            QCOMPARE(e.exitCode, 0);
            const QJsonObject est = jsonOf(e);
            QCOMPARE(v["procurement"].toString(), est["procurement"].toString());
            QCOMPARE(v["tco"].toDouble(), est["tco"].toDouble());
            QCOMPARE(v["tco_cost_per_million_tokens"].toDouble(),
                     est["tco_cost_per_million_tokens"].toDouble());
            QCOMPARE(v["tco_horizon_years"].toDouble(), est["tco_horizon_years"].toDouble());
            QCOMPARE(v["capex"].toDouble(), est["capex"].toDouble());
        }
        // The cloud variant: every GPU for 60 months (the default commitment, longer than the
        // 3-year horizon) at 6.0 USD per GB300 GPU-hour.
        const double gpus = vs[2].toObject()["gpus"].toDouble();
        QVERIFY(std::abs(vs[2].toObject()["tco"].toDouble() - gpus * 730.0 * 60 * 6.0) < 1e-3);
        const Result text = runCli({"compare", p, "--variants", "cloud"});
        QVERIFY2(text.out.contains("Total cost of ownership"), qPrintable(text.out));
        const Result est = runCli({"estimate", p, "--variant", "cloud"});
        QVERIFY2(est.out.contains("Procurement:       cloud, term 60 months, GPUs serving after 8 "
                                  "weeks"),
                 qPrintable(est.out));
    }

    void readingCommandsChangeNothing() {
        const QByteArray before = fileHash(project_);
        for (const QStringList& args :
             {QStringList{"info", project_, "--variant", "n+1"},
              QStringList{"validate", project_, "--variant", "copy"},
              QStringList{"risks", project_, "--variant", "n+1"},
              QStringList{"schedule", project_, "--variant", "vera rubin"},
              QStringList{"variant", "list", project_}})
            QVERIFY(runCli(args).exitCode <= 1);
        QCOMPARE(fileHash(project_), before);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown variant")
            << QStringList{"estimate", "PROJECT", "--variant", "nope"}
            << "no variant 'nope' (the variants are: base, copy, n+1, vera rubin)";
        QTest::newRow("delete the base") << QStringList{"variant", "delete", "PROJECT", "base"}
                                         << "is the base variant and cannot be deleted";
        QTest::newRow("add an existing name")
            << QStringList{"variant", "add", "PROJECT", "copy"} << "exists already";
        QTest::newRow("name with a comma")
            << QStringList{"variant", "add", "PROJECT", "a,b"} << "comma";
        QTest::newRow("rename to an existing name")
            << QStringList{"variant", "rename", "PROJECT", "copy", "n+1"} << "exists already";
        QTest::newRow("unknown system")
            << QStringList{"variant", "add", "PROJECT", "x", "--system", "no-such-system"}
            << "no-such-system";
        QTest::newRow("bad redundancy")
            << QStringList{"variant", "add", "PROJECT", "x", "--redundancy", "3N"} << "3N";
        QTest::newRow("add-only option")
            << QStringList{"variant", "delete", "PROJECT", "copy", "--system", "vr-nvl72"}
            << "variant add only";
        QTest::newRow("bad procurement")
            << QStringList{"variant", "add", "PROJECT", "x", "--procurement", "lease"}
            << "--procurement: 'lease' is not one of build|colocation|cloud";
        QTest::newRow("rent term out of range")
            << QStringList{"variant", "add", "PROJECT", "x", "--rent-term-months", "241"}
            << "--rent-term-months: 241 is not a whole number of months from 1 to 240";
        QTest::newRow("horizon out of range")
            << QStringList{"variant", "add", "PROJECT", "x", "--tco-horizon-years", "0"}
            << "--tco-horizon-years: 0 is not a whole number of years from 1 to 30";
        QTest::newRow("procurement is add-only")
            << QStringList{"variant", "delete", "PROJECT", "copy", "--procurement", "cloud"}
            << "variant add only";
        QTest::newRow("unknown action")
            << QStringList{"variant", "merge", "PROJECT", "copy"} << "is not one of";
        QTest::newRow("compare unknown variant")
            << QStringList{"compare", "PROJECT", "--variants", "copy,nope"} << "no variant 'nope'";
    }

    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        args.replaceInStrings("PROJECT", project_);
        const QByteArray before = fileHash(project_);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(fileHash(project_), before);
    }

    // Last: these change the file. Each keeps the bytes of the variants it does not touch.
    void renameDeleteSetBaseKeepOtherBytes() {
        const QString p = dir_.filePath("edit.aifp");
        QVERIFY(QFile::copy(project_, p));
        const QByteArray copy = storedImage(p, "copy");
        const QByteArray n1 = storedImage(p, "n+1");
        const QByteArray vr = storedImage(p, "vera rubin");
        QVERIFY(!copy.isEmpty() && !n1.isEmpty() && !vr.isEmpty());
        const Result n1Before = runCli({"estimate", p, "--variant", "n+1", "--format", "json"});

        Result r = runCli({"variant", "rename", p, "copy", "same"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(namesOf(p), (QStringList{"base", "same", "n+1", "vera rubin"}));
        QCOMPARE(storedImage(p, "same"), copy);
        QCOMPARE(storedImage(p, "n+1"), n1);
        QCOMPARE(storedImage(p, "vera rubin"), vr);

        r = runCli({"variant", "delete", p, "same"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(namesOf(p), (QStringList{"base", "n+1", "vera rubin"}));
        QCOMPARE(storedImage(p, "n+1"), n1);
        QCOMPARE(storedImage(p, "vera rubin"), vr);

        // set-base: n+1 becomes the base (the default of every command); the old base a variant.
        const Result baseBefore = runCli({"estimate", p, "--format", "json"});
        r = runCli({"variant", "set-base", p, "n+1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(namesOf(p), (QStringList{"n+1", "base", "vera rubin"}));
        QCOMPARE(storedImage(p, "vera rubin"), vr);
        const Result n1After = runCli({"estimate", p, "--format", "json"});
        const Result baseAfter = runCli({"estimate", p, "--variant", "base", "--format", "json"});
        for (const char* key : {"gpus", "capex", "opex_per_year", "cost_per_million_tokens"}) {
            QCOMPARE(jsonOf(n1After)[key].toDouble(), jsonOf(n1Before)[key].toDouble());
            QCOMPARE(jsonOf(baseAfter)[key].toDouble(), jsonOf(baseBefore)[key].toDouble());
        }
        // The variant list (its created_from) follows a rename.
        r = runCli({"variant", "rename", p, "n+1", "n-plus-1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray vs =
            jsonOf(runCli({"variant", "list", p, "--format", "json"}))["variants"].toArray();
        QCOMPARE(vs[2].toObject()["created_from"].toString(), QString("n-plus-1"));
    }
};

QTEST_GUILESS_MAIN(TestCliVariants)
#include "test_cli_variants.moc"
