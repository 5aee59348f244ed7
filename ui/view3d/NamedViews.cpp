#include "ui/view3d/NamedViews.hpp"
#include "ui/view3d/ViewportWidget.hpp"
#include <QCryptographicHash>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

namespace aifp::ui {

NamedViews::NamedViews(ViewportWidget* viewport, QMenu* menu, QObject* parent)
    : QObject(parent), viewport_(viewport), menu_(menu) {
    rebuildMenu();
}

QString NamedViews::settingsKey(const QString& projectPath) {
    // A hash of the absolute path: settings keys cannot hold every character a path can.
    const QByteArray abs = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return "namedViews/" +
           QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha1).toHex());
}

void NamedViews::setProjectPath(const QString& path) {
    if (path == path_)
        return;
    const bool wasUntitled = path_.isEmpty();
    path_ = path;
    if (wasUntitled && !path_.isEmpty() && !session_.isEmpty()) {
        auto merged = views();
        for (auto it = session_.cbegin(); it != session_.cend(); ++it)
            merged.insert(it.key(), it.value());
        store(merged);
    }
    session_.clear();
    rebuildMenu();
}

QMap<QString, QVariant> NamedViews::views() const {
    if (path_.isEmpty())
        return session_;
    return QSettings().value(settingsKey(path_) + "/views").toMap();
}

void NamedViews::store(const QMap<QString, QVariant>& views) {
    if (path_.isEmpty()) {
        session_ = views;
        return;
    }
    QSettings s;
    s.setValue(settingsKey(path_) + "/path", QFileInfo(path_).absoluteFilePath());
    s.setValue(settingsKey(path_) + "/views", views);
}

QStringList NamedViews::names() const {
    QStringList out = views().keys();
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool NamedViews::save(const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        emit statusMessage(tr("A view needs a name"));
        return false;
    }
    auto all = views();
    all.insert(n, viewport_->cameraState());
    store(all);
    rebuildMenuLater();
    emit statusMessage(tr("Saved view '%1'").arg(n));
    return true;
}

bool NamedViews::restore(const QString& name) {
    const auto all = views();
    if (!all.contains(name) || !viewport_->setCameraState(all.value(name).toMap())) {
        emit statusMessage(tr("No view named '%1'").arg(name));
        return false;
    }
    emit statusMessage(tr("View '%1'").arg(name));
    return true;
}

bool NamedViews::remove(const QString& name) {
    auto all = views();
    if (!all.remove(name))
        return false;
    store(all);
    rebuildMenuLater();
    emit statusMessage(tr("Deleted view '%1'").arg(name));
    return true;
}

void NamedViews::saveWithPrompt() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(viewport_->window(), tr("Save view"),
                              tr("Name of this view (saving under an existing name replaces it):"),
                              QLineEdit::Normal, tr("View %1").arg(names().size() + 1), &ok);
    if (ok)
        save(name);
}

void NamedViews::rebuildMenuLater() {
    // Not now: the action that asked may be emitting its signal from this menu.
    QMetaObject::invokeMethod(this, &NamedViews::rebuildMenu, Qt::QueuedConnection);
}

void NamedViews::rebuildMenu() {
    menu_->clear();
    if (deleteMenu_)
        deleteMenu_->deleteLater();
    deleteMenu_ = nullptr;
    QAction* saveAct = menu_->addAction(tr("&Save current view..."));
    saveAct->setObjectName("actionSaveView");
    connect(saveAct, &QAction::triggered, this, &NamedViews::saveWithPrompt);
    const QStringList all = names();
    if (all.isEmpty())
        return;
    menu_->addSeparator();
    for (const QString& n : all) {
        QAction* a = menu_->addAction(n);
        a->setObjectName("namedView:" + n);
        a->setStatusTip(tr("Go to the view '%1'").arg(n));
        connect(a, &QAction::triggered, this, [this, n] { restore(n); });
    }
    QMenu* del = menu_->addMenu(tr("&Delete view"));
    del->setObjectName("deleteViewMenu");
    deleteMenu_ = del;
    for (const QString& n : all) {
        QAction* a = del->addAction(n);
        a->setObjectName("deleteView:" + n);
        connect(a, &QAction::triggered, this, [this, n] { remove(n); });
    }
}

} // namespace aifp::ui
