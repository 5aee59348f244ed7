#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTextBrowser;
class QThread;
class QTimer;

namespace aifp::ui {

// "New factory": targets (grid MW or GPU count, system, cooling, redundancy, fabric, the site's
// climate location or a typed-in design ambient) with a live summary from the generator in
// core/generate, computed off the GUI thread.
class FactoryWizard : public QDialog {
    Q_OBJECT
public:
    FactoryWizard(const Catalog& catalog, QWidget* parent = nullptr);
    ~FactoryWizard() override;
    FactoryTargets targets() const;
    // The last generated factory for the current inputs (null while computing or on error).
    const GeneratedFactory* result() const { return result_.get(); }
    // Generates now, on the calling thread (tests).
    void generateNow();

private:
    void schedule();
    void start();
    void show(std::shared_ptr<GeneratedFactory> factory, const QString& error);
    const Catalog& catalog_;
    QComboBox* mode_;
    QDoubleSpinBox* mw_;
    QSpinBox* gpus_;
    QComboBox* system_;
    QComboBox* cooling_;
    QComboBox* redundancy_;
    QComboBox* fabric_;
    QDoubleSpinBox* water_;
    QComboBox* climate_;      // the climate library, first "Typed-in design ambient"
    QDoubleSpinBox* ambient_; // typed-in design ambient (enabled without a location)
    QTextBrowser* summary_;
    QTimer* debounce_;
    QThread* worker_ = nullptr;
    bool rerun_ = false;
    std::shared_ptr<GeneratedFactory> result_;
};

} // namespace aifp::ui
