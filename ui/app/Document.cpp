#include "ui/app/Document.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/commands/DesignPatch.hpp"
#include <algorithm>

namespace aifp::ui {

Document::Document(QObject* parent) : QObject(parent) {
    catalog_ = Catalog::builtin().withUserEntries(design_.userCatalog);
    connect(&undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

void Document::push(QUndoCommand* command) {
    undoStack_.push(command);
}

void Document::applyPatch(const DesignPatch& patch, bool forward) {
    patch.apply(design_, forward);
    pruneSelection();
    emit changed(patch.change(forward));
}

void Document::reset(Design design, const QString& filePath, bool modified) {
    design_ = std::move(design);
    unsavedOrigin_ = modified;
    catalog_ = Catalog::builtin().withUserEntries(design_.userCatalog);
    undoStack_.clear();
    undoStack_.setClean();
    filePath_ = filePath;
    selection_.clear();
    emit changed(DesignChange::reset());
    emit selectionChanged();
    emit modifiedChanged(isModified());
    emit filePathChanged(filePath_);
}

void Document::open(const QString& path) {
    Design loaded = openProject(path.toStdString()); // throws before anything changes
    reset(std::move(loaded), path);
}

void Document::save(const QString& path) {
    saveProject(design_, path.toStdString());
    const bool wasModified = isModified();
    unsavedOrigin_ = false;
    undoStack_.setClean();
    if (wasModified && !isModified())
        emit modifiedChanged(false);
    if (filePath_ != path) {
        filePath_ = path;
        emit filePathChanged(filePath_);
    }
}

void Document::setSelection(std::vector<ObjectId> ids) {
    std::vector<ObjectId> unique;
    for (ObjectId id : ids)
        if (id != kNoId && std::find(unique.begin(), unique.end(), id) == unique.end())
            unique.push_back(id);
    if (unique == selection_)
        return;
    selection_ = std::move(unique);
    emit selectionChanged();
}

bool Document::isSelected(ObjectId id) const {
    return std::find(selection_.begin(), selection_.end(), id) != selection_.end();
}

void Document::pruneSelection() {
    const auto before = selection_.size();
    std::erase_if(selection_, [this](ObjectId id) { return !snapshotOf(design_, id); });
    if (selection_.size() != before)
        emit selectionChanged();
}

} // namespace aifp::ui
