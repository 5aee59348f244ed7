#pragma once
#include "ui/docks/EstimateSnapshot.hpp"
#include "ui/document/DesignMirror.hpp"
#include "ui/document/KeptResults.hpp"
#include <QObject>
#include <QThread>
#include <atomic>
#include <cstdint>
#include <memory>

namespace aifp::ui {

// Runs computeEstimateSnapshot on a worker thread, on the design as it is at each request, so
// the GUI never waits for the estimator (the ValidationRunner pattern). A request overtaken by a
// newer one is skipped before it starts (it never reads the design), and a stale result is
// dropped. A job starts only once an edit's findings are in and the edits pause
// (waitForEditQuiet, BackgroundThread.hpp), so a drag costs one estimate, after it.
class EstimateRunner : public QObject {
    Q_OBJECT
public:
    explicit EstimateRunner(QObject* parent = nullptr);
    ~EstimateRunner() override;

    // design: Document::backgroundDesign(), read on the worker thread when the job starts;
    // stamp: what the design is (Document::variantStamp; 0: not kept). Every finished result is
    // kept by its stamp, also one overtaken while it ran (a variant switched away from) and so
    // not shown.
    void request(DesignSource design, std::uint64_t stamp = 0);
    // Makes the result kept for stamp the latest at once (a variant switched back to,
    // unchanged since): queued requests are dropped and finished() is emitted. False, and
    // nothing changes, when none is kept.
    bool showKept(std::uint64_t stamp);
    const EstimateSnapshot& latest() const { return latest_; }
    std::uint64_t latestStamp() const { return latestStamp_; }
    bool busy() const { return pending_ > 0; }
    // Results delivered so far (tests wait for it to grow).
    int resultCount() const { return results_; }

signals:
    void finished();

private:
    void deliver(std::shared_ptr<const EstimateSnapshot> snapshot, int generation,
                 std::uint64_t stamp);

    QThread thread_;
    QObject* worker_;
    std::shared_ptr<std::atomic<int>> generation_;
    EstimateSnapshot latest_;
    std::uint64_t latestStamp_ = 0;
    KeptResults<EstimateSnapshot> kept_; // a few variants' worth
    int pending_ = 0;
    int results_ = 0;
};

} // namespace aifp::ui
