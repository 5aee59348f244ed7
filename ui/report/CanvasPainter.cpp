#include "ui/report/CanvasPainter.hpp"
#include "core/report/TextMetrics.hpp"
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <variant>

namespace aifp::ui {

namespace {

QColor qcolor(const report::Color& c) {
    return QColor(c.r, c.g, c.b);
}

QPen qpen(const report::Stroke& s) {
    QPen pen(qcolor(s.color));
    pen.setWidthF(s.widthPt);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    if (s.dashOnPt > 0.0 && s.widthPt > 0.0) {
        // QPen dash patterns are in units of the pen width.
        pen.setDashPattern(
            {s.dashOnPt / s.widthPt, (s.dashOffPt > 0.0 ? s.dashOffPt : s.dashOnPt) / s.widthPt});
    }
    return pen;
}

QFont qfont(report::Font f, double sizePt) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(sizePt > 0.0 ? sizePt : 1.0);
    font.setBold(f == report::Font::Bold);
    return font;
}

struct ItemPainter {
    QPainter& p;

    void strokeFill(bool stroked, const report::Stroke& stroke, bool filled,
                    const report::Color& fill) {
        p.setPen(stroked ? qpen(stroke) : QPen(Qt::NoPen));
        p.setBrush(filled ? QBrush(qcolor(fill)) : QBrush(Qt::NoBrush));
    }

    void operator()(const report::TextItem& t) {
        if (t.text.empty())
            return;
        const QString s = QString::fromStdString(t.text);
        // Canvas font sizes are points in canvas units: use a pixel-sized font so that one
        // canvas point is one painter unit whatever the device resolution.
        QFont unitFont = qfont(t.font, t.sizePt);
        unitFont.setPixelSize(std::max(1, static_cast<int>(std::lround(t.sizePt * 10.0))));
        p.save();
        p.translate(t.xPt, t.yPt);
        if (t.rotationDeg != 0.0)
            p.rotate(-t.rotationDeg);
        p.scale(0.1, 0.1); // the font is 10x the size for hinting-free metrics
        p.setFont(unitFont);
        const QFontMetricsF fm(unitFont, p.device());
        // The core lays text out with Pango's widths (TextMetrics); Qt's shaping of the same
        // font may differ slightly, so squeeze or stretch each string to the width the
        // layout reserved: the preview then matches the PDF's line breaks and column fits.
        const double qtWidth = fm.horizontalAdvance(s) / 10.0;
        const double coreWidth = report::textWidthPt(t.text, t.font, t.sizePt);
        const double stretch = qtWidth > 0.0 && coreWidth > 0.0 ? coreWidth / qtWidth : 1.0;
        p.scale(stretch, 1.0);
        const double w = fm.horizontalAdvance(s);
        double x = 0.0;
        if (t.align == report::Align::Center)
            x = -w / 2.0;
        else if (t.align == report::Align::Right)
            x = -w;
        p.setPen(qcolor(t.color));
        p.drawText(QPointF(x, 0.0), s);
        p.restore();
    }
    void operator()(const report::LinkItem&) {}   // PDF only
    void operator()(const report::AnchorItem&) {} // PDF only
    void operator()(const report::LineItem& l) {
        p.setPen(qpen(l.stroke));
        p.drawLine(QPointF(l.x1Pt, l.y1Pt), QPointF(l.x2Pt, l.y2Pt));
    }
    void operator()(const report::PolylineItem& l) {
        QPolygonF poly;
        for (std::size_t i = 0; i + 1 < l.xyPt.size(); i += 2)
            poly << QPointF(l.xyPt[i], l.xyPt[i + 1]);
        if (poly.size() < 2)
            return;
        if (l.closed || l.filled) {
            strokeFill(l.stroked, l.stroke, l.filled, l.fill);
            p.drawPolygon(poly);
        } else {
            strokeFill(l.stroked, l.stroke, false, l.fill);
            p.drawPolyline(poly);
        }
    }
    void operator()(const report::RectItem& r) {
        strokeFill(r.stroked, r.stroke, r.filled, r.fill);
        p.drawRect(QRectF(r.xPt, r.yPt, r.wPt, r.hPt));
    }
    void operator()(const report::CircleItem& c) {
        const QRectF box(c.cxPt - c.radiusPt, c.cyPt - c.radiusPt, 2 * c.radiusPt, 2 * c.radiusPt);
        const double span = c.endDeg - c.startDeg;
        if (span >= 360.0 || span <= -360.0) {
            strokeFill(c.stroked, c.stroke, c.filled, c.fill);
            p.drawEllipse(box);
            return;
        }
        // Canvas arcs are counter-clockwise in a y-down frame drawn y-up on paper (as in PDF
        // and SVG writers): Qt's angles are counter-clockwise on screen, so they match.
        const int a0 = static_cast<int>(std::lround(c.startDeg * 16.0));
        const int as = static_cast<int>(std::lround(span * 16.0));
        if (c.filled) {
            strokeFill(c.stroked, c.stroke, true, c.fill);
            p.drawPie(box, a0, as);
        } else {
            strokeFill(c.stroked, c.stroke, false, c.fill);
            p.drawArc(box, a0, as);
        }
    }
    void operator()(const report::ImageItem& im) {
        if (!im.image.valid())
            return;
        const QImage img(im.image.rgb.data(), im.image.width, im.image.height, im.image.width * 3,
                         QImage::Format_RGB888);
        p.drawImage(QRectF(im.xPt, im.yPt, im.wPt, im.hPt), img);
    }
};

} // namespace

void paintCanvas(QPainter& painter, const report::Canvas& canvas) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    ItemPainter ip{painter};
    for (const report::Item& item : canvas.items())
        std::visit(ip, item);
    painter.restore();
}

QImage renderCanvas(const report::Canvas& canvas, double pixelsPerPoint) {
    const int w = std::max(1, static_cast<int>(std::ceil(canvas.widthPt() * pixelsPerPoint)));
    const int h = std::max(1, static_cast<int>(std::ceil(canvas.heightPt() * pixelsPerPoint)));
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    paintCanvas(painter, canvas);
    painter.end();
    return image;
}

report::RasterImage toRasterImage(const QImage& image) {
    report::RasterImage out;
    if (image.isNull())
        return out;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    out.width = rgb.width();
    out.height = rgb.height();
    out.rgb.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
    for (int y = 0; y < out.height; ++y) {
        const uchar* line = rgb.constScanLine(y);
        std::copy(line, line + out.width * 3,
                  out.rgb.begin() + static_cast<std::ptrdiff_t>(y) * out.width * 3);
    }
    return out;
}

} // namespace aifp::ui
