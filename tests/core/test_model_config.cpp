// Hugging Face config.json models (core/estimate/ModelConfig.hpp): parameter counts of the shipped
// models against their published totals, clear errors for malformed files, and a trillions-of-
// parameters model that needs more than one NVL72 rack.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/model/UserModel.hpp"
#include <QTest>
#include <cmath>
#include <string>

using namespace aifp;

namespace {

std::string errorOf(const std::string& text) {
    try {
        modelFromHfConfig(text, "my-model/config.json", "my-model");
    } catch (const ModelLibraryError& e) {
        return e.what();
    }
    return {};
}

// Kimi K2's architecture (resources/models/kimi-k2.json) with 2816 routed experts instead of 384:
// about 7.45 trillion parameters. Hand count (ModelConfig.cpp formulas): expert = 3 x 7168 x 2048
// = 44.04 M; 60 MoE layers x (2816 + 1 shared) experts = 7,444 B; attention (MLA, 64 heads)
// 101 M x 61 = 6.2 B; embeddings 2 x 163840 x 7168 = 2.3 B; 1 dense layer 0.4 B; router 1.2 B:
// 7.45 T in total, 32.9 B active.
const char* kSevenTrillion = R"({
  "model_type": "deepseek_v3", "vocab_size": 163840, "hidden_size": 7168,
  "intermediate_size": 18432, "moe_intermediate_size": 2048, "num_hidden_layers": 61,
  "num_attention_heads": 64, "num_key_value_heads": 64, "n_shared_experts": 1,
  "n_routed_experts": 2816, "num_experts_per_tok": 8, "first_k_dense_replace": 1,
  "kv_lora_rank": 512, "q_lora_rank": 1536, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128,
  "v_head_dim": 128
})";

} // namespace

class TestModelConfig : public QObject {
    Q_OBJECT
private slots:
    // Totals counted from the shipped config.json files against the model cards (within 3 %).
    void shippedModelsMatchPublishedSizes_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("totalB");
        QTest::addColumn<double>("activeB");
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("active");
        // Kimi K2: "1T total, 32B activated" (model card; counted 1,026 B / 32.9 B).
        QTest::newRow("kimi-k2") << "kimi-k2" << 1026.0 << 32.9 << 384 << 8;
        // DeepSeek-V3.1: 671 B / 37 B (model card, MTP module excluded).
        QTest::newRow("deepseek-v3.1") << "deepseek-v3.1" << 671.0 << 37.0 << 256 << 8;
        // Qwen3-235B-A22B: 235 B / 22 B (model card).
        QTest::newRow("qwen3-235b-a22b") << "qwen3-235b-a22b" << 235.0 << 22.0 << 128 << 8;
        // Llama 4 Maverick: 400 B / 17 B (model card); MoE on every second layer + shared expert.
        QTest::newRow("llama4-maverick") << "llama4-maverick" << 400.0 << 17.0 << 128 << 1;
    }
    void shippedModelsMatchPublishedSizes() {
        QFETCH(QString, id);
        QFETCH(double, totalB);
        QFETCH(double, activeB);
        QFETCH(int, experts);
        QFETCH(int, active);
        const ModelSpec& m = ModelLibrary::builtin().get(id.toStdString());
        QVERIFY2(std::fabs(m.paramsTotalB / totalB - 1.0) < 0.03,
                 qPrintable(QString("total %1 B").arg(m.paramsTotalB)));
        QVERIFY2(std::fabs(m.paramsActiveB / activeB - 1.0) < 0.03,
                 qPrintable(QString("active %1 B").arg(m.paramsActiveB)));
        QCOMPARE(m.expertsTotal, experts);
        QCOMPARE(m.expertsActive, active);
        QVERIFY(!m.source.empty() && m.source.find("huggingface.co") != std::string::npos);
    }

    void mlaAndGqaFields() {
        const ModelSpec& k2 = ModelLibrary::builtin().get("kimi-k2");
        QCOMPARE(k2.mlaKvLoraRank, 512);
        QCOMPARE(k2.mlaRopeDim, 64);
        // MLA KV per token at FP8: 61 layers x (512 + 64) x 1 byte = 35,136 bytes.
        QCOMPARE(k2.kvBytesPerToken(1.0), 35136.0);
        const ModelSpec& q = ModelLibrary::builtin().get("qwen3-235b-a22b");
        QCOMPARE(q.kvHeads, 4);
        QCOMPARE(q.headDim, 128);
        // GQA KV per token at FP8: 2 x 94 layers x 4 heads x 128 x 1 byte = 96,256 bytes.
        QCOMPARE(q.kvBytesPerToken(1.0), 96256.0);
    }

    // Alternative key names (Mixtral/gpt-oss style) and defaults (head_dim = hidden / heads).
    void alternativeKeys() {
        const ModelSpec m = modelFromHfConfig(
            R"({"n_layer": 32, "d_model": 4096, "n_head": 32, "num_key_value_heads": 8,
                "ffn_dim": 14336, "vocab_size": 32000, "num_local_experts": 8,
                "experts_per_token": 2})",
            "mixtral.json", "mixtral");
        QCOMPARE(m.layers, 32);
        QCOMPARE(m.headDim, 128);
        QCOMPARE(m.expertsTotal, 8);
        QCOMPARE(m.expertsActive, 2);
        // Mixtral 8x7B: 46.7 B total, 12.9 B active (Mistral's figures): counted within 2 %.
        QVERIFY(std::fabs(m.paramsTotalB / 46.7 - 1.0) < 0.02);
        QVERIFY(std::fabs(m.paramsActiveB / 12.9 - 1.0) < 0.02);
    }

    void malformedFilesNameTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << "{\"hidden_size\": 4096,,}"
                                << "my-model/config.json:1:";
        QTest::newRow("array") << "[1, 2]"
                               << "the top level must be an object";
        QTest::newRow("missing layers")
            << R"({"hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 1,
                   "intermediate_size": 11008})"
            << "field 'num_hidden_layers', 'n_layer', 'num_layers' missing";
        QTest::newRow("string layers")
            << R"({"num_hidden_layers": "32", "hidden_size": 4096, "num_attention_heads": 32,
                   "vocab_size": 1, "intermediate_size": 11008})"
            << "field 'num_hidden_layers' must be an integer >= 1 (got \"32\")";
        QTest::newRow("fractional heads")
            << R"({"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32.5,
                   "vocab_size": 1, "intermediate_size": 11008})"
            << "field 'num_attention_heads' must be an integer";
        QTest::newRow("too many active experts")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128, "num_local_experts": 4,
                   "num_experts_per_tok": 4})"
            << "field 'num_experts_per_tok' (4) must be below the number of experts (4)";
        QTest::newRow("kv heads above heads")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "num_key_value_heads": 8, "vocab_size": 10, "intermediate_size": 128})"
            << "field 'num_key_value_heads' (8) exceeds 'num_attention_heads' (4)";
        QTest::newRow("moe without top-k")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128, "n_routed_experts": 16})"
            << "field 'num_experts_per_tok', 'experts_per_token', 'moe_top_k', "
               "'num_experts_per_token' missing";
        QTest::newRow("layer types too short")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128, "sliding_window": 16,
                   "layer_types": ["sliding_attention"]})"
            << "field 'layer_types' must list one attention type per layer (2)";
        QTest::newRow("unknown layer type")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128, "sliding_window": 16,
                   "layer_types": ["full_attention", "linear_attention"]})"
            << "field 'layer_types' entry 1 is \"linear_attention\" (only full_attention and "
               "sliding_attention are modelled)";
        QTest::newRow("sliding layers without a window")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128,
                   "layer_types": ["sliding_attention", "full_attention"]})"
            << "field 'sliding_window' missing";
        QTest::newRow("bad tie flag")
            << R"({"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                   "vocab_size": 10, "intermediate_size": 128, "tie_word_embeddings": "yes"})"
            << "field 'tie_word_embeddings' must be true or false";
    }
    void malformedFilesNameTheField() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string err = errorOf(text.toStdString());
        QVERIFY2(err.rfind("my-model/config.json", 0) == 0, err.c_str()); // file name first
        QVERIFY2(err.find(expected.toStdString()) != std::string::npos, err.c_str());
        QVERIFY(err.find('\n') == std::string::npos); // one line
    }

    void missingFile() {
        try {
            loadModelConfigFile("/nonexistent/config.json");
            QFAIL("no error");
        } catch (const ModelLibraryError& e) {
            QVERIFY(std::string(e.what()).rfind("/nonexistent/config.json: cannot open", 0) == 0);
        }
    }

    // Kimi K2 (1 T) fits one GB200 NVL72 even at BF16: 2.05 TB of weights against 72 x 186 GB
    // (0.995 GiB each, less the runtime reserve and activations) = about 14.2 TB. A model of
    // trillions of parameters does not: the 7.45 T MoE above at BF16 has 14.9 TB of weights, more
    // than one rack holds, so 72 GPUs refuse with
    // ModelDoesNotFitError and 144 GPUs (two racks) serve it as one replica of two pipeline
    // stages, one per NVLink domain, over the scale-out fabric.
    void trillionsOfParametersNeedTwoRacks() {
        InferenceRequest k2{"gb200-nvl72", 72, "kimi-k2", "bf16", "offline"};
        const InferenceResult one = estimateInference(k2);
        QVERIFY(one.gpusPerReplica <= 72);
        QCOMPARE(one.pipelineStages, 1);

        InferenceRequest big{"gb200-nvl72", 72, "", "bf16", "offline"};
        big.modelSpec = modelFromHfConfig(kSevenTrillion, "seven-trillion.json", "seven-trillion");
        QVERIFY(big.modelSpec->paramsTotalB > 7400 && big.modelSpec->paramsTotalB < 7500);
        QVERIFY_THROWS_EXCEPTION(ModelDoesNotFitError, estimateInference(big));
        big.gpus = 144;
        const InferenceResult two = estimateInference(big);
        QCOMPARE(two.gpusPerReplica, 144);
        QCOMPARE(two.pipelineStages, 2);
        QCOMPARE(two.replicas, 1);
        QVERIFY(two.tokensPerSecond > 0);
        // 14.9 TB of weights in 2 x 14.2 TB: the rest holds the KV cache of the batch.
        QVERIFY(two.weightsGbPerReplica > 14800 && two.weightsGbPerReplica < 15000);
        QVERIFY(two.kvCacheGbPerReplica > 0);
        QVERIFY(two.weightsGbPerReplica + two.kvCacheGbPerReplica <=
                144 * 186 * 0.995 * 1.073741824);
        bool mentionsPipeline = false;
        for (const auto& a : two.assumptions)
            mentionsPipeline |= a.find("2 pipeline stages of 72") != std::string::npos;
        QVERIFY(mentionsPipeline);
    }

    // Models stored in a project (Design::userModels) join the library; a malformed one is
    // refused naming the project model and the field.
    void projectModels() {
        const std::vector<UserModel> user{
            {"my-moe", "My MoE", kSevenTrillion, "customer config.json, 2026-12-01"}};
        const ModelLibrary lib = ModelLibrary::builtin().withUserModels(user);
        const ModelSpec& m = lib.get("my-moe");
        QCOMPARE(m.name, std::string("My MoE"));
        QCOMPARE(m.source, std::string("customer config.json, 2026-12-01"));
        QVERIFY(lib.find("llama2-70b")); // shipped models stay
        QCOMPARE(lib.models().size(), ModelLibrary::builtin().models().size() + 1);
        try {
            ModelLibrary::builtin().withUserModels({{"bad", "Bad", "{\"hidden_size\": 1}", ""}});
            QFAIL("no error");
        } catch (const ModelLibraryError& e) {
            QVERIFY2(std::string(e.what()).rfind("project model 'bad': field", 0) == 0, e.what());
        }
    }

    // gpt-oss-120b from its config.json (resources/models/gpt-oss-120b.json): 18 of its 36 layers
    // attend a 128-token window (model card, arXiv 2508.10925). Model card counts: 116.83 B total,
    // 5.13 B active (without the input embedding, 201088 x 2880 = 0.579 B, which our count keeps:
    // 5.71 B).
    void gptOssSlidingWindow() {
        const ModelSpec& m = ModelLibrary::builtin().get("gpt-oss-120b");
        QCOMPARE(m.layers, 36);
        QCOMPARE(m.slidingLayers, 18);
        QCOMPARE(m.slidingWindow, 128);
        QCOMPARE(m.expertsTotal, 128);
        QCOMPARE(m.expertsActive, 4);
        QVERIFY2(std::fabs(m.paramsTotalB / 116.83 - 1.0) < 0.03,
                 qPrintable(QString::number(m.paramsTotalB)));
        QVERIFY2(std::fabs(m.paramsActiveB / (5.13 + 0.579) - 1.0) < 0.03,
                 qPrintable(QString::number(m.paramsActiveB)));
        // Its MLPerf workload travels in the file (_aifp_workload): server limits 3 s / 80 ms.
        QCOMPARE(m.workload.serverTtftMs, 3000.0);
        QCOMPARE(m.workload.serverTpotMs, 80.0);
        QVERIFY(!m.workload.interactiveTtftMs);
        // Hand count at a live context of 2,000 tokens: full KV per token at FP8 = 2 x 36 x 8 x
        // 64 = 36,864 B; held share (18 x 2000 + 18 x 128) / (36 x 2000) = 38,304 / 72,000 =
        // 0.532, i.e. 19,611.65 B per token. At 100 tokens (inside the window) everything is held.
        QCOMPARE(m.kvBytesPerToken(1.0), 36864.0);
        QVERIFY(std::fabs(m.attendedFraction(2000.0) - 38304.0 / 72000.0) < 1e-12);
        QCOMPARE(m.attendedFraction(100.0), 1.0);
        // The estimate holds that much KV per live token at its mean live context (1,000 in +
        // 1,000 out: Lin + (1 + cv^2) / 2 x Lout, cv^2 the fitted output-length spread) and says
        // so.
        const double ctx =
            1000.0 + 0.5 * (1.0 + calibratedInferenceParameters().outputLengthCv2) * 1000.0;
        // One GPU: one replica shape, the batch bound by the KV room.
        InferenceRequest req{"gb200-nvl72", 1, "gpt-oss-120b", "fp4", "offline"};
        const InferenceResult r = estimateInference(req);
        const double perToken = r.kvCacheGbPerReplica * 1e9 / (r.batch * ctx);
        const double handPerToken = 36864.0 * (18.0 * ctx + 18.0 * 128.0) / (36.0 * ctx);
        QVERIFY2(std::fabs(perToken / handPerToken - 1.0) < 1e-9,
                 qPrintable(QString::number(perToken)));
        bool noted = false;
        for (const std::string& a : r.assumptions)
            noted = noted || a.find("18 of 36 layers use sliding-window attention (128") == 0;
        QVERIFY(noted);
        // Treated as full attention (the old limitation) the KV-bound batch would be smaller.
        ModelSpec full = m;
        full.slidingLayers = 0;
        req.modelSpec = full;
        QVERIFY(estimateInference(req).batch <= r.batch);
    }

    // Other sliding-window conventions: Mistral's one window for every layer, Qwen's
    // use_sliding_window false (the window is not used).
    void slidingWindowConventions() {
        const std::string base = R"("num_hidden_layers": 4, "hidden_size": 64,
            "num_attention_heads": 4, "vocab_size": 10, "intermediate_size": 128)";
        const ModelSpec mistral =
            modelFromHfConfig("{" + base + R"(, "sliding_window": 4096})", "m.json", "m");
        QCOMPARE(mistral.slidingLayers, 4);
        QCOMPARE(mistral.slidingWindow, 4096);
        // ctx 8192: every layer holds 4096 of 8192 tokens.
        QCOMPARE(mistral.attendedFraction(8192.0), 0.5);
        const ModelSpec qwen = modelFromHfConfig(
            "{" + base + R"(, "sliding_window": 4096, "use_sliding_window": false})", "q.json",
            "q");
        QCOMPARE(qwen.slidingLayers, 0);
        QCOMPARE(qwen.attendedFraction(8192.0), 1.0);
    }

    // Shipped config.json models estimate like the models.json ones.
    void shippedModelsEstimate() {
        for (const char* id :
             {"kimi-k2", "deepseek-v3.1", "qwen3-235b-a22b", "llama4-maverick", "gpt-oss-120b"}) {
            const InferenceResult r = estimateInference({"gb200-nvl72", 72, id, "fp4", "server"});
            QVERIFY2(r.tokensPerSecond > 0, id);
            QCOMPARE(r.confidence, std::string("extrapolated"));
        }
    }
};

QTEST_APPLESS_MAIN(TestModelConfig)
#include "test_model_config.moc"
