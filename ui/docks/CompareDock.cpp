#include "ui/docks/CompareDock.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "ui/docks/DockMenus.hpp"
#include "ui/docks/LatestJobRunner.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/LongJobDesign.hpp"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <optional>

namespace aifp::ui {

namespace {

// The core's words in the chosen language (core/i18n, catalogue aifp_core_es.ts; called through
// a pointer so that lupdate does not file them in the GUI's catalogue).
constexpr const char* (*coreText)(const char*, const char*) = &aifp::tr;

// What the worker needs of one variant: its figures already (unchanged since last time), or
// its design, or its stored bytes.
struct VariantInput {
    std::string name;
    std::uint64_t stamp = 0;
    std::optional<DesignFigures> figures;
    std::shared_ptr<const Design> design;
    // The variant being edited: the design mirror's copy, read on the worker thread (holding
    // the document's own design would make the next edit copy it on the GUI thread).
    DesignSource source;
    std::shared_ptr<const std::string> image;
};

struct ComparisonResult {
    Comparison comparison;
    std::vector<std::uint64_t> stamps;
};

constexpr int kDebounceMs = 800; // after the last edit (assumption: a drag or typing settles)

QScrollArea* scrolled(QWidget* page) {
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

QString figureText(double v, int decimals) {
    return std::isfinite(v) ? localNumber(v, decimals) : QObject::tr("n/a");
}

QString deltaText(double d, int decimals) {
    if (!std::isfinite(d))
        return QObject::tr("n/a");
    const QString t = localNumber(d, decimals);
    if (t == localNumber(0.0, decimals) || t == "-" + localNumber(0.0, decimals))
        return "="; // as aifp-cli compare writes no difference
    return d > 0 ? "+" + t : t;
}

} // namespace

CompareDock::CompareDock(Document* document, QWidget* parent)
    : BackgroundDock(tr("Compare variants"), document, QStringLiteral("aifp-compare"), kDebounceMs,
                     parent),
      table_(new QTableWidget(this)) {
    setObjectName("CompareDock");
    status_->setObjectName("compareStatus");
    auto* tabs = new QTabWidget(this);
    table_->setObjectName("compareTable");
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    tabs->addTab(table_, tr("Table"));
    auto* chartPage = new QWidget(tabs);
    auto* grid = new QGridLayout(chartPage);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto* view = new QChartView(chartPage);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 240); // the scroll area scrolls in a low dock
        charts_.push_back(view);
        grid->addWidget(view, 0, i);
    }
    // A chart view grows its minimum size to its chart's: scrolled, so the dock never widens
    // the window.
    tabs->addTab(scrolled(chartPage), tr("Charts"));
    setContent(tabs);

    auto changed = [this] {
        // A switch, or any signal that changed no variant's name, order or design: the
        // comparison shown is still the document's; nothing is recomputed or redrawn.
        if (!outOfDate() && !shownKeys_.empty() && variantKeys() == shownKeys_)
            return;
        runner_->cancel(); // what runs is for a design that is no longer the document's
        scheduleRefresh();
    };
    connect(document_, &Document::changed, this, changed);
    connect(document_, &Document::variantsChanged, this, changed);
}

CompareDock::~CompareDock() = default;

std::vector<std::pair<std::string, std::uint64_t>> CompareDock::variantKeys() const {
    std::vector<std::pair<std::string, std::uint64_t>> keys;
    for (std::size_t i = 0; i < document_->variantCount(); ++i)
        keys.emplace_back(document_->variant(i).name, document_->variantStamp(i));
    return keys;
}

void CompareDock::startJob() {
    std::vector<VariantInput> inputs;
    for (std::size_t i = 0; i < document_->variantCount(); ++i) {
        const Variant& v = document_->variant(i);
        VariantInput in;
        in.name = v.name;
        in.stamp = document_->variantStamp(i);
        if (auto it = cache_.find(in.stamp); it != cache_.end())
            in.figures = it->second;
        else if (i == document_->activeVariant())
            in.source = document_->backgroundDesign();
        else if (auto d = document_->variantSnapshot(i))
            in.design = std::move(d); // shared with the document, not copied
        else
            in.image = v.image;
        inputs.push_back(std::move(in));
    }
    status_->setText(tr("Computing the figures of %n variant(s)...", "", int(inputs.size())));
    const std::string path = document_->filePath().toStdString();
    runner_->request([inputs, path](const std::function<bool()>& overtaken) -> std::any {
        ComparisonResult r;
        for (const VariantInput& in : inputs) {
            if (overtaken())
                return {};
            r.stamps.push_back(in.stamp);
            if (in.figures) {
                r.comparison.designs.push_back(*in.figures);
                r.comparison.designs.back().name = in.name; // renamed since
                continue;
            }
            try {
                // The active variant's copied: the comparison takes seconds at 1 GW.
                std::shared_ptr<const Design> design =
                    in.source ? longJobDesign(in.source) : in.design;
                if (!design && in.source)
                    return {}; // the document is gone
                if (!design)
                    design = std::make_shared<const Design>(
                        openVariantImage(in.image ? *in.image : "", path, in.name));
                // The same calls as aifp-cli compare.
                const Catalog catalog = Catalog::builtin().withUserEntries(design->userCatalog);
                r.comparison.designs.push_back(designFigures(*design, catalog, in.name));
            } catch (const std::exception& e) {
                DesignFigures f;
                f.name = in.name;
                f.problems.push_back(e.what());
                r.comparison.designs.push_back(std::move(f));
                r.stamps.back() = 0; // not kept: opened again next time
            }
        }
        return r;
    });
}

void CompareDock::showResult() {
    const auto* r = std::any_cast<ComparisonResult>(&runner_->latest());
    if (!r)
        return;
    shown_ = r->comparison;
    shownKeys_.clear();
    for (std::size_t i = 0; i < r->stamps.size() && i < shown_.designs.size(); ++i)
        shownKeys_.emplace_back(shown_.designs[i].name, r->stamps[i]);
    cache_.clear();
    for (std::size_t i = 0; i < r->stamps.size(); ++i)
        if (r->stamps[i] != 0)
            cache_[r->stamps[i]] = shown_.designs[i];
    showStatus();
    const QString currency = shown_.designs.empty()
                                 ? QString()
                                 : QString::fromStdString(shown_.designs.front().currency);
    showTable(currency);
    showCharts(currency);
}

// The status line: how many variants, or what could not be computed.
void CompareDock::showStatus() {
    const auto& designs = shown_.designs;
    QStringList problems;
    for (const DesignFigures& f : designs)
        for (const std::string& p : f.problems)
            problems << QString::fromStdString(f.name) + ": " + QString::fromStdString(p);
    status_->setText(problems.isEmpty()
                         ? tr("%n variant(s), the base first; differences to the base in "
                              "brackets. The same figures as aifp-cli compare.",
                              "", int(designs.size()))
                         : tr("Not computed: %1").arg(problems.join("; ")));
}

// One row per compared figure (differences to the base in brackets), then the two dates.
void CompareDock::showTable(const QString& currency) {
    const auto& fields = comparedFigures();
    const auto& designs = shown_.designs;
    table_->clear();
    table_->setColumnCount(int(designs.size()));
    table_->setRowCount(int(fields.size()) + 2);
    QStringList heads;
    for (std::size_t c = 0; c < designs.size(); ++c)
        heads << (c == 0 ? tr("%1 (base)").arg(QString::fromStdString(designs[c].name))
                         : QString::fromStdString(designs[c].name));
    table_->setHorizontalHeaderLabels(heads);
    QStringList rows;
    for (std::size_t row = 0; row < fields.size(); ++row) {
        const FigureField& field = fields[row];
        QString label = QString::fromUtf8(coreText("Options", field.label));
        QString unit = *field.unit ? QString::fromUtf8(coreText("Options", field.unit)) : "";
        const std::string key = field.key;
        if (key == "capex" || key == "opex_per_year")
            unit = currency;
        if (key == "cost_per_million_tokens")
            unit = currency;
        rows << (unit.isEmpty() ? label : QString("%1 (%2)").arg(label, unit));
        const double base = designs.empty() ? 0.0 : field.get(designs.front());
        for (std::size_t c = 0; c < designs.size(); ++c) {
            const double v = field.get(designs[c]);
            QString text = figureText(v, field.decimals);
            if (c > 0)
                text += QString(" (%1)").arg(deltaText(v - base, field.decimals));
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, v);
            item->setData(Qt::UserRole + 1, QString::fromUtf8(field.key));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(int(row), int(c), item);
        }
    }
    rows << tr("First token date") << tr("Full capacity date");
    for (std::size_t c = 0; c < designs.size(); ++c) {
        const auto date = [](const std::string& d) {
            return d.empty() ? QObject::tr("n/a") : QString::fromStdString(d);
        };
        auto* first = new QTableWidgetItem(date(designs[c].firstToken));
        first->setToolTip(QString::fromStdString(designs[c].firstTokenDriver));
        table_->setItem(int(fields.size()), int(c), first);
        table_->setItem(int(fields.size()) + 1, int(c),
                        new QTableWidgetItem(date(designs[c].fullCapacity)));
        if (table_->item(0, int(c)))
            table_->item(0, int(c))->setToolTip(QString::fromStdString(designs[c].costBasis));
    }
    table_->setVerticalHeaderLabels(rows);
}

// Bar charts by variant.
void CompareDock::showCharts(const QString& currency) {
    const auto& designs = shown_.designs;
    struct ChartSpec {
        QString title, unit;
        int decimals;
        double (*get)(const DesignFigures&);
    };
    const ChartSpec specs[] = {
        {tr("Capex"), tr("M %1").arg(currency), 1,
         [](const DesignFigures& f) { return f.capex / 1e6; }},
        {tr("Facility power (design)"), tr("MW"), 1,
         [](const DesignFigures& f) { return f.facilityDesignMw; }},
        {tr("Tokens/s per MW"), tr("tokens/s per MW"), 0,
         [](const DesignFigures& f) { return f.tokensPerSecondPerMw; }},
        {tr("First token"), tr("weeks"), 1,
         [](const DesignFigures& f) { return f.firstTokenWeeks; }},
    };
    QStringList names;
    for (const DesignFigures& f : designs)
        names << QString::fromStdString(f.name);
    for (std::size_t i = 0; i < charts_.size(); ++i) {
        const ChartSpec& spec = specs[i];
        auto* chart = new QChart;
        chart->setLocale(QLocale());
        chart->setLocalizeNumbers(true);
        chart->setTitle(spec.title);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->hide();
        chart->setMargins(QMargins(2, 2, 2, 2));
        auto* set = new QBarSet(spec.title);
        double maxV = 0.0;
        for (const DesignFigures& f : designs) {
            const double v = spec.get(f);
            *set << (std::isfinite(v) ? v : 0.0);
            maxV = std::max(maxV, std::isfinite(v) ? v : 0.0);
        }
        auto* series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        // Names only: the values are in the Table tab (bar labels would print 7.42e+06, not in
        // the user's locale, and a category label cannot take a second line).
        auto* cat = new QBarCategoryAxis;
        cat->append(names);
        auto* val = new QValueAxis;
        val->setTitleText(spec.unit);
        val->setRange(0.0, maxV > 0 ? maxV * 1.1 : 1.0);
        val->applyNiceNumbers();
        val->setLabelFormat(maxV >= 100 ? "%.0f" : maxV >= 1 ? "%.1f" : "%.3f");
        chart->addAxis(cat, Qt::AlignBottom);
        chart->addAxis(val, Qt::AlignLeft);
        series->attachAxis(cat);
        series->attachAxis(val);
        QChart* old = charts_[i]->chart();
        charts_[i]->setChart(chart);
        delete old;
    }
}

QStringList CompareDock::chartTitles() const {
    QStringList out;
    for (QChartView* v : charts_)
        out << v->chart()->title();
    return out;
}

std::vector<double> CompareDock::chartValues(int chart) const {
    std::vector<double> out;
    const auto series = charts_.at(std::size_t(chart))->chart()->series();
    if (series.isEmpty())
        return out;
    auto* bars = qobject_cast<QBarSeries*>(series.front());
    if (!bars || bars->barSets().isEmpty())
        return out;
    const QBarSet* set = bars->barSets().front();
    for (int i = 0; i < set->count(); ++i)
        out.push_back(set->at(i));
    return out;
}

CompareDock* installCompareDock(QMainWindow* window, Document* document) {
    auto* dock = new CompareDock(document, window);
    addDockToWindow(window, dock, Qt::BottomDockWidgetArea);
    addVariantsMenuAction(window, dock, CompareDock::tr("&Compare variants"),
                          QStringLiteral("actionCompareVariants"), true);
    return dock;
}

} // namespace aifp::ui
