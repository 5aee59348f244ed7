#pragma once
#include "core/export/ExportProgress.hpp"
#include "core/model/Forward.hpp"
#include <QString>

class QWidget;

namespace aifp::ui {

class MainWindow;

// The exchange formats of File > Export (docs/exchange.md), written by the same core code as
// `aifp-cli export --format netbox|dxf|glb`.
enum class ExchangeFormat { NetBox, Dxf, Glb };

// Writes the design to path (a new or empty folder for NetBox, a file otherwise). Returns an
// empty string on success, else the reason for the user naming the path ("" also never
// half-writes: files are written atomically and a cancelled NetBox export removes its files).
QString writeExchange(const Design& design, const Catalog& catalog, ExchangeFormat format,
                      const QString& path, const exchange::ExportProgress& progress = {});

// writeExchange on a worker thread: the window stays live, a progress dialog with Cancel
// appears when the export takes more than a second. Returns what writeExchange returns, or a
// message saying the export was cancelled.
QString runExchangeExport(QWidget* parent, const Design& design, const Catalog& catalog,
                          ExchangeFormat format, const QString& path);

// File > Export > NetBox import files…, DXF hall plans…, 3D model (.glb)…
void installExchangeExport(MainWindow* window);

} // namespace aifp::ui
