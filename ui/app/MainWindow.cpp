#include "ui/app/MainWindow.hpp"
#include "core/io/ProjectFile.hpp"
#include "ui/app/Document.hpp"
#include "ui/app/FactoryWizard.hpp"
#include "ui/app/ReportExport.hpp"
#include "ui/app/ValidationRunner.hpp"
#include "ui/docks/CatalogDock.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/ProjectTreeDock.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/docks/ScheduleDock.hpp"
#include "ui/reactions/ArrayReaction.hpp"
#include "ui/reactions/DeleteReaction.hpp"
#include "ui/reactions/DuplicateReaction.hpp"
#include "ui/reactions/NudgeReaction.hpp"
#include "ui/reactions/RotateReaction.hpp"
#include "ui/reactions/SimulateFailureReaction.hpp"
#include "ui/tools/HallTool.hpp"
#include "ui/tools/NavigateTool.hpp"
#include "ui/tools/PlaceEquipmentTool.hpp"
#include "ui/tools/PlaceRackTool.hpp"
#include "ui/tools/RouteTool.hpp"
#include "ui/tools/SelectTool.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <unordered_map>

#ifndef AIFP_PROJECTS_DIR
#define AIFP_PROJECTS_DIR ""
#endif

namespace aifp::ui {

namespace {
constexpr int kMaxRecentFiles = 8;
const char* kFileFilter = "AI Factory Planner projects (*.aifp);;All files (*)";
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), viewport_(new ViewportWidget(this)),
      validation_(new ValidationRunner(this)), selectTool_(new SelectTool(document_, this)),
      placeRackTool_(new PlaceRackTool(document_, this)),
      placeEquipmentTool_(new PlaceEquipmentTool(document_, this)),
      routeTool_(new RouteTool(document_, this)), hallTool_(new HallTool(document_, this)),
      navigateTool_(new NavigateTool(document_, this)) {
    setObjectName("MainWindow");
    setCentralWidget(viewport_);
    viewport_->setFocusPolicy(Qt::StrongFocus);
    viewport_->setAcceptDrops(true);
    viewport_->installEventFilter(this);
    viewport_->setDesign(&document_->design(), &document_->catalog());
    createDocks();
    createActions();
    installScheduleDock(this, document_); // Schedule dock (Gantt + ramp)
    installReportExport(this);            // File > Export report / BOM, View > Export image
    wireViewport();

    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (change.kind == DesignChange::Kind::Reset) {
            viewport_->setDesign(&document_->design(), &document_->catalog());
            catalogDock_->setCatalog(&document_->catalog());
            validation_->request(document_->design(), change,
                                 std::make_shared<Catalog>(document_->catalog()));
        } else {
            viewport_->applyChange(change);
            validation_->request(document_->design(), change);
        }
        findingsDock_->setRunning(true);
    });
    connect(document_, &Document::selectionChanged, this,
            [this] { viewport_->setSelection(document_->selection()); });
    connect(document_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(validation_, &ValidationRunner::finished, this, &MainWindow::applyValidation);
    for (Tool* t : std::initializer_list<Tool*>{selectTool_, placeRackTool_, placeEquipmentTool_,
                                                routeTool_, hallTool_, navigateTool_}) {
        connect(t, &Tool::previewChanged, viewport_, &ViewportWidget::setPreviewPolyline);
        connect(t, &Tool::statusMessage, this,
                [this](const QString& m) { statusBar()->showMessage(m, 6000); });
        connect(t, &Tool::editRefused, this, &MainWindow::showRefusal);
    }
    setActiveTool(selectTool_);
    readSettings();
    document_->reset(Design{}, {});
    updateTitle();
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
        std::optional<PowerNodeKind> p;
        std::optional<CoolingNodeKind> c;
        if (!equipmentKindForCategory(e->category, p, c)) {
            statusBar()->showMessage(tr("%1 is a %2: not placeable on the floor")
                                         .arg(id, QString::fromStdString(e->category)),
                                     6000);
            return;
        }
        if (p)
            placeEquipmentTool_->setPowerKind(*p, e->id);
        else
            placeEquipmentTool_->setCoolingKind(*c, e->id);
        action("toolPlaceEquipment")->trigger();
    });
}

void MainWindow::createActions() {
    auto make = [this](const QString& name, const QString& text, QKeySequence key = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAct = make("actionNew", tr("&New"), QKeySequence::New);
    connect(newAct, &QAction::triggered, this, [this] {
        if (maybeSave())
            newProject();
    });
    file->addAction(newAct);
    templateMenu_ = file->addMenu(tr("New from &template"));
    QAction* wizard = make("actionNewFactory", tr("New &factory..."));
    connect(wizard, &QAction::triggered, this, &MainWindow::newFactoryWizard);
    file->addAction(wizard);
    QAction* open = make("actionOpen", tr("&Open..."), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    file->addAction(open);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    QAction* saveAct = make("actionSave", tr("&Save"), QKeySequence::Save);
    connect(saveAct, &QAction::triggered, this, &MainWindow::save);
    file->addAction(saveAct);
    QAction* saveAsAct = make("actionSaveAs", tr("Save &as..."), QKeySequence::SaveAs);
    connect(saveAsAct, &QAction::triggered, this, &MainWindow::saveAs);
    file->addAction(saveAsAct);
    file->addSeparator();
    QAction* quit = make("actionQuit", tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);
    rebuildRecentMenu();
    rebuildTemplateMenu();

    // Edit
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("actionUndo");
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("actionRedo");
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* del = make("actionDelete", tr("&Delete"), QKeySequence::Delete);
    new DeleteReaction(del, document_);
    QAction* dup = make("actionDuplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    new DuplicateReaction(dup, document_);
    QAction* rot = make("actionRotate", tr("&Rotate 90°"), QKeySequence(Qt::Key_R));
    new RotateReaction(rot, document_);
    edit->addActions({del, dup, rot});
    QMenu* nudge = edit->addMenu(tr("&Nudge"));
    const struct {
        const char* name;
        const char* text;
        Qt::Key key;
        double dx, dy;
    } nudges[] = {{"actionNudgeLeft", "West 0.6 m", Qt::Key_Left, -0.6, 0},
                  {"actionNudgeRight", "East 0.6 m", Qt::Key_Right, 0.6, 0},
                  {"actionNudgeUp", "North 0.6 m", Qt::Key_Up, 0, 0.6},
                  {"actionNudgeDown", "South 0.6 m", Qt::Key_Down, 0, -0.6}};
    for (const auto& n : nudges) {
        QAction* a = make(n.name, tr(n.text), QKeySequence(n.key));
        new NudgeReaction(a, document_, n.dx, n.dy);
        nudge->addAction(a);
        addAction(a);
    }
    QAction* arrayAct = make("actionArray", tr("&Array of racks..."),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    arrayReaction_ = new ArrayReaction(arrayAct, document_, this);
    edit->addAction(arrayAct);
    QAction* selectAll = make("actionSelectAll", tr("Select &all racks"), QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, this, [this] {
        std::vector<ObjectId> ids;
        for (const auto& r : document_->design().racks)
            ids.push_back(r.id);
        document_->setSelection(ids);
    });
    edit->addAction(selectAll);

    // Tools
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QToolBar* toolBar = addToolBar(tr("Tools"));
    toolBar->setObjectName("ToolsToolBar");
    toolGroup_ = new QActionGroup(this);
    auto tool = [&](const QString& name, const QString& text, QKeySequence key, auto onTrigger) {
        QAction* a = make(name, text, key);
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
    toolBar->addSeparator();
    toolBar->addAction(arrayAct);
    toolBar->addAction(undo);
    toolBar->addAction(redo);

    // View
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QToolBar* viewBar = addToolBar(tr("View"));
    viewBar->setObjectName("ViewToolBar");
    QAction* plan = make("actionViewPlan", tr("&Plan"), QKeySequence(Qt::Key_7));
    connect(plan, &QAction::triggered, viewport_, &ViewportWidget::viewPlan);
    QAction* iso = make("actionViewIso", tr("&Isometric"), QKeySequence(Qt::Key_1));
    connect(iso, &QAction::triggered, viewport_, &ViewportWidget::viewIsometric);
    QAction* fit = make("actionFitAll", tr("&Fit all"), QKeySequence(Qt::Key_Home));
    connect(fit, &QAction::triggered, viewport_, &ViewportWidget::fitAll);
    QAction* fitSel =
        make("actionFitSelection", tr("Fit &selection"), QKeySequence(Qt::Key_Period));
    connect(fitSel, &QAction::triggered, viewport_, &ViewportWidget::fitSelection);
    view->addActions({plan, iso, fit, fitSel});
    viewBar->addActions({plan, iso, fit, fitSel});
    viewBar->addWidget(new QLabel(tr("  Colour racks: "), this));
    colouring_ = new QComboBox(this);
    colouring_->setObjectName("colouringCombo");
    colouring_->addItem(tr("by type"), int(RackColouring::ByType));
    colouring_->addItem(tr("by power"), int(RackColouring::ByPower));
    colouring_->addItem(tr("by cooling"), int(RackColouring::ByCooling));
    colouring_->addItem(tr("by validation status"), int(RackColouring::ByStatus));
    connect(colouring_, &QComboBox::currentIndexChanged, this, [this] {
        viewport_->setRackColouring(static_cast<RackColouring>(colouring_->currentData().toInt()));
    });
    viewBar->addWidget(colouring_);
    view->addSeparator();
    for (QDockWidget* d :
         std::initializer_list<QDockWidget*>{tree_, catalogDock_, properties_, findingsDock_})
        view->addAction(d->toggleViewAction());
    installEstimatesDock(this, document_);
    installSimulateFailure(this);
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
                const ToolEvent e = event(pos, b, b, m, true);
                tool_->mousePress(e);
                viewport_->setNavigationEnabled(tool_->wantsNavigation());
                if (e.onFloor)
                    arrayReaction_->setSuggestedOrigin(e.floorM);
            });
    connect(viewport_, &ViewportWidget::mouseMovedOnView, this,
            [this, event](QPoint pos, Qt::MouseButtons b, Qt::KeyboardModifiers m) {
                tool_->mouseMove(event(pos, Qt::NoButton, b, m, false));
            });
    connect(viewport_, &ViewportWidget::mouseReleasedOnView, this,
            [this, event](QPoint pos, Qt::MouseButton b, Qt::KeyboardModifiers m) {
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
    std::optional<PowerNodeKind> p;
    std::optional<CoolingNodeKind> c;
    if (!equipmentKindForCategory(e->category, p, c)) {
        showRefusal(tr("%1 is a %2, which is not placed on the floor")
                        .arg(catalogId, QString::fromStdString(e->category)));
        return false;
    }
    if (p)
        placeEquipmentTool_->setPowerKind(*p, e->id);
    else
        placeEquipmentTool_->setCoolingKind(*c, e->id);
    return placeEquipmentTool_->placeAt(floorM);
}

void MainWindow::showRefusal(const QString& reason) {
    statusBar()->showMessage(tr("Refused: %1").arg(reason), 8000);
}

void MainWindow::applyValidation(const ValidationResult& result) {
    findingsDock_->setResult(result);
    findingsDock_->setRunning(validation_->busy());
    std::unordered_map<ObjectId, Severity> status;
    for (const Finding& f : result.findings)
        for (ObjectId id : f.objects) {
            auto [it, inserted] = status.emplace(id, f.severity);
            if (!inserted && static_cast<int>(f.severity) < static_cast<int>(it->second))
                it->second = f.severity; // the worst finding wins: Error < Warning < Info
        }
    viewport_->setStatus(status);
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
        document_->reset(std::move(d), {});
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
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save project"), document_->filePath(), kFileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".aifp";
    return saveFile(path);
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, kFileFilter);
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
    event->accept();
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
    const QDir dir(QString::fromUtf8(AIFP_PROJECTS_DIR));
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

void MainWindow::readSettings() {
    QSettings s;
    if (!restoreGeometry(s.value("mainWindow/geometry").toByteArray()))
        resize(1500, 920);
    if (!restoreState(s.value("mainWindow/state").toByteArray())) {
        // First run: room for the tree, the catalog's rating column and the property labels.
        resizeDocks({tree_, properties_}, {360, 340}, Qt::Horizontal);
        resizeDocks({findingsDock_}, {200}, Qt::Vertical);
    }
}

void MainWindow::writeSettings() {
    QSettings s;
    s.setValue("mainWindow/geometry", saveGeometry());
    s.setValue("mainWindow/state", saveState());
}

void MainWindow::newFactoryWizard() {
    if (!maybeSave())
        return;
    FactoryWizard wizard(document_->catalog(), this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return;
    document_->reset(wizard.result()->design, {});
    viewport_->fitAll();
}

} // namespace aifp::ui
