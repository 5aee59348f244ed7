#include "ui/docks/ParetoChart.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace aifp::ui {

ParetoChart::ParetoChart(QWidget* parent)
    : QWidget(parent), view_(new QChartView), caption_(new QLabel) {
    setObjectName("paretoChart");
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumHeight(220);
    view_->setChart(new QChart);
    caption_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_, 1);
    layout->addWidget(caption_);
}

void ParetoChart::showMessage(const QString& text) {
    points_ = 0;
    caption_->setText(text);
    QChart* old = view_->chart();
    view_->setChart(new QChart);
    delete old;
}

QString ParetoChart::caption() const {
    return caption_->text();
}

void ParetoChart::showCurve(const std::string& systemId, const std::string& modelId,
                            const std::string& precision, double userTokensPerS,
                            const Catalog& catalog, const ModelLibrary& models) {
    auto* chart = new QChart;
    chart->setLocale(QLocale()); // axis numbers in the chosen language
    chart->setLocalizeNumbers(true);
    chart->legend()->setVisible(false);
    points_ = 0;
    std::vector<ParetoPoint> curve;
    InferenceResult atSpeed;
    QString why;
    if (systemId.empty()) {
        why = tr("No GPU system in the design.");
    } else {
        try {
            // One system's GPUs; doubled until the model fits (as the factory estimate does).
            const SystemSpec sys = systemSpec(catalog, systemId);
            for (int gpus = std::max(1, sys.gpusPerSystem); curve.empty() && gpus <= 1 << 20;
                 gpus *= 2) {
                try {
                    InferenceRequest req{systemId, gpus, modelId, precision, "offline"};
                    curve = paretoCurve(req, catalog, models);
                    atSpeed = estimateAtUserSpeed(systemId, gpus, modelId, precision,
                                                  userTokensPerS, catalog, models);
                } catch (const ModelDoesNotFitError&) {
                }
            }
            if (curve.empty())
                why = tr("The model does not fit.");
        } catch (const std::exception& e) {
            why = QString::fromStdString(e.what());
        }
    }
    if (!curve.empty()) {
        auto* line = new QLineSeries;
        double maxUser = 0.0, maxGpu = 0.0;
        for (const ParetoPoint& p : curve) {
            line->append(p.tokensPerSecondPerUser, p.tokensPerSecondPerGpu);
            maxUser = std::max(maxUser, p.tokensPerSecondPerUser);
            maxGpu = std::max(maxGpu, p.tokensPerSecondPerGpu);
        }
        points_ = static_cast<int>(curve.size());
        chart->addSeries(line);
        auto* mark = new QScatterSeries;
        mark->setMarkerSize(10.0);
        mark->append(atSpeed.tokensPerSecondPerUser, atSpeed.tokensPerSecondPerGpu);
        chart->addSeries(mark);
        auto* x = new QValueAxis;
        x->setTitleText(tr("Tokens/s per user"));
        x->setRange(0.0, maxUser * 1.05);
        auto* y = new QLogValueAxis;
        y->setTitleText(tr("Tokens/s per GPU"));
        y->setBase(10.0);
        y->setRange(std::max(0.1, curve.front().tokensPerSecondPerGpu * 0.8), maxGpu * 1.25);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        chart->setTitle(tr("%1 on %2 (%3)")
                            .arg(QString::fromStdString(modelId), QString::fromStdString(systemId),
                                 QString::fromStdString(atSpeed.precisionUsed)));
        why = atSpeed.meetsLimits
                  ? tr("Marked: %1 tokens/s per user (the design's service level) gives %2 "
                       "tokens/s per GPU; single user %3 tokens/s, offline maximum %4 tokens/s "
                       "per GPU. ±%5 %.")
                        .arg(userTokensPerS, 0, 'f', 0)
                        .arg(atSpeed.tokensPerSecondPerGpu, 0, 'f', 0)
                        .arg(curve.front().tokensPerSecondPerUser, 0, 'f', 0)
                        .arg(curve.back().tokensPerSecondPerGpu, 0, 'f', 0)
                        .arg(atSpeed.errorBandFraction * 100.0, 0, 'f', 0)
                  : tr("%1 tokens/s per user cannot be reached: a single user gets %2 tokens/s.")
                        .arg(userTokensPerS, 0, 'f', 0)
                        .arg(curve.front().tokensPerSecondPerUser, 0, 'f', 0);
    }
    caption_->setText(why);
    QChart* old = view_->chart();
    view_->setChart(chart);
    delete old;
}

} // namespace aifp::ui
