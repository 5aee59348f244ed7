#pragma once
#include "core/report/Canvas.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// The report typeface as a Pango family list: DejaVu Sans (Debian fonts-dejavu-core) for Latin,
// Greek and Cyrillic, WenQuanYi Micro Hei (fonts-wqy-microhei) for CJK; fontconfig falls back
// further for any other script. Every backend (PDF, SVG, PNG) sets text with these families, so
// what is measured here is what is drawn.
inline constexpr const char* kReportFontFamilies = "DejaVu Sans, WenQuanYi Micro Hei";

// Width of one line of UTF-8 text in points, measured by Pango (unhinted metrics).
double textWidthPt(const std::string& utf8, Font font, double sizePt);

// The box one line of text covers, from Pango's logical extents (what Cairo draws: CairoRender
// sets the same layout, its baseline at the item's y): origin top-left, y down, in points.
struct TextBox {
    double xPt = 0.0, yPt = 0.0, wPt = 0.0, hPt = 0.0;
    bool intersects(const TextBox& o, double gapPt = 0.0) const {
        return xPt < o.xPt + o.wPt + gapPt && o.xPt < xPt + wPt + gapPt &&
               yPt < o.yPt + o.hPt + gapPt && o.yPt < yPt + hPt + gapPt;
    }
};
// The box of a text item on its canvas (rotations of 0, 90 and 270 degrees; others as 0).
TextBox textBox(const TextItem& t);
// The box of text set at (x, baseline y) with align.
TextBox textBox(const std::string& utf8, Font font, double sizePt, double xPt, double baselinePt,
                Align align);

// Splits text into lines no wider than maxWidthPt: Pango's line breaking (Unicode line-break
// rules: words, CJK ideographs; a word wider than the line is broken between characters).
// Explicit '\n' starts a new line.
std::vector<std::string> wrapText(const std::string& utf8, Font font, double sizePt,
                                  double maxWidthPt);

// Shortens text with "…" so that it fits maxWidthPt (cut at a character boundary).
std::string elide(const std::string& utf8, Font font, double sizePt, double maxWidthPt);

} // namespace aifp::report
