#include "ui/reactions/DuplicateReaction.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

void DuplicateReaction::onTriggered() {
    std::vector<ObjectId> copies;
    DesignPatch patch =
        duplicateObjectsPatch(document_->design(), document_->selection(), 0.6, 0.0, &copies);
    if (copies.empty())
        return;
    document_->push(new PatchCommand(document_, std::move(patch), tr("Duplicate")));
    document_->setSelection(copies);
}

} // namespace aifp::ui
