#pragma once
#include "core/report/Canvas.hpp"
#include <QImage>
#include <QString>

class QPainter;

namespace aifp::ui {

// Draws a core report Canvas (vector primitives in points, origin top-left, y down) with a
// QPainter: the Qt backend of the report's drawings, for the export preview and image exports.
// The painter's current transform maps points to device units; text is fitted to the widths core
// measured.
void paintCanvas(QPainter& painter, const report::Canvas& canvas);

// The canvas rasterised at scale pixels per point on a white background.
QImage renderCanvas(const report::Canvas& canvas, double pixelsPerPoint);

// The RGB8 raster of a QImage (for report::RasterImage inputs such as the 3D render).
report::RasterImage toRasterImage(const QImage& image);

} // namespace aifp::ui
