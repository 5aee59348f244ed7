#pragma once
#include "core/report/Canvas.hpp"
#include <QImage>
#include <QString>

class QPainter;

namespace aifp::ui {

// Draws a core report Canvas (vector primitives in points, origin top-left, y down) with a
// QPainter: the Qt backend of the report's drawings, for the export preview and image exports.
// The painter's current transform maps points to device units; fonts are Helvetica-metric sans.
void paintCanvas(QPainter& painter, const report::Canvas& canvas);

// The canvas rasterised at scale pixels per point on a white background.
QImage renderCanvas(const report::Canvas& canvas, double pixelsPerPoint);

// Writes the canvas as an SVG file through QSvgGenerator (1 SVG unit per point). Returns false
// when the file cannot be written.
bool writeCanvasSvg(const report::Canvas& canvas, const QString& path, const QString& title);

// The RGB8 raster of a QImage (for report::RasterImage inputs such as the 3D render).
report::RasterImage toRasterImage(const QImage& image);

} // namespace aifp::ui
