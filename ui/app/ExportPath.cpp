#include "ui/app/ExportPath.hpp"
#include <QFileInfo>

namespace aifp::ui {

QString exportPathFor(const QString& projectPath, const QString& suffix) {
    if (projectPath.isEmpty())
        return QStringLiteral("untitled") + suffix;
    const QFileInfo fi(projectPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + suffix;
}

} // namespace aifp::ui
