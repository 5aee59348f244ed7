#include "ui/docks/SensitivityDock.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/Design.hpp"
#include "ui/docks/DockMenus.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/LongJobDesign.hpp"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>

namespace aifp::ui {

// One sweep's result, kept by the stamp of the design swept.
struct SensitivityAndRisks {
    SensitivityResult sensitivity;
    std::vector<Risk> risks;
    QString error;
    std::uint64_t stamp = 0; // Document::variantStamp
};

namespace {

// The core's words in the chosen language (core/i18n, catalogue aifp_core_es.ts; called through
// a pointer so that lupdate does not file them in the GUI's catalogue).
constexpr const char* (*coreText)(const char*, const char*) = &aifp::tr;

// Results kept for switching back to a variant (assumption: a few variants are compared in a
// session).
constexpr std::size_t kKeptResults = 4;

constexpr int kDebounceMs = 1500; // sweeps run the estimate or schedule about 30 times
constexpr int kMaxBars = 12;      // drivers drawn per tornado (the rest named in the title)
constexpr int kMaxLabelChars = 44;

// "3. Lead time: medium-voltage switchgear" (the rank keeps categories unique when shortened).
QString barLabel(int rank, const std::string& input) {
    QString text = QString::fromStdString(input);
    if (text.size() > kMaxLabelChars)
        text = text.left(kMaxLabelChars - 1) + QChar(0x2026);
    return QString("%1. %2").arg(rank).arg(text);
}

QString riskWord(const std::string& w) {
    return QString::fromUtf8(coreText("Risk", w.c_str()));
}

} // namespace

SensitivityDock::SensitivityDock(Document* document, QWidget* parent)
    : BackgroundDock(tr("Sensitivity and risks"), document, QStringLiteral("aifp-sensitivity"),
                     kDebounceMs, parent),
      riskTable_(new QTableWidget(this)) {
    setObjectName("SensitivityDock");
    status_->setObjectName("sensitivityStatus");
    auto* tabs = new QTabWidget(this);
    const QString titles[] = {tr("Tornado: cost per million tokens"), tr("Tornado: first token")};
    for (const QString& t : titles) {
        auto* view = new QChartView(tabs);
        view->setRenderHint(QPainter::Antialiasing);
        tornadoViews_.push_back(view);
        // A chart view grows its minimum size to its chart's (long driver names): scrolled, so
        // the dock never widens the window.
        auto* area = new QScrollArea(tabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(view);
        tabs->addTab(area, t);
    }
    riskTable_->setObjectName("riskTable");
    riskTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    riskTable_->setWordWrap(true);
    riskTable_->horizontalHeader()->setStretchLastSection(true);
    riskTable_->verticalHeader()->hide();
    riskTable_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    tabs->addTab(riskTable_, tr("Risk register"));
    setContent(tabs);

    auto changed = [this] {
        runner_->cancel();
        // A variant switched back to, unchanged since: its sweep at once while shown.
        if (document_->switchingVariant() && isVisible() && showKept())
            return;
        scheduleRefresh();
    };
    connect(document_, &Document::changed, this, changed);
}

SensitivityDock::~SensitivityDock() = default;

bool SensitivityDock::showKept() {
    const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
    for (const auto& [k, result] : kept_)
        if (k == stamp) {
            markUpToDate();
            display(*std::static_pointer_cast<const SensitivityAndRisks>(result));
            return true;
        }
    return false;
}

void SensitivityDock::startJob() {
    status_->setText(tr("Sweeping the inputs of variant %1...")
                         .arg(QString::fromStdString(document_->variantName())));
    // The design mirror's copy, read (and copied: the sweep takes seconds) on the worker thread:
    // holding the document's own design would make the next edit copy it on the GUI thread
    // (copy on write).
    const DesignSource source = document_->backgroundDesign();
    const std::uint64_t stamp = document_->variantStamp(document_->activeVariant());
    runner_->request([source, stamp](const std::function<bool()>& overtaken) -> std::any {
        SensitivityAndRisks r;
        r.stamp = stamp;
        const std::shared_ptr<const Design> design = longJobDesign(source);
        if (!design)
            return {}; // the document is gone
        try {
            // The same calls as aifp-cli sensitivity and risks.
            const Catalog catalog = Catalog::builtin().withUserEntries(design->userCatalog);
            r.sensitivity = aifp::sensitivity(*design, catalog);
            if (overtaken())
                return {};
            r.risks = riskRegister(*design, catalog, r.sensitivity);
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    });
}

void SensitivityDock::showResult() {
    const auto* landed = std::any_cast<SensitivityAndRisks>(&runner_->latest());
    if (!landed)
        return;
    auto kept = std::make_shared<const SensitivityAndRisks>(*landed);
    if (kept->error.isEmpty()) {
        std::erase_if(kept_, [&](const auto& k) { return k.first == kept->stamp; });
        kept_.emplace_back(kept->stamp, kept);
        if (kept_.size() > kKeptResults)
            kept_.erase(kept_.begin());
    }
    if (kept->stamp != document_->variantStamp(document_->activeVariant()))
        return; // another variant's: the one shown now is swept after it
    display(*kept);
}

void SensitivityDock::display(const SensitivityAndRisks& result) {
    const SensitivityAndRisks* r = &result;
    sensitivity_ = r->sensitivity;
    risks_ = r->risks;
    status_->setText(r->error.isEmpty()
                         ? tr("Variant %1: one input at a time at the low and high end of its "
                              "range (docs/options.md); %n risk(s) derived from the engines.",
                              "", int(risks_.size()))
                               .arg(QString::fromStdString(document_->variantName()))
                         : tr("Not computed: %1").arg(r->error));

    for (std::size_t o = 0; o < tornadoViews_.size(); ++o) {
        auto* chart = new QChart;
        chart->setLocale(QLocale());
        chart->setLocalizeNumbers(true);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->legend()->setAlignment(Qt::AlignBottom);
        const SensitivityOutput* out =
            o < sensitivity_.outputs.size() ? &sensitivity_.outputs[o] : nullptr;
        if (out) {
            const bool cost = out->name == "cost_per_million_tokens";
            const QString unit = cost ? QString::fromStdString(out->unit) : tr("weeks");
            const int decimals = cost ? 3 : 1;
            const int n = std::min<int>(int(out->drivers.size()), kMaxBars);
            QString title = cost ? tr("Cost per million tokens: base %1 %2")
                                       .arg(localNumber(out->base, decimals), unit)
                                 : tr("First token: base %1 weeks (%2)")
                                       .arg(localNumber(out->base, decimals),
                                            QString::fromStdString(out->baseText));
            if (int(out->drivers.size()) > n)
                title += tr(" (the %1 largest of %2 drivers)").arg(n).arg(out->drivers.size());
            chart->setTitle(title);
            auto* low = new QBarSet(tr("input at its low end"));
            auto* high = new QBarSet(tr("input at its high end"));
            low->setColor(QColor(0x2e, 0x7d, 0x32));
            high->setColor(QColor(0xc6, 0x28, 0x28));
            QStringList categories;
            double lo = 0.0, hi = 0.0;
            // The category axis runs bottom to top: the largest swing goes last, on top.
            for (int k = n - 1; k >= 0; --k) {
                const SensitivityDriver& d = out->drivers[std::size_t(k)];
                const double a = std::isfinite(d.outputLow) ? d.outputLow - out->base : 0.0;
                const double b = std::isfinite(d.outputHigh) ? d.outputHigh - out->base : 0.0;
                *low << a;
                *high << b;
                lo = std::min({lo, a, b});
                hi = std::max({hi, a, b});
                categories << barLabel(k + 1, d.input);
            }
            auto* series = new QHorizontalBarSeries;
            series->append(low);
            series->append(high);
            chart->addSeries(series);
            auto* cat = new QBarCategoryAxis;
            cat->append(categories);
            auto* val = new QValueAxis;
            val->setTitleText(tr("change from the base (%1)").arg(unit));
            const double pad = std::max(hi - lo, 1e-9) * 0.08;
            val->setRange(lo - pad, hi + pad);
            val->applyNiceNumbers();
            val->setLabelFormat(cost ? "%.3f" : "%.0f");
            chart->addAxis(cat, Qt::AlignLeft);
            chart->addAxis(val, Qt::AlignBottom);
            series->attachAxis(cat);
            series->attachAxis(val);
        } else {
            chart->setTitle(tr("No sensitivity computed"));
        }
        // Room for every bar's label; the scroll area scrolls when the dock is lower.
        const int bars = out ? std::min<int>(int(out->drivers.size()), kMaxBars) : 0;
        tornadoViews_[o]->setMinimumSize(560, 120 + 28 * bars);
        QChart* old = tornadoViews_[o]->chart();
        tornadoViews_[o]->setChart(chart);
        delete old;
    }

    const QStringList heads = {tr("Rank"),   tr("Category"), tr("Risk"),      tr("Probability"),
                               tr("Impact"), tr("Owner"),    tr("Mitigation")};
    riskTable_->clear();
    riskTable_->setColumnCount(int(heads.size()));
    riskTable_->setHorizontalHeaderLabels(heads);
    riskTable_->setRowCount(int(risks_.size()));
    for (std::size_t i = 0; i < risks_.size(); ++i) {
        const Risk& k = risks_[i];
        const QString impact =
            k.impactText.empty()
                ? riskWord(k.impact)
                : QString("%1: %2").arg(riskWord(k.impact), QString::fromStdString(k.impactText));
        const QString cells[] = {QString::number(i + 1),
                                 riskWord(k.category),
                                 QString::fromStdString(k.title),
                                 riskWord(k.probability),
                                 impact,
                                 riskWord(k.owner),
                                 QString::fromStdString(k.mitigation)};
        for (int c = 0; c < int(std::size(cells)); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 2 ? QString::fromStdString(k.detail) : cells[c]);
            riskTable_->setItem(int(i), c, item);
        }
    }
    riskTable_->resizeColumnsToContents();
    for (int c : {2, 6})
        riskTable_->setColumnWidth(c, std::min(riskTable_->columnWidth(c), 420));
}

QStringList SensitivityDock::tornadoOrder(int output) const {
    QStringList out;
    const QChart* chart = tornadoViews_.at(std::size_t(output))->chart();
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis)) {
            const QStringList bottomUp = cat->categories();
            for (auto it = bottomUp.rbegin(); it != bottomUp.rend(); ++it)
                out << *it;
        }
    return out;
}

SensitivityDock* installSensitivityDock(QMainWindow* window, Document* document) {
    auto* dock = new SensitivityDock(document, window);
    addDockToWindow(window, dock, Qt::BottomDockWidgetArea);
    addVariantsMenuAction(window, dock, SensitivityDock::tr("&Sensitivity and risks"),
                          QStringLiteral("actionSensitivityRisks"));
    return dock;
}

} // namespace aifp::ui
