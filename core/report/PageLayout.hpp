#pragma once
#include "core/report/Canvas.hpp"
#include "core/report/ReportDocument.hpp"
#include <vector>

namespace aifp::report {

struct PageSetup {
    double widthPt = 841.89; // A4 landscape (ISO 216: 297 x 210 mm)
    double heightPt = 595.28;
    double marginPt = 36.0;
    double bodySizePt = 9.0;
};

// Flows a report onto pages: every section starts a page; paragraphs and tables break across
// pages (table headers repeat); figures scale down to fit; header and "page N of M" footer.
std::vector<Canvas> layoutPages(const ReportDocument& doc, const PageSetup& setup = {});

} // namespace aifp::report
