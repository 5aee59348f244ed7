#include "ui/app/ExchangeExport.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/export/HallPlanDxf.hpp"
#include "core/export/NetBoxExport.hpp"
#include "core/export/SceneGlb.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/Design.hpp"
#include "core/util/NumberFormat.hpp"
#include "ui/app/ExportPath.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/document/Document.hpp"
#include <QAction>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace aifp::ui {

QString writeExchange(const Design& design, const Catalog& catalog, ExchangeFormat format,
                      const QString& path, const exchange::ExportProgress& progress) {
    const ClassicLocaleScope classicLocale; // file numbers never follow the user's locale
    const std::string target = path.toStdString();
    try {
        if (format == ExchangeFormat::NetBox) {
            exchange::writeNetBoxFiles(design, catalog, target, progress);
            return {};
        }
        if (progress && !progress(0.0))
            throw exchange::ExportCancelled();
        const std::string bytes = format == ExchangeFormat::Dxf
                                      ? exchange::hallPlansDxf(design, catalog)
                                      : exchange::sceneGlb(design, catalog);
        if (progress && !progress(0.9))
            throw exchange::ExportCancelled();
        writeFileAtomically(target, bytes);
    } catch (const exchange::ExportCancelled&) {
        return QObject::tr("%1: export cancelled; nothing was written").arg(path);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString runExchangeExport(QWidget* parent, const Design& design, const Catalog& catalog,
                          ExchangeFormat format, const QString& path) {
    // The worker owns copies: the user may edit the design while the export runs.
    auto designCopy = std::make_shared<const Design>(design);
    auto catalogCopy = std::make_shared<const Catalog>(catalog);
    auto permille = std::make_shared<std::atomic<int>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<QString>();
    QThread* worker = QThread::create([=] {
        *result = writeExchange(*designCopy, *catalogCopy, format, path, [=](double f) {
            permille->store(static_cast<int>(f * 1000.0));
            return !cancel->load();
        });
    });
    QProgressDialog dialog(QObject::tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                           QObject::tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("exchangeExportProgress"));
    dialog.setWindowTitle(QObject::tr("Export"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(1000); // shown only when the export takes more than a second
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [cancel] { cancel->store(true); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog,
                     [&dialog, permille] { dialog.setValue(permille->load()); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start(QThread::LowPriority);
    poll.start(100);
    loop.exec();
    worker->wait();
    delete worker;
    return *result;
}

namespace {

QString defaultPath(MainWindow* window, const QString& suffix) {
    return exportPathFor(window->document()->filePath(), suffix);
}

void exportAs(MainWindow* window, ExchangeFormat format) {
    QString path;
    if (format == ExchangeFormat::NetBox)
        path = QFileDialog::getSaveFileName(
            window, QObject::tr("Export NetBox import files into a new folder"),
            defaultPath(window, QStringLiteral("-netbox")), QObject::tr("Folder (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
    else if (format == ExchangeFormat::Dxf)
        path = QFileDialog::getSaveFileName(window, QObject::tr("Export DXF hall plans"),
                                            defaultPath(window, QStringLiteral("-plans.dxf")),
                                            QObject::tr("DXF drawing (*.dxf)"));
    else
        path = QFileDialog::getSaveFileName(window, QObject::tr("Export 3D model"),
                                            defaultPath(window, QStringLiteral(".glb")),
                                            QObject::tr("glTF binary (*.glb)"));
    if (path.isEmpty())
        return;
    const QString error = runExchangeExport(window, window->document()->design(),
                                            window->document()->catalog(), format, path);
    if (error.isEmpty())
        window->statusBar()->showMessage(QObject::tr("Wrote %1").arg(path), 5000);
    else
        QMessageBox::warning(window, QObject::tr("Export"), error);
}

} // namespace

void installExchangeExport(MainWindow* window) {
    QMenu* exportMenu = window->findChild<QMenu*>(QStringLiteral("menuExport"));
    if (!exportMenu)
        exportMenu = window->menuBar()->addMenu(QObject::tr("E&xport"));
    exportMenu->addSeparator();
    const struct {
        QString label;
        const char* name;
        ExchangeFormat format;
    } entries[] = {
        {QObject::tr("&NetBox import files…"), "actionExportNetBox", ExchangeFormat::NetBox},
        {QObject::tr("&DXF hall plans…"), "actionExportDxf", ExchangeFormat::Dxf},
        {QObject::tr("3D &model (.glb)…"), "actionExportGlb", ExchangeFormat::Glb},
    };
    for (const auto& e : entries) {
        QAction* a = exportMenu->addAction(e.label);
        a->setObjectName(QString::fromLatin1(e.name));
        const ExchangeFormat format = e.format;
        QObject::connect(a, &QAction::triggered, window,
                         [window, format] { exportAs(window, format); });
    }
}

} // namespace aifp::ui
