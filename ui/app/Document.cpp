#include "ui/app/Document.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/commands/DesignPatch.hpp"
#include <algorithm>
#include <stdexcept>

namespace aifp::ui {

Document::Document(QObject* parent) : QObject(parent) {
    project_.variants.resize(1);
    project_.variants[0].name = kDefaultBaseVariantName;
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
    Project project;
    project.variants.resize(1);
    project.variants[0].name = kDefaultBaseVariantName;
    project.variants[0].design = std::move(design);
    reset(std::move(project), filePath, modified);
}

void Document::reset(Project project, const QString& filePath, bool modified) {
    if (project.variants.empty() || !project.variants[0].design)
        throw std::invalid_argument("Document::reset: the project has no base design");
    design_ = std::move(*project.variants[0].design);
    project.variants[0].design.reset();
    project_ = std::move(project);
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
    Project loaded = openProjectFile(path.toStdString()); // throws before anything changes
    reset(std::move(loaded), path);
}

Project Document::project() const {
    Project p = project_;
    p.variants[0].design = design_;
    return p;
}

void Document::save(const QString& path) {
    saveProject(project(), path.toStdString());
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
