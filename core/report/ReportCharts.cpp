#include "core/report/ReportCharts.hpp"
#include "core/i18n/MonthNames.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace aifp::report {

namespace {

// A "nice" axis step (1, 2 or 5 times a power of ten) giving about n ticks up to maxValue.
double niceStep(double maxValue, int n) {
    if (!(maxValue > 0))
        return 1.0;
    const double raw = maxValue / n;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * p)
            return m * p;
    return 10 * p;
}

// Calls tick(day, label) for the first day of each month in [first, last]; label is "Mon 'YY"
// every `every` months (by spanDays), else empty.
template <class F> void monthTicks(long first, long last, F tick) {
    const long spanDays = last - first;
    const int every = spanDays > 900 ? 6 : spanDays > 420 ? 3 : 1;
    const std::string iso = isoFromDays(first);
    int y = 0, m = 0;
    std::from_chars(iso.data(), iso.data() + 4, y);
    std::from_chars(iso.data() + 5, iso.data() + 7, m);
    for (int guard = 0; guard < 600; ++guard) {
        long d = 0;
        const std::string ys = fileInteger(y);
        daysFromIso(ys + (m < 10 ? "-0" : "-") + fileInteger(m) + "-01", d);
        if (d > last)
            break;
        if (d >= first)
            tick(d, (m - 1) % every == 0 ? monthAbbreviation(m) + " '" + ys.substr(ys.size() - 2)
                                         : std::string());
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
}

} // namespace

Canvas drawBarChart(const std::string& title, const std::vector<BarDatum>& bars,
                    const std::function<std::string(double)>& formatValue, double widthPt) {
    const double rowH = 20.0;
    const double top = 24.0;
    const double h = top + rowH * static_cast<double>(std::max<std::size_t>(bars.size(), 1)) + 22;
    Canvas c(widthPt, h);
    c.text(0, 12, title, 10, Font::Bold, Align::Left, colors::kNavy);
    double labelW = 40;
    for (const BarDatum& b : bars)
        labelW = std::max(labelW, textWidthPt(b.label, Font::Regular, 8) + 6);
    labelW = std::min(labelW, widthPt * 0.4);
    double maxV = 0;
    for (const BarDatum& b : bars)
        maxV = std::max({maxV, b.value, std::isfinite(b.high) ? b.high : 0.0});
    const double valueW = 90;
    const double plotW = widthPt - labelW - valueW;
    const double step = niceStep(maxV, 4);
    const double axisMax = maxV > 0 ? std::ceil(maxV / step) * step : 1.0;
    auto X = [&](double v) { return labelW + plotW * v / axisMax; };
    const double plotBottom = top + rowH * static_cast<double>(bars.size());
    for (double v = 0; v <= axisMax + 1e-9; v += step) {
        c.line(X(v), top - 2, X(v), plotBottom, Stroke{colors::kLightGrey, 0.4});
        c.text(X(v), plotBottom + 10, formatValue(v), 6.5, Font::Regular, Align::Center,
               colors::kGrey);
    }
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const BarDatum& b = bars[i];
        const double y = top + rowH * static_cast<double>(i);
        c.text(labelW - 6, y + 12, elide(b.label, Font::Regular, 8, labelW - 6), 8, Font::Regular,
               Align::Right);
        const double v = std::isfinite(b.value) ? std::max(0.0, b.value) : 0.0;
        c.fillRect(X(0), y + 4, X(v) - X(0), rowH - 8, b.color);
        double textX = X(v) + 4;
        if (std::isfinite(b.low) && std::isfinite(b.high)) {
            const Stroke s{colors::kBlack, 0.8};
            c.line(X(b.low), y + rowH / 2, X(b.high), y + rowH / 2, s);
            c.line(X(b.low), y + 6, X(b.low), y + rowH - 6, s);
            c.line(X(b.high), y + 6, X(b.high), y + rowH - 6, s);
            textX = std::max(textX, X(b.high) + 4);
        }
        c.text(textX, y + 12, std::isfinite(b.value) ? formatValue(b.value) : "n/a", 7.5,
               Font::Bold);
    }
    c.line(X(0), top - 2, X(0), plotBottom, Stroke{colors::kBlack, 0.8});
    return c;
}

Canvas drawTornadoChart(const std::string& title, double base, const std::vector<TornadoRow>& rows,
                        const std::function<std::string(double)>& formatValue, double widthPt) {
    const double rowH = 14.0, top = 20.0;
    const double h = top + rowH * static_cast<double>(std::max<std::size_t>(rows.size(), 1)) + 16;
    Canvas c(widthPt, h);
    c.text(0, 12, title, 10, Font::Bold, Align::Left, colors::kNavy);
    // Legend, right-aligned on the title's line: which side is which end of the input's range.
    const std::string lowText = tr("Report", "input at the low end");
    const std::string highText = tr("Report", "input at the high end");
    const double highW = textWidthPt(highText, Font::Regular, 7.5);
    const double lowW = textWidthPt(lowText, Font::Regular, 7.5);
    const double hx = widthPt - highW - 13;
    const double lx = hx - 16 - lowW - 13;
    c.fillRect(lx, 4, 9, 9, colors::kBlue);
    c.text(lx + 13, 12, lowText, 7.5);
    c.fillRect(hx, 4, 9, 9, colors::kOrange);
    c.text(hx + 13, 12, highText, 7.5);
    double labelW = 60;
    for (const TornadoRow& r : rows)
        labelW = std::max(labelW, textWidthPt(r.label, Font::Regular, 7.5) + 8);
    labelW = std::min(labelW, widthPt * 0.42);
    // The axis spans base and every finite output, with room for the value labels at both ends.
    double lo = base, hi = base;
    for (const TornadoRow& r : rows)
        for (double v : {r.outputLow, r.outputHigh})
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!(hi > lo)) {
        lo = base - 1.0;
        hi = base + 1.0;
    }
    const double valueW = 64;
    const double plotL = labelW + valueW, plotR = widthPt - valueW;
    auto X = [&](double v) { return plotL + (plotR - plotL) * (v - lo) / (hi - lo); };
    const double plotBottom = top + rowH * static_cast<double>(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TornadoRow& r = rows[i];
        const double y = top + rowH * static_cast<double>(i);
        if (i % 2 == 1)
            c.fillRect(0, y, widthPt, rowH, Color{245, 246, 250});
        c.text(labelW - 6, y + 10, elide(r.label, Font::Regular, 7.5, labelW - 8), 7.5,
               Font::Regular, Align::Right);
        bool any = false;
        for (int end = 0; end < 2; ++end) {
            const double v = end == 0 ? r.outputLow : r.outputHigh;
            if (!std::isfinite(v))
                continue;
            any = true;
            const double a = std::min(X(base), X(v)), b = std::max(X(base), X(v));
            c.fillRect(a, y + 2, std::max(b - a, 0.8), rowH - 4,
                       end == 0 ? colors::kBlue : colors::kOrange);
        }
        if (!any) {
            c.text(X(base) + 4, y + 10, tr("Report", "n/a"), 7, Font::Regular, Align::Left,
                   colors::kGrey);
            continue;
        }
        // Values outside the bar's ends: the smaller output left, the larger right.
        const double vmin = std::isfinite(r.outputLow) && std::isfinite(r.outputHigh)
                                ? std::min(r.outputLow, r.outputHigh)
                                : (std::isfinite(r.outputLow) ? r.outputLow : r.outputHigh);
        const double vmax = std::isfinite(r.outputLow) && std::isfinite(r.outputHigh)
                                ? std::max(r.outputLow, r.outputHigh)
                                : vmin;
        c.text(std::min(X(vmin), X(base)) - 3, y + 10, formatValue(vmin), 7, Font::Regular,
               Align::Right);
        if (vmax != vmin || vmax > base)
            c.text(std::max(X(vmax), X(base)) + 3, y + 10, formatValue(vmax), 7, Font::Regular,
                   Align::Left);
    }
    c.line(X(base), top - 4, X(base), plotBottom + 2, Stroke{colors::kBlack, 1.0});
    c.text(X(base), plotBottom + 11, fill(tr("Report", "base %1"), {formatValue(base)}), 7.5,
           Font::Bold, Align::Center);
    return c;
}

Canvas drawStackedBar(const std::string& title, const std::vector<BarDatum>& parts,
                      const std::function<std::string(double)>& formatValue, double widthPt) {
    Canvas c(widthPt, 110); // room for a legend of up to three lines
    c.text(0, 12, title, 10, Font::Bold, Align::Left, colors::kNavy);
    double total = 0;
    for (const BarDatum& p : parts)
        total += std::isfinite(p.value) ? std::max(0.0, p.value) : 0.0;
    if (total <= 0) {
        c.text(0, 40, tr("Report", "no data"), 8, Font::Regular, Align::Left, colors::kGrey);
        return c;
    }
    double x = 0;
    for (const BarDatum& p : parts) {
        const double v = std::isfinite(p.value) ? std::max(0.0, p.value) : 0.0;
        const double w = widthPt * v / total;
        c.fillRect(x, 22, w, 24, p.color, true, Stroke{colors::kWhite, 0.8});
        const std::string pct = formatNumber(100.0 * v / total, 1) + " %";
        if (w > textWidthPt(pct, Font::Bold, 8) + 4)
            c.text(x + w / 2, 37, pct, 8, Font::Bold, Align::Center, colors::kWhite);
        x += w;
    }
    // Legend, wrapped onto further lines when it is wider than the chart.
    double lx = 0, ly = 58;
    for (const BarDatum& p : parts) {
        const std::string t = p.label + ": " + formatValue(p.value);
        const double itemW = textWidthPt(t, Font::Regular, 8) + 30;
        if (lx > 0 && lx + itemW > widthPt) {
            lx = 0;
            ly += 13;
        }
        c.fillRect(lx, ly, 9, 9, p.color);
        c.text(lx + 13, ly + 8, t, 8);
        lx += itemW;
    }
    c.text(0, ly + 24, fill(tr("Report", "Total: %1"), {formatValue(total)}), 8, Font::Bold);
    return c;
}

namespace {

// Widens a summary row or span (ReportTask or ReportTaskSpan) to cover task t: the earlier
// start, the later finish, critical when t is.
template <class Span> void widenToCover(Span& span, const ReportTask& t) {
    if (t.startDay < span.startDay) {
        span.startDay = t.startDay;
        span.startIso = t.startIso;
    }
    if (t.finishDay > span.finishDay) {
        span.finishDay = t.finishDay;
        span.finishIso = t.finishIso;
    }
    span.critical = span.critical || t.critical;
}

} // namespace

std::vector<ReportTask> summarizeTasks(const std::vector<ReportTask>& tasks, std::size_t maxRows) {
    std::vector<ReportTask> rows;
    if (tasks.size() <= maxRows) {
        rows = tasks;
    } else {
        std::map<std::string, ReportTask> groups;
        std::map<std::string, int> counts;
        std::vector<ReportTask> milestones;
        for (const ReportTask& t : tasks) {
            if (t.milestone) {
                milestones.push_back(t);
                continue;
            }
            const std::string key = t.group.empty() ? t.name : t.group;
            auto it = groups.find(key);
            if (it == groups.end()) {
                ReportTask g = t;
                g.id = "group:" + key;
                g.name = key;
                groups.emplace(key, g);
            } else {
                widenToCover(it->second, t);
            }
            ++counts[key];
        }
        for (auto& [key, g] : groups) {
            if (counts[key] > 1)
                g.name = key + " (" +
                         fill(tr("Report", "%1 activities"),
                              {formatCount(static_cast<double>(counts[key]))}) +
                         ")";
            rows.push_back(g);
        }
        if (rows.size() + milestones.size() <= maxRows) {
            rows.insert(rows.end(), milestones.begin(), milestones.end());
        } else {
            // Still too long (a campus of many halls): one row per area (hall or site) holding
            // its procurement, construction and commissioning spans and its milestones. Every
            // area and every milestone is kept, at any scale.
            rows.clear();
            std::map<std::string, std::size_t> rowOf;
            for (const ReportTask& t : tasks) {
                const std::string area = t.area.empty() ? t.group : t.area;
                auto it = rowOf.find(area);
                if (it == rowOf.end()) {
                    ReportTask r;
                    r.id = "area:" + area;
                    r.name = area;
                    r.area = area;
                    r.startDay = t.startDay;
                    r.finishDay = t.finishDay;
                    r.startIso = t.startIso;
                    r.finishIso = t.finishIso;
                    it = rowOf.emplace(area, rows.size()).first;
                    rows.push_back(r);
                }
                ReportTask& r = rows[it->second];
                widenToCover(r, t);
                if (t.milestone) {
                    r.spans.push_back({t.id, t.name, t.phase, t.startDay, t.finishDay, t.startIso,
                                       t.finishIso, t.critical, true});
                    continue;
                }
                auto span = std::find_if(r.spans.begin(), r.spans.end(), [&](const auto& p) {
                    return !p.milestone && p.phase == t.phase;
                });
                if (span == r.spans.end()) {
                    r.spans.push_back({"", "", t.phase, t.startDay, t.finishDay, t.startIso,
                                       t.finishIso, t.critical, false});
                    continue;
                }
                widenToCover(*span, t);
            }
            for (ReportTask& r : rows) {
                const auto n = static_cast<double>(
                    std::count_if(tasks.begin(), tasks.end(), [&](const ReportTask& t) {
                        return (t.area.empty() ? t.group : t.area) == r.area && !t.milestone;
                    }));
                r.name += " (" + fill(tr("Report", "%1 activities"), {formatCount(n)}) + ")";
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ReportTask& a, const ReportTask& b) {
        return a.startDay != b.startDay ? a.startDay < b.startDay : a.finishDay < b.finishDay;
    });
    return rows;
}

namespace {

struct GanttSpan {
    long s, f; // calendar days since 1970-01-01; f exclusive
};

// Calendar day span of a task or span (finish exclusive; a milestone has no length).
template <class T> GanttSpan calendarSpan(const T& t, long start) {
    long s = start, f = start;
    if (!daysFromIso(t.startIso, s))
        s = start + t.startDay * 7 / 5; // working days to calendar days (5-day weeks)
    if (!daysFromIso(t.finishIso, f))
        f = start + t.finishDay * 7 / 5;
    else
        f += 1;
    if (t.milestone)
        f = s;
    return {s, std::max(f, s)};
}

Color phaseColor(TaskPhase p) {
    switch (p) {
    case TaskPhase::Procurement:
        return Color{150, 170, 200};
    case TaskPhase::Construction:
        return colors::kBlue;
    case TaskPhase::Commissioning:
        return colors::kTeal;
    }
    return colors::kBlue;
}

// A summarised area row: procurement as a thin bar in the upper half, construction and
// commissioning as bars in the lower half, critical spans outlined in red, milestones as
// diamonds (their names and dates are in the milestone table).
template <class F> void drawAreaRow(Canvas& c, const ReportTask& row, double ry, double rowH, F X) {
    long start = 0;
    daysFromIso(row.startIso, start);
    for (const ReportTaskSpan& p : row.spans) {
        if (p.milestone)
            continue;
        const GanttSpan d = calendarSpan(p, start);
        const double x0 = X(d.s), w = std::max(1.5, X(d.f) - x0);
        const bool upper = p.phase == TaskPhase::Procurement;
        const double y = upper ? ry + 1.5 : ry + 6.0, h = upper ? 4.0 : rowH - 7.5;
        c.fillRect(x0, y, w, h, phaseColor(p.phase), p.critical, Stroke{colors::kRed, 1.0});
    }
    for (const ReportTaskSpan& p : row.spans) {
        if (!p.milestone)
            continue;
        const double x = X(calendarSpan(p, start).s), cy = ry + rowH / 2;
        c.polygon({x, cy - 3.5, x + 3.5, cy, x, cy + 3.5, x - 3.5, cy},
                  p.critical ? colors::kRed : colors::kNavy, true, Stroke{colors::kWhite, 0.5});
    }
}

// One chart of rows on the calendar axis [first, last].
Canvas drawGanttPart(const std::vector<ReportTask>& rows, const std::vector<GanttSpan>& spans,
                     long first, long last) {
    const double widthPt = 770;
    const double rowH = 13.0;
    const double top = 30.0;
    const double labelW = 230.0;
    const bool areaRows =
        std::any_of(rows.begin(), rows.end(), [](const ReportTask& t) { return !t.spans.empty(); });
    const double h = top + rowH * static_cast<double>(std::max<std::size_t>(rows.size(), 1)) + 30 +
                     (areaRows ? 14.0 : 0.0);
    Canvas c(widthPt, h);
    const double plotW = widthPt - labelW - 10;
    auto X = [&](long d) {
        return labelW + plotW * static_cast<double>(d - first) / static_cast<double>(last - first);
    };
    // Month grid: a tick on the first of each month, labelled every month, quarter or half.
    const double plotBottom = top + rowH * static_cast<double>(rows.size());
    monthTicks(first, last, [&](long d, const std::string& label) {
        c.line(X(d), top - 4, X(d), plotBottom, Stroke{colors::kLightGrey, 0.4});
        if (!label.empty())
            c.text(X(d) + 2, top - 8, label, 6.5, Font::Regular, Align::Left, colors::kGrey);
    });
    c.text(0, top - 8, tr("Report", "Activity"), 8, Font::Bold, Align::Left, colors::kNavy);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ReportTask& t = rows[i];
        const double ry = top + rowH * static_cast<double>(i);
        if (i % 2 == 0)
            c.fillRect(0, ry, widthPt, rowH, Color{246, 247, 250});
        const Color col = t.critical ? colors::kRed : colors::kBlue;
        c.text(2, ry + 9.5, elide(t.name, Font::Regular, 7, labelW - 6), 7,
               t.critical ? Font::Bold : Font::Regular, Align::Left,
               t.critical ? colors::kRed : colors::kBlack);
        const double x0 = X(spans[i].s), x1 = X(spans[i].f);
        if (!t.spans.empty()) {
            drawAreaRow(c, t, ry, rowH, X);
            continue;
        }
        if (t.milestone) {
            const double cy = ry + rowH / 2;
            c.polygon({x0, cy - 4.5, x0 + 4.5, cy, x0, cy + 4.5, x0 - 4.5, cy}, col);
            const bool leftSide = x0 > labelW + plotW * 0.7;
            c.text(leftSide ? x0 - 7 : x0 + 7, ry + 9.5, isoFromDays(spans[i].s), 6.5,
                   Font::Regular, leftSide ? Align::Right : Align::Left, colors::kGrey);
        } else {
            c.fillRect(x0, ry + 2.5, std::max(1.5, x1 - x0), rowH - 5, col);
        }
    }
    c.line(labelW, plotBottom, widthPt - 10, plotBottom, Stroke{colors::kBlack, 0.6});
    const double ly = plotBottom + 16;
    c.fillRect(labelW, ly - 7, 14, 7, colors::kRed);
    c.text(labelW + 18, ly, tr("Report", "critical path (zero float)"), 7.5);
    c.fillRect(labelW + 150, ly - 7, 14, 7, colors::kBlue);
    c.text(labelW + 168, ly, tr("Report", "activity with float"), 7.5);
    c.polygon({labelW + 300, ly - 8, labelW + 304, ly - 4, labelW + 300, ly, labelW + 296, ly - 4},
              colors::kBlue);
    c.text(labelW + 308, ly, tr("Report", "milestone"), 7.5);
    if (areaRows) {
        // Rows summarising a hall or the site: the phases' colours.
        const double y2 = ly + 14;
        double x = labelW;
        for (TaskPhase p :
             {TaskPhase::Procurement, TaskPhase::Construction, TaskPhase::Commissioning}) {
            const bool upper = p == TaskPhase::Procurement;
            c.fillRect(x, upper ? y2 - 7 : y2 - 5, 14, upper ? 4 : 5, phaseColor(p));
            const std::string label = p == TaskPhase::Procurement ? tr("Report", "procurement")
                                      : p == TaskPhase::Construction
                                          ? tr("Report", "construction")
                                          : tr("Report", "commissioning");
            c.text(x + 18, y2, label, 7.5);
            x += 30 + textWidthPt(label, Font::Regular, 7.5);
        }
        c.fillRect(x, y2 - 7, 14, 7, colors::kLightGrey, true, Stroke{colors::kRed, 1.0});
        c.text(x + 18, y2, tr("Report", "phase on the critical path (hall and site rows)"), 7.5);
    }
    return c;
}

} // namespace

std::vector<Canvas> drawGanttCharts(const std::vector<ReportTask>& rows,
                                    const std::string& startIso, std::size_t rowsPerChart) {
    long start = 0;
    if (!daysFromIso(startIso, start)) {
        Canvas c(770, 60);
        c.text(0, 20, fill(tr("Report", "Schedule start date '%1' is not an ISO date"), {startIso}),
               9, Font::Bold, Align::Left, colors::kRed);
        return {c};
    }
    // Calendar span from the tasks' ISO dates (finish is the last working day, inclusive); one
    // axis for every chart, so that the parts read as one programme.
    long first = start, last = start + 30;
    std::vector<GanttSpan> spans;
    for (const ReportTask& t : rows) {
        spans.push_back(calendarSpan(t, start));
        first = std::min(first, spans.back().s);
        last = std::max(last, spans.back().f);
    }
    rowsPerChart = std::max<std::size_t>(rowsPerChart, 1);
    std::vector<Canvas> out;
    for (std::size_t at = 0; at < rows.size() || out.empty(); at += rowsPerChart) {
        const std::size_t end = std::min(rows.size(), at + rowsPerChart);
        out.push_back(drawGanttPart({rows.begin() + static_cast<std::ptrdiff_t>(at),
                                     rows.begin() + static_cast<std::ptrdiff_t>(end)},
                                    {spans.begin() + static_cast<std::ptrdiff_t>(at),
                                     spans.begin() + static_cast<std::ptrdiff_t>(end)},
                                    first, last));
    }
    return out;
}

Canvas drawGanttChart(const std::vector<ReportTask>& rows, const std::string& startIso) {
    return drawGanttCharts(rows, startIso, std::max<std::size_t>(rows.size(), 1)).front();
}

Canvas drawRampChart(const std::vector<ReportRampPoint>& ramp, double tokensPerSecondAtFull,
                     double gpusAtFull) {
    const double widthPt = 770, heightPt = 250;
    Canvas c(widthPt, heightPt);
    const double left = 60, right = widthPt - 70, top = 30, bottom = heightPt - 40;
    std::vector<long> days;
    for (const ReportRampPoint& p : ramp) {
        long d = 0;
        if (!daysFromIso(p.dateIso, d))
            break;
        days.push_back(d);
    }
    if (ramp.empty() || days.size() != ramp.size()) {
        c.text(left, top + 20,
               ramp.empty() ? tr("Report", "no ramp data")
                            : tr("Report", "ramp dates are not ISO dates"),
               9, Font::Regular, Align::Left, colors::kGrey);
        return c;
    }
    double maxMw = 0, maxGpu = 0;
    for (const ReportRampPoint& p : ramp) {
        maxMw = std::max(maxMw, p.mwEnergised);
        maxGpu = std::max(maxGpu, p.gpusOnline);
    }
    const long first = days.front(), last = std::max(days.back() + 7, first + 30);
    const double mwStep = niceStep(maxMw, 5), gpuStep = niceStep(maxGpu, 5);
    const double mwMax = maxMw > 0 ? std::ceil(maxMw / mwStep) * mwStep : 1;
    const double gpuMax = maxGpu > 0 ? std::ceil(maxGpu / gpuStep) * gpuStep : 1;
    auto X = [&](long d) {
        return left +
               (right - left) * static_cast<double>(d - first) / static_cast<double>(last - first);
    };
    auto Ymw = [&](double v) { return bottom - (bottom - top) * v / mwMax; };
    auto Ygpu = [&](double v) { return bottom - (bottom - top) * v / gpuMax; };
    for (double v = 0; v <= mwMax + 1e-9; v += mwStep) {
        c.line(left, Ymw(v), right, Ymw(v), Stroke{colors::kLightGrey, 0.4});
        c.text(left - 4, Ymw(v) + 3, formatNumber(v, mwStep < 1 ? 1 : 0), 7, Font::Regular,
               Align::Right, colors::kOrange);
    }
    for (double v = 0; v <= gpuMax + 1e-9; v += gpuStep)
        c.text(right + 4, Ygpu(v) + 3, formatCount(v), 7, Font::Regular, Align::Left,
               colors::kGreen);
    monthTicks(first, last, [&](long d, const std::string& label) {
        c.line(X(d), bottom, X(d), bottom + 3, Stroke{colors::kBlack, 0.6});
        if (!label.empty())
            c.text(X(d), bottom + 12, label, 7, Font::Regular, Align::Center);
    });
    c.text(left - 40, (top + bottom) / 2, "MW energised", 7.5, Font::Bold, Align::Center,
           colors::kOrange, 90);
    c.text(right + 56, (top + bottom) / 2, "GPUs online", 7.5, Font::Bold, Align::Center,
           colors::kGreen, 90);
    // Step lines: a value holds until the next point.
    std::vector<double> mw, gpu;
    for (std::size_t i = 0; i < ramp.size(); ++i) {
        const ReportRampPoint& p = ramp[i];
        if (i > 0) {
            mw.insert(mw.end(), {X(days[i]), Ymw(ramp[i - 1].mwEnergised)});
            gpu.insert(gpu.end(), {X(days[i]), Ygpu(ramp[i - 1].gpusOnline)});
        }
        mw.insert(mw.end(), {X(days[i]), Ymw(p.mwEnergised)});
        gpu.insert(gpu.end(), {X(days[i]), Ygpu(p.gpusOnline)});
    }
    std::vector<double> area = mw;
    area.insert(area.end(), {X(days.back()), bottom, X(days.front()), bottom});
    c.polygon(area, Color{252, 228, 200}, false);
    c.polyline(mw, Stroke{colors::kOrange, 1.6});
    c.polyline(gpu, Stroke{colors::kGreen, 1.6});
    c.line(left, top, left, bottom, Stroke{colors::kBlack, 0.6});
    c.line(left, bottom, right, bottom, Stroke{colors::kBlack, 0.6});
    c.line(right, top, right, bottom, Stroke{colors::kBlack, 0.6});
    c.fillRect(left + 10, 6, 14, 4, colors::kOrange);
    c.text(left + 28, 11, tr("Report", "MW energised (left axis)"), 7.5);
    c.fillRect(left + 160, 6, 14, 4, colors::kGreen);
    c.text(left + 178, 11, tr("Report", "GPUs online (right axis)"), 7.5);
    // Tokens/s at full capacity, scaled by the GPUs online (same model, same scenario).
    if (std::isfinite(tokensPerSecondAtFull) && gpusAtFull > 0) {
        const ReportRampPoint& endPoint = ramp.back();
        c.text(left + 320, 11,
               fill(tr("Report", "Tokens/s at the last step: %1 (%2 GPUs, %3)"),
                    {formatScaled(tokensPerSecondAtFull * endPoint.gpusOnline / gpusAtFull, 3),
                     formatCount(endPoint.gpusOnline), endPoint.dateIso}),
               7.5, Font::Bold, Align::Left, colors::kNavy);
    }
    return c;
}

} // namespace aifp::report
