#include "core/report/SvgWriter.hpp"
#include "core/report/CompactNumber.hpp"
#include <cmath>
#include <cstdio>
#include <numbers>
#include <sstream>

namespace aifp::report {

namespace {

std::string num(double v) {
    return compactNumber(v);
}

std::string rgb(Color c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string strokeAttrs(const Stroke& s) {
    std::string a = " stroke=\"" + rgb(s.color) + "\" stroke-width=\"" + num(s.widthPt) + "\"";
    if (s.dashOnPt > 0.0)
        a += " stroke-dasharray=\"" + num(s.dashOnPt) + " " + num(s.dashOffPt) + "\"";
    return a;
}

std::string paintAttrs(bool filled, Color fill, bool stroked, const Stroke& s) {
    std::string a = filled ? " fill=\"" + rgb(fill) + "\"" : std::string(" fill=\"none\"");
    if (stroked)
        a += strokeAttrs(s);
    return a;
}

struct SvgItem {
    std::ostringstream& o;
    void operator()(const TextItem& t) {
        if (t.text.empty())
            return;
        const char* anchor = t.align == Align::Left     ? "start"
                             : t.align == Align::Center ? "middle"
                                                        : "end";
        o << "<text x=\"" << num(t.xPt) << "\" y=\"" << num(t.yPt)
          << "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"" << num(t.sizePt) << "\""
          << (t.font == Font::HelveticaBold ? " font-weight=\"bold\"" : "") << " text-anchor=\""
          << anchor << "\" fill=\"" << rgb(t.color) << "\"";
        if (t.rotationDeg != 0.0)
            o << " transform=\"rotate(" << num(-t.rotationDeg) << " " << num(t.xPt) << " "
              << num(t.yPt) << ")\"";
        o << ">" << xmlEscape(t.text) << "</text>\n";
    }
    void operator()(const LineItem& l) {
        o << "<line x1=\"" << num(l.x1Pt) << "\" y1=\"" << num(l.y1Pt) << "\" x2=\"" << num(l.x2Pt)
          << "\" y2=\"" << num(l.y2Pt) << "\"" << strokeAttrs(l.stroke) << "/>\n";
    }
    void operator()(const PolylineItem& p) {
        if (p.xyPt.size() < 4)
            return;
        o << (p.closed ? "<polygon" : "<polyline") << " points=\"";
        for (std::size_t i = 0; i + 1 < p.xyPt.size(); i += 2)
            o << (i ? " " : "") << num(p.xyPt[i]) << "," << num(p.xyPt[i + 1]);
        o << "\"" << paintAttrs(p.filled, p.fill, p.stroked, p.stroke) << "/>\n";
    }
    void operator()(const RectItem& r) {
        o << "<rect x=\"" << num(r.xPt) << "\" y=\"" << num(r.yPt) << "\" width=\"" << num(r.wPt)
          << "\" height=\"" << num(r.hPt) << "\""
          << paintAttrs(r.filled, r.fill, r.stroked, r.stroke) << "/>\n";
    }
    void operator()(const CircleItem& c) {
        if (std::abs(c.endDeg - c.startDeg) >= 360.0 - 1e-9) {
            o << "<circle cx=\"" << num(c.cxPt) << "\" cy=\"" << num(c.cyPt) << "\" r=\""
              << num(c.radiusPt) << "\"" << paintAttrs(c.filled, c.fill, c.stroked, c.stroke)
              << "/>\n";
            return;
        }
        const double a0 = c.startDeg * std::numbers::pi / 180.0;
        const double a1 = c.endDeg * std::numbers::pi / 180.0;
        const double x0 = c.cxPt + c.radiusPt * std::cos(a0),
                     y0 = c.cyPt - c.radiusPt * std::sin(a0);
        const double x1 = c.cxPt + c.radiusPt * std::cos(a1),
                     y1 = c.cyPt - c.radiusPt * std::sin(a1);
        const bool large = std::abs(c.endDeg - c.startDeg) > 180.0;
        const bool ccw = c.endDeg > c.startDeg; // visually counter-clockwise: SVG sweep 0
        o << "<path d=\"M " << num(x0) << " " << num(y0) << " A " << num(c.radiusPt) << " "
          << num(c.radiusPt) << " 0 " << (large ? 1 : 0) << " " << (ccw ? 0 : 1) << " " << num(x1)
          << " " << num(y1) << "\"" << paintAttrs(c.filled, c.fill, c.stroked, c.stroke) << "/>\n";
    }
    void operator()(const ImageItem& im) {
        if (!im.image.valid())
            return;
        o << "<image x=\"" << num(im.xPt) << "\" y=\"" << num(im.yPt) << "\" width=\""
          << num(im.wPt) << "\" height=\"" << num(im.hPt)
          << "\" preserveAspectRatio=\"none\" href=\"data:image/bmp;base64,"
          << base64(encodeBmp(im.image)) << "\"/>\n";
    }
};

} // namespace

std::string encodeBmp(const RasterImage& image) {
    if (!image.valid())
        return {};
    const int rowBytes = (image.width * 3 + 3) / 4 * 4;
    const std::uint32_t dataSize = static_cast<std::uint32_t>(rowBytes * image.height);
    std::string out;
    auto u16 = [&](std::uint32_t v) {
        out += static_cast<char>(v & 0xFF);
        out += static_cast<char>((v >> 8) & 0xFF);
    };
    auto u32 = [&](std::uint32_t v) {
        u16(v & 0xFFFF);
        u16(v >> 16);
    };
    out += "BM";
    u32(54 + dataSize);
    u32(0);
    u32(54);
    u32(40);
    u32(static_cast<std::uint32_t>(image.width));
    u32(static_cast<std::uint32_t>(image.height)); // positive: rows bottom-up
    u16(1);
    u16(24);
    u32(0);
    u32(dataSize);
    u32(2835);
    u32(2835);
    u32(0);
    u32(0);
    for (int y = image.height - 1; y >= 0; --y) {
        const std::size_t row =
            static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) * 3;
        for (int x = 0; x < image.width; ++x) {
            const std::size_t p = row + static_cast<std::size_t>(x) * 3;
            out += static_cast<char>(image.rgb[p + 2]);
            out += static_cast<char>(image.rgb[p + 1]);
            out += static_cast<char>(image.rgb[p]);
        }
        for (int pad = image.width * 3; pad < rowBytes; ++pad)
            out += '\0';
    }
    return out;
}

std::string base64(const std::string& bytes) {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    while (i + 2 < bytes.size()) {
        const std::uint32_t v = (static_cast<unsigned char>(bytes[i]) << 16) |
                                (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                                static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
        i += 3;
    }
    if (i < bytes.size()) {
        std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size())
            v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string writeSvg(const Canvas& canvas, bool standalone) {
    std::ostringstream o;
    if (standalone)
        o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
      << num(canvas.widthPt()) << "\" height=\"" << num(canvas.heightPt()) << "\" viewBox=\"0 0 "
      << num(canvas.widthPt()) << " " << num(canvas.heightPt()) << "\">\n";
    SvgItem v{o};
    for (const Item& item : canvas.items())
        std::visit(v, item);
    o << "</svg>\n";
    return o.str();
}

} // namespace aifp::report
