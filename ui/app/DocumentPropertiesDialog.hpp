#pragma once
#include "core/model/Design.hpp"
#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;

namespace aifp::ui {

class Document;

// The document control of the proposal, as one record: the site's customer and author and the
// project's DocumentControl (revision, document number, confidentiality, price date, currency).
struct DocumentProperties {
    std::string customer;
    std::string author;
    DocumentControl control;
    friend bool operator==(const DocumentProperties&, const DocumentProperties&) = default;
};

DocumentProperties documentPropertiesOf(const Design& design);

// Checks the values for the project file: every field one line of valid UTF-8 text within the
// design limits, the price date a real calendar date YYYY-MM-DD or empty (the one date validator,
// isValidIsoDate), the currency an ISO 4217 code (isCurrencyCode). Returns the first problem as
// one line for the user, field first ("Price date: '2027-02-30' is not a date ..."), or "".
QString checkDocumentProperties(const DocumentProperties& properties);

// File > Document properties…: edits the fields printed on the report's cover and footer. OK
// checks every field (a bad one is named in the dialog, which stays open) and pushes the whole
// change as ONE undoable command ("Edit document properties"); nothing is pushed when nothing
// changed.
class DocumentPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit DocumentPropertiesDialog(Document* document, QWidget* parent = nullptr);

    // The values as typed (trimmed).
    DocumentProperties values() const;
    // Checks and applies; false (and the reason shown and kept in lastError) when a field is bad.
    bool apply();
    QString lastError() const { return error_; }

    void accept() override;

private:
    Document* document_;
    QLineEdit* customer_;
    QLineEdit* author_;
    QLineEdit* revision_;
    QLineEdit* number_;
    QLineEdit* confidentiality_;
    QLineEdit* priceDate_;
    QLineEdit* currency_;
    QLabel* message_;
    QString error_;
};

} // namespace aifp::ui
