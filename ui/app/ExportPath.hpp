#pragma once
#include <QString>

namespace aifp::ui {

// The path an export proposes: next to the project file, its base name with suffix
// ("/d/plant.aifp", "-report.pdf" -> "/d/plant-report.pdf"); "untitled" and the suffix for a
// design never saved (projectPath empty).
QString exportPathFor(const QString& projectPath, const QString& suffix);

} // namespace aifp::ui
