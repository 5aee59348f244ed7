#include "ui/app/ShortcutGuard.hpp"
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace aifp::ui {

bool ShortcutGuard::textFieldWantsKey(const QWidget* focus, const QKeyEvent* key) {
    if (!focus || !key)
        return false;
    const bool textField =
        qobject_cast<const QLineEdit*>(focus) || qobject_cast<const QTextEdit*>(focus) ||
        qobject_cast<const QPlainTextEdit*>(focus) || qobject_cast<const QAbstractSpinBox*>(focus);
    const auto* combo = qobject_cast<const QComboBox*>(focus);
    if (!textField && !(combo && combo->isEditable()))
        return false;
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        break;
    }
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint();
}

bool ShortcutGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride &&
        textFieldWantsKey(QApplication::focusWidget(), static_cast<QKeyEvent*>(event))) {
        event->accept(); // the key goes to the field, not to a shortcut
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace aifp::ui
