#include "ui/app/ReportExportDialog.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/i18n/Language.hpp"
#include "core/io/Project.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/HtmlWriter.hpp"
#include "core/report/PageLayout.hpp"
#include "core/report/ReportBuilder.hpp"
#include "core/report/ReportInputsFromEngines.hpp"
#include "core/util/NumberFormat.hpp"
#include "ui/app/ExportPath.hpp"
#include "ui/document/Document.hpp"
#include "ui/report/CanvasPainter.hpp"
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>
#include <memory>
#include <stdexcept>

namespace aifp::ui {

struct ReportExportDialog::Outcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
    std::vector<report::Canvas> pages;
    std::vector<QImage> images;
};

namespace {

// Preview resolution: thumbnails at 0.25 px/pt (~210 px wide for A4 landscape), the enlarged
// page at 1.25 px/pt (~1050 px wide).
constexpr double kPagePxPerPt = 1.25;
constexpr int kThumbWidthPx = 210;

bool hasReportExtension(const QString& path) {
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("pdf") || s == QLatin1String("html") || s == QLatin1String("htm");
}

} // namespace

ReportExportDialog::ReportExportDialog(Document* document, QImage render3d, QWidget* parent)
    : QDialog(parent), document_(document), render3d_(std::move(render3d)),
      cancel_(std::make_shared<std::atomic<bool>>(false)) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    const DesignSettings& s = document_->design().settings;

    auto* form = new QFormLayout;
    auto* pathRow = new QHBoxLayout;
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("reportPath"));
    path_->setPlaceholderText(tr("report.pdf or report.html"));
    if (!document_->filePath().isEmpty())
        path_->setText(exportPathFor(document_->filePath(), QStringLiteral("-report.pdf")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Output (PDF or HTML):"), pathRow);

    model_ = new QComboBox(this);
    model_->setObjectName(QStringLiteral("reportModel"));
    try {
        for (const ModelSpec& m : ModelLibrary::builtin().models())
            model_->addItem(QString::fromStdString(m.name + " (" + m.id + ")"),
                            QString::fromStdString(m.id));
    } catch (const std::exception& e) {
        model_->setToolTip(tr("Model list unavailable: %1").arg(QString::fromStdString(e.what())));
    }
    setModel(QString::fromStdString(s.modelId));
    form->addRow(tr("Serving model:"), model_);

    scenario_ = new QComboBox(this);
    scenario_->setObjectName(QStringLiteral("reportScenario"));
    for (const char* sc : {"server", "offline", "interactive"})
        scenario_->addItem(QString::fromLatin1(sc), QString::fromLatin1(sc));
    setScenario(QString::fromStdString(s.scenario));
    form->addRow(tr("MLPerf scenario:"), scenario_);

    start_ = new QDateEdit(this);
    start_->setCalendarPopup(true);
    start_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    start_->setDate(QDate::fromString(QString::fromStdString(s.scheduleStart), Qt::ISODate));
    form->addRow(tr("Schedule start:"), start_);
    form->addRow(tr("3D view:"),
                 new QLabel(render3d_.isNull()
                                ? tr("drawn axonometric view (no 3D render available)")
                                : tr("render of the 3D view, %1 x %2 px")
                                      .arg(render3d_.width())
                                      .arg(render3d_.height()),
                            this));

    // Preview: thumbnails on the left, the selected page enlarged on the right.
    auto* split = new QSplitter(Qt::Horizontal, this);
    thumbs_ = new QListWidget(split);
    thumbs_->setObjectName(QStringLiteral("reportThumbnails"));
    thumbs_->setViewMode(QListView::IconMode); // page label under each thumbnail
    thumbs_->setFlow(QListView::TopToBottom);
    thumbs_->setWrapping(false);
    thumbs_->setMovement(QListView::Static);
    thumbs_->setSpacing(6);
    thumbs_->setIconSize(QSize(kThumbWidthPx, kThumbWidthPx * 595 / 842));
    thumbs_->setMinimumWidth(kThumbWidthPx + 50);
    thumbs_->setMaximumWidth(kThumbWidthPx + 70);
    pageScroll_ = new QScrollArea(split);
    pageScroll_->setBackgroundRole(QPalette::Dark);
    page_ = new QLabel;
    page_->setAlignment(Qt::AlignCenter);
    page_->setText(tr("Press Preview to lay out the report."));
    pageScroll_->setWidget(page_);
    pageScroll_->setWidgetResizable(true);
    split->addWidget(thumbs_);
    split->addWidget(pageScroll_);
    split->setStretchFactor(1, 1);

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("reportProgress"));
    progress_->setRange(0, 100);
    progress_->setValue(0);
    stage_ = new QLabel(this);
    stage_->setWordWrap(true);

    previewButton_ = new QPushButton(tr("Preview"), this);
    exportButton_ = new QPushButton(tr("Export"), this);
    exportButton_->setDefault(true);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    auto* closeButton = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(stage_, 1);
    buttons->addWidget(previewButton_);
    buttons->addWidget(exportButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(progress_);
    layout->addLayout(buttons);
    resize(1200, 820);

    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(previewButton_, &QPushButton::clicked, this, [this] { startPreview(); });
    connect(exportButton_, &QPushButton::clicked, this, [this] { startExport(); });
    connect(cancelButton_, &QPushButton::clicked, this, &ReportExportDialog::cancel);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(thumbs_, &QListWidget::currentRowChanged, this, &ReportExportDialog::showPage);
    updateButtons();
}

ReportExportDialog::~ReportExportDialog() {
    cancel_->store(true);
    if (worker_) {
        worker_->wait();
        delete worker_;
    }
}

void ReportExportDialog::setOutputPath(const QString& path) {
    path_->setText(path);
}
QString ReportExportDialog::outputPath() const {
    return path_->text().trimmed();
}

void ReportExportDialog::setModel(const QString& modelId) {
    int i = model_->findData(modelId);
    if (i < 0) {
        model_->addItem(modelId, modelId);
        i = model_->count() - 1;
    }
    model_->setCurrentIndex(i);
}

void ReportExportDialog::setScenario(const QString& scenario) {
    const int i = scenario_->findData(scenario);
    if (i >= 0)
        scenario_->setCurrentIndex(i);
}

int ReportExportDialog::previewCount() const {
    return thumbs_->count();
}

void ReportExportDialog::browse() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), outputPath(),
                                     tr("PDF report (*.pdf);;HTML report (*.html *.htm)"));
    if (!path.isEmpty())
        path_->setText(path);
}

bool ReportExportDialog::startPreview() {
    return start(false);
}
bool ReportExportDialog::startExport() {
    return start(true);
}

void ReportExportDialog::cancel() {
    if (!worker_)
        return;
    cancel_->store(true);
    stage_->setText(tr("Cancelling after the current stage…"));
}

void ReportExportDialog::updateButtons() {
    const bool running = worker_ != nullptr;
    previewButton_->setEnabled(!running);
    exportButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
}

bool ReportExportDialog::start(bool write) {
    if (worker_)
        return false;
    const QString path = outputPath();
    if (write && !hasReportExtension(path)) {
        error_ = tr("Choose an output file ending in .pdf or .html (got \"%1\").").arg(path);
        stage_->setText(error_);
        return false;
    }
    error_.clear();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = cancel_;
    auto design = std::make_shared<const Design>(document_->design());
    auto catalog = std::make_shared<const Catalog>(document_->catalog());
    report::ReportOptions options;
    options.modelId = model_->currentData().toString().toStdString();
    options.scenario = scenario_->currentData().toString().toStdString();
    options.startIso = start_->date().toString(Qt::ISODate).toStdString();
    options.fileName = document_->filePath().isEmpty()
                           ? std::string("untitled")
                           : QFileInfo(document_->filePath()).fileName().toStdString();
    if (!render3d_.isNull())
        options.render3d = toRasterImage(render3d_);
    // A project with variants: the report is about the one edited (the base) and compares all
    // of them, as aifp-cli report does by default; the others open from their stored bytes on
    // the worker thread.
    if (document_->project().variants.size() > 1) {
        auto project = std::make_shared<Project>(document_->project());
        project->variants.front().design.reset(); // the report has the edited design itself
        options.variantName = document_->variantName();
        for (const Variant& v : project->variants)
            options.comparedVariants.push_back(v.name);
        options.openVariant = [project, file = options.fileName](const std::string& name) {
            const Variant* v = project->find(name);
            if (v && v->design)
                return *v->design;
            if (v && v->image)
                return openVariantImage(*v->image, file, name);
            throw std::runtime_error(file + ": variant " + name + " has no stored design");
        };
    }
    const std::string outPath = path.toStdString();
    const bool isPdf = QFileInfo(path).suffix().toLower() == QLatin1String("pdf");
    const bool renderPreview = previewPages_;

    progress_->setValue(0);
    // Progress is posted to the dialog (queued), so the worker never touches widgets.
    auto report = [this](int percent, const QString& stage) {
        QMetaObject::invokeMethod(
            this, [this, percent, stage] { onProgress(percent, stage); }, Qt::QueuedConnection);
    };
    worker_ = QThread::create([=, this] {
        auto out = std::make_shared<Outcome>();
        // The report is in the chosen language (English or Spanish numbers) whatever the user's
        // locale: this thread formats in the C locale, also where an engine's text uses printf.
        const ClassicLocaleScope classicLocale;
        const display::NumberStyleScope reportNumbers(display::styleOf(language()));
        try {
            report(2, tr("Running the engines (validation, estimates, schedule)…"));
            report::ReportInputs inputs =
                report::reportInputsFromEngines(*design, *catalog, options);
            if (cancelFlag->load())
                throw std::runtime_error("cancelled");
            report(35, tr("Assembling the report sections…"));
            const report::ReportDocument doc = report::buildReport(*design, *catalog, inputs);
            if (cancelFlag->load())
                throw std::runtime_error("cancelled");
            report(55, tr("Laying out %1 sections on pages…").arg(doc.sections.size()));
            out->pages = report::layoutPages(doc);
            if (cancelFlag->load())
                throw std::runtime_error("cancelled");
            if (write) {
                report(65, tr("Writing %1…").arg(QString::fromStdString(outPath)));
                if (isPdf)
                    report::writePdfFile(out->pages, report::pdfMetadata(doc), outPath);
                else
                    report::writeHtmlFile(doc, outPath);
            }
            const int n = static_cast<int>(out->pages.size());
            for (int i = 0; i < (renderPreview ? n : 0); ++i) {
                if (cancelFlag->load())
                    throw std::runtime_error("cancelled");
                report(70 + 30 * i / std::max(1, n),
                       tr("Rendering preview page %1 of %2…").arg(i + 1).arg(n));
                // Cairo rasterises the same drawing code as the PDF writer.
                const report::RasterImage r =
                    report::renderRaster(out->pages[static_cast<std::size_t>(i)], kPagePxPerPt);
                out->images.push_back(
                    QImage(r.rgb.data(), r.width, r.height, r.width * 3, QImage::Format_RGB888)
                        .copy());
            }
            out->ok = true;
            out->message =
                write ? tr("Wrote %1 (%2 pages).").arg(QString::fromStdString(outPath)).arg(n)
                      : tr("Preview: %1 pages.").arg(n);
        } catch (const std::exception& e) {
            out->ok = false;
            out->cancelled = cancelFlag->load();
            out->message = out->cancelled ? tr("Cancelled.") : QString::fromStdString(e.what());
            out->pages.clear();
            out->images.clear();
        }
        QMetaObject::invokeMethod(
            this, [this, out] { onDone(out); }, Qt::QueuedConnection);
    });
    worker_->start();
    updateButtons();
    return true;
}

void ReportExportDialog::onProgress(int percent, const QString& stage) {
    progress_->setValue(percent);
    stage_->setText(stage);
}

void ReportExportDialog::onDone(std::shared_ptr<Outcome> outcome) {
    if (worker_) {
        worker_->wait();
        delete worker_;
        worker_ = nullptr;
    }
    updateButtons();
    stage_->setText(outcome->message);
    if (!outcome->ok) {
        error_ = outcome->message;
        progress_->setValue(0);
        emit finished(false, outcome->message);
        return;
    }
    progress_->setValue(100);
    pages_ = std::move(outcome->pages);
    pageImages_ = std::move(outcome->images);
    thumbs_->clear();
    for (std::size_t i = 0; i < pageImages_.size(); ++i) {
        const QPixmap thumb = QPixmap::fromImage(
            pageImages_[i].scaledToWidth(kThumbWidthPx, Qt::SmoothTransformation));
        thumbs_->addItem(new QListWidgetItem(QIcon(thumb), tr("Page %1").arg(i + 1)));
    }
    if (thumbs_->count() > 0)
        thumbs_->setCurrentRow(0);
    emit finished(true, outcome->message);
}

void ReportExportDialog::showPage(int index) {
    if (index < 0 || index >= static_cast<int>(pageImages_.size()))
        return;
    page_->setPixmap(QPixmap::fromImage(pageImages_[static_cast<std::size_t>(index)]));
}

} // namespace aifp::ui
