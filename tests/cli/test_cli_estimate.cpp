// aifp-cli estimate-inference and estimate, run as the real executable.
#include "CliTestSupport.hpp"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

QStringList inference(const QString& system, const QString& gpus, const QString& model,
                      const QString& precision, const QString& scenario) {
    return {"estimate-inference", "--system", system,       "--gpus", gpus,       "--model", model,
            "--precision",        precision,  "--scenario", scenario, "--format", "json"};
}

const QString kSample = QStringLiteral(AIFP_TEST_DATA_DIR "/cli/sample-design.json");

} // namespace

class TestCliEstimate : public QObject {
    Q_OBJECT
private slots:
    void inferenceJson_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("gpusPerReplica");
        // 4 GPUs of an NVL72 (one compute tray): llama2-70b at FP4 is 34.5 GB, one GPU each.
        QTest::newRow("part of one system")
            << inference("gb200-nvl72", "4", "llama2-70b", "fp4", "server") << 1;
        // 32 GPUs of dgx-h100 = 4 systems; FP4 falls back to FP8 on Hopper (69 GB of weights:
        // one 80 GB GPU leaves about 12 GB of KV room, which at the fitted HBM efficiency of 0.92
        // serves more per GPU than two-GPU replicas: docs/estimation.md "Accuracy").
        QTest::newRow("several systems")
            << inference("dgx-h100", "32", "llama2-70b", "fp4", "offline") << 1;
    }
    void inferenceJson() {
        QFETCH(QStringList, args);
        QFETCH(int, gpusPerReplica);
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"tokens_per_second", "tokens_per_second_per_gpu", "ttft_ms",
                                "tpot_ms", "replicas", "gpus_per_replica"})
            QVERIFY2(o.value(key).isDouble() && o.value(key).toDouble() > 0, key);
        QVERIFY(o.value("assumptions").isArray());
        QVERIFY(!o.value("assumptions").toArray().isEmpty());
        QCOMPARE(o.value("gpus_per_replica").toInt(), gpusPerReplica);
        // per-GPU figure is the system figure over the requested GPUs
        const double perGpu = o.value("tokens_per_second").toDouble() / o.value("gpus").toDouble();
        QVERIFY(std::abs(perGpu - o.value("tokens_per_second_per_gpu").toDouble()) < 1e-6 * perGpu);
    }

    void hopperFp4FallsBackToFp8() {
        const Result r = runCli(inference("dgx-h100", "8", "llama2-70b", "fp4", "server"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("precision").toString(), QString("fp8"));
        QVERIFY(r.out.contains("no FP4 tensor cores"));
    }

    // --kv-offload: off by default (no offload fields), on it reports what offload would do.
    // Llama-3.1-8B with 32k prompts on one H100: 204.8 GB of host KV over PCIe, not used.
    void kvOffloadJson() {
        QStringList args = inference("dgx-h100", "1", "llama3.1-8b", "fp8", "offline");
        args << "--input-tokens"
             << "32000"
             << "--output-tokens"
             << "1000";
        const Result off = runCli(args);
        QCOMPARE(off.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(off.out.toUtf8()).object();
        QCOMPARE(o.value("kv_offload").toBool(true), false);
        QVERIFY(!o.contains("kv_offload_gb"));
        const Result on = runCli(args << "--kv-offload");
        QCOMPARE(on.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(on.out.toUtf8()).object();
        QCOMPARE(p.value("kv_offload").toBool(), true);
        QCOMPARE(p.value("kv_offload_helped").toBool(true), false);
        QVERIFY(std::abs(p.value("kv_offload_gb").toDouble() - 204.8) < 1e-6);
        QVERIFY(p.value("host_link_ms_per_step").toDouble() > 1000.0);
        QCOMPARE(p.value("tokens_per_second").toDouble(), o.value("tokens_per_second").toDouble());
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown system") << inference("dgx-z900", "8", "llama2-70b", "fp4", "server")
                                        << "unknown system 'dgx-z900'";
        QTest::newRow("unknown model")
            << inference("dgx-h100", "8", "gpt-9", "fp8", "server") << "unknown model 'gpt-9'";
        QTest::newRow("zero GPUs") << inference("dgx-h100", "0", "llama2-70b", "fp8", "server")
                                   << "--gpus: must be a positive number";
        QTest::newRow("not a number")
            << inference("dgx-h100", "x", "llama2-70b", "fp8", "server") << "--gpus";
        QTest::newRow("unknown precision")
            << inference("dgx-h100", "8", "llama2-70b", "int3", "server")
            << "unknown precision 'int3'";
        QTest::newRow("unknown scenario")
            << inference("dgx-h100", "8", "llama2-70b", "fp8", "batch")
            << "unknown scenario 'batch'";
        // 405 B x 2 bytes = 810 GB against about 83 GB for weights on one H100 (80 GB x 0.995
        // GiB, less the runtime reserve and activation workspace: docs/estimation.md).
        QTest::newRow("does not fit")
            << inference("dgx-h100", "1", "llama3.1-405b", "bf16", "server")
            << "does not fit: 810 GB of bf16 weights";
        QTest::newRow("no interactive scenario")
            << inference("dgx-h100", "8", "mixtral-8x7b", "fp8", "interactive")
            << "no interactive scenario";
        QTest::newRow("missing option")
            << QStringList{"estimate-inference", "--system", "dgx-h100", "--gpus", "8"}
            << "--model is required";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1); // one line
    }

    void estimateProject() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath("sample.aifp");
        const Result imp = runCli({"import", kSample, project});
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
        const Result r = runCli({"estimate", project, "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key :
             {"gpus", "racks", "it_design_mw", "it_typical_mw", "facility_design_mw",
              "facility_design_mva", "facility_typical_mw", "pue_design", "pue_annual",
              "tokens_per_second", "ttft_ms", "tpot_ms", "tokens_per_second_per_mw",
              "joules_per_token", "capex", "opex_per_year", "cost_per_million_tokens"})
            QVERIFY2(o.value(key).isDouble() && o.value(key).toDouble() > 0, key);
        QVERIFY(o.value("pue_design").toDouble() > 1.0);
        QVERIFY(o.value("facility_design_mw").toDouble() > o.value("it_design_mw").toDouble());
        QVERIFY(o.value("it_design_mw").toDouble() >= o.value("it_typical_mw").toDouble());
        // MVA at the stated power factor.
        QVERIFY(std::abs(o.value("facility_design_mva").toDouble() *
                             o.value("power_factor").toDouble() -
                         o.value("facility_design_mw").toDouble()) < 1e-9);
        // Capex lines add up to the capex; exclusions, currency and cost basis are stated.
        double lines = 0.0;
        for (const auto& v : o.value("capex_lines").toArray())
            lines += v.toObject().value("total").toDouble();
        QVERIFY(std::abs(lines - o.value("capex").toDouble()) < 1e-6 * lines);
        QVERIFY(!o.value("capex_exclusions").toArray().isEmpty());
        QCOMPARE(o.value("currency").toString(), QString("USD"));
        QVERIFY(o.value("cost_basis").toString().contains("tok/s per user"));
        const QJsonArray a = o.value("assumptions").toArray();
        QVERIFY(!a.isEmpty());
        for (const auto& v : a) {
            QVERIFY(!v.toObject().value("source").toString().isEmpty());
            QVERIFY(!v.toObject().value("confidence").toString().isEmpty());
        }
        // --model overrides the design's serving model
        const Result r2 =
            runCli({"estimate", project, "--model", "deepseek-r1", "--format", "json"});
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QCOMPARE(QJsonDocument::fromJson(r2.out.toUtf8()).object().value("model").toString(),
                 QString("deepseek-r1"));
        const Result bad = runCli({"estimate", project, "--model", "gpt-9"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("unknown model 'gpt-9'"), qPrintable(bad.err));
        const Result text = runCli({"estimate", project});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("PUE"));
        QVERIFY(text.out.contains(" MW design / "));
        QVERIFY(text.out.contains("excluded: "));
        const Result missing = runCli({"estimate", dir.filePath("nope.aifp")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCliEstimate)
#include "test_cli_estimate.moc"
