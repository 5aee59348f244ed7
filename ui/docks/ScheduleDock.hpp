#pragma once
#include "core/model/DesignChange.hpp"
#include "core/schedule/ScheduleResult.hpp"
#include "ui/docks/GanttView.hpp"
#include "ui/document/KeptResults.hpp"
#include <QDockWidget>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QBoxLayout;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QToolButton;
class QDateEdit;
class QLabel;
class QMainWindow;
class QTableWidget;

namespace aifp::ui {

class Document;
class LatestJobRunner;

// The build programme of the open design: a Gantt chart (critical path in red, dependencies,
// milestones), the capacity ramp (MW energised, GPUs online, tokens/s when the estimator can
// give them) and the schedule's lead times and durations as an editable table. Delivery model
// and start date edit design.settings; lead-time and duration edits set
// design.assumptionOverrides["schedule.*"]; all through undo commands. The dock recomputes on
// every Document::changed: on the GUI thread while a run is fast, on a worker thread once one
// took more than 10 ms (latest only: stale results of overtaken runs are dropped; the GUI never
// waits for a run). A variant switched to is scheduled in the background, or shown at once
// when switched back to unchanged (programmes kept by Document::variantStamp).
class ScheduleDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ScheduleDock(Document* document, QWidget* parent = nullptr);
    ~ScheduleDock() override;

    // The schedule shown (nullopt: the design cannot be scheduled; error() says why).
    const std::optional<ScheduleResult>& result() const { return result_; }
    QString error() const { return error_; }
    QString firstTokenText() const;
    QString fullCapacityText() const;
    // "First token in N weeks" as shown, and what drives it in words.
    QString headlineText() const;
    QString driverText() const;
    GanttView* gantt() const { return gantt_; }
    QChartView* rampChart() const { return rampView_; }
    QTableWidget* parameterTable() const { return table_; }
    bool busy() const;

    // The assumption key that sets a task's duration or lead time, or empty (e.g. milestones,
    // durations computed from quantities and crews).
    std::string parameterKeyOf(const ScheduleTask& task) const;
    // Pushes the undo command that sets key to value (in the parameter's own unit).
    // Returns false (and changes nothing) for a key the schedule does not know or a bad value.
    bool setParameter(const std::string& key, double value);
    // Sets the delivery model ("traditional" / "prefab") and start date through undo commands.
    void setDelivery(const QString& delivery);
    void setStartDate(const QDate& date);
    // Fast-track inputs, each an undo command on the design (schema 2 fields): site readiness
    // ("greenfield" ... "ready-hall"), bridging power, supply priority, and an equipment class
    // owned (onSiteDate "" = on site now, an ISO date, or nullopt = not owned).
    void setReadiness(const QString& readiness);
    void setBridgePowerMw(double mw);
    void setSupplyPriority(bool on);
    void setOwned(const std::string& equipmentClass, std::optional<std::string> onSiteDate);

    // Recomputes now on the GUI thread (also used on creation).
    void recomputeNow();

signals:
    void scheduleUpdated();

private:
    // The constructor's steps: one per group of widgets, then the connections.
    QBoxLayout* buildHeadline(QWidget* body);
    QBoxLayout* buildFastTrack(QWidget* body);
    QWidget* buildViews(QWidget* body);
    void connectControls();
    void onChanged(const DesignChange& change);
    void clearForNewDesign();
    void launch();
    void landed();
    void keep(std::uint64_t stamp, std::shared_ptr<const void> output);
    void apply(std::shared_ptr<const ScheduleResult> result, const QString& error, qint64 ms);
    void editTask(int taskIndex);
    void editTableRow(int row, int column);
    void refreshControls();
    void fillTable();
    void fillRamp();
    void fillOwnedMenu();

    Document* document_;
    GanttView* gantt_;
    QChartView* rampView_;
    QTableWidget* table_;
    QComboBox* delivery_;
    QDateEdit* start_;
    QComboBox* zoom_;
    QComboBox* readiness_;
    QDoubleSpinBox* bridge_;
    QCheckBox* priority_;
    QToolButton* owned_;
    QLabel* driver_;
    QLabel* firstToken_;
    QLabel* fullCapacity_;
    QLabel* status_;
    std::optional<ScheduleResult> result_;
    QString error_;
    qint64 lastRunMs_ = 0;
    LatestJobRunner* runner_;
    // The programmes of the most recent stamps (Document::variantStamp).
    KeptResults<void> kept_;
    bool filling_ = false;
};

// Adds the schedule dock to a main window (bottom area, tabbed with what is there), with a
// toggle in the window's "View" menu when it has one.
ScheduleDock* installScheduleDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
