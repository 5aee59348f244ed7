#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/io/Project.hpp"
#include "core/model/DesignChange.hpp"
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <vector>

namespace aifp::ui {

struct DesignPatch;

// The open project: owns the design, its undo stack, the file path and the selection. Every edit
// is a QUndoCommand pushed here; the document emits changed() once per command do, undo and redo
// (Tiled's document pattern). Views and engines listen; tools only push commands.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Design& design() const { return design_; }
    // The shipped catalog with the project's user entries on top.
    const Catalog& catalog() const { return catalog_; }
    QUndoStack* undoStack() { return &undoStack_; }
    QString filePath() const { return filePath_; }
    // Unsaved: edits since the last save, or a design that came from somewhere other than its
    // file (a wizard, a template, an import, a recovered autosave).
    bool isModified() const { return unsavedOrigin_ || !undoStack_.isClean(); }

    // Takes ownership; the command's redo() runs now.
    void push(QUndoCommand* command);
    // Applies an edit; called by commands only. Emits changed().
    void applyPatch(const DesignPatch& patch, bool forward);

    // Replaces the whole design (new or opened project): clears history and selection.
    // modified: the design is not what filePath holds (generated, templated, imported,
    // recovered), so New, Open and Quit ask before discarding it.
    // The project then holds this design alone, as its base variant.
    void reset(Design design, const QString& filePath, bool modified = false);
    // The same for a whole project (opened or recovered): the base variant is the one edited;
    // every other variant is kept as read and written back by save().
    void reset(Project project, const QString& filePath, bool modified = false);
    // Throws ProjectFileError with the one-line reason the CLI prints; the document is unchanged.
    void open(const QString& path);
    // Atomic save (temporary file, then rename) of project(); marks the document clean.
    void save(const QString& path);
    // The project as it would be saved: the edited design as the base variant, the file's other
    // variants as they were read (their stored bytes, shared, not copied).
    Project project() const;
    // Name of the variant being edited (the base).
    const std::string& variantName() const { return project_.variants.front().name; }

    const std::vector<ObjectId>& selection() const { return selection_; }
    void setSelection(std::vector<ObjectId> ids);
    bool isSelected(ObjectId id) const;

signals:
    void changed(const aifp::DesignChange& change);
    void selectionChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void pruneSelection();

    Design design_;
    // The project's variants; variants[0] is the base, whose design is design_ (its design field
    // here stays empty so the design is not held twice).
    Project project_;
    Catalog catalog_;
    QUndoStack undoStack_;
    QString filePath_;
    std::vector<ObjectId> selection_;
    bool unsavedOrigin_ = false;
};

} // namespace aifp::ui
