#pragma once
#include <QAction>
#include <QObject>

namespace aifp::ui {

class Document;

// One menu or tool-bar action's behaviour (ParaView's "reaction"): it runs the action and keeps
// the action's enabled state current with the document. The main window only creates and wires.
class Reaction : public QObject {
    Q_OBJECT
public:
    Reaction(QAction* action, Document* document);
    QAction* action() const { return action_; }

protected:
    virtual void onTriggered() = 0;
    // Default: enabled when something is selected.
    virtual bool enabledFor() const;
    void updateEnabledState();
    QAction* action_;
    Document* document_;
};

} // namespace aifp::ui
