#pragma once
#include "core/report/Canvas.hpp"
#include <string>
#include <vector>

// The report's output backend: Cairo draws Canvas pages, Pango sets their text
// (TextMetrics.hpp). PDF, SVG and PNG all come from the same drawing code.
namespace aifp::report {

// A4 in PostScript points (210 x 297 mm at 72 pt per 25.4 mm, ISO 216).
inline constexpr double kA4ShortPt = 595.28;
inline constexpr double kA4LongPt = 841.89;

struct PdfMetadata {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator;      // the application; empty: "AI Factory Planner"
    std::string creationDate; // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"; empty: omitted
};

// A PDF (Cairo 1.16: PDF 1.5, Flate-compressed streams, subset-embedded TrueType/CFF fonts,
// Unicode text via ToUnicode maps), one page per canvas at the canvas's size, UTF-8 metadata.
// LinkItems become link annotations (URI or internal destination); AnchorItems become named
// destinations, and those with an outline title become the document outline (bookmarks).
// Throws std::runtime_error when Cairo fails.
std::string writePdf(const std::vector<Canvas>& pages, const PdfMetadata& meta);

// Writes the PDF to path. Throws std::runtime_error naming the path when it cannot be written.
void writePdfFile(const std::vector<Canvas>& pages, const PdfMetadata& meta,
                  const std::string& path);

// One canvas as a standalone SVG 1.1 document (text as glyph outlines, so it looks the same in
// every viewer), with title as its <title> element when not empty.
std::string writeSvg(const Canvas& canvas, const std::string& title = {});

// One canvas as a PNG image at pxPerPt pixels per point, on white.
std::string writePng(const Canvas& canvas, double pxPerPt);

// One canvas rasterised at pxPerPt pixels per point on white, as RGB8 (for previews).
RasterImage renderRaster(const Canvas& canvas, double pxPerPt);

// Base64 (RFC 4648) of bytes, for data URIs.
std::string base64(const std::string& bytes);

} // namespace aifp::report
