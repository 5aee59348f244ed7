#pragma once
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QMenu;

namespace aifp::ui {

class ViewportWidget;

// Named camera views for presentations (View > Named views): save the current view under a
// name, go back to it, delete it. Views are kept in the user settings per project file (the
// project file is not changed); an untitled project keeps them for the session and hands them
// to the file when it is first saved. The camera is not part of the design, so these are not
// undo steps.
class NamedViews : public QObject {
    Q_OBJECT
public:
    // Fills menu (a submenu of View) and keeps it current.
    NamedViews(ViewportWidget* viewport, QMenu* menu, QObject* parent = nullptr);

    // The open project's file ("" untitled). Views saved while untitled move to the file.
    void setProjectPath(const QString& path);
    QStringList names() const; // sorted
    // Saves the current camera under name (replacing a view of that name); false when the name
    // is blank.
    bool save(const QString& name);
    bool restore(const QString& name);
    bool remove(const QString& name);
    // Asks for a name (View > Named views > Save current view...).
    void saveWithPrompt();
    QMenu* menu() const { return menu_; }
    // The settings key for a project file's views.
    static QString settingsKey(const QString& projectPath);

signals:
    void statusMessage(const QString& text);

private:
    QMap<QString, QVariant> views() const;
    void store(const QMap<QString, QVariant>& views);
    void rebuildMenu();
    void rebuildMenuLater();

    ViewportWidget* viewport_;
    QMenu* menu_;
    QPointer<QMenu> deleteMenu_;
    QString path_;
    QMap<QString, QVariant> session_; // untitled project
};

} // namespace aifp::ui
