#pragma once
#include "core/options/DesignComparison.hpp"
#include <QDockWidget>
#include <QStringList>
#include <cstdint>
#include <map>
#include <string>
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

// "Compare variants": the project's variants side by side, base first. A table (one row per
// compared figure, comparedFigures(), one column per variant, the difference to the base in
// brackets) and bar charts by variant (capex, facility power, tokens/s per MW, first token).
// The figures are designFigures() of each variant, the same as aifp-cli compare, computed on a
// worker thread: latest only, restarted (the running one abandoned) when the document changes,
// debounced after edits, and only while the dock is visible. A variant's figures are kept while
// its design has not changed (Document::variantStamp).
class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CompareDock(Document* document, QWidget* parent = nullptr);
    ~CompareDock() override;

    // The comparison shown (designs[0] is the base).
    const Comparison& comparison() const { return shown_; }
    LatestJobRunner* runner() const { return runner_; }
    // Computing, or waiting for edits to settle before computing.
    bool busy() const;
    QTableWidget* table() const { return table_; }
    // The charts' titles and, per chart, the bar values in variant order (tests).
    QStringList chartTitles() const;
    std::vector<double> chartValues(int chart) const;
    // Starts the computation now (no debounce).
    void refreshNow();

private:
    void scheduleRefresh();
    void showComparison();
    void showStatus();
    void showTable(const QString& currency);
    void showCharts(const QString& currency);
    // The variants' names and stamps, in the document's order.
    std::vector<std::pair<std::string, std::uint64_t>> variantKeys() const;

    Document* document_;
    LatestJobRunner* runner_;
    QTimer* debounce_;
    QLabel* status_;
    QTableWidget* table_;
    std::vector<QChartView*> charts_;
    Comparison shown_;
    std::map<std::uint64_t, DesignFigures> cache_; // by Document::variantStamp
    // What the comparison shown was made of (variantKeys()): a switch of the variant being
    // edited changes none of it, so the table and charts stay as they are.
    std::vector<std::pair<std::string, std::uint64_t>> shownKeys_;
    bool dirty_ = true;
};

// Creates the dock (object name "CompareDock", hidden until asked for), tabbed with the bottom
// docks, its toggle action in the View and Variants menus.
CompareDock* installCompareDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
