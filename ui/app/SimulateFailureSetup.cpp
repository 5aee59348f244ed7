#include "ui/app/SimulateFailureSetup.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/docks/DockMenus.hpp"
#include "ui/docks/ImpactColours.hpp"
#include "ui/docks/ImpactDock.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/ValidationRunner.hpp"
#include "ui/reactions/SimulateFailureReaction.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace aifp::ui {

SimulateFailureReaction* installSimulateFailure(MainWindow* window) {
    auto* action = new QAction(QObject::tr("Simulate &failure"), window);
    action->setObjectName("actionSimulateFailure");
    action->setShortcut(QKeySequence(QObject::tr("Ctrl+Shift+F")));
    action->setStatusTip(QObject::tr("Fail the selected power, cooling or network objects and "
                                     "show the racks, GPUs and tokens/s lost"));
    auto* dock = new ImpactDock(window->document(), window);
    addDockToWindow(window, dock, Qt::BottomDockWidgetArea);
    dock->hide();
    ValidationRunner* validation = window->validation();
    auto* reaction =
        new SimulateFailureReaction(action, window->document(), dock, window->viewport(),
                                    [validation] { return findingStatus(validation->latest()); });
    // The window re-colours by validation status after each run; put the impact back on top.
    QObject::connect(validation, &ValidationRunner::finished, reaction,
                     &SimulateFailureReaction::reapplyColouring, Qt::QueuedConnection);
    // Menus by object name: their titles are translated.
    if (auto* tools = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuTools"))) {
        tools->addSeparator();
        tools->addAction(action);
    }
    if (auto* bar = window->findChild<QToolBar*>())
        bar->addAction(action);
    return reaction;
}

} // namespace aifp::ui
