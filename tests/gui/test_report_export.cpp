// File > Export report (background build, preview pages, PDF and HTML files), the bill of
// materials CSV, the hall plan PNG/SVG exports and the QPainter backend of report canvases.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/report/HallFloorPlan.hpp"
#include "core/report/ReportBuilder.hpp"
#include "ui/app/Document.hpp"
#include "ui/app/ReportExport.hpp"
#include "ui/app/ReportExportDialog.hpp"
#include "ui/report/CanvasPainter.hpp"
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design generated(double gridMw) {
    FactoryTargets t;
    t.name = "Report export test";
    t.systemId = "gb300-nvl72";
    t.targetGridMw = gridMw;
    return generateFactory(t, Catalog::builtin()).design;
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT
private slots:
    void exportsPdfWithPreview();
    void exportsHtml();
    void refusesUnknownExtension();
    void bomCsvHasHeaderAndRows();
    void planPngAndSvg_data();
    void planPngAndSvg();
    void planErrors();
    void canvasPainterDrawsPrimitives();
    void screenshot();
};

void TestReportExport::exportsPdfWithPreview() {
    QTemporaryDir dir;
    Document doc;
    doc.reset(generated(1.0), QString());
    // A 64 x 48 grey image stands for the 3D render: the report must accept it.
    QImage render(64, 48, QImage::Format_RGB32);
    render.fill(QColor(90, 90, 90));
    ReportExportDialog dialog(&doc, render);
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    dialog.setOutputPath(path);
    QSignalSpy done(&dialog, &ReportExportDialog::finished);
    QVERIFY(dialog.startExport());
    QVERIFY(dialog.busy());
    QVERIFY(!dialog.startPreview()); // one build at a time
    QVERIFY(done.wait(300000));
    QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
    QVERIFY(QFile::exists(path));

    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    for (const std::string& title : report::reportSectionTitles())
        QVERIFY2(text.contains(QString::fromStdString(title)), title.c_str());

    // As many preview pages as the PDF has.
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    int pdfPages = -1;
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            pdfPages = line.mid(6).trimmed().toInt();
    QVERIFY(pdfPages > 1);
    QCOMPARE(dialog.pageCount(), pdfPages);
    QCOMPARE(dialog.previewCount(), pdfPages);
}

void TestReportExport::exportsHtml() {
    QTemporaryDir dir;
    Document doc;
    doc.reset(generated(1.0), QString());
    ReportExportDialog dialog(&doc, QImage());
    const QString path = dir.filePath(QStringLiteral("report.html"));
    dialog.setOutputPath(path);
    QSignalSpy done(&dialog, &ReportExportDialog::finished);
    QVERIFY(dialog.startExport());
    QVERIFY(done.wait(300000));
    QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    for (const std::string& title : report::reportSectionTitles())
        QVERIFY2(html.contains(QString::fromStdString(title)), title.c_str());
    QVERIFY(dialog.previewCount() > 1);
}

void TestReportExport::refusesUnknownExtension() {
    QTemporaryDir dir;
    Document doc;
    doc.reset(generated(1.0), QString());
    ReportExportDialog dialog(&doc, QImage());
    dialog.setOutputPath(dir.filePath(QStringLiteral("report.docx")));
    QVERIFY(!dialog.startExport());
    QVERIFY(dialog.lastError().contains(QStringLiteral(".pdf")));
    QVERIFY(!dialog.busy());
}

void TestReportExport::bomCsvHasHeaderAndRows() {
    QTemporaryDir dir;
    const Design d = generated(1.0);
    const QString path = dir.filePath(QStringLiteral("bom.csv"));
    QCOMPARE(exportBomCsv(d, Catalog::builtin(), path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll())
            .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3); // header + racks, switches, power and cooling lines
    QVERIFY(lines.front().startsWith(QStringLiteral("category,item,catalog_id,quantity")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("gb300-nvl72")));
    // An unwritable path is an error naming it.
    const QString bad = dir.filePath(QStringLiteral("missing/dir/bom.csv"));
    QVERIFY(exportBomCsv(d, Catalog::builtin(), bad).contains(bad));
}

void TestReportExport::planPngAndSvg_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("png") << QStringLiteral("plan.png");
    QTest::newRow("svg") << QStringLiteral("plan.svg");
}

void TestReportExport::planPngAndSvg() {
    QFETCH(QString, file);
    QTemporaryDir dir;
    const Design d = generated(1.0);
    const QString path = dir.filePath(file);
    QCOMPARE(exportHallPlan(d, Catalog::builtin(), 0, path), QString());
    if (file.endsWith(QStringLiteral(".png"))) {
        QImage img(path);
        // The core plan canvas (770 pt wide, height from the hall's aspect) at 2 px/pt.
        const report::Canvas plan =
            report::drawHallFloorPlan(d, Catalog::builtin(), d.halls.front());
        QCOMPARE(img.size(), QSize(static_cast<int>(std::ceil(plan.widthPt() * 2.0)),
                                   static_cast<int>(std::ceil(plan.heightPt() * 2.0))));
        // Not blank: some pixels are not white.
        int ink = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                ink += img.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY(ink > 100);
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 770 "));
        QVERIFY(svg.contains(QByteArray::fromStdString(d.halls.front().name)));
    }
}

void TestReportExport::planErrors() {
    QTemporaryDir dir;
    const Design d = generated(1.0);
    QVERIFY(exportHallPlan(d, Catalog::builtin(), 7, dir.filePath(QStringLiteral("p.png")))
                .contains(QStringLiteral("No hall 8")));
    QVERIFY(exportHallPlan(d, Catalog::builtin(), 0, dir.filePath(QStringLiteral("p.gif")))
                .contains(QStringLiteral("unknown image format")));
}

void TestReportExport::canvasPainterDrawsPrimitives() {
    // A 100 x 50 pt canvas: red filled rect at (10,10) 20x20, blue line across y = 40,
    // rendered at 2 px/pt -> 200 x 100 px; rect centre (20,20) pt -> (40,40) px.
    report::Canvas c(100, 50);
    c.fillRect(10, 10, 20, 20, report::colors::kRed);
    c.line(0, 40, 100, 40, report::Stroke{report::colors::kBlue, 2.0});
    c.text(60, 20, "Hall A", 9.0);
    const QImage img = renderCanvas(c, 2.0);
    QCOMPARE(img.size(), QSize(200, 100));
    QCOMPARE(img.pixelColor(40, 40), QColor(200, 30, 30));
    QCOMPARE(img.pixelColor(100, 80), QColor(30, 90, 170));
    QCOMPARE(img.pixelColor(180, 10), QColor(Qt::white));
    int textInk = 0; // the text's glyphs right of x = 60 pt, above the baseline
    for (int y = 20; y < 40; ++y)
        for (int x = 120; x < 190; ++x)
            textInk += img.pixelColor(x, y).lightness() < 128 ? 1 : 0;
    QVERIFY(textInk > 10);
    // RGB8 conversion keeps pixels.
    const report::RasterImage raster = toRasterImage(img);
    QVERIFY(raster.valid());
    const std::size_t at = (40u * 200u + 40u) * 3u;
    QCOMPARE(int(raster.rgb[at]), 200);
    QCOMPARE(int(raster.rgb[at + 1]), 30);
}

// Saves docs/screenshots/report-export.png when AIFP_SCREENSHOT_DIR is set (run under Xvfb).
void TestReportExport::screenshot() {
    const QString dir = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("AIFP_SCREENSHOT_DIR not set");
    QTemporaryDir tmp;
    Document doc;
    doc.reset(generated(10.0), QString());
    ReportExportDialog dialog(&doc, QImage());
    dialog.setOutputPath(tmp.filePath(QStringLiteral("ai-factory-report.pdf")));
    dialog.resize(1500, 950);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy done(&dialog, &ReportExportDialog::finished);
    QVERIFY(dialog.startExport());
    QVERIFY(done.wait(300000));
    QTest::qWait(300);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/report-export.png")));
}

QTEST_MAIN(TestReportExport)
#include "test_report_export.moc"
