// libFuzzer target: a Hugging Face config.json (core/estimate/ModelConfig: the model's
// architecture, its parameter counts), then what `estimate-inference --model-config` does with an
// accepted model (one NVL72, FP8, offline). ModelLibraryError is the expected outcome for bad
// input, InferenceError for a model the estimator cannot serve; an accepted model must have
// finite, non-negative counts with no more active than total parameters, and an estimate must
// give finite, non-negative tokens per second.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    aifp::ModelSpec m;
    try {
        m = aifp::modelFromHfConfig(text, "fuzz/config.json", "fuzz");
    } catch (const aifp::ModelLibraryError&) {
        return 0;
    }
    const double kv = m.kvBytesPerToken(2.0);
    const double width = m.attentionWidth();
    const bool sane = std::isfinite(m.paramsTotalB) && std::isfinite(m.paramsActiveB) &&
                      m.paramsActiveB >= 0.0 && m.paramsActiveB <= m.paramsTotalB * (1 + 1e-12) &&
                      std::isfinite(kv) && kv >= 0.0 && std::isfinite(width) && width >= 0.0 &&
                      m.layers >= 1 && m.heads >= 1 && m.dModel >= 1 && m.vocab >= 1;
    if (!sane)
        std::abort(); // an accepted model with counts no estimate can use
    aifp::InferenceRequest request;
    request.systemId = "gb200-nvl72";
    request.gpus = 72;
    request.precision = "fp8";
    request.scenario = "offline";
    request.modelSpec = m;
    static const aifp::ModelLibrary noOtherModels;
    try {
        const aifp::InferenceResult r =
            aifp::estimateInference(request, aifp::Catalog::builtin(), noOtherModels);
        if (!std::isfinite(r.tokensPerSecond) || r.tokensPerSecond < 0.0)
            std::abort(); // an estimate no one can read
    } catch (const aifp::InferenceError&) {
    }
    return 0;
}
