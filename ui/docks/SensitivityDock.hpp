#pragma once
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"
#include <QDockWidget>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

class QChartView;
class QLabel;
class QMainWindow;
class QTableWidget;
class QTimer;

namespace aifp::ui {

class Document;
class LatestJobRunner;
struct SensitivityAndRisks;

// "Sensitivity and risks" of the variant being edited: the tornado of cost per million tokens
// and of first token (per driver two horizontal bars from the base: the output's change with the
// input at its low end and at its high end; the largest swing on top, sensitivity()'s order)
// and the risk register (riskRegister(): rank, category, title, probability, impact, owner,
// mitigation). Both from the core functions aifp-cli sensitivity and risks call, on a worker
// thread (latest only, debounced after edits, only while the dock is visible).
class SensitivityDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SensitivityDock(Document* document, QWidget* parent = nullptr);
    ~SensitivityDock() override;

    LatestJobRunner* runner() const { return runner_; }
    // Computing, or waiting for edits to settle before computing.
    bool busy() const;
    const SensitivityResult& sensitivity() const { return sensitivity_; }
    const std::vector<Risk>& risks() const { return risks_; }
    QTableWidget* riskTable() const { return riskTable_; }
    // The drivers as the tornado of output i draws them, top to bottom.
    QStringList tornadoOrder(int output) const;
    void refreshNow();

private:
    void scheduleRefresh();
    void showResult();
    // Shows the sweep kept for the active variant's stamp (switched back to, unchanged
    // since); false when none is kept.
    bool showKept();
    void display(const SensitivityAndRisks& result);

    Document* document_;
    LatestJobRunner* runner_;
    QTimer* debounce_;
    QLabel* status_;
    std::vector<QChartView*> tornadoViews_; // cost, first token
    QTableWidget* riskTable_;
    SensitivityResult sensitivity_;
    std::vector<Risk> risks_;
    bool dirty_ = true;
    // The sweeps of the most recent stamps (Document::variantStamp), least recent first.
    std::vector<std::pair<std::uint64_t, std::shared_ptr<const void>>> kept_;
};

// Creates the dock (object name "SensitivityDock"), tabbed with the bottom docks, its toggle
// action in the View and Variants menus.
SensitivityDock* installSensitivityDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
