#include "ui/docks/EstimateSnapshot.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QCoreApplication>
#include <map>

namespace aifp::ui {

const std::vector<std::string>& estimateScenarios() {
    static const std::vector<std::string> s{"offline", "server", "interactive"};
    return s;
}

const std::vector<std::string>& estimatePrecisions() {
    static const std::vector<std::string> p{"fp4", "fp8", "bf16"};
    return p;
}

namespace {

std::string mostCommonSystem(const Design& design, const Catalog& catalog) {
    std::map<std::string, int> counts;
    for (const Rack& r : design.racks) {
        try {
            systemSpec(catalog, r.catalogId);
            ++counts[r.catalogId];
        } catch (const std::exception&) {
            // not a GPU system (storage, network rack): not part of the model chart
        }
    }
    std::string best;
    int n = 0;
    for (const auto& [id, c] : counts)
        if (c > n) {
            best = id;
            n = c;
        }
    return best;
}

} // namespace

EstimateSnapshot computeEstimateSnapshot(const Design& design, const Catalog& baseCatalog) {
    EstimateSnapshot s;
    s.overrides = design.assumptionOverrides;
    s.scenarios = estimateScenarios();
    try {
        s.estimate = estimateFactory(design, baseCatalog, {});
        s.ok = true;
    } catch (const std::exception& e) {
        s.error = e.what();
        return s;
    }
    const Catalog catalog = baseCatalog.withUserEntries(design.userCatalog);
    s.systemId = mostCommonSystem(design, catalog);
    // The shipped models and the project's own (Design::userModels).
    ModelLibrary models;
    try {
        models = ModelLibrary::builtin().withUserModels(design.userModels);
    } catch (const ModelLibraryError& e) {
        s.error = e.what();
        s.ok = false;
        return s;
    }
    for (const ModelSpec& m : models.models()) {
        for (const std::string& scenario : s.scenarios) {
            ModelScenarioFigure f;
            f.modelId = m.id;
            f.scenario = scenario;
            try {
                const FactoryEstimate e =
                    estimateFactory(design, baseCatalog, {m.id, scenario, s.estimate.precision});
                f.tokensPerSecond = e.tokensPerSecond;
                f.ttftMs = e.ttftMs;
                f.tpotMs = e.tpotMs;
                f.served = e.tokensPerSecond > 0.0;
                if (!f.served)
                    f.note = QCoreApplication::translate("aifp::ui::EstimateSnapshot",
                                                         "does not fit on the design's GPUs")
                                 .toStdString();
            } catch (const std::exception& e) {
                f.note = e.what();
            }
            s.perModel.push_back(std::move(f));
        }
    }
    return s;
}

bool isEditableAssumptionKey(const std::string& key) {
    if (key.rfind("price.", 0) == 0)
        return true;
    return key.rfind("estimate.", 0) == 0 && key != "estimate.electricity_draw";
}

} // namespace aifp::ui
