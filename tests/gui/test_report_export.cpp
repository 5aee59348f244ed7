// File > Export report (background build, preview pages, PDF and HTML files), the same export
// under a comma-decimal locale and headless (`aifp FILE --export-report`), the bill of materials
// CSV, the hall plan PNG/SVG exports and the QPainter backend of report canvases.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/Project.hpp"
#include "core/report/HallFloorPlan.hpp"
#include "core/report/ReportBuilder.hpp"
#include "ui/app/ReportExport.hpp"
#include "ui/app/ReportExportDialog.hpp"
#include "ui/document/Document.hpp"
#include "ui/report/CanvasPainter.hpp"
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <cmath>
#include <locale>

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
    void commaLocaleWritesSameFiles();
    void headlessExport();
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
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFproject,")); // UTF-8 byte order mark
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3))
            .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 6); // 3 document rows, header, racks, switches, power, cooling
    QCOMPARE(lines.front(), QStringLiteral("project,") + QString::fromStdString(d.site.name));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("category,item,catalog_id,quantity")));
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
        QCOMPARE(img.size(), QSize(static_cast<int>(std::lround(plan.widthPt() * 2.0)),
                                   static_cast<int>(std::lround(plan.heightPt() * 2.0))));
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
        QVERIFY(svg.contains(QByteArray::fromStdString("<title>" + d.halls.front().name)));
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

namespace {

// Runs the dialog's export of doc to path; empty on success, else the message.
QString exportWithDialog(Document& doc, const QString& path) {
    ReportExportDialog dialog(&doc, QImage());
    dialog.setOutputPath(path);
    QSignalSpy done(&dialog, &ReportExportDialog::finished);
    if (!dialog.startExport())
        return dialog.lastError();
    if (!done.wait(300000))
        return QStringLiteral("timed out");
    return done.front().at(0).toBool() ? QString() : done.front().at(1).toString();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestReportExport::commaLocaleWritesSameFiles() {
    // QApplication sets the C locale from the environment (setlocale(LC_ALL, "")); set a
    // comma-decimal one, as a German, French or Russian user has, and export the same report
    // again: the files must be the same as under the "C" locale ('.' decimals in PDF operators,
    // SVG, HTML and CSV, and in the engines' text the report quotes).
    QTemporaryDir dir;
    Document doc;
    Design d = generated(1.0);
    d.site.name =
        "F\u00e1brica \u00abSe\u00f1or \u00d1and\u00fa\u00bb \u00b7 \u0141\u00f3d\u017a \u00b7 "
        "\u041c\u043e\u0441\u043a\u0432\u0430 \u00b7 \u5317\u4eac";
    doc.reset(d, QString());
    std::setlocale(LC_ALL, "C");
    QCOMPARE(exportWithDialog(doc, dir.filePath("c.pdf")), QString());
    QCOMPARE(exportWithDialog(doc, dir.filePath("c.html")), QString());
    QCOMPARE(exportBomCsv(d, Catalog::builtin(), dir.filePath("c.csv")), QString());
    QCOMPARE(exportHallPlan(d, Catalog::builtin(), 0, dir.filePath("c.svg")), QString());
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        QSKIP("de_DE.UTF-8 is not installed (packaging/aifp.sh test generates it)");
    QCOMPARE(std::localeconv()->decimal_point[0], ','); // really a comma locale
    QCOMPARE(exportWithDialog(doc, dir.filePath("de.pdf")), QString());
    QCOMPARE(exportWithDialog(doc, dir.filePath("de.html")), QString());
    QCOMPARE(exportBomCsv(d, Catalog::builtin(), dir.filePath("de.csv")), QString());
    QCOMPARE(exportHallPlan(d, Catalog::builtin(), 0, dir.filePath("de.svg")), QString());
    std::setlocale(LC_ALL, "C");
    QCOMPARE(readAll(dir.filePath("de.html")), readAll(dir.filePath("c.html")));
    QCOMPARE(readAll(dir.filePath("de.csv")), readAll(dir.filePath("c.csv")));
    QCOMPARE(readAll(dir.filePath("de.svg")), readAll(dir.filePath("c.svg")));
    // The PDF parses cleanly and reads the same.
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), dir.filePath("de.pdf")});
    QVERIFY(qpdf.waitForFinished(60000));
    QCOMPARE(qpdf.exitCode(), 0);
    const QString de =
        run(QStringLiteral("pdftotext"), {dir.filePath("de.pdf"), QStringLiteral("-")});
    QVERIFY(de.contains(QString::fromStdString(d.site.name)));
    QCOMPARE(de, run(QStringLiteral("pdftotext"), {dir.filePath("c.pdf"), QStringLiteral("-")}));
    // Decimal figures print with '.': the MW figure of the key figures table.
    QVERIFY(de.contains(QRegularExpression(QStringLiteral("\\d\\.\\d+\\s*MW"))));
}

void TestReportExport::headlessExport() {
    // `aifp FILE --export-report OUT.pdf` under LC_ALL=de_DE.UTF-8: no window, the GUI's own
    // export path, exit code 0 and a PDF that qpdf accepts; a missing project is exit code 2.
    const QString aifp = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/aifp");
    if (!QFile::exists(aifp))
        QSKIP("the aifp executable is not built next to the tests");
    QTemporaryDir dir;
    Document doc;
    doc.reset(generated(1.0), QString());
    const QString project = dir.filePath(QStringLiteral("p.aifp"));
    doc.save(project);
    const QString out = dir.filePath(QStringLiteral("headless.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(aifp, {project, QStringLiteral("--export-report"), out});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Wrote ")));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY(qpdf.waitForFinished(60000));
    QCOMPARE(qpdf.exitCode(), 0);
    const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    for (const std::string& title : report::reportSectionTitles())
        QVERIFY2(text.contains(QString::fromStdString(title)), title.c_str());
    QVERIFY(!text.contains(QStringLiteral("Options compared"))); // one design: no comparison
    // A file with a second variant: the GUI's export compares every variant of the file.
    {
        Project withVariant = openProjectFile(project.toStdString());
        Variant copy;
        copy.name = "copy";
        copy.design = withVariant.variants.front().design;
        withVariant.variants.push_back(copy);
        saveProject(withVariant, project.toStdString());
    }
    p.start(aifp, {project, QStringLiteral("--export-report"), out});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString compared = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY(compared.contains(QStringLiteral("Options compared")));
    QVERIFY(compared.contains(QStringLiteral("Capital cost by variant")));
    QVERIFY(compared.contains(QStringLiteral("copy")));
    p.start(aifp, {dir.filePath(QStringLiteral("missing.aifp")), QStringLiteral("--export-report"),
                   dir.filePath(QStringLiteral("x.pdf"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    // The last line (Qt may warn first, e.g. about XDG_RUNTIME_DIR).
    const QString err =
        QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n')).last();
    QVERIFY2(err.startsWith(QStringLiteral("aifp: ")) &&
                 err.contains(QStringLiteral("missing.aifp")),
             qPrintable(err));
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
