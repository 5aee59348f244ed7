#include "ui/reactions/DeleteReaction.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

void DeleteReaction::onTriggered() {
    DesignPatch patch = removeObjectsPatch(document_->design(), document_->selection());
    if (patch.empty())
        return;
    const int n = static_cast<int>(patch.entries.size());
    document_->push(
        new PatchCommand(document_, std::move(patch), tr("Delete %n object(s)", nullptr, n)));
}

} // namespace aifp::ui
