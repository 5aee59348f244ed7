#pragma once
#include "ui/docks/EstimateSnapshot.hpp"
#include <QDockWidget>
#include <QMap>

class QChartView;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QMainWindow;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace aifp::ui {

class AssumptionTableModel;
class ParetoChart;
class Document;
class EstimateRunner;

// Estimates of the open design, kept current: headline figures (GPUs, MW, PUE, tokens/s,
// latency, energy and cost), charts of the power breakdown, tokens/s and TTFT per model and
// scenario, and cost; the estimate's assumptions, editable where the engine takes an override.
// The estimate is recomputed on a worker thread after each document change; the selectors and
// assumption edits are undoable commands on the document.
class EstimatesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EstimatesDock(Document* document, QWidget* parent = nullptr);
    ~EstimatesDock() override;

    const EstimateSnapshot& snapshot() const;
    EstimateRunner* runner() const { return runner_; }
    AssumptionTableModel* assumptions() const { return assumptionModel_; }
    // The text of a headline figure by key ("gpus", "facilityMw", ...; HeadlineFigures.hpp).
    QString figureText(const QString& key) const;

    // --- Honest estimates (i19): the design's validation errors, shown next to the figures as
    // "N errors: figures assume missing plant" (hidden at 0). Set by the main window after each
    // validation run.
    void setDesignErrors(int errorCount);
    QString errorBannerText() const; // empty when hidden
    QComboBox* modelBox() const { return modelBox_; }
    QComboBox* scenarioBox() const { return scenarioBox_; }
    QComboBox* precisionBox() const { return precisionBox_; }
    QTableView* assumptionView() const { return assumptionView_; }
    // Build or rent (DesignSettings::procurement, rentTermMonths, tcoHorizonYears): each edit is
    // an undoable command; the TCO label shows the estimate's total cost of ownership.
    QComboBox* procurementBox() const { return procurementBox_; }
    QSpinBox* rentTermSpin() const { return rentTermSpin_; }
    QSpinBox* tcoHorizonSpin() const { return tcoHorizonSpin_; }
    QString tcoText() const;
    ParetoChart* paretoChart() const { return pareto_; }
    // Removes the override of the current assumption row, as one undo step.
    void resetCurrentAssumption();

signals:
    void statusMessage(const QString& message);

private:
    // The constructor's steps, top to bottom.
    QHBoxLayout* newSelectorRow();
    QHBoxLayout* newProcurementRow();
    void addStatusLines(QVBoxLayout* layout);
    QGridLayout* newHeadlineGrid();
    QTabWidget* newTabs();
    QWidget* newAssumptionsPage();
    void connectSignals();
    void requestEstimate();
    void clearForNewDesign();
    void showSnapshot();
    void syncSelectors();
    void setSetting(const QString& which, const QString& value);
    void setProcurement(int procurement, int termMonths, int horizonYears);
    void updateResetButton();

    Document* document_;
    EstimateRunner* runner_;
    QComboBox* modelBox_;
    QComboBox* scenarioBox_;
    QComboBox* precisionBox_;
    QComboBox* procurementBox_ = nullptr;
    QSpinBox* rentTermSpin_ = nullptr;
    QSpinBox* tcoHorizonSpin_ = nullptr;
    QLabel* tcoLabel_ = nullptr;
    QLabel* status_;
    QLabel* errorBanner_ = nullptr; // i19: see setDesignErrors
    QMap<QString, QLabel*> figures_;
    QChartView* powerView_;
    QChartView* tokensView_;
    ParetoChart* pareto_ = nullptr; // per-user speed tab (ParetoChart.hpp)
    QChartView* ttftView_;
    QChartView* costView_;
    QLabel* notes_;
    AssumptionTableModel* assumptionModel_;
    QTableView* assumptionView_;
    QPushButton* resetButton_;
    bool syncing_ = false;
};

// Creates the estimates dock (object name "EstimatesDock"), adds it to the right dock area
// tabbed with nothing else, and its toggle action to the window's View menu when there is one.
EstimatesDock* installEstimatesDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
