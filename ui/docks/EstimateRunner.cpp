#include "ui/docks/EstimateRunner.hpp"
#include "ui/document/BackgroundThread.hpp"
#include "ui/document/DisplayFormat.hpp"

namespace aifp::ui {

namespace {
// Estimates kept for switching back to a variant: as many as a project has variants at most is
// more than a session switches between; eight cover the usual comparisons (assumption: a few
// hundred kB each at 1 GW).
constexpr std::size_t kKeptEstimates = 8;
} // namespace

EstimateRunner::EstimateRunner(QObject* parent)
    : QObject(parent), worker_(new QObject), generation_(std::make_shared<std::atomic<int>>(0)),
      kept_(kKeptEstimates) {
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName("aifp-estimate");
    startBackgroundThread(thread_);
}

EstimateRunner::~EstimateRunner() {
    ++*generation_; // queued requests are skipped
    thread_.quit();
    thread_.wait();
}

void EstimateRunner::request(DesignSource design, std::uint64_t stamp) {
    const int generation = ++*generation_;
    ++pending_;
    auto counter = generation_;
    QMetaObject::invokeMethod(
        worker_,
        [this, design = std::move(design), counter, generation, stamp, style = numberStyleOf()] {
            // Estimate notes and bases in the user's language (QLocale's decimal mark).
            const display::NumberStyleScope numbers(style);
            std::shared_ptr<const EstimateSnapshot> result;
            waitForEditQuiet(); // an edit's findings first; a newer request may come meanwhile
            if (generation == counter->load())
                if (const std::shared_ptr<const Design> d = design())
                    result = std::make_shared<const EstimateSnapshot>(
                        computeEstimateSnapshot(*d, Catalog::builtin()));
            // Back on the GUI thread; dropped with this object if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, result, generation, stamp] { deliver(result, generation, stamp); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool EstimateRunner::showKept(std::uint64_t stamp) {
    const std::shared_ptr<const EstimateSnapshot> kept = kept_.find(stamp);
    if (!kept)
        return false;
    ++*generation_; // what is queued or running is for another design: not shown
    latest_ = *kept;
    latestStamp_ = stamp;
    ++results_;
    emit finished();
    return true;
}

void EstimateRunner::deliver(std::shared_ptr<const EstimateSnapshot> snapshot, int generation,
                             std::uint64_t stamp) {
    --pending_;
    if (!snapshot)
        return; // skipped before it started
    kept_.keep(stamp, snapshot);
    if (generation != generation_->load())
        return; // overtaken by a newer request
    latest_ = *snapshot;
    latestStamp_ = stamp;
    ++results_;
    emit finished();
}

} // namespace aifp::ui
