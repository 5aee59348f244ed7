// The report's drawing model and its Cairo/Pango backend: text measurement, PDF (checked with
// poppler's pdfinfo, pdftotext, pdffonts, pdftoppm and qpdf), SVG/PNG/HTML, locale-independent
// number formatting, charts' task summary, dates, bill of materials and the assumptions ledger.
#include "core/catalog/Catalog.hpp"
#include "core/report/AssumptionLedger.hpp"
#include "core/report/BillOfMaterials.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/HtmlWriter.hpp"
#include "core/report/PageLayout.hpp"
#include "core/report/ReportBuilder.hpp"
#include "core/report/ReportCharts.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include "core/util/NumberFormat.hpp"
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <clocale>
#include <locale>

using namespace aifp;
using namespace aifp::report;

namespace {

QString runTool(const QString& tool, const QStringList& args, int* exitCode = nullptr) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool writeFile(const QString& path, const std::string& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
           static_cast<qint64>(bytes.size());
}

// Reads a binary PPM (P6) as pdftoppm writes it.
bool readPpm(const QString& path, int& w, int& h, QByteArray& rgb) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = f.readAll();
    int pos = 0, fields[3] = {0, 0, 0}, nf = 0;
    if (!all.startsWith("P6"))
        return false;
    pos = 2;
    while (nf < 3 && pos < all.size()) {
        while (pos < all.size() && QChar(all[pos]).isSpace())
            ++pos;
        int v = 0;
        while (pos < all.size() && QChar(all[pos]).isDigit())
            v = v * 10 + (all[pos++] - '0');
        fields[nf++] = v;
    }
    ++pos; // the single whitespace after maxval
    w = fields[0];
    h = fields[1];
    rgb = all.mid(pos);
    return rgb.size() == w * h * 3;
}

bool wellFormedXml(const QString& text, QString* error) {
    QXmlStreamReader r(text);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError() && error)
        *error = QString("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    return !r.hasError();
}

} // namespace

class TestReportRender : public QObject {
    Q_OBJECT

private slots:
    void textWidthScalesAndShapes() {
        // Pango's unhinted advances scale linearly with the size.
        const double w10 = textWidthPt("Hello", Font::Regular, 10.0);
        const double w20 = textWidthPt("Hello", Font::Regular, 20.0);
        QVERIFY(w10 > 15.0 && w10 < 40.0);
        QVERIFY2(std::abs(w20 - 2.0 * w10) < 0.05, qPrintable(QString::number(w20)));
        QVERIFY(textWidthPt("Hello", Font::Bold, 10.0) > w10);
        QCOMPARE(textWidthPt("", Font::Regular, 10.0), 0.0);
        // CJK ideographs are full width (one em each) in WenQuanYi Micro Hei: 2 x 10 pt.
        const double cjk = textWidthPt("\u5317\u4eac", Font::Regular, 10.0);
        QVERIFY2(std::abs(cjk - 20.0) < 1.0, qPrintable(QString::number(cjk)));
        // Cyrillic and Polish letters have glyphs (DejaVu): not the width of a missing-glyph box
        // times the byte count.
        QVERIFY(textWidthPt("\u0141\u00f3d\u017a", Font::Regular, 10.0) < 30.0);
    }

    void wrapKeepsWordsAndWidth() {
        const std::string text =
            "The quick brown fox jumps over the lazy dog near the bank of "
            "the river Zurich \u00b7 \u0141\u00f3d\u017a \u041c\u043e\u0441\u043a\u0432\u0430";
        const auto lines = wrapText(text, Font::Regular, 9, 120);
        QVERIFY(lines.size() >= 3);
        std::string joined;
        for (const std::string& l : lines) {
            QVERIFY2(textWidthPt(l, Font::Regular, 9) <= 120.5, l.c_str());
            joined += (joined.empty() ? "" : " ") + l;
        }
        QCOMPARE(QString::fromStdString(joined), QString::fromStdString(text));
        // A word longer than the line is broken between characters.
        const auto broken = wrapText(std::string(60, 'W'), Font::Regular, 10, 50);
        QVERIFY(broken.size() > 5);
        // Chinese has no spaces: it still wraps, between ideographs.
        std::string cjk;
        for (int i = 0; i < 30; ++i)
            cjk += "\u5317";
        const auto cjkLines = wrapText(cjk, Font::Regular, 10, 100);
        QCOMPARE(cjkLines.size(), std::size_t(3)); // 10 ideographs of 10 pt per 100 pt line
        // Elision keeps whole characters and ends with an ellipsis.
        const std::string e = elide("\u0141\u00f3d\u017a Hall number twelve", Font::Regular, 9, 40);
        QVERIFY(e.size() >= 3 && e.substr(e.size() - 3) == "\u2026");
        QVERIFY(textWidthPt(e, Font::Regular, 9) <= 40.0);
    }

    void fileNumbersIgnoreTheLocale() {
        // Under a comma-decimal locale (C and C++ globals, as QApplication and user code set
        // them) every file number still uses '.' and no grouping.
        const char* old = std::setlocale(LC_ALL, nullptr);
        const std::string saved = old ? old : "C";
        const bool german = std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr;
        if (german)
            std::locale::global(std::locale("de_DE.UTF-8"));
        QCOMPARE(QString::fromStdString(fileNumber(200.5)), QString("200.5"));
        QCOMPARE(QString::fromStdString(fileNumber(-0.001)), QString("0"));
        QCOMPARE(QString::fromStdString(fileNumber(12.5, 0)), QString("12")); // round-half-even
        QCOMPARE(QString::fromStdString(fileNumber(3.14159, 3)), QString("3.142"));
        QCOMPARE(QString::fromStdString(fileFixed(1234.5, 2)), QString("1234.50"));
        QCOMPARE(QString::fromStdString(fileFixed(std::nan(""), 2)), QString());
        QCOMPARE(QString::fromStdString(fileShortest(0.1)), QString("0.1"));
        QCOMPARE(QString::fromStdString(fileInteger(-42)), QString("-42"));
        QCOMPARE(QString::fromStdString(hexColor(20, 40, 255)), QString("#1428ff"));
        QCOMPARE(QString::fromStdString(formatNumber(1234567.891, 2)), QString("1,234,567.89"));
        QCOMPARE(QString::fromStdString(formatCount(3.9999)), QString("4"));
        QCOMPARE(QString::fromStdString(formatCount(12480)), QString("12,480"));
        // Significant digits: 123,456 to 3 -> 123,000; 0.04213 to 2 -> 0.042; 7 to 3 -> 7.
        QCOMPARE(QString::fromStdString(formatSignificant(123456, 3)), QString("123,000"));
        QCOMPARE(QString::fromStdString(formatSignificant(0.04213, 2)), QString("0.042"));
        QCOMPARE(QString::fromStdString(formatSignificant(7.0, 3)), QString("7"));
        QCOMPARE(QString::fromStdString(formatSignificant(-1.2345, 3)), QString("-1.23"));
        QCOMPARE(QString::fromStdString(withUnit("32.5", units::kDegreeC)),
                 QString::fromUtf8("32.5\u00a0\u00b0C"));
        // A drawing written under that locale has '.' decimals.
        Canvas c(100.5, 50.25);
        c.line(0.5, 0.5, 99.5, 49.75);
        const std::string svg = writeSvg(c);
        QVERIFY2(svg.find("100.5pt") != std::string::npos, svg.substr(0, 400).c_str());
        // Links and destinations at fractional positions: Cairo 1.16 parses tag attributes with
        // the C locale, so the writer passes whole points (this threw under de_DE before).
        c.anchor("here", 10.5, "Here");
        c.link(10.5, 20.25, 30.5, 8.75, "https://example.org/");
        c.link(10.5, 30.25, 30.5, 8.75, {}, "here");
        const std::string pdf = writePdf({c}, {});
        QVERIFY(pdf.rfind("%PDF-", 0) == 0);
        std::locale::global(std::locale::classic());
        std::setlocale(LC_ALL, saved.c_str());
        if (!german)
            QSKIP("de_DE.UTF-8 is not installed (packaging/aifp.sh test generates it); the "
                  "formats were checked in the current locale only");
    }

    void pdfUnicodeFontsOutlineLinks() {
        const std::string name = "F\u00e1brica de IA \u00abSe\u00f1or \u00d1and\u00fa\u00bb \u2014 "
                                 "Z\u00fcrich \u20ac5M \u00b7 \u0141\u00f3d\u017a \u00b7 "
                                 "\u041c\u043e\u0441\u043a\u0432\u0430 \u00b7 \u5317\u4eac";
        std::vector<Canvas> pages;
        for (int i = 0; i < 3; ++i) {
            Canvas c(kA4LongPt, kA4ShortPt);
            c.anchor("page" + std::to_string(i + 1), 50, "Section " + std::to_string(i + 1));
            c.text(72, 100, "Page marker " + std::to_string(i + 1), 14, Font::Bold);
            c.text(72, 130, name, 10);
            c.text(72, 160,
                   "x24 busways \u00d7 2 (paren) back\\slash \u2264 \u2122 \u0160\u017d\u0152", 10);
            c.rect(50, 50, 200, 100);
            c.fillCircle(400, 300, 40, colors::kRed);
            c.arc(500, 300, 40, 0, 90);
            c.dashedLine(50, 500, 700, 500);
            c.link(72, 170, 200, 12, "https://example.org/source");
            c.link(72, 190, 200, 12, {}, "page3");
            pages.push_back(c);
        }
        PdfMetadata meta;
        meta.title = name;
        meta.author = "Tester \u2014 \u00c9quipe";
        meta.subject = "subject";
        meta.creationDate = "2026-11-29";
        const std::string pdf = writePdf(pages, meta);
        QVERIFY(pdf.rfind("%PDF-1.5", 0) == 0);
        QTemporaryDir dir;
        const QString path = dir.filePath("t.pdf");
        QVERIFY(writeFile(path, pdf));
        const QString info = runTool("pdfinfo", {path});
        QVERIFY2(info.contains(QRegularExpression("Pages:\\s+3\\b")), qPrintable(info));
        QVERIFY2(
            info.contains(QRegularExpression(
                "Title:\\s+" + QRegularExpression::escape(QString::fromStdString(name)) + "\n")),
            qPrintable(info));
        QVERIFY2(info.contains(QString::fromUtf8("Tester \u2014 \u00c9quipe")), qPrintable(info));
        QVERIFY2(info.contains("841.89 x 595.28 pts (A4)"), qPrintable(info)); // landscape
        const QString text = runTool("pdftotext", {"-layout", path, "-"});
        QVERIFY2(text.contains("Page marker 3"), qPrintable(text));
        QVERIFY2(text.contains(QString::fromStdString(name)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8(
                     "\u00d7 2 (paren) back\\slash \u2264 \u2122 \u0160\u017d\u0152")),
                 qPrintable(text));
        // Every font embedded (pdffonts: the "emb" column is "yes" on each row).
        const QStringList fonts = runTool("pdffonts", {path}).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(fonts.size() >= 4, qPrintable(fonts.join('\n'))); // header, rule, 2+ fonts
        for (int i = 2; i < fonts.size(); ++i)
            QVERIFY2(fonts[i].contains(QRegularExpression(
                         "\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")),
                     qPrintable(fonts[i]));
        // Structure: qpdf finds no error; the outline and both links are there.
        int code = -1;
        const QString check = runTool("qpdf", {"--check", path}, &code);
        QVERIFY2(code == 0 && check.contains("No syntax or stream encoding errors"),
                 qPrintable(check));
        const QString qdf = dir.filePath("q.pdf");
        runTool("qpdf", {"--qdf", "--object-streams=disable", path, qdf}, &code);
        QCOMPARE(code, 0);
        QFile f(qdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.contains("/Outlines"));
        QCOMPARE(raw.count("/Subtype /Link"), 6); // 2 links on each of 3 pages
        QVERIFY(raw.contains("(https://example.org/source)"));
        QVERIFY(raw.contains("/Dests") || raw.contains("/Names"));
        // Compressed: the page content streams are Flate-encoded.
        QVERIFY(pdf.find("/FlateDecode") != std::string::npos);
    }

    void pdfImageRenders() {
        // A 4 x 2 image: left half pure red, right half pure blue, drawn 200 x 100 pt at (100,100).
        RasterImage img;
        img.width = 4;
        img.height = 2;
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 4; ++x) {
                img.rgb.push_back(x < 2 ? 255 : 0);
                img.rgb.push_back(0);
                img.rgb.push_back(x < 2 ? 0 : 255);
            }
        Canvas c(400, 300);
        c.image(100, 100, 200, 100, img);
        QTemporaryDir dir;
        const QString path = dir.filePath("img.pdf");
        QVERIFY(writeFile(path, writePdf({c}, {})));
        // 72 dpi: one pixel per point. Sample (150, 150) (red half) and (250, 150) (blue half).
        int code = -1;
        runTool("pdftoppm", {"-r", "72", "-singlefile", path, dir.filePath("img")}, &code);
        QCOMPARE(code, 0);
        int w = 0, h = 0;
        QByteArray rgb;
        QVERIFY(readPpm(dir.filePath("img.ppm"), w, h, rgb));
        QCOMPARE(w, 400);
        QCOMPARE(h, 300);
        auto px = [&](int x, int y, int ch) {
            return static_cast<unsigned char>(rgb[(y * w + x) * 3 + ch]);
        };
        QVERIFY(px(150, 150, 0) > 200 && px(150, 150, 2) < 60);
        QVERIFY(px(250, 150, 2) > 200 && px(250, 150, 0) < 60);
        QVERIFY(px(20, 20, 0) > 250 && px(20, 20, 1) > 250); // white outside
        // The raster backend draws the same: 2 px per point, (300, 300) px is red.
        const RasterImage r = renderRaster(c, 2.0);
        QCOMPARE(r.width, 800);
        QCOMPARE(r.height, 600);
        const std::size_t at = (300u * 800u + 300u) * 3u;
        QVERIFY(r.rgb[at] > 200 && r.rgb[at + 2] < 60);
        const std::string png = writePng(c, 1.0);
        QVERIFY(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    }

    void htmlAndSvgWellFormed() {
        ReportDocument doc;
        doc.title = "Test <report> & \"quotes\"";
        Section s;
        s.id = "one";
        s.title = "First & only";
        s.blocks.push_back(
            Paragraph{"Body with <angle> brackets & ampersands", ParagraphStyle::Body});
        Table t;
        t.header = {"a", "b"};
        t.rows = {{"1", "2"}, {"x<y", "z&w"}};
        t.groupRow = {true, false};
        s.blocks.push_back(t);
        Canvas c(100, 50);
        c.text(10, 20, "svg <text> & more \u5317\u4eac", 9);
        c.arc(50, 25, 10, 0, 180);
        RasterImage img;
        img.width = img.height = 1;
        img.rgb = {1, 2, 3};
        c.image(0, 0, 10, 10, img);
        s.blocks.push_back(Figure{c, "caption"});
        doc.sections.push_back(s);
        const std::string html = writeHtml(doc);
        QString err;
        QVERIFY2(wellFormedXml(QString::fromStdString(html), &err), qPrintable(err));
        QVERIFY(html.find("src=\"data:image/svg+xml;base64,") != std::string::npos);
        QVERIFY(html.find("<h2>First &amp; only</h2>") != std::string::npos);
        QVERIFY(html.find("@media print") != std::string::npos);
        const std::string svg = writeSvg(c);
        QVERIFY2(wellFormedXml(QString::fromStdString(svg), &err), qPrintable(err));
        QVERIFY(svg.find("<svg") != std::string::npos);
        // The layout of the same document is one page with the text on it.
        const auto pages = layoutPages(doc);
        QCOMPARE(pages.size(), std::size_t(1));
    }

    void manyFindingsStayShort() {
        // 1,500 findings from 5 rules (300 each, the messages differ): grouped by rule, the
        // findings section is one table of 5 rows, so the whole report of an otherwise empty
        // design stays a handful of pages (the old one-row-per-finding table took ~100 pages).
        Design d;
        ReportInputs in;
        in.validationAvailable = true;
        for (int i = 0; i < 1500; ++i) {
            Finding f;
            f.rule = "rule." + std::to_string(i % 5);
            f.severity = i % 5 == 0 ? Severity::Error : Severity::Warning;
            f.objects = {static_cast<ObjectId>(1000 + i)};
            f.message = "Object " + std::to_string(1000 + i) + " breaks rule " + f.rule;
            f.fix = "fix it";
            f.source = "test";
            in.findings.push_back(f);
        }
        const ReportDocument doc = buildReport(d, Catalog::builtin(), in);
        const auto pages = layoutPages(doc);
        QVERIFY2(pages.size() < 25, qPrintable(QString::number(pages.size())));
        const std::string html = writeHtml(doc);
        QVERIFY(html.find("<td>rule.0</td>") != std::string::npos);
        QVERIFY(html.find("(and 297 more)") != std::string::npos); // 300 - 3 examples shown
        QVERIFY(html.find("Object 1005 breaks rule rule.0") != std::string::npos); // 2nd of rule.0
        QVERIFY(html.find("Object 1015 breaks rule rule.0") == std::string::npos); // 4th: not shown
        for (const Canvas& p : pages)
            QVERIFY(p.minTextSizePt() == 0.0 || p.minTextSizePt() >= 6.0);
    }

    void tableBreaksAcrossPages() {
        ReportDocument doc;
        doc.title = "Long table";
        Section s;
        s.id = "t";
        s.title = "Table";
        Table t;
        t.header = {"n", "square"};
        for (int i = 0; i < 200; ++i)
            t.rows.push_back({std::to_string(i), std::to_string(i * i)});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
        const auto pages = layoutPages(doc);
        // 200 rows of 7.6 pt x 1.25 + 5 pt = 14.5 pt in about 470 pt per page: 5 pages or more.
        QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
        QTemporaryDir dir;
        const QString path = dir.filePath("t.pdf");
        QVERIFY(writeFile(path, writePdf(pages, {})));
        const QString text = runTool("pdftotext", {path, "-"});
        QVERIFY(text.contains("39601")); // 199 squared, on the last page
        QCOMPARE(text.count("square"), static_cast<int>(pages.size())); // header repeats
    }

    void dates_data() {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("days");
        QTest::newRow("epoch") << "1970-01-01" << 0;
        QTest::newRow("2027-01-04") << "2027-01-04" << 20822; // 57 years incl. 14 leap days + 3
        QTest::newRow("leap day") << "2028-02-29" << 21243;
    }
    void dates() {
        QFETCH(QString, iso);
        QFETCH(int, days);
        long d = -1;
        QVERIFY(daysFromIso(iso.toStdString(), d));
        QCOMPARE(d, static_cast<long>(days));
        QCOMPARE(QString::fromStdString(isoFromDays(d)), iso);
        QVERIFY(!daysFromIso("2027-13-01", d));
        QVERIFY(!daysFromIso("soon", d));
    }

    void formats_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("usd");
        QTest::newRow("millions") << 1234567.891 << 2 << "1,234,567.89"
                                  << "$1.23 M";
        QTest::newRow("billions") << 1.27e9 << 0 << "1,270,000,000"
                                  << "$1.27 bn";
        QTest::newRow("small") << 7.5 << 1 << "7.5"
                               << "$7.5";
        QTest::newRow("per million tokens") << 0.04213 << 3 << "0.042"
                                            << "$0.0421";
        QTest::newRow("negative") << -12500.0 << 0 << "-12,500"
                                  << "$-12.5 k";
        QTest::newRow("nan") << std::nan("") << 0 << "n/a"
                             << "n/a";
    }
    void formats() {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, number);
        QFETCH(QString, usd);
        QCOMPARE(QString::fromStdString(formatNumber(value, decimals)), number);
        QCOMPARE(QString::fromStdString(formatUsd(value)), usd);
    }

    void summarizeTasksGroups() {
        // 40 tasks in 4 groups of 10 (group g covers days 10g .. 10g + 19); one critical task in
        // group 2; one milestone. Summarised to at most 30 rows: 4 group rows + the milestone.
        std::vector<ReportTask> tasks;
        for (int i = 0; i < 40; ++i) {
            ReportTask t;
            t.id = std::string("t").append(std::to_string(i));
            t.name = std::string("task ").append(std::to_string(i));
            t.group = std::string("group ").append(std::to_string(i / 10));
            t.startDay = (i / 10) * 10 + i % 10;
            t.finishDay = t.startDay + 10;
            t.critical = i == 25;
            tasks.push_back(t);
        }
        ReportTask m;
        m.id = "m";
        m.name = "first token";
        m.milestone = true;
        m.startDay = m.finishDay = 60;
        tasks.push_back(m);
        const auto rows = summarizeTasks(tasks, 30);
        QCOMPARE(rows.size(), std::size_t(5));
        QCOMPARE(QString::fromStdString(rows[2].name), QString("group 2 (10 activities)"));
        QCOMPARE(rows[2].startDay, 20L);
        QCOMPARE(rows[2].finishDay, 39L);
        QVERIFY(rows[2].critical);
        QVERIFY(!rows[1].critical);
        QVERIFY(rows.back().milestone);
        // Few tasks are kept as they are.
        QCOMPARE(summarizeTasks({tasks.begin(), tasks.begin() + 5}, 30).size(), std::size_t(5));
    }

    void billOfMaterials() {
        // 3 GB300 racks, 2 busways with routes of 10 m and 6 m (800 A), one 2,500 kVA
        // transformer, 2 CDUs of 1,200 kW, pipes: 2 x 25 m DN150 facility, 3 x 4 m DN50
        // technology; links: 18 multimode 800G of 20 m, 4 copper of 2 m.
        Design d;
        Hall h;
        h.id = d.allocateId();
        h.name = "Hall 1";
        h.widthM = 30;
        h.depthM = 20;
        d.halls.push_back(h);
        for (int i = 0; i < 3; ++i) {
            Rack r;
            r.id = d.allocateId();
            r.hallId = h.id;
            r.catalogId = "gb300-nvl72";
            r.centerM = {5.0 + i * 0.6, 5.0, 0.0};
            d.racks.push_back(r);
        }
        auto busway = [&](double len) {
            PowerNode n;
            n.id = d.allocateId();
            n.kind = PowerNodeKind::Busway;
            n.currentRatingA = 800;
            n.voltageV = 415;
            n.routeM = {{0, 0, 0}, {len, 0, 0}};
            d.powerNodes.push_back(n);
        };
        busway(10);
        busway(6);
        PowerNode t;
        t.id = d.allocateId();
        t.kind = PowerNodeKind::Transformer;
        t.ratingKva = 2500;
        d.powerNodes.push_back(t);
        for (int i = 0; i < 2; ++i) {
            CoolingNode c;
            c.id = d.allocateId();
            c.kind = CoolingNodeKind::Cdu;
            c.capacityKw = 1200;
            d.coolingNodes.push_back(c);
        }
        for (int i = 0; i < 5; ++i) {
            Pipe p;
            p.id = d.allocateId();
            p.loop = i < 2 ? CoolantLoop::Facility : CoolantLoop::Technology;
            p.innerDiameterMm = i < 2 ? 150 : 50;
            p.lengthM = i < 2 ? 25 : 4;
            d.pipes.push_back(p);
        }
        NetworkLink mm;
        mm.id = d.allocateId();
        mm.count = 18;
        mm.speedGbps = 800;
        mm.lengthM = 20;
        mm.medium = LinkMedium::Multimode;
        d.networkLinks.push_back(mm);
        NetworkLink cu = mm;
        cu.id = d.allocateId();
        cu.count = 4;
        cu.lengthM = 2;
        cu.medium = LinkMedium::Copper;
        d.networkLinks.push_back(cu);
        const Catalog& cat = Catalog::builtin();
        const auto bom = computeBillOfMaterials(d, cat);
        auto qty = [&](const std::string& itemPart, const std::string& unit) {
            double q = 0;
            for (const BomLine& l : bom)
                if (l.item.find(itemPart) != std::string::npos && l.unit == unit)
                    q += l.quantity;
            return q;
        };
        QCOMPARE(qty("GB300 NVL72", "rack"), 3.0);
        QCOMPARE(qty("Busway 800 A", "m"), 16.0); // 10 + 6
        QCOMPARE(qty("Busway 800 A", "run"), 2.0);
        QCOMPARE(qty("Transformer 2,500 kVA", "unit"), 1.0);
        QCOMPARE(qty("CDU 1,200 kW", "unit"), 2.0);
        QCOMPARE(qty("Facility water pipe DN150", "m"), 50.0); // 2 x 25
        QCOMPARE(qty("Technology loop pipe DN50", "m"), 12.0); // 3 x 4
        QCOMPARE(qty("Multimode fibre link", "link"), 18.0);
        QCOMPARE(qty("Multimode fibre cable", "m"), 360.0); // 18 x 20
        QCOMPARE(qty("Optical link ends", "port"), 36.0);   // 2 x 18; copper needs none
        QCOMPARE(qty("Copper (DAC) link", "link"), 4.0);
        QCOMPARE(QString::fromStdString(bom.front().category), QString("Compute"));
        for (const BomLine& l : bom)
            QVERIFY(std::isnan(l.unitPriceUsd) && !l.priceSource.empty());
        const std::string csv = bomToCsv(
            bom, {"F\u00e1brica \u00abSe\u00f1or\u00bb, \u5317\u4eac", "2026-11-29", "USD"});
        QVERIFY(csv.rfind("\xEF\xBB\xBFproject,\"F\u00e1brica \u00abSe\u00f1or\u00bb, "
                          "\u5317\u4eac\"\ndate,2026-11-29\n"
                          "currency,USD\n\ncategory,item,catalog_id,quantity,unit,",
                          0) == 0);
        // 3 document rows, an empty row, the header row, one row per line.
        QCOMPARE(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')),
                 bom.size() + 5);
        // Counts are integers: the 3 racks print as "3", not "3.00"; 16 m of busway as "16".
        QVERIFY(csv.find(",3,rack,") != std::string::npos);
        QVERIFY(csv.find(",16,m,") != std::string::npos);

        // Ledger: the GB300's typical power fraction is an assumption (catalog), surfaced with
        // its source; official ratings are not listed; overrides are listed.
        d.assumptionOverrides["price.system.gb300-nvl72_usd"] = 3.9e6;
        const auto ledger = computeAssumptionLedger(d, cat);
        bool typical = false, override = false;
        for (const AssumptionLine& a : ledger) {
            QVERIFY(a.confidence != "official");
            QVERIFY(!a.source.empty());
            if (a.catalogId == "gb300-nvl72" && a.key == "typical_power_fraction") {
                typical = true;
                QCOMPARE(QString::fromStdString(a.confidence), QString("assumption"));
            }
            if (a.key == "price.system.gb300-nvl72_usd")
                override = a.confidence == "user override";
        }
        QVERIFY(typical);
        QVERIFY(override);
    }
};

QTEST_GUILESS_MAIN(TestReportRender)
#include "test_report_render.moc"
