#include "core/estimate/ServingText.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/i18n/Translate.hpp"

namespace aifp {

std::string shownInferenceKeyword(const std::string& keyword) {
    static const char* const kWords[] = {AIFP_TRANSLATE_NOOP("Inference", "calibrated"),
                                         AIFP_TRANSLATE_NOOP("Inference", "extrapolated"),
                                         AIFP_TRANSLATE_NOOP("Inference", "compute"),
                                         AIFP_TRANSLATE_NOOP("Inference", "memory bandwidth")};
    for (const char* w : kWords)
        if (keyword == w)
            return std::string(tr("Inference", w));
    return keyword;
}

namespace {

std::string boundWord(bool computeBound) {
    return shownInferenceKeyword(computeBound ? "compute" : "memory bandwidth");
}

} // namespace

std::string replicaShapeText(const InferenceResult& r, const NumberText& number) {
    std::string replicas = fill(tr("Inference", "%1 x %2 GPU(s)"),
                                {std::to_string(r.replicas), std::to_string(r.gpusPerReplica)});
    if (r.pipelineStages > 1)
        replicas = fill(tr("Inference", "%1 (%2 pipeline stages)"),
                        {replicas, std::to_string(r.pipelineStages)});
    return fill(tr("Inference", "%1, batch %2 per replica, %3 bound"),
                {replicas, number(r.batch, 0), shownInferenceKeyword(r.boundBy)});
}

std::string stepBreakdownText(const InferenceResult& r, const NumberText& number) {
    const StepBreakdown& b = r.step;
    std::string text = fill(tr("Inference", "%1 ms: overhead %2, GEMMs %3 (%4), attention %5 "
                                            "(%6), communication %7"),
                            {number(r.stepMs, 1), number(b.overheadMs, 1), number(b.gemmMs, 1),
                             boundWord(b.gemmComputeBound), number(b.attentionMs, 1),
                             boundWord(b.attentionComputeBound), number(b.communicationMs, 1)});
    if (b.pipelineMs > 0.0)
        text = fill(tr("Inference", "%1, pipeline hops %2"), {text, number(b.pipelineMs, 1)});
    if (b.hostLinkMs > 0.0)
        text = fill(tr("Inference", "%1, host-link KV read %2"), {text, number(b.hostLinkMs, 1)});
    return text;
}

std::vector<std::string> servingLines(const FactoryEstimate& e, const NumberText& number) {
    std::vector<std::string> lines;
    for (const ServedSystem& s : e.serving) {
        const std::string blocks = fill(tr("Estimate", "%1 x %2 GPUs"),
                                        {number(s.blocks, 0), std::to_string(s.gpusPerBlock)});
        lines.push_back(fill(tr("Estimate", "'%1' (%2), %3 scenario: %4; mean step %5"),
                             {s.systemId, blocks, e.scenario, replicaShapeText(s.capacity, number),
                              stepBreakdownText(s.capacity, number)}));
        lines.push_back(
            fill(tr("Estimate", "'%1' (%2), at %3 tokens/s per user: %4; mean step %5"),
                 {s.systemId, blocks, number(e.userTokensPerS, 1),
                  replicaShapeText(s.service, number), stepBreakdownText(s.service, number)}));
    }
    return lines;
}

} // namespace aifp
