#pragma once
#include "core/model/Forward.hpp"
#include <QImage>
#include <QString>

namespace aifp::ui {

class MainWindow;

// File > Document properties…, File > Export report…, File > Export > Bill of materials (CSV),
// View > Export image > 3D view (PNG), hall plan (PNG / SVG). Each writer returns an empty string
// on success, else the reason for the user (naming the path).
QString exportBomCsv(const Design& design, const Catalog& catalog, const QString& path);
// The core report's dimensioned floor plan of hall hallIndex (0-based): PNG at 2 px per point,
// or SVG, by the path's extension.
QString exportHallPlan(const Design& design, const Catalog& catalog, int hallIndex,
                       const QString& path);
// The 3D view as an image for reports and exports: a VTK render when the viewport can render
// (display and GL context present), else a null image.
QImage renderViewportImage(MainWindow* window, int widthPx = 1600, int heightPx = 1000);

// Adds the actions to the window's menus (File and View, created when missing).
void installReportExport(MainWindow* window);

} // namespace aifp::ui
