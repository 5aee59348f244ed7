#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "ui/document/DesignMirror.hpp"
#include "ui/document/KeptResults.hpp"
#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <set>

namespace aifp::ui {

class ValidationWorker;
struct ValidationHandoff;

// Runs aifp::Validator on a worker thread, on the design as it is after each edit, so the GUI
// never waits for the rules. Only the newest request is worked on: a request overtaken by a newer
// one is skipped, and the next run re-validates what the skipped ones changed with its own
// change (incrementally: a drag of many moves costs one placement-only run, not a full one).
// The thread runs at the window's priority and an edit's run holds the other background jobs
// back until its findings are in (beginEditWork, BackgroundThread.hpp): findings first.
class ValidationRunner : public QObject {
    Q_OBJECT
public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    // Queues a run. catalog: set when the catalog changed (new or opened project), else null.
    // design: Document::backgroundDesign(), read on the worker thread when the run starts
    // (a skipped request never reads it).
    // stamp: what the design is (Document::variantStamp; 0: not kept): every finished result
    // is kept by it, also one overtaken while it ran (a variant switched away from).
    void request(DesignSource design, const DesignChange& change,
                 std::shared_ptr<const Catalog> catalog = nullptr, std::uint64_t stamp = 0);
    // A variant switched back to, unchanged since: its kept result becomes the latest at once
    // (finished() is emitted now) and the worker, which validated another design last, starts
    // over (catalog: the variant's) with a full run at the next request. False, and nothing
    // changes, when no result is kept for stamp.
    bool showKept(std::uint64_t stamp, std::shared_ptr<const Catalog> catalog);
    // Waits at most `wait` for the findings of the newest request and delivers them now
    // (finished() is emitted before this returns): an edit expected to re-validate quickly
    // (Validator::mayBePlacementOnly: a move, about a millisecond at 1 GW) then has its
    // findings shown before the views react to it. False when they did not come in time: they
    // follow as usual, the GUI waited no longer than `wait`.
    bool awaitLatest(std::chrono::microseconds wait);
    const ValidationResult& latest() const { return latest_; }
    bool busy() const { return pending_ > 0; }

signals:
    void finished(const aifp::ValidationResult& result);

private:
    // A request's result is back (skipped: it never ran): bookkeeping, kept results, and the
    // findings shown when it is the newest request.
    void land(const ValidationResult& result, int generation, bool skipped);

    QThread thread_;
    ValidationWorker* worker_;
    std::shared_ptr<std::atomic<int>> generation_;
    ValidationResult latest_;
    int pending_ = 0;
    std::map<int, std::uint64_t> stampOf_; // of the requests in flight, by generation
    std::set<int> edits_;                  // the requests in flight that began edit work
    std::set<int> landedEarly_;            // delivered by awaitLatest, their done() still due
    std::shared_ptr<ValidationHandoff> handoff_;
    KeptResults<ValidationResult> kept_;
};

} // namespace aifp::ui
