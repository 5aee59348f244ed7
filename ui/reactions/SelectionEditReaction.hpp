#pragma once
#include "core/model/DesignPatch.hpp"
#include "ui/reactions/Reaction.hpp"
#include <QString>
#include <functional>
#include <vector>

namespace aifp::ui {

// An edit of the selection made as one patch, one undo step (Delete, Duplicate, Rotate): the
// action builds the patch from the design and the selection, pushes it unless it is empty, then
// selects what the edit names (Duplicate's copies).
class SelectionEditReaction : public Reaction {
    Q_OBJECT
public:
    struct Edit {
        DesignPatch patch;            // empty: nothing to do
        QString text;                 // the undo step's name
        std::vector<ObjectId> select; // the selection afterwards; empty: unchanged
    };
    using MakeEdit =
        std::function<Edit(const Design& design, const std::vector<ObjectId>& selection)>;

    SelectionEditReaction(QAction* action, Document* document, MakeEdit makeEdit);

protected:
    void onTriggered() override;

private:
    MakeEdit makeEdit_;
};

// Del: removes the selection and everything that references it.
SelectionEditReaction* installDeleteReaction(QAction* action, Document* document);
// Ctrl+D: copies the selected racks and equipment one grid tile (0.6 m) east and selects the
// copies.
SelectionEditReaction* installDuplicateReaction(QAction* action, Document* document);
// R: turns the selected racks 90 degrees about their centres.
SelectionEditReaction* installRotateReaction(QAction* action, Document* document);

} // namespace aifp::ui
