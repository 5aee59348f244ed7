#include "ui/docks/GanttView.hpp"
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <map>

namespace aifp::ui {

namespace {

QDate isoDate(const std::string& iso) {
    return QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
}

// An elbow arrow from predecessor bar a to successor bar b, at the ends the link type names.
void drawDependency(QPainter& p, const QRectF& a, const QRectF& b, LinkType type, const QColor& c) {
    const bool fromFinish = type == LinkType::FinishToStart || type == LinkType::FinishToFinish;
    const bool toFinish = type == LinkType::FinishToFinish || type == LinkType::StartToFinish;
    const QPointF from(fromFinish ? a.right() : a.left(), a.center().y());
    const QPointF to(toFinish ? b.right() : b.left(), b.center().y());
    p.setPen(QPen(c, 1));
    p.setBrush(Qt::NoBrush);
    // Elbow: out horizontally, down to the successor row, in horizontally.
    const double dir = toFinish ? 1.0 : -1.0; // side of the target the arrow enters
    const double xIn = to.x() + dir * 6.0;
    QPainterPath path(from);
    const double xOut = from.x() + (fromFinish ? 4.0 : -4.0);
    path.lineTo(xOut, from.y());
    path.lineTo(xOut, to.y());
    path.lineTo(xIn, to.y());
    path.lineTo(to);
    p.drawPath(path);
    // Arrow head pointing into the target.
    QPolygonF head;
    head << to << QPointF(to.x() + dir * 5.0, to.y() - 3.0)
         << QPointF(to.x() + dir * 5.0, to.y() + 3.0);
    p.setBrush(c);
    p.drawPolygon(head);
}

} // namespace

GanttView::GanttView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("ganttView"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
}

void GanttView::clear() {
    result_ = ScheduleResult{};
    rows_.clear();
    start_ = end_ = QDate();
    updateGeometryHint();
    update();
}

void GanttView::setSchedule(const ScheduleResult& result) {
    result_ = result;
    rows_.clear();
    start_ = isoDate(result.startDate);
    end_ = start_;
    const auto& tasks = result_.network.tasks;
    for (std::size_t i = 0; i < tasks.size() && i < result_.cpm.timings.size(); ++i) {
        const TaskTiming& t = result_.cpm.timings[i];
        Row r;
        r.done = tasks[i].done;
        r.milestone = tasks[i].durationDays <= 0.0 && !r.done;
        r.critical = t.critical;
        r.start = isoDate(t.start);
        r.finish = r.milestone ? r.start : isoDate(t.finish).addDays(1);
        if (!r.start.isValid())
            r.start = start_;
        if (!r.finish.isValid())
            r.finish = r.start;
        if (!start_.isValid() || r.start < start_)
            start_ = r.start;
        end_ = std::max(end_, r.finish);
        rows_.push_back(r);
    }
    updateGeometryHint();
    update();
}

void GanttView::setZoom(Zoom zoom) {
    if (zoom == zoom_)
        return;
    zoom_ = zoom;
    updateGeometryHint();
    update();
    emit zoomChanged(zoom_);
}

double GanttView::pixelsPerDay() const {
    switch (zoom_) {
    case Zoom::Weeks:
        return 6.0; // 42 px per week
    case Zoom::Months:
        return 2.0; // ~61 px per month
    case Zoom::Quarters:
        return 0.75; // ~68 px per quarter
    }
    return 2.0;
}

QDate GanttView::axisStart() const {
    if (!start_.isValid())
        return {};
    switch (zoom_) {
    case Zoom::Weeks:
        return start_.addDays(1 - start_.dayOfWeek()); // Monday of the start week
    case Zoom::Months:
        return QDate(start_.year(), start_.month(), 1);
    case Zoom::Quarters:
        return QDate(start_.year(), ((start_.month() - 1) / 3) * 3 + 1, 1);
    }
    return start_;
}

QDate GanttView::axisEnd() const {
    return end_.isValid() ? end_.addDays(30) : QDate();
}

double GanttView::xOf(const QDate& d) const {
    return kLabelW + 4 + static_cast<double>(axisStart().daysTo(d)) * pixelsPerDay();
}

double GanttView::rowY(int i) const {
    return kHeaderH + i * kRowH;
}

QRectF GanttView::rowBar(int i) const {
    const Row& r = rows_[static_cast<std::size_t>(i)];
    const double y = rowY(i);
    if (r.done) // a fixed-width tag at the programme start
        return QRectF(xOf(r.start), y + 3, kDoneTagW, kRowH - 6);
    if (r.milestone)
        return QRectF(xOf(r.start) - 6, y + 3, 12, kRowH - 6);
    const double x0 = xOf(r.start);
    const double x1 = std::max(xOf(r.finish), x0 + 2.0);
    return QRectF(x0, y + 4, x1 - x0, kRowH - 8);
}

QRectF GanttView::barRect(const std::string& taskId) const {
    const auto& tasks = result_.network.tasks;
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (tasks[i].id == taskId)
            return rowBar(static_cast<int>(i));
    return {};
}

QColor GanttView::barColor(const std::string& taskId) const {
    const auto& tasks = result_.network.tasks;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (tasks[i].id != taskId)
            continue;
        if (rows_[i].done)
            return doneColor();
        if (rows_[i].critical)
            return criticalColor();
        if (rows_[i].milestone) {
            if (tasks[i].kind == "milestone.first_token")
                return QColor(40, 140, 60);
            if (tasks[i].kind == "milestone.energized")
                return QColor(230, 130, 20);
            return QColor(60, 60, 60);
        }
        return normalColor();
    }
    return {};
}

int GanttView::taskAt(const QPoint& pos) const {
    const int i = static_cast<int>(std::floor((pos.y() - kHeaderH) / static_cast<double>(kRowH)));
    if (pos.y() < kHeaderH || i < 0 || i >= static_cast<int>(rows_.size()))
        return -1;
    return i;
}

std::vector<std::pair<QDate, QString>> GanttView::ticks() const {
    std::vector<std::pair<QDate, QString>> out;
    const QDate a = axisStart();
    const QDate b = axisEnd();
    if (!a.isValid())
        return out;
    for (QDate d = a; d <= b;) {
        switch (zoom_) {
        case Zoom::Weeks:
            out.emplace_back(d, QLocale().toString(d, QStringLiteral("dd MMM")));
            d = d.addDays(7);
            break;
        case Zoom::Months:
            out.emplace_back(d, QLocale().toString(d, QStringLiteral("MMM yy")));
            d = d.addMonths(1);
            break;
        case Zoom::Quarters:
            out.emplace_back(d, tr("Q%1 %2", "calendar quarter and year")
                                    .arg((d.month() - 1) / 3 + 1)
                                    .arg(d.year()));
            d = d.addMonths(3);
            break;
        }
    }
    return out;
}

QStringList GanttView::axisLabels() const {
    QStringList l;
    for (const auto& [d, s] : ticks())
        l << s;
    return l;
}

void GanttView::updateGeometryHint() {
    updateGeometry();
    resize(sizeHint().expandedTo(parentWidget() ? parentWidget()->size() : QSize()));
}

QSize GanttView::sizeHint() const {
    if (rows_.empty())
        return QSize(600, 200);
    const int w = static_cast<int>(xOf(axisEnd())) + 20;
    const int h = kHeaderH + static_cast<int>(rows_.size()) * kRowH + 10;
    return QSize(w, h);
}

void GanttView::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRect clip = event->rect();
    p.fillRect(clip, palette().base());
    if (rows_.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No schedule"));
        return;
    }
    const double bottom = rowY(static_cast<int>(rows_.size()));
    paintAxis(p, bottom); // leaves the axis's small font set for the rest
    paintDependencies(p);
    paintBars(p);
    paintLabelColumn(p, bottom);
}

// Alternate row shading, the time axis with its grid and the year line.
void GanttView::paintAxis(QPainter& p, double bottom) const {
    const int n = static_cast<int>(rows_.size());
    // Alternate row shading and critical-row hint.
    for (int i = 0; i < n; ++i) {
        if (i % 2 == 1)
            p.fillRect(QRectF(0, rowY(i), width(), kRowH), QColor(244, 246, 250));
    }
    // Axis grid and labels.
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.0));
    p.setFont(small);
    for (const auto& [d, label] : ticks()) {
        const double x = xOf(d);
        p.setPen(QPen(QColor(215, 218, 225), 1));
        p.drawLine(QPointF(x, kHeaderH - 18), QPointF(x, bottom));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 3, kHeaderH - 5), label);
    }
    // Year line above month/week ticks.
    if (zoom_ != Zoom::Quarters) {
        QFont bold = small;
        bold.setBold(true);
        p.setFont(bold);
        for (int y = axisStart().year(); y <= axisEnd().year(); ++y) {
            const double x = std::max(xOf(QDate(y, 1, 1)), xOf(axisStart()));
            p.drawText(QPointF(x + 3, 12), QString::number(y));
        }
        p.setFont(small);
    }
    p.setPen(QPen(QColor(150, 150, 150), 1));
    p.drawLine(QPointF(0, kHeaderH - 1), QPointF(width(), kHeaderH - 1));
}

// Dependency arrows (behind the bars).
void GanttView::paintDependencies(QPainter& p) const {
    const auto& tasks = result_.network.tasks;
    const int n = static_cast<int>(rows_.size());
    std::map<std::string, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf[tasks[static_cast<std::size_t>(i)].id] = i;
    for (int i = 0; i < n; ++i) {
        if (rows_[static_cast<std::size_t>(i)].done)
            continue; // done work schedules nothing: no arrows in or out
        for (const Dependency& dep : tasks[static_cast<std::size_t>(i)].dependsOn) {
            auto it = indexOf.find(dep.predecessorId);
            if (it == indexOf.end() || rows_[static_cast<std::size_t>(it->second)].done)
                continue;
            const bool crit = rows_[static_cast<std::size_t>(i)].critical &&
                              rows_[static_cast<std::size_t>(it->second)].critical;
            const QColor c = crit ? criticalColor().lighter(130) : QColor(150, 155, 165);
            drawDependency(p, rowBar(it->second), rowBar(i), dep.type, c);
        }
    }
}

void GanttView::paintBars(QPainter& p) const {
    const auto& tasks = result_.network.tasks;
    const int n = static_cast<int>(rows_.size());
    // Bars, milestones and labels.
    for (int i = 0; i < n; ++i) {
        const ScheduleTask& t = tasks[static_cast<std::size_t>(i)];
        const Row& r = rows_[static_cast<std::size_t>(i)];
        const QRectF bar = rowBar(i);
        const QColor c = barColor(t.id);
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(c);
        if (r.done) {
            p.setPen(QPen(c.darker(125), 1));
            p.setBrush(c.lighter(115));
            p.drawRoundedRect(bar, 3, 3);
            p.setPen(c.darker(200));
            p.drawText(bar, Qt::AlignCenter, tr("done"));
        } else if (r.milestone) {
            QPolygonF diamond;
            diamond << QPointF(bar.center().x(), bar.top())
                    << QPointF(bar.right(), bar.center().y())
                    << QPointF(bar.center().x(), bar.bottom())
                    << QPointF(bar.left(), bar.center().y());
            p.drawPolygon(diamond);
            if (t.kind == "milestone.first_token" || t.kind == "milestone.energized") {
                p.setPen(palette().color(QPalette::Text));
                p.drawText(
                    QPointF(bar.right() + 4, bar.bottom() - 2),
                    QString::fromStdString(result_.cpm.timings[static_cast<std::size_t>(i)].start));
            }
        } else {
            p.drawRect(bar);
        }
    }
}

void GanttView::paintLabelColumn(QPainter& p, double bottom) const {
    const auto& tasks = result_.network.tasks;
    const int n = static_cast<int>(rows_.size());
    // Task names in a label column frozen at the visible left edge (the scroll area repaints the
    // whole view on horizontal scrolls, see ScheduleDock).
    const double left = visibleRegion().isEmpty() ? 0.0 : visibleRegion().boundingRect().left();
    p.fillRect(QRectF(left, 0, kLabelW, bottom + 10), palette().base());
    for (int i = 0; i < n; ++i) {
        if (i % 2 == 1)
            p.fillRect(QRectF(left, rowY(i), kLabelW, kRowH), QColor(244, 246, 250));
        const ScheduleTask& t = tasks[static_cast<std::size_t>(i)];
        const Row& r = rows_[static_cast<std::size_t>(i)];
        p.setPen(r.done       ? doneColor().darker(160)
                 : r.critical ? criticalColor()
                              : palette().color(QPalette::Text));
        const QString name =
            QString::fromStdString(t.name) +
            (r.done ? tr(" (done: %1)").arg(QString::fromStdString(t.doneReason)) : QString());
        const QString shown = p.fontMetrics().elidedText(name, Qt::ElideRight, kLabelW - 8);
        p.drawText(QRectF(left + 4, rowY(i), kLabelW - 6, kRowH), Qt::AlignVCenter | Qt::AlignLeft,
                   shown);
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(left + 4, 0, kLabelW - 6, kHeaderH - 2), Qt::AlignBottom | Qt::AlignLeft,
               tr("Task (critical path in red)"));
    p.setPen(QPen(QColor(180, 180, 180), 1));
    p.drawLine(QPointF(left + kLabelW, 0), QPointF(left + kLabelW, bottom));
    p.drawLine(QPointF(left, kHeaderH - 1), QPointF(left + kLabelW, kHeaderH - 1));
}

void GanttView::mouseDoubleClickEvent(QMouseEvent* event) {
    const int i = taskAt(event->position().toPoint());
    if (i >= 0)
        emit taskActivated(i);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void GanttView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event);
        return;
    }
    const int z = static_cast<int>(zoom_);
    if (event->angleDelta().y() > 0 && z > 0)
        setZoom(static_cast<Zoom>(z - 1)); // zoom in: finer granularity
    else if (event->angleDelta().y() < 0 && z < 2)
        setZoom(static_cast<Zoom>(z + 1));
    event->accept();
}

} // namespace aifp::ui
