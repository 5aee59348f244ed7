#pragma once
#include "core/validation/Finding.hpp"
#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace aifp::ui {

class Document;
class FindingsModel;

// The validation findings: sortable by any column, filtered by severity and rule; clicking a
// finding selects its objects and asks the view to frame them.
class FindingsDock : public QDockWidget {
    Q_OBJECT
public:
    FindingsDock(Document* document, QWidget* parent = nullptr);
    void setResult(const ValidationResult& result);
    void setRunning(bool running);
    // A new design arrived (open, new, wizard, template, import, recovery): the findings shown
    // belong to the previous one, so they go at once; "validating the new design" until its
    // first result lands.
    void clearForNewDesign();
    QString summaryText() const;
    QTableView* view() const { return view_; }
    QComboBox* severityFilter() const { return severity_; }
    QLineEdit* ruleFilter() const { return rule_; }
    int visibleCount() const;
    // Selects the objects of the finding shown in this (proxy) row.
    void activateRow(int row);

signals:
    void frameRequested();

private:
    void updateFilter();
    Document* document_;
    FindingsModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QComboBox* severity_;
    QLineEdit* rule_;
    QLabel* summary_;
    ValidationResult result_;
};

} // namespace aifp::ui
