#include "core/report/TextMetrics.hpp"
#include "core/report/PangoText.hpp"
#include <cmath>
#include <pango/pangocairo.h>

namespace aifp::report {

namespace {

// One measuring layout per thread (Pango font maps are per thread).
struct Measurer {
    PangoContext* context = nullptr;
    PangoLayout* layout = nullptr;
    Measurer() {
        context = pango_font_map_create_context(pango_cairo_font_map_get_default());
        configurePangoContext(context);
        layout = pango_layout_new(context);
    }
    ~Measurer() {
        g_object_unref(layout);
        g_object_unref(context);
    }
    Measurer(const Measurer&) = delete;
    Measurer& operator=(const Measurer&) = delete;

    PangoLayout* set(const std::string& text, Font font, double sizePt, double widthPt) {
        setLayoutFont(layout, font, sizePt);
        pango_layout_set_width(layout, widthPt > 0.0 ? pangoUnits(widthPt) : -1);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
        return layout;
    }
};

Measurer& measurer() {
    thread_local Measurer m;
    return m;
}

std::string trimRight(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

} // namespace

double textWidthPt(const std::string& utf8, Font font, double sizePt) {
    if (utf8.empty() || sizePt <= 0.0)
        return 0.0;
    PangoLayout* l = measurer().set(utf8, font, sizePt, 0.0);
    PangoRectangle logical;
    pango_layout_get_extents(l, nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

TextBox textBox(const std::string& utf8, Font font, double sizePt, double xPt, double baselinePt,
                Align align) {
    if (utf8.empty() || sizePt <= 0.0)
        return {xPt, baselinePt, 0.0, 0.0};
    PangoLayout* l = measurer().set(utf8, font, sizePt, 0.0);
    PangoRectangle logical;
    pango_layout_get_extents(l, nullptr, &logical);
    const double w = static_cast<double>(logical.width) / PANGO_SCALE;
    const double h = static_cast<double>(logical.height) / PANGO_SCALE;
    const double ascent = static_cast<double>(pango_layout_get_baseline(l)) / PANGO_SCALE;
    const double left = align == Align::Left ? xPt : align == Align::Center ? xPt - w / 2 : xPt - w;
    return {left, baselinePt - ascent, w, h};
}

TextBox textBox(const TextItem& t) {
    const TextBox b = textBox(t.text, t.font, t.sizePt, t.xPt, t.yPt, t.align);
    const double turn = std::fmod(std::fmod(t.rotationDeg, 360.0) + 360.0, 360.0);
    if (std::abs(turn - 90.0) < 1e-6) // counter-clockwise about the anchor: x up the page
        return {t.xPt + (b.yPt - t.yPt), t.yPt - (b.xPt + b.wPt - t.xPt), b.hPt, b.wPt};
    if (std::abs(turn - 270.0) < 1e-6)
        return {t.xPt - (b.yPt + b.hPt - t.yPt), t.yPt + (b.xPt - t.xPt), b.hPt, b.wPt};
    return b;
}

std::vector<std::string> wrapText(const std::string& utf8, Font font, double sizePt,
                                  double maxWidthPt) {
    std::vector<std::string> out;
    if (utf8.empty())
        return out;
    PangoLayout* l = measurer().set(utf8, font, sizePt, maxWidthPt > 1.0 ? maxWidthPt : 1.0);
    const char* text = pango_layout_get_text(l);
    for (GSList* it = pango_layout_get_lines_readonly(l); it; it = it->next) {
        const auto* line = static_cast<const PangoLayoutLine*>(it->data);
        out.push_back(trimRight(
            std::string(text + line->start_index, static_cast<std::size_t>(line->length))));
    }
    return out;
}

std::string elide(const std::string& utf8, Font font, double sizePt, double maxWidthPt) {
    if (textWidthPt(utf8, font, sizePt) <= maxWidthPt)
        return utf8;
    static const std::string kEllipsis = "\u2026";
    // Character boundaries of the UTF-8 text (lead bytes).
    std::vector<std::size_t> cuts;
    for (std::size_t i = 1; i < utf8.size(); ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80)
            cuts.push_back(i);
    std::size_t lo = 0, hi = cuts.size(); // the longest prefix cuts[k-1] that fits: binary search
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        const std::string s = trimRight(utf8.substr(0, cuts[mid - 1])) + kEllipsis;
        if (textWidthPt(s, font, sizePt) <= maxWidthPt)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo == 0 ? kEllipsis : trimRight(utf8.substr(0, cuts[lo - 1])) + kEllipsis;
}

} // namespace aifp::report
