#pragma once
#include "core/report/ReportDocument.hpp"
#include <string>

namespace aifp::report {

// The report as one self-contained HTML5 page in XHTML syntax (well-formed XML: parseable by any
// XML reader), figures inlined as SVG, tables as HTML tables, a table of contents at the top.
std::string writeHtml(const ReportDocument& doc);

// Writes it to path; throws std::runtime_error naming the path on failure.
void writeHtmlFile(const ReportDocument& doc, const std::string& path);

} // namespace aifp::report
