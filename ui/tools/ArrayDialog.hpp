#pragma once
#include "core/catalog/Catalog.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QDialog>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace aifp::ui {

// Inputs of the array tool: hall, system, rows, racks per row, aisle width and the block's
// south-west corner, with the resulting block size shown live.
class ArrayDialog : public QDialog {
    Q_OBJECT
public:
    explicit ArrayDialog(QWidget* parent = nullptr);
    void setDesign(const Design& design, const Catalog& catalog, std::optional<PointM> origin);
    ArrayParams params() const;
    // Shows why the block was refused inside the dialog, which stays open with its inputs.
    void showError(const QString& text);
    QString errorText() const;

    QComboBox* hallBox() const { return hall_; }
    QComboBox* systemBox() const { return system_; }
    QSpinBox* rowsBox() const { return rows_; }
    QSpinBox* racksBox() const { return racks_; }
    QDoubleSpinBox* aisleBox() const { return aisle_; }
    QDoubleSpinBox* originXBox() const { return x_; }
    QDoubleSpinBox* originYBox() const { return y_; }

signals:
    // OK pressed: the owner places the block and closes the dialog (accept()) only when it fits.
    void applyRequested();

private:
    void updateSummary();
    const Catalog* catalog_ = nullptr;
    QComboBox* hall_;
    QComboBox* system_;
    QSpinBox* rows_;
    QSpinBox* racks_;
    QDoubleSpinBox* aisle_;
    QDoubleSpinBox* x_;
    QDoubleSpinBox* y_;
    QLabel* summary_;
    QLabel* error_ = nullptr;
};

} // namespace aifp::ui
