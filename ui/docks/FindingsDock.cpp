#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/FindingsModel.hpp"
#include "ui/document/Document.hpp"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aifp::ui {

namespace {
// Filters on severity (column 0) and a rule substring (column 1) at once.
class FindingsFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString severity; // empty: all
    QString rule;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QString sev =
            sourceModel()->index(row, FindingsModel::SeverityCol, parent).data().toString();
        const QString r =
            sourceModel()->index(row, FindingsModel::RuleCol, parent).data().toString();
        return (severity.isEmpty() || sev == severity) &&
               (rule.isEmpty() || r.contains(rule, Qt::CaseInsensitive));
    }
};
} // namespace

FindingsDock::FindingsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Findings"), parent), document_(document) {
    setObjectName("FindingsDock");
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    auto* bar = new QHBoxLayout;
    severity_ = new QComboBox(w);
    severity_->addItem(tr("All severities"), QString());
    severity_->addItem(tr("Errors"), QString("error"));
    severity_->addItem(tr("Warnings"), QString("warning"));
    severity_->addItem(tr("Info"), QString("info"));
    rule_ = new QLineEdit(w);
    rule_->setPlaceholderText(tr("Filter by rule, e.g. power."));
    rule_->setClearButtonEnabled(true);
    summary_ = new QLabel(w);
    bar->addWidget(severity_);
    bar->addWidget(rule_, 1);
    bar->addWidget(summary_);
    model_ = new FindingsModel(this);
    auto* proxy = new FindingsFilter(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(Qt::UserRole);
    proxy_ = proxy;
    view_ = new QTableView(w);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(FindingsModel::SeverityCol, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setColumnWidth(FindingsModel::SeverityCol, 70);
    view_->setColumnWidth(FindingsModel::RuleCol, 160);
    view_->setColumnWidth(FindingsModel::MessageCol, 520);
    v->addLayout(bar);
    v->addWidget(view_, 1);
    setWidget(w);
    connect(severity_, &QComboBox::currentIndexChanged, this, &FindingsDock::updateFilter);
    connect(rule_, &QLineEdit::textChanged, this, &FindingsDock::updateFilter);
    connect(view_, &QTableView::clicked, this,
            [this](const QModelIndex& i) { activateRow(i.row()); });
    connect(view_, &QTableView::activated, this,
            [this](const QModelIndex& i) { activateRow(i.row()); });
    setResult({});
}

void FindingsDock::updateFilter() {
    auto* f = static_cast<FindingsFilter*>(proxy_);
    f->severity = severity_->currentData().toString();
    f->rule = rule_->text().trimmed();
    f->refresh();
}

void FindingsDock::setResult(const ValidationResult& result) {
    result_ = result;
    model_->setResult(result);
    summary_->setText(tr("%1 errors, %2 warnings, %3 info")
                          .arg(result.errors)
                          .arg(result.warnings)
                          .arg(result.infos));
}

void FindingsDock::clearForNewDesign() {
    setResult({});
    summary_->setText(tr("validating the new design..."));
    setRunning(true);
}

QString FindingsDock::summaryText() const {
    return summary_->text();
}

void FindingsDock::setRunning(bool running) {
    setWindowTitle(running ? tr("Findings (validating...)") : tr("Findings"));
}

int FindingsDock::visibleCount() const {
    return proxy_->rowCount();
}

void FindingsDock::activateRow(int row) {
    const QModelIndex source = proxy_->mapToSource(proxy_->index(row, 0));
    const Finding* f = model_->findingAt(source.row());
    if (!f)
        return;
    document_->setSelection(f->objects);
    emit frameRequested();
}

} // namespace aifp::ui
