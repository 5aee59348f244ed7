#include "ui/app/MainWindow.hpp"
#include "core/io/Project.hpp"
#include "core/util/DataDir.hpp"
#include "core/validation/Validator.hpp"
#include "ui/app/Autosave.hpp"
#include "ui/app/ExchangeExport.hpp"
#include "ui/app/FactoryWizard.hpp"
#include "ui/app/HelpMenu.hpp"
#include "ui/app/LanguageChoice.hpp"
#include "ui/app/ReportExport.hpp"
#include "ui/app/SelectionQueries.hpp"
#include "ui/app/ShortcutGuard.hpp"
#include "ui/app/SimulateFailureSetup.hpp"
#include "ui/app/VariantSwitcher.hpp"
#include "ui/commands/ClipboardPatches.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/docks/CatalogDock.hpp"
#include "ui/docks/CompareDock.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/ImpactColours.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/docks/ScheduleDock.hpp"
#include "ui/docks/SensitivityDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/reactions/ArrayReaction.hpp"
#include "ui/reactions/NudgeReaction.hpp"
#include "ui/reactions/SelectionEditReaction.hpp"
#include "ui/reactions/SimulateFailureReaction.hpp"
#include "ui/tools/DimensionTool.hpp"
#include "ui/tools/HallTool.hpp"
#include "ui/tools/MeasureTool.hpp"
#include "ui/tools/NavigateTool.hpp"
#include "ui/tools/PlaceEquipmentTool.hpp"
#include "ui/tools/PlaceRackTool.hpp"
#include "ui/tools/RouteTool.hpp"
#include "ui/tools/SelectTool.hpp"
#include "ui/view3d/NamedViews.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>
#include <algorithm>
#include <chrono>

namespace aifp::ui {

namespace {
constexpr int kMaxRecentFiles = 8;
const char* kFileFilter = QT_TRANSLATE_NOOP("aifp::ui::MainWindow",
                                            "AI Factory Planner projects (*.aifp);;All files (*)");
// How long an edit that may be placement-only waits for its findings before the views react
// (ValidationRunner::awaitLatest). Assumption: ten times a 1 GW move's re-validation (0.2-0.5 ms
// measured, docs/performance.md) with the mirror's patch; a run that takes longer (validation
// on another design object after the mirror swapped one a job held, a loaded machine) delivers
// in the background as before.
constexpr std::chrono::milliseconds kEditFindingsWait{5};
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), viewport_(new ViewportWidget(this)),
      validation_(new ValidationRunner(this)), selectTool_(new SelectTool(document_, this)),
      placeRackTool_(new PlaceRackTool(document_, this)),
      placeEquipmentTool_(new PlaceEquipmentTool(document_, this)),
      routeTool_(new RouteTool(document_, this)), hallTool_(new HallTool(document_, this)),
      measureTool_(new MeasureTool(document_, this)),
      dimensionTool_(new DimensionTool(document_, this)),
      navigateTool_(new NavigateTool(document_, this)) {
    setObjectName("MainWindow");
    setCentralWidget(viewport_);
    viewport_->setFocusPolicy(Qt::StrongFocus);
    viewport_->setAcceptDrops(true);
    viewport_->installEventFilter(this);
    viewport_->setIndexSource([this](const Design* design) {
        return design == &document_->design() ? document_->designIndex() : nullptr;
    });
    viewport_->setDesign(&document_->design(), &document_->catalog());
    // An edit's validation is requested first, before any view or dock reacts (connected
    // before them), and when the edit may be placement-only (a move: about a millisecond at
    // 1 GW) its findings are awaited briefly and shown at once, before the views' reactions and
    // the frame (issue 15). Other edits are validated in the background meanwhile. A new design
    // is handled below.
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (change.kind == DesignChange::Kind::Reset)
            return;
        // An edit may have copied the design (copy on write): the view reads the new one
        // (before the findings recolour it).
        viewport_->setDesignPointer(&document_->design());
        validation_->request(document_->backgroundDesign(), change, nullptr,
                             document_->variantStamp(document_->activeVariant()));
        if (Validator::mayBePlacementOnly(change))
            validation_->awaitLatest(kEditFindingsWait);
    });
    createDocks();
    createActions();
    installScheduleDock(this, document_);    // Schedule dock (Gantt + ramp)
    installReportExport(this);               // File > Export report / BOM, View > Export image
    installExchangeExport(this);             // File > Export > NetBox, DXF, glTF
    installVariantSwitcher(this, document_); // Variants tool bar and menu
    installCompareDock(this, document_);     // Variants > Compare variants
    installSensitivityDock(this, document_); // Variants > Sensitivity and risks
    installHelpMenu(this);                   // last menu
    arrangeDocks();
    wireViewport();
    // Single-key shortcuts never fire while a text field has the focus.
    qApp->installEventFilter(new ShortcutGuard(this));
    clipboardTag_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
    cursorLabel_ = new QLabel(this);
    cursorLabel_->setObjectName("cursorLabel");
    cursorLabel_->setMinimumWidth(fontMetrics().horizontalAdvance("x -0000.0 m   y -0000.0 m"));
    statusBar()->addPermanentWidget(cursorLabel_);
    tree_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_->view(), &QWidget::customContextMenuRequested, this,
            [this](QPoint pos) { showContextMenu(tree_->view()->viewport()->mapToGlobal(pos)); });

    connect(document_, &Document::changed, this, &MainWindow::showChange);
    connect(document_, &Document::selectionChanged, this,
            [this] { viewport_->setSelection(document_->selection()); });
    connect(document_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(validation_, &ValidationRunner::finished, this, &MainWindow::applyValidation);
    for (Tool* t :
         std::initializer_list<Tool*>{selectTool_, placeRackTool_, placeEquipmentTool_, routeTool_,
                                      hallTool_, measureTool_, dimensionTool_, navigateTool_}) {
        connect(t, &Tool::previewChanged, viewport_, &ViewportWidget::setPreviewPolyline);
        connect(t, &Tool::snapChanged, viewport_, [this](SnapKind kind, const PointM& p) {
            viewport_->setSnapMarker(p, snapKindText(kind));
        });
        connect(t, &Tool::statusMessage, this,
                [this](const QString& m) { statusBar()->showMessage(m, 6000); });
        connect(t, &Tool::editRefused, this, &MainWindow::showRefusal);
    }
    connect(dimensionTool_, &DimensionTool::dimensionsChanged, viewport_,
            [this](const std::vector<Dimension>& dims) {
                std::vector<std::pair<PointM, PointM>> ends;
                for (const Dimension& d : dims)
                    ends.emplace_back(d.aM, d.bM);
                viewport_->setDimensions(ends);
            });
    connect(document_, &Document::filePathChanged, namedViews_, &NamedViews::setProjectPath);
    setActiveTool(selectTool_);
    readSettings();
    document_->reset(Design{}, {});
    autosave_ = new Autosave(document_, this);
    connect(autosave_, &Autosave::failed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(reason), 8000);
    });
    updateTitle();
    // The layout's first activation, while tool bars and docks were still being added, can
    // leave a minimum width wider than the finished window needs (1404 px in Spanish with the
    // Variants tool bar): recompute it, so the window fits a 1366 px screen.
    if (QLayout* l = layout()) {
        l->invalidate();
        l->activate();
    }
}

// What the view, the findings dock and the clipboard do after an edit (the view reacts; its frame
// waits for the findings) or a new design (another project or variant: a new scene, validated
// anew unless its findings are kept).
void MainWindow::showChange(const DesignChange& change) {
    if (change.kind == DesignChange::Kind::Reset) {
        // Another project: a paste from the previous one lands where it was copied.
        clipboardTag_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
        viewport_->isolateHall(kNoId);
        const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
        if (document_->switchingVariant()) {
            // Another variant: its scene as it was left when there is one (kept per
            // variant), else built now; the one shown so far is kept for a switch back.
            viewport_->showDesign(&document_->design(), &document_->catalog(), stamp);
        } else {
            viewport_->dropKeptScenes(); // another project
            viewport_->setDesign(&document_->design(), &document_->catalog());
            viewport_->setSceneKey(stamp);
        }
        catalogDock_->setCatalog(&document_->catalog());
        // A variant switched back to, unchanged since: its findings at once (kept by
        // stamp). Otherwise what the docks and the view show of the previous design goes
        // at once, and the new one is validated in the background.
        if (!document_->switchingVariant() ||
            !validation_->showKept(stamp, document_->catalogSnapshot())) {
            findingsDock_->clearForNewDesign();
            viewport_->setStatus({});
            validation_->request(document_->backgroundDesign(), change,
                                 document_->catalogSnapshot(), stamp);
        }
    } else {
        viewport_->applyChange(change);
        viewport_->setSceneKey(document_->variantStamp(document_->activeVariant()));
        // The findings came first (awaitLatest above): the frame the view holds for them
        // is drawn now, not when its hold runs out.
        if (!validation_->busy())
            viewport_->setStatus(findingStatus(validation_->latest()));
    }
    findingsDock_->setRunning(validation_->busy());
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::createDocks() {
    tree_ = new ProjectTreeDock(document_, this);
    properties_ = new PropertiesDock(document_, this);
    catalogDock_ = new CatalogDock(&document_->catalog(), this);
    findingsDock_ = new FindingsDock(document_, this);
    addDockWidget(Qt::LeftDockWidgetArea, tree_);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock_);
    addDockWidget(Qt::RightDockWidgetArea, properties_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);
    connect(tree_, &ProjectTreeDock::frameRequested, viewport_, &ViewportWidget::fitSelection);
    connect(findingsDock_, &FindingsDock::frameRequested, viewport_, &ViewportWidget::fitSelection);
    connect(properties_, &PropertiesDock::refused, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(catalogDock_, &CatalogDock::entryActivated, this, [this](const QString& id) {
        const CatalogEntry* e = document_->catalog().find(id.toStdString());
        if (!e)
            return;
        if (e->category == "system") {
            placeRackTool_->setSystemId(e->id);
            action("toolPlaceRack")->trigger();
            return;
        }
        if (!placeEquipmentTool_->setEquipment(e->category, e->id)) {
            statusBar()->showMessage(tr("%1 is a %2: not placeable on the floor")
                                         .arg(id, QString::fromStdString(e->category)),
                                     6000);
            return;
        }
        action("toolPlaceEquipment")->trigger();
    });
}

// A window action named for the code (other modules and tests find actions by name, never by
// text), with its shortcut if given.
QAction* MainWindow::newAction(const QString& name, const QString& text, QKeySequence key) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

// The menus and tool bars, in menu bar order, then the docks that add their own actions.
void MainWindow::createActions() {
    createFileMenu();
    createEditMenu();
    addEditButtons(createToolsMenu());
    createViewMenu();
    installEstimatesDock(this, document_);
    installSimulateFailure(this);
}

// File: new, templates, open, recent, save and quit.
void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName("menuFile"); // other modules find menus by name, never by text
    QAction* newAct = newAction("actionNew", tr("&New"), QKeySequence::New);
    connect(newAct, &QAction::triggered, this, [this] {
        if (maybeSave())
            newProject();
    });
    file->addAction(newAct);
    templateMenu_ = file->addMenu(tr("New from &template"));
    QAction* wizard = newAction("actionNewFactory", tr("New &factory..."));
    connect(wizard, &QAction::triggered, this, &MainWindow::newFactoryWizard);
    file->addAction(wizard);
    QAction* open = newAction("actionOpen", tr("&Open..."), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    file->addAction(open);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    QAction* saveAct = newAction("actionSave", tr("&Save"), QKeySequence::Save);
    connect(saveAct, &QAction::triggered, this, &MainWindow::save);
    file->addAction(saveAct);
    QAction* saveAsAct = newAction("actionSaveAs", tr("Save &as..."), QKeySequence::SaveAs);
    connect(saveAsAct, &QAction::triggered, this, &MainWindow::saveAs);
    file->addAction(saveAsAct);
    file->addSeparator();
    QAction* quit = newAction("actionQuit", tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);
    rebuildRecentMenu();
    rebuildTemplateMenu();
}

// Edit: undo and redo, the clipboard, object edits, nudges, arrays and selection.
void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName("menuEdit");
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("actionUndo");
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("actionRedo");
    // The platform's redo (Ctrl+Shift+Z here) and Ctrl+Y, which users of every platform expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* cut = newAction("actionCut", tr("Cu&t"), QKeySequence::Cut);
    connect(cut, &QAction::triggered, this, &MainWindow::cutSelection);
    QAction* copy = newAction("actionCopy", tr("&Copy"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    QAction* pasteAct = newAction("actionPaste", tr("&Paste"), QKeySequence::Paste);
    connect(pasteAct, &QAction::triggered, this, &MainWindow::paste);
    edit->addActions({cut, copy, pasteAct});
    edit->addSeparator();
    QAction* del = newAction("actionDelete", tr("&Delete"), QKeySequence::Delete);
    installDeleteReaction(del, document_);
    QAction* dup =
        newAction("actionDuplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    installDuplicateReaction(dup, document_);
    QAction* rot = newAction("actionRotate", tr("&Rotate 90°"), QKeySequence(Qt::Key_R));
    installRotateReaction(rot, document_);
    edit->addActions({del, dup, rot});
    addNudgeMenu(edit);
    QAction* arrayAct = newAction("actionArray", tr("&Array of racks..."),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    arrayReaction_ = new ArrayReaction(arrayAct, document_, this);
    edit->addAction(arrayAct);
    QAction* selectAll =
        newAction("actionSelectAll", tr("Select &all racks"), QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, this, [this] {
        std::vector<ObjectId> ids;
        for (const auto& r : document_->design().racks)
            ids.push_back(r.id);
        document_->setSelection(ids);
    });
    edit->addAction(selectAll);
    QAction* similar = newAction("actionSelectSimilar", tr("Select s&imilar"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    similar->setStatusTip(tr("Select every object of the same kind and type as the selection"));
    connect(similar, &QAction::triggered, this, &MainWindow::selectSimilar);
    edit->addAction(similar);
    QAction* find = newAction("actionFind", tr("&Find by name or id..."), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        findField_->setFocus(Qt::ShortcutFocusReason);
        findField_->selectAll();
    });
    edit->addAction(find);
}

// Edit > Nudge: the arrow keys move the selection by 0.6 m.
void MainWindow::addNudgeMenu(QMenu* edit) {
    QMenu* nudge = edit->addMenu(tr("&Nudge"));
    const struct {
        const char* name;
        const char* text;
        Qt::Key key;
        double dx, dy;
    } nudges[] = {{"actionNudgeLeft", QT_TR_NOOP("West 0.6 m"), Qt::Key_Left, -0.6, 0},
                  {"actionNudgeRight", QT_TR_NOOP("East 0.6 m"), Qt::Key_Right, 0.6, 0},
                  {"actionNudgeUp", QT_TR_NOOP("North 0.6 m"), Qt::Key_Up, 0, 0.6},
                  {"actionNudgeDown", QT_TR_NOOP("South 0.6 m"), Qt::Key_Down, 0, -0.6}};
    for (const auto& n : nudges) {
        QAction* a = newAction(n.name, tr(n.text), QKeySequence(n.key));
        new NudgeReaction(a, document_, n.dx, n.dy);
        nudge->addAction(a);
        addAction(a);
    }
}

// The Tools menu and tool bar: one checkable action per tool, exclusive.
QToolBar* MainWindow::createToolsMenu() {
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName("menuTools");
    QToolBar* toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName("ToolsToolBar");
    toolGroup_ = new QActionGroup(this);
    auto tool = [&](const QString& name, const QString& text, QKeySequence key, auto onTrigger) {
        QAction* a = newAction(name, text, key);
        a->setCheckable(true);
        toolGroup_->addAction(a);
        connect(a, &QAction::triggered, this, onTrigger);
        tools->addAction(a);
        toolBar->addAction(a);
        return a;
    };
    tool("toolSelect", tr("Select"), QKeySequence(Qt::Key_S), [this] {
        setActiveTool(selectTool_);
    })->setChecked(true);
    tool("toolNavigate", tr("Orbit"), QKeySequence(Qt::Key_O),
         [this] { setActiveTool(navigateTool_); });
    tool("toolHall", tr("Hall"), QKeySequence(Qt::Key_H), [this] { setActiveTool(hallTool_); });
    tool("toolPlaceRack", tr("Rack"), QKeySequence(Qt::Key_P), [this] {
        const std::string id = catalogDock_->currentId();
        if (const CatalogEntry* e = document_->catalog().find(id); e && e->category == "system")
            placeRackTool_->setSystemId(id);
        setActiveTool(placeRackTool_);
        statusBar()->showMessage(tr("Click in a hall to place a %1 rack")
                                     .arg(QString::fromStdString(placeRackTool_->systemId())));
    });
    tool("toolPlaceEquipment", tr("Equipment"), QKeySequence(Qt::Key_E),
         [this] { setActiveTool(placeEquipmentTool_); });
    tool("toolRouteBusway", tr("Busway"), QKeySequence(Qt::Key_B), [this] {
        routeTool_->setKind(RouteKind::Busway);
        setActiveTool(routeTool_);
    });
    tool("toolRouteFeed", tr("Feed"), QKeySequence(Qt::Key_F), [this] {
        routeTool_->setKind(RouteKind::Feed);
        setActiveTool(routeTool_);
    });
    tool("toolRoutePipe", tr("Pipe"), QKeySequence(Qt::Key_I), [this] {
        routeTool_->setKind(RouteKind::Pipe);
        setActiveTool(routeTool_);
    });
    setDrawingToolTips();
    toolBar->addSeparator();
    tool("toolMeasure", tr("Measure"), QKeySequence(Qt::Key_M),
         [this] { setActiveTool(measureTool_); })
        ->setToolTip(tr("<b>Measure</b> (M)<br>Click two points on the ground: distance and its "
                        "x and y parts"));
    tool("toolDimension", tr("Dimension"), QKeySequence(Qt::Key_D),
         [this] { setActiveTool(dimensionTool_); })
        ->setToolTip(tr("<b>Dimension</b> (D)<br>Click two points: a dimension line with its "
                        "length stays on the plan; Backspace removes the last"));
    return toolBar;
}

// Tooltips of the drawing tools: name, shortcut and how to use it.
void MainWindow::setDrawingToolTips() {
    const std::pair<const char*, QString> tips[] = {
        {"toolSelect", tr("Click to select, Shift+click to add, drag on empty floor for a "
                          "rectangle, drag a selected object to move it")},
        {"toolNavigate", tr("Left drag orbits; the wheel zooms and the middle button pans in "
                            "every tool")},
        {"toolHall", tr("Drag a rectangle on the ground for a new hall, or type its size "
                        "(60 x 120) and press Enter")},
        {"toolPlaceRack", tr("Click in a hall to place a rack of the system chosen in the "
                             "catalog")},
        {"toolPlaceEquipment", tr("Click to place the power or cooling equipment chosen in the "
                                  "catalog")},
        {"toolRouteBusway", tr("Click points from power equipment along a row; double-click or "
                               "Enter to finish")},
        {"toolRouteFeed", tr("A cable from power equipment to equipment or a rack")},
        {"toolRoutePipe", tr("A coolant pipe from cooling equipment to equipment or a rack")},
    };
    for (const auto& [name, tip] : tips)
        if (QAction* a = findChild<QAction*>(name))
            a->setToolTip(
                QString("<b>%1</b> (%2)<br>%3")
                    .arg(a->text(), a->shortcut().toString(QKeySequence::NativeText), tip));
}

// The Edit actions on the tool bar: array of racks, undo and redo.
void MainWindow::addEditButtons(QToolBar* toolBar) {
    QAction* arrayAct = action("actionArray");
    QAction* undo = action("actionUndo");
    QAction* redo = action("actionRedo");
    // Short tool bar labels (the menus keep the full text) so that the tool bars, the Dimension
    // tool and the find field fit a 1366 px window on one row.
    arrayAct->setIconText(tr("Array"));
    arrayAct->setToolTip(tr("<b>Array of racks</b> (%1)<br>A block of rows of racks in a hall")
                             .arg(arrayAct->shortcut().toString(QKeySequence::NativeText)));
    toolBar->addAction(arrayAct);
    // Tool bar buttons with fixed labels (the menu items say what they undo); the full text is
    // the tooltip, so the tool bar does not shift as the undo text changes.
    for (QAction* stackAction : {undo, redo}) {
        auto* button = new QAction(stackAction == undo ? tr("Undo") : tr("Redo"), this);
        button->setObjectName(stackAction->objectName() + "Button");
        button->setEnabled(stackAction->isEnabled());
        button->setToolTip(stackAction->text().remove('&'));
        connect(button, &QAction::triggered, stackAction, &QAction::trigger);
        connect(stackAction, &QAction::changed, button, [button, stackAction] {
            button->setEnabled(stackAction->isEnabled());
            button->setToolTip(stackAction->text().remove('&'));
        });
        toolBar->addAction(button);
    }
}

// View menu and tool bar: camera, rack colouring, find field, layers, isolation, named views,
// dimensions, layout, language and the docks.
void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName("menuView");
    QToolBar* viewBar = addToolBar(tr("View"));
    viewBar->setObjectName("ViewToolBar");
    QAction* plan = newAction("actionViewPlan", tr("&Plan"), QKeySequence(Qt::Key_7));
    connect(plan, &QAction::triggered, viewport_, &ViewportWidget::viewPlan);
    QAction* iso = newAction("actionViewIso", tr("&Isometric"), QKeySequence(Qt::Key_1));
    connect(iso, &QAction::triggered, viewport_, &ViewportWidget::viewIsometric);
    QAction* fit = newAction("actionFitAll", tr("&Fit all"), QKeySequence(Qt::Key_Home));
    connect(fit, &QAction::triggered, viewport_, &ViewportWidget::fitAll);
    QAction* fitSel =
        newAction("actionFitSelection", tr("Fit &selection"), QKeySequence(Qt::Key_Period));
    connect(fitSel, &QAction::triggered, viewport_, &ViewportWidget::fitSelection);
    view->addActions({plan, iso, fit, fitSel});
    viewBar->addActions({plan, iso, fit, fitSel});
    viewBar->addWidget(new QLabel(tr("  Colour: "), this));
    colouring_ = new QComboBox(this);
    colouring_->setObjectName("colouringCombo");
    colouring_->setToolTip(tr("Colour racks by type, power, cooling or validation status"));
    colouring_->addItem(tr("by type"), int(RackColouring::ByType));
    colouring_->addItem(tr("by power"), int(RackColouring::ByPower));
    colouring_->addItem(tr("by cooling"), int(RackColouring::ByCooling));
    colouring_->addItem(tr("by validation status"), int(RackColouring::ByStatus));
    connect(colouring_, &QComboBox::currentIndexChanged, this, [this] {
        viewport_->setRackColouring(static_cast<RackColouring>(colouring_->currentData().toInt()));
    });
    viewBar->addWidget(colouring_);
    findField_ = new QLineEdit(this);
    findField_->setObjectName("findField");
    findField_->setPlaceholderText(
        tr("Find name or id (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    findField_->setClearButtonEnabled(true);
    findField_->setMaximumWidth(220);
    connect(findField_, &QLineEdit::returnPressed, this,
            [this] { findAndSelect(findField_->text()); });
    viewBar->addSeparator();
    viewBar->addWidget(findField_);
    view->addSeparator();
    addLayersMenu(view);
    addIsolateHallAction(view);
    QMenu* views = view->addMenu(tr("&Named views"));
    views->setObjectName("namedViewsMenu");
    namedViews_ = new NamedViews(viewport_, views, this);
    connect(namedViews_, &NamedViews::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 4000); });
    QAction* clearDims = newAction("actionClearDimensions", tr("Clear &dimensions"));
    clearDims->setStatusTip(tr("Remove every dimension line placed with the Dimension tool"));
    connect(clearDims, &QAction::triggered, dimensionTool_, &DimensionTool::clear);
    view->addAction(clearDims);
    QAction* resetLayoutAct = newAction("actionResetLayout", tr("&Reset layout"));
    resetLayoutAct->setStatusTip(tr("Put the docks and tool bars back where they start, sized "
                                    "for this screen"));
    connect(resetLayoutAct, &QAction::triggered, this, &MainWindow::resetLayout);
    view->addAction(resetLayoutAct);
    addLanguageMenu(view, this);
    view->addSeparator();
    for (QDockWidget* d :
         std::initializer_list<QDockWidget*>{tree_, catalogDock_, properties_, findingsDock_})
        view->addAction(d->toggleViewAction());
}

// Layers: hide what hides the rest (the network links of a big campus).
void MainWindow::addLayersMenu(QMenu* view) {
    QMenu* layers = view->addMenu(tr("&Layers"));
    const struct {
        const char* name;
        const char* text;
        ViewLayer layer;
    } layerItems[] = {
        {"layerHalls", QT_TR_NOOP("Halls"), ViewLayer::Halls},
        {"layerRacks", QT_TR_NOOP("Racks"), ViewLayer::Racks},
        {"layerPower", QT_TR_NOOP("Power equipment and routes"), ViewLayer::Power},
        {"layerCooling", QT_TR_NOOP("Cooling equipment and pipes"), ViewLayer::Cooling},
        {"layerNetwork", QT_TR_NOOP("Network switches and links"), ViewLayer::Network},
        {"layerOutdoor", QT_TR_NOOP("Outdoor plant (yard equipment)"), ViewLayer::Outdoor},
        {"layerLabels", QT_TR_NOOP("Labels"), ViewLayer::Labels},
        {"layerGrid", QT_TR_NOOP("Ground grid and axes"), ViewLayer::Grid}};
    for (const auto& item : layerItems) {
        QAction* a = layers->addAction(tr(item.text));
        a->setObjectName(item.name);
        a->setCheckable(true);
        a->setChecked(true);
        const ViewLayer layer = item.layer;
        connect(a, &QAction::toggled, this,
                [this, layer](bool on) { viewport_->setLayerVisible(layer, on); });
    }
}

// View > Isolate hall: only the selected object's hall is shown, or everything again.
void MainWindow::addIsolateHallAction(QMenu* view) {
    QAction* isolate =
        newAction("actionIsolateHall", tr("&Isolate hall"), QKeySequence(Qt::Key_Slash));
    isolate->setStatusTip(tr("Show only the selected object's hall and what is in it; again to "
                             "show everything"));
    connect(isolate, &QAction::triggered, this, [this] {
        if (viewport_->isolatedHall() != kNoId) {
            viewport_->isolateHall(kNoId);
            statusBar()->showMessage(tr("Showing the whole site"), 4000);
            return;
        }
        const Design& d = document_->design();
        const DesignIndex index(d);
        ObjectId hall = kNoId;
        for (ObjectId id : document_->selection()) {
            if (index.kindOf(id) == ObjectKind::Hall)
                hall = id;
            else if (const Rack* r = index.rack(id))
                hall = r->hallId;
            else if (const PowerNode* p = index.powerNode(id))
                hall = p->hallId;
            else if (const CoolingNode* c = index.coolingNode(id))
                hall = c->hallId;
            else if (const NetworkSwitch* sw = index.networkSwitch(id))
                hall = sw->hallId;
            if (hall != kNoId)
                break;
        }
        if (hall == kNoId) {
            statusBar()->showMessage(tr("Select a hall or something in one to isolate it"), 6000);
            return;
        }
        viewport_->isolateHall(hall);
        statusBar()->showMessage(
            tr("Isolated %1; %2 again to show everything")
                .arg(QString::fromStdString(index.hall(hall)->name),
                     action("actionIsolateHall")->shortcut().toString(QKeySequence::NativeText)),
            6000);
    });
    view->addAction(isolate);
}

void MainWindow::setActiveTool(Tool* tool) {
    if (tool_ == tool)
        return;
    if (tool_)
        tool_->deactivate();
    tool_ = tool;
    tool_->activate();
    viewport_->setNavigationEnabled(tool_->wantsNavigation());
    statusBar()->showMessage(tool_->name(), 3000);
}

void MainWindow::wireViewport() {
    auto event = [this](QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
                        Qt::KeyboardModifiers mods, bool pickObject) {
        ToolEvent e;
        if (auto p = viewport_->pickFloor(pos)) {
            e.floorM = *p;
            e.onFloor = true;
            lastFloorM = *p;
        }
        e.objectId = pickObject ? viewport_->pickObject(pos) : kNoId;
        e.button = button;
        e.buttons = buttons;
        e.modifiers = mods;
        return e;
    };
    connect(viewport_, &ViewportWidget::mousePressedOnView, this,
            [this, event](QPoint pos, Qt::MouseButton b, Qt::KeyboardModifiers m) {
                if (b == Qt::RightButton) {
                    rightPressPos_ = pos; // a click without a drag opens the context menu
                    return;
                }
                const ToolEvent e = event(pos, b, b, m, true);
                tool_->mousePress(e);
                viewport_->setNavigationEnabled(tool_->wantsNavigation());
                if (e.onFloor)
                    arrayReaction_->setSuggestedOrigin(e.floorM);
            });
    connect(viewport_, &ViewportWidget::mouseMovedOnView, this,
            [this, event](QPoint pos, Qt::MouseButtons b, Qt::KeyboardModifiers m) {
                const ToolEvent e = event(pos, Qt::NoButton, b, m, false);
                cursorLabel_->setText(e.onFloor ? tr("x %1 m   y %2 m")
                                                      .arg(QLocale().toString(e.floorM.xM, 'f', 1),
                                                           QLocale().toString(e.floorM.yM, 'f', 1))
                                                : QString());
                if (b & Qt::RightButton)
                    return; // right drag zooms the camera
                tool_->mouseMove(e);
            });
    connect(viewport_, &ViewportWidget::mouseReleasedOnView, this,
            [this, event](QPoint pos, Qt::MouseButton b, Qt::KeyboardModifiers m) {
                if (b == Qt::RightButton) {
                    if ((pos - rightPressPos_).manhattanLength() <= 4) {
                        const ObjectId id = viewport_->pickObject(pos);
                        if (id != kNoId && !document_->isSelected(id))
                            document_->setSelection({id});
                        showContextMenu(viewport_->mapToGlobal(pos));
                    }
                    return;
                }
                tool_->mouseRelease(event(pos, b, Qt::NoButton, m, false));
                viewport_->setNavigationEnabled(tool_->wantsNavigation());
            });
    connect(viewport_, &ViewportWidget::hovered, this, [this](ObjectId id, const QString& label) {
        if (id != kNoId)
            statusBar()->showMessage(label, 4000);
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched != viewport_)
        return QMainWindow::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonDblClick: {
        auto* me = static_cast<QMouseEvent*>(event);
        ToolEvent e;
        if (auto p = viewport_->pickFloor(me->position().toPoint())) {
            e.floorM = *p;
            e.onFloor = true;
        }
        e.button = me->button();
        e.modifiers = me->modifiers();
        tool_->doubleClick(e);
        return false;
    }
    case QEvent::ShortcutOverride: {
        // A tool typing a size takes digits before the view shortcuts (7 plan, 1 isometric).
        auto* ke = static_cast<QKeyEvent*>(event);
        if (tool_->wantsKey(ke->key(), ke->modifiers())) {
            ke->accept();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress: {
        auto* ke = static_cast<QKeyEvent*>(event);
        if (tool_->keyPress(ke->key(), ke->modifiers()))
            return true;
        if (ke->key() == Qt::Key_Escape) {
            document_->setSelection({});
            action("toolSelect")->trigger();
            return true;
        }
        return false;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* de = static_cast<QDropEvent*>(event);
        if (de->mimeData()->hasFormat(kCatalogMime)) {
            de->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto* de = static_cast<QDropEvent*>(event);
        if (!de->mimeData()->hasFormat(kCatalogMime))
            return false;
        const QString id = QString::fromUtf8(de->mimeData()->data(kCatalogMime));
        if (auto p = viewport_->pickFloor(de->position().toPoint()))
            placeCatalogEntryAt(id, *p);
        de->acceptProposedAction();
        return true;
    }
    default:
        return QMainWindow::eventFilter(watched, event);
    }
}

bool MainWindow::placeCatalogEntryAt(const QString& catalogId, const PointM& floorM) {
    const CatalogEntry* e = document_->catalog().find(catalogId.toStdString());
    if (!e) {
        showRefusal(tr("'%1' is not in the catalog").arg(catalogId));
        return false;
    }
    if (e->category == "system") {
        placeRackTool_->setSystemId(e->id);
        return placeRackTool_->placeAt(floorM);
    }
    if (!placeEquipmentTool_->setEquipment(e->category, e->id)) {
        showRefusal(tr("%1 is a %2, which is not placed on the floor")
                        .arg(catalogId, QString::fromStdString(e->category)));
        return false;
    }
    return placeEquipmentTool_->placeAt(floorM);
}

void MainWindow::showRefusal(const QString& reason) {
    statusBar()->showMessage(tr("Refused: %1").arg(reason), 8000);
}

bool MainWindow::backgroundBusy() const {
    if (validation_->busy())
        return true;
    if (auto* estimates = findChild<EstimatesDock*>(); estimates && estimates->runner()->busy())
        return true;
    if (auto* schedule = findChild<ScheduleDock*>(); schedule && schedule->busy())
        return true;
    if (auto* switcher = findChild<VariantSwitcher*>(); switcher && switcher->busy())
        return true;
    if (auto* compare = findChild<CompareDock*>();
        compare && compare->isVisible() && compare->busy())
        return true;
    if (auto* sens = findChild<SensitivityDock*>(); sens && sens->isVisible() && sens->busy())
        return true;
    return false;
}

void MainWindow::applyValidation(const ValidationResult& result) {
    findingsDock_->setResult(result);
    findingsDock_->setRunning(validation_->busy());
    viewport_->setStatus(findingStatus(result));
    if (auto* estimates = findChild<EstimatesDock*>()) {
        int errors = 0;
        for (const Finding& f : result.findings)
            errors += f.severity == Severity::Error ? 1 : 0;
        estimates->setDesignErrors(errors);
    }
}

void MainWindow::updateTitle() {
    const QString path = document_->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] - AI Factory Planner").arg(name));
    setWindowModified(document_->isModified());
}

bool MainWindow::newProject(const QString& templatePath) {
    if (templatePath.isEmpty()) {
        Design d;
        d.site.name = tr("New site").toStdString();
        document_->reset(std::move(d), {});
        return true;
    }
    try {
        Design d = openProject(templatePath.toStdString());
        document_->reset(std::move(d), {}, /*modified*/ true);
        viewport_->fitAll();
        return true;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot open template"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::openFile(const QString& path) {
    try {
        document_->open(path);
    } catch (const ProjectFileError& e) {
        QMessageBox::warning(this, tr("Cannot open project"), QString::fromStdString(e.what()));
        return false;
    } catch (const std::exception& e) {
        // Anything else that escapes the reader: still a message, never a crash.
        QMessageBox::warning(this, tr("Cannot open project"),
                             QString("%1: %2").arg(QFileInfo(path).fileName(), e.what()));
        return false;
    }
    addRecentFile(path);
    viewport_->fitAll();
    statusBar()->showMessage(tr("Opened %1: %2 halls, %3 racks")
                                 .arg(path)
                                 .arg(document_->design().halls.size())
                                 .arg(document_->design().racks.size()),
                             6000);
    return true;
}

bool MainWindow::saveFile(const QString& path) {
    try {
        document_->save(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot save project"), QString::fromStdString(e.what()));
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::save() {
    if (document_->filePath().isEmpty())
        return saveAs();
    return saveFile(document_->filePath());
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), document_->filePath(),
                                                tr(kFileFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".aifp";
    return saveFile(path);
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    autosave_->discard(); // saved or discarded on purpose: nothing to recover
    event->accept();
}

bool MainWindow::offerRecovery() {
    for (const Autosave::Orphan& o : Autosave::orphans()) {
        const QString what = o.originalPath.isEmpty()
                                 ? tr("an untitled design")
                                 : tr("changes to %1").arg(QFileInfo(o.originalPath).fileName());
        QMessageBox box(
            QMessageBox::Question, tr("Recover unsaved work"),
            tr("AI Factory Planner did not close properly. It autosaved %1 at %2.\n\n"
               "Recover it?")
                .arg(what, QLocale().toString(o.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        box.setObjectName("recoveryBox");
        QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosave::removeRecovery(o.path);
            continue;
        }
        if (box.clickedButton() != recover)
            continue; // kept for the next start
        try {
            // The recovery file holds the variants too (Autosave saves the whole project).
            Project p = openProjectFile(o.path.toStdString());
            // Still unsaved work: the title shows '*' and Save goes to the user's own file.
            document_->reset(std::move(p), o.originalPath, /*modified*/ true);
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Cannot recover"), QString::fromUtf8(e.what()));
            continue;
        }
        Autosave::removeRecovery(o.path);
        autosave_->saveNow(); // this session now holds the recovered work
        viewport_->fitAll();
        statusBar()->showMessage(tr("Recovered the autosaved design"), 6000);
        return true;
    }
    return false;
}

QStringList MainWindow::recentFiles() const {
    return QSettings().value("recentFiles").toStringList();
}

void MainWindow::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue("recentFiles", files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files) {
        QAction* a = recentMenu_->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildTemplateMenu() {
    templateMenu_->clear();
    const QDir dir(QString::fromStdString(sampleProjectsDir()));
    const QStringList files = dir.entryList({"*.aifp"}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString path = dir.filePath(f);
        connect(templateMenu_->addAction(f), &QAction::triggered, this, [this, path] {
            if (maybeSave())
                newProject(path);
        });
    }
    templateMenu_->setEnabled(!files.isEmpty());
}

QString MainWindow::layoutKey() const {
    const QScreen* sc = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize size = sc ? sc->availableGeometry().size() : QSize(1920, 1080);
    return QString("layout/%1x%2").arg(size.width()).arg(size.height());
}

void MainWindow::arrangeDocks() {
    // Left: project tree and catalog as tabs. Right: properties. Bottom: findings, estimates,
    // schedule and failure impact as tabs. The 3D view keeps the rest (most of the window).
    QDockWidget* estimates = findChild<QDockWidget*>("EstimatesDock");
    QDockWidget* schedule = findChild<QDockWidget*>("scheduleDock");
    QDockWidget* impact = findChild<QDockWidget*>("ImpactDock");
    QDockWidget* compare = findChild<QDockWidget*>("CompareDock");
    QDockWidget* sensitivity = findChild<QDockWidget*>("SensitivityDock");
    for (QDockWidget* d : findChildren<QDockWidget*>())
        d->setFloating(false);
    addDockWidget(Qt::LeftDockWidgetArea, tree_);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock_);
    tabifyDockWidget(tree_, catalogDock_);
    addDockWidget(Qt::RightDockWidgetArea, properties_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);
    for (QDockWidget* d :
         std::initializer_list<QDockWidget*>{estimates, schedule, impact, compare, sensitivity})
        if (d) {
            addDockWidget(Qt::BottomDockWidgetArea, d);
            tabifyDockWidget(findingsDock_, d);
        }
    // Tabs share one height: a tab whose content cannot shrink below a few rows scrolls
    // instead, so the bottom area stays a quarter of a 768 px screen.
    for (QDockWidget* d : std::initializer_list<QDockWidget*>{
             findingsDock_, estimates, schedule, impact, tree_, catalogDock_, properties_})
        if (d && d->widget() && !qobject_cast<QScrollArea*>(d->widget()) &&
            d->widget()->minimumSizeHint().height() > 140) {
            auto* scroll = new QScrollArea(d);
            scroll->setObjectName(d->objectName() + "Scroll");
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(d->widget());
            d->setWidget(scroll);
        }
    for (QDockWidget* d : std::initializer_list<QDockWidget*>{tree_, catalogDock_, properties_,
                                                              findingsDock_, estimates, schedule})
        if (d)
            d->show();
    tree_->raise();
    findingsDock_->raise();
    dockSizesPending_ = true;
    if (isVisible())
        applyDockSizes();
}

void MainWindow::applyDockSizes() {
    // The side docks a fifth of the width at most, the bottom tabs a quarter of the height: the
    // 3D view keeps about half the window (1366 x 768: 806 x 400 px).
    dockSizesPending_ = false;
    const int side = std::clamp(width() / 5, 220, 360);
    const int bottom = std::clamp(height() / 4, 150, 300);
    resizeDocks({tree_, properties_}, {side, side}, Qt::Horizontal);
    resizeDocks({findingsDock_}, {bottom}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (dockSizesPending_)
        QTimer::singleShot(0, this, [this] {
            if (dockSizesPending_)
                applyDockSizes();
        });
}

void MainWindow::resetLayout() {
    for (QToolBar* bar : findChildren<QToolBar*>()) {
        if (bar->objectName() == "VariantsToolBar")
            addToolBarBreak(); // its own row (VariantSwitcher.cpp)
        addToolBar(Qt::TopToolBarArea, bar);
        bar->show();
    }
    arrangeDocks();
    statusBar()->showMessage(tr("Layout reset for this screen"), 4000);
}

void MainWindow::readSettings() {
    QSettings s;
    const QString key = layoutKey();
    if (!restoreGeometry(s.value(key + "/geometry").toByteArray())) {
        // First run on this screen size: the whole available area.
        const QScreen* sc = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect avail = sc ? sc->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(avail.size());
        move(avail.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (restoreState(s.value(key + "/state").toByteArray()))
        dockSizesPending_ = false; // the user's own sizes
}

void MainWindow::writeSettings() {
    QSettings s;
    const QString key = layoutKey();
    s.setValue(key + "/geometry", saveGeometry());
    s.setValue(key + "/state", saveState());
}

QMenu* MainWindow::showContextMenu(QPoint globalPos) {
    if (contextMenu_)
        contextMenu_->deleteLater();
    contextMenu_ = new QMenu(this);
    contextMenu_->setObjectName("contextMenu");
    contextMenu_->setAttribute(Qt::WA_DeleteOnClose, false);
    const bool any = !document_->selection().empty();
    for (const char* name : {"actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                             "actionDelete", "actionRotate"}) {
        QAction* a = action(name);
        if (a && (any || QString(name) == "actionPaste"))
            contextMenu_->addAction(a);
    }
    if (any) {
        contextMenu_->addSeparator();
        contextMenu_->addAction(action("actionSelectSimilar"));
        contextMenu_->addAction(action("actionFitSelection"));
        contextMenu_->addAction(action("actionIsolateHall"));
        if (QAction* sim = action("actionSimulateFailure"))
            contextMenu_->addAction(sim);
        QAction* props = contextMenu_->addAction(tr("P&roperties"));
        connect(props, &QAction::triggered, this, [this] {
            properties_->show();
            properties_->raise();
        });
    } else {
        contextMenu_->addSeparator();
        contextMenu_->addAction(action("actionFitAll"));
        contextMenu_->addAction(action("actionSelectAll"));
    }
    contextMenu_->popup(globalPos);
    return contextMenu_;
}

void MainWindow::copySelection() {
    const auto& sel = document_->selection();
    if (sel.empty()) {
        statusBar()->showMessage(tr("Nothing selected to copy"), 4000);
        return;
    }
    const std::string json = selectionToJson(document_->design(), sel, clipboardTag_.toStdString());
    auto* mime = new QMimeData;
    mime->setData(kSelectionMime, QByteArray::fromStdString(json));
    mime->setText(QString::fromStdString(json));
    QGuiApplication::clipboard()->setMimeData(mime);
    pasteCount_ = 0;
    statusBar()->showMessage(tr("Copied %n object(s)", nullptr, int(sel.size())), 4000);
}

void MainWindow::cutSelection() {
    const std::vector<ObjectId> sel = document_->selection();
    if (sel.empty()) {
        statusBar()->showMessage(tr("Nothing selected to cut"), 4000);
        return;
    }
    copySelection();
    pasteCount_ = -1; // the first paste goes back where the objects were
    document_->push(new PatchCommand(document_, removeObjectsPatch(document_->design(), sel),
                                     tr("Cut %n object(s)", nullptr, int(sel.size()))));
}

bool MainWindow::paste() {
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        showRefusal(tr("the clipboard is empty"));
        return false;
    }
    const QByteArray json =
        mime->hasFormat(kSelectionMime) ? mime->data(kSelectionMime) : mime->text().toUtf8();
    // Within this project each paste lands 0.6 m further east (one floor tile, like
    // Duplicate); from another project at the copied coordinates.
    const QString source = QJsonDocument::fromJson(json).object().value("source").toString();
    const bool sameProject = source == clipboardTag_;
    const double dxM = sameProject ? 0.6 * ++pasteCount_ : 0.0;
    try {
        PasteResult r =
            pasteFromJson(document_->design(), document_->catalog(), json.toStdString(), dxM, 0.0);
        if (r.newIds.empty()) {
            showRefusal(tr("the clipboard holds no objects"));
            return false;
        }
        const int n = int(r.newIds.size());
        document_->push(
            new PatchCommand(document_, std::move(r.patch), tr("Paste %n object(s)", nullptr, n)));
        document_->setSelection(r.newIds);
        statusBar()->showMessage(tr("Pasted %n object(s) with new ids", nullptr, n), 4000);
        return true;
    } catch (const EditError& e) {
        showRefusal(QString::fromUtf8(e.what()));
        return false;
    }
}

void MainWindow::selectSimilar() {
    const auto ids = similarObjects(document_->design(), document_->selection());
    if (ids.empty()) {
        statusBar()->showMessage(tr("Select an object first"), 4000);
        return;
    }
    document_->setSelection(ids);
    statusBar()->showMessage(tr("%n similar object(s) selected", nullptr, int(ids.size())), 4000);
}

int MainWindow::findAndSelect(const QString& text) {
    const auto ids = findObjects(document_->design(), text);
    if (ids.empty()) {
        statusBar()->showMessage(tr("Nothing named or numbered '%1'").arg(text.trimmed()), 6000);
        return 0;
    }
    document_->setSelection(ids);
    viewport_->fitSelection();
    statusBar()->showMessage(tr("Found %n object(s)", nullptr, int(ids.size())), 6000);
    return int(ids.size());
}

void MainWindow::newFactoryWizard() {
    if (!maybeSave())
        return;
    FactoryWizard wizard(document_->catalog(), this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return;
    document_->reset(wizard.result()->design, {}, /*modified*/ true);
    viewport_->fitAll();
}

} // namespace aifp::ui
