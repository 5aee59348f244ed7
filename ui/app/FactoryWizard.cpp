#include "ui/app/FactoryWizard.hpp"
#include "core/climate/Climate.hpp"
#include "ui/docks/SiteClimateEditor.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

namespace aifp::ui {

FactoryWizard::FactoryWizard(const Catalog& catalog, QWidget* parent)
    : QDialog(parent), catalog_(catalog) {
    setObjectName("FactoryWizard");
    setWindowTitle(tr("New AI factory"));
    resize(720, 640);
    auto* form = new QFormLayout(this);
    mode_ = new QComboBox(this);
    mode_->addItem(tr("Grid power (MW)"));
    mode_->addItem(tr("Number of GPUs"));
    mw_ = new QDoubleSpinBox(this);
    mw_->setRange(0.1, 5000);
    mw_->setValue(50);
    mw_->setSuffix(" MW");
    gpus_ = new QSpinBox(this);
    gpus_->setRange(1, 10000000);
    gpus_->setValue(10000);
    gpus_->setEnabled(false);
    system_ = new QComboBox(this);
    for (const CatalogEntry* e : catalog.byCategory("system"))
        system_->addItem(QString::fromStdString(e->vendor + " " + e->model),
                         QString::fromStdString(e->id));
    system_->setCurrentIndex(std::max(0, system_->findData("gb300-nvl72")));
    cooling_ = new QComboBox(this);
    for (CoolingMode m : {CoolingMode::Liquid, CoolingMode::Hybrid, CoolingMode::Air})
        cooling_->addItem(toString(m), static_cast<int>(m));
    redundancy_ = new QComboBox(this);
    for (RedundancyScheme r :
         {RedundancyScheme::TwoN, RedundancyScheme::Distributed4N3,
          RedundancyScheme::Distributed3N2, RedundancyScheme::NPlus1, RedundancyScheme::N})
        redundancy_->addItem(toString(r), static_cast<int>(r));
    fabric_ = new QComboBox(this);
    fabric_->addItem(tr("InfiniBand XDR (Quantum-X800 Q3400)"), "q3400");
    fabric_->addItem(tr("InfiniBand NDR (QM9700)"), "qm9700");
    fabric_->addItem(tr("Spectrum-X Ethernet (SN5600)"), "sn5600");
    water_ = new QDoubleSpinBox(this);
    // 0 = the highest supply the system allows (catalog max_supply_water_c - CDU approach).
    water_->setRange(0, 60);
    water_->setSpecialValueText(tr("Highest the system allows"));
    water_->setValue(FactoryTargets{}.supplyWaterC);
    water_->setSuffix(" °C");
    climate_ = new QComboBox(this);
    climate_->setObjectName("climate");
    fillClimateChoices(climate_);
    ambient_ = new QDoubleSpinBox(this);
    ambient_->setObjectName("designAmbient");
    ambient_->setRange(kMinDesignAmbientC, kMaxDesignAmbientC);
    ambient_->setDecimals(1);
    ambient_->setValue(FactoryTargets{}.designAmbientC);
    ambient_->setSuffix(" °C");
    summary_ = new QTextBrowser(this);
    form->addRow(tr("Target"), mode_);
    form->addRow(tr("Grid power"), mw_);
    form->addRow(tr("GPUs"), gpus_);
    form->addRow(tr("System"), system_);
    form->addRow(tr("Cooling"), cooling_);
    form->addRow(tr("Power redundancy"), redundancy_);
    form->addRow(tr("Fabric"), fabric_);
    form->addRow(tr("Facility water supply"), water_);
    form->addRow(tr("Site climate"), climate_);
    form->addRow(tr("Design ambient"), ambient_);
    form->addRow(summary_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (result_)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, &FactoryWizard::start);
    connect(mode_, &QComboBox::currentIndexChanged, this, [this](int i) {
        mw_->setEnabled(i == 0);
        gpus_->setEnabled(i == 1);
        schedule();
    });
    for (QComboBox* c : {system_, cooling_, redundancy_, fabric_})
        connect(c, &QComboBox::currentIndexChanged, this, &FactoryWizard::schedule);
    connect(mw_, &QDoubleSpinBox::valueChanged, this, &FactoryWizard::schedule);
    connect(water_, &QDoubleSpinBox::valueChanged, this, &FactoryWizard::schedule);
    connect(ambient_, &QDoubleSpinBox::valueChanged, this, &FactoryWizard::schedule);
    connect(climate_, &QComboBox::currentIndexChanged, this, [this] {
        // A location brings its own 0.4 % design dry-bulb; typing one is for "no location".
        const QString id = climate_->currentData().toString();
        ambient_->setEnabled(id.isEmpty());
        if (!id.isEmpty())
            if (const Climate* c = ClimateLibrary::builtin().find(id.toStdString())) {
                const QSignalBlocker block(ambient_);
                ambient_->setValue(c->designDryBulbC.value);
            }
        schedule();
    });
    connect(gpus_, &QSpinBox::valueChanged, this, &FactoryWizard::schedule);
    schedule();
}

FactoryWizard::~FactoryWizard() {
    if (worker_)
        worker_->wait();
}

FactoryTargets FactoryWizard::targets() const {
    FactoryTargets t;
    if (mode_->currentIndex() == 0)
        t.targetGridMw = mw_->value();
    else
        t.targetGpus = gpus_->value();
    t.systemId = system_->currentData().toString().toStdString();
    t.cooling = static_cast<CoolingMode>(cooling_->currentData().toInt());
    t.redundancy = static_cast<RedundancyScheme>(redundancy_->currentData().toInt());
    t.fabricSwitchId = fabric_->currentData().toString().toStdString();
    t.supplyWaterC = water_->value();
    t.climateId = climate_->currentData().toString().toStdString();
    t.designAmbientC = ambient_->value();
    return t;
}

void FactoryWizard::schedule() {
    result_.reset();
    summary_->setHtml(tr("<i>Computing...</i>"));
    debounce_->start();
}

void FactoryWizard::generateNow() {
    debounce_->stop();
    try {
        show(std::make_shared<GeneratedFactory>(generateFactory(targets(), catalog_)), {});
    } catch (const std::exception& e) {
        show(nullptr, QString::fromStdString(e.what()));
    }
}

void FactoryWizard::start() {
    if (worker_) {
        rerun_ = true;
        return;
    }
    auto out = std::make_shared<std::shared_ptr<GeneratedFactory>>();
    auto error = std::make_shared<QString>();
    const FactoryTargets t = targets();
    const Catalog* catalog = &catalog_;
    worker_ = QThread::create([out, error, t, catalog, style = numberStyleOf()] {
        const display::NumberStyleScope numbers(style); // generator notes in the user's language
        try {
            *out = std::make_shared<GeneratedFactory>(generateFactory(t, *catalog));
        } catch (const std::exception& e) {
            *error = QString::fromStdString(e.what());
        }
    });
    connect(worker_, &QThread::finished, this, [this, out, error] {
        worker_->deleteLater();
        worker_ = nullptr;
        if (rerun_) {
            rerun_ = false;
            start();
            return;
        }
        show(*out, *error);
    });
    worker_->start();
}

void FactoryWizard::show(std::shared_ptr<GeneratedFactory> factory, const QString& error) {
    result_ = std::move(factory);
    if (!result_) {
        summary_->setHtml(tr("<b style='color:#b00020'>Cannot generate:</b> %1")
                              .arg(displayUnits(error).toHtmlEscaped()));
        return;
    }
    const FactorySummary& s = result_->summary;
    // Power figures from the one power basis, each with its basis (core/estimate/PowerBasis.hpp).
    QString html = tr("<b>%1 GPUs</b> in %2 racks, %3 hall(s)<br>%4<br>%5<br>%6<br>%7 pipes, "
                      "%8 link bundles, site area %9 m²")
                       .arg(localNumber(s.gpus))
                       .arg(localNumber(s.racks))
                       .arg(s.halls)
                       .arg(QString::fromStdString(s.power.itText()).toHtmlEscaped())
                       .arg(QString::fromStdString(s.power.facilityText()).toHtmlEscaped())
                       .arg(QString::fromStdString(s.power.pueText()).toHtmlEscaped())
                       .arg(localNumber(s.pipes))
                       .arg(localNumber(s.linkBundles))
                       .arg(localNumber(s.siteAreaM2));
    if (!result_->assumptions.empty()) {
        html += tr("<p><b style='color:#b06000'>Assumptions (not verified facts):</b><ul>");
        for (const auto& a : result_->assumptions)
            html += "<li>" + displayUnits(QString::fromStdString(a)).toHtmlEscaped() + "</li>";
        html += "</ul>";
    }
    if (!result_->warnings.empty()) {
        html += tr("<p><b>Warnings:</b><ul>");
        for (const auto& w : result_->warnings)
            html += "<li>" + displayUnits(QString::fromStdString(w)).toHtmlEscaped() + "</li>";
        html += "</ul>";
    }
    summary_->setHtml(html);
}

} // namespace aifp::ui
