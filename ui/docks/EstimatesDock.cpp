#include "ui/docks/EstimatesDock.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/estimate/ServingText.hpp"
#include "ui/commands/AssumptionOverrideCommand.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/docks/AssumptionTableModel.hpp"
#include "ui/docks/DockMenus.hpp"
#include "ui/docks/EstimateCharts.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/HeadlineFigures.hpp"
#include "ui/docks/ModelsDialog.hpp"
#include "ui/docks/ParetoChart.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aifp::ui {

namespace {

QChartView* newChartView() {
    auto* v = new QChartView;
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(120); // i19: shrinks with the dock so the window fits 1366 x 768
    return v;
}

// Replaces the view's chart; QChartView gives the previous one back to us.
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void fillCombo(QComboBox* box, const std::vector<std::string>& items) {
    for (const auto& s : items)
        box->addItem(QString::fromStdString(s));
}

} // namespace

EstimatesDock::EstimatesDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Estimates"), parent), document_(document), runner_(new EstimateRunner(this)),
      modelBox_(new QComboBox), scenarioBox_(new QComboBox), precisionBox_(new QComboBox),
      status_(new QLabel), powerView_(newChartView()), tokensView_(newChartView()),
      ttftView_(newChartView()), costView_(newChartView()), notes_(new QLabel),
      assumptionModel_(new AssumptionTableModel(this)), assumptionView_(new QTableView),
      resetButton_(new QPushButton(tr("Reset to default"))) {
    setObjectName("EstimatesDock");
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(newSelectorRow());
    layout->addLayout(newProcurementRow());
    addStatusLines(layout);
    layout->addLayout(newHeadlineGrid());
    layout->addWidget(newTabs(), 1);
    // i19: in a scroll area, so the dock (tabbed at the bottom) can be shorter than its content.
    auto* scroll = new QScrollArea;
    scroll->setObjectName("estimatesScroll");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    replaceChart(powerView_, new QChart);
    replaceChart(tokensView_, new QChart);
    replaceChart(ttftView_, new QChart);
    replaceChart(costView_, new QChart);

    connectSignals();
    updateResetButton();
    syncSelectors();
    requestEstimate();
}

// Selectors: the serving model, scenario and precision of design.settings (the model list is
// filled by syncSelectors: shipped and project models).
QHBoxLayout* EstimatesDock::newSelectorRow() {
    fillCombo(scenarioBox_, estimateScenarios());
    fillCombo(precisionBox_, estimatePrecisions());
    modelBox_->setObjectName("estimateModel");
    scenarioBox_->setObjectName("estimateScenario");
    precisionBox_->setObjectName("estimatePrecision");
    auto* selectors = new QHBoxLayout;
    selectors->addWidget(new QLabel(tr("Model")));
    selectors->addWidget(modelBox_, 1);
    auto* modelsButton = new QPushButton(tr("Models…"));
    modelsButton->setObjectName("modelsButton");
    modelsButton->setToolTip(tr("Shipped and project models; add a Hugging Face config.json"));
    connect(modelsButton, &QPushButton::clicked, this, [this] {
        ModelsDialog dialog(document_, this);
        dialog.exec();
    });
    selectors->addWidget(modelsButton);
    selectors->addWidget(new QLabel(tr("Scenario")));
    selectors->addWidget(scenarioBox_);
    selectors->addWidget(new QLabel(tr("Precision")));
    selectors->addWidget(precisionBox_);
    return selectors;
}

// Build or rent: how the capacity is procured and the horizon its TCO covers.
QHBoxLayout* EstimatesDock::newProcurementRow() {
    procurementBox_ = new QComboBox;
    procurementBox_->setObjectName("procurementBox");
    procurementBox_->addItem(tr("Build"), int(Procurement::Build));
    procurementBox_->addItem(tr("Rent a colocation hall"), int(Procurement::Colocation));
    procurementBox_->addItem(tr("Rent cloud GPUs"), int(Procurement::Cloud));
    procurementBox_->setToolTip(tr("Build the factory, rent a ready hall for the IT equipment, or "
                                   "rent the GPUs by the hour (docs/options.md)"));
    rentTermSpin_ = new QSpinBox;
    rentTermSpin_->setObjectName("rentTermSpin");
    rentTermSpin_->setRange(kMinRentTermMonths, kMaxRentTermMonths);
    rentTermSpin_->setSuffix(tr(" months"));
    rentTermSpin_->setToolTip(tr("Colocation term or cloud commitment, paid in full"));
    tcoHorizonSpin_ = new QSpinBox;
    tcoHorizonSpin_->setObjectName("tcoHorizonSpin");
    tcoHorizonSpin_->setRange(kMinTcoHorizonYears, kMaxTcoHorizonYears);
    tcoHorizonSpin_->setSuffix(tr(" years"));
    tcoHorizonSpin_->setToolTip(tr("Years of operation the total cost of ownership covers"));
    tcoLabel_ = new QLabel(QStringLiteral("-"));
    tcoLabel_->setObjectName("tcoLabel");
    tcoLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* procurementRow = new QHBoxLayout;
    procurementRow->addWidget(new QLabel(tr("Procurement")));
    procurementRow->addWidget(procurementBox_);
    procurementRow->addWidget(new QLabel(tr("Term")));
    procurementRow->addWidget(rentTermSpin_);
    procurementRow->addWidget(new QLabel(tr("TCO over")));
    procurementRow->addWidget(tcoHorizonSpin_);
    procurementRow->addWidget(tcoLabel_, 1);
    return procurementRow;
}

// The status line and, under it, the errors banner (setDesignErrors).
void EstimatesDock::addStatusLines(QVBoxLayout* layout) {
    status_->setWordWrap(true);
    layout->addWidget(status_);
    // --- i19: errors banner (setDesignErrors) ---
    errorBanner_ = new QLabel;
    errorBanner_->setObjectName("estimateErrorBanner");
    errorBanner_->setWordWrap(true);
    errorBanner_->setStyleSheet(
        "background: #fde2c0; color: #5a3000; border: 1px solid #e0a050; padding: 3px;");
    errorBanner_->hide();
    layout->addWidget(errorBanner_);
    // --- end i19 ---
}

// Headline figures, four to a row.
QGridLayout* EstimatesDock::newHeadlineGrid() {
    auto* grid = new QGridLayout;
    int i = 0;
    for (const HeadlineFigure& f : headlineFigures(FactoryEstimate{})) {
        auto* caption = new QLabel(f.caption);
        caption->setStyleSheet("color: palette(mid); font-size: small;");
        auto* value = new QLabel(QStringLiteral("-"));
        value->setObjectName("figure_" + f.key);
        value->setStyleSheet("font-weight: bold; font-size: large;");
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(caption);
        cell->addWidget(value);
        grid->addLayout(cell, i / 4, i % 4);
        figures_.insert(f.key, value);
        ++i;
    }
    return grid;
}

// The tabs: power, models (tokens/s and TTFT charts with their notes), per-user speed, cost
// and assumptions.
QTabWidget* EstimatesDock::newTabs() {
    auto* tabs = new QTabWidget;
    tabs->setObjectName("estimateTabs");
    tabs->addTab(powerView_, tr("Power"));
    auto* modelsPage = new QWidget;
    auto* modelsLayout = new QVBoxLayout(modelsPage);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(tokensView_);
    split->addWidget(ttftView_);
    modelsLayout->addWidget(split, 1);
    notes_->setWordWrap(true);
    notes_->setObjectName("estimateNotes");
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* notesScroll = new QScrollArea;
    notesScroll->setWidget(notes_);
    notesScroll->setWidgetResizable(true);
    notesScroll->setMaximumHeight(110);
    modelsLayout->addWidget(notesScroll);
    tabs->addTab(modelsPage, tr("Models"));
    pareto_ = new ParetoChart;
    tabs->addTab(pareto_, tr("Per-user speed"));
    tabs->addTab(costView_, tr("Cost"));
    tabs->addTab(newAssumptionsPage(), tr("Assumptions"));
    return tabs;
}

// The editable assumptions table, its colour legend and the reset button.
QWidget* EstimatesDock::newAssumptionsPage() {
    auto* assumptionsPage = new QWidget;
    auto* al = new QVBoxLayout(assumptionsPage);
    assumptionView_->setModel(assumptionModel_);
    assumptionView_->setObjectName("estimateAssumptions");
    assumptionView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    assumptionView_->setSelectionMode(QAbstractItemView::SingleSelection);
    assumptionView_->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    assumptionView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    assumptionView_->horizontalHeader()->setStretchLastSection(true);
    assumptionView_->verticalHeader()->hide();
    al->addWidget(assumptionView_, 1);
    auto* row = new QHBoxLayout;
    auto* legend =
        new QLabel(tr("<span style='background:#ffe4b5'>&nbsp;assumption / unverified&nbsp;</span> "
                      "<span style='background:#fffacd'>&nbsp;secondary source&nbsp;</span> "
                      "<span style='background:#c8dcff'>&nbsp;<b>user override</b>&nbsp;</span> "
                      "&mdash; double-click a value to edit it"));
    row->addWidget(legend, 1);
    resetButton_->setObjectName("resetAssumption");
    row->addWidget(resetButton_);
    al->addLayout(row);
    return assumptionsPage;
}

// The estimate follows the document; the selectors and assumption edits become commands.
void EstimatesDock::connectSignals() {
    connect(runner_, &EstimateRunner::finished, this, &EstimatesDock::showSnapshot);
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (change.kind == DesignChange::Kind::Reset || change.settingsChanged)
            syncSelectors();
        // A variant switched back to, unchanged since: its estimate at once.
        if (document_->switchingVariant() &&
            runner_->showKept(document_->variantStamp(document_->activeVariant())))
            return;
        if (change.kind == DesignChange::Kind::Reset)
            clearForNewDesign(); // the figures shown are the previous design's
        requestEstimate();
    });
    auto onBox = [this](QComboBox* box, const QString& which) {
        connect(box, &QComboBox::currentTextChanged, this, [this, which](const QString& text) {
            if (!syncing_)
                setSetting(which, text);
        });
    };
    onBox(modelBox_, "modelId");
    onBox(scenarioBox_, "scenario");
    onBox(precisionBox_, "precision");
    connect(procurementBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!syncing_)
            setProcurement(procurementBox_->currentData().toInt(), rentTermSpin_->value(),
                           tcoHorizonSpin_->value());
    });
    for (QSpinBox* spin : {rentTermSpin_, tcoHorizonSpin_})
        connect(spin, &QSpinBox::editingFinished, this, [this] {
            if (!syncing_)
                setProcurement(procurementBox_->currentData().toInt(), rentTermSpin_->value(),
                               tcoHorizonSpin_->value());
        });
    connect(assumptionModel_, &AssumptionTableModel::overrideRequested, this,
            [this](const QString& key, double value) {
                document_->push(new AssumptionOverrideCommand(document_, key.toStdString(), value));
            });
    connect(assumptionModel_, &AssumptionTableModel::editRefused, this,
            &EstimatesDock::statusMessage);
    connect(resetButton_, &QPushButton::clicked, this, &EstimatesDock::resetCurrentAssumption);
    connect(assumptionView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EstimatesDock::updateResetButton);
    connect(assumptionModel_, &QAbstractItemModel::modelReset, this,
            &EstimatesDock::updateResetButton);
}

EstimatesDock::~EstimatesDock() = default;

const EstimateSnapshot& EstimatesDock::snapshot() const {
    return runner_->latest();
}

QString EstimatesDock::figureText(const QString& key) const {
    const QLabel* l = figures_.value(key, nullptr);
    return l ? l->text() : QString();
}

void EstimatesDock::requestEstimate() {
    status_->setText(tr("Estimating…"));
    runner_->request(jobDesignSource(document_->backgroundDesign()),
                     document_->variantStamp(document_->activeVariant()));
}

void EstimatesDock::syncSelectors() {
    syncing_ = true;
    const DesignSettings& s = document_->design().settings;
    auto select = [](QComboBox* box, const std::string& value) {
        const QString v = QString::fromStdString(value);
        if (box->findText(v) < 0)
            box->addItem(v); // an id the file names but the library lacks: shown, not hidden
        box->setCurrentText(v);
    };
    // Shipped models, then the project's own (Design::userModels) not already listed.
    modelBox_->clear();
    try {
        for (const ModelSpec& m : ModelLibrary::builtin().models())
            modelBox_->addItem(QString::fromStdString(m.id));
    } catch (const std::exception& e) {
        status_->setText(tr("Models file: %1").arg(QString::fromUtf8(e.what())));
    }
    for (const UserModel& m : document_->design().userModels)
        if (modelBox_->findText(QString::fromStdString(m.id)) < 0)
            modelBox_->addItem(QString::fromStdString(m.id));
    select(modelBox_, s.modelId);
    select(scenarioBox_, s.scenario);
    select(precisionBox_, s.precision);
    procurementBox_->setCurrentIndex(
        std::max(0, procurementBox_->findData(static_cast<int>(s.procurement))));
    rentTermSpin_->setValue(s.rentTermMonths);
    rentTermSpin_->setEnabled(s.procurement != Procurement::Build);
    tcoHorizonSpin_->setValue(s.tcoHorizonYears);
    syncing_ = false;
}

void EstimatesDock::setProcurement(int procurement, int termMonths, int horizonYears) {
    DesignPatch patch;
    patch.settingsBefore = document_->design().settings;
    DesignSettings after = *patch.settingsBefore;
    after.procurement = static_cast<Procurement>(procurement);
    after.rentTermMonths = termMonths;
    after.tcoHorizonYears = horizonYears;
    if (after == *patch.settingsBefore)
        return;
    patch.settingsAfter = after;
    // One property per field: repeated edits of one field merge, different fields do not.
    QString text;
    std::string property;
    if (after.procurement != patch.settingsBefore->procurement) {
        text = tr("Set procurement to %1").arg(procurementBox_->currentText());
        property = "settings.procurement";
    } else if (after.rentTermMonths != patch.settingsBefore->rentTermMonths) {
        text = tr("Set rent term to %1 months").arg(termMonths);
        property = "settings.rentTermMonths";
    } else {
        text = tr("Set TCO horizon to %1 years").arg(horizonYears);
        property = "settings.tcoHorizonYears";
    }
    document_->push(new ChangeValueCommand(document_, std::move(patch), property, text));
}

QString EstimatesDock::tcoText() const {
    return tcoLabel_->text();
}

void EstimatesDock::setSetting(const QString& which, const QString& value) {
    DesignPatch patch;
    patch.settingsBefore = document_->design().settings;
    DesignSettings after = *patch.settingsBefore;
    std::string* field = which == "modelId"    ? &after.modelId
                         : which == "scenario" ? &after.scenario
                                               : &after.precision;
    if (*field == value.toStdString())
        return;
    *field = value.toStdString();
    patch.settingsAfter = after;
    document_->push(new ChangeValueCommand(document_, std::move(patch),
                                           "settings." + which.toStdString(),
                                           tr("Set estimate %1 to %2").arg(which, value)));
}

void EstimatesDock::showSnapshot() {
    const EstimateSnapshot& s = runner_->latest();
    if (runner_->busy())
        status_->setText(tr("Estimating…"));
    else if (!s.ok)
        status_->setText(tr("No estimate: %1").arg(QString::fromStdString(s.error)));
    else
        status_->setText(tr("%1, %2, %3; tokens/s ±%4 %")
                             .arg(QString::fromStdString(s.estimate.modelId),
                                  QString::fromStdString(s.estimate.scenario),
                                  QString::fromStdString(s.estimate.precision))
                             .arg(s.estimate.errorBandFraction * 100.0, 0, 'f', 0));
    const FactoryEstimate shown = s.ok ? s.estimate : FactoryEstimate{};
    if (s.ok) {
        const OwnershipCost& o = s.estimate.ownership;
        const QLocale locale;
        tcoLabel_->setText(tr("TCO %1 M %2 (%3 M before first token), %4 %2 per million tokens")
                               .arg(locale.toString(o.tcoUsd / 1e6, 'f', 1),
                                    QString::fromStdString(s.estimate.currency),
                                    locale.toString(o.upfrontUsd / 1e6, 'f', 1),
                                    locale.toString(o.costPerMillionTokensUsd, 'f', 3)));
        tcoLabel_->setToolTip(QString::fromStdString(o.basis));
    } else {
        tcoLabel_->setText(QStringLiteral("-"));
    }
    for (const HeadlineFigure& f : headlineFigures(shown))
        if (QLabel* l = figures_.value(f.key, nullptr))
            l->setText(s.ok ? f.text : QStringLiteral("-"));
    if (s.ok) {
        replaceChart(powerView_, makePowerChart(s.estimate));
        replaceChart(tokensView_, makeModelTokensChart(s));
        replaceChart(ttftView_, makeModelTtftChart(s));
        replaceChart(costView_, makeCostChart(s.estimate));
    } else {
        for (QChartView* v : {powerView_, tokensView_, ttftView_, costView_})
            replaceChart(v, new QChart);
    }
    {
        const Design& d = document_->design();
        try {
            pareto_->showCurve(s.ok ? s.systemId : std::string(), d.settings.modelId,
                               d.settings.precision, d.settings.userTokensPerS,
                               document_->catalog(),
                               ModelLibrary::builtin().withUserModels(d.userModels));
        } catch (const ModelLibraryError& e) {
            pareto_->showMessage(QString::fromStdString(e.what()));
        }
    }
    QStringList notes;
    // How each system type serves: replica shape and where the mean decode step goes, in the
    // user's number style.
    const display::NumberStyle style = numberStyleOf();
    if (s.ok)
        for (const std::string& line : servingLines(s.estimate, [&style](double v, int decimals) {
                 return display::formatNumber(v, decimals, style);
             }))
            notes << QString::fromStdString(line);
    for (const ModelScenarioFigure& f : s.perModel)
        if (!f.served)
            notes << tr("%1 / %2: skipped, %3")
                         .arg(QString::fromStdString(f.modelId), QString::fromStdString(f.scenario),
                              QString::fromStdString(f.note));
    for (const std::string& n : s.estimate.notes)
        notes << QString::fromStdString(n);
    notes_->setText(notes.isEmpty() ? tr("No notes.") : "• " + notes.join("\n• "));
    // Keep the edited row current across the model reset.
    const int current = assumptionView_->currentIndex().row();
    const std::string key = current >= 0 && current < assumptionModel_->rowCount()
                                ? assumptionModel_->assumption(current).id
                                : std::string();
    assumptionModel_->setAssumptions(
        s.ok ? s.estimate.assumptions : std::vector<EstimateAssumption>{}, s.overrides);
    if (const int r = assumptionModel_->rowOf(key); r >= 0)
        assumptionView_->setCurrentIndex(assumptionModel_->index(r, AssumptionTableModel::Value));
    assumptionView_->resizeColumnsToContents();
    updateResetButton();
}

void EstimatesDock::clearForNewDesign() {
    for (QLabel* l : figures_)
        l->setText(QStringLiteral("-"));
    for (QChartView* v : {powerView_, tokensView_, ttftView_, costView_})
        replaceChart(v, new QChart);
    notes_->clear();
    assumptionModel_->setAssumptions({}, {});
    setDesignErrors(0);
    status_->setText(tr("Estimating the new design…"));
}

void EstimatesDock::updateResetButton() {
    const int r = assumptionView_->currentIndex().row();
    resetButton_->setEnabled(assumptionModel_->isOverridden(r));
}

void EstimatesDock::resetCurrentAssumption() {
    const int r = assumptionView_->currentIndex().row();
    if (!assumptionModel_->isOverridden(r))
        return;
    document_->push(
        new AssumptionOverrideCommand(document_, assumptionModel_->assumption(r).id, std::nullopt));
}

// --- i19: honest estimates ---
void EstimatesDock::setDesignErrors(int errorCount) {
    errorBanner_->setText(
        tr("%n error(s): figures assume missing plant (see Findings)", nullptr, errorCount));
    errorBanner_->setVisible(errorCount > 0);
}

QString EstimatesDock::errorBannerText() const {
    return errorBanner_->isVisible() ? errorBanner_->text() : QString();
}
// --- end i19 ---

EstimatesDock* installEstimatesDock(QMainWindow* window, Document* document) {
    auto* dock = new EstimatesDock(document, window);
    addDockToWindow(window, dock, Qt::RightDockWidgetArea);
    QObject::connect(dock, &EstimatesDock::statusMessage, window,
                     [window](const QString& msg) { window->statusBar()->showMessage(msg, 8000); });
    return dock;
}

} // namespace aifp::ui
