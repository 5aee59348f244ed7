#include "ui/document/ValidationRunner.hpp"
#include "ui/document/BackgroundThread.hpp"
#include "ui/document/ValidationWorker.hpp"

namespace aifp::ui {

namespace {
// Validation results kept for switching back to a variant (assumption: a few variants are
// compared in a session; a result is its findings, a few MB at most at 1 GW).
constexpr std::size_t kKeptResults = 4;
} // namespace

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent), generation_(std::make_shared<std::atomic<int>>(0)),
      handoff_(std::make_shared<ValidationHandoff>()), kept_(kKeptResults) {
    qRegisterMetaType<aifp::ValidationResult>("aifp::ValidationResult");
    worker_ = new ValidationWorker(generation_, handoff_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(
        worker_, &ValidationWorker::done, this,
        [this](const ValidationResult& result, int generation, bool skipped) {
            if (landedEarly_.erase(generation) == 0)
                land(result, generation, skipped);
        },
        Qt::QueuedConnection);
    thread_.setObjectName("aifp-validation");
    // At the window's priority, not below it like the other background threads: an edit's
    // findings are part of the edit (issue 15: findings updated within 20 ms of the mouse
    // event), and the other jobs wait for them (waitForEditQuiet).
    thread_.start();
}

void ValidationRunner::land(const ValidationResult& result, int generation, bool skipped) {
    --pending_;
    const auto it = stampOf_.find(generation);
    const std::uint64_t stamp = it == stampOf_.end() ? 0 : it->second;
    if (it != stampOf_.end())
        stampOf_.erase(it);
    const bool edit = edits_.erase(generation) > 0;
    if (!skipped) {
        kept_.keep(stamp, std::make_shared<const ValidationResult>(result));
        if (generation == generation_->load()) {
            latest_ = result;
            emit finished(latest_);
        }
    }
    if (edit)
        endEditWork(); // after the findings are shown: the jobs held back start
}

bool ValidationRunner::awaitLatest(std::chrono::microseconds wait) {
    const int generation = generation_->load();
    if (pending_ == 0 || landedEarly_.count(generation))
        return false;
    ValidationResult result;
    {
        std::unique_lock lock(handoff_->mutex);
        if (!handoff_->ready.wait_for(lock, wait,
                                      [&] { return handoff_->generation == generation; }))
            return false;
        result = std::move(handoff_->result);
        handoff_->generation = 0;
    }
    landedEarly_.insert(generation); // its done() is still queued: ignored when it comes
    land(result, generation, false);
    return true;
}

ValidationRunner::~ValidationRunner() {
    for (std::size_t i = 0; i < edits_.size(); ++i)
        endEditWork(); // their results never arrive
    thread_.quit();
    thread_.wait();
}

void ValidationRunner::request(DesignSource design, const DesignChange& change,
                               std::shared_ptr<const Catalog> catalog, std::uint64_t stamp) {
    const int generation = ++*generation_;
    ++pending_;
    if (stamp != 0)
        stampOf_[generation] = stamp;
    // An edit (not a new design: its full run may take a second, the other results then come
    // beside it) holds the other background jobs back until its findings are in.
    if (change.kind != DesignChange::Kind::Reset) {
        edits_.insert(generation);
        beginEditWork();
    }
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, design = std::move(design), change, catalog, generation] {
            w->run(design, change, catalog, generation);
        },
        Qt::QueuedConnection);
}

bool ValidationRunner::showKept(std::uint64_t stamp, std::shared_ptr<const Catalog> catalog) {
    const std::shared_ptr<const ValidationResult> kept = kept_.find(stamp);
    if (!kept)
        return false;
    ++*generation_; // what is queued or running is for another design: not shown
    QMetaObject::invokeMethod(
        worker_, [w = worker_, catalog] { w->startOver(catalog); }, Qt::QueuedConnection);
    latest_ = *kept;
    emit finished(latest_);
    return true;
}

} // namespace aifp::ui
