// The prompt lengths' shape (ModelWorkload::inputTokensP99 / inputTokensCv2): read from the
// workload where its data set gives it (resources/models.json, reference-data.md 5.1), assumed
// (cv2 1, p99 3x the mean) where not, said in the estimate's assumptions either way, and refused
// with one line naming the field when malformed.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QTest>
#include <string>

using namespace aifp;

namespace {

// One dense model with the llama2-70b workload, its prompt shape given by `shape` (JSON fields,
// may be empty).
std::string library(const std::string& shape) {
    return R"({"format": "aifp-models", "version": 1, "models": [{
      "id": "m", "name": "M", "source": "test",
      "layers": 80, "d_model": 8192, "heads": 64, "kv_heads": 8, "head_dim": 128, "ffn": 28672,
      "params_total_b": 69, "params_active_b": 69, "experts_total": 0, "experts_active": 0,
      "mla_kv_lora_rank": 0, "mla_rope_dim": 0, "vocab": 32000,
      "workload": {"benchmark": "b", "input_tokens": 222, )" +
           shape + R"( "input_tokens_source": "s",
        "output_tokens": 272, "output_tokens_source": "s",
        "server_ttft_ms": 2000, "server_tpot_ms": 200, "interactive_ttft_ms": 450,
        "interactive_tpot_ms": 40, "limits_source": "s"}}]})";
}

// The estimate's assumption about the p99 prompt ("... the p99 prompt (3x the mean, ...").
std::string promptAssumption(const InferenceResult& r) {
    for (const std::string& a : r.assumptions)
        if (a.find("the p99 prompt") != std::string::npos)
            return a;
    return {};
}

} // namespace

class TestPromptShape : public QObject {
    Q_OBJECT
private slots:
    // The shipped MLPerf workloads carry their data sets' shape (reference-data.md 5.1).
    void shippedShapes() {
        const ModelLibrary& lib = ModelLibrary::builtin();
        const ModelWorkload& w405 = lib.find("llama3.1-405b")->workload;
        QCOMPARE(w405.inputTokens, 9429.0);
        QCOMPARE(*w405.inputTokensP99, 18941.0);
        QCOMPARE(*w405.inputTokensCv2, 0.19);
        const ModelWorkload& dsr1 = lib.find("deepseek-r1")->workload;
        QCOMPARE(*dsr1.inputTokensP99, 1432.0);
        QCOMPARE(*dsr1.inputTokensCv2, 0.25);
    }

    // Sourced: the p99 prompt is the data set's, relative to the mean (18,941 / 9,429 = 2.01x);
    // not given: the assumed 3x, labelled an assumption.
    void usedAndSaid() {
        const InferenceResult sourced =
            estimateInference({"dgx-b200", 8, "llama3.1-405b", "fp4", "server"});
        QVERIFY2(promptAssumption(sourced).find("(2.01x the mean, from the data set)") !=
                     std::string::npos,
                 promptAssumption(sourced).c_str());
        const ModelLibrary bare = ModelLibrary::fromJsonText(library(""), "models.json");
        const ModelLibrary shaped = ModelLibrary::fromJsonText(
            library(R"("input_tokens_p99": 791, "input_tokens_cv2": 0.6,)"), "models.json");
        const InferenceRequest req{"dgx-b200", 8, "m", "fp4", "server"};
        const InferenceResult assumed = estimateInference(req, Catalog::builtin(), bare);
        QVERIFY2(promptAssumption(assumed).find("(3x the mean, assumption)") != std::string::npos,
                 promptAssumption(assumed).c_str());
        const InferenceResult given = estimateInference(req, Catalog::builtin(), shaped);
        QVERIFY2(promptAssumption(given).find("(3.56x the mean, from the data set)") !=
                     std::string::npos,
                 promptAssumption(given).c_str());
        // A narrower shape (p99 2x the mean, cv2 0.5, both below the assumed 3x and 1) shortens
        // the prefill queue's waits, the p99 prompt's steps and the per-step prefill spread: at
        // every batch the p99 latencies can only fall, so the server scenario serves at least as
        // much.
        const ModelLibrary narrow = ModelLibrary::fromJsonText(
            library(R"("input_tokens_p99": 444, "input_tokens_cv2": 0.5,)"), "models.json");
        QVERIFY(estimateInference(req, Catalog::builtin(), narrow).tokensPerSecond >=
                assumed.tokensPerSecond * (1.0 - 1e-9));
        // A request with its own prompt length is another workload: the assumed shape.
        InferenceRequest own = req;
        own.options.inputTokens = 222;
        const InferenceResult ownLength = estimateInference(own, Catalog::builtin(), shaped);
        QVERIFY2(promptAssumption(ownLength).find("(3x the mean, assumption)") != std::string::npos,
                 promptAssumption(ownLength).c_str());
        QCOMPARE(ownLength.tokensPerSecond, assumed.tokensPerSecond);
        // Only one of the two given: the shape is not known, the assumed one is used.
        const ModelLibrary half =
            ModelLibrary::fromJsonText(library(R"("input_tokens_p99": 791,)"), "models.json");
        QCOMPARE(estimateInference(req, Catalog::builtin(), half).tokensPerSecond,
                 assumed.tokensPerSecond);
    }

    void malformedFieldsAreNamed_data() {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("expected");
        QTest::newRow("p99 not a number")
            << R"("input_tokens_p99": "long", "input_tokens_cv2": 0.6,)"
            << "models.json: model 'm' workload: field 'input_tokens_p99' must be a number";
        QTest::newRow("negative spread")
            << R"("input_tokens_p99": 791, "input_tokens_cv2": -0.5,)"
            << "models.json: model 'm' workload: field 'input_tokens_cv2' is -0.5, below the "
               "minimum 0";
        QTest::newRow("p99 below one token")
            << R"("input_tokens_p99": 0, "input_tokens_cv2": 0.6,)"
            << "models.json: model 'm' workload: field 'input_tokens_p99' is 0, below the "
               "minimum 1";
    }
    void malformedFieldsAreNamed() {
        QFETCH(QString, shape);
        QFETCH(QString, expected);
        try {
            ModelLibrary::fromJsonText(library(shape.toStdString()), "models.json");
            QFAIL("no error");
        } catch (const ModelLibraryError& e) {
            QCOMPARE(QString::fromStdString(e.what()), expected);
        }
    }
};

QTEST_APPLESS_MAIN(TestPromptShape)
#include "test_prompt_shape.moc"
