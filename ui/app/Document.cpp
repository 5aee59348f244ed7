#include "ui/app/Document.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/commands/DesignPatch.hpp"
#include <algorithm>
#include <stdexcept>

namespace aifp::ui {

Document::Document(QObject* parent) : QObject(parent) {
    project_.variants.resize(1);
    project_.variants[0].name = kDefaultBaseVariantName;
    stamps_.assign(1, nextStamp_++);
    catalog_ = Catalog::builtin().withUserEntries(design_.userCatalog);
    connect(&undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

void Document::push(QUndoCommand* command) {
    undoStack_.push(command);
}

void Document::applyPatch(const DesignPatch& patch, bool forward) {
    patch.apply(design_, forward);
    // The edited variant is written from its design at the next save.
    project_.variants[active_].image.reset();
    stamps_[active_] = nextStamp_++;
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
    active_ = 0;
    stamps_.clear();
    for (std::size_t i = 0; i < project_.variants.size(); ++i)
        stamps_.push_back(nextStamp_++);
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
    emit variantsChanged();
}

void Document::open(const QString& path) {
    Project loaded = openProjectFile(path.toStdString()); // throws before anything changes
    reset(std::move(loaded), path);
}

Project Document::project() const {
    Project p;
    p.variants.reserve(project_.variants.size());
    for (std::size_t i = 0; i < project_.variants.size(); ++i) {
        const Variant& v = project_.variants[i];
        Variant copy;
        copy.name = v.name;
        copy.description = v.description;
        copy.createdFrom = v.createdFrom;
        copy.createdAt = v.createdAt;
        copy.image = v.image;
        if (i == active_)
            copy.design = design_;
        else if (i == 0 || !v.image)
            copy.design = v.design; // the base (design tables) or an edited variant
        p.variants.push_back(std::move(copy));
    }
    return p;
}

std::size_t Document::variantIndex(const std::string& name) const {
    for (std::size_t i = 0; i < project_.variants.size(); ++i)
        if (project_.variants[i].name == name)
            return i;
    return std::string::npos;
}

bool Document::variantLoaded(std::size_t i) const {
    return i == active_ || project_.variants.at(i).design.has_value();
}

void Document::loadVariant(std::size_t i) {
    if (variantLoaded(i))
        return;
    const Variant& v = project_.variants.at(i);
    if (!v.image)
        throw ProjectFileError(filePath_.toStdString() + ": variant '" + v.name +
                               "': neither a design nor stored bytes");
    setLoadedVariant(i, openVariantImage(*v.image, filePath_.toStdString(), v.name));
}

void Document::setLoadedVariant(std::size_t i, Design design) {
    if (variantLoaded(i))
        return;
    project_.variants.at(i).design = std::move(design);
}

void Document::activateVariant(std::size_t i) {
    if (i == active_)
        return;
    loadVariant(i); // throws before anything changes
    project_.variants[active_].design = std::move(design_);
    design_ = std::move(*project_.variants[i].design);
    project_.variants[i].design.reset();
    active_ = i;
    catalog_ = Catalog::builtin().withUserEntries(design_.userCatalog);
    selection_.clear();
    emit changed(DesignChange::reset());
    emit selectionChanged();
    emit variantsChanged();
}

void Document::insertVariant(std::size_t at, Variant v) {
    if (at == 0 || at > project_.variants.size())
        throw std::invalid_argument("Document::insertVariant: not a variant slot");
    project_.variants.insert(project_.variants.begin() + long(at), std::move(v));
    stamps_.insert(stamps_.begin() + long(at), nextStamp_++);
    if (active_ >= at)
        ++active_;
    emit variantsChanged();
}

Variant Document::takeVariant(std::size_t at) {
    if (at == 0 || at == active_ || at >= project_.variants.size())
        throw std::invalid_argument("Document::takeVariant: the base or the active variant");
    Variant v = std::move(project_.variants[at]);
    project_.variants.erase(project_.variants.begin() + long(at));
    stamps_.erase(stamps_.begin() + long(at));
    if (active_ > at)
        --active_;
    emit variantsChanged();
    return v;
}

void Document::setVariantName(std::size_t i, const std::string& name) {
    project_.variants.at(i).name = name;
    emit variantsChanged();
}

void Document::setVariantCreatedFrom(std::size_t i, const std::string& from) {
    project_.variants.at(i).createdFrom = from;
    emit variantsChanged();
}

std::shared_ptr<const std::string> Document::swapBase(std::size_t i,
                                                      std::shared_ptr<const std::string> imageAtI) {
    if (i == 0 || i >= project_.variants.size() || !variantLoaded(i))
        throw std::invalid_argument("Document::swapBase: not a loaded variant");
    std::shared_ptr<const std::string> dropped = std::move(project_.variants[i].image);
    project_.variants[i].image.reset();
    std::swap(project_.variants[0], project_.variants[i]);
    std::swap(stamps_[0], stamps_[i]);
    project_.variants[i].image = std::move(imageAtI);
    if (active_ == i)
        active_ = 0;
    else if (active_ == 0)
        active_ = i;
    emit variantsChanged();
    return dropped;
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
