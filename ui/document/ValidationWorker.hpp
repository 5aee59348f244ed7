#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include "ui/document/DesignMirror.hpp"
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace aifp {
class Validator;
}

namespace aifp::ui {

// The newest request's result, handed over at once to a GUI thread that waits for it
// (ValidationRunner::awaitLatest) as well as sent by done().
struct ValidationHandoff {
    std::mutex mutex;
    std::condition_variable ready;
    int generation = 0; // the request whose result is below (0: none)
    ValidationResult result;
};

// Lives on the validation thread; owns the Validator and its catalog.
class ValidationWorker : public QObject {
    Q_OBJECT
public:
    ValidationWorker(std::shared_ptr<std::atomic<int>> generation,
                     std::shared_ptr<ValidationHandoff> handoff);
    ~ValidationWorker() override;
    void run(const DesignSource& source, aifp::DesignChange change,
             std::shared_ptr<const Catalog> catalog, int generation);
    // Another design is the document's (a variant switched to, its findings known): the next
    // run validates everything, with this catalog.
    void startOver(std::shared_ptr<const Catalog> catalog);

signals:
    void done(const aifp::ValidationResult& result, int generation, bool skipped);

private:
    std::shared_ptr<std::atomic<int>> generation_;
    std::shared_ptr<ValidationHandoff> handoff_;
    std::shared_ptr<const Catalog> catalog_;
    std::unique_ptr<Validator> validator_;
    bool needFull_ = true;
    // What the requests skipped since the last run changed (merged), for the next run.
    std::optional<DesignChange> unseen_;
};

} // namespace aifp::ui
