#include "core/estimate/ModelLibrary.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/UserModel.hpp"
#include "core/util/Json.hpp"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace aifp {

double ModelSpec::kvBytesPerToken(double bytesPerElement) const {
    if (isMla())
        return static_cast<double>(layers) * (mlaKvLoraRank + mlaRopeDim) * bytesPerElement;
    return 2.0 * layers * kvHeads * headDim * bytesPerElement;
}

double ModelSpec::attentionWidth() const {
    // MLA decode attends in the compressed latent space (kv_lora_rank + rope per head).
    if (isMla())
        return static_cast<double>(heads) * (mlaKvLoraRank + mlaRopeDim);
    return static_cast<double>(heads) * headDim;
}

double ModelSpec::attendedFraction(double contextTokens) const {
    if (slidingLayers <= 0 || slidingWindow <= 0 || contextTokens <= 0 || layers <= 0)
        return 1.0;
    const double held = std::min(contextTokens, static_cast<double>(slidingWindow));
    return ((layers - slidingLayers) * contextTokens + slidingLayers * held) /
           (static_cast<double>(layers) * contextTokens);
}

namespace {

struct Reader {
    const json::Value& obj;
    std::string where; // "models.json: model 'x'"

    const json::Value& need(const std::string& key) const {
        const json::Value* v = obj.find(key);
        if (!v)
            throw ModelLibraryError(where + ": missing field '" + key + "'");
        return *v;
    }
    double number(const std::string& key, double minValue) const {
        const json::Value& v = need(key);
        if (!v.isNumber())
            throw ModelLibraryError(where + ": field '" + key + "' must be a number");
        if (v.asNumber() < minValue)
            throw ModelLibraryError(where + ": field '" + key + "' is " + json::write(v, -1) +
                                    ", below the minimum " +
                                    json::write(json::Value(minValue), -1));
        return v.asNumber();
    }
    int integer(const std::string& key, int minValue) const {
        return static_cast<int>(number(key, minValue));
    }
    std::string text(const std::string& key) const {
        const json::Value& v = need(key);
        if (!v.isString())
            throw ModelLibraryError(where + ": field '" + key + "' must be a string");
        return v.asString();
    }
    // A field that may be left out altogether (older files, config.json workloads).
    std::optional<double> numberIfPresent(const std::string& key, double minValue) const {
        if (!obj.find(key))
            return std::nullopt;
        return number(key, minValue);
    }
    std::optional<double> optionalNumber(const std::string& key) const {
        const json::Value& v = need(key);
        if (v.isNull())
            return std::nullopt;
        return number(key, 0.0);
    }
};

std::string readFile(const std::string& path) {
    // Only a regular file of bounded size is read (a FIFO or /dev/zero would block or never end).
    try {
        return readRegularFile(path, kMaxJsonInputBytes);
    } catch (const ProjectFileError& e) {
        // "<path>: <reason>" from the guard, said as before: "<path>: cannot open the ... file
        // (<reason>)".
        const std::string reason = std::string(e.what()).substr(path.size() + 2);
        throw ModelLibraryError(path + ": cannot open the models file (" + reason + ")");
    }
}

} // namespace

ModelWorkload workloadFromJson(const json::Value& obj, const std::string& where) {
    if (!obj.isObject())
        throw ModelLibraryError(where + ": must be an object");
    const Reader w{obj, where};
    ModelWorkload wl;
    wl.benchmark = w.text("benchmark");
    wl.inputTokens = w.number("input_tokens", 1);
    wl.inputTokensSource = w.text("input_tokens_source");
    wl.inputTokensP99 = w.numberIfPresent("input_tokens_p99", 1);
    wl.inputTokensCv2 = w.numberIfPresent("input_tokens_cv2", 0);
    wl.outputTokens = w.number("output_tokens", 1);
    wl.outputTokensSource = w.text("output_tokens_source");
    wl.serverTtftMs = w.number("server_ttft_ms", 1);
    wl.serverTpotMs = w.number("server_tpot_ms", 1);
    wl.interactiveTtftMs = w.optionalNumber("interactive_ttft_ms");
    wl.interactiveTpotMs = w.optionalNumber("interactive_tpot_ms");
    if (wl.interactiveTtftMs.has_value() != wl.interactiveTpotMs.has_value())
        throw ModelLibraryError(where + ": interactive_ttft_ms and interactive_tpot_ms "
                                        "must both be set or both be null");
    wl.limitsSource = w.text("limits_source");
    return wl;
}

ModelLibrary ModelLibrary::fromJsonText(const std::string& text, const std::string& origin) {
    const json::Value root = parseModelJson(text, origin);
    const json::Value* format = root.find("format");
    if (!format || !format->isString() || format->asString() != "aifp-models")
        throw ModelLibraryError(origin + ": not an aifp-models file (field 'format')");
    const json::Value* list = root.find("models");
    if (!list || !list->isArray())
        throw ModelLibraryError(origin + ": field 'models' must be an array");
    ModelLibrary lib;
    std::size_t index = 0;
    for (const json::Value& item : list->asArray()) {
        if (!item.isObject())
            throw ModelLibraryError(origin + ": models[" + std::to_string(index) +
                                    "] is not an object");
        const json::Value* idv = item.find("id");
        if (!idv || !idv->isString() || idv->asString().empty())
            throw ModelLibraryError(origin + ": models[" + std::to_string(index) +
                                    "] has no string 'id'");
        ModelSpec m;
        m.id = idv->asString();
        const Reader r{item, origin + ": model '" + m.id + "'"};
        if (lib.find(m.id))
            throw ModelLibraryError(r.where + ": duplicate id");
        m.name = r.text("name");
        m.source = r.text("source");
        // Integer fields and their minimum values.
        static constexpr struct {
            const char* key;
            int ModelSpec::*field;
            int minValue;
        } kIntegers[] = {{"layers", &ModelSpec::layers, 1},
                         {"d_model", &ModelSpec::dModel, 1},
                         {"heads", &ModelSpec::heads, 1},
                         {"kv_heads", &ModelSpec::kvHeads, 0},
                         {"head_dim", &ModelSpec::headDim, 0},
                         {"ffn", &ModelSpec::ffn, 0},
                         {"experts_total", &ModelSpec::expertsTotal, 0},
                         {"experts_active", &ModelSpec::expertsActive, 0},
                         {"mla_kv_lora_rank", &ModelSpec::mlaKvLoraRank, 0},
                         {"mla_rope_dim", &ModelSpec::mlaRopeDim, 0},
                         {"vocab", &ModelSpec::vocab, 0}};
        for (const auto& f : kIntegers)
            m.*(f.field) = r.integer(f.key, f.minValue);
        m.paramsTotalB = r.number("params_total_b", 0.001);
        m.paramsActiveB = r.number("params_active_b", 0.001);
        if (m.paramsActiveB > m.paramsTotalB)
            throw ModelLibraryError(r.where + ": params_active_b exceeds params_total_b");
        if (m.isMoe() && (m.expertsActive <= 0 || m.expertsActive >= m.expertsTotal))
            throw ModelLibraryError(r.where +
                                    ": experts_active must be between 1 and experts_total - 1");
        if (!m.isMla() && (m.kvHeads <= 0 || m.headDim <= 0))
            throw ModelLibraryError(r.where + ": kv_heads and head_dim must be positive "
                                              "(or mla_kv_lora_rank set for MLA models)");
        m.workload = workloadFromJson(r.need("workload"), r.where + " workload");
        lib.models_.push_back(std::move(m));
        ++index;
    }
    return lib;
}

ModelLibrary ModelLibrary::loadFile(const std::string& path) {
    return fromJsonText(readFile(path), path);
}

const ModelLibrary& ModelLibrary::builtin() {
    static const ModelLibrary lib = [] {
        ModelLibrary l = loadFile(Catalog::resourcesDir() + "/models.json");
        const std::filesystem::path dir = Catalog::resourcesDir() + "/models";
        std::vector<std::string> files;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.is_regular_file() && entry.path().extension() == ".json")
                files.push_back(entry.path().string());
        std::sort(files.begin(), files.end()); // stable order whatever the file system's
        for (const std::string& f : files)
            l.add(loadModelConfigFile(f), f);
        return l;
    }();
    return lib;
}

ModelLibrary ModelLibrary::withUserModels(const std::vector<UserModel>& user) const {
    ModelLibrary lib = *this;
    for (const UserModel& u : user) {
        if (u.id.empty())
            throw ModelLibraryError("project model with no id (name '" + u.name + "')");
        ModelSpec m = modelFromHfConfig(u.configJson, "project model '" + u.id + "'", u.id);
        if (!u.name.empty())
            m.name = u.name;
        m.source = u.source.empty() ? "config.json stored in the project" : u.source;
        std::erase_if(lib.models_, [&](const ModelSpec& x) { return x.id == u.id; });
        lib.add(std::move(m), "project model '" + u.id + "'");
    }
    return lib;
}

void ModelLibrary::add(ModelSpec model, const std::string& origin) {
    if (find(model.id))
        throw ModelLibraryError(origin + ": model id '" + model.id + "' is already defined");
    models_.push_back(std::move(model));
}

const ModelSpec* ModelLibrary::find(const std::string& id) const {
    for (const auto& m : models_)
        if (m.id == id)
            return &m;
    return nullptr;
}

const ModelSpec& ModelLibrary::get(const std::string& id) const {
    if (const ModelSpec* m = find(id))
        return *m;
    throw ModelLibraryError("unknown model '" + id + "' (known: " + knownIds() + ")");
}

std::string ModelLibrary::knownIds() const {
    std::string s;
    for (const auto& m : models_)
        s += (s.empty() ? "" : ", ") + m.id;
    return s;
}

} // namespace aifp
