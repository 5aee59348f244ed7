#include "ui/docks/DockMenus.hpp"
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace aifp::ui {

void addDockToWindow(QMainWindow* window, QDockWidget* dock, Qt::DockWidgetArea area) {
    window->addDockWidget(area, dock);
    if (auto* view = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuView")))
        view->addAction(dock->toggleViewAction());
}

void addVariantsMenuAction(QMainWindow* window, QDockWidget* dock, const QString& text,
                           const QString& objectName, bool separatorBefore) {
    auto* variants = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuVariants"));
    if (!variants)
        return;
    if (separatorBefore)
        variants->addSeparator();
    QAction* show = variants->addAction(text);
    show->setObjectName(objectName);
    QObject::connect(show, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
    });
}

} // namespace aifp::ui
