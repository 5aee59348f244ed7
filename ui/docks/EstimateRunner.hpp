#pragma once
#include "ui/docks/EstimateSnapshot.hpp"
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace aifp::ui {

// Runs computeEstimateSnapshot on a worker thread, on a copy of the design taken at each
// request, so the GUI never waits for the estimator (the ValidationRunner pattern). A request
// overtaken by a newer one is skipped before it starts, and a stale result is dropped.
class EstimateRunner : public QObject {
    Q_OBJECT
public:
    explicit EstimateRunner(QObject* parent = nullptr);
    ~EstimateRunner() override;

    // design: the document's snapshot (shared, not copied).
    void request(std::shared_ptr<const Design> design);
    const EstimateSnapshot& latest() const { return latest_; }
    bool busy() const { return pending_ > 0; }
    // Results delivered so far (tests wait for it to grow).
    int resultCount() const { return results_; }

signals:
    void finished();

private:
    void deliver(std::shared_ptr<const EstimateSnapshot> snapshot, int generation);

    QThread thread_;
    QObject* worker_;
    std::shared_ptr<std::atomic<int>> generation_;
    EstimateSnapshot latest_;
    int pending_ = 0;
    int results_ = 0;
};

} // namespace aifp::ui
