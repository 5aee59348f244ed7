#pragma once
#include <string>
#include <vector>

namespace aifp {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or
// trailing spaces; quotes doubled. Bytes pass through unchanged (UTF-8 stays UTF-8).
std::string csvField(const std::string& text);
// A record: the fields joined by commas, ended by "\n".
std::string csvRecord(const std::vector<std::string>& fields);

} // namespace aifp
