#pragma once
#include <QWidget>
#include <string>

class QChartView;
class QLabel;

namespace aifp {
class Catalog;
class ModelLibrary;
} // namespace aifp

namespace aifp::ui {

// The throughput / interactivity trade-off of the design's serving model on its GPU system:
// tokens/s per GPU against tokens/s per user over batch sizes (paretoCurve,
// docs/estimation.md "The speed each user gets"), with the design's per-user speed marked.
class ParetoChart : public QWidget {
    Q_OBJECT
public:
    explicit ParetoChart(QWidget* parent = nullptr);

    // Recomputes the curve (a few hundred closed-form evaluations, ~1 ms: done on the GUI
    // thread). An empty systemId or an estimator error clears the chart and shows why.
    void showCurve(const std::string& systemId, const std::string& modelId,
                   const std::string& precision, double userTokensPerS, const Catalog& catalog,
                   const ModelLibrary& models);
    // Clears the chart and shows why (e.g. a malformed project model).
    void showMessage(const QString& text);
    int pointCount() const { return points_; }
    QString caption() const;

private:
    QChartView* view_;
    QLabel* caption_;
    int points_ = 0;
};

} // namespace aifp::ui
