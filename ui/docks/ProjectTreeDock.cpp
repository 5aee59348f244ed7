#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/app/Document.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include <QItemSelectionModel>
#include <QTreeView>

namespace aifp::ui {

ProjectTreeDock::ProjectTreeDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Project"), parent), document_(document), model_(new ProjectTreeModel(this)),
      view_(new QTreeView(this)) {
    setObjectName("ProjectTreeDock");
    view_->setModel(model_);
    view_->setUniformRowHeights(true); // keeps thousands of rows cheap to lay out
    view_->setHeaderHidden(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWidget(view_);
    model_->setDesign(&document_->design());
    view_->expand(model_->index(0, 0));
    connect(document_, &Document::changed, this, [this] {
        syncing_ = true;
        model_->setDesign(&document_->design()); // an edit may have copied it (copy on write)
        view_->expand(model_->index(0, 0));
        syncing_ = false;
        selectFromDocument();
    });
    connect(document_, &Document::selectionChanged, this, &ProjectTreeDock::selectFromDocument);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectTreeDock::selectFromView);
    connect(view_, &QTreeView::doubleClicked, this, [this] { emit frameRequested(); });
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
