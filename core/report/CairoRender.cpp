#include "core/report/CairoRender.hpp"
#include "core/report/PangoText.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/XmlText.hpp"
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <numbers>
#include <stdexcept>

namespace aifp::report {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A Cairo tag attribute string value: quoted with '...', quotes and backslashes escaped.
std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

void setColor(cairo_t* cr, Color c) {
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

void setStroke(cairo_t* cr, const Stroke& s) {
    setColor(cr, s.color);
    cairo_set_line_width(cr, s.widthPt);
    if (s.dashOnPt > 0.0) {
        const double dash[2] = {s.dashOnPt, s.dashOffPt > 0.0 ? s.dashOffPt : s.dashOnPt};
        cairo_set_dash(cr, dash, 2, 0.0);
    } else {
        cairo_set_dash(cr, nullptr, 0, 0.0);
    }
}

void paint(cairo_t* cr, bool filled, Color fill, bool stroked, const Stroke& stroke) {
    if (filled) {
        setColor(cr, fill);
        if (stroked)
            cairo_fill_preserve(cr);
        else
            cairo_fill(cr);
    }
    if (stroked) {
        setStroke(cr, stroke);
        cairo_stroke(cr);
    }
    cairo_new_path(cr);
}

// Draws the items of one canvas. tags: the surface is a PDF (links, destinations, outline).
class Painter {
public:
    Painter(cairo_t* cr, cairo_surface_t* pdf) : cr_(cr), pdf_(pdf) {
        layout_ = pango_cairo_create_layout(cr_);
        configurePangoContext(pango_layout_get_context(layout_));
        pango_layout_context_changed(layout_);
    }
    ~Painter() { g_object_unref(layout_); }
    Painter(const Painter&) = delete;
    Painter& operator=(const Painter&) = delete;

    void draw(const Canvas& canvas) {
        for (const Item& item : canvas.items())
            std::visit(*this, item);
    }

    void operator()(const TextItem& t) {
        if (t.text.empty() || t.sizePt <= 0.0)
            return;
        setLayoutFont(layout_, t.font, t.sizePt);
        pango_layout_set_text(layout_, t.text.data(), static_cast<int>(t.text.size()));
        PangoRectangle logical;
        pango_layout_get_extents(layout_, nullptr, &logical);
        const double w = static_cast<double>(logical.width) / PANGO_SCALE;
        const double baseline =
            static_cast<double>(pango_layout_get_baseline(layout_)) / PANGO_SCALE;
        const double shift = t.align == Align::Left ? 0.0 : t.align == Align::Center ? w / 2 : w;
        cairo_save(cr_);
        cairo_translate(cr_, t.xPt, t.yPt);
        if (t.rotationDeg != 0.0)
            cairo_rotate(cr_, -t.rotationDeg * kDegToRad);
        cairo_move_to(cr_, -shift, -baseline);
        setColor(cr_, t.color);
        pango_cairo_update_layout(cr_, layout_);
        pango_cairo_show_layout(cr_, layout_);
        cairo_restore(cr_);
    }
    void operator()(const LineItem& l) {
        cairo_move_to(cr_, l.x1Pt, l.y1Pt);
        cairo_line_to(cr_, l.x2Pt, l.y2Pt);
        setStroke(cr_, l.stroke);
        cairo_stroke(cr_);
    }
    void operator()(const PolylineItem& p) {
        if (p.xyPt.size() < 4)
            return;
        cairo_move_to(cr_, p.xyPt[0], p.xyPt[1]);
        for (std::size_t i = 2; i + 1 < p.xyPt.size(); i += 2)
            cairo_line_to(cr_, p.xyPt[i], p.xyPt[i + 1]);
        if (p.closed)
            cairo_close_path(cr_);
        paint(cr_, p.filled, p.fill, p.stroked, p.stroke);
    }
    void operator()(const RectItem& r) {
        cairo_rectangle(cr_, r.xPt, r.yPt, r.wPt, r.hPt);
        paint(cr_, r.filled, r.fill, r.stroked, r.stroke);
    }
    void operator()(const CircleItem& c) {
        const bool full = std::abs(c.endDeg - c.startDeg) >= 360.0 - 1e-9;
        cairo_new_sub_path(cr_);
        if (full) {
            cairo_arc(cr_, c.cxPt, c.cyPt, c.radiusPt, 0.0, 2.0 * std::numbers::pi);
            cairo_close_path(cr_);
        } else {
            // Canvas angles run counter-clockwise on the page; Cairo's (y down) run clockwise.
            cairo_arc_negative(cr_, c.cxPt, c.cyPt, c.radiusPt, -c.startDeg * kDegToRad,
                               -c.endDeg * kDegToRad);
        }
        paint(cr_, c.filled, c.fill, c.stroked, c.stroke);
    }
    void operator()(const ImageItem& im) {
        const RasterImage& img = im.image;
        if (!img.valid() || im.wPt <= 0.0 || im.hPt <= 0.0)
            return;
        cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, img.width, img.height);
        cairo_surface_flush(s);
        unsigned char* data = cairo_image_surface_get_data(s);
        const int stride = cairo_image_surface_get_stride(s);
        for (int y = 0; y < img.height; ++y) {
            auto* row =
                reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
            const std::uint8_t* src = img.rgb.data() + static_cast<std::size_t>(y) * img.width * 3;
            for (int x = 0; x < img.width; ++x)
                row[x] = 0xFF000000u | (std::uint32_t(src[3 * x]) << 16) |
                         (std::uint32_t(src[3 * x + 1]) << 8) | src[3 * x + 2];
        }
        cairo_surface_mark_dirty(s);
        cairo_save(cr_);
        cairo_rectangle(cr_, im.xPt, im.yPt, im.wPt, im.hPt);
        cairo_clip(cr_);
        cairo_translate(cr_, im.xPt, im.yPt);
        cairo_scale(cr_, im.wPt / img.width, im.hPt / img.height);
        cairo_set_source_surface(cr_, s, 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr_), CAIRO_FILTER_GOOD);
        cairo_paint(cr_);
        cairo_restore(cr_);
        cairo_surface_destroy(s);
    }
    void operator()(const LinkItem& l) {
        if (!pdf_ || (l.uri.empty() && l.dest.empty()))
            return;
        // Whole points only: Cairo 1.16 parses tag attributes with the C locale's decimal
        // point, so "72.5" is an error under de_DE; a link area rounded outward loses nothing.
        const double x0 = std::floor(l.xPt), y0 = std::floor(l.yPt);
        const double x1 = std::ceil(l.xPt + l.wPt), y1 = std::ceil(l.yPt + l.hPt);
        const std::string attrs =
            "rect=[" + fileNumber(x0, 0) + " " + fileNumber(y0, 0) + " " + fileNumber(x1 - x0, 0) +
            " " + fileNumber(y1 - y0, 0) + "] " +
            (l.uri.empty() ? "dest=" + quoted(l.dest) : "uri=" + quoted(l.uri));
        cairo_tag_begin(cr_, CAIRO_TAG_LINK, attrs.c_str());
        cairo_tag_end(cr_, CAIRO_TAG_LINK);
    }
    void operator()(const AnchorItem& a) {
        if (!pdf_ || a.name.empty())
            return;
        const std::string attrs = "name=" + quoted(a.name) +
                                  " x=0 y=" + fileNumber(std::floor(std::max(0.0, a.yPt - 6.0)), 0);
        cairo_tag_begin(cr_, CAIRO_TAG_DEST, attrs.c_str());
        cairo_tag_end(cr_, CAIRO_TAG_DEST);
        if (!a.outlineTitle.empty()) {
            const int level = std::max(0, a.outlineLevel);
            int parent = CAIRO_PDF_OUTLINE_ROOT;
            if (level > 0 && !outlineStack_.empty())
                parent = outlineStack_[std::min<std::size_t>(level, outlineStack_.size()) - 1];
            const int id = cairo_pdf_surface_add_outline(pdf_, parent, a.outlineTitle.c_str(),
                                                         ("dest=" + quoted(a.name)).c_str(),
                                                         static_cast<cairo_pdf_outline_flags_t>(0));
            outlineStack_.resize(static_cast<std::size_t>(level));
            outlineStack_.push_back(id);
        }
    }

private:
    cairo_t* cr_;
    cairo_surface_t* pdf_;
    PangoLayout* layout_;
    std::vector<int> outlineStack_;
};

void check(cairo_surface_t* s, const std::string& what) {
    const cairo_status_t st = cairo_surface_status(s);
    if (st != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(what + ": " + cairo_status_to_string(st));
}

// "2026-11-29" -> "2026-11-29T00:00:00" (Cairo wants ISO 8601 date and time).
std::string isoDateTime(const std::string& d) {
    if (d.size() == 10)
        return d + "T00:00:00";
    return d;
}

void drawPage(cairo_surface_t* surface, cairo_surface_t* pdf, const Canvas& page, double scale,
              bool whiteBackground) {
    cairo_t* cr = cairo_create(surface);
    if (scale != 1.0)
        cairo_scale(cr, scale, scale);
    if (whiteBackground) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
    }
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    // Cairo 1.16 writes a link annotation's structure element only when the page has a
    // structure tree: without one the xref points at a missing object (qpdf: "file is
    // damaged"). Each PDF page is therefore one "Sect" structure element (a tagged PDF).
    if (pdf)
        cairo_tag_begin(cr, "Sect", "");
    {
        Painter p(cr, pdf);
        p.draw(page);
    }
    if (pdf)
        cairo_tag_end(cr, "Sect");
    const cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    if (st != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("drawing failed: ") + cairo_status_to_string(st));
}

} // namespace

std::string writePdf(const std::vector<Canvas>& pages, const PdfMetadata& meta) {
    std::string out;
    const double w0 = pages.empty() ? kA4LongPt : pages.front().widthPt();
    const double h0 = pages.empty() ? kA4ShortPt : pages.front().heightPt();
    cairo_surface_t* s = cairo_pdf_surface_create_for_stream(appendToString, &out, w0, h0);
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> guard(s, cairo_surface_destroy);
    check(s, "PDF");
    cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5);
    auto setMeta = [&](cairo_pdf_metadata_t key, const std::string& v) {
        if (!v.empty())
            cairo_pdf_surface_set_metadata(s, key, v.c_str());
    };
    setMeta(CAIRO_PDF_METADATA_TITLE, meta.title);
    setMeta(CAIRO_PDF_METADATA_AUTHOR, meta.author);
    setMeta(CAIRO_PDF_METADATA_SUBJECT, meta.subject);
    setMeta(CAIRO_PDF_METADATA_KEYWORDS, meta.keywords);
    setMeta(CAIRO_PDF_METADATA_CREATOR,
            meta.creator.empty() ? std::string("AI Factory Planner") : meta.creator);
    setMeta(CAIRO_PDF_METADATA_CREATE_DATE, isoDateTime(meta.creationDate));
    if (pages.empty()) {
        cairo_t* cr = cairo_create(s);
        cairo_show_page(cr);
        cairo_destroy(cr);
    }
    try {
        for (const Canvas& page : pages) {
            cairo_pdf_surface_set_size(s, page.widthPt(), page.heightPt());
            drawPage(s, s, page, 1.0, false);
            cairo_surface_show_page(s);
        }
    } catch (...) {
        // A failed drawing can leave Cairo 1.16's tag state inconsistent, and finishing the
        // surface then aborts on an internal assertion: give up the surface (a leak on an error
        // path) rather than the process.
        (void)guard.release();
        throw;
    }
    cairo_surface_finish(s);
    check(s, "PDF");
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

std::string writeSvg(const Canvas& canvas, const std::string& title) {
    std::string out;
    cairo_surface_t* s = cairo_svg_surface_create_for_stream(appendToString, &out, canvas.widthPt(),
                                                             canvas.heightPt());
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> guard(s, cairo_surface_destroy);
    check(s, "SVG");
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
    drawPage(s, nullptr, canvas, 1.0, false);
    cairo_surface_finish(s);
    check(s, "SVG");
    // Cairo numbers its surfaces with a process-wide counter ("surface2820"): renumber them in
    // order of appearance, so that the same drawing always gives the same bytes.
    {
        std::string renumbered;
        renumbered.reserve(out.size());
        std::map<std::string, std::string> ids;
        std::size_t pos = 0;
        for (std::size_t at; (at = out.find("surface", pos)) != std::string::npos;) {
            std::size_t end = at + 7;
            while (end < out.size() && out[end] >= '0' && out[end] <= '9')
                ++end;
            renumbered.append(out, pos, at - pos);
            if (end == at + 7) {
                renumbered += "surface";
            } else {
                auto [it, fresh] = ids.emplace(out.substr(at + 7, end - at - 7), std::string());
                if (fresh)
                    it->second = fileInteger(static_cast<long long>(ids.size()));
                renumbered += "surface" + it->second;
            }
            pos = end;
        }
        renumbered.append(out, pos, std::string::npos);
        out.swap(renumbered);
    }
    if (!title.empty()) {
        const std::size_t svg = out.find("<svg");
        const std::size_t end = svg == std::string::npos ? svg : out.find('>', svg);
        if (end != std::string::npos)
            out.insert(end + 1, "\n<title>" + xmlEscape(title) + "</title>");
    }
    return out;
}

namespace {

cairo_surface_t* rasterise(const Canvas& canvas, double pxPerPt) {
    const int w = std::max(1, static_cast<int>(std::lround(canvas.widthPt() * pxPerPt)));
    const int h = std::max(1, static_cast<int>(std::lround(canvas.heightPt() * pxPerPt)));
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    check(s, "image");
    drawPage(s, nullptr, canvas, pxPerPt, true);
    cairo_surface_flush(s);
    return s;
}

} // namespace

std::string writePng(const Canvas& canvas, double pxPerPt) {
    cairo_surface_t* s = rasterise(canvas, pxPerPt);
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> guard(s, cairo_surface_destroy);
    std::string out;
    if (cairo_surface_write_to_png_stream(s, appendToString, &out) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("PNG encoding failed");
    return out;
}

RasterImage renderRaster(const Canvas& canvas, double pxPerPt) {
    cairo_surface_t* s = rasterise(canvas, pxPerPt);
    std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> guard(s, cairo_surface_destroy);
    RasterImage img;
    img.width = cairo_image_surface_get_width(s);
    img.height = cairo_image_surface_get_height(s);
    const int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    img.rgb.resize(static_cast<std::size_t>(img.width) * img.height * 3);
    for (int y = 0; y < img.height; ++y) {
        const auto* row =
            reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        std::uint8_t* dst = img.rgb.data() + static_cast<std::size_t>(y) * img.width * 3;
        for (int x = 0; x < img.width; ++x) {
            dst[3 * x] = static_cast<std::uint8_t>(row[x] >> 16);
            dst[3 * x + 1] = static_cast<std::uint8_t>(row[x] >> 8);
            dst[3 * x + 2] = static_cast<std::uint8_t>(row[x]);
        }
    }
    return img;
}

std::string base64(const std::string& bytes) {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
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

} // namespace aifp::report
