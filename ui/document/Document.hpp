#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/io/Project.hpp"
#include "core/model/DesignChange.hpp"
#include "ui/document/DesignMirror.hpp"
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <cstdint>
#include <memory>
#include <vector>

namespace aifp {
struct DesignPatch;
} // namespace aifp

namespace aifp::ui {

// The open project: owns the design, its undo stack, the file path and the selection. Every edit
// is a QUndoCommand pushed here; the document emits changed() once per command do, undo and redo
// (Tiled's document pattern). Views and engines listen; tools only push commands.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    // Says nothing while it is destroyed: its undo stack's last cleanChanged would otherwise
    // reach receivers that are being destroyed too (the main window, its parent: undefined
    // behaviour, found by UBSan in the GUI tests).
    ~Document() override;

    const Design& design() const { return *design_; }
    // The active design as an immutable snapshot that background jobs and views share instead
    // of copying it: it stays valid (and unchanged) for as long as it is held. An edit while a
    // snapshot is held copies the design first (copy on write), so design()'s address may
    // change at any changed(): holders of &design() take it again there.
    std::shared_ptr<const Design> snapshot() const { return design_; }
    // The active design for background jobs (validation, estimates, schedule): read on their
    // threads from the design mirror (DesignMirror.hpp), as it is after every edit made so far.
    // Taking it costs nothing on the GUI thread and never makes an edit copy the design.
    DesignSource backgroundDesign() const { return designSource(mirror_); }
    // How many times the mirror copied its design because a job still held it (on the
    // mirror's thread, not the GUI's): the edit benchmark reports them.
    std::uint64_t backgroundCopies() const { return mirror_->copies(); }
    // The id index of design() (DesignIndex), built once per design state and shared by the
    // views that look objects up (the 3D view, the project tree) instead of each building its
    // own: at 1 GW a build costs ~10 ms of the GUI thread. Valid until the next changed() that
    // is not DesignChange::Kind::Modified, or until design()'s address changes (copy on write):
    // holders take it again there, as they take &design().
    std::shared_ptr<const DesignIndex> designIndex() const;
    // The shipped catalog with the project's user entries on top.
    const Catalog& catalog() const { return *catalog_; }
    std::shared_ptr<const Catalog> catalogSnapshot() const { return catalog_; }
    QUndoStack* undoStack() { return &undoStack_; }
    // How many times an edit copied the whole design on the GUI thread (copy on write while a
    // snapshot was held): the edit benchmark counts them.
    std::uint64_t wholeDesignCopies() const { return wholeDesignCopies_; }
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
    // The same for a whole project (opened or recovered): the base variant is the one edited
    // first; every other variant is kept as read (its stored bytes) until it is opened.
    void reset(Project project, const QString& filePath, bool modified = false);
    // Throws ProjectFileError with the one-line reason the CLI prints; the document is unchanged.
    void open(const QString& path);
    // Atomic save (temporary file, then rename) of project(); marks the document clean.
    void save(const QString& path);
    // The project as it would be saved: the active design in its own variant's slot, every
    // other variant as its stored bytes (shared, not copied) or, once edited, as its design.
    Project project() const;

    // --- Variants (docs/options.md, "Variants in the GUI"). One variant is active: design()
    // is its design and every edit lands in it. The others stay in memory as the designs they
    // were when last active, or as their stored bytes until first opened.
    std::size_t variantCount() const { return project_.variants.size(); }
    std::size_t activeVariant() const { return active_; }
    // Name of the variant being edited.
    const std::string& variantName() const { return project_.variants[active_].name; }
    // The variants' names, descriptions and origins (variant(active).design is empty: the
    // active design is design()).
    const Variant& variant(std::size_t i) const { return project_.variants.at(i); }
    std::size_t variantIndex(const std::string& name) const; // npos when unknown
    // True when variant i's design is in memory (the active one always).
    bool variantLoaded(std::size_t i) const;
    // Variant i's design when in memory (shared, not copied), else null.
    std::shared_ptr<const Design> variantSnapshot(std::size_t i) const;
    // Opens variant i's stored bytes (openVariantImage) and keeps the design; not a user edit:
    // the stored bytes stay what a save writes. Throws ProjectFileError (message: the file,
    // the variant, the reason). A no-op when already loaded.
    void loadVariant(std::size_t i);
    // The same with a design opened elsewhere (a worker thread) from variant(i).image, with its
    // index when that thread built it too (null: built when first asked for).
    void setLoadedVariant(std::size_t i, std::shared_ptr<Design> design,
                          std::shared_ptr<const DesignIndex> index = {});
    // True while activateVariant() emits its signals (a switch, not an edit of the design).
    bool switchingVariant() const { return switching_; }
    // A number that changes whenever variant i's design may have changed (an edit while it was
    // active): the Compare view keeps the figures of a variant while its stamp stays the same.
    std::uint64_t variantStamp(std::size_t i) const { return stamps_.at(i); }

    // Called by the variant commands only (VariantCommands.hpp); each emits variantsChanged().
    // Makes variant i the active one: changed(reset) and a cleared selection, as after open.
    // Only pointers move (the designs and catalogs are kept per variant): O(1) here; the views
    // then redraw from the kept design.
    void activateVariant(std::size_t i);
    // A variant out of the project (being added, or deleted and kept for undo): its design
    // shared, not copied (null: still in its stored bytes), with the stamp and catalog that
    // design had (0 and null: new ones are made).
    struct HeldVariant {
        Variant variant; // name, description, origin, stored bytes; its design stays empty
        std::shared_ptr<Design> design;
        std::uint64_t stamp = 0;
        std::shared_ptr<const Catalog> catalog;
    };
    // Variant i as a new variant would hold it: its name and stored bytes, its design, stamp
    // and catalog shared. A variant made from it shares its design until either is edited
    // (copy on write) and, while neither is, its stamp (the views keep what they show).
    HeldVariant shareVariant(std::size_t i) const;
    void insertVariant(std::size_t at, HeldVariant v);
    HeldVariant takeVariant(std::size_t at); // not the active one, not the base
    void setVariantName(std::size_t i, const std::string& name);
    void setVariantCreatedFrom(std::size_t i, const std::string& from);
    // Swaps variants 0 and i: i becomes the base (its image dropped, the design tables hold the
    // base), the old base a variant. The active design stays active.
    // Variant i must be loaded. Returns the new base's dropped image; imageAtI is given to the
    // variant that lands in slot i (undo passes the image the first swap returned).
    std::shared_ptr<const std::string> swapBase(std::size_t i,
                                                std::shared_ptr<const std::string> imageAtI = {});

    const std::vector<ObjectId>& selection() const { return selection_; }
    void setSelection(std::vector<ObjectId> ids);
    bool isSelected(ObjectId id) const;

signals:
    void changed(const aifp::DesignChange& change);
    void selectionChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // The list of variants, their names or the active one changed.
    void variantsChanged();

private:
    void pruneSelection();
    void keepIndex(const std::shared_ptr<Design>& design,
                   std::shared_ptr<const DesignIndex> index) const;

    // The active design; shared with snapshot() holders until the next edit copies it.
    std::shared_ptr<Design> design_;
    // The project's variants; variants[0] is the base. Their designs are not held here
    // (variants[i].design stays empty) but in loaded_.
    Project project_;
    // Per variant: its design once in memory (null for the active one: design_, and for one
    // still in its stored bytes), and its catalog once computed (catalog_ for the active one).
    std::vector<std::shared_ptr<Design>> loaded_;
    std::vector<std::shared_ptr<const Catalog>> catalogs_;
    std::shared_ptr<const Catalog> catalog_;
    std::size_t active_ = 0;
    bool switching_ = false;
    std::vector<std::uint64_t> stamps_; // per variant, see variantStamp()
    std::uint64_t nextStamp_ = 1;
    QUndoStack undoStack_;
    QString filePath_;
    std::vector<ObjectId> selection_;
    bool unsavedOrigin_ = false;
    std::uint64_t wholeDesignCopies_ = 0;
    // designIndex() per design object (the active one, variants kept in memory). The weak
    // pointer identifies the design: once the design is gone, lock() gives null, so a later
    // design at the same address never matches. An entry is dropped at a structural edit of
    // its design; entries of designs gone are dropped when the next is kept.
    struct KeptIndex {
        std::weak_ptr<const Design> design;
        std::shared_ptr<const DesignIndex> index;
    };
    mutable std::vector<KeptIndex> indexes_;
    // The background jobs' copy of the active design, kept by the same patches.
    std::shared_ptr<DesignMirror> mirror_ = std::make_shared<DesignMirror>();
};

} // namespace aifp::ui
