#pragma once
#include <QString>
#include <Qt>

class QDockWidget;
class QMainWindow;

namespace aifp::ui {

// Adds dock to window's area and its show/hide toggle to the View menu (menus are found by
// object name: their titles are translated).
void addDockToWindow(QMainWindow* window, QDockWidget* dock, Qt::DockWidgetArea area);
// Adds an action (text, objectName) to the Variants menu that shows and raises dock, after a
// separator when separatorBefore.
void addVariantsMenuAction(QMainWindow* window, QDockWidget* dock, const QString& text,
                           const QString& objectName, bool separatorBefore = false);

} // namespace aifp::ui
