#pragma once
#include "core/model/DesignPatch.hpp"
#include <QUndoCommand>

namespace aifp::ui {

class Document;

// An undoable edit described by a DesignPatch: add, remove, move, rotate, duplicate, array, route.
class PatchCommand : public QUndoCommand {
public:
    PatchCommand(Document* document, DesignPatch patch, const QString& text);
    void redo() override;
    void undo() override;
    const DesignPatch& patch() const { return patch_; }

protected:
    Document* document_;
    DesignPatch patch_;
};

} // namespace aifp::ui
