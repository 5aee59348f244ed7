#pragma once
#include "core/report/Canvas.hpp"
#include <QDialog>
#include <QImage>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;

namespace aifp::ui {

class Document;

// File > Export report…: output path (PDF or HTML by extension), serving model, scenario and
// schedule start; a preview of the laid-out pages (rasterised by the core's Cairo backend, the
// same drawing code as the PDF) as thumbnails
// with an enlarged view; the build runs on a worker thread in stages (engines, report sections,
// page layout, writing, preview) shown on a progress bar and can be cancelled between stages.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    // render3d: the 3D view's render for the report's isometric view (null: the report draws it).
    ReportExportDialog(Document* document, QImage render3d, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    void setOutputPath(const QString& path);
    QString outputPath() const;
    void setModel(const QString& modelId);
    void setScenario(const QString& scenario);
    // Whether a build renders the preview pages (default true; the headless export skips them).
    void setPreviewPages(bool on) { previewPages_ = on; }

    // Starts a build: preview only, or preview and writing the file. Returns false when one is
    // already running or the path has no .pdf/.html extension (when writing).
    bool startPreview();
    bool startExport();
    void cancel();
    bool busy() const { return worker_ != nullptr; }

    int pageCount() const { return static_cast<int>(pages_.size()); }
    int previewCount() const;
    QString lastError() const { return error_; }

signals:
    // ok: the build (and the write, if asked) succeeded; message: what happened, for the user.
    void finished(bool ok, const QString& message);

private:
    struct Outcome;
    bool start(bool write);
    void onProgress(int percent, const QString& stage);
    void onDone(std::shared_ptr<Outcome> outcome);
    void showPage(int index);
    void browse();
    void updateButtons();

    Document* document_;
    QImage render3d_;
    QLineEdit* path_;
    QComboBox* model_;
    QComboBox* scenario_;
    QDateEdit* start_;
    QListWidget* thumbs_;
    QLabel* page_;
    QScrollArea* pageScroll_;
    QProgressBar* progress_;
    QLabel* stage_;
    QPushButton* previewButton_;
    QPushButton* exportButton_;
    QPushButton* cancelButton_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::vector<report::Canvas> pages_;
    std::vector<QImage> pageImages_;
    QString error_;
    bool previewPages_ = true;
};

} // namespace aifp::ui
