// aifp-cli estimate-inference: per-user speed (--tokens-per-user, --tpot-ms), --pareto and
// --model-config, run as the real executable.
#include "CliTestSupport.hpp"
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace aifp::clitest;

namespace {

QStringList base(const QString& system, const QString& gpus, const QString& model,
                 const QString& precision) {
    return {"estimate-inference", "--system", system,     "--gpus", gpus, "--model", model,
            "--precision",        precision,  "--format", "json"};
}

} // namespace

class TestCliInferenceSpeed : public QObject {
    Q_OBJECT
private slots:
    // --tokens-per-user 50 and --tpot-ms 20 ask for the same speed (1000 / 20 = 50 tokens/s).
    void perUserSpeed() {
        const Result a =
            runCli(base("gb200-nvl72", "72", "llama3.1-70b", "fp4") << "--tokens-per-user"
                                                                    << "50");
        QCOMPARE(a.exitCode, 0);
        const QJsonObject ja = jsonOf(a);
        QCOMPARE(ja["scenario"].toString(), QString("user-speed"));
        QCOMPARE(ja["user_tokens_per_s_requested"].toDouble(), 50.0);
        QVERIFY(ja["meets_limits"].toBool());
        QVERIFY(ja["tokens_per_second_per_user"].toDouble() >= 50.0 * (1 - 1e-9));
        const Result b = runCli(base("gb200-nvl72", "72", "llama3.1-70b", "fp4") << "--tpot-ms"
                                                                                 << "20");
        QCOMPARE(b.exitCode, 0);
        QCOMPARE(jsonOf(b)["tokens_per_second"].toDouble(), ja["tokens_per_second"].toDouble());
    }

    // --pareto: per-user speed falling, per-GPU rising, last point = the offline estimate.
    void paretoJson() {
        const Result r = runCli(base("dgx-h100", "8", "llama2-70b", "fp8") << "--pareto");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j["scenario"].toString(), QString("offline"));
        const QJsonArray curve = j["pareto"].toArray();
        QVERIFY(curve.size() >= 5);
        for (int i = 1; i < curve.size(); ++i) {
            const QJsonObject p = curve[i].toObject(), q = curve[i - 1].toObject();
            QVERIFY(p["tokens_per_second_per_user"].toDouble() <
                    q["tokens_per_second_per_user"].toDouble());
            QVERIFY(p["tokens_per_second_per_gpu"].toDouble() >
                    q["tokens_per_second_per_gpu"].toDouble());
        }
        QCOMPARE(curve.first().toObject()["batch_per_replica"].toDouble(), 1.0);
        const double last = curve.last().toObject()["tokens_per_second_per_gpu"].toDouble();
        QVERIFY(std::fabs(last / j["tokens_per_second_per_gpu"].toDouble() - 1.0) < 1e-3);
        // Text form lists the same curve.
        QStringList text = base("dgx-h100", "8", "llama2-70b", "fp8") << "--pareto";
        text.replace(text.indexOf("json"), "text");
        const Result t = runCli(text);
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains("Pareto curve (tokens/s per GPU against tokens/s per user):"));
    }

    void modelConfigFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("tiny-moe.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32,
            "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 32000,
            "num_local_experts": 8, "num_experts_per_tok": 2})");
        f.close();
        const Result r =
            runCli({"estimate-inference", "--system", "dgx-h100", "--gpus", "8", "--model-config",
                    path, "--precision", "fp8", "--scenario", "server", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r)["model"].toString(), QString("tiny-moe"));
        QVERIFY(jsonOf(r)["tokens_per_second"].toDouble() > 0);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("both speeds")
            << QStringList{"--tokens-per-user", "50", "--tpot-ms", "20"} << "give one of them";
        QTest::newRow("zero speed") << QStringList{"--tokens-per-user", "0"}
                                    << "--tokens-per-user: must be a positive speed";
        QTest::newRow("negative tpot")
            << QStringList{"--tpot-ms", "-3"} << "--tpot-ms: must be a positive number";
        QTest::newRow("speed and scenario")
            << QStringList{"--tokens-per-user", "50", "--scenario", "server"}
            << "--scenario and a per-user speed";
        QTest::newRow("bad kv precision")
            << QStringList{"--scenario", "offline", "--kv-precision", "int3"}
            << "unknown KV-cache precision 'int3'";
    }
    void badInput() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Result r = runCli(base("dgx-h100", "8", "llama2-70b", "fp8") << extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    // A malformed config.json: one line, file name first, the field named.
    void malformedModelConfig() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"num_hidden_layers": "many", "hidden_size": 4096})");
        f.close();
        const Result r =
            runCli({"estimate-inference", "--system", "dgx-h100", "--gpus", "8", "--model-config",
                    path, "--precision", "fp8", "--scenario", "offline"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + ": field 'num_hidden_layers' must be an integer"),
                 qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInferenceSpeed)
#include "test_cli_inference_speed.moc"
