#include "core/schedule/ScheduleThroughput.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include <map>

namespace aifp {

ScheduleThroughput scheduleThroughput(const Design& design, const Catalog& catalog) {
    std::map<std::string, long> racksBySystem;
    for (const Rack& r : design.racks)
        ++racksBySystem[r.catalogId];
    if (racksBySystem.empty())
        return {};
    std::string systemId;
    long most = 0;
    for (const auto& [id, n] : racksBySystem)
        if (n > most) {
            most = n;
            systemId = id;
        }
    const DesignSettings s = design.settings; // kept by the estimate
    auto estimate = [systemId, s](int gpus) {
        return estimateInference({systemId, gpus, s.modelId, s.precision, s.scenario})
            .tokensPerSecond;
    };
    ScheduleThroughput out;
    try {
        estimate(static_cast<int>(most * systemSpec(catalog, systemId).gpusPerRack)); // probe once
    } catch (const std::exception& e) {
        out.note =
            fill(tr("ScheduleText", "tokens/s not estimated (GPU count only): %1"), {e.what()});
        return out;
    }
    if (racksBySystem.size() > 1)
        out.note = fill(tr("ScheduleText",
                           "tokens/s estimated as if every GPU were %1 (the design mixes systems)"),
                        {systemId});
    else
        out.note = fill(tr("ScheduleText", "tokens/s from the inference estimator: %1, %2, %3, "
                                           "%4 scenario (docs/estimation.md)"),
                        {systemId, s.modelId, s.precision, s.scenario});
    out.tokensPerSecond = std::move(estimate);
    return out;
}

} // namespace aifp
