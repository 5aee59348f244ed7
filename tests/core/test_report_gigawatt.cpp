// The report's drawings of a generated 1 GW design (aifp-cli new --target-mw 1000), checked
// on the canvases rather than by eye: no two texts of a single-line diagram overlap (boxes
// measured with Pango), every box of every power-diagram page is linked to another, and the
// summarised Gantt keeps every hall's phases and every milestone. Also the one display
// convention for large figures (display::formatScaled).
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/report/ReportCharts.hpp"
#include "core/report/ReportInputsFromEngines.hpp"
#include "core/report/SingleLineDiagram.hpp"
#include "core/report/TextMetrics.hpp"
#include "core/util/NumberFormat.hpp"
#include <QStringList>
#include <QTest>
#include <set>

using namespace aifp;
using namespace aifp::report;

namespace {

const Design& gigawatt() {
    static const Design d = [] {
        FactoryTargets t;
        t.targetGridMw = 1000.0;
        return generateFactory(t, Catalog::builtin()).design;
    }();
    return d;
}

QString describe(const TextItem& t) {
    const TextBox b = textBox(t);
    return QString("'%1' at (%2, %3) %4 x %5")
        .arg(QString::fromStdString(t.text))
        .arg(b.xPt, 0, 'f', 1)
        .arg(b.yPt, 0, 'f', 1)
        .arg(b.wPt, 0, 'f', 1)
        .arg(b.hPt, 0, 'f', 1);
}

// Pairs of overlapping texts on a canvas (boxes overlapping by more than 0.2 pt each way).
QStringList overlappingTexts(const Canvas& c) {
    std::vector<const TextItem*> texts;
    for (const Item& item : c.items())
        if (auto* t = std::get_if<TextItem>(&item); t && !t->text.empty())
            texts.push_back(t);
    std::vector<TextBox> boxes;
    for (const TextItem* t : texts)
        boxes.push_back(textBox(*t));
    QStringList out;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].intersects(boxes[j], -0.2))
                out << describe(*texts[i]) + " over " + describe(*texts[j]);
    return out;
}

// Does a link (line or polyline end) touch the rectangle's top or bottom edge?
bool linked(const RectItem& r, const Canvas& c) {
    auto touches = [&](double x, double y) {
        return x >= r.xPt - 0.5 && x <= r.xPt + r.wPt + 0.5 &&
               (std::abs(y - r.yPt) < 0.5 || std::abs(y - (r.yPt + r.hPt)) < 0.5);
    };
    for (const Item& item : c.items()) {
        if (auto* p = std::get_if<PolylineItem>(&item); p && p->xyPt.size() >= 4) {
            const auto& v = p->xyPt;
            if (touches(v[0], v[1]) || touches(v[v.size() - 2], v[v.size() - 1]))
                return true;
        } else if (auto* l = std::get_if<LineItem>(&item)) {
            if (touches(l->x1Pt, l->y1Pt) || touches(l->x2Pt, l->y2Pt))
                return true;
        }
    }
    return false;
}

} // namespace

class TestReportGigawatt : public QObject {
    Q_OBJECT

private slots:
    void scaledNumbers_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        const QString nb = QString::fromUtf8("\u00a0");
        QTest::newRow("tokens/s at 1 GW") << 6.57e9 << 3 << "6.57" + nb + "G";
        QTest::newRow("written out below a million") << 657432.0 << 3 << "657,000";
        QTest::newRow("small") << 12345.0 << 3 << "12,300";
        QTest::newRow("mega") << 12345678.0 << 3 << "12.3" + nb + "M";
        QTest::newRow("rounds up to the next prefix") << 999.96e6 << 3 << "1" + nb + "G";
        QTest::newRow("rounds up to a million") << 999960.0 << 3 << "1" + nb + "M";
        QTest::newRow("annual tokens") << 1.2966e17 << 3 << "130" + nb + "P";
        QTest::newRow("tera, two digits") << 4.6e12 << 2 << "4.6" + nb + "T";
        QTest::newRow("negative") << -2.5e9 << 3 << "-2.5" + nb + "G";
        QTest::newRow("fraction") << 0.04213 << 2 << "0.042";
        QTest::newRow("not a number") << std::nan("") << 3 << "n/a";
    }
    void scaledNumbers() {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(display::formatScaled(value, digits)), text);
    }

    void scaledNumbersWithUnitAndStyle() {
        const QString nb = QString::fromUtf8("\u00a0");
        QCOMPARE(QString::fromStdString(display::formatScaled(6.57e9, "tokens/s", 3)),
                 "6.57" + nb + "G" + nb + "tokens/s");
        QCOMPARE(QString::fromStdString(display::formatScaled(12300.0, "tokens/s", 3)),
                 "12,300" + nb + "tokens/s");
        const display::NumberStyle german{",", "."};
        QCOMPARE(QString::fromStdString(display::formatScaled(6.57e9, 3, german)),
                 "6,57" + nb + "G");
        QCOMPARE(QString::fromStdString(display::formatScaled(657432.0, 3, german)), "657.000");
    }

    void singleLineLabelsDoNotOverlap() {
        const std::vector<Canvas> pages = drawSingleLineDiagrams(gigawatt(), Catalog::builtin());
        QVERIFY(pages.size() >= 2);
        int counts = 0;
        for (std::size_t p = 0; p < pages.size(); ++p) {
            const QStringList clashes = overlappingTexts(pages[p]);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(QString("diagram %1: %2").arg(p + 1).arg(clashes.join("; "))));
            for (const Item& item : pages[p].items())
                if (auto* t = std::get_if<TextItem>(&item);
                    t && t->text.size() > 1 && t->text[0] == 'x' && t->sizePt == 7.0)
                    ++counts;
            QVERIFY(pages[p].minTextSizePt() >= 6.0);
        }
        QVERIFY(counts > 0); // the link counts are drawn, not dropped
    }

    void singleLineBoxesAllLinked() {
        const std::vector<Canvas> pages = drawSingleLineDiagrams(gigawatt(), Catalog::builtin());
        for (std::size_t p = 0; p < pages.size(); ++p) {
            int boxes = 0;
            for (const Item& item : pages[p].items())
                if (auto* r = std::get_if<RectItem>(&item); r && r->stroked) {
                    ++boxes;
                    QVERIFY2(linked(*r, pages[p]),
                             qPrintable(QString("diagram %1: box at (%2, %3) has no link")
                                            .arg(p + 1)
                                            .arg(r->xPt)
                                            .arg(r->yPt)));
                }
            QVERIFY2(boxes >= 2, qPrintable(QString("diagram %1").arg(p + 1)));
        }
    }

    void ganttKeepsEveryHallAndMilestone() {
        ReportOptions o;
        const ReportInputs in = reportInputsFromEngines(gigawatt(), Catalog::builtin(), o);
        QVERIFY(in.scheduleAvailable);
        QVERIFY(in.tasks.size() > 30);
        const std::vector<ReportTask> rows = summarizeTasks(in.tasks, 30);
        QVERIFY(rows.size() <= 30); // 15 halls and the site fit one chart
        // What the rows show: (area, phase) spans and milestone ids.
        std::set<std::pair<std::string, TaskPhase>> shown;
        std::set<std::string> milestoneIds;
        for (const ReportTask& r : rows) {
            if (r.spans.empty()) {
                if (r.milestone)
                    milestoneIds.insert(r.id);
                else
                    shown.insert({r.area, r.phase});
            }
            for (const ReportTaskSpan& p : r.spans) {
                if (p.milestone)
                    milestoneIds.insert(p.id);
                else
                    shown.insert({r.area, p.phase});
            }
        }
        int milestones = 0;
        for (const ReportTask& t : in.tasks) {
            if (t.milestone) {
                ++milestones;
                QVERIFY2(milestoneIds.count(t.id), qPrintable(QString::fromStdString(t.name)));
            } else {
                QVERIFY2(shown.count({t.area, t.phase}),
                         qPrintable(QString::fromStdString(t.group)));
            }
        }
        QVERIFY(milestones > 15);
        QCOMPARE(milestoneIds.size(), static_cast<std::size_t>(milestones));
        // Every hall's procurement, construction and commissioning, by name.
        for (const Hall& h : gigawatt().halls)
            for (TaskPhase p :
                 {TaskPhase::Procurement, TaskPhase::Construction, TaskPhase::Commissioning})
                QVERIFY2(shown.count({h.name, p}),
                         qPrintable(QString::fromStdString(h.name) + " phase " +
                                    QString::number(static_cast<int>(p))));
        // Drawn: every row's label is on the chart, no text under 6 pt, no texts overlapping.
        const std::vector<Canvas> charts = drawGanttCharts(rows, in.scheduleStart, 30);
        QCOMPARE(charts.size(), std::size_t(1));
        std::size_t labels = 0;
        for (const Item& item : charts[0].items())
            if (auto* t = std::get_if<TextItem>(&item); t && t->xPt == 2.0)
                ++labels;
        QCOMPARE(labels, rows.size());
        QVERIFY(charts[0].minTextSizePt() >= 6.0);
        const QStringList clashes = overlappingTexts(charts[0]);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join("; ")));
    }

    void ganttSplitsLongRowLists() {
        // More areas than rows: nothing dropped, charts of at most 30 rows on one axis.
        std::vector<ReportTask> tasks;
        for (int a = 0; a < 70; ++a)
            for (int k = 0; k < 2; ++k) {
                ReportTask t;
                t.id = "t" + std::to_string(a) + "." + std::to_string(k);
                t.name = t.id;
                t.area = "Hall " + std::to_string(a + 1);
                t.group = t.area + (k ? ": commissioning" : ": installation");
                t.phase = k ? TaskPhase::Commissioning : TaskPhase::Construction;
                t.startDay = a + 10 * k;
                t.finishDay = t.startDay + 10;
                tasks.push_back(t);
            }
        const std::vector<ReportTask> rows = summarizeTasks(tasks, 30);
        QCOMPARE(rows.size(), std::size_t(70));
        for (const ReportTask& r : rows)
            QCOMPARE(r.spans.size(), std::size_t(2));
        const std::vector<Canvas> charts = drawGanttCharts(rows, "2027-01-04", 30);
        QCOMPARE(charts.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestReportGigawatt)
#include "test_report_gigawatt.moc"
