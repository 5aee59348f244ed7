#include "ui/docks/CatalogDock.hpp"
#include "core/catalog/Catalog.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace aifp::ui {

namespace {

// A tree that drags the entry id of the item under the cursor.
class CatalogTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        if (items.isEmpty() || items.front()->data(0, Qt::UserRole).toString().isEmpty())
            return nullptr;
        auto* mime = new QMimeData;
        const QString id = items.front()->data(0, Qt::UserRole).toString();
        mime->setData(kCatalogMime, id.toUtf8());
        mime->setText(id);
        return mime;
    }
    QStringList mimeTypes() const override { return {kCatalogMime}; }
};

bool isDoubtful(Confidence c) {
    return c == Confidence::Assumption || c == Confidence::Unverified || c == Confidence::Claim;
}

// The ratings worth a column: the first few numeric ones, in catalog order.
QString keyRatings(const CatalogEntry& e) {
    QStringList parts;
    for (const auto& [key, r] : e.ratings) {
        if (!r.hasValue())
            continue;
        QString s = QString("%1 %2 %3")
                        .arg(QString::fromStdString(key))
                        .arg(r.value)
                        .arg(QString::fromStdString(r.unit));
        if (isDoubtful(e.confidenceOf(key)))
            s += " (" + kindText(toString(e.confidenceOf(key))) + ")";
        parts << s.trimmed();
        if (parts.size() == 3)
            break;
    }
    return parts.join(", ");
}

} // namespace

CatalogDock::CatalogDock(const Catalog* catalog, QWidget* parent)
    : QDockWidget(tr("Catalog"), parent), catalog_(catalog) {
    setObjectName("CatalogDock");
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    filter_ = new QLineEdit(w);
    filter_->setPlaceholderText(tr("Filter by id, vendor or model"));
    filter_->setClearButtonEnabled(true);
    tree_ = new CatalogTree(w);
    tree_->setColumnCount(4);
    tree_->setHeaderLabels({tr("Equipment"), tr("Key ratings"), tr("Confidence"), tr("Id")});
    tree_->setDragEnabled(true);
    tree_->setDragDropMode(QAbstractItemView::DragOnly);
    tree_->setUniformRowHeights(true);
    details_ = new QLabel(w);
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::RichText);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(w);
    scroll->setWidget(details_);
    scroll->setWidgetResizable(true);
    auto* split = new QSplitter(Qt::Vertical, w);
    split->addWidget(tree_);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(filter_);
    v->addWidget(split, 1);
    setWidget(w);
    connect(filter_, &QLineEdit::textChanged, this, &CatalogDock::applyFilter);
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const std::string id = item ? item->data(0, Qt::UserRole).toString().toStdString() : "";
        details_->setText(id.empty() || !catalog_ ? QString() : describe(*catalog_, id));
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit entryActivated(id);
    });
    rebuild();
}

void CatalogDock::setCatalog(const Catalog* catalog) {
    catalog_ = catalog;
    rebuild();
}

std::string CatalogDock::currentId() const {
    auto* item = tree_->currentItem();
    return item ? item->data(0, Qt::UserRole).toString().toStdString() : std::string();
}

void CatalogDock::rebuild() {
    tree_->clear();
    if (!catalog_)
        return;
    std::map<std::string, QTreeWidgetItem*> categories;
    for (const CatalogEntry& e : catalog_->entries()) {
        QTreeWidgetItem*& cat = categories[e.category];
        if (!cat) {
            cat = new QTreeWidgetItem(tree_, {kindText(e.category)});
            cat->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(cat);
        item->setText(0, QString::fromStdString(e.vendor + " " + e.model).trimmed());
        item->setText(1, keyRatings(e));
        item->setText(2, e.userDefined ? tr("%1 (project)").arg(kindText(toString(e.confidence)))
                                       : kindText(toString(e.confidence)));
        item->setText(3, QString::fromStdString(e.id));
        item->setData(0, Qt::UserRole, QString::fromStdString(e.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (isDoubtful(e.confidence)) {
            item->setForeground(2, QColor(176, 96, 0));
            item->setToolTip(2, tr("Not a verified figure: treat as an assumption"));
            item->setText(2, "⚠ " + item->text(2));
        }
    }
    tree_->sortItems(0, Qt::AscendingOrder);
    tree_->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree_->setColumnWidth(0, 190);
    tree_->setColumnWidth(1, 230);
}

void CatalogDock::applyFilter(const QString& text) {
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* cat = tree_->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < cat->childCount(); ++j) {
            QTreeWidgetItem* item = cat->child(j);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(3).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        cat->setHidden(shown == 0);
        cat->setExpanded(!text.isEmpty() && shown > 0);
    }
}

QString CatalogDock::describe(const Catalog& catalog, const std::string& id) {
    const CatalogEntry* e = catalog.find(id);
    if (!e)
        return {};
    auto esc = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString html =
        tr("<b>%1 %2</b> <tt>%3</tt><br>category: %4, confidence: <b>%5</b>")
            .arg(esc(e->vendor), esc(e->model), esc(e->id), kindText(e->category).toHtmlEscaped(),
                 kindText(toString(e->confidence)));
    if (isDoubtful(e->confidence))
        html += " <span style='color:#b06000'>" + tr("⚠ assumption / unverified: not a fact") +
                "</span>";
    html += "<table cellspacing=2>";
    for (const auto& [key, r] : e->ratings) {
        const Confidence c = e->confidenceOf(key);
        QString value = r.hasValue() ? QString::number(r.value) : esc(r.text);
        QString flag =
            isDoubtful(c)
                ? QString(" <span style='color:#b06000'>⚠ %1</span>").arg(kindText(toString(c)))
                : QString(" (%1)").arg(kindText(toString(c)));
        const QString source =
            r.sources.empty() ? QString() : "<br><small>" + esc(r.sources.front()) + "</small>";
        html += QString("<tr><td>%1</td><td>%2 %3</td><td>%4</td></tr>")
                    .arg(esc(key), value, esc(r.unit), flag + source);
    }
    html += "</table><small>" + tr("Sources:") + "<br>";
    for (const auto& s : e->sources)
        html += esc(s) + "<br>";
    html += "</small>";
    if (!e->notes.empty())
        html += "<i>" + esc(e->notes) + "</i>";
    return html;
}

} // namespace aifp::ui
