#include "ui/app/DocumentPropertiesDialog.hpp"
#include "core/model/CurrencyCode.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include "core/util/MessageText.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/TextLineCheck.hpp"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace aifp::ui {

DocumentProperties documentPropertiesOf(const Design& design) {
    return {design.site.customer, design.site.author, design.document};
}

namespace {

QString quoted(const std::string& value) {
    return QString::fromStdString(quotedValue(value));
}

} // namespace

QString checkDocumentProperties(const DocumentProperties& p) {
    const DocumentControl& c = p.control;
    const std::pair<QString, const std::string*> lines[] = {
        {QObject::tr("Customer"), &p.customer},
        {QObject::tr("Author"), &p.author},
        {QObject::tr("Revision"), &c.revision},
        {QObject::tr("Document number"), &c.documentNumber},
        {QObject::tr("Confidentiality"), &c.confidentiality},
        {QObject::tr("Price date"), &c.priceDate},
        {QObject::tr("Currency"), &c.currency},
    };
    for (const auto& [field, value] : lines)
        if (QString e = checkTextLine(field, *value); !e.isEmpty())
            return e;
    if (!c.priceDate.empty() && !isValidIsoDate(c.priceDate))
        return QObject::tr("Price date: %1 is not a date YYYY-MM-DD (leave it empty for the "
                           "report's date)")
            .arg(quoted(c.priceDate));
    if (!isCurrencyCode(c.currency))
        return QObject::tr("Currency: %1 is not an ISO 4217 code such as USD or EUR")
            .arg(quoted(c.currency));
    return {};
}

DocumentPropertiesDialog::DocumentPropertiesDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document) {
    setObjectName(QStringLiteral("documentPropertiesDialog"));
    setWindowTitle(tr("Document properties"));
    const DocumentProperties p = documentPropertiesOf(document_->design());
    auto* form = new QFormLayout;
    auto line = [&](const char* name, const std::string& value, const QString& label,
                    const QString& placeholder) {
        auto* edit = new QLineEdit(QString::fromStdString(value), this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(320);
        form->addRow(label, edit);
        return edit;
    };
    customer_ = line("docCustomer", p.customer, tr("&Customer:"), tr("who the proposal is for"));
    author_ = line("docAuthor", p.author, tr("&Author:"), tr("who prepared it"));
    revision_ = line("docRevision", p.control.revision, tr("&Revision:"), tr("e.g. B"));
    number_ = line("docNumber", p.control.documentNumber, tr("Document &number:"),
                   tr("e.g. AIF-2026-014"));
    confidentiality_ = line("docConfidentiality", p.control.confidentiality,
                            tr("C&onfidentiality:"), tr("e.g. Confidential - customer only"));
    priceDate_ = line("docPriceDate", p.control.priceDate, tr("&Price date:"),
                      tr("YYYY-MM-DD (empty: the report's date)"));
    currency_ = line("docCurrency", p.control.currency, tr("C&urrency:"), tr("ISO 4217 code"));
    currency_->setMaxLength(3);
    auto* note = new QLabel(tr("Printed on the report's cover; the document number, revision "
                               "and confidentiality also in every page's footer. Prices are in "
                               "USD (the catalog's currency): another currency is printed with a "
                               "note that the project has no exchange rate."),
                            this);
    note->setWordWrap(true);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("docMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->hide();
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(message_);
    layout->addWidget(buttons);
}

DocumentProperties DocumentPropertiesDialog::values() const {
    auto text = [](const QLineEdit* e) { return e->text().trimmed().toStdString(); };
    DocumentProperties p;
    p.customer = text(customer_);
    p.author = text(author_);
    p.control.revision = text(revision_);
    p.control.documentNumber = text(number_);
    p.control.confidentiality = text(confidentiality_);
    p.control.priceDate = text(priceDate_);
    p.control.currency = text(currency_);
    return p;
}

bool DocumentPropertiesDialog::apply() {
    const DocumentProperties p = values();
    error_ = checkDocumentProperties(p);
    message_->setText(error_);
    message_->setVisible(!error_.isEmpty());
    if (!error_.isEmpty())
        return false;
    const Design& d = document_->design();
    if (p == documentPropertiesOf(d))
        return true; // nothing changed: no empty undo step
    DesignPatch patch;
    patch.siteBefore = d.site;
    patch.siteAfter = d.site;
    patch.siteAfter->customer = p.customer;
    patch.siteAfter->author = p.author;
    patch.documentBefore = d.document;
    patch.documentAfter = p.control;
    document_->push(new PatchCommand(document_, std::move(patch), tr("Edit document properties")));
    return true;
}

void DocumentPropertiesDialog::accept() {
    if (apply())
        QDialog::accept();
}

} // namespace aifp::ui
