#pragma once
#include "core/schedule/ScheduleResult.hpp"
#include <QColor>
#include <QDate>
#include <QWidget>
#include <vector>

class QPainter;

namespace aifp::ui {

// A Gantt chart of a ScheduleResult painted with QPainter: one row per task (name on the left),
// bars on a calendar axis, critical tasks in red, milestones as diamonds (first token and
// energisation in colour), dependency arrows between the attach points of each link type (FS:
// finish to start, SS: start to start, FF: finish to finish, SF: start to finish). The axis
// granularity follows the zoom: weeks, months or quarters. Ctrl+wheel zooms; double-clicking a
// row emits taskActivated. Sits in a QScrollArea (its size hint is the whole chart).
class GanttView : public QWidget {
    Q_OBJECT
public:
    enum class Zoom { Weeks, Months, Quarters };

    explicit GanttView(QWidget* parent = nullptr);

    void setSchedule(const ScheduleResult& result);
    void clear();
    const ScheduleResult& schedule() const { return result_; }

    void setZoom(Zoom zoom);
    Zoom zoom() const { return zoom_; }
    double pixelsPerDay() const;

    // Geometry and colour of a task's bar (empty rect / invalid colour for an unknown id).
    QRectF barRect(const std::string& taskId) const;
    QColor barColor(const std::string& taskId) const;
    // The task under a widget point, or -1.
    int taskAt(const QPoint& pos) const;
    // The axis labels currently drawn (for tests and accessibility), left to right.
    QStringList axisLabels() const;

    static QColor criticalColor() { return QColor(200, 30, 30); }
    static QColor normalColor() { return QColor(70, 120, 190); }
    static QColor doneColor() { return QColor(170, 200, 170); } // done before the start

    QSize sizeHint() const override;

signals:
    void taskActivated(int taskIndex);
    void zoomChanged(aifp::ui::GanttView::Zoom zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Row {
        QDate start;  // first day
        QDate finish; // day after the last day (exclusive); start for milestones
        bool milestone = false;
        bool critical = false;
        bool done = false; // done before the programme start: a "done" tag, not a bar
    };
    double xOf(const QDate& d) const;
    QRectF rowBar(int i) const;
    double rowY(int i) const;
    QDate axisStart() const;
    QDate axisEnd() const;
    std::vector<std::pair<QDate, QString>> ticks() const;
    void updateGeometryHint();
    // paintEvent's layers, back to front.
    void paintAxis(QPainter& p, double bottom) const;
    void paintDependencies(QPainter& p) const;
    void paintBars(QPainter& p) const;
    void paintLabelColumn(QPainter& p, double bottom) const;

    ScheduleResult result_;
    std::vector<Row> rows_;
    QDate start_;
    QDate end_;
    Zoom zoom_ = Zoom::Months;
    static constexpr int kRowH = 18;
    static constexpr int kHeaderH = 36;
    static constexpr int kLabelW = 290;
    static constexpr int kDoneTagW = 40;
};

} // namespace aifp::ui
