#pragma once
#include <QDockWidget>

class QTreeView;

namespace aifp::ui {

class Document;
class ProjectTreeModel;

// The project tree, its selection kept in step with the document's.
class ProjectTreeDock : public QDockWidget {
    Q_OBJECT
public:
    ProjectTreeDock(Document* document, QWidget* parent = nullptr);
    QTreeView* view() const { return view_; }
    ProjectTreeModel* model() const { return model_; }

signals:
    // Double-click: frame the object in the viewport.
    void frameRequested();

private:
    void selectFromDocument();
    void selectFromView();
    Document* document_;
    ProjectTreeModel* model_;
    QTreeView* view_;
    bool syncing_ = false;
};

} // namespace aifp::ui
