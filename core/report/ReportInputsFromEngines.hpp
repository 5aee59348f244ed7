#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include <optional>
#include <string>

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
};

// Fills the report inputs from the design and the engines: counts and nameplate IT load from the
// design and catalog, bill of materials and assumptions ledger, and the validation, estimation
// and schedule engines. An engine that fails (bad input) or is not part of this build leaves its
// figures n/a and adds a line to missing saying why.
ReportInputs reportInputsFromEngines(const Design& design, const Catalog& catalog,
                                     const ReportOptions& options);

} // namespace aifp::report
