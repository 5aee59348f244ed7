#include "ui/docks/LatestJobRunner.hpp"
#include "ui/document/BackgroundThread.hpp"
#include "ui/document/DisplayFormat.hpp"

namespace aifp::ui {

LatestJobRunner::LatestJobRunner(const QString& threadName, QObject* parent)
    : QObject(parent), worker_(new QObject), generation_(std::make_shared<std::atomic<int>>(0)) {
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName(threadName);
    startBackgroundThread(thread_);
}

LatestJobRunner::~LatestJobRunner() {
    ++*generation_; // queued requests are skipped, a running one told to stop
    thread_.quit();
    thread_.wait();
}

void LatestJobRunner::cancel() {
    ++*generation_;
}

void LatestJobRunner::request(Job job) {
    const int generation = ++*generation_;
    ++pending_;
    auto counter = generation_;
    QMetaObject::invokeMethod(
        worker_,
        [this, job = std::move(job), counter, generation, style = numberStyleOf()] {
            // Engine texts in the user's language (QLocale's decimal mark).
            const display::NumberStyleScope numbers(style);
            auto overtaken = [counter, generation] { return generation != counter->load(); };
            auto result = std::make_shared<std::any>();
            waitForEditQuiet(); // an edit's findings first; a newer request may come meanwhile
            if (!overtaken())
                *result = job(overtaken);
            // Back on the GUI thread; dropped with this object if it is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, result, generation] {
                    --pending_;
                    if (!result->has_value() || generation != generation_->load())
                        return; // overtaken by a newer request
                    latest_ = std::move(*result);
                    ++results_;
                    emit finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace aifp::ui
