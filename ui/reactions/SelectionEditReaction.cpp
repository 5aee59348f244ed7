#include "ui/reactions/SelectionEditReaction.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

namespace {

// The offset of Duplicate's copies: one grid tile (0.6 m, the floor tile the placement tools
// snap to) east.
constexpr double kDuplicateOffsetM = 0.6;
constexpr double kRotateStepDeg = 90.0;

} // namespace

SelectionEditReaction::SelectionEditReaction(QAction* action, Document* document, MakeEdit makeEdit)
    : Reaction(action, document), makeEdit_(std::move(makeEdit)) {}

void SelectionEditReaction::onTriggered() {
    Edit edit = makeEdit_(document_->design(), document_->selection());
    if (edit.patch.empty())
        return;
    document_->push(new PatchCommand(document_, std::move(edit.patch), edit.text));
    if (!edit.select.empty())
        document_->setSelection(std::move(edit.select));
}

SelectionEditReaction* installDeleteReaction(QAction* action, Document* document) {
    return new SelectionEditReaction(
        action, document, [](const Design& design, const std::vector<ObjectId>& selection) {
            SelectionEditReaction::Edit edit;
            edit.patch = removeObjectsPatch(design, selection);
            edit.text = SelectionEditReaction::tr("Delete %n object(s)", nullptr,
                                                  static_cast<int>(edit.patch.entries.size()));
            return edit;
        });
}

SelectionEditReaction* installDuplicateReaction(QAction* action, Document* document) {
    return new SelectionEditReaction(
        action, document, [](const Design& design, const std::vector<ObjectId>& selection) {
            SelectionEditReaction::Edit edit;
            edit.patch =
                duplicateObjectsPatch(design, selection, kDuplicateOffsetM, 0.0, &edit.select);
            if (edit.select.empty())
                return SelectionEditReaction::Edit{}; // nothing that can be copied
            edit.text = SelectionEditReaction::tr("Duplicate");
            return edit;
        });
}

SelectionEditReaction* installRotateReaction(QAction* action, Document* document) {
    return new SelectionEditReaction(
        action, document, [](const Design& design, const std::vector<ObjectId>& selection) {
            return SelectionEditReaction::Edit{
                rotateObjectsPatch(design, selection, kRotateStepDeg),
                SelectionEditReaction::tr("Rotate 90°"),
                {}};
        });
}

} // namespace aifp::ui
