#include "ui/app/HeadlessExport.hpp"
#include "ui/app/ReportExportDialog.hpp"
#include "ui/document/Document.hpp"
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <cstring>
#include <iostream>

namespace aifp::ui {

bool wantsHeadlessExport(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export-report") == 0 ||
            std::strncmp(argv[i], "--export-report=", 16) == 0)
            return true;
    return false;
}

int runHeadlessReportExport(const QString& projectPath, const QString& outPath) {
    auto fail = [](const QString& message) {
        std::cerr << "aifp: " << message.toStdString() << "\n";
        return 2;
    };
    if (projectPath.isEmpty())
        return fail(
            QCoreApplication::translate("main", "--export-report needs a project file to export"));
    Document document;
    try {
        document.open(projectPath);
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    // The dialog is the export path of File > Export report…; it is never shown here. No 3D
    // render: the report draws its axonometric view, as it does when no OpenGL view exists.
    ReportExportDialog dialog(&document, QImage());
    dialog.setPreviewPages(false); // nobody looks at thumbnails here
    dialog.setOutputPath(QFileInfo(outPath).absoluteFilePath());
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&dialog, &ReportExportDialog::finished, &loop,
                     [&](bool success, const QString& text) {
                         ok = success;
                         message = text;
                         loop.quit();
                     });
    if (!dialog.startExport())
        return fail(outPath + ": " + dialog.lastError());
    loop.exec();
    if (!ok)
        return fail(outPath + ": " + message);
    std::cout << message.toStdString() << "\n";
    return 0;
}

} // namespace aifp::ui
