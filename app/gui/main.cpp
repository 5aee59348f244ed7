// aifp: the desktop application. Everything lives in aifp_ui; this only wires it up.
#include "ui/app/Document.hpp"
#include "ui/app/HeadlessExport.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv) {
    // A headless report export needs no display: use the offscreen platform unless told.
    if (aifp::ui::wantsHeadlessExport(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    aifp::ui::ViewportWidget::setDefaultSurfaceFormat(); // before QApplication
    QApplication app(argc, argv);
    QApplication::setOrganizationName("AI Factory Planner");
    QApplication::setApplicationName("aifp");
    QApplication::setApplicationVersion("0.1");

    QCommandLineParser parser;
    parser.setApplicationDescription("AI Factory Planner: plan GPU data centres.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", "Project file (.aifp) to open.", "[FILE]");
    const QCommandLineOption select("select", "Select these object ids (comma-separated).", "IDS");
    const QCommandLineOption shot("screenshot", "Save the window as PNG after loading, then exit.",
                                  "PNG");
    const QCommandLineOption exportReport(
        "export-report",
        "Write the report (PDF or HTML) through the application's "
        "export, without a window, then exit.",
        "OUT");
    parser.addOptions({select, shot, exportReport});
    parser.process(app);
    if (parser.isSet(exportReport))
        return aifp::ui::runHeadlessReportExport(parser.positionalArguments().value(0),
                                                 parser.value(exportReport));

    aifp::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so an error box has a shown parent.
    QTimer::singleShot(0, &window, [&] {
        if (!files.isEmpty() && !window.openFile(files.front()) && parser.isSet(shot))
            QApplication::exit(2);
        std::vector<aifp::ObjectId> ids;
        for (const QString& id : parser.value(select).split(',', Qt::SkipEmptyParts))
            ids.push_back(id.toULongLong());
        if (!ids.empty())
            window.document()->setSelection(ids);
    });
    if (parser.isSet(shot))
        QTimer::singleShot(4000, &window, [&] {
            const bool ok = window.grab().save(parser.value(shot));
            QApplication::exit(ok ? 0 : 2);
        });
    return QApplication::exec();
}
