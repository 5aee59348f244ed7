#pragma once
#include "core/report/Canvas.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// Width of text set in a base-14 Helvetica font, in points. Text is UTF-8; characters outside
// WinAnsi are measured as the '?' they are written as.
double textWidthPt(const std::string& utf8, Font font, double sizePt);

// Splits text into lines no wider than maxWidthPt, breaking at spaces (a word wider than the line
// is broken by characters). Explicit '\n' starts a new line.
std::vector<std::string> wrapText(const std::string& utf8, Font font, double sizePt,
                                  double maxWidthPt);

// Shortens text with "..." so that it fits maxWidthPt.
std::string elide(const std::string& utf8, Font font, double sizePt, double maxWidthPt);

// UTF-8 to WinAnsiEncoding (Windows-1252) bytes, as the PDF base-14 fonts are written; a code
// point WinAnsi lacks becomes '?', with a few common symbols spelled out ("<->", "<=", ">=").
std::string toWinAnsi(const std::string& utf8);

} // namespace aifp::report
