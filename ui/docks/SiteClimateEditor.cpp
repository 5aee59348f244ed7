#include "ui/docks/SiteClimateEditor.hpp"
#include "core/climate/Climate.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace aifp::ui {

namespace {

// The library, or null when it cannot be read (the message says why; typed-in still works).
const ClimateLibrary* library(QString* error = nullptr) {
    try {
        return &ClimateLibrary::builtin();
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

QString figureSource(const ClimateFigure& f) {
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(toString(f.confidence)),
                                        QString::fromStdString(f.source));
}

} // namespace

void fillClimateChoices(QComboBox* combo) {
    combo->clear();
    combo->addItem(QObject::tr("Typed-in design ambient"), QString());
    const ClimateLibrary* lib = library();
    if (!lib)
        return;
    for (const Climate& c : lib->locations()) {
        combo->addItem(QObject::tr("%1 (%2), %3 °C")
                           .arg(QString::fromStdString(c.name), QString::fromStdString(c.country),
                                localNumber(c.designDryBulbC.value, 1)),
                       QString::fromStdString(c.id));
        combo->setItemData(combo->count() - 1, climateSourcesText(c), Qt::ToolTipRole);
    }
}

QString climateDesignText(const Climate& c) {
    return QObject::tr("0.4 % design %1 °C dry-bulb / %2 °C wet-bulb (%3); monthly statistics "
                       "%4. Sources: hover here, or aifp-cli climate show %5")
        .arg(localNumber(c.designDryBulbC.value, 1), localNumber(c.designWetBulbC.value, 1),
             QString::fromLatin1(toString(c.designDryBulbC.confidence)),
             QString::fromLatin1(toString(c.monthlyConfidence)), QString::fromStdString(c.id));
}

QString climateSourcesText(const Climate& c) {
    return QObject::tr("Design dry-bulb: %1\nDesign wet-bulb: %2\nMonthly statistics: %3: %4")
        .arg(figureSource(c.designDryBulbC), figureSource(c.designWetBulbC),
             QString::fromLatin1(toString(c.monthlyConfidence)),
             QString::fromStdString(c.monthlySource));
}

SiteClimateEditor::SiteClimateEditor(Document* document, QWidget* parent)
    : QWidget(parent), document_(document) {
    setObjectName("SiteClimateEditor");
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above fields: fits a narrow dock
    climate_ = new QComboBox(this);
    climate_->setObjectName("site:climate");
    fillClimateChoices(climate_);
    // Long location names must not widen the dock.
    climate_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    climate_->setMinimumContentsLength(14);
    ambient_ = new QDoubleSpinBox(this);
    ambient_->setObjectName("site:designAmbientC");
    ambient_->setRange(kMinDesignAmbientC, kMaxDesignAmbientC);
    ambient_->setDecimals(1);
    ambient_->setSuffix(" °C");
    ambient_->setKeyboardTracking(false); // one command when the user is done typing
    form->addRow(tr("Site climate"), climate_);
    form->addRow(tr("Design ambient, dry-bulb"), ambient_);
    details_ = new QLabel(this);
    details_->setObjectName("site:climateDetails");
    details_->setWordWrap(true);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet("color: #b00020;");
    v->addLayout(form);
    v->addWidget(details_);
    v->addWidget(message_);

    connect(climate_, &QComboBox::activated, this, [this](int index) {
        if (!syncing_)
            chooseClimate(climate_->itemData(index).toString().toStdString());
    });
    connect(ambient_, &QDoubleSpinBox::valueChanged, this, [this](double dryBulbC) {
        if (!syncing_)
            setDesignAmbientC(dryBulbC);
    });
    connect(document_, &Document::changed, this, [this] { sync(); });
    sync();
}

QString SiteClimateEditor::message() const {
    return message_->text();
}

bool SiteClimateEditor::chooseClimate(const std::string& climateId) {
    const Site& site = document_->design().site;
    message_->clear();
    if (climateId == site.climateId)
        return true;
    DesignPatch p = sitePatch(document_->design(), [&](Site& s) { s.climateId = climateId; });
    QString what = tr("typed-in design ambient");
    if (!climateId.empty()) {
        QString error;
        const ClimateLibrary* lib = library(&error);
        const Climate* c = lib ? lib->find(climateId) : nullptr;
        if (!c) {
            message_->setText(
                tr("Refused: '%1' is not in the climate library%2")
                    .arg(QString::fromStdString(climateId), error.isEmpty() ? "" : ": " + error));
            sync();
            return false;
        }
        // The typed-in value follows the location, so switching back starts from its figure.
        p.siteAfter->designAmbientC = c->designDryBulbC.value;
        what = QString::fromStdString(c->name);
    }
    // Stepping through the combo with the arrow keys merges into one undo step.
    document_->push(new ChangeValueCommand(document_, std::move(p), "site.climateId",
                                           tr("Set site climate to %1").arg(what)));
    return true;
}

bool SiteClimateEditor::setDesignAmbientC(double dryBulbC) {
    const Site& site = document_->design().site;
    message_->clear();
    if (!std::isfinite(dryBulbC) || dryBulbC < kMinDesignAmbientC ||
        dryBulbC > kMaxDesignAmbientC) {
        message_->setText(tr("Refused: design ambient must be within %1..%2 °C")
                              .arg(kMinDesignAmbientC)
                              .arg(kMaxDesignAmbientC));
        sync();
        return false;
    }
    if (!site.climateId.empty()) {
        message_->setText(tr("Refused: the design ambient comes from the site climate; choose "
                             "\"Typed-in design ambient\" to type one"));
        sync();
        return false;
    }
    if (dryBulbC == site.designAmbientC)
        return true;
    DesignPatch p = sitePatch(document_->design(), [&](Site& s) { s.designAmbientC = dryBulbC; });
    document_->push(
        new ChangeValueCommand(document_, std::move(p), "site.designAmbientC",
                               tr("Set design ambient to %1 °C").arg(localNumber(dryBulbC, 1))));
    return true;
}

void SiteClimateEditor::sync() {
    syncing_ = true;
    const Site& site = document_->design().site;
    int index = climate_->findData(QString::fromStdString(site.climateId));
    const ClimateLibrary* lib = library();
    const Climate* c = lib && !site.climateId.empty() ? lib->find(site.climateId) : nullptr;
    if (index < 0) {
        // A project naming a location this library lacks: shown, and the estimate says why.
        climate_->addItem(
            tr("%1 (not in the climate library)").arg(QString::fromStdString(site.climateId)),
            QString::fromStdString(site.climateId));
        index = climate_->count() - 1;
    }
    climate_->setCurrentIndex(index);
    ambient_->setValue(c ? c->designDryBulbC.value : site.designAmbientC);
    ambient_->setEnabled(site.climateId.empty());
    details_->setToolTip(c ? climateSourcesText(*c) : QString());
    if (c)
        details_->setText(climateDesignText(*c) +
                          tr(". PUE annual integrates the plant over this location's year."));
    else if (site.climateId.empty())
        details_->setText(tr("No location: no wet-bulb is known (no adiabatic credit) and PUE "
                             "annual equals the design-ambient figure at typical load."));
    else
        details_->clear();
    syncing_ = false;
}

} // namespace aifp::ui
