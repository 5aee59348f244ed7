#pragma once
#include "core/io/Project.hpp"
#include "ui/document/Document.hpp"
#include <QUndoCommand>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace aifp::ui {

// The Variants switcher's edits, each one undo step on the document's stack. The stack is
// linear, so at any point of it the active variant is the one the commands before it left
// active: an edit's undo always finds the variant it was made in.

// Makes another variant the active one (design() is its design; edits land in it). The target
// must be loaded or loadable (Document::loadVariant); MainWindow opens a large one in the
// background first.
class SwitchVariantCommand : public QUndoCommand {
public:
    SwitchVariantCommand(Document* document, std::size_t to);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::size_t from_, to_;
};

// "New variant from current": the active design shared, not copied (copy on write: the first
// edit of either variant copies it; its stored bytes shared while it is unedited), added last
// and made active. No re-generation in the GUI: aifp-cli variant add
// re-generates with other targets.
class AddVariantCommand : public QUndoCommand {
public:
    AddVariantCommand(Document* document, const std::string& name, const std::string& description);
    // A variant made elsewhere (re-generated or swapped on a worker thread, or a copy of a
    // variant other than the active one): its name, description, origin and design set.
    AddVariantCommand(Document* document, Variant variant);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    Document::HeldVariant variant_; // held here while undone
    std::size_t from_, at_;
};

// Renames a variant and the created_from references to it (as aifp-cli variant rename).
class RenameVariantCommand : public QUndoCommand {
public:
    RenameVariantCommand(Document* document, std::size_t index, const std::string& name);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::size_t index_;
    std::string oldName_, newName_;
    std::vector<std::size_t> references_; // variants created from it
};

// Deletes a variant other than the base; the base becomes active when the active one goes.
class DeleteVariantCommand : public QUndoCommand {
public:
    DeleteVariantCommand(Document* document, std::size_t index);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::size_t index_;
    bool wasActive_ = false;
    Document::HeldVariant variant_; // held here while deleted
};

// Makes a variant the base (as aifp-cli variant set-base): the old base becomes a variant.
// The variant must be loaded (Document::loadVariant).
class SetBaseVariantCommand : public QUndoCommand {
public:
    SetBaseVariantCommand(Document* document, std::size_t index);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::size_t index_;
    std::shared_ptr<const std::string> droppedImage_;
};

} // namespace aifp::ui
