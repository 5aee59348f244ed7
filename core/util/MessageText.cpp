#include "core/util/MessageText.hpp"
#include <cstdio>

namespace aifp {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when the bytes there are not one
// (RFC 3629 section 4: no overlong forms, no UTF-16 surrogates, nothing above U+10FFFF).
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates U+D800..U+DFFF
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90; // overlong
        else if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + n > text.size())
        return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return n;
}

void appendEscaped(std::string& out, unsigned char c) {
    switch (c) {
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
}

} // namespace

bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8Length(text, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string escapeForMessage(std::string_view text, std::size_t maxChars) {
    std::string out;
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (chars >= maxChars) {
            out += "... (" + std::to_string(text.size()) + " bytes)";
            return out;
        }
        const std::size_t n = utf8Length(text, i);
        const auto c = static_cast<unsigned char>(text[i]);
        // C0 controls, DEL and the C1 controls U+0080..U+009F (0xC2 0x80..0x9F) are escaped.
        const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
        if (n == 0 || c < 0x20 || c == 0x7F || c1) {
            if (c1) {
                appendEscaped(out, c);
                appendEscaped(out, static_cast<unsigned char>(text[i + 1]));
                i += 2;
            } else {
                appendEscaped(out, c);
                ++i;
            }
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
        ++chars;
    }
    return out;
}

std::string quotedValue(std::string_view text, std::size_t maxChars) {
    return "'" + escapeForMessage(text, maxChars) + "'";
}

std::string messageLine(std::string_view text) {
    return escapeForMessage(text, kMessageLineChars);
}

} // namespace aifp
