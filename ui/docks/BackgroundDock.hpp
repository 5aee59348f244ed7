#pragma once
#include <QDockWidget>

class QLabel;
class QTimer;

namespace aifp::ui {

class Document;
class LatestJobRunner;

// A dock that shows what a worker thread computes from the document (CompareDock,
// SensitivityDock): a status line over the content, the job on a LatestJobRunner (latest only,
// the GUI never waits), started once edits settle (debounced after scheduleRefresh()) and only
// while the dock is visible; a dock shown with an out-of-date result starts at once.
class BackgroundDock : public QDockWidget {
    Q_OBJECT
public:
    ~BackgroundDock() override;

    LatestJobRunner* runner() const { return runner_; }
    // Computing, or waiting for edits to settle before computing.
    bool busy() const;
    // Starts the computation now (no debounce).
    void refreshNow();

protected:
    // threadName names the worker thread; debounceMs is the wait after the last edit.
    BackgroundDock(const QString& title, Document* document, const QString& threadName,
                   int debounceMs, QWidget* parent);
    // The content under the status line (takes the remaining height).
    void setContent(QWidget* content);
    // The result shown is out of date: computed again once edits settle, if visible.
    void scheduleRefresh();
    // The result shown is the document's (a kept one was shown): no computation pending.
    void markUpToDate();
    // Edits since the result shown was requested (scheduleRefresh() since refreshNow()).
    bool outOfDate() const { return dirty_; }

    // Requests the job on runner_ (the status line may say what runs).
    virtual void startJob() = 0;
    // The runner finished: shows runner_->latest() when it holds a result.
    virtual void showResult() = 0;
    // When shown with an out-of-date result: shows one kept for the document as it is and
    // returns true, or false to compute (the default).
    virtual bool showKept();

    Document* document_;
    LatestJobRunner* runner_;
    QLabel* status_;

private:
    QTimer* debounce_;
    bool dirty_ = true;
};

} // namespace aifp::ui
