#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include "ui/docks/GanttView.hpp"
#include <QDockWidget>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <string>

class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QToolButton;
class QDateEdit;
class QLabel;
class QMainWindow;
class QTableWidget;
class QThread;

namespace aifp::ui {

class Document;

// The build programme of the open design: a Gantt chart (critical path in red, dependencies,
// milestones), the capacity ramp (MW energised, GPUs online, tokens/s when the estimator can
// give them) and the schedule's lead times and durations as an editable table. Delivery model
// and start date edit design.settings; lead-time and duration edits set
// design.assumptionOverrides["schedule.*"]; all through undo commands. The dock recomputes on
// every Document::changed: on the GUI thread while a run is fast, on a worker thread once one
// took more than 50 ms (stale results of overtaken runs are dropped).
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
    bool busy() const { return running_; }

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
    void onChanged();
    void clearForNewDesign();
    void launch();
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
    bool running_ = false;
    bool rerun_ = false;
    std::shared_ptr<std::atomic<int>> generation_;
    QThread* worker_ = nullptr;
    bool filling_ = false;
};

// Adds the schedule dock to a main window (bottom area, tabbed with what is there), with a
// toggle in the window's "View" menu when it has one.
ScheduleDock* installScheduleDock(QMainWindow* window, Document* document);

} // namespace aifp::ui
