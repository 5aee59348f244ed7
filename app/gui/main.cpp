// aifp: the desktop application. Everything lives in aifp_ui; this only wires it up.
#include "core/util/DataDir.hpp"
#include "ui/app/HeadlessExport.hpp"
#include "ui/app/LanguageChoice.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/VariantSwitcher.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <cstring>

#ifndef AIFP_VERSION
#error "AIFP_VERSION comes from CMake's PROJECT_VERSION (app/CMakeLists.txt)"
#endif

namespace {

// Option texts are translated: the struct is built after the language is applied.

struct Options {
    QCommandLineOption select{
        "select", QCoreApplication::translate("main", "Select these object ids (comma-separated)."),
        "IDS"};
    QCommandLineOption shot{
        "screenshot",
        QCoreApplication::translate("main", "Save the window as PNG once loaded and computed "
                                            "(validation, estimate, schedule; at most 180 s), "
                                            "then exit."),
        "PNG"};
    QCommandLineOption size{
        "size", QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1366x768."),
        "WxH"};
    QCommandLineOption templ{"template",
                             QCoreApplication::translate(
                                 "main", "Start a new untitled project from FILE (like File > New "
                                         "from template): unsaved until you save it."),
                             "FILE"};
    QCommandLineOption noRecovery{
        "no-recovery",
        QCoreApplication::translate("main", "Do not offer to recover autosaved work at start.")};
    QCommandLineOption raise{
        "raise-dock",
        QCoreApplication::translate("main", "Show and raise the dock with this object name (e.g. "
                                            "scheduleDock), for screenshots."),
        "NAME"};
    QCommandLineOption variant{
        "variant",
        QCoreApplication::translate("main", "Switch to this variant of FILE once it is open (as "
                                            "the Variants tool bar does)."),
        "NAME"};
    QCommandLineOption exportReport{
        "export-report",
        QCoreApplication::translate("main", "Write the report (PDF or HTML) through the "
                                            "application's export, without a window, then exit."),
        "OUT"};
    QCommandLineOption lang{"lang",
                            QCoreApplication::translate(
                                "main", "Language of the interface and reports: es or en (default: "
                                        "the choice in View > Language, else the system locale)."),
                            "es|en"};
};

void configure(QCommandLineParser& parser, const Options& o) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "AI Factory Planner: plan GPU data centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "file", QCoreApplication::translate("main", "Project file (.aifp) to open."), "[FILE]");
    parser.addOptions({o.select, o.shot, o.size, o.templ, o.noRecovery, o.raise, o.variant,
                       o.exportReport, o.lang});
}

// Names the application, applies the language, then builds the options (their texts are
// translated) and reads the command line into parser; --help and --version print and exit here.
Options readCommandLine(QCoreApplication& app, int argc, char** argv, QCommandLineParser& parser) {
    QCoreApplication::setOrganizationName("AI Factory Planner");
    QCoreApplication::setApplicationName("aifp");
    QCoreApplication::setApplicationVersion(AIFP_VERSION);
    aifp::ui::applyLanguage(app, aifp::ui::chooseLanguage(argc, argv));
    Options options;
    configure(parser, options);
    parser.process(app);
    return options;
}

// --help and --version print and exit before any window system is touched, so they work
// without a display (in CI, over ssh).
bool wantsTextOnly(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
    aifp::setProgramPath(argv[0]); // finds share/aifp when /proc is not mounted
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        readCommandLine(core, argc, argv, parser); // prints and exits
        return 0;
    }

    // A headless report export needs no display: use the offscreen platform unless told.
    if (aifp::ui::wantsHeadlessExport(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    aifp::ui::ViewportWidget::setDefaultSurfaceFormat(); // before QApplication
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const Options options = readCommandLine(app, argc, argv, parser);
    if (parser.isSet(options.exportReport))
        return aifp::ui::runHeadlessReportExport(parser.positionalArguments().value(0),
                                                 parser.value(options.exportReport));

    // Engine texts formatted on this thread read like Qt's numbers (the report sets English).
    const aifp::display::NumberStyleScope numbers(aifp::ui::numberStyleOf());
    aifp::ui::MainWindow window;
    if (parser.isSet(options.size)) {
        const QStringList wh = parser.value(options.size).split('x');
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    const bool screenshot = parser.isSet(options.shot);
    // After the event loop starts, so an error box has a shown parent.
    QTimer::singleShot(0, &window, [&] {
        if (!screenshot && !parser.isSet(options.noRecovery))
            window.offerRecovery();
        if (parser.isSet(options.templ) && !window.newProject(parser.value(options.templ)) &&
            screenshot)
            QApplication::exit(2);
        if (!files.isEmpty() && !window.openFile(files.front()) && screenshot)
            QApplication::exit(2);
        if (parser.isSet(options.variant)) {
            auto* switcher = window.findChild<aifp::ui::VariantSwitcher*>();
            if (!switcher || !switcher->switchTo(parser.value(options.variant))) {
                QStringList names;
                for (std::size_t i = 0; i < window.document()->variantCount(); ++i)
                    names << QString::fromStdString(window.document()->variant(i).name);
                std::fprintf(stderr, "%s: no variant '%s' (the variants are: %s)\n",
                             qPrintable(files.value(0)), qPrintable(parser.value(options.variant)),
                             qPrintable(names.join(", ")));
                if (screenshot)
                    QApplication::exit(2);
            }
        }
        std::vector<aifp::ObjectId> ids;
        for (const QString& id : parser.value(options.select).split(',', Qt::SkipEmptyParts))
            ids.push_back(id.toULongLong());
        if (!ids.empty())
            window.document()->setSelection(ids);
        if (auto* dock = window.findChild<QDockWidget*>(parser.value(options.raise));
            dock && parser.isSet(options.raise)) {
            dock->show();
            dock->raise();
        }
    });
    // The shot is taken once the background work (validation, estimate, schedule) is done,
    // at least 4 s after start (the 3D view settles) and at most 180 s (a shot of whatever is
    // there rather than none).
    QElapsedTimer sinceStart;
    sinceStart.start();
    QTimer poll;
    if (screenshot) {
        QObject::connect(&poll, &QTimer::timeout, &window, [&] {
            if (sinceStart.elapsed() < 4000 ||
                (window.backgroundBusy() && sinceStart.elapsed() < 180000))
                return;
            poll.stop();
            QApplication::processEvents(); // the last results reach the docks
            const bool ok = window.grab().save(parser.value(options.shot));
            QApplication::exit(ok ? 0 : 2);
        });
        poll.start(200);
    }
    return QApplication::exec();
}
