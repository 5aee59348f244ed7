#include "core/report/Canvas.hpp"
#include <algorithm>
#include <cmath>

namespace aifp::report {

void Canvas::text(double x, double y, const std::string& s, double sizePt, Font font, Align align,
                  Color color, double rotationDeg) {
    items_.push_back(TextItem{x, y, s, font, sizePt, color, align, rotationDeg});
}

void Canvas::line(double x1, double y1, double x2, double y2, Stroke stroke) {
    items_.push_back(LineItem{x1, y1, x2, y2, stroke});
}

void Canvas::dashedLine(double x1, double y1, double x2, double y2, Color color, double widthPt) {
    line(x1, y1, x2, y2, Stroke{color, widthPt, 3.0, 2.0});
}

void Canvas::polyline(std::vector<double> xy, Stroke stroke, bool closed) {
    items_.push_back(PolylineItem{.xyPt = std::move(xy), .closed = closed, .stroke = stroke});
}

void Canvas::polygon(std::vector<double> xy, Color fill, bool stroked, Stroke stroke) {
    items_.push_back(PolylineItem{std::move(xy), true, true, fill, stroked, stroke});
}

void Canvas::rect(double x, double y, double w, double h, Stroke stroke) {
    items_.push_back(RectItem{x, y, w, h, false, colors::kWhite, true, stroke});
}

void Canvas::fillRect(double x, double y, double w, double h, Color fill, bool stroked,
                      Stroke stroke) {
    items_.push_back(RectItem{x, y, w, h, true, fill, stroked, stroke});
}

void Canvas::circle(double cx, double cy, double r, Stroke stroke) {
    items_.push_back(CircleItem{.cxPt = cx, .cyPt = cy, .radiusPt = r, .stroke = stroke});
}

void Canvas::fillCircle(double cx, double cy, double r, Color fill, bool stroked, Stroke stroke) {
    CircleItem c{.cxPt = cx, .cyPt = cy, .radiusPt = r, .stroke = stroke};
    c.filled = true;
    c.fill = fill;
    c.stroked = stroked;
    items_.push_back(c);
}

void Canvas::arc(double cx, double cy, double r, double startDeg, double endDeg, Stroke stroke) {
    CircleItem c{.cxPt = cx, .cyPt = cy, .radiusPt = r, .stroke = stroke};
    c.startDeg = startDeg;
    c.endDeg = endDeg;
    items_.push_back(c);
}

void Canvas::image(double x, double y, double w, double h, RasterImage img) {
    items_.push_back(ImageItem{x, y, w, h, std::move(img)});
}

void Canvas::link(double x, double y, double w, double h, std::string uri, std::string dest) {
    items_.push_back(LinkItem{x, y, w, h, std::move(uri), std::move(dest)});
}

void Canvas::anchor(std::string name, double y, std::string outlineTitle, int outlineLevel) {
    items_.push_back(AnchorItem{std::move(name), y, std::move(outlineTitle), outlineLevel});
}

double Canvas::minTextSizePt() const {
    double m = 0.0;
    for (const Item& item : items_)
        if (auto* t = std::get_if<TextItem>(&item); t && !t->text.empty())
            m = m == 0.0 ? t->sizePt : std::min(m, t->sizePt);
    return m;
}

void Canvas::arrow(double x1, double y1, double x2, double y2, Stroke stroke, double headPt) {
    line(x1, y1, x2, y2, stroke);
    const double len = std::hypot(x2 - x1, y2 - y1);
    if (len <= 0.0)
        return;
    const double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
    const double bx = x2 - ux * headPt, by = y2 - uy * headPt;
    const double px = -uy * headPt * 0.45, py = ux * headPt * 0.45;
    polygon({x2, y2, bx + px, by + py, bx - px, by - py}, stroke.color, false);
}

void Canvas::place(const Canvas& other, double dx, double dy, double scale) {
    auto X = [&](double x) { return dx + x * scale; };
    auto Y = [&](double y) { return dy + y * scale; };
    auto S = [&](Stroke s) {
        s.widthPt *= scale;
        s.dashOnPt *= scale;
        s.dashOffPt *= scale;
        return s;
    };
    // Rectangles, images and link areas: top-left corner and size.
    auto B = [&](auto box) {
        box.xPt = X(box.xPt);
        box.yPt = Y(box.yPt);
        box.wPt *= scale;
        box.hPt *= scale;
        return box;
    };
    for (const Item& item : other.items()) {
        if (auto* t = std::get_if<TextItem>(&item)) {
            TextItem c = *t;
            c.xPt = X(c.xPt);
            c.yPt = Y(c.yPt);
            c.sizePt *= scale;
            items_.push_back(c);
        } else if (auto* l = std::get_if<LineItem>(&item)) {
            items_.push_back(
                LineItem{X(l->x1Pt), Y(l->y1Pt), X(l->x2Pt), Y(l->y2Pt), S(l->stroke)});
        } else if (auto* p = std::get_if<PolylineItem>(&item)) {
            PolylineItem c = *p;
            for (std::size_t i = 0; i + 1 < c.xyPt.size(); i += 2) {
                c.xyPt[i] = X(c.xyPt[i]);
                c.xyPt[i + 1] = Y(c.xyPt[i + 1]);
            }
            c.stroke = S(c.stroke);
            items_.push_back(std::move(c));
        } else if (auto* r = std::get_if<RectItem>(&item)) {
            RectItem c = B(*r);
            c.stroke = S(c.stroke);
            items_.push_back(c);
        } else if (auto* ci = std::get_if<CircleItem>(&item)) {
            CircleItem c = *ci;
            c.cxPt = X(c.cxPt);
            c.cyPt = Y(c.cyPt);
            c.radiusPt *= scale;
            c.stroke = S(c.stroke);
            items_.push_back(c);
        } else if (auto* im = std::get_if<ImageItem>(&item)) {
            items_.push_back(B(*im));
        } else if (auto* li = std::get_if<LinkItem>(&item)) {
            items_.push_back(B(*li));
        } else if (auto* an = std::get_if<AnchorItem>(&item)) {
            AnchorItem c = *an;
            c.yPt = Y(c.yPt);
            items_.push_back(std::move(c));
        }
    }
}

} // namespace aifp::report
