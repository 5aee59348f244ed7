#include "ui/reactions/NudgeReaction.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

NudgeReaction::NudgeReaction(QAction* action, Document* document, double dxM, double dyM)
    : Reaction(action, document), dxM_(dxM), dyM_(dyM) {}

void NudgeReaction::onTriggered() {
    DesignPatch patch = moveObjectsPatch(document_->design(), document_->selection(), dxM_, dyM_);
    if (!patch.empty())
        document_->push(
            new ChangeValueCommand(document_, std::move(patch), "position/nudge", tr("Nudge")));
}

} // namespace aifp::ui
