#include "ui/docks/EstimateRunner.hpp"
#include "ui/app/DisplayFormat.hpp"

namespace aifp::ui {

EstimateRunner::EstimateRunner(QObject* parent)
    : QObject(parent), worker_(new QObject), generation_(std::make_shared<std::atomic<int>>(0)) {
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName("aifp-estimate");
    thread_.start(QThread::LowPriority);
}

EstimateRunner::~EstimateRunner() {
    ++*generation_; // queued requests are skipped
    thread_.quit();
    thread_.wait();
}

void EstimateRunner::request(std::shared_ptr<const Design> design) {
    const int generation = ++*generation_;
    ++pending_;
    auto copy = std::move(design);
    auto counter = generation_;
    QMetaObject::invokeMethod(
        worker_,
        [this, copy, counter, generation, style = numberStyleOf()] {
            // Estimate notes and bases in the user's language (QLocale's decimal mark).
            const display::NumberStyleScope numbers(style);
            std::shared_ptr<const EstimateSnapshot> result;
            if (generation == counter->load())
                result = std::make_shared<const EstimateSnapshot>(
                    computeEstimateSnapshot(*copy, Catalog::builtin()));
            // Back on the GUI thread; dropped with this object if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, result, generation] { deliver(result, generation); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EstimateRunner::deliver(std::shared_ptr<const EstimateSnapshot> snapshot, int generation) {
    --pending_;
    if (!snapshot || generation != generation_->load())
        return; // overtaken by a newer request
    latest_ = *snapshot;
    ++results_;
    emit finished();
}

} // namespace aifp::ui
