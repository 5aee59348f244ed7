#include "ui/reactions/RotateReaction.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

void RotateReaction::onTriggered() {
    DesignPatch patch = rotateObjectsPatch(document_->design(), document_->selection(), 90.0);
    if (!patch.empty())
        document_->push(new PatchCommand(document_, std::move(patch), tr("Rotate 90°")));
}

} // namespace aifp::ui
