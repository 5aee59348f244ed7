#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace aifp::ui {

class ValidationWorker;

// Runs aifp::Validator on a worker thread, on a copy of the design taken after each edit, so the
// GUI never waits for the rules. Only the newest request is worked on: a request overtaken by a
// newer one is skipped, and the next run validates everything.
class ValidationRunner : public QObject {
    Q_OBJECT
public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    // Queues a run. catalog: set when the catalog changed (new or opened project), else null.
    // design: the document's snapshot (shared, not copied).
    void request(std::shared_ptr<const Design> design, const DesignChange& change,
                 std::shared_ptr<const Catalog> catalog = nullptr);
    const ValidationResult& latest() const { return latest_; }
    bool busy() const { return pending_ > 0; }

signals:
    void finished(const aifp::ValidationResult& result);

private:
    QThread thread_;
    ValidationWorker* worker_;
    std::shared_ptr<std::atomic<int>> generation_;
    ValidationResult latest_;
    int pending_ = 0;
};

} // namespace aifp::ui
