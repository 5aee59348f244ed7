#include "core/report/PdfWriter.hpp"
#include "core/report/CompactNumber.hpp"
#include "core/report/FontMetrics.hpp"
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numbers>
#include <sstream>
#include <stdexcept>

namespace aifp::report {

namespace {

std::string num(double v) {
    return compactNumber(v);
}

std::string colorOp(Color c, const char* op) {
    return num(c.r / 255.0) + " " + num(c.g / 255.0) + " " + num(c.b / 255.0) + " " + op + "\n";
}

// A PDF literal string of WinAnsi bytes; bytes outside printable ASCII as octal escapes.
std::string pdfString(const std::string& utf8) {
    const std::string bytes = toWinAnsi(utf8);
    std::string out = "(";
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 32 || c > 126) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + ")";
}

class ContentBuilder {
public:
    explicit ContentBuilder(double pageHeightPt) : h_(pageHeightPt) {}
    std::string str() const { return s_.str(); }
    std::vector<const ImageItem*> images;

    void stroke(const Stroke& st) {
        s_ << colorOp(st.color, "RG") << num(st.widthPt) << " w\n";
        if (st.dashOnPt > 0.0)
            s_ << "[" << num(st.dashOnPt) << " " << num(st.dashOffPt) << "] 0 d\n";
        else
            s_ << "[] 0 d\n";
    }
    void paint(bool filled, bool stroked, bool closed) {
        if (filled && stroked)
            s_ << "B\n";
        else if (filled)
            s_ << "f\n";
        else if (stroked)
            s_ << (closed ? "s\n" : "S\n");
        else
            s_ << "n\n";
    }
    double Y(double y) const { return h_ - y; }

    void operator()(const TextItem& t) {
        if (t.text.empty())
            return;
        const double w = textWidthPt(t.text, t.font, t.sizePt);
        const double shift = t.align == Align::Left ? 0.0 : t.align == Align::Center ? w / 2 : w;
        const double a = t.rotationDeg * std::numbers::pi / 180.0;
        const double c = std::cos(a), s = std::sin(a);
        const double x = t.xPt - shift * c, y = Y(t.yPt) - shift * s;
        s_ << "BT\n"
           << colorOp(t.color, "rg") << (t.font == Font::HelveticaBold ? "/F2 " : "/F1 ")
           << num(t.sizePt) << " Tf\n"
           << num(c) << " " << num(s) << " " << num(-s) << " " << num(c) << " " << num(x) << " "
           << num(y) << " Tm\n"
           << pdfString(t.text) << " Tj\nET\n";
    }
    void operator()(const LineItem& l) {
        stroke(l.stroke);
        s_ << num(l.x1Pt) << " " << num(Y(l.y1Pt)) << " m " << num(l.x2Pt) << " " << num(Y(l.y2Pt))
           << " l S\n";
    }
    void operator()(const PolylineItem& p) {
        if (p.xyPt.size() < 4)
            return;
        if (p.stroked)
            stroke(p.stroke);
        if (p.filled)
            s_ << colorOp(p.fill, "rg");
        for (std::size_t i = 0; i + 1 < p.xyPt.size(); i += 2)
            s_ << num(p.xyPt[i]) << " " << num(Y(p.xyPt[i + 1])) << (i == 0 ? " m\n" : " l\n");
        if (p.closed && (p.filled && p.stroked))
            s_ << "h\n";
        paint(p.filled, p.stroked, p.closed);
    }
    void operator()(const RectItem& r) {
        if (r.stroked)
            stroke(r.stroke);
        if (r.filled)
            s_ << colorOp(r.fill, "rg");
        s_ << num(r.xPt) << " " << num(Y(r.yPt + r.hPt)) << " " << num(r.wPt) << " " << num(r.hPt)
           << " re\n";
        paint(r.filled, r.stroked, true);
    }
    void operator()(const CircleItem& c) {
        if (c.stroked)
            stroke(c.stroke);
        if (c.filled)
            s_ << colorOp(c.fill, "rg");
        const bool full = std::abs(c.endDeg - c.startDeg) >= 360.0 - 1e-9;
        double a0 = c.startDeg * std::numbers::pi / 180.0;
        const double a1 = c.endDeg * std::numbers::pi / 180.0;
        const int segments =
            std::max(1, static_cast<int>(std::ceil(std::abs(a1 - a0) / (std::numbers::pi / 2))));
        const double step = (a1 - a0) / segments;
        const double k = 4.0 / 3.0 * std::tan(step / 4.0);
        // Angles are counter-clockwise as seen on the page; page y grows upward in PDF space.
        auto P = [&](double a, double& x, double& y) {
            x = c.cxPt + c.radiusPt * std::cos(a);
            y = Y(c.cyPt) + c.radiusPt * std::sin(a);
        };
        double x = 0, y = 0;
        P(a0, x, y);
        s_ << num(x) << " " << num(y) << " m\n";
        for (int i = 0; i < segments; ++i) {
            const double b = a0 + step;
            double x0, y0, x3, y3;
            P(a0, x0, y0);
            P(b, x3, y3);
            const double x1 = x0 - k * c.radiusPt * std::sin(a0);
            const double y1 = y0 + k * c.radiusPt * std::cos(a0);
            const double x2 = x3 + k * c.radiusPt * std::sin(b);
            const double y2 = y3 - k * c.radiusPt * std::cos(b);
            s_ << num(x1) << " " << num(y1) << " " << num(x2) << " " << num(y2) << " " << num(x3)
               << " " << num(y3) << " c\n";
            a0 = b;
        }
        if (full && c.filled && c.stroked)
            s_ << "h\n";
        paint(c.filled, c.stroked, full);
    }
    void operator()(const ImageItem& im) {
        if (!im.image.valid())
            return;
        images.push_back(&im);
        s_ << "q " << num(im.wPt) << " 0 0 " << num(im.hPt) << " " << num(im.xPt) << " "
           << num(Y(im.yPt + im.hPt)) << " cm /Im" << images.size() << " Do Q\n";
    }

private:
    double h_;
    std::ostringstream s_;
};

std::string pdfDate(const std::string& iso) {
    // "YYYY-MM-DD[THH:MM:SS[Z]]" -> "D:YYYYMMDDHHMMSSZ"
    std::string digits;
    for (char c : iso)
        if (c >= '0' && c <= '9')
            digits += c;
    if (digits.size() < 8)
        return {};
    while (digits.size() < 14)
        digits += '0';
    return "D:" + digits.substr(0, 14) + "Z";
}

} // namespace

std::string runLengthEncode(const std::vector<unsigned char>& bytes) {
    std::string out;
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        // A run of identical bytes (2..128) is written as (257 - length, byte).
        std::size_t run = 1;
        while (i + run < n && run < 128 && bytes[i + run] == bytes[i])
            ++run;
        if (run >= 2) {
            out += static_cast<char>(257 - run);
            out += static_cast<char>(bytes[i]);
            i += run;
            continue;
        }
        // A literal stretch (1..128 bytes) up to the next run of 2 or more.
        std::size_t len = 1;
        while (i + len < n && len < 128 &&
               !(i + len + 1 < n && bytes[i + len] == bytes[i + len + 1]))
            ++len;
        out += static_cast<char>(len - 1);
        out.append(reinterpret_cast<const char*>(&bytes[i]), len);
        i += len;
    }
    out += static_cast<char>(128);
    return out;
}

std::string writePdf(const std::vector<Canvas>& pages, const PdfMetadata& meta) {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets; // offsets[i] is object i+1
    auto beginObj = [&](std::size_t id) {
        if (offsets.size() < id)
            offsets.resize(id, 0);
        offsets[id - 1] = out.size();
        out += std::to_string(id) + " 0 obj\n";
    };
    auto endObj = [&]() { out += "endobj\n"; };

    // Fixed objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info.
    std::size_t nextId = 6;
    std::vector<std::size_t> pageIds;
    std::string body;
    for (const Canvas& page : pages) {
        ContentBuilder cb(page.heightPt());
        for (const Item& item : page.items())
            std::visit(cb, item);
        const std::string content = cb.str();
        const std::size_t pageId = nextId++;
        const std::size_t contentId = nextId++;
        std::vector<std::size_t> imageIds;
        for (std::size_t i = 0; i < cb.images.size(); ++i)
            imageIds.push_back(nextId++);
        pageIds.push_back(pageId);

        beginObj(pageId);
        out += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(page.widthPt()) + " " +
               num(page.heightPt()) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>";
        if (!imageIds.empty()) {
            out += " /XObject <<";
            for (std::size_t i = 0; i < imageIds.size(); ++i)
                out += " /Im" + std::to_string(i + 1) + " " + std::to_string(imageIds[i]) + " 0 R";
            out += " >>";
        }
        out += " >> /Contents " + std::to_string(contentId) + " 0 R >>\n";
        endObj();

        beginObj(contentId);
        out += "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
               "\nendstream\n";
        endObj();

        for (std::size_t i = 0; i < imageIds.size(); ++i) {
            const RasterImage& img = cb.images[i]->image;
            const std::string data = runLengthEncode(img.rgb);
            beginObj(imageIds[i]);
            out += "<< /Type /XObject /Subtype /Image /Width " + std::to_string(img.width) +
                   " /Height " + std::to_string(img.height) +
                   " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /RunLengthDecode /Length " +
                   std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream\n";
            endObj();
        }
    }

    beginObj(1);
    out += "<< /Type /Catalog /Pages 2 0 R >>\n";
    endObj();
    beginObj(2);
    out += "<< /Type /Pages /Count " + std::to_string(pages.size()) + " /Kids [";
    for (std::size_t id : pageIds)
        out += " " + std::to_string(id) + " 0 R";
    out += " ] >>\n";
    endObj();
    beginObj(3);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\n";
    endObj();
    beginObj(4);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
           "/WinAnsiEncoding >>\n";
    endObj();
    beginObj(5);
    out += "<< /Producer (AI Factory Planner)";
    if (!meta.title.empty())
        out += " /Title " + pdfString(meta.title);
    if (!meta.author.empty())
        out += " /Author " + pdfString(meta.author);
    if (!meta.subject.empty())
        out += " /Subject " + pdfString(meta.subject);
    if (const std::string d = pdfDate(meta.creationDate); !d.empty())
        out += " /CreationDate (" + d + ")";
    out += " >>\n";
    endObj();

    const std::size_t xref = out.size();
    const std::size_t count = offsets.size() + 1;
    out += "xref\n0 " + std::to_string(count) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
        out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(count) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

void writePdfFile(const std::vector<Canvas>& pages, const PdfMetadata& meta,
                  const std::string& path) {
    const std::string bytes = writePdf(pages, meta);
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f)
        throw std::runtime_error(path + ": cannot open for writing");
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f)
        throw std::runtime_error(path + ": write failed");
}

} // namespace aifp::report
