#pragma once
#include "core/model/DesignChange.hpp"
#include "core/model/Geometry.hpp"
#include "core/validation/Finding.hpp"
#include <QKeySequence>
#include <QMainWindow>
#include <QStringList>
#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;

namespace aifp::ui {

class ArrayReaction;
class Autosave;
class CatalogDock;
class DimensionTool;
class Document;
class FindingsDock;
class HallTool;
class MeasureTool;
class NamedViews;
class PlaceEquipmentTool;
class PlaceRackTool;
class ProjectTreeDock;
class PropertiesDock;
class RouteTool;
class SelectTool;
class Tool;
class ValidationRunner;
class ViewportWidget;

// The application window: the 3D viewport in the centre; project tree, properties, catalog and
// findings docks; tools and actions. It only wires: the document holds the state, tools and
// reactions do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows the one-line reason in a message box and returns false,
    // leaving the current project as it was.
    bool openFile(const QString& path);
    bool saveFile(const QString& path);
    // New untitled project, empty or from a template file (its path is not kept; the design is
    // marked modified, so closing asks before discarding it).
    bool newProject(const QString& templatePath = {});
    // Offers the designs of sessions that ended without saving (autosave recovery files), newest
    // first; returns true when one was recovered. Called once after the window is shown.
    bool offerRecovery();
    Autosave* autosave() const { return autosave_; }

    Document* document() const { return document_; }
    ViewportWidget* viewport() const { return viewport_; }
    ProjectTreeDock* projectTree() const { return tree_; }
    PropertiesDock* properties() const { return properties_; }
    CatalogDock* catalog() const { return catalogDock_; }
    FindingsDock* findings() const { return findingsDock_; }
    ValidationRunner* validation() const { return validation_; }
    // True while validation, the estimate or the schedule is still computing in the background
    // (--screenshot waits for them so the docks show figures, not "Estimating...").
    bool backgroundBusy() const;
    ArrayReaction* arrayReaction() const { return arrayReaction_; }
    Tool* activeTool() const { return tool_; }
    SelectTool* selectTool() const { return selectTool_; }
    PlaceRackTool* placeRackTool() const { return placeRackTool_; }
    PlaceEquipmentTool* placeEquipmentTool() const { return placeEquipmentTool_; }
    RouteTool* routeTool() const { return routeTool_; }
    HallTool* hallTool() const { return hallTool_; }
    MeasureTool* measureTool() const { return measureTool_; }
    DimensionTool* dimensionTool() const { return dimensionTool_; }
    NamedViews* namedViews() const { return namedViews_; }
    // An action by object name ("actionUndo", "actionDelete", "toolRoutePipe", ...).
    QAction* action(const QString& name) const;
    QStringList recentFiles() const;

    void setActiveTool(Tool* tool);

    // Edit > Copy / Cut / Paste: the selection on the clipboard as JSON (kSelectionMime and
    // text); paste renews ids and keeps connections whose two ends were copied.
    void copySelection();
    void cutSelection();
    bool paste();
    // Edit > Select similar; the find field (name or id). Both select and frame what they find.
    void selectSimilar();
    int findAndSelect(const QString& text);
    QLineEdit* findField() const { return findField_; }
    // The menu of what is under the cursor (view) or selected (tree), shown at globalPos; the
    // last one shown stays available for tests.
    QMenu* showContextMenu(QPoint globalPos);
    QMenu* lastContextMenu() const { return contextMenu_; }
    // View > Reset layout: the first-run arrangement for this screen size.
    void resetLayout();
    QLabel* cursorLabel() const { return cursorLabel_; }
    // What a catalog drop at a floor point does: place the system as a rack, or the equipment.
    bool placeCatalogEntryAt(const QString& catalogId, const PointM& floorM);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* newAction(const QString& name, const QString& text, QKeySequence key = {});
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void addNudgeMenu(QMenu* edit);
    QToolBar* createToolsMenu();
    void setDrawingToolTips();
    void addEditButtons(QToolBar* toolBar);
    void createViewMenu();
    void addLayersMenu(QMenu* view);
    void addIsolateHallAction(QMenu* view);
    void createDocks();
    void wireViewport();
    void showChange(const DesignChange& change);
    void updateTitle();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void rebuildTemplateMenu();
    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
    void applyValidation(const ValidationResult& result);
    void showRefusal(const QString& reason);
    void arrangeDocks();
    void applyDockSizes();
    QString layoutKey() const;
    void readSettings();
    void writeSettings();
    void newFactoryWizard();

    Document* document_;
    ViewportWidget* viewport_;
    ProjectTreeDock* tree_ = nullptr;
    PropertiesDock* properties_ = nullptr;
    CatalogDock* catalogDock_ = nullptr;
    FindingsDock* findingsDock_ = nullptr;
    ValidationRunner* validation_;
    Autosave* autosave_ = nullptr;
    ArrayReaction* arrayReaction_ = nullptr;
    SelectTool* selectTool_;
    PlaceRackTool* placeRackTool_;
    PlaceEquipmentTool* placeEquipmentTool_;
    RouteTool* routeTool_;
    HallTool* hallTool_;
    MeasureTool* measureTool_;
    DimensionTool* dimensionTool_;
    NamedViews* namedViews_ = nullptr;
    Tool* tool_ = nullptr;
    Tool* navigateTool_;
    QActionGroup* toolGroup_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* templateMenu_ = nullptr;
    QComboBox* colouring_ = nullptr;
    QLineEdit* findField_ = nullptr;
    QLabel* cursorLabel_ = nullptr;
    QMenu* contextMenu_ = nullptr;
    bool dockSizesPending_ = false; // applied once the window has its size
    QString clipboardTag_;          // names this window's project on the clipboard
    int pasteCount_ = 0;
    QPoint rightPressPos_;
    PointM lastFloorM;
};

} // namespace aifp::ui
