#pragma once
#include <QDockWidget>
#include <string>

class QFormLayout;
class QLabel;
class QWidget;

namespace aifp::ui {

class Document;
class SiteClimateEditor;

// Edits the properties of the selected objects. Units are in the labels; a refused value leaves
// the model unchanged and shows why (message label and refused() signal). Accepted edits go
// through ChangeValueCommand, applied to every selected object of the same kind. With nothing
// selected (or the site chosen in the project tree) it edits the site's climate.
class PropertiesDock : public QDockWidget {
    Q_OBJECT
public:
    PropertiesDock(Document* document, QWidget* parent = nullptr);
    // Sets a property from text as if typed by the user; returns false when refused.
    bool editProperty(const std::string& key, const QString& text);
    QString lastMessage() const;
    // The editor widget of a property (QLineEdit or QComboBox), for tests and focus.
    QWidget* editorFor(const std::string& key) const;
    // The site's climate (location or typed-in design ambient), shown when nothing is selected.
    SiteClimateEditor* siteClimate() const { return siteClimate_; }

signals:
    void refused(const QString& reason);

private:
    void rebuild();
    Document* document_;
    QWidget* form_ = nullptr;
    QWidget* scroll_ = nullptr; // holds form_; hidden while the site is edited
    QFormLayout* layout_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* header_ = nullptr;
    SiteClimateEditor* siteClimate_ = nullptr;
};

} // namespace aifp::ui
