#pragma once
#include "core/estimate/PowerBasis.hpp"
#include "core/options/DesignComparison.hpp"
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"
#include "core/report/Canvas.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/validation/Finding.hpp"
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace aifp::report {

inline constexpr double kNotAvailable = std::numeric_limits<double>::quiet_NaN();

// One reported number with where it comes from. NaN value: not available (the report says so).
struct ReportFigure {
    std::string label;
    double value = kNotAvailable;
    std::string unit;
    double low = kNotAvailable; // error band, when the engine gives one
    double high = kNotAvailable;
    std::string basis; // how it was obtained, or why it is missing
    bool available() const { return std::isfinite(value); }
};

struct ReportBreakdownItem {
    std::string label;
    double value = 0.0;
};

// The three kinds of work a reader follows per hall in a summarised programme.
enum class TaskPhase { Procurement, Construction, Commissioning };

// A part of a summarised row: one phase's span, or a milestone (summarizeTasks).
struct ReportTaskSpan {
    std::string id; // the milestone's task id; "" for a phase span
    std::string name;
    TaskPhase phase = TaskPhase::Construction;
    long startDay = 0;
    long finishDay = 0;
    std::string startIso;
    std::string finishIso;
    bool critical = false;
    bool milestone = false;
};

// One schedule activity, already timed by the schedule engine.
struct ReportTask {
    std::string id;
    std::string name;
    std::string group; // phase or hall, used to summarise long programmes
    std::string area;  // hall name or "Site": the row of a programme summarised by area
    TaskPhase phase = TaskPhase::Construction;
    long startDay = 0; // working-day offsets from the programme start; finish exclusive
    long finishDay = 0;
    std::string startIso;
    std::string finishIso;
    bool critical = false;
    bool milestone = false;
    // A row summarising an area: its phases and milestones, drawn in one row.
    std::vector<ReportTaskSpan> spans;
};

struct ReportRampPoint {
    int week = 0;        // weeks from the programme start
    std::string dateIso; // first day of the week
    double mwEnergised = 0.0;
    double gpusOnline = 0.0;
};

// One line of the bill of materials.
struct BomLine {
    std::string category;  // "Compute", "Power", "Cooling", "Network", ...
    std::string item;      // what it is, with its rating
    std::string catalogId; // empty for generic items (pipes, cable lengths)
    double quantity = 0.0;
    std::string unit; // "rack", "unit", "m", "link", ...
    double unitPriceUsd = kNotAvailable;
    std::string priceSource; // where the unit price comes from, or why there is none
    std::string note;
};

// A figure of the catalog the design relies on that is not an official datasheet value.
struct AssumptionLine {
    std::string catalogId;
    std::string entry;      // vendor and model
    std::string key;        // rating key
    std::string value;      // formatted value with unit
    std::string confidence; // secondary, claim, unverified, assumption, user override
    std::string source;
};

// Document control printed on the cover (and the confidentiality on every page).
struct DocumentInfo {
    std::string revision;        // e.g. "B"
    std::string documentNumber;  // e.g. "AIF-2026-014"
    std::string confidentiality; // e.g. "Confidential - customer only"
    std::string priceDate;       // ISO date the prices refer to; empty: not stated
    std::string currency;        // ISO 4217 code of the prices; empty: "USD"
};

// Everything a report shows besides the design itself, as plain data. Filled from the engines
// by fillReportInputsFromEngines (ReportInputsFromEngines.hpp), or by the GUI.
struct ReportInputs {
    // Cover
    std::string projectName;
    std::string customer;
    std::string author;
    std::string location;
    std::string dateIso; // report date
    std::string fileName;
    std::string fileVersion; // e.g. "schema 1, saved by aifp 0.1"
    DocumentInfo document;

    // Executive summary
    std::string modelId;
    std::string scenario;
    ReportFigure gpus;
    ReportFigure racks;
    std::optional<PowerBasis> powerBasis; // the one power basis; figures JSON prints its keys
    ReportFigure itMw;
    ReportFigure facilityMw;
    ReportFigure pue;
    ReportFigure tokensPerSecond;
    ReportFigure ttftMs;
    ReportFigure capexUsd;
    ReportFigure costPerMillionTokensUsd;
    std::string firstTokenDate;   // empty: not available
    std::string fullCapacityDate; // empty: not available

    // Decision summary: what the customer gets at the quoted service level, and the capital cost
    // as a range (value: the estimate; low/high: the ends; basis: where the range comes from).
    ReportFigure serviceTokensPerSecond; // tokens/s of the factory at the per-user speed
    ReportFigure userTokensPerS;         // the per-user speed quoted
    ReportFigure tokensPerSecondPerMw;   // per MW of facility power at typical load
    ReportFigure capexRangeUsd;

    // Options side by side (core/options): the variant this report is about ("" when the file
    // names none), the compared variants (designs[0] is the base, the reference of every
    // difference; fewer than two: no comparison section), the sensitivity sweep and the risk
    // register derived from it. sensitivity empty: not computed (missing says why).
    std::string variantName;
    Comparison comparison;
    std::optional<SensitivityResult> sensitivity;
    std::vector<Risk> risks;
    // Build or rent for a report on one design: the subject under build, colocation and cloud
    // (designFiguresByProcurement; empty when the report compares variants, whose own
    // procurements the decision summary shows), and the subject's own procurement.
    std::vector<DesignFigures> procurementOptions;
    std::string procurement = "build";

    // Estimates
    std::vector<ReportFigure> estimateFigures;         // every figure of the estimate
    std::vector<ReportBreakdownItem> powerBreakdownMw; // IT, cooling, losses, ...
    std::vector<ReportBreakdownItem> costBreakdownUsd; // by category
    std::vector<std::string> estimateAssumptions;      // stated by the estimation engine

    // Validation
    bool validationAvailable = false;
    std::vector<Finding> findings;

    // Schedule
    bool scheduleAvailable = false;
    std::string scheduleStart;
    std::string scheduleFinish;
    std::vector<ReportTask> tasks;
    std::vector<ReportRampPoint> ramp;
    // Time to first token and the fast-track paths (core/schedule fastTrackSummary); the
    // schedule section leads with it. Empty options: not computed.
    FastTrackSummary fastTrack;

    // Bill of materials and assumptions ledger
    std::vector<BomLine> bom;
    std::vector<AssumptionLine> assumptions;

    // Engines or data that were not available: each line says what is missing and why.
    std::vector<std::string> missing;

    // Optional 3D render from the GUI (VTK); the command line has no OpenGL context.
    std::optional<RasterImage> render3d;
};

} // namespace aifp::report
