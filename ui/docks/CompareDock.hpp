#pragma once
#include "core/options/DesignComparison.hpp"
#include "ui/docks/BackgroundDock.hpp"
#include <QStringList>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

class QChartView;
class QTableWidget;

namespace aifp::ui {

// "Compare variants": the project's variants side by side, base first. A table (one row per
// compared figure, comparedFigures(), one column per variant, the difference to the base in
// brackets) and bar charts by variant (capex, facility power, tokens/s per MW, first token).
// The figures are designFigures() of each variant, the same as aifp-cli compare, computed on a
// worker thread: latest only, restarted (the running one abandoned) when the document changes,
// debounced after edits, and only while the dock is visible. A variant's figures are kept while
// its design has not changed (Document::variantStamp).
class CompareDock : public BackgroundDock {
    Q_OBJECT
public:
    explicit CompareDock(Document* document, QWidget* parent = nullptr);
    ~CompareDock() override;

    // The comparison shown (designs[0] is the base).
    const Comparison& comparison() const { return shown_; }
    QTableWidget* table() const { return table_; }
    // The charts' titles and, per chart, the bar values in variant order (tests).
    QStringList chartTitles() const;
    std::vector<double> chartValues(int chart) const;

private:
    void startJob() override;
    void showResult() override;
    void showStatus();
    void showTable(const QString& currency);
    void showCharts(const QString& currency);
    // The variants' names and stamps, in the document's order.
    std::vector<std::pair<std::string, std::uint64_t>> variantKeys() const;

    QTableWidget* table_;
    std::vector<QChartView*> charts_;
    Comparison shown_;
    std::map<std::uint64_t, DesignFigures> cache_; // by Document::variantStamp
    // What the comparison shown was made of (variantKeys()): a switch of the variant being
    // edited changes none of it, so the table and charts stay as they are.
    std::vector<std::pair<std::string, std::uint64_t>> shownKeys_;
};

// Creates the dock (object name "CompareDock", hidden until asked for), tabbed with the bottom
// docks, its toggle action in the View and Variants menus.
CompareDock* installCompareDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
