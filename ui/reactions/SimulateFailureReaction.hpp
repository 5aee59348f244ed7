#pragma once
#include "core/validation/FailureImpact.hpp"
#include "core/validation/Finding.hpp"
#include "ui/reactions/Reaction.hpp"
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace aifp::ui {

class ImpactDock;
class ViewportWidget;
enum class RackColouring;

// "Simulate failure": fails the selected power, cooling and network objects at once
// (aifp::simulateFailure, on a worker thread: a gigawatt design takes longer than a frame),
// shows the racks that lose power, cooling, fabric or redundancy in the 3D view by colour and
// lists them in the impact dock. Clear (or any edit of the design) restores the normal colouring.
// Enabled when the selection holds at least one power, cooling or network object.
class SimulateFailureReaction : public Reaction {
    Q_OBJECT
public:
    using StatusFn = std::function<std::unordered_map<ObjectId, Severity>()>;
    // viewport may be null (no 3D view); normalStatus gives the status colouring to restore.
    SimulateFailureReaction(QAction* action, Document* document, ImpactDock* dock,
                            ViewportWidget* viewport, StatusFn normalStatus = {});
    ~SimulateFailureReaction() override;

    bool busy() const { return running_ != nullptr; }
    // The shown simulation, if any (cleared by Clear and by edits).
    const std::optional<ImpactResult>& result() const { return result_; }
    // The rack status map given to the viewport while the impact is shown; empty otherwise.
    const std::unordered_map<ObjectId, Severity>& shownStatus() const { return shown_; }
    void clearImpact();
    // Re-applies the impact colouring (after a validation run reset the status colours).
    void reapplyColouring();

signals:
    void finished();

protected:
    void onTriggered() override;
    bool enabledFor() const override;

private:
    void deliver(int generation);

    ImpactDock* dock_;
    QPointer<ViewportWidget> viewport_;
    StatusFn normalStatus_;
    QPointer<QThread> running_;
    int generation_ = 0;
    std::shared_ptr<const Design> simulated_;
    std::shared_ptr<std::optional<ImpactResult>> pending_;
    std::shared_ptr<std::string> pendingError_;
    std::optional<ImpactResult> result_;
    std::unordered_map<ObjectId, Severity> shown_;
    std::optional<RackColouring> previousColouring_;
};

} // namespace aifp::ui
