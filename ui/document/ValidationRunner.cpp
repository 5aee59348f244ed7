#include "ui/document/ValidationRunner.hpp"
#include "ui/document/BackgroundThread.hpp"
#include "ui/document/ValidationWorker.hpp"
#include <algorithm>

namespace aifp::ui {

namespace {
// Validation results kept for switching back to a variant (assumption: a few variants are
// compared in a session; a result is its findings, a few MB at most at 1 GW).
constexpr std::size_t kKeptResults = 4;
} // namespace

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent), generation_(std::make_shared<std::atomic<int>>(0)) {
    qRegisterMetaType<aifp::ValidationResult>("aifp::ValidationResult");
    worker_ = new ValidationWorker(generation_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(
        worker_, &ValidationWorker::done, this,
        [this](const ValidationResult& result, int generation, bool skipped) {
            --pending_;
            const auto it = stampOf_.find(generation);
            const std::uint64_t stamp = it == stampOf_.end() ? 0 : it->second;
            if (it != stampOf_.end())
                stampOf_.erase(it);
            if (skipped)
                return;
            if (stamp != 0) {
                std::erase_if(kept_, [stamp](const auto& k) { return k.first == stamp; });
                kept_.emplace_back(stamp, std::make_shared<const ValidationResult>(result));
                if (kept_.size() > kKeptResults)
                    kept_.erase(kept_.begin());
            }
            if (generation != generation_->load())
                return;
            latest_ = result;
            emit finished(latest_);
        },
        Qt::QueuedConnection);
    thread_.setObjectName("aifp-validation");
    startBackgroundThread(thread_);
}

ValidationRunner::~ValidationRunner() {
    thread_.quit();
    thread_.wait();
}

void ValidationRunner::request(DesignSource design, const DesignChange& change,
                               std::shared_ptr<const Catalog> catalog, std::uint64_t stamp) {
    const int generation = ++*generation_;
    ++pending_;
    if (stamp != 0)
        stampOf_[generation] = stamp;
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, design = std::move(design), change, catalog, generation] {
            w->run(design, change, catalog, generation);
        },
        Qt::QueuedConnection);
}

bool ValidationRunner::showKept(std::uint64_t stamp, std::shared_ptr<const Catalog> catalog) {
    if (stamp == 0)
        return false;
    auto it = std::find_if(kept_.begin(), kept_.end(),
                           [stamp](const auto& k) { return k.first == stamp; });
    if (it == kept_.end())
        return false;
    ++*generation_; // what is queued or running is for another design: not shown
    QMetaObject::invokeMethod(
        worker_, [w = worker_, catalog] { w->startOver(catalog); }, Qt::QueuedConnection);
    latest_ = *it->second;
    emit finished(latest_);
    return true;
}

} // namespace aifp::ui
