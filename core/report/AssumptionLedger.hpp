#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include <vector>

namespace aifp::report {

// Every numeric catalog figure of the equipment the design uses (racks, power and cooling
// equipment, switches, the fabric switch of the settings) whose confidence is secondary, claim,
// unverified or assumption, with its source; then the design's assumption overrides (user edits
// of engine defaults). Ordered by catalog id, then rating key.
std::vector<AssumptionLine> computeAssumptionLedger(const Design& design, const Catalog& catalog);

} // namespace aifp::report
