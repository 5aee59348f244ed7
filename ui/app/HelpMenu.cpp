#include "ui/app/HelpMenu.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Language.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <boost/version.hpp>
#include <sqlite3.h>

#ifndef AIFP_VERSION
#error "AIFP_VERSION comes from CMake's PROJECT_VERSION (ui/CMakeLists.txt)"
#endif

// A resource in a static library is registered by hand (outside any namespace).
static void initHelpResource() {
    Q_INIT_RESOURCE(help);
}

namespace aifp::ui {

namespace {

void showText(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
              bool markdown, QSize size) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    if (markdown)
        browser->setMarkdown(text);
    else
        browser->setHtml(text);
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
}

// The menus an action is in, for the shortcut sheet: "Edit", "View", ...
QString menuOf(const QMainWindow* window, const QAction* action) {
    for (QAction* top : window->menuBar()->actions())
        if (QMenu* m = top->menu()) {
            if (m->actions().contains(const_cast<QAction*>(action)))
                return top->text().remove('&');
            for (QAction* sub : m->actions())
                if (sub->menu() && sub->menu()->actions().contains(const_cast<QAction*>(action)))
                    return top->text().remove('&') + " > " + sub->text().remove('&');
        }
    return QObject::tr("View");
}

} // namespace

QString userGuideMarkdown() {
    initHelpResource();
    // The guide in the chosen language: docs/user-guide.es.md in Spanish.
    QFile f(aifp::language() == aifp::Language::Spanish ? ":/help/user-guide.es.md"
                                                        : ":/help/user-guide.md");
    if (!f.open(QIODevice::ReadOnly))
        return QObject::tr("The user guide is missing from this build.");
    QString text = QString::fromUtf8(f.readAll());
    // Screenshots live next to the guide in the source tree, not in the program.
    text.remove(QRegularExpression(R"(!\[[^\]]*\]\([^)]*\)\n?)"));
    return text;
}

QString shortcutSheetHtml(const QMainWindow* window) {
    QMap<QString, QStringList> rows; // menu -> "<tr>..."
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        const QString text = a->text().remove('&').toHtmlEscaped();
        rows[menuOf(window, a)] << QString("<tr><td>%1</td><td><b>%2</b></td></tr>")
                                       .arg(text,
                                            keys.join(" &nbsp;" + QObject::tr("or") + "&nbsp; "));
    }
    QString html = "<h2>" + QObject::tr("Keyboard shortcuts") + "</h2>";
    html += "<p>" +
            QObject::tr("Single keys do not act while you type in a text field. The mouse: "
                        "wheel zooms, middle drag pans, right drag zooms, right click opens the "
                        "menu of what is under the cursor.") +
            "</p>";
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList r = it.value();
        r.sort();
        html += "<h3>" + it.key().toHtmlEscaped() + "</h3><table cellpadding='3'>" + r.join("") +
                "</table>";
    }
    return html;
}

QString aboutHtml() {
    QString catalog = QObject::tr("not found");
    const QString path = QString::fromStdString(Catalog::resourcesDir()) + "/catalog.json";
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        catalog = QObject::tr("%1 entries, %2, file of %3")
                      .arg(QLocale().toString(qlonglong(Catalog::builtin().entries().size())))
                      .arg(o.value("built_from").toString().toHtmlEscaped())
                      .arg(QLocale().toString(QFileInfo(path).lastModified().date(),
                                              QLocale::ShortFormat));
    }
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(AIFP_VERSION)
                                : QCoreApplication::applicationVersion();
    return QObject::tr("<h2>AI Factory Planner %1</h2>"
                       "<p>Plans GPU data centres: halls, racks, power, cooling and network, with "
                       "validation, estimates and a build schedule.</p>"
                       "<p><b>Catalog:</b> %2</p>"
                       "<h3>Libraries</h3><table cellpadding='3'>"
                       "<tr><td>Qt %3</td><td>LGPL-3.0 (Qt Charts: GPL-3.0)</td></tr>"
                       "<tr><td>VTK %4</td><td>BSD-3-Clause</td></tr>"
                       "<tr><td>Boost %5</td><td>Boost Software License 1.0</td></tr>"
                       "<tr><td>SQLite %6</td><td>public domain</td></tr>"
                       "</table>")
        .arg(version.toHtmlEscaped(), catalog, QString::fromLatin1(qVersion()),
             ViewportWidget::vtkVersionText(),
             QString::number(BOOST_VERSION / 100000) + "." +
                 QString::number(BOOST_VERSION / 100 % 1000) + "." +
                 QString::number(BOOST_VERSION % 100),
             QString::fromLatin1(sqlite3_libversion()));
}

void installHelpMenu(QMainWindow* window) {
    QMenu* help = window->menuBar()->addMenu(QObject::tr("&Help"));
    help->setObjectName("helpMenu");
    QAction* guide = help->addAction(QObject::tr("&User guide"));
    guide->setObjectName("actionUserGuide");
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] {
        showText(window, "userGuideDialog", QObject::tr("User guide"), userGuideMarkdown(), true,
                 QSize(900, 700));
    });
    QAction* keys = help->addAction(QObject::tr("&Keyboard shortcuts"));
    keys->setObjectName("actionShortcuts");
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QObject::connect(keys, &QAction::triggered, window, [window] {
        showText(window, "shortcutDialog", QObject::tr("Keyboard shortcuts"),
                 shortcutSheetHtml(window), false, QSize(560, 640));
    });
    help->addSeparator();
    QAction* about = help->addAction(QObject::tr("&About AI Factory Planner"));
    about->setObjectName("actionAbout");
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        showText(window, "aboutDialog", QObject::tr("About AI Factory Planner"), aboutHtml(), false,
                 QSize(520, 420));
    });
}

} // namespace aifp::ui
