#include "ui/docks/ScheduleDock.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/ScheduleThroughput.hpp"
#include "ui/commands/AssumptionOverrideCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/docks/DockMenus.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <regex>

namespace aifp::ui {

namespace {

// Runs taking longer than this move to a worker thread: half of an edit's budget (issue 15: a
// rack move, from mouse event to findings updated, under 20 ms), so a big design's schedule
// never holds the GUI thread after an edit.
constexpr qint64 kBackgroundThresholdMs = 10;
// Programmes kept for switching back to a variant (assumption: a few variants are compared in a
// session; a programme is a few hundred tasks).
constexpr std::size_t kKeptSchedules = 4;

struct RunOutput {
    std::shared_ptr<const ScheduleResult> result;
    QString error;
    qint64 ms = 0;
};

RunOutput runSchedule(const Design& design, const Catalog& catalog) {
    QElapsedTimer timer;
    timer.start();
    RunOutput out;
    try {
        ScheduleOptions options;
        options.catalog = &catalog;
        options.tokensPerSecond = scheduleThroughput(design, catalog).tokensPerSecond;
        out.result = std::make_shared<const ScheduleResult>(generateSchedule(design, options));
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    out.ms = timer.elapsed();
    return out;
}

// Milliseconds since the epoch of an ISO date at noon UTC (QDateTimeAxis coordinates).
qint64 msOf(const std::string& iso) {
    return QDateTime(QDate::fromString(QString::fromStdString(iso), Qt::ISODate), QTime(12, 0),
                     Qt::UTC)
        .toMSecsSinceEpoch();
}

QString fmtNumber(double v) {
    return QString::number(v, 'g', 6);
}

} // namespace

ScheduleDock::ScheduleDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Schedule"), parent), document_(document),
      runner_(new LatestJobRunner(QStringLiteral("aifp-schedule"), this)), kept_(kKeptSchedules) {
    setObjectName(QStringLiteral("scheduleDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buildHeadline(body));
    layout->addLayout(buildFastTrack(body));
    status_ = new QLabel(body);
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("scheduleStatus"));
    layout->addWidget(status_);
    layout->addWidget(buildViews(body), 1);
    setWidget(body);
    connectControls();
    recomputeNow();
}

QBoxLayout* ScheduleDock::buildHeadline(QWidget* body) {
    // Headline dates.
    auto* head = new QHBoxLayout;
    firstToken_ = new QLabel(body);
    fullCapacity_ = new QLabel(body);
    for (QLabel* l : {firstToken_, fullCapacity_}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.35);
        f.setBold(true);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    firstToken_->setObjectName(QStringLiteral("firstTokenLabel"));
    fullCapacity_->setObjectName(QStringLiteral("fullCapacityLabel"));
    head->addWidget(firstToken_);
    head->addSpacing(24);
    head->addWidget(fullCapacity_);
    head->addStretch(1);
    head->addWidget(new QLabel(tr("Delivery:"), body));
    delivery_ = new QComboBox(body);
    delivery_->setObjectName(QStringLiteral("deliveryCombo"));
    delivery_->addItem(tr("Traditional (stick-built)"), QStringLiteral("traditional"));
    delivery_->addItem(tr("Prefabricated modules"), QStringLiteral("prefab"));
    head->addWidget(delivery_);
    head->addWidget(new QLabel(tr("Start:"), body));
    start_ = new QDateEdit(body);
    start_->setObjectName(QStringLiteral("startDateEdit"));
    start_->setCalendarPopup(true);
    start_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    head->addWidget(start_);
    head->addWidget(new QLabel(tr("Zoom:"), body));
    zoom_ = new QComboBox(body);
    zoom_->setObjectName(QStringLiteral("zoomCombo"));
    zoom_->addItems({tr("Weeks"), tr("Months"), tr("Quarters")});
    head->addWidget(zoom_);
    return head;
}

QBoxLayout* ScheduleDock::buildFastTrack(QWidget* body) {
    // Fast track: what is already there, bridging power, priority supply, owned equipment.
    auto* fast = new QHBoxLayout;
    driver_ = new QLabel(body);
    driver_->setObjectName(QStringLiteral("driverLabel"));
    driver_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fast->addWidget(driver_, 1);
    fast->addWidget(new QLabel(tr("Site:"), body));
    readiness_ = new QComboBox(body);
    readiness_->setObjectName(QStringLiteral("readinessCombo"));
    readiness_->addItem(tr("Greenfield"), QStringLiteral("greenfield"));
    readiness_->addItem(tr("Powered land (grid and permits)"), QStringLiteral("powered-land"));
    readiness_->addItem(tr("Powered shell (building and power)"), QStringLiteral("powered-shell"));
    readiness_->addItem(tr("Ready hall (power, cooling, white space)"),
                        QStringLiteral("ready-hall"));
    fast->addWidget(readiness_);
    fast->addWidget(new QLabel(tr("Bridging power:"), body));
    bridge_ = new QDoubleSpinBox(body);
    bridge_->setObjectName(QStringLiteral("bridgePowerSpin"));
    bridge_->setRange(0.0, 5000.0);
    bridge_->setDecimals(0);
    bridge_->setSuffix(tr(" MW"));
    bridge_->setToolTip(tr("Temporary gas turbines or batteries energising scalable units before "
                           "the utility connection (0: none)"));
    fast->addWidget(bridge_);
    priority_ = new QCheckBox(tr("Supply priority"), body);
    priority_->setObjectName(QStringLiteral("supplyPriorityCheck"));
    priority_->setToolTip(
        tr("Vendor priority allocation of GPU racks (shorter lead time, premium)"));
    fast->addWidget(priority_);
    owned_ = new QToolButton(body);
    owned_->setObjectName(QStringLiteral("ownedButton"));
    owned_->setText(tr("Owned equipment"));
    owned_->setPopupMode(QToolButton::InstantPopup);
    owned_->setMenu(new QMenu(owned_));
    owned_->setToolTip(tr("Equipment already on site: its lead time is done"));
    fast->addWidget(owned_);
    return fast;
}

QWidget* ScheduleDock::buildViews(QWidget* body) {
    // Gantt | ramp chart, with the parameter table as a second tab.
    auto* tabs = new QTabWidget(body);
    auto* split = new QSplitter(Qt::Horizontal, tabs);
    auto* scroll = new QScrollArea(split);
    gantt_ = new GanttView;
    scroll->setWidget(gantt_);
    scroll->setWidgetResizable(false);
    scroll->setBackgroundRole(QPalette::Base);
    // The Gantt's label column is frozen: repaint all of it when scrolling sideways.
    connect(scroll->horizontalScrollBar(), &QScrollBar::valueChanged, gantt_,
            qOverload<>(&QWidget::update));
    rampView_ = new QChartView(split);
    rampView_->setObjectName(QStringLiteral("rampChart"));
    rampView_->setRenderHint(QPainter::Antialiasing);
    rampView_->setMinimumWidth(400);
    split->addWidget(scroll);
    split->addWidget(rampView_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    tabs->addTab(split, tr("Programme"));

    table_ = new QTableWidget(0, 5, tabs);
    table_->setObjectName(QStringLiteral("scheduleParameters"));
    table_->setHorizontalHeaderLabels(
        {tr("Lead time / duration"), tr("Value"), tr("Unit"), tr("Key"), tr("Source")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    tabs->addTab(table_, tr("Lead times and durations"));
    return tabs;
}

void ScheduleDock::connectControls() {
    connect(gantt_, &GanttView::taskActivated, this, &ScheduleDock::editTask);
    connect(gantt_, &GanttView::zoomChanged, this, [this](GanttView::Zoom z) {
        const QSignalBlocker block(zoom_);
        zoom_->setCurrentIndex(static_cast<int>(z));
    });
    connect(zoom_, &QComboBox::currentIndexChanged, this,
            [this](int i) { gantt_->setZoom(static_cast<GanttView::Zoom>(i)); });
    zoom_->setCurrentIndex(static_cast<int>(gantt_->zoom()));
    connect(delivery_, &QComboBox::activated, this,
            [this](int i) { setDelivery(delivery_->itemData(i).toString()); });
    connect(start_, &QDateEdit::editingFinished, this, [this] { setStartDate(start_->date()); });
    connect(readiness_, &QComboBox::activated, this,
            [this](int i) { setReadiness(readiness_->itemData(i).toString()); });
    connect(bridge_, &QDoubleSpinBox::editingFinished, this,
            [this] { setBridgePowerMw(bridge_->value()); });
    connect(priority_, &QCheckBox::clicked, this, [this](bool on) { setSupplyPriority(on); });
    // Queued: the edit re-fills the table, which must not happen inside the table's own signal.
    connect(table_, &QTableWidget::cellChanged, this, &ScheduleDock::editTableRow,
            Qt::QueuedConnection);
    // A new design: the previous one's programme goes at once (first, before the rerun).
    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (change.kind == DesignChange::Kind::Reset)
            clearForNewDesign();
    });
    // (A variant switched back to shows its kept programme right after: onChanged.)
    connect(document_, &Document::changed, this, &ScheduleDock::onChanged);
    connect(runner_, &LatestJobRunner::finished, this, &ScheduleDock::landed);
}

ScheduleDock::~ScheduleDock() = default;

bool ScheduleDock::busy() const {
    return runner_->busy();
}

QString ScheduleDock::firstTokenText() const {
    return result_ ? QString::fromStdString(result_->firstToken) : QString();
}

QString ScheduleDock::fullCapacityText() const {
    return result_ ? QString::fromStdString(result_->fullCapacity) : QString();
}

QString ScheduleDock::headlineText() const {
    return firstToken_->text();
}

QString ScheduleDock::driverText() const {
    return result_ ? QString::fromStdString(result_->driver) : QString();
}

void ScheduleDock::onChanged(const DesignChange& change) {
    refreshControls();
    const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
    if (change.kind == DesignChange::Kind::Reset && !document_->switchingVariant()) {
        // Another project: the last run's time says nothing about this design (a 1 GW campus
        // opened after a small one was scheduled on the window's thread, 0.3 s and more).
        launch();
        return;
    }
    if (document_->switchingVariant()) {
        // A variant switched back to, unchanged since: its programme at once; another one is
        // scheduled in the background (the last run's time says nothing about this design).
        if (const std::shared_ptr<const void> kept = kept_.find(stamp)) {
            runner_->cancel();
            const auto out = std::static_pointer_cast<const RunOutput>(kept);
            apply(out->result, out->error, out->ms);
        } else {
            launch();
        }
        return;
    }
    if (lastRunMs_ <= kBackgroundThresholdMs && !runner_->busy())
        recomputeNow();
    else
        launch();
}

void ScheduleDock::clearForNewDesign() {
    result_.reset();
    error_.clear();
    gantt_->clear();
    fillTable();
    fillRamp();
    status_->setText(tr("Scheduling the new design…"));
    status_->setStyleSheet(QString());
}

void ScheduleDock::keep(std::uint64_t stamp, std::shared_ptr<const void> output) {
    kept_.keep(stamp, std::move(output));
}

void ScheduleDock::recomputeNow() {
    runner_->cancel(); // a run in flight is now stale
    auto out =
        std::make_shared<const RunOutput>(runSchedule(document_->design(), document_->catalog()));
    keep(document_->variantStamp(document_->activeVariant()), out);
    apply(out->result, out->error, out->ms);
}

void ScheduleDock::launch() {
    status_->setText(tr("Rescheduling…"));
    // Read when the job starts, from a design of the mirror's that edits never need.
    DesignSource design = jobDesignSource(document_->backgroundDesign());
    auto catalog = document_->catalogSnapshot();
    const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
    // Latest only, never waited for: a newer request overtakes this one (LatestJobRunner).
    runner_->request([design, catalog, stamp](const std::function<bool()>&) -> std::any {
        const std::shared_ptr<const Design> d = design();
        if (!d)
            return {};
        return std::make_pair(stamp, std::make_shared<const RunOutput>(runSchedule(*d, *catalog)));
    });
}

void ScheduleDock::landed() {
    using Landed = std::pair<std::uint64_t, std::shared_ptr<const RunOutput>>;
    const auto* r = std::any_cast<Landed>(&runner_->latest());
    if (!r)
        return;
    keep(r->first, r->second);
    if (r->first == document_->variantStamp(document_->activeVariant()))
        apply(r->second->result, r->second->error, r->second->ms);
}

void ScheduleDock::apply(std::shared_ptr<const ScheduleResult> result, const QString& error,
                         qint64 ms) {
    lastRunMs_ = ms;
    error_ = error;
    if (result)
        result_ = *result;
    else
        result_.reset();
    refreshControls();
    if (result_) {
        gantt_->setSchedule(*result_);
        status_->setText(
            tr("%1 tasks, %2 on the critical path; scheduled in %3 ms.%4")
                .arg(result_->network.tasks.size())
                .arg(result_->cpm.criticalPath.size())
                .arg(ms)
                .arg(result_->notes.empty()
                         ? QString()
                         : QStringLiteral(" ") + QString::fromStdString(result_->notes.front())));
        status_->setStyleSheet(QString());
    } else {
        gantt_->clear();
        status_->setText(tr("Cannot schedule this design: %1").arg(error));
        status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    fillTable();
    fillRamp();
    emit scheduleUpdated();
}

void ScheduleDock::refreshControls() {
    const DesignSettings& s = document_->design().settings;
    {
        const QSignalBlocker b(delivery_);
        delivery_->setCurrentIndex(
            std::max(0, delivery_->findData(QString::fromStdString(s.delivery))));
    }
    {
        const QSignalBlocker b(start_);
        start_->setDate(QDate::fromString(QString::fromStdString(s.scheduleStart), Qt::ISODate));
    }
    {
        const QSignalBlocker b(readiness_);
        readiness_->setCurrentIndex(std::max(0, readiness_->findData(QString::fromLatin1(toString(
                                                    document_->design().site.readiness)))));
    }
    {
        const QSignalBlocker b(bridge_);
        bridge_->setValue(s.bridgePowerMw);
    }
    {
        const QSignalBlocker b(priority_);
        priority_->setChecked(s.supplyPriority);
    }
    fillOwnedMenu();
    if (result_) {
        firstToken_->setText(tr("First token in <span style='color:#28783c'>%1 weeks</span> (%2)")
                                 .arg(std::round(result_->firstTokenWeeks))
                                 .arg(QString::fromStdString(result_->firstToken)));
        fullCapacity_->setText(tr("Full capacity in <span style='color:#1e5aaa'>%1 weeks</span> "
                                  "(%2)")
                                   .arg(std::round(result_->fullCapacityWeeks))
                                   .arg(QString::fromStdString(result_->fullCapacity)));
        QString extra;
        if (result_->bridge)
            extra = tr("; bridging %1 MW carries %2 SUs until %3 (%4 M USD, %5 t CO2)")
                        .arg(result_->bridge->capacityMw)
                        .arg(result_->bridge->unitsBridged)
                        .arg(QString::fromStdString(result_->bridge->switchover))
                        .arg(result_->bridge->costUsd / 1e6, 0, 'f', 1)
                        .arg(std::round(result_->bridge->emissionsT));
        driver_->setText(tr("Driven by: <b>%1</b>%2")
                             .arg(QString::fromStdString(result_->driver).toHtmlEscaped(), extra));
    } else {
        firstToken_->setText(tr("First token: n/a"));
        fullCapacity_->setText(tr("Full capacity: n/a"));
        driver_->clear();
    }
}

void ScheduleDock::fillTable() {
    filling_ = true;
    const QSignalBlocker block(table_);
    table_->setRowCount(0);
    if (result_) {
        table_->setRowCount(static_cast<int>(result_->parameters.size()));
        int row = 0;
        for (const ScheduleParameter& p : result_->parameters) {
            auto* name = new QTableWidgetItem(QString::fromStdString(p.description));
            auto* value = new QTableWidgetItem(fmtNumber(p.value));
            auto* unit = new QTableWidgetItem(QString::fromStdString(p.unit));
            auto* key = new QTableWidgetItem(QString::fromStdString(p.key));
            auto* source = new QTableWidgetItem((p.assumption ? tr("Assumption: ") : QString()) +
                                                QString::fromStdString(p.source));
            for (QTableWidgetItem* it : {name, unit, key, source})
                it->setFlags(it->flags() & ~Qt::ItemIsEditable);
            value->setData(Qt::UserRole, QString::fromStdString(p.key));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (p.overridden) {
                QFont f = value->font();
                f.setBold(true);
                value->setFont(f);
                value->setToolTip(tr("Overridden (default %1)").arg(fmtNumber(p.defaultValue)));
            }
            if (p.assumption)
                name->setForeground(QColor(160, 90, 0));
            table_->setItem(row, 0, name);
            table_->setItem(row, 1, value);
            table_->setItem(row, 2, unit);
            table_->setItem(row, 3, key);
            table_->setItem(row, 4, source);
            ++row;
        }
    }
    filling_ = false;
}

void ScheduleDock::fillRamp() {
    auto* chart = new QChart;
    // Month names and axis numbers in the chosen language (QLocale's default).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Capacity ramp by date (SU by SU)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (result_ && !result_->ramp.empty()) {
        auto* mw = new QLineSeries;
        mw->setName(tr("MW energised (IT)"));
        auto* gpus = new QLineSeries;
        gpus->setName(tr("GPUs online"));
        QLineSeries* tps = nullptr;
        bool haveTokens = false;
        for (const RampWeek& w : result_->ramp)
            haveTokens = haveTokens || w.tokensPerSecond.has_value();
        if (haveTokens) {
            tps = new QLineSeries;
            tps->setName(tr("Million tokens/s online"));
        }
        // Step lines: the value holds through the week and jumps at the next one.
        double prevMw = 0.0, prevGpus = 0.0, prevTps = 0.0;
        double maxMw = 0.0, maxGpus = 0.0, maxTps = 0.0;
        for (const RampWeek& w : result_->ramp) {
            const double x = static_cast<double>(msOf(w.date));
            const double t = w.tokensPerSecond.value_or(0.0) / 1e6;
            mw->append(x, prevMw);
            mw->append(x, w.mwEnergized);
            gpus->append(x, prevGpus);
            gpus->append(x, static_cast<double>(w.gpusOnline));
            if (tps) {
                tps->append(x, prevTps);
                tps->append(x, t);
            }
            prevMw = w.mwEnergized;
            prevGpus = static_cast<double>(w.gpusOnline);
            prevTps = t;
            maxMw = std::max(maxMw, prevMw);
            maxGpus = std::max(maxGpus, prevGpus);
            maxTps = std::max(maxTps, t);
        }
        chart->addSeries(mw);
        chart->addSeries(gpus);
        auto* ax = new QDateTimeAxis;
        ax->setTitleText(tr("Date (end of programme week)"));
        ax->setFormat(QStringLiteral("MMM yyyy"));
        ax->setTickCount(6);
        ax->setRange(QDateTime::fromMSecsSinceEpoch(msOf(result_->ramp.front().weekStart), Qt::UTC),
                     QDateTime::fromMSecsSinceEpoch(msOf(result_->ramp.back().date), Qt::UTC));
        chart->addAxis(ax, Qt::AlignBottom);
        auto* ayMw = new QValueAxis;
        ayMw->setTitleText(tr("MW"));
        ayMw->setRange(0, std::max(1.0, maxMw * 1.1));
        ayMw->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(ayMw, Qt::AlignLeft);
        auto* ayGpu = new QValueAxis;
        ayGpu->setTitleText(tr("GPUs"));
        ayGpu->setRange(0, std::max(1.0, maxGpus * 1.1));
        ayGpu->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(ayGpu, Qt::AlignRight);
        mw->attachAxis(ax);
        mw->attachAxis(ayMw);
        gpus->attachAxis(ax);
        gpus->attachAxis(ayGpu);
        if (tps) {
            chart->addSeries(tps);
            auto* ayT = new QValueAxis;
            ayT->setTitleText(tr("M tokens/s"));
            ayT->setRange(0, std::max(1e-3, maxTps * 1.1));
            chart->addAxis(ayT, Qt::AlignRight);
            tps->attachAxis(ax);
            tps->attachAxis(ayT);
        }
    }
    QChart* old = rampView_->chart();
    rampView_->setChart(chart);
    delete old;
}

std::string ScheduleDock::parameterKeyOf(const ScheduleTask& task) const {
    if (!result_ || (task.durationDays <= 0.0 && task.kind.rfind("milestone", 0) == 0))
        return {};
    // The generator names the parameter in each task's basis ("26 weeks
    // (schedule.lead.transformer_weeks)"); only lead times and durations are task edits.
    static const std::regex keyRe("schedule\\.(lead|duration)\\.[a-z0-9_]+");
    for (std::sregex_iterator it(task.basis.begin(), task.basis.end(), keyRe), end; it != end;
         ++it) {
        const std::string key = it->str();
        for (const ScheduleParameter& p : result_->parameters)
            if (p.key == key && key != "schedule.lead.batch_interval_weeks" &&
                key != "schedule.duration.shell_stagger_days")
                return key;
    }
    return {};
}

bool ScheduleDock::setParameter(const std::string& key, double value) {
    if (!result_ || !std::isfinite(value))
        return false;
    for (const ScheduleParameter& p : result_->parameters) {
        if (p.key != key)
            continue;
        if (value < 0.0 || (p.positive && value <= 0.0)) {
            status_->setText(tr("%1 must be %2 0")
                                 .arg(QString::fromStdString(key))
                                 .arg(p.positive ? QStringLiteral(">") : QStringLiteral(">=")));
            return false;
        }
        // Back to the default: remove the override rather than pin the default.
        if (value == p.defaultValue)
            document_->push(new AssumptionOverrideCommand(document_, key, std::nullopt));
        else
            document_->push(new AssumptionOverrideCommand(document_, key, value));
        return true;
    }
    return false;
}

void ScheduleDock::setDelivery(const QString& delivery) {
    const Design& d = document_->design();
    if (QString::fromStdString(d.settings.delivery) == delivery)
        return;
    const DesignPatch p =
        settingsPatch(d, [&](DesignSettings& s) { s.delivery = delivery.toStdString(); });
    document_->push(new PatchCommand(document_, p, tr("Set delivery model to %1").arg(delivery)));
}

void ScheduleDock::setStartDate(const QDate& date) {
    const Design& d = document_->design();
    const std::string iso = date.toString(Qt::ISODate).toStdString();
    if (!date.isValid() || d.settings.scheduleStart == iso)
        return;
    const DesignPatch p = settingsPatch(d, [&](DesignSettings& s) { s.scheduleStart = iso; });
    document_->push(new PatchCommand(
        document_, p, tr("Set schedule start to %1").arg(QString::fromStdString(iso))));
}

void ScheduleDock::setReadiness(const QString& readiness) {
    const Design& d = document_->design();
    SiteReadiness r = d.site.readiness;
    if (!fromString(readiness.toStdString(), r) || r == d.site.readiness)
        return;
    const DesignPatch p = sitePatch(d, [&](Site& s) { s.readiness = r; });
    document_->push(new PatchCommand(document_, p, tr("Set site readiness to %1").arg(readiness)));
}

void ScheduleDock::setBridgePowerMw(double mw) {
    const Design& d = document_->design();
    if (!std::isfinite(mw) || mw < 0.0 || mw == d.settings.bridgePowerMw)
        return;
    const DesignPatch p = settingsPatch(d, [&](DesignSettings& s) { s.bridgePowerMw = mw; });
    document_->push(new PatchCommand(document_, p, tr("Set bridging power to %1 MW").arg(mw)));
}

void ScheduleDock::setSupplyPriority(bool on) {
    const Design& d = document_->design();
    if (d.settings.supplyPriority == on)
        return;
    const DesignPatch p = settingsPatch(d, [&](DesignSettings& s) { s.supplyPriority = on; });
    document_->push(new PatchCommand(
        document_, p, on ? tr("Use supply priority for GPU racks") : tr("No supply priority")));
}

void ScheduleDock::setOwned(const std::string& equipmentClass,
                            std::optional<std::string> onSiteDate) {
    const Design& d = document_->design();
    std::vector<OwnedEquipment> after;
    for (const OwnedEquipment& o : d.ownedEquipment)
        if (o.equipmentClass != equipmentClass)
            after.push_back(o);
    if (onSiteDate)
        after.push_back({equipmentClass, *onSiteDate});
    if (after == d.ownedEquipment)
        return;
    DesignPatch p;
    p.ownedBefore = d.ownedEquipment;
    p.ownedAfter = after;
    document_->push(new PatchCommand(
        document_, p,
        onSiteDate ? tr("Own %1").arg(QString::fromStdString(equipmentClass))
                   : tr("Do not own %1").arg(QString::fromStdString(equipmentClass))));
}

void ScheduleDock::fillOwnedMenu() {
    QMenu* menu = owned_->menu();
    menu->clear();
    const auto& owned = document_->design().ownedEquipment;
    int count = 0;
    for (const auto& [cls, covers] : ownedEquipmentClasses()) {
        QAction* a = menu->addAction(QString::fromStdString(cls + " (" + covers + ")"));
        a->setCheckable(true);
        a->setObjectName(QString::fromStdString("owned-" + cls));
        std::string date;
        bool isOwned = false;
        for (const OwnedEquipment& o : owned)
            if (o.equipmentClass == cls) {
                isOwned = true;
                date = o.onSiteDate;
            }
        a->setChecked(isOwned);
        if (isOwned) {
            ++count;
            if (!date.empty())
                a->setText(a->text() + tr(": on site %1").arg(QString::fromStdString(date)));
        }
        const std::string c = cls;
        // Queued: the edit rebuilds this menu, which must not delete the action in its signal.
        connect(
            a, &QAction::triggered, this,
            [this, c](bool on) {
                setOwned(c, on ? std::optional<std::string>(std::string()) : std::nullopt);
            },
            Qt::QueuedConnection);
    }
    owned_->setText(count ? tr("Owned equipment (%1)").arg(count) : tr("Owned equipment"));
}

void ScheduleDock::editTask(int taskIndex) {
    if (!result_ || taskIndex < 0 || taskIndex >= static_cast<int>(result_->network.tasks.size()))
        return;
    const ScheduleTask task = result_->network.tasks[static_cast<std::size_t>(taskIndex)];
    const std::string key = parameterKeyOf(task);
    if (key.empty()) {
        status_->setText(
            tr("\"%1\" has no single lead time or duration to edit (%2).")
                .arg(QString::fromStdString(task.name), QString::fromStdString(task.basis)));
        return;
    }
    const ScheduleParameter* param = nullptr;
    for (const ScheduleParameter& p : result_->parameters)
        if (p.key == key)
            param = &p;
    bool ok = false;
    const double v = QInputDialog::getDouble(
        this, tr("Edit %1").arg(QString::fromStdString(task.name)),
        tr("%1 (%2), %3:")
            .arg(QString::fromStdString(param->description), QString::fromStdString(key),
                 QString::fromStdString(param->unit)),
        param->value, 0.0, 1e6, 1, &ok);
    if (ok)
        setParameter(key, v);
}

void ScheduleDock::editTableRow(int row, int column) {
    if (filling_ || column != 1)
        return;
    QTableWidgetItem* it = table_->item(row, 1);
    if (!it)
        return;
    bool ok = false;
    const double v = it->text().toDouble(&ok);
    const std::string key = it->data(Qt::UserRole).toString().toStdString();
    if (!ok || !setParameter(key, v)) {
        if (!ok)
            status_->setText(
                tr("\"%1\" is not a number (%2)").arg(it->text(), QString::fromStdString(key)));
        fillTable(); // restore the shown value
    }
}

ScheduleDock* installScheduleDock(QMainWindow* window, Document* document) {
    auto* dock = new ScheduleDock(document, window);
    addDockToWindow(window, dock, Qt::BottomDockWidgetArea);
    for (QDockWidget* other : window->findChildren<QDockWidget*>())
        if (other != dock && window->dockWidgetArea(other) == Qt::BottomDockWidgetArea &&
            !other->isFloating()) {
            window->tabifyDockWidget(other, dock);
            break;
        }
    return dock;
}

} // namespace aifp::ui
