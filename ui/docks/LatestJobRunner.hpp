#pragma once
#include <QObject>
#include <QString>
#include <QThread>
#include <any>
#include <atomic>
#include <functional>
#include <memory>

namespace aifp::ui {

// Runs jobs on one worker thread, latest only (the EstimateRunner pattern, for any result): a
// request overtaken by a newer one is skipped before it starts, a running job can ask whether
// it has been overtaken and stop early, and a stale result is dropped. The GUI never waits. A job
// starts only once an edit's findings are in and the edits pause (waitForEditQuiet,
// BackgroundThread.hpp).
class LatestJobRunner : public QObject {
    Q_OBJECT
public:
    // overtaken() turns true once a newer request (or cancel()) exists; a job that sees it may
    // return an empty std::any.
    using Job = std::function<std::any(const std::function<bool()>& overtaken)>;

    LatestJobRunner(const QString& threadName, QObject* parent = nullptr);
    ~LatestJobRunner() override;

    void request(Job job);
    // Drops the queued and running requests (their results never arrive).
    void cancel();
    const std::any& latest() const { return latest_; }
    bool busy() const { return pending_ > 0; }
    int resultCount() const { return results_; } // tests wait for it to grow

signals:
    void finished();

private:
    QThread thread_;
    QObject* worker_;
    std::shared_ptr<std::atomic<int>> generation_;
    std::any latest_;
    int pending_ = 0;
    int results_ = 0;
};

} // namespace aifp::ui
