#include "ui/app/NewVariantDialog.hpp"
#include "core/catalog/Catalog.hpp"
#include "ui/docks/SiteClimateEditor.hpp"
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace aifp::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// The GPU systems of the shipped catalog, "vendor model (id)", the id as item data.
void fillSystems(QComboBox* box) {
    for (const CatalogEntry* e : Catalog::builtin().byCategory("system"))
        box->addItem(QString("%1 %2 (%3)").arg(q(e->vendor), q(e->model), q(e->id)), q(e->id));
}

} // namespace

NewVariantDialog::NewVariantDialog(QWidget* parent, const QStringList& variants, std::size_t active,
                                   const QString& suggestedName,
                                   std::function<QString(const QString&)> nameProblem)
    : QDialog(parent), nameProblem_(std::move(nameProblem)) {
    setObjectName("newVariantDialog");
    setWindowTitle(tr("New variant"));
    auto* top = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    top->addLayout(form);
    name_ = new QLineEdit(suggestedName, this);
    name_->setObjectName("variantNameEdit");
    form->addRow(tr("Name:"), name_);
    description_ = new QLineEdit(this);
    description_->setObjectName("variantDescriptionEdit");
    form->addRow(tr("Description:"), description_);
    source_ = new QComboBox(this);
    source_->setObjectName("variantSourceBox");
    source_->addItems(variants);
    source_->setCurrentIndex(int(active));
    form->addRow(tr("Made from:"), source_);
    const QString same = tr("(unchanged)");
    top->addWidget(buildHowBox());
    buildTargets(same);
    top->addWidget(targets_);
    top->addLayout(buildProcurement(same));
    buildSwap();
    top->addWidget(swap_);
    problem_ = new QLabel(this);
    problem_->setObjectName("variantNameProblem");
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #b00020");
    top->addWidget(problem_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    top->addWidget(buttons);
    connectControls(buttons);
    suggestSwapSystem();
    updateState();
    name_->selectAll();
}

// How the variant is made: a copy, a re-generation or a generation swap.
QGroupBox* NewVariantDialog::buildHowBox() {
    how_ = new QButtonGroup(this);
    auto* howBox = new QGroupBox(tr("How"), this);
    auto* howLayout = new QVBoxLayout(howBox);
    const std::pair<NewVariantRequest::How, QString> hows[] = {
        {NewVariantRequest::How::Copy, tr("A copy of the design")},
        {NewVariantRequest::How::Regenerate,
         tr("Re-generated from its targets, with the changes below (as aifp-cli variant add)")},
        {NewVariantRequest::How::Swap,
         tr("The GPU racks swapped for another system in the same halls (as aifp-cli swap)")}};
    for (const auto& [how, text] : hows) {
        auto* b = new QRadioButton(text, howBox);
        b->setObjectName(QString("variantHow%1").arg(int(how)));
        how_->addButton(b, int(how));
        howLayout->addWidget(b);
    }
    how_->button(int(NewVariantRequest::How::Copy))->setChecked(true);
    return howBox;
}

// The targets a re-generation changes; `same` marks "left as in the source".
void NewVariantDialog::buildTargets(const QString& same) {
    targets_ = new QGroupBox(tr("Targets (unchanged unless chosen)"), this);
    auto* tf = new QFormLayout(targets_);
    system_ = new QComboBox(targets_);
    system_->setObjectName("variantSystemBox");
    system_->addItem(same, QString());
    fillSystems(system_);
    tf->addRow(tr("GPU system:"), system_);
    redundancy_ = new QComboBox(targets_);
    redundancy_->setObjectName("variantRedundancyBox");
    redundancy_->addItem(same, -1);
    for (RedundancyScheme r :
         {RedundancyScheme::N, RedundancyScheme::NPlus1, RedundancyScheme::TwoN,
          RedundancyScheme::Distributed4N3, RedundancyScheme::Distributed3N2})
        redundancy_->addItem(QString::fromUtf8(toString(r)), int(r));
    tf->addRow(tr("Power redundancy:"), redundancy_);
    cooling_ = new QComboBox(targets_);
    cooling_->setObjectName("variantCoolingBox");
    cooling_->addItem(same, -1);
    cooling_->addItem(tr("liquid"), int(CoolingMode::Liquid));
    cooling_->addItem(tr("air"), int(CoolingMode::Air));
    cooling_->addItem(tr("hybrid"), int(CoolingMode::Hybrid));
    tf->addRow(tr("Cooling:"), cooling_);
    auto* waterRow = new QHBoxLayout;
    waterOn_ = new QCheckBox(tr("set to"), targets_);
    waterOn_->setObjectName("variantSupplyWaterCheck");
    water_ = new QDoubleSpinBox(targets_);
    water_->setObjectName("variantSupplyWaterSpin");
    water_->setRange(5.0, 60.0);
    water_->setDecimals(1);
    water_->setValue(40.0);
    water_->setSuffix(QStringLiteral(" °C"));
    waterRow->addWidget(waterOn_);
    waterRow->addWidget(water_, 1);
    tf->addRow(tr("Facility supply water:"), waterRow);
    site_ = new QComboBox(targets_);
    site_->setObjectName("variantSiteBox");
    fillClimateChoices(site_);
    if (site_->count() > 0)
        site_->removeItem(0); // "typed-in ambient": a re-generation keeps the source's then
    site_->insertItem(0, same, QString());
    site_->setCurrentIndex(0);
    tf->addRow(tr("Site location:"), site_);
}

QFormLayout* NewVariantDialog::buildProcurement(const QString& same) {
    procurement_ = new QComboBox(this);
    procurement_->setObjectName("variantProcurementBox");
    procurement_->addItem(same, -1);
    procurement_->addItem(tr("build"), int(Procurement::Build));
    procurement_->addItem(tr("colocation"), int(Procurement::Colocation));
    procurement_->addItem(tr("cloud"), int(Procurement::Cloud));
    auto* pf = new QFormLayout;
    pf->addRow(tr("Procurement:"), procurement_);
    return pf;
}

// The system and mode of a generation swap.
void NewVariantDialog::buildSwap() {
    swap_ = new QGroupBox(tr("Generation swap"), this);
    auto* sf = new QFormLayout(swap_);
    swapSystem_ = new QComboBox(swap_);
    swapSystem_->setObjectName("variantSwapSystemBox");
    fillSystems(swapSystem_);
    sf->addRow(tr("New GPU system:"), swapSystem_);
    swapMode_ = new QComboBox(swap_);
    swapMode_->setObjectName("variantSwapModeBox");
    swapMode_->addItem(tr("Keep the plant: as many racks as it carries"), int(SwapMode::KeepPlant));
    swapMode_->addItem(tr("Every position: the findings say what breaks"),
                       int(SwapMode::EveryPosition));
    sf->addRow(tr("Mode:"), swapMode_);
}

void NewVariantDialog::connectControls(QDialogButtonBox* buttons) {
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &NewVariantDialog::updateState);
    connect(how_, &QButtonGroup::idToggled, this, &NewVariantDialog::updateState);
    connect(waterOn_, &QCheckBox::toggled, this, &NewVariantDialog::updateState);
    for (QComboBox* box : {system_, redundancy_, cooling_, site_})
        connect(box, &QComboBox::currentIndexChanged, this, &NewVariantDialog::updateState);
    connect(swapSystem_, &QComboBox::activated, this, [this] { swapSystemPicked_ = true; });
    connect(source_, &QComboBox::currentIndexChanged, this, &NewVariantDialog::suggestSwapSystem);
}

void NewVariantDialog::setHow(NewVariantRequest::How how) {
    how_->button(int(how))->setChecked(true);
}

void NewVariantDialog::setVariantSystems(std::vector<std::string> systemIds) {
    variantSystems_ = std::move(systemIds);
    suggestSwapSystem();
}

void NewVariantDialog::suggestSwapSystem() {
    if (swapSystemPicked_)
        return;
    const auto at = std::size_t(std::max(0, source_->currentIndex()));
    const std::string from = at < variantSystems_.size() ? variantSystems_[at] : std::string();
    const int row = swapSystem_->findData(q(suggestedSwapSystem(Catalog::builtin(), from)));
    if (row >= 0)
        swapSystem_->setCurrentIndex(row);
}

void NewVariantDialog::updateState() {
    const auto how = NewVariantRequest::How(how_->checkedId());
    targets_->setEnabled(how == NewVariantRequest::How::Regenerate);
    water_->setEnabled(waterOn_->isChecked());
    procurement_->setEnabled(how != NewVariantRequest::How::Swap);
    swap_->setEnabled(how == NewVariantRequest::How::Swap);
    QString p = nameProblem_ ? nameProblem_(name_->text()) : QString();
    if (p.isEmpty() && how == NewVariantRequest::How::Regenerate) {
        const NewVariantRequest r = request();
        if (!r.changes.regenerates())
            p = tr("Choose at least one target to change (or make a copy).");
    }
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

NewVariantRequest NewVariantDialog::request() const {
    NewVariantRequest r;
    r.name = name_->text();
    r.description = description_->text();
    r.source = std::size_t(std::max(0, source_->currentIndex()));
    r.how = NewVariantRequest::How(how_->checkedId());
    if (r.how == NewVariantRequest::How::Regenerate) {
        if (const QString id = system_->currentData().toString(); !id.isEmpty())
            r.changes.systemId = id.toStdString();
        if (const int v = redundancy_->currentData().toInt(); v >= 0)
            r.changes.redundancy = RedundancyScheme(v);
        if (const int v = cooling_->currentData().toInt(); v >= 0)
            r.changes.cooling = CoolingMode(v);
        if (waterOn_->isChecked())
            r.changes.supplyWaterC = water_->value();
        if (const QString id = site_->currentData().toString(); !id.isEmpty())
            r.changes.climateId = id.toStdString();
    }
    if (r.how != NewVariantRequest::How::Swap)
        if (const int v = procurement_->currentData().toInt(); v >= 0)
            r.procurement = Procurement(v);
    if (r.how == NewVariantRequest::How::Swap) {
        r.swapSystemId = swapSystem_->currentData().toString().toStdString();
        r.swapMode = SwapMode(swapMode_->currentData().toInt());
    }
    return r;
}

} // namespace aifp::ui
