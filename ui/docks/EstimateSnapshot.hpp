#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/model/Design.hpp"
#include <map>
#include <string>
#include <vector>

namespace aifp::ui {

// The factory figures for one model and scenario (the estimates dock's model chart).
struct ModelScenarioFigure {
    std::string modelId;
    std::string scenario;
    bool served = false; // false: the model does not fit or the scenario does not apply
    double tokensPerSecond = 0.0;
    double ttftMs = 0.0;
    double tpotMs = 0.0;
    std::string note; // why it is not served
};

// Everything the estimates dock shows, computed off the GUI thread from a copy of the design.
struct EstimateSnapshot {
    bool ok = false;
    std::string error; // why there is no estimate (no GPU racks, a bad override, ...)
    FactoryEstimate estimate;
    std::string systemId; // the design's most common GPU system (model chart)
    std::vector<std::string> scenarios;
    std::vector<ModelScenarioFigure> perModel; // every shipped and project model x scenario
    std::map<std::string, double> overrides;   // the design's assumptionOverrides it used
};

// The MLPerf scenarios the estimator serves (InferenceEstimator.hpp).
const std::vector<std::string>& estimateScenarios();
// The precisions the estimator accepts (InferenceEstimator.hpp).
const std::vector<std::string>& estimatePrecisions();

// Runs estimateFactory for the design's settings, then once per model and scenario at the
// design's precision. Never throws: engine errors land in error / notes.
EstimateSnapshot computeEstimateSnapshot(const Design& design, const Catalog& catalog);

// Whether the estimation engine reads this assumption key from Design::assumptionOverrides:
// "price.*" (UnitPrices::withOverrides) and the "estimate.*" planning assumptions of
// FactoryEstimate, except "estimate.electricity_draw", which documents a modelling choice and
// has no override.
bool isEditableAssumptionKey(const std::string& key);

} // namespace aifp::ui
