#pragma once
#include "ui/docks/EstimateSnapshot.hpp"

class QChart;

namespace aifp::ui {

// The estimates dock's charts, built new for each result (the dock's chart views own them).
// Power: stacked bar of IT, cooling and losses (kW, at typical IT load).
QChart* makePowerChart(const FactoryEstimate& e);
// Tokens/s (whole factory) per model, one bar set per scenario; models not served read 0 and are
// named in the snapshot's notes.
QChart* makeModelTokensChart(const EstimateSnapshot& s);
// p99 TTFT per model and scenario (ms).
QChart* makeModelTtftChart(const EstimateSnapshot& s);
// Capex by category and the yearly cost (amortisation, electricity, O&M), in M USD.
QChart* makeCostChart(const FactoryEstimate& e);

} // namespace aifp::ui
