#include "ui/reactions/SimulateFailureReaction.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/model/DesignPatch.hpp"
#include "ui/docks/ImpactColours.hpp"
#include "ui/docks/ImpactDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/view3d/ViewportWidget.hpp"

namespace aifp::ui {

SimulateFailureReaction::SimulateFailureReaction(QAction* action, Document* document,
                                                 ImpactDock* dock, ViewportWidget* viewport,
                                                 StatusFn normalStatus)
    : Reaction(action, document), dock_(dock), viewport_(viewport),
      normalStatus_(std::move(normalStatus)) {
    connect(dock_, &ImpactDock::clearRequested, this, [this] {
        clearImpact();
        dock_->clearResult();
    });
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        ++generation_; // a run in flight simulated the old design
        if (change.kind == DesignChange::Kind::Reset) {
            // Another design: the previous one's impact means nothing here.
            if (result_)
                clearImpact();
            dock_->clearResult();
            return;
        }
        if (result_) {
            clearImpact();
            dock_->markStale();
        }
    });
}

SimulateFailureReaction::~SimulateFailureReaction() {
    if (running_)
        running_->wait();
}

bool SimulateFailureReaction::enabledFor() const {
    const auto& sel = document_->selection();
    if (sel.empty())
        return false;
    // Asked at every edit and selection change: a few selected objects are looked up directly
    // (a scan that stops at the object), more through an index of the design's ids
    // (assumption: 8 look-ups cost about as much as indexing a 1 GW design).
    constexpr std::size_t kDirectLookups = 8;
    const Design& design = document_->design();
    std::optional<DesignIndex> index;
    if (sel.size() > kDirectLookups)
        index.emplace(design);
    for (ObjectId id : sel) {
        ObjectKind kind = ObjectKind::None;
        if (index)
            kind = index->kindOf(id);
        else if (const auto s = snapshotOf(design, id))
            kind = kindOf(*s);
        switch (kind) {
        case ObjectKind::PowerNode:
        case ObjectKind::PowerLink:
        case ObjectKind::CoolingNode:
        case ObjectKind::Pipe:
        case ObjectKind::NetworkSwitch:
        case ObjectKind::NetworkLink:
            return true;
        default:
            break;
        }
    }
    return false;
}

void SimulateFailureReaction::onTriggered() {
    if (!enabledFor())
        return;
    const int generation = ++generation_;
    auto design = std::make_shared<const Design>(document_->design());
    const std::vector<ObjectId> failed = document_->selection();
    auto out = std::make_shared<std::optional<ImpactResult>>();
    auto error = std::make_shared<std::string>();
    dock_->show();
    dock_->raise();
    dock_->showRunning(static_cast<int>(failed.size()));
    QThread* thread = QThread::create([design, failed, out, error] {
        // tokens/s lost: the estimate's tokens/s per GPU at the design's model and scenario,
        // times the GPUs lost (the estimate is linear in whole model replicas).
        TokensPerSecondFn tokens;
        try {
            const FactoryEstimate e = estimateFactory(*design, Catalog::builtin(), {});
            if (e.gpus > 0 && e.tokensPerSecond > 0) {
                const double perGpu = e.tokensPerSecond / e.gpus;
                tokens = [perGpu](int gpus) { return perGpu * gpus; };
            }
        } catch (const std::exception&) {
            // no estimate (e.g. no GPU racks): the impact has no token figures
        }
        try {
            const Catalog catalog = Catalog::builtin().withUserEntries(design->userCatalog);
            *out = simulateFailure(*design, catalog, failed, tokens);
        } catch (const std::exception& e) {
            *error = e.what();
        }
    });
    thread->setObjectName("aifp-failure-impact");
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, generation] { deliver(generation); });
    running_ = thread;
    simulated_ = design;
    pending_ = out;
    pendingError_ = error;
    thread->start(QThread::LowPriority);
}

void SimulateFailureReaction::deliver(int generation) {
    running_ = nullptr;
    if (generation != generation_)
        return; // the design changed while it ran: the dock says so already
    if (!pending_ || !*pending_) {
        dock_->setError(QString::fromStdString(pendingError_ ? *pendingError_ : std::string()));
        emit finished();
        return;
    }
    result_ = **pending_;
    shown_ = impactStatus(*result_);
    dock_->setResult(*result_, *simulated_);
    reapplyColouring();
    emit finished();
}

void SimulateFailureReaction::reapplyColouring() {
    if (!result_ || !viewport_)
        return;
    if (!previousColouring_)
        previousColouring_ = viewport_->rackColouring();
    viewport_->setRackColouring(RackColouring::ByStatus);
    viewport_->setStatus(shown_);
    // Its own legend: the status colours mean impact classes here, not findings.
    viewport_->setCustomLegend(
        tr("Failure impact"),
        {{tr("Loses power"), impactColour(ImpactClass::LosesPower)},
         {tr("Loses cooling or fabric"), impactColour(ImpactClass::LosesCooling)},
         {tr("Loses redundancy"), impactColour(ImpactClass::LosesRedundancy)},
         {tr("Unaffected"), QColor(102, 170, 99)}}); // RackPalette's "ok" green
}

void SimulateFailureReaction::clearImpact() {
    const bool wasShown = result_.has_value();
    result_.reset();
    shown_.clear();
    if (!wasShown || !viewport_)
        return;
    viewport_->setCustomLegend({}, {});
    viewport_->setStatus(normalStatus_ ? normalStatus_()
                                       : std::unordered_map<ObjectId, Severity>{});
    if (previousColouring_)
        viewport_->setRackColouring(*previousColouring_);
    previousColouring_.reset();
}

} // namespace aifp::ui
