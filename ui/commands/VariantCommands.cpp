#include "ui/commands/VariantCommands.hpp"
#include "ui/document/Document.hpp"
#include <QObject>

namespace aifp::ui {

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

SwitchVariantCommand::SwitchVariantCommand(Document* document, std::size_t to)
    : QUndoCommand(QObject::tr("Switch to variant %1").arg(q(document->variant(to).name))),
      document_(document), from_(document->activeVariant()), to_(to) {}

void SwitchVariantCommand::redo() {
    document_->activateVariant(to_);
}

void SwitchVariantCommand::undo() {
    document_->activateVariant(from_);
}

AddVariantCommand::AddVariantCommand(Document* document, const std::string& name,
                                     const std::string& description)
    : QUndoCommand(QObject::tr("New variant %1").arg(q(name))), document_(document),
      variant_(document->shareVariant(document->activeVariant())), from_(document->activeVariant()),
      at_(document->variantCount()) {
    // The design, its stamp, catalog and stored bytes are shared with the active variant, as
    // aifp-cli variant add shares the bytes of an unedited variant.
    variant_.variant.createdFrom = variant_.variant.name;
    variant_.variant.name = name;
    variant_.variant.description = description;
    variant_.variant.createdAt = todayIsoDate();
}

AddVariantCommand::AddVariantCommand(Document* document, Variant variant)
    : QUndoCommand(QObject::tr("New variant %1").arg(q(variant.name))), document_(document),
      from_(document->activeVariant()), at_(document->variantCount()) {
    variant_.variant = std::move(variant);
}

void AddVariantCommand::redo() {
    document_->insertVariant(at_, std::move(variant_));
    variant_ = {};
    document_->activateVariant(at_);
}

void AddVariantCommand::undo() {
    document_->activateVariant(from_);
    variant_ = document_->takeVariant(at_);
}

RenameVariantCommand::RenameVariantCommand(Document* document, std::size_t index,
                                           const std::string& name)
    : QUndoCommand(
          QObject::tr("Rename variant %1 to %2").arg(q(document->variant(index).name), q(name))),
      document_(document), index_(index), oldName_(document->variant(index).name), newName_(name) {
    for (std::size_t i = 0; i < document->variantCount(); ++i)
        if (document->variant(i).createdFrom == oldName_)
            references_.push_back(i);
}

void RenameVariantCommand::redo() {
    for (std::size_t i : references_)
        document_->setVariantCreatedFrom(i, newName_);
    document_->setVariantName(index_, newName_);
}

void RenameVariantCommand::undo() {
    for (std::size_t i : references_)
        document_->setVariantCreatedFrom(i, oldName_);
    document_->setVariantName(index_, oldName_);
}

DeleteVariantCommand::DeleteVariantCommand(Document* document, std::size_t index)
    : QUndoCommand(QObject::tr("Delete variant %1").arg(q(document->variant(index).name))),
      document_(document), index_(index) {}

void DeleteVariantCommand::redo() {
    wasActive_ = document_->activeVariant() == index_;
    if (wasActive_)
        document_->activateVariant(0);
    variant_ = document_->takeVariant(index_);
}

void DeleteVariantCommand::undo() {
    document_->insertVariant(index_, std::move(variant_));
    variant_ = {};
    if (wasActive_)
        document_->activateVariant(index_);
}

SetBaseVariantCommand::SetBaseVariantCommand(Document* document, std::size_t index)
    : QUndoCommand(QObject::tr("Make %1 the base variant").arg(q(document->variant(index).name))),
      document_(document), index_(index) {}

void SetBaseVariantCommand::redo() {
    droppedImage_ = document_->swapBase(index_);
}

void SetBaseVariantCommand::undo() {
    document_->swapBase(index_, droppedImage_);
    droppedImage_.reset();
}

} // namespace aifp::ui
