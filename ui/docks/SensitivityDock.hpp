#pragma once
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"
#include "ui/docks/BackgroundDock.hpp"
#include <QStringList>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

class QChartView;
class QTableWidget;

namespace aifp::ui {

struct SensitivityAndRisks;

// "Sensitivity and risks" of the variant being edited: the tornado of cost per million tokens
// and of first token (per driver two horizontal bars from the base: the output's change with the
// input at its low end and at its high end; the largest swing on top, sensitivity()'s order)
// and the risk register (riskRegister(): rank, category, title, probability, impact, owner,
// mitigation). Both from the core functions aifp-cli sensitivity and risks call, on a worker
// thread (latest only, debounced after edits, only while the dock is visible).
class SensitivityDock : public BackgroundDock {
    Q_OBJECT
public:
    explicit SensitivityDock(Document* document, QWidget* parent = nullptr);
    ~SensitivityDock() override;

    const SensitivityResult& sensitivity() const { return sensitivity_; }
    const std::vector<Risk>& risks() const { return risks_; }
    QTableWidget* riskTable() const { return riskTable_; }
    // The drivers as the tornado of output i draws them, top to bottom.
    QStringList tornadoOrder(int output) const;

private:
    void startJob() override;
    void showResult() override;
    // Shows the sweep kept for the active variant's stamp (switched back to, unchanged
    // since); false when none is kept.
    bool showKept() override;
    void display(const SensitivityAndRisks& result);

    std::vector<QChartView*> tornadoViews_; // cost, first token
    QTableWidget* riskTable_;
    SensitivityResult sensitivity_;
    std::vector<Risk> risks_;
    // The sweeps of the most recent stamps (Document::variantStamp), least recent first.
    std::vector<std::pair<std::uint64_t, std::shared_ptr<const void>>> kept_;
};

// Creates the dock (object name "SensitivityDock"), tabbed with the bottom docks, its toggle
// action in the View and Variants menus.
SensitivityDock* installSensitivityDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
