#include "ui/app/ReportExport.hpp"
#include "core/i18n/Language.hpp"
#include "core/report/BillOfMaterials.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/HallFloorPlan.hpp"
#include "core/util/NumberFormat.hpp"
#include "ui/app/DocumentPropertiesDialog.hpp"
#include "ui/app/ExportPath.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/ReportExportDialog.hpp"
#include "ui/document/Document.hpp"
#include "ui/report/CanvasPainter.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QAction>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <tuple>

namespace aifp::ui {

namespace {

// Plan PNG resolution: 2 px per point (the plan canvas is 770 x 440 pt: 1540 x 880 px).
constexpr double kPlanPxPerPt = 2.0;

// The main window's menu with this object name (menus are found by name: their titles are
// translated), created when missing.
QMenu* menuNamed(MainWindow* window, const QString& objectName, const QString& title) {
    if (auto* menu = window->menuBar()->findChild<QMenu*>(objectName))
        return menu;
    QMenu* menu = window->menuBar()->addMenu(title);
    menu->setObjectName(objectName);
    return menu;
}

QString defaultPath(MainWindow* window, const QString& suffix) {
    return exportPathFor(window->document()->filePath(), suffix);
}

// Asks which hall to draw when there are several; -1 when cancelled or there is none.
int chooseHall(MainWindow* window) {
    const Design& d = window->document()->design();
    if (d.halls.empty()) {
        QMessageBox::information(window, QObject::tr("Export plan"),
                                 QObject::tr("The design has no hall to draw."));
        return -1;
    }
    if (d.halls.size() == 1)
        return 0;
    QStringList names;
    for (const Hall& h : d.halls)
        names << QString::fromStdString(h.name);
    bool ok = false;
    const QString pick = QInputDialog::getItem(window, QObject::tr("Export plan"),
                                               QObject::tr("Hall:"), names, 0, false, &ok);
    return ok ? static_cast<int>(names.indexOf(pick)) : -1;
}

void report(MainWindow* window, const QString& error, const QString& path) {
    if (error.isEmpty())
        window->statusBar()->showMessage(QObject::tr("Wrote %1").arg(path), 5000);
    else
        QMessageBox::warning(window, QObject::tr("Export"), error);
}

} // namespace

QString exportBomCsv(const Design& design, const Catalog& catalog, const QString& path) {
    const ClassicLocaleScope classicLocale; // file numbers never follow the user's locale
    const display::NumberStyleScope reportNumbers(
        display::styleOf(language())); // the report's language
    std::string csv;
    try {
        csv = report::bomToCsv(
            report::computeBillOfMaterials(design, catalog),
            {design.site.name, QDate::currentDate().toString(Qt::ISODate).toStdString(), "USD"});
    } catch (const std::exception& e) {
        return QObject::tr("Bill of materials: %1").arg(QString::fromStdString(e.what()));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QObject::tr("%1: cannot write (%2)").arg(path, f.errorString());
    if (f.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size()))
        return QObject::tr("%1: write failed (%2)").arg(path, f.errorString());
    return {};
}

QString exportHallPlan(const Design& design, const Catalog& catalog, int hallIndex,
                       const QString& path) {
    const ClassicLocaleScope classicLocale;
    const display::NumberStyleScope reportNumbers(
        display::styleOf(language())); // the report's language
    if (hallIndex < 0 || hallIndex >= static_cast<int>(design.halls.size()))
        return QObject::tr("No hall %1 in the design (it has %2).")
            .arg(hallIndex + 1)
            .arg(design.halls.size());
    const Hall& hall = design.halls[static_cast<std::size_t>(hallIndex)];
    report::Canvas plan;
    try {
        plan = report::drawHallFloorPlan(design, catalog, hall);
    } catch (const std::exception& e) {
        return QObject::tr("Plan of %1: %2")
            .arg(QString::fromStdString(hall.name), QString::fromStdString(e.what()));
    }
    // The report's own Cairo backend: the same drawing as in the PDF.
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::string bytes;
    try {
        if (suffix == QLatin1String("svg"))
            bytes = report::writeSvg(plan, hall.name);
        else if (suffix == QLatin1String("png"))
            bytes = report::writePng(plan, kPlanPxPerPt);
        else
            return QObject::tr("%1: unknown image format (use .png or .svg)").arg(path);
    } catch (const std::exception& e) {
        return QObject::tr("%1: %2").arg(path, QString::fromStdString(e.what()));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()))
        return QObject::tr("%1: cannot write the %2 file").arg(path, suffix.toUpper());
    return {};
}

QImage renderViewportImage(MainWindow* window, int widthPx, int heightPx) {
    ViewportWidget* vp = window->viewport();
    if (!vp || !vp->isVisible())
        return {};
    return vp->renderToImage(QSize(widthPx, heightPx));
}

void installReportExport(MainWindow* window) {
    QMenu* file = menuNamed(window, QStringLiteral("menuFile"), QObject::tr("&File"));
    QMenu* view = menuNamed(window, QStringLiteral("menuView"), QObject::tr("&View"));
    // Before the file menu's last entry (Quit), when there is one.
    QAction* before = file->actions().isEmpty() ? nullptr : file->actions().constLast();

    auto* reportAction = new QAction(QObject::tr("Export &report…"), window);
    reportAction->setObjectName(QStringLiteral("actionExportReport"));
    QObject::connect(reportAction, &QAction::triggered, window, [window] {
        ReportExportDialog dialog(window->document(), renderViewportImage(window), window);
        dialog.setOutputPath(defaultPath(window, QStringLiteral("-report.pdf")));
        dialog.exec();
    });
    auto* exportMenu = new QMenu(QObject::tr("E&xport"), file);
    exportMenu->setObjectName(QStringLiteral("menuExport")); // ExchangeExport adds to it
    auto* bomAction = exportMenu->addAction(QObject::tr("&Bill of materials (CSV)…"));
    bomAction->setObjectName(QStringLiteral("actionExportBom"));
    QObject::connect(bomAction, &QAction::triggered, window, [window] {
        const QString path = QFileDialog::getSaveFileName(
            window, QObject::tr("Export bill of materials"),
            defaultPath(window, QStringLiteral("-bom.csv")), QObject::tr("CSV (*.csv)"));
        if (!path.isEmpty())
            report(window,
                   exportBomCsv(window->document()->design(), window->document()->catalog(), path),
                   path);
    });
    // The cover's document control, edited as one undoable command.
    auto* propertiesAction = new QAction(QObject::tr("Document p&roperties…"), window);
    propertiesAction->setObjectName(QStringLiteral("actionDocumentProperties"));
    QObject::connect(propertiesAction, &QAction::triggered, window, [window] {
        DocumentPropertiesDialog dialog(window->document(), window);
        dialog.exec();
    });
    file->insertSeparator(before);
    file->insertAction(before, propertiesAction);
    file->insertAction(before, reportAction);
    file->insertMenu(before, exportMenu);
    file->insertSeparator(before);

    QMenu* image = view->addMenu(QObject::tr("Export &image"));
    auto* view3d = image->addAction(QObject::tr("&3D view (PNG)…"));
    view3d->setObjectName(QStringLiteral("actionExportViewPng"));
    QObject::connect(view3d, &QAction::triggered, window, [window] {
        const QString path = QFileDialog::getSaveFileName(
            window, QObject::tr("Export 3D view"), defaultPath(window, QStringLiteral("-3d.png")),
            QObject::tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        const QImage img = renderViewportImage(window);
        if (img.isNull())
            report(window, QObject::tr("The 3D view cannot be rendered (no OpenGL context)."),
                   path);
        else if (!img.save(path, "PNG"))
            report(window, QObject::tr("%1: cannot write the PNG file").arg(path), path);
        else
            report(window, {}, path);
    });
    for (const auto& [label, ext, name] :
         {std::tuple{QObject::tr("Hall &plan (PNG)…"), QStringLiteral(".png"),
                     QStringLiteral("actionExportPlanPng")},
          std::tuple{QObject::tr("Hall plan (&SVG)…"), QStringLiteral(".svg"),
                     QStringLiteral("actionExportPlanSvg")}}) {
        QAction* a = image->addAction(label);
        a->setObjectName(name);
        const QString suffix = ext;
        QObject::connect(a, &QAction::triggered, window, [window, suffix] {
            const int hall = chooseHall(window);
            if (hall < 0)
                return;
            const QString path = QFileDialog::getSaveFileName(
                window, QObject::tr("Export hall plan"),
                defaultPath(window, QStringLiteral("-plan") + suffix),
                suffix == QLatin1String(".svg") ? QObject::tr("SVG image (*.svg)")
                                                : QObject::tr("PNG image (*.png)"));
            if (!path.isEmpty())
                report(window,
                       exportHallPlan(window->document()->design(), window->document()->catalog(),
                                      hall, path),
                       path);
        });
    }
}

} // namespace aifp::ui
