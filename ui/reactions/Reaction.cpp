#include "ui/reactions/Reaction.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

Reaction::Reaction(QAction* action, Document* document)
    : QObject(action), action_(action), document_(document) {
    connect(action_, &QAction::triggered, this, [this] { onTriggered(); });
    connect(document_, &Document::selectionChanged, this, &Reaction::updateEnabledState);
    connect(document_, &Document::changed, this, &Reaction::updateEnabledState);
    // The first state is set once the subclass exists.
    QMetaObject::invokeMethod(this, &Reaction::updateEnabledState, Qt::QueuedConnection);
}

bool Reaction::enabledFor() const {
    return !document_->selection().empty();
}

void Reaction::updateEnabledState() {
    action_->setEnabled(enabledFor());
}

} // namespace aifp::ui
