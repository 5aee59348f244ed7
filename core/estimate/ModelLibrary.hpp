#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

struct UserModel;

// A models file that cannot be read, or a model id that is not in it.
struct ModelLibraryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The MLPerf workload a model is benchmarked with: mean tokens per sample and p99 latency limits.
struct ModelWorkload {
    std::string benchmark;
    double inputTokens = 0.0;
    std::string inputTokensSource; // "(assumption) ..." when not sourced
    // The prompt lengths' p99 and squared coefficient of variation, from the same data set as the
    // mean (inputTokensSource); empty: not known, the estimator assumes a shape.
    std::optional<double> inputTokensP99;
    std::optional<double> inputTokensCv2;
    double outputTokens = 0.0;
    std::string outputTokensSource;
    double serverTtftMs = 0.0; // p99 limits, reference-data.md 5.1
    double serverTpotMs = 0.0;
    std::optional<double> interactiveTtftMs; // empty: the benchmark has no interactive scenario
    std::optional<double> interactiveTpotMs;
    std::string limitsSource;
};

// One LLM architecture (resources/models.json, from resources/reference/models.md).
struct ModelSpec {
    std::string id;
    std::string name;
    std::string source;
    int layers = 0;
    int dModel = 0;
    int heads = 0;
    int kvHeads = 0; // 0 for MLA models
    int headDim = 0;
    int ffn = 0;
    double paramsTotalB = 0.0;
    double paramsActiveB = 0.0;
    int expertsTotal = 0; // 0: dense
    int expertsActive = 0;
    int mlaKvLoraRank = 0; // MLA (DeepSeek); 0 for standard / grouped-query attention
    int mlaRopeDim = 0;
    int vocab = 0;
    // Sliding-window attention (gpt-oss, Mistral): slidingLayers of the layers attend only the
    // last slidingWindow tokens, so they hold at most that many tokens of KV cache; 0: none.
    int slidingWindow = 0;
    int slidingLayers = 0;
    ModelWorkload workload;

    bool isMoe() const { return expertsTotal > 0; }
    bool isMla() const { return mlaKvLoraRank > 0; }
    // KV cache per token: 2 * layers * kv_heads * head_dim * bytes (GQA) or
    // layers * (kv_lora_rank + rope_dim) * bytes (MLA); models.md, reference-data.md 5.3.
    double kvBytesPerToken(double bytesPerElement) const;
    // Width of the attention score/value products per layer (heads x per-head width).
    double attentionWidth() const;
    // Share of the full-attention KV entries (layers x tokens) held, and attended, at a live
    // context of contextTokens: (full layers x ctx + sliding layers x min(ctx, window)) /
    // (layers x ctx). 1 without sliding-window layers.
    double attendedFraction(double contextTokens) const;
};

class ModelLibrary {
public:
    // Loads a models file (format "aifp-models"). Throws ModelLibraryError naming the file, the
    // model and the field on malformed content.
    static ModelLibrary loadFile(const std::string& path);
    static ModelLibrary fromJsonText(const std::string& text, const std::string& origin);
    // resources/models.json next to the catalog (Catalog::resourcesDir()) plus every Hugging
    // Face config.json in resources/models/ (ModelConfig.hpp; id = file name), loaded once.
    static const ModelLibrary& builtin();
    // Adds a model (e.g. from --model-config). Throws ModelLibraryError on a duplicate id.
    void add(ModelSpec model, const std::string& origin);
    // This library with a project's models (Design::userModels: Hugging Face config.json text)
    // parsed and added; a user model with a shipped id replaces it for that project, like user
    // catalog entries. Throws ModelLibraryError "project model '<id>': field ..." when malformed.
    ModelLibrary withUserModels(const std::vector<UserModel>& user) const;

    const ModelSpec* find(const std::string& id) const;
    // Throws ModelLibraryError listing the known ids when id is unknown.
    const ModelSpec& get(const std::string& id) const;
    const std::vector<ModelSpec>& models() const { return models_; }
    std::string knownIds() const; // "llama2-70b, llama3.1-8b, ..."

private:
    std::vector<ModelSpec> models_;
};

} // namespace aifp
