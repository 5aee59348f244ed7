#pragma once
#include "core/report/Canvas.hpp"
#include "core/util/XmlText.hpp"
#include <string>

namespace aifp::report {

// One canvas as a standalone SVG 1.1 document (or an element for inlining in XHTML when
// standalone is false: no XML declaration). Text keeps its UTF-8, escaped for XML; images are
// embedded as base64 BMP data URIs.
std::string writeSvg(const Canvas& canvas, bool standalone = true);

// Escapes &, <, >, " and ' for XML text and attribute values.
using aifp::xmlEscape;

// A 24-bit BMP file of an RGB8 image (for data URIs).
std::string encodeBmp(const RasterImage& image);
std::string base64(const std::string& bytes);

} // namespace aifp::report
