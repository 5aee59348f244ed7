#pragma once
#include "ui/reactions/Reaction.hpp"

namespace aifp::ui {

// Arrow keys: moves the selection one grid tile (0.6 m); repeated nudges in a row merge into one
// undo step.
class NudgeReaction : public Reaction {
    Q_OBJECT
public:
    NudgeReaction(QAction* action, Document* document, double dxM, double dyM);

protected:
    void onTriggered() override;

private:
    double dxM_, dyM_;
};

} // namespace aifp::ui
