#pragma once
#include <QDialog>
#include <QString>
#include <string>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aifp::ui {

class Document;

// The Estimates dock's Models… button: the serving models an estimate can use, shipped
// (resources/models.json and resources/models/*.json) and stored in the project
// (Design::userModels, the Hugging Face config.json text), with their total and active parameters
// and source. The user adds a model from a config.json file (refused with the parser's one-line
// error, nothing added), renames a project model's id or name, removes one, and picks a model for
// the design's estimates. Every change is ONE undoable command on the document; nothing is pushed
// when nothing changes.
class ModelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelsDialog(Document* document, QWidget* parent = nullptr);

    // Adds the config.json at path as a project model with this id and name (empty: the file
    // name without ".json", and the config's own name). Returns "" when added, else the one-line
    // reason (file first, then field) and nothing changes. An id already used by a shipped or
    // project model is refused, naming a free one.
    QString addFromFile(const QString& path, const QString& id = {}, const QString& name = {});
    // Renames the project model `id` (and the design's model setting with it, same command).
    QString renameModel(const QString& id, const QString& newId, const QString& newName);
    // Removes the project model `id`; refused while it is the design's model.
    QString removeModel(const QString& id);
    // Makes `id` the design's serving model (DesignSettings::modelId).
    QString useModel(const QString& id);
    // `wanted`, or wanted-2, wanted-3, ... : the first id no model uses.
    QString freeId(const QString& wanted) const;

    QTableWidget* table() const { return table_; }
    QString message() const;

private:
    void refresh();
    QString selectedId() const;
    bool selectedIsProject() const;
    void updateButtons();
    void showMessage(const QString& text);
    QString idProblem(const std::string& id, const std::string& except) const;
    void addInteractive();
    void renameInteractive();

    Document* document_;
    QTableWidget* table_;
    QLabel* designModel_;
    QLabel* message_;
    QPushButton* add_;
    QPushButton* rename_;
    QPushButton* remove_;
    QPushButton* use_;
};

} // namespace aifp::ui
