#pragma once
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

class QComboBox;
class QMainWindow;
class QProgressDialog;

namespace aifp::ui {

class Document;

// The Variants switcher: a combo box in the "Variants" tool bar listing the project's variants
// (the base marked) and the Variants menu (New variant from current..., Rename..., Delete...,
// Set as base). Every change is an undo command (VariantCommands.hpp). A variant not opened
// yet is opened from its stored bytes on a worker thread with a progress dialog, then switched
// to; the GUI never waits for it.
class VariantSwitcher : public QObject {
    Q_OBJECT
public:
    VariantSwitcher(QMainWindow* window, Document* document);
    ~VariantSwitcher() override;

    QComboBox* combo() const { return combo_; }
    // Switches to the variant of that name (opened in the background first when needed).
    // Returns false when there is no such variant. Done when busy() is false again.
    bool switchTo(const QString& name);
    bool busy() const { return loading_ != nullptr; }
    // The problem with name as a new name ("" when it can be used): the rules of
    // variantNameProblem (core/io/Project.hpp); except is the variant being renamed.
    QString nameProblem(const QString& name, std::size_t except = std::size_t(-1)) const;

    // The menu's actions with their dialogs (also the tests' entry points).
    void newVariantFromCurrent();
    void renameActive();
    void deleteActive();
    void setActiveAsBase();
    // Milliseconds the last switch took from request to the switched document (load included).
    qint64 lastSwitchMs() const { return lastSwitchMs_; }

    // Re-reads the variants into the combo box and the menu's enabled states.
    void refresh();

signals:
    void statusMessage(const QString& message);

private:
    // Runs then() once variant i is in memory (now, or after the background open).
    void whenLoaded(std::size_t i, std::function<void(std::size_t)> then);

    QMainWindow* window_;
    Document* document_;
    QComboBox* combo_;
    bool rebuilding_ = false;
    struct Loading;
    std::shared_ptr<Loading> loading_;
    qint64 lastSwitchMs_ = 0;
    QThreadPool pool_; // the background opens; waited for on destruction
};

VariantSwitcher* installVariantSwitcher(QMainWindow* window, Document* document);

} // namespace aifp::ui
