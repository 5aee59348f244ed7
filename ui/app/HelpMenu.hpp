#pragma once
#include <QString>

class QMainWindow;
class QWidget;

namespace aifp::ui {

// Help menu: the user guide (docs/user-guide.md, built into the program), a shortcut sheet made
// from the window's own actions (so it is always true), and About (version, catalog, and the
// libraries with their licences).
void installHelpMenu(QMainWindow* window);

// The texts the dialogs show (also for tests).
QString userGuideMarkdown();
QString shortcutSheetHtml(const QMainWindow* window);
QString aboutHtml();

} // namespace aifp::ui
