#pragma once
#include "core/report/Canvas.hpp"
#include "core/report/ReportInputs.hpp"
#include <functional>
#include <string>
#include <vector>

namespace aifp::report {

struct BarDatum {
    std::string label;
    double value = 0.0;
    double low = kNotAvailable; // error band (drawn as a whisker) when both are finite
    double high = kNotAvailable;
    Color color = colors::kBlue;
};

// Horizontal bar chart with value labels; formatValue writes the numbers (with their unit).
Canvas drawBarChart(const std::string& title, const std::vector<BarDatum>& bars,
                    const std::function<std::string(double)>& formatValue, double widthPt = 380.0);

// One row of a tornado chart: the output with the input at the low and at the high end of its
// range (NaN: not computed, drawn as "n/a").
struct TornadoRow {
    std::string label; // the input and its range
    double outputLow = kNotAvailable;
    double outputHigh = kNotAvailable;
};

// Tornado chart: one row per input in the given order (largest swing first), each a bar from
// the output at the input's low end to the output at its high end across a vertical line at
// the base output; blue the low end's side, orange the high end's, values at both ends.
Canvas drawTornadoChart(const std::string& title, double base, const std::vector<TornadoRow>& rows,
                        const std::function<std::string(double)>& formatValue,
                        double widthPt = 760.0);

// One horizontal bar split into shares (e.g. IT / cooling / losses), with a legend.
Canvas drawStackedBar(const std::string& title, const std::vector<BarDatum>& parts,
                      const std::function<std::string(double)>& formatValue,
                      double widthPt = 760.0);

// Summarises a long programme: up to maxRows tasks are kept as they are; beyond, each group
// (a hall's or the site's phase) becomes one row spanning its tasks (critical if any of them
// is) with every milestone as a row, when that fits maxRows; beyond again, each area (hall or
// site) becomes one row whose spans are its procurement, construction and commissioning and
// its milestones. Nothing is dropped: a campus with more areas than maxRows gets more rows
// (drawGanttCharts splits them). Rows are ordered by start.
std::vector<ReportTask> summarizeTasks(const std::vector<ReportTask>& tasks, std::size_t maxRows);

// Gantt charts on one calendar axis (months), critical activities in red, milestones as
// diamonds: rows split into charts of at most rowsPerChart rows (one per page).
std::vector<Canvas> drawGanttCharts(const std::vector<ReportTask>& rows,
                                    const std::string& startIso, std::size_t rowsPerChart);
// All rows in one chart.
Canvas drawGanttChart(const std::vector<ReportTask>& rows, const std::string& startIso);

// MW energised and GPUs online by calendar date (two axes, month ticks); with the tokens/s at
// full capacity and the GPUs it takes (finite, > 0), the tokens/s of the last step as well.
Canvas drawRampChart(const std::vector<ReportRampPoint>& ramp,
                     double tokensPerSecondAtFull = kNotAvailable, double gpusAtFull = 0.0);

} // namespace aifp::report
