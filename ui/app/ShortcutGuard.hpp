#pragma once
#include <QObject>

class QKeyEvent;
class QWidget;

namespace aifp::ui {

// Keeps plain keys for text fields. The tools' single-letter shortcuts (S, H, P, R, 7, ...),
// Delete and the arrow keys are window shortcuts; without this a letter typed into a field,
// even a read-only one, would switch the tool or delete the selection. Installed on the
// application; keys with Ctrl, Alt or Meta still reach their shortcuts (Ctrl+Z, Ctrl+S).
class ShortcutGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // True when `focus` is a text field and `key` (no Ctrl/Alt/Meta) is one it uses.
    static bool textFieldWantsKey(const QWidget* focus, const QKeyEvent* key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace aifp::ui
