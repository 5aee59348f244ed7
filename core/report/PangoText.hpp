#pragma once
// Internal to core/report: the Pango settings shared by text measurement (TextMetrics.cpp) and
// drawing (CairoRender.cpp), so both see identical glyph advances.
#include "core/report/Canvas.hpp"
#include "core/report/TextMetrics.hpp"
#include <cmath>
#include <pango/pangocairo.h>

namespace aifp::report {

inline int pangoUnits(double pt) {
    return static_cast<int>(std::lround(pt * PANGO_SCALE));
}

// Unhinted outlines and metrics: widths scale linearly with size, identical on every surface.
inline void configurePangoContext(PangoContext* context) {
    cairo_font_options_t* o = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, o);
    cairo_font_options_destroy(o);
    pango_context_set_round_glyph_positions(context, FALSE);
}

// The report face at sizePt user units (points), absolute: independent of any resolution.
inline void setLayoutFont(PangoLayout* layout, Font font, double sizePt) {
    PangoFontDescription* d = pango_font_description_from_string(kReportFontFamilies);
    pango_font_description_set_absolute_size(d, sizePt * PANGO_SCALE);
    pango_font_description_set_weight(d,
                                      font == Font::Bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, d);
    pango_font_description_free(d);
}

} // namespace aifp::report
