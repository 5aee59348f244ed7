#pragma once
#include <QDockWidget>
#include <string>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class QLineEdit;

namespace aifp {
class Catalog;
}

namespace aifp::ui {

// MIME type of a catalog entry dragged from the catalog into the viewport (payload: its id).
inline constexpr const char* kCatalogMime = "application/x-aifp-catalog-id";

// The equipment catalog by category. Each entry shows vendor/model, its key ratings, sources and
// confidence; assumption and unverified figures are flagged in the list and the details. Systems
// and power/cooling equipment can be dragged into the viewport to place them.
class CatalogDock : public QDockWidget {
    Q_OBJECT
public:
    CatalogDock(const Catalog* catalog, QWidget* parent = nullptr);
    void setCatalog(const Catalog* catalog);
    QTreeWidget* tree() const { return tree_; }
    std::string currentId() const;
    // The entry's details as shown below the list (ratings with source and confidence).
    static QString describe(const Catalog& catalog, const std::string& id);

signals:
    // Double-click: use the entry with the matching placement tool.
    void entryActivated(const QString& id);

private:
    void rebuild();
    void applyFilter(const QString& text);
    const Catalog* catalog_;
    QTreeWidget* tree_;
    QLabel* details_;
    QLineEdit* filter_;
};

} // namespace aifp::ui
