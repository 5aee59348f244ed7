#include "core/util/TextColumns.hpp"

namespace aifp {

namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::size_t displayWidth(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        n += isContinuationByte(c) ? 0 : 1;
    return n;
}

std::string padToWidth(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t w = displayWidth(text);
    if (w < width)
        out.append(width - w, ' ');
    return out;
}

std::string padLeftToWidth(std::string_view text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

std::string cutToWidth(std::string_view text, std::size_t width) {
    if (displayWidth(text) <= width)
        return std::string(text);
    if (width == 0)
        return {};
    // Keep width - 1 code points: stop at the start byte of code point number width.
    std::size_t kept = 0, i = 0;
    for (; i < text.size(); ++i)
        if (!isContinuationByte(text[i]) && kept++ == width - 1)
            break;
    return std::string(text.substr(0, i)) + "~";
}

} // namespace aifp
