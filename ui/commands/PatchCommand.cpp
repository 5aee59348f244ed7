#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

PatchCommand::PatchCommand(Document* document, DesignPatch patch, const QString& text)
    : QUndoCommand(text), document_(document), patch_(std::move(patch)) {}

void PatchCommand::redo() {
    document_->applyPatch(patch_, true);
}

void PatchCommand::undo() {
    document_->applyPatch(patch_, false);
}

} // namespace aifp::ui
