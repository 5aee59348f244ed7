#pragma once
#include "core/model/Design.hpp"
#include "core/options/GenerationSwap.hpp"
#include "core/options/VariantFromTargets.hpp"
#include <QDialog>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aifp::ui {

// What the New variant dialog asks for: the same choices as aifp-cli variant add (copy, or
// re-generate with changed targets) and aifp-cli swap --as (the rack generation swapped).
struct NewVariantRequest {
    enum class How { Copy, Regenerate, Swap };
    QString name;
    QString description;
    std::size_t source = 0; // index of the variant it is made from
    How how = How::Copy;
    VariantTargetChanges changes;           // Regenerate
    std::optional<Procurement> procurement; // Copy and Regenerate (variant add --procurement)
    std::string swapSystemId;               // Swap
    SwapMode swapMode = SwapMode::KeepPlant;
};

// Variants > New variant...: name, description, the variant to start from and how: a copy, the
// plant re-generated from its targets with some changed (system, redundancy, cooling, supply
// water, site location, procurement), or the GPU racks swapped for another system keeping the
// plant or filling every position. OK stays disabled while the name cannot be used.
class NewVariantDialog : public QDialog {
    Q_OBJECT
public:
    // variants: the names in file order; active: the one preselected as source. nameProblem
    // gives the reason a name cannot be used ("" when it can).
    NewVariantDialog(QWidget* parent, const QStringList& variants, std::size_t active,
                     const QString& suggestedName,
                     std::function<QString(const QString&)> nameProblem);

    NewVariantRequest request() const;
    // The GPU system of most racks of each variant (file order; "" when not known, e.g. a
    // variant not opened yet): the swap's system then defaults to the natural next generation
    // of the source variant's system (suggestedSwapSystem, core/options/GenerationSwap.hpp),
    // following the source until the user picks a system.
    void setVariantSystems(std::vector<std::string> systemIds);
    // For tests and scripted use: the widgets by role.
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* sourceBox() const { return source_; }
    void setHow(NewVariantRequest::How how);
    QComboBox* systemBox() const { return system_; }
    QComboBox* redundancyBox() const { return redundancy_; }
    QComboBox* coolingBox() const { return cooling_; }
    QComboBox* siteBox() const { return site_; }
    QComboBox* procurementBox() const { return procurement_; }
    QCheckBox* supplyWaterCheck() const { return waterOn_; }
    QDoubleSpinBox* supplyWaterSpin() const { return water_; }
    QComboBox* swapSystemBox() const { return swapSystem_; }
    QComboBox* swapModeBox() const { return swapMode_; }

private:
    // The constructor's steps: one per group of widgets, then the connections.
    QGroupBox* buildHowBox();
    void buildTargets(const QString& same);
    QFormLayout* buildProcurement(const QString& same);
    void buildSwap();
    void connectControls(QDialogButtonBox* buttons);
    void updateState();
    void suggestSwapSystem();

    std::function<QString(const QString&)> nameProblem_;
    QLineEdit* name_;
    QLineEdit* description_;
    QComboBox* source_;
    QButtonGroup* how_;
    QGroupBox* targets_;
    QComboBox* system_;
    QComboBox* redundancy_;
    QComboBox* cooling_;
    QCheckBox* waterOn_;
    QDoubleSpinBox* water_;
    QComboBox* site_;
    QComboBox* procurement_;
    QGroupBox* swap_;
    QComboBox* swapSystem_;
    QComboBox* swapMode_;
    std::vector<std::string> variantSystems_;
    bool swapSystemPicked_ = false; // the user chose one: no longer follows the source
    QLabel* problem_;
    QPushButton* ok_;
};

} // namespace aifp::ui
