#include "ui/docks/EstimateCharts.hpp"
#include "core/i18n/Translate.hpp"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace aifp::ui {

namespace {

// The engine's breakdown labels are English (its JSON); the core catalogue (aifp_core_es.ts,
// context Estimate) holds them in the chosen language. Called through a pointer so that lupdate
// does not file them in the GUI's catalogue.
constexpr const char* (*coreText)(const char*, const char*) = &aifp::tr;

QString shownLabel(const std::string& engineLabel) {
    return QString::fromUtf8(coreText("Estimate", engineLabel.c_str()));
}

QChart* newChart(const QString& title) {
    auto* c = new QChart;
    c->setLocale(QLocale()); // axis numbers in the chosen language
    c->setLocalizeNumbers(true);
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    return c;
}

void attachAxes(QChart* c, QAbstractSeries* series, const QStringList& categories,
                const QString& valueTitle, double maxValue, bool horizontal = false) {
    auto* cat = new QBarCategoryAxis;
    cat->append(categories);
    auto* val = new QValueAxis;
    val->setTitleText(valueTitle);
    val->setRange(0.0, maxValue > 0 ? maxValue * 1.08 : 1.0);
    // Plain numbers in the user's locale ("157,000"), never "1.57e+05".
    val->setLabelFormat(maxValue >= 100 ? "%.0f" : maxValue >= 1 ? "%.1f" : "%.3f");
    c->setLocalizeNumbers(true);
    c->addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
}

// "Cooling: CDU pumps" -> group "Cooling", label "CDU pumps".
std::pair<QString, QString> splitLabel(const QString& l) {
    const int colon = l.indexOf(':');
    if (colon < 0)
        return {l, l};
    return {l.left(colon).trimmed(), l.mid(colon + 1).trimmed()};
}

QChart* modelChart(const EstimateSnapshot& s, const QString& title, const QString& unit,
                   double (*value)(const ModelScenarioFigure&)) {
    QChart* c = newChart(title);
    QStringList models;
    for (const auto& f : s.perModel)
        if (!models.contains(QString::fromStdString(f.modelId)))
            models << QString::fromStdString(f.modelId);
    auto* series = new QBarSeries;
    double maxV = 0.0;
    for (const std::string& scenario : s.scenarios) {
        auto* set = new QBarSet(QString::fromStdString(scenario));
        for (const QString& m : models) {
            double v = 0.0;
            for (const auto& f : s.perModel)
                if (f.scenario == scenario && QString::fromStdString(f.modelId) == m && f.served)
                    v = value(f);
            *set << v;
            maxV = std::max(maxV, v);
        }
        series->append(set);
    }
    c->addSeries(series);
    attachAxes(c, series, models, unit, maxV);
    return c;
}

} // namespace

QChart* makePowerChart(const FactoryEstimate& e) {
    QChart* c = newChart(QObject::tr("Facility power at design IT load (%1 kW, PUE %2 design)")
                             .arg(e.basis.facilityDesignKw, 0, 'f', 0)
                             .arg(e.basis.pueDesign, 0, 'f', 3));
    auto* series = new QHorizontalStackedBarSeries;
    // The engine's groups (the English prefix of each label) and their shown names.
    const QStringList engineGroups{"IT", "Cooling", "Losses"};
    const QStringList groups{QObject::tr("IT"), QObject::tr("Cooling"), QObject::tr("Losses")};
    double maxV = 0.0;
    std::vector<double> totals(3, 0.0);
    for (const BreakdownItem& item : e.powerBreakdownKw) {
        const QString group = splitLabel(QString::fromStdString(item.label)).first;
        auto* set = new QBarSet(splitLabel(shownLabel(item.label)).second);
        for (int g = 0; g < 3; ++g) {
            const bool mine = group == engineGroups[g];
            *set << (mine ? item.value : 0.0);
            if (mine)
                totals[std::size_t(g)] += item.value;
        }
        series->append(set);
    }
    for (double t : totals)
        maxV = std::max(maxV, t);
    c->addSeries(series);
    attachAxes(c, series, groups, QObject::tr("kW"), maxV, true);
    return c;
}

QChart* makeModelTokensChart(const EstimateSnapshot& s) {
    return modelChart(
        s,
        QObject::tr("Factory tokens/s per model (%1, %2)")
            .arg(QString::fromStdString(s.systemId), QString::fromStdString(s.estimate.precision)),
        QObject::tr("tokens/s"), [](const ModelScenarioFigure& f) { return f.tokensPerSecond; });
}

QChart* makeModelTtftChart(const EstimateSnapshot& s) {
    return modelChart(s, QObject::tr("p99 time to first token per model"), QObject::tr("ms"),
                      [](const ModelScenarioFigure& f) { return f.ttftMs; });
}

QChart* makeCostChart(const FactoryEstimate& e) {
    QChart* c = newChart(QObject::tr("Cost (M USD): capex by category and cost per year"));
    const QStringList groups{QObject::tr("Capex"), QObject::tr("Per year")};
    auto* series = new QStackedBarSeries;
    double capex = 0.0, yearly = 0.0;
    for (const BreakdownItem& item : e.capexBreakdownUsd) {
        auto* set = new QBarSet(shownLabel(item.label));
        *set << item.value / 1e6 << 0.0;
        capex += item.value / 1e6;
        series->append(set);
    }
    for (const BreakdownItem& item : e.annualCostBreakdownUsd) {
        auto* set = new QBarSet(shownLabel(item.label));
        *set << 0.0 << item.value / 1e6;
        yearly += item.value / 1e6;
        series->append(set);
    }
    c->addSeries(series);
    attachAxes(c, series, groups, QObject::tr("M USD"), std::max(capex, yearly));
    return c;
}

} // namespace aifp::ui
