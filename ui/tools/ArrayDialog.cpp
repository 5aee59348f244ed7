#include "ui/tools/ArrayDialog.hpp"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace aifp::ui {

ArrayDialog::ArrayDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("ArrayDialog");
    setWindowTitle(tr("Array of racks"));
    auto* form = new QFormLayout(this);
    hall_ = new QComboBox(this);
    system_ = new QComboBox(this);
    rows_ = new QSpinBox(this);
    rows_->setRange(1, 500);
    rows_->setValue(2);
    racks_ = new QSpinBox(this);
    racks_->setRange(1, 500);
    racks_->setValue(8);
    aisle_ = new QDoubleSpinBox(this);
    aisle_->setRange(0.6, 10.0);
    aisle_->setSingleStep(0.6);
    aisle_->setValue(1.2); // catalog assumption: 1.2 m service clearance
    aisle_->setSuffix(" m");
    x_ = new QDoubleSpinBox(this);
    y_ = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* b : {x_, y_}) {
        b->setRange(-100000, 100000);
        b->setDecimals(2);
        b->setSingleStep(0.6);
        b->setSuffix(" m");
    }
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    form->addRow(tr("Hall"), hall_);
    form->addRow(tr("System"), system_);
    form->addRow(tr("Rows"), rows_);
    form->addRow(tr("Racks per row"), racks_);
    form->addRow(tr("Aisle width"), aisle_);
    form->addRow(tr("Origin x (south-west corner)"), x_);
    form->addRow(tr("Origin y"), y_);
    form->addRow(summary_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    error_ = new QLabel(this);
    error_->setObjectName("arrayError");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b00020;");
    error_->hide();
    form->insertRow(form->rowCount() - 1, error_);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArrayDialog::applyRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(rows_, &QSpinBox::valueChanged, this, &ArrayDialog::updateSummary);
    connect(racks_, &QSpinBox::valueChanged, this, &ArrayDialog::updateSummary);
    connect(aisle_, &QDoubleSpinBox::valueChanged, this, &ArrayDialog::updateSummary);
    connect(system_, &QComboBox::currentIndexChanged, this, &ArrayDialog::updateSummary);
    for (QDoubleSpinBox* box : {x_, y_})
        connect(box, &QDoubleSpinBox::valueChanged, error_, &QWidget::hide);
    connect(hall_, &QComboBox::currentIndexChanged, error_, &QWidget::hide);
}

void ArrayDialog::setDesign(const Design& design, const Catalog& catalog,
                            std::optional<PointM> origin) {
    catalog_ = &catalog;
    hall_->clear();
    for (const auto& h : design.halls)
        hall_->addItem(QString::fromStdString(h.name), QVariant::fromValue<qulonglong>(h.id));
    const QString keep = system_->currentData().toString();
    system_->clear();
    for (const CatalogEntry* e : catalog.byCategory("system"))
        system_->addItem(QString::fromStdString(e->vendor + " " + e->model + " (" + e->id + ")"),
                         QString::fromStdString(e->id));
    const int i = system_->findData(keep.isEmpty() ? QString("gb300-nvl72") : keep);
    system_->setCurrentIndex(i >= 0 ? i : 0);
    if (origin) {
        const ObjectId hallId = [&] {
            for (const auto& h : design.halls)
                if (h.footprint().contains({origin->xM, origin->yM, origin->xM, origin->yM}))
                    return h.id;
            return kNoId;
        }();
        if (hallId != kNoId)
            hall_->setCurrentIndex(hall_->findData(QVariant::fromValue<qulonglong>(hallId)));
        x_->setValue(origin->xM);
        y_->setValue(origin->yM);
    } else if (!design.halls.empty()) {
        // Default: one service clearance in from the hall's south-west corner.
        x_->setValue(design.halls.front().originXM + 1.2);
        y_->setValue(design.halls.front().originYM + 1.2);
    }
    updateSummary();
}

ArrayParams ArrayDialog::params() const {
    ArrayParams p;
    p.hallId = hall_->currentData().toULongLong();
    p.systemId = system_->currentData().toString().toStdString();
    p.rows = rows_->value();
    p.racksPerRow = racks_->value();
    p.aisleWidthM = aisle_->value();
    p.originXM = x_->value();
    p.originYM = y_->value();
    return p;
}

void ArrayDialog::showError(const QString& text) {
    error_->setText(tr("Cannot place the array: %1").arg(text));
    error_->setVisible(!text.isEmpty());
}

QString ArrayDialog::errorText() const {
    return error_->isVisible() ? error_->text() : QString();
}

void ArrayDialog::updateSummary() {
    if (error_)
        error_->hide(); // the inputs changed: the last refusal no longer applies
    const ArrayParams p = params();
    double wM = 0.6, dM = 1.2; // catalog assumption: 600 mm x 1200 mm footprint
    double kw = 0.0;
    if (catalog_)
        if (const CatalogEntry* e = catalog_->find(p.systemId)) {
            wM = e->number("footprint_width_m", wM);
            dM = e->number("footprint_depth_m", dM);
            kw = e->number("rack_power_kw", 0.0);
        }
    const int n = p.rows * p.racksPerRow;
    summary_->setText(tr("%1 racks, block %2 m x %3 m, %4 MW IT at rack nameplate; rows alternate "
                         "so fronts share cold aisles and backs share hot aisles.")
                          .arg(n)
                          .arg(p.racksPerRow * wM, 0, 'f', 1)
                          .arg(p.rows * dM + (p.rows - 1) * p.aisleWidthM, 0, 'f', 1)
                          .arg(n * kw / 1000.0, 0, 'f', 2));
}

} // namespace aifp::ui
