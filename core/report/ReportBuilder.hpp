#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/Canvas.hpp"
#include "core/report/ReportDocument.hpp"
#include "core/report/ReportInputs.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// The titles of the report's sections, in order (the cover has none).
std::vector<std::string> reportSectionTitles();

// Assembles the proposal: cover, executive summary, design views (drawn axonometric view or the
// GUI's render, dimensioned hall plans), power (single-line diagram), cooling (loop schematic),
// network (tier diagram and link tables), validation findings, estimates (charts with error
// bands), schedule (Gantt and ramp), bill of materials and assumptions ledger. What the inputs
// lack is stated in the report, never invented.
ReportDocument buildReport(const Design& design, const Catalog& catalog,
                           const ReportInputs& inputs);

// The PDF document information of a report (title, author, subject, creator, date).
PdfMetadata pdfMetadata(const ReportDocument& doc);

// Lays out and writes the report: PDF when path ends in ".pdf", HTML for ".html"/".htm".
// Throws std::runtime_error naming the path on an unknown extension or a write failure.
void writeReportFile(const ReportDocument& doc, const std::string& path);

} // namespace aifp::report
