#include "cli/InferenceJson.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/util/JsonShapes.hpp"
#include <string>

namespace aifp::cli {

namespace {

std::string boundWord(bool computeBound) {
    return computeBound ? "compute" : "memory bandwidth";
}

json::Value operatingPointJson(const InferenceResult& r) {
    return json::object({{"replicas", r.replicas},
                         {"gpus_per_replica", r.gpusPerReplica},
                         {"pipeline_stages", r.pipelineStages},
                         {"data_parallel_attention", r.dataParallelAttention},
                         {"batch_per_replica", r.batch},
                         {"tokens_per_second_per_gpu", r.tokensPerSecondPerGpu},
                         {"tokens_per_second_per_user", r.tokensPerSecondPerUser},
                         {"bound_by", r.boundBy},
                         {"step_ms", r.stepMs},
                         {"step_breakdown_ms", stepBreakdownJson(r.step)},
                         {"meets_limits", r.meetsLimits}});
}

} // namespace

json::Value stepBreakdownJson(const StepBreakdown& b) {
    return json::object({{"overhead", b.overheadMs},
                         {"gemm", b.gemmMs},
                         {"gemm_bound_by", boundWord(b.gemmComputeBound)},
                         {"attention", b.attentionMs},
                         {"attention_bound_by", boundWord(b.attentionComputeBound)},
                         {"communication", b.communicationMs},
                         {"pipeline", b.pipelineMs},
                         {"host_link", b.hostLinkMs}});
}

json::Value servedSystemJson(const ServedSystem& s) {
    return json::object({{"system", s.systemId},
                         {"gpus_per_block", s.gpusPerBlock},
                         {"blocks", s.blocks},
                         {"scenario", operatingPointJson(s.capacity)},
                         {"per_user_speed", operatingPointJson(s.service)}});
}

} // namespace aifp::cli
