#pragma once
#include "core/report/Canvas.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// A4 in PostScript points (210 x 297 mm at 72 pt per 25.4 mm, ISO 216).
inline constexpr double kA4ShortPt = 595.28;
inline constexpr double kA4LongPt = 841.89;

struct PdfMetadata {
    std::string title;
    std::string author;
    std::string subject;
    std::string creationDate; // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ"; empty: omitted
};

// Writes pages as a PDF 1.4 document: base-14 Helvetica fonts with WinAnsiEncoding (nothing
// embedded), uncompressed content streams, RGB images as RunLength-encoded XObjects, one page per
// canvas at the canvas's size. Returns the file's bytes.
std::string writePdf(const std::vector<Canvas>& pages, const PdfMetadata& meta);

// Writes the PDF to path. Throws std::runtime_error naming the path when it cannot be written.
void writePdfFile(const std::vector<Canvas>& pages, const PdfMetadata& meta,
                  const std::string& path);

// PackBits / RunLengthDecode encoding of bytes (PDF 1.4 reference, 3.3.4), ending with EOD (128).
std::string runLengthEncode(const std::vector<unsigned char>& bytes);

} // namespace aifp::report
