#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include "ui/document/Document.hpp"
#include <QItemSelectionModel>
#include <QTreeView>

namespace aifp::ui {

namespace {
// Project tree models kept for switching between variants, the one shown included (the two
// most recent, as the 3D view's scenes; docs/options.md).
constexpr std::size_t kKeptModels = 2;
} // namespace

ProjectTreeDock::ProjectTreeDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Project"), parent), document_(document), model_(new ProjectTreeModel(this)),
      view_(new QTreeView(this)) {
    setObjectName("ProjectTreeDock");
    view_->setModel(model_);
    view_->setUniformRowHeights(true); // keeps thousands of rows cheap to lay out
    view_->setHeaderHidden(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWidget(view_);
    model_->setDesign(&document_->design(), document_->designIndex());
    view_->expand(model_->index(0, 0));
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
        syncing_ = true;
        if (document_->switchingVariant() && stamp != stamp_) {
            // Another variant: its model as it was left, or a new one; this one is kept.
            kept_.emplace_back(stamp_, model_);
            ProjectTreeModel* next = nullptr;
            for (auto it = kept_.begin(); it != kept_.end(); ++it)
                if (it->first == stamp && it->second->design() == &document_->design()) {
                    next = it->second;
                    kept_.erase(it);
                    break;
                }
            if (!next) {
                next = new ProjectTreeModel(this);
                next->setDesign(&document_->design(), document_->designIndex());
            }
            while (kept_.size() > kKeptModels - 1) {
                kept_.front().second->deleteLater();
                kept_.erase(kept_.begin());
            }
            showModel(next);
        } else if (!document_->switchingVariant()) {
            if (change.kind == DesignChange::Kind::Reset) { // another project
                for (auto& [s, m] : kept_)
                    m->deleteLater();
                kept_.clear();
                model_->setDesign(&document_->design(), document_->designIndex());
            } else {
                // An edit may have copied the design (copy on write): rebuilt then.
                model_->applyChange(&document_->design(), change, document_->designIndex());
            }
            view_->expand(model_->index(0, 0));
        }
        stamp_ = stamp;
        syncing_ = false;
        selectFromDocument();
    });
    connect(document_, &Document::selectionChanged, this, &ProjectTreeDock::selectFromDocument);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectTreeDock::selectFromView);
    connect(view_, &QTreeView::doubleClicked, this, [this] { emit frameRequested(); });
}

void ProjectTreeDock::showModel(ProjectTreeModel* model) {
    QItemSelectionModel* old = view_->selectionModel();
    model_ = model;
    view_->setModel(model_); // a new selection model; the old one is ours to delete
    if (old)
        old->deleteLater();
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectTreeDock::selectFromView);
    view_->expand(model_->index(0, 0));
}

void ProjectTreeDock::selectFromDocument() {
    if (syncing_)
        return;
    syncing_ = true;
    QItemSelection selection;
    QModelIndex last;
    for (ObjectId id : document_->selection()) {
        const QModelIndex i = model_->indexForId(id);
        if (i.isValid()) {
            selection.select(i, i);
            last = i;
        }
    }
    view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (last.isValid())
        view_->scrollTo(last);
    syncing_ = false;
}

void ProjectTreeDock::selectFromView() {
    if (syncing_)
        return;
    syncing_ = true;
    std::vector<ObjectId> ids;
    for (const QModelIndex& i : view_->selectionModel()->selectedIndexes())
        if (ObjectId id = model_->idAt(i); id != kNoId)
            ids.push_back(id);
    document_->setSelection(ids);
    syncing_ = false;
}

} // namespace aifp::ui
