#include "ui/reactions/ArrayReaction.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayDialog.hpp"
#include "ui/tools/ArrayLayout.hpp"

namespace aifp::ui {

ArrayReaction::ArrayReaction(QAction* action, Document* document, QWidget* dialogParent)
    : Reaction(action, document), parent_(dialogParent) {}

bool ArrayReaction::enabledFor() const {
    return !document_->design().halls.empty();
}

void ArrayReaction::onTriggered() {
    if (!dialog_) {
        dialog_ = new ArrayDialog(parent_);
        connect(dialog_, &ArrayDialog::applyRequested, this, &ArrayReaction::apply);
    }
    dialog_->setDesign(document_->design(), document_->catalog(), origin_);
    dialog_->showError({});
    dialog_->open(); // window-modal, returns at once
}

void ArrayReaction::apply() {
    try {
        std::vector<ObjectId> racks;
        const ArrayParams p = dialog_->params();
        DesignPatch patch = arrayPatch(document_->design(), document_->catalog(), p, &racks);
        document_->push(
            new PatchCommand(document_, std::move(patch),
                             tr("Array of %1 x %2 racks").arg(p.rows).arg(p.racksPerRow)));
        document_->setSelection(racks);
        dialog_->accept();
    } catch (const EditError& e) {
        dialog_->showError(QString::fromStdString(e.what()));
    }
}

} // namespace aifp::ui
