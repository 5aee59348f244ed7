#include "ui/app/ValidationRunner.hpp"
#include "ui/app/ValidationWorker.hpp"

namespace aifp::ui {

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
            if (skipped || generation != generation_->load())
                return;
            latest_ = result;
            emit finished(latest_);
        },
        Qt::QueuedConnection);
    thread_.setObjectName("aifp-validation");
    thread_.start(QThread::LowPriority);
}

ValidationRunner::~ValidationRunner() {
    thread_.quit();
    thread_.wait();
}

void ValidationRunner::request(std::shared_ptr<const Design> design, const DesignChange& change,
                               std::shared_ptr<const Catalog> catalog) {
    const int generation = ++*generation_;
    ++pending_;
    auto copy = std::move(design);
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, copy, change, catalog, generation] {
            w->run(copy, change, catalog, generation);
        },
        Qt::QueuedConnection);
}

} // namespace aifp::ui
