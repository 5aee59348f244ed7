#include "ui/docks/BackgroundDock.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace aifp::ui {

BackgroundDock::BackgroundDock(const QString& title, Document* document, const QString& threadName,
                               int debounceMs, QWidget* parent)
    : QDockWidget(title, parent), document_(document),
      runner_(new LatestJobRunner(threadName, this)), status_(new QLabel(this)),
      debounce_(new QTimer(this)) {
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    setWidget(body);

    debounce_->setSingleShot(true);
    debounce_->setInterval(debounceMs);
    connect(debounce_, &QTimer::timeout, this, &BackgroundDock::refreshNow);
    connect(runner_, &LatestJobRunner::finished, this, [this] { showResult(); });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && dirty_ && !showKept())
            refreshNow();
    });
    status_->setText(tr("Computing..."));
}

BackgroundDock::~BackgroundDock() = default;

void BackgroundDock::setContent(QWidget* content) {
    static_cast<QVBoxLayout*>(widget()->layout())->addWidget(content, 1);
}

bool BackgroundDock::busy() const {
    return runner_->busy() || debounce_->isActive();
}

void BackgroundDock::refreshNow() {
    markUpToDate();
    startJob();
}

void BackgroundDock::scheduleRefresh() {
    dirty_ = true;
    if (isVisible()) {
        status_->setText(tr("Computing..."));
        debounce_->start();
    }
}

void BackgroundDock::markUpToDate() {
    debounce_->stop();
    dirty_ = false;
}

bool BackgroundDock::showKept() {
    return false;
}

} // namespace aifp::ui
