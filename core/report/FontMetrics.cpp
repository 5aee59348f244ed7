#include "core/report/FontMetrics.hpp"
#include <array>
#include <cstdint>

namespace aifp::report {

namespace {

// Advance widths (1/1000 em) of Helvetica and Helvetica-Bold for the codes 32..126, typed in
// from the Adobe Core14 AFM files (Helvetica.afm, Helvetica-Bold.afm, "WX" values); code 39 is
// quotesingle and 96 is grave, as in WinAnsiEncoding.
constexpr std::array<std::uint16_t, 95> kHelvetica = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 48-63
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 64-79
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 80-95
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 96-111
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // 112-126
constexpr std::array<std::uint16_t, 95> kHelveticaBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 48-63
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 64-79
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 80-95
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 96-111
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};     // 112-126

// Widths of the WinAnsi codes above 127 that this program writes (same AFM files).
int highWidth(unsigned char c, bool bold) {
    switch (c) {
    case 0x95:
        return 350; // bullet
    case 0x96:
        return 556; // endash
    case 0x97:
        return 1000; // emdash
    case 0x85:
        return 1000; // ellipsis
    case 0xB0:
        return 400; // degree
    case 0xB1:
        return 584; // plusminus
    case 0xB5:
        return bold ? 611 : 556; // mu
    case 0xB7:
        return 278; // periodcentered
    case 0xD7:
        return 584; // multiply
    case 0xB2:
    case 0xB3:
        return 333; // two/threesuperior
    case 0xA0:
        return 278; // nbsp
    case 0xA7:
        return 556; // section
    default:
        return 556; // accented letters: close to the digit width
    }
}

int charWidth(unsigned char c, bool bold) {
    if (c >= 32 && c <= 126)
        return bold ? kHelveticaBold[c - 32] : kHelvetica[c - 32];
    if (c < 32)
        return 0;
    return highWidth(c, bold);
}

// Decodes one UTF-8 code point starting at i; advances i. Malformed bytes yield U+FFFD.
char32_t nextCodePoint(const std::string& s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) -> int {
        if (i + k >= s.size())
            return -1;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int n = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 1;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 2;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 3;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= n; ++k) {
        const int c = cont(static_cast<std::size_t>(k));
        if (c < 0) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | static_cast<char32_t>(c);
    }
    i += static_cast<std::size_t>(n) + 1;
    return cp;
}

} // namespace

std::string toWinAnsi(const std::string& utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = nextCodePoint(utf8, i);
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp >= 0xA0 && cp <= 0xFF) {
            out += static_cast<char>(cp); // Latin-1 block is identical in WinAnsi
        } else {
            switch (cp) {
            case 0x2013:
                out += '\x96';
                break;
            case 0x2014:
                out += '\x97';
                break;
            case 0x2022:
                out += '\x95';
                break;
            case 0x2026:
                out += '\x85';
                break;
            case 0x2018:
                out += '\x91';
                break;
            case 0x2019:
                out += '\x92';
                break;
            case 0x201C:
                out += '\x93';
                break;
            case 0x201D:
                out += '\x94';
                break;
            case 0x20AC:
                out += '\x80';
                break;
            case 0x2194:
                out += "<->";
                break;
            case 0x2192:
                out += "->";
                break;
            case 0x2190:
                out += "<-";
                break;
            case 0x2264:
                out += "<=";
                break;
            case 0x2265:
                out += ">=";
                break;
            case 0x2248:
                out += "~";
                break;
            case 0x2212:
                out += '-';
                break;
            default:
                out += '?';
                break;
            }
        }
    }
    return out;
}

double textWidthPt(const std::string& utf8, Font font, double sizePt) {
    const bool bold = font == Font::HelveticaBold;
    const std::string bytes = toWinAnsi(utf8);
    long units = 0;
    for (char ch : bytes)
        units += charWidth(static_cast<unsigned char>(ch), bold);
    return static_cast<double>(units) * sizePt / 1000.0;
}

std::vector<std::string> wrapText(const std::string& utf8, Font font, double sizePt,
                                  double maxWidthPt) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= utf8.size()) {
        std::size_t nl = utf8.find('\n', start);
        const std::string para =
            utf8.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        // Split the paragraph into words, then fill lines greedily.
        std::vector<std::string> words;
        std::size_t p = 0;
        while (p < para.size()) {
            while (p < para.size() && para[p] == ' ')
                ++p;
            std::size_t q = p;
            while (q < para.size() && para[q] != ' ')
                ++q;
            if (q > p)
                words.push_back(para.substr(p, q - p));
            p = q;
        }
        std::string current;
        for (const std::string& w : words) {
            const std::string trial = current.empty() ? w : current + " " + w;
            if (textWidthPt(trial, font, sizePt) <= maxWidthPt) {
                current = trial;
                continue;
            }
            if (!current.empty())
                lines.push_back(current);
            current.clear();
            if (textWidthPt(w, font, sizePt) <= maxWidthPt) {
                current = w;
                continue;
            }
            // A word wider than the line: break it by characters (whole UTF-8 sequences).
            std::size_t i = 0;
            std::string piece;
            while (i < w.size()) {
                std::size_t j = i;
                nextCodePoint(w, j);
                const std::string ch = w.substr(i, j - i);
                if (!piece.empty() && textWidthPt(piece + ch, font, sizePt) > maxWidthPt) {
                    lines.push_back(piece);
                    piece.clear();
                }
                piece += ch;
                i = j;
            }
            current = piece;
        }
        lines.push_back(current);
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
    return lines;
}

std::string elide(const std::string& utf8, Font font, double sizePt, double maxWidthPt) {
    if (textWidthPt(utf8, font, sizePt) <= maxWidthPt)
        return utf8;
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t j = i;
        nextCodePoint(utf8, j);
        const std::string trial = out + utf8.substr(i, j - i);
        if (textWidthPt(trial + "...", font, sizePt) > maxWidthPt)
            break;
        out = trial;
        i = j;
    }
    return out + "...";
}

} // namespace aifp::report
