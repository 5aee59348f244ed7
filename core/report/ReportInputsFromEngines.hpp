#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace aifp::report {

struct ReportOptions {
    std::string modelId;  // empty: design.settings.modelId
    std::string scenario; // empty: design.settings.scenario
    std::string startIso; // empty: design.settings.scheduleStart
    std::string dateIso;  // report date; empty: today (UTC)
    std::string fileName; // shown on the cover
    std::string fileVersion;
    std::optional<RasterImage> render3d; // the GUI's VTK render, if any
    // Document control for this report; empty: the project's (site customer and author).
    std::string customer;
    std::string author;
    DocumentInfo document; // fields left empty keep the project's value
    // The variant the report is about, printed on the cover and the decision summary ("": the
    // file's only design).
    std::string variantName;
    // The comparison section: the names of the variants compared, [0] the base (the reference of
    // the differences), each opened with openVariant (the report's own design is used for
    // variantName). Fewer than two names: no comparison. The CLI chooses them as aifp-cli
    // compare does (docs/reports.md); the GUI passes every variant of the file.
    std::vector<std::string> comparedVariants;
    std::function<Design(const std::string& name)> openVariant;
};

// Fills the report inputs from the design and the engines: counts and nameplate IT load from the
// design and catalog, bill of materials and assumptions ledger, and the validation, estimation
// and schedule engines. An engine that fails (bad input) or is not part of this build leaves its
// figures n/a and adds a line to missing saying why.
ReportInputs reportInputsFromEngines(const Design& design, const Catalog& catalog,
                                     const ReportOptions& options);

} // namespace aifp::report
