#include "ui/docks/PropertiesDock.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/docks/PropertyTable.hpp"
#include "ui/docks/SiteClimateEditor.hpp"
#include "ui/document/Document.hpp"
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aifp::ui {

namespace {

// The undo text names the property as the form does ("Change rating (kVA)"), never by its key.
QString undoLabel(const ObjectSnapshot& object, const std::string& key) {
    for (const PropertyRow& row : propertiesOf(object))
        if (row.key == key) {
            QString label = row.label;
            // "Rating (kVA)" -> "rating (kVA)"; keep acronyms ("UPS ...", "IT load").
            if (label.size() > 1 && label[0].isUpper() && label[1].isLower())
                label[0] = label[0].toLower();
            return label;
        }
    return QObject::tr("property");
}

} // namespace

PropertiesDock::PropertiesDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Properties"), parent), document_(document) {
    setObjectName("PropertiesDock");
    auto* outer = new QWidget(this);
    auto* v = new QVBoxLayout(outer);
    header_ = new QLabel(outer);
    header_->setWordWrap(true);
    message_ = new QLabel(outer);
    message_->setWordWrap(true);
    message_->setStyleSheet("color: #b00020;");
    auto* scroll = new QScrollArea(outer);
    scroll_ = scroll;
    scroll->setWidgetResizable(true);
    form_ = new QWidget(scroll);
    layout_ = new QFormLayout(form_);
    scroll->setWidget(form_);
    siteClimate_ = new SiteClimateEditor(document_, outer);
    v->addWidget(header_);
    v->addWidget(siteClimate_);
    v->addWidget(scroll, 1);
    v->addWidget(message_);
    v->addStretch(0); // keeps the site editor at the top while the form is hidden
    setWidget(outer);
    connect(document_, &Document::selectionChanged, this, &PropertiesDock::rebuild);
    connect(document_, &Document::changed, this, [this] { rebuild(); });
    rebuild();
}

QString PropertiesDock::lastMessage() const {
    return message_->text();
}

QWidget* PropertiesDock::editorFor(const std::string& key) const {
    return form_->findChild<QWidget*>(QString::fromStdString("prop:" + key));
}

bool PropertiesDock::editProperty(const std::string& key, const QString& text) {
    const auto& sel = document_->selection();
    if (sel.empty())
        return false;
    const Design& d = document_->design();
    auto first = snapshotOf(d, sel.front());
    if (!first)
        return false;
    try {
        DesignPatch patch;
        for (ObjectId id : sel) {
            auto s = snapshotOf(d, id);
            if (!s || s->index() != first->index())
                continue; // only objects of the kind shown
            ObjectSnapshot changed = withProperty(*s, key, text);
            if (changed != *s)
                patch.set(d, id, std::move(changed));
        }
        message_->clear();
        if (!patch.empty())
            document_->push(new ChangeValueCommand(document_, std::move(patch), key,
                                                   tr("Change %1").arg(undoLabel(*first, key))));
        return true;
    } catch (const EditError& e) {
        const QString reason = tr("Refused: %1").arg(QString::fromStdString(e.what()));
        message_->setText(reason);
        emit refused(reason);
        rebuild(); // show the unchanged value again
        message_->setText(reason);
        return false;
    }
}

void PropertiesDock::rebuild() {
    while (layout_->rowCount() > 0)
        layout_->removeRow(0);
    const auto& sel = document_->selection();
    std::optional<ObjectSnapshot> s;
    if (!sel.empty())
        s = snapshotOf(document_->design(), sel.front());
    siteClimate_->setVisible(!s);
    scroll_->setVisible(s.has_value());
    if (!s) {
        header_->setText(tr("Site: %1. Click an object in the view or the project tree to edit "
                            "it.")
                             .arg(QString::fromStdString(document_->design().site.name)));
        return;
    }
    header_->setText(sel.size() == 1 ? tr("%1 %2").arg(QString(toString(kindOf(*s)))).arg(idOf(*s))
                                     : tr("%1 objects selected; edits apply to every %2")
                                           .arg(sel.size())
                                           .arg(QString(toString(kindOf(*s)))));
    for (const PropertyRow& row : propertiesOf(*s)) {
        const QString name = QString::fromStdString("prop:" + row.key);
        if (!row.choices.isEmpty() && row.editable) {
            auto* combo = new QComboBox(form_);
            combo->setObjectName(name);
            combo->addItems(row.choices);
            combo->setCurrentText(row.value);
            const std::string key = row.key;
            connect(combo, &QComboBox::textActivated, this,
                    [this, key](const QString& t) { editProperty(key, t); });
            layout_->addRow(row.label, combo);
            continue;
        }
        auto* edit = new QLineEdit(row.value, form_);
        edit->setObjectName(name);
        edit->setReadOnly(!row.editable);
        if (row.editable) {
            const std::string key = row.key;
            connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
                if (edit->isModified()) {
                    edit->setModified(false);
                    // Queued: the edit rebuilds this form, which deletes the line edit.
                    const QString t = edit->text();
                    QMetaObject::invokeMethod(
                        this, [this, key, t] { editProperty(key, t); }, Qt::QueuedConnection);
                }
            });
        }
        layout_->addRow(row.label, edit);
    }
}

} // namespace aifp::ui
