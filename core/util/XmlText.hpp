#pragma once
#include <string>

namespace aifp {

// Escapes text for XML 1.0 content and attribute values (SVG, HTML, MS Project XML). Control
// characters other than tab and newline, which XML 1.0 forbids, become spaces.
std::string xmlEscape(const std::string& s);

} // namespace aifp
