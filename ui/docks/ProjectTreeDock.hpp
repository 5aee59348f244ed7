#pragma once
#include <QDockWidget>
#include <cstdint>
#include <utility>
#include <vector>

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
    // Models kept for a switch back besides the one shown (tests, memory figures).
    std::size_t keptModelCount() const { return kept_.size(); }

signals:
    // Double-click: frame the object in the viewport.
    void frameRequested();

private:
    void selectFromDocument();
    void selectFromView();
    // Shows model (expanded at the site) in the view, with its own selection model.
    void showModel(ProjectTreeModel* model);
    Document* document_;
    ProjectTreeModel* model_;
    QTreeView* view_;
    bool syncing_ = false;
    // Switching variants swaps models instead of rebuilding one: the model of each of the most
    // recent variants, by the variant's stamp (Document::variantStamp), least recent first.
    std::uint64_t stamp_ = 0;
    std::vector<std::pair<std::uint64_t, ProjectTreeModel*>> kept_;
};

} // namespace aifp::ui
