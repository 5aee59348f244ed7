#pragma once
#include <string>

namespace aifp {

// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a line
// break; as it is otherwise. Text stays UTF-8.
std::string csvField(const std::string& text);

} // namespace aifp
