#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace aifp {

// Text taken from a file and put into a message for the user: every control character and every
// byte that is not valid UTF-8 is escaped (\n, \t, \x1b, ...), so a value can never move the
// cursor, clear the screen or break the one-line message. Longer than maxChars characters, the
// value is cut and the total size is named: "aaaa... (1048576 bytes)".
inline constexpr std::size_t kMessageValueChars = 80;
std::string escapeForMessage(std::string_view text, std::size_t maxChars = kMessageValueChars);

// escapeForMessage in single quotes: 'value'.
std::string quotedValue(std::string_view text, std::size_t maxChars = kMessageValueChars);

// A whole one-line error message as shown to the user: escaped like a value, at most
// kMessageLineChars characters (the file name and reason come first, so a cut keeps them).
inline constexpr std::size_t kMessageLineChars = 400;
std::string messageLine(std::string_view text);

// True when text is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

} // namespace aifp
