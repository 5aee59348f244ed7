#include "core/estimate/ModelConfig.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/util/Json.hpp"
#include <cmath>
#include <initializer_list>
#include <optional>
#include <sstream>

namespace aifp {

namespace {

struct ConfigReader {
    const json::Value& obj;
    std::string origin;

    // The first of the key names present (nullptr if none or null).
    const json::Value* find(std::initializer_list<const char*> keys, std::string& used) const {
        for (const char* k : keys) {
            const json::Value* v = obj.find(k);
            if (v && !v->isNull()) {
                used = k;
                return v;
            }
        }
        return nullptr;
    }
    static std::string names(std::initializer_list<const char*> keys) {
        std::string s;
        for (const char* k : keys)
            s += (s.empty() ? "'" : ", '") + std::string(k) + "'";
        return s;
    }
    std::optional<int> optInt(std::initializer_list<const char*> keys, int minValue) const {
        std::string used;
        const json::Value* v = find(keys, used);
        if (!v)
            return std::nullopt;
        if (!v->isNumber() || v->asNumber() != std::floor(v->asNumber()) ||
            v->asNumber() < minValue || v->asNumber() > 1e9)
            throw ModelLibraryError(origin + ": field '" + used +
                                    "' must be an integer >= " + std::to_string(minValue) +
                                    " (got " + json::write(*v, -1) + ")");
        return static_cast<int>(v->asNumber());
    }
    int needInt(std::initializer_list<const char*> keys, int minValue) const {
        const std::optional<int> v = optInt(keys, minValue);
        if (!v)
            throw ModelLibraryError(origin + ": field " + names(keys) +
                                    " missing (a Hugging Face config.json needs it)");
        return *v;
    }
    bool optBool(const char* key, bool fallback) const {
        const json::Value* v = obj.find(key);
        if (!v || v->isNull())
            return fallback;
        if (!v->isBool())
            throw ModelLibraryError(origin + ": field '" + key + "' must be true or false (got " +
                                    json::write(*v, -1) + ")");
        return v->asBool();
    }
    std::string optString(const char* key) const {
        const json::Value* v = obj.find(key);
        return v && v->isString() ? v->asString() : std::string();
    }
};

std::string fileStem(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    const std::string ext = ".json";
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
        name.resize(name.size() - ext.size());
    return name;
}

// The parsed config.json; its top level must be an object.
json::Value parseConfigRoot(const std::string& text, const std::string& origin) {
    json::Value root = parseModelJson(text, origin);
    if (!root.isObject())
        throw ModelLibraryError(origin + ": not a config.json (the top level must be an object)");
    return root;
}

// The object holding the text model's fields: 'text_config' of multimodal configs, else the root.
const json::Value& textModelObject(const json::Value& root, const std::string& origin) {
    const json::Value* textConfig = root.find("text_config");
    if (textConfig && !textConfig->isNull() && !textConfig->isObject())
        throw ModelLibraryError(origin + ": field 'text_config' must be an object");
    return textConfig && textConfig->isObject() ? *textConfig : root;
}

// Attention: MLA (DeepSeek-V3 family) or grouped-query. Sets the head and latent sizes of m and
// returns the attention parameters of one layer.
double readAttention(const ConfigReader& r, ModelSpec& m) {
    const std::string& origin = r.origin;
    const double d = m.dModel, h = m.heads;
    const std::optional<int> kvLora = r.optInt({"kv_lora_rank"}, 1);
    if (kvLora) {
        m.mlaKvLoraRank = *kvLora;
        m.mlaRopeDim = r.needInt({"qk_rope_head_dim"}, 0);
        const int nope = r.needInt({"qk_nope_head_dim"}, 1);
        const int vDim = r.needInt({"v_head_dim"}, 1);
        const std::optional<int> qLora = r.optInt({"q_lora_rank"}, 1);
        const double qk = nope + m.mlaRopeDim;
        m.headDim = static_cast<int>(qk);
        m.kvHeads = 0;
        const double q = qLora ? d * *qLora + static_cast<double>(*qLora) * h * qk : d * h * qk;
        const double kv = d * (m.mlaKvLoraRank + m.mlaRopeDim) +
                          static_cast<double>(m.mlaKvLoraRank) * h * (nope + vDim);
        return q + kv + h * vDim * d;
    }
    m.kvHeads = r.optInt({"num_key_value_heads", "num_kv_heads", "n_head_kv"}, 1).value_or(m.heads);
    if (m.kvHeads > m.heads)
        throw ModelLibraryError(origin + ": field 'num_key_value_heads' (" +
                                std::to_string(m.kvHeads) + ") exceeds 'num_attention_heads' (" +
                                std::to_string(m.heads) + ")");
    const std::optional<int> hd = r.optInt({"head_dim"}, 1);
    if (!hd && m.dModel % m.heads != 0)
        throw ModelLibraryError(origin + ": field 'head_dim' missing and 'hidden_size' is "
                                         "not a multiple of 'num_attention_heads'");
    m.headDim = hd.value_or(m.dModel / m.heads);
    return 2.0 * d * h * m.headDim + 2.0 * d * m.kvHeads * m.headDim;
}

// How the feed-forward layers split between dense and mixture-of-experts ones, and the
// parameters of one expert and of one MoE layer's always-active part.
struct FeedForwardLayers {
    double denseLayers = 0.0;
    double moeLayers = 0.0;
    double expertParams = 0.0;
    double sharedFfnParams = 0.0;
};

// Feed-forward: dense SwiGLU layers and mixture-of-experts layers. Sets m's expert counts.
FeedForwardLayers readFeedForward(const ConfigReader& r, ModelSpec& m, int ffn,
                                  const std::string& modelType) {
    const std::string& origin = r.origin;
    const double d = m.dModel;
    const int experts =
        r.optInt({"num_local_experts", "n_routed_experts", "num_experts", "moe_num_experts"}, 0)
            .value_or(0);
    FeedForwardLayers f;
    f.denseLayers = m.layers;
    if (experts <= 1)
        return f;
    m.expertsTotal = experts;
    m.expertsActive = r.needInt(
        {"num_experts_per_tok", "experts_per_token", "moe_top_k", "num_experts_per_token"}, 1);
    if (m.expertsActive >= experts)
        throw ModelLibraryError(
            origin + ": field 'num_experts_per_tok' (" + std::to_string(m.expertsActive) +
            ") must be below the number of experts (" + std::to_string(experts) + ")");
    const int moeFfn = r.optInt({"moe_intermediate_size"}, 1).value_or(ffn);
    // Llama 4 MoE layers carry one shared expert of the expert width (Meta's Llama 4 model
    // card; config.json has no key for it).
    const bool llama4 = modelType.rfind("llama4", 0) == 0;
    const int shared =
        r.optInt({"n_shared_experts", "num_shared_experts"}, 0).value_or(llama4 ? 1 : 0);
    const int firstDense = r.optInt({"first_k_dense_replace"}, 0).value_or(0);
    const int step = r.optInt({"interleave_moe_layer_step"}, 1).value_or(1);
    if (firstDense > m.layers)
        throw ModelLibraryError(origin + ": field 'first_k_dense_replace' exceeds the layers");
    // Every step-th layer after the dense ones is MoE: layers firstDense + k*step - 1 for
    // k = 1, 2, ... (counted, not looped: the counts may be up to 10^9).
    const int nMoe = (m.layers - firstDense) / step;
    f.moeLayers = nMoe;
    f.denseLayers = m.layers - nMoe;
    f.expertParams = 3.0 * d * moeFfn;
    f.sharedFfnParams = shared * f.expertParams + d * experts; // shared experts + router
    return f;
}

// Sliding-window attention: which layers attend only the last sliding_window tokens.
void readSlidingWindow(const ConfigReader& r, ModelSpec& m) {
    const std::string& origin = r.origin;
    const bool slidingOn = r.optBool("use_sliding_window", true);
    const std::optional<int> window = r.optInt({"sliding_window"}, 1);
    int slidingLayers = 0;
    const json::Value* types = r.obj.find("layer_types");
    if (types && !types->isNull()) {
        if (!types->isArray() || types->asArray().size() != static_cast<std::size_t>(m.layers))
            throw ModelLibraryError(origin +
                                    ": field 'layer_types' must list one attention type "
                                    "per layer (" +
                                    std::to_string(m.layers) + ")");
        std::size_t i = 0;
        for (const json::Value& t : types->asArray()) {
            const std::string type = t.isString() ? t.asString() : json::write(t, -1);
            if (type == "sliding_attention")
                ++slidingLayers;
            else if (type != "full_attention")
                throw ModelLibraryError(origin + ": field 'layer_types' entry " +
                                        std::to_string(i) + " is " + json::write(t, -1) +
                                        " (only full_attention and sliding_attention are "
                                        "modelled)");
            ++i;
        }
    } else if (window) {
        slidingLayers = m.layers; // Mistral: one window for every layer
    }
    if (slidingOn && slidingLayers > 0) {
        if (!window)
            throw ModelLibraryError(origin + ": field 'sliding_window' missing ('layer_types' "
                                             "names sliding_attention layers)");
        m.slidingWindow = *window;
        m.slidingLayers = slidingLayers;
    }
}

// The workload of a config.json without '_aifp_workload' (assumptions, see the sources).
ModelWorkload defaultWorkload() {
    ModelWorkload w;
    w.benchmark = "chat, 1k input / 1k output tokens (assumption: the InferenceMAX 1k/1k point)";
    w.inputTokens = 1024;
    w.inputTokensSource = "(assumption)";
    w.outputTokens = 1024;
    w.outputTokensSource = "(assumption)";
    w.serverTtftMs = 2000;
    w.serverTpotMs = 200;
    w.interactiveTtftMs = 450;
    w.interactiveTpotMs = 40;
    w.limitsSource = "(assumption) the llama2-70b MLPerf limits of reference-data.md 5.1";
    return w;
}

} // namespace

json::Value parseModelJson(const std::string& text, const std::string& origin) {
    try {
        return json::parse(text);
    } catch (const json::ParseError& e) {
        throw ModelLibraryError(origin + ":" + std::to_string(e.line) + ":" +
                                std::to_string(e.column) + ": " + e.what());
    }
}

ModelSpec modelFromHfConfig(const std::string& text, const std::string& origin,
                            const std::string& id) {
    const json::Value root = parseConfigRoot(text, origin);
    const json::Value& obj = textModelObject(root, origin);
    const ConfigReader r{obj, origin};

    ModelSpec m;
    m.id = id;
    const std::string rootName = ConfigReader{root, origin}.optString("_name_or_path");
    m.name = !rootName.empty() ? rootName : id;
    const std::string source = ConfigReader{root, origin}.optString("_aifp_source");
    m.source = source.empty() ? "config.json " + origin : source;
    std::string modelType = ConfigReader{root, origin}.optString("model_type");
    if (modelType.empty())
        modelType = r.optString("model_type");

    m.layers = r.needInt({"num_hidden_layers", "n_layer", "num_layers"}, 1);
    m.dModel = r.needInt({"hidden_size", "d_model", "n_embd"}, 1);
    m.heads = r.needInt({"num_attention_heads", "n_head"}, 1);
    m.vocab = r.needInt({"vocab_size"}, 1);
    const int ffn = r.needInt({"intermediate_size", "ffn_dim", "n_inner"}, 1);
    const int denseFfn = r.optInt({"intermediate_size_mlp"}, 1).value_or(ffn);
    m.ffn = denseFfn;

    const double attnParams = readAttention(r, m);
    const FeedForwardLayers f = readFeedForward(r, m, ffn, modelType);
    const double d = m.dModel;
    const double denseFfnParams = 3.0 * d * denseFfn;
    const bool tied = r.optBool("tie_word_embeddings", false);
    const double embed = static_cast<double>(m.vocab) * d * (tied ? 1.0 : 2.0);
    const double common = embed + m.layers * attnParams + f.denseLayers * denseFfnParams +
                          f.moeLayers * f.sharedFfnParams;
    const double total = common + f.moeLayers * m.expertsTotal * f.expertParams;
    const double active = common + f.moeLayers * m.expertsActive * f.expertParams;
    m.paramsTotalB = total / 1e9;
    m.paramsActiveB = active / 1e9;

    readSlidingWindow(r, m);

    if (const json::Value* wl = root.find("_aifp_workload"); wl && !wl->isNull())
        m.workload = workloadFromJson(*wl, origin + ": field '_aifp_workload'");
    else
        m.workload = defaultWorkload();
    return m;
}

ModelSpec loadModelConfigFile(const std::string& path) {
    // Only a regular file of bounded size is read (a FIFO or /dev/zero would block or never end).
    std::string text;
    try {
        text = readRegularFile(path, kMaxJsonInputBytes);
    } catch (const ProjectFileError& e) {
        // "<path>: <reason>" from the guard, said as before: "<path>: cannot open the ... file
        // (<reason>)".
        const std::string reason = std::string(e.what()).substr(path.size() + 2);
        throw ModelLibraryError(path + ": cannot open the model config file (" + reason + ")");
    }
    return modelFromHfConfig(text, path, fileStem(path));
}

} // namespace aifp
