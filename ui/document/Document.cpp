#include "ui/document/Document.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/model/DesignPatch.hpp"
#include <algorithm>
#include <stdexcept>

namespace aifp::ui {

Document::Document(QObject* parent) : QObject(parent), design_(std::make_shared<Design>()) {
    project_.variants.resize(1);
    project_.variants[0].name = kDefaultBaseVariantName;
    stamps_.assign(1, nextStamp_++);
    loaded_.resize(1);
    catalogs_.resize(1);
    catalog_ =
        std::make_shared<const Catalog>(Catalog::builtin().withUserEntries(design_->userCatalog));
    mirror_->reset(design_);
    connect(&undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

Document::~Document() {
    // The members (the undo stack first) are destroyed after this body and may still signal.
    blockSignals(true);
    undoStack_.blockSignals(true);
}

void Document::push(QUndoCommand* command) {
    undoStack_.push(command);
}

void Document::applyPatch(const DesignPatch& patch, bool forward) {
    // Copy on write: a snapshot held elsewhere (a background job, a kept view) stays unchanged.
    if (design_.use_count() > 1) {
        design_ = std::make_shared<Design>(*design_);
        ++wholeDesignCopies_;
    }
    patch.apply(*design_, forward);
    const DesignChange change = patch.change(forward);
    if (change.kind != DesignChange::Kind::Modified) // ids may now sit elsewhere in the lists
        std::erase_if(indexes_, [&](const KeptIndex& k) { return k.design.lock() == design_; });
    mirror_->apply(std::make_shared<const DesignPatch>(patch), forward);
    // The edited variant is written from its design at the next save.
    project_.variants[active_].image.reset();
    stamps_[active_] = nextStamp_++;
    pruneSelection();
    emit changed(change);
}

std::shared_ptr<const DesignIndex> Document::designIndex() const {
    for (const KeptIndex& k : indexes_)
        if (k.design.lock() == design_)
            return k.index;
    auto index = std::make_shared<const DesignIndex>(*design_);
    keepIndex(design_, index);
    return index;
}

void Document::keepIndex(const std::shared_ptr<Design>& design,
                         std::shared_ptr<const DesignIndex> index) const {
    std::erase_if(indexes_, [](const KeptIndex& k) { return k.design.expired(); });
    indexes_.push_back({design, std::move(index)});
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
    design_ = std::make_shared<Design>(std::move(*project.variants[0].design));
    project.variants[0].design.reset();
    project_ = std::move(project);
    active_ = 0;
    stamps_.clear();
    loaded_.assign(project_.variants.size(), nullptr);
    catalogs_.assign(project_.variants.size(), nullptr);
    for (std::size_t i = 0; i < project_.variants.size(); ++i) {
        stamps_.push_back(nextStamp_++);
        if (i > 0 && project_.variants[i].design) // an edited variant (a recovered autosave)
            loaded_[i] = std::make_shared<Design>(std::move(*project_.variants[i].design));
        project_.variants[i].design.reset();
    }
    unsavedOrigin_ = modified;
    indexes_.clear();
    catalog_ =
        std::make_shared<const Catalog>(Catalog::builtin().withUserEntries(design_->userCatalog));
    mirror_->reset(design_);
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
        // The base (design tables) or an edited variant is written from its design; an
        // unedited variant from its stored bytes alone (no copy of its design).
        if (i == 0 || !v.image) {
            const std::shared_ptr<const Design> d = variantSnapshot(i);
            if (d)
                copy.design = *d;
        }
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
    return i == active_ || loaded_.at(i) != nullptr;
}

std::shared_ptr<const Design> Document::variantSnapshot(std::size_t i) const {
    return i == active_ ? design_ : loaded_.at(i);
}

void Document::loadVariant(std::size_t i) {
    if (variantLoaded(i))
        return;
    const Variant& v = project_.variants.at(i);
    if (!v.image)
        throw ProjectFileError(filePath_.toStdString() + ": variant '" + v.name +
                               "': neither a design nor stored bytes");
    setLoadedVariant(
        i, std::make_shared<Design>(openVariantImage(*v.image, filePath_.toStdString(), v.name)));
}

void Document::setLoadedVariant(std::size_t i, std::shared_ptr<Design> design,
                                std::shared_ptr<const DesignIndex> index) {
    if (variantLoaded(i) || !design)
        return;
    loaded_.at(i) = std::move(design);
    if (index)
        keepIndex(loaded_[i], std::move(index));
}

void Document::activateVariant(std::size_t i) {
    if (i == active_)
        return;
    loadVariant(i); // throws before anything changes
    loaded_[active_] = std::move(design_);
    catalogs_[active_] = std::move(catalog_);
    design_ = std::move(loaded_[i]);
    catalog_ = std::move(catalogs_[i]);
    if (!catalog_)
        catalog_ = std::make_shared<const Catalog>(
            Catalog::builtin().withUserEntries(design_->userCatalog));
    active_ = i;
    mirror_->reset(design_);
    selection_.clear();
    switching_ = true;
    emit changed(DesignChange::reset());
    emit selectionChanged();
    emit variantsChanged();
    switching_ = false;
}

Document::HeldVariant Document::shareVariant(std::size_t i) const {
    HeldVariant h;
    const Variant& v = project_.variants.at(i);
    h.variant.name = v.name;
    h.variant.description = v.description;
    h.variant.createdFrom = v.createdFrom;
    h.variant.createdAt = v.createdAt;
    h.variant.image = v.image;
    h.design = i == active_ ? design_ : loaded_.at(i);
    h.stamp = h.design ? stamps_.at(i) : 0;
    h.catalog = i == active_ ? catalog_ : catalogs_.at(i);
    return h;
}

void Document::insertVariant(std::size_t at, HeldVariant h) {
    if (at == 0 || at > project_.variants.size())
        throw std::invalid_argument("Document::insertVariant: not a variant slot");
    Variant& v = h.variant;
    if (v.design && !h.design)
        h.design = std::make_shared<Design>(std::move(*v.design));
    v.design.reset();
    const std::uint64_t stamp = h.design && h.stamp != 0 ? h.stamp : nextStamp_++;
    project_.variants.insert(project_.variants.begin() + long(at), std::move(v));
    stamps_.insert(stamps_.begin() + long(at), stamp);
    loaded_.insert(loaded_.begin() + long(at), std::move(h.design));
    catalogs_.insert(catalogs_.begin() + long(at), std::move(h.catalog));
    if (active_ >= at)
        ++active_;
    emit variantsChanged();
}

Document::HeldVariant Document::takeVariant(std::size_t at) {
    if (at == 0 || at == active_ || at >= project_.variants.size())
        throw std::invalid_argument("Document::takeVariant: the base or the active variant");
    HeldVariant h;
    h.variant = std::move(project_.variants[at]);
    h.design = std::move(loaded_[at]);
    h.stamp = stamps_[at];
    h.catalog = std::move(catalogs_[at]);
    project_.variants.erase(project_.variants.begin() + long(at));
    stamps_.erase(stamps_.begin() + long(at));
    loaded_.erase(loaded_.begin() + long(at));
    catalogs_.erase(catalogs_.begin() + long(at));
    if (active_ > at)
        --active_;
    emit variantsChanged();
    return h;
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
    std::swap(loaded_[0], loaded_[i]);
    std::swap(catalogs_[0], catalogs_[i]);
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
    std::erase_if(selection_, [this](ObjectId id) { return !snapshotOf(*design_, id); });
    if (selection_.size() != before)
        emit selectionChanged();
}

} // namespace aifp::ui
