// The report's drawing model and writers: font metrics, PDF (checked with poppler's pdfinfo,
// pdftotext and pdftoppm), SVG/HTML well-formedness, charts' task summary, dates, bill of
// materials and the assumptions ledger.
#include "core/catalog/Catalog.hpp"
#include "core/report/AssumptionLedger.hpp"
#include "core/report/BillOfMaterials.hpp"
#include "core/report/FontMetrics.hpp"
#include "core/report/HtmlWriter.hpp"
#include "core/report/PageLayout.hpp"
#include "core/report/PdfWriter.hpp"
#include "core/report/ReportCharts.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/SvgWriter.hpp"
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

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

std::vector<unsigned char> runLengthDecode(const std::string& s) {
    std::vector<unsigned char> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const int n = static_cast<unsigned char>(s[i++]);
        if (n == 128)
            break;
        if (n < 128) {
            for (int k = 0; k <= n; ++k)
                out.push_back(static_cast<unsigned char>(s[i++]));
        } else {
            const auto b = static_cast<unsigned char>(s[i++]);
            for (int k = 0; k < 257 - n; ++k)
                out.push_back(b);
        }
    }
    return out;
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

class TestPdfWriter : public QObject {
    Q_OBJECT

private slots:
    void textWidth_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<double>("expectedPt");
        // Helvetica AFM: H 722, e 556, l 222, o 556 -> 2278/1000 x 10 pt = 22.78 pt.
        QTest::newRow("Hello") << "Hello" << false << 22.78;
        // Helvetica-Bold AFM: H 722, e 556, l 278, o 611 -> 2445 -> 24.45 pt.
        QTest::newRow("Hello bold") << "Hello" << true << 24.45;
        // "W" 944 + "i" 222 -> 11.66 pt; multiply sign (WinAnsi 0xD7) 584 -> +5.84.
        QTest::newRow("Wi x") << QString::fromUtf8("Wi\u00d7") << false << 17.50;
        QTest::newRow("empty") << "" << false << 0.0;
    }
    void textWidth() {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        QFETCH(double, expectedPt);
        const double w =
            textWidthPt(text.toStdString(), bold ? Font::HelveticaBold : Font::Helvetica, 10.0);
        QVERIFY2(std::abs(w - expectedPt) < 1e-9, qPrintable(QString::number(w)));
    }

    void wrapKeepsWordsAndWidth() {
        const std::string text =
            "The design installs 4,608 GPUs in 64 racks drawing 8.6 MW of IT load; "
            "first tokens are planned for 2028-03-01.";
        const auto lines = wrapText(text, Font::Helvetica, 9, 120);
        QVERIFY(lines.size() >= 4);
        std::string joined;
        for (const auto& l : lines) {
            QVERIFY2(textWidthPt(l, Font::Helvetica, 9) <= 120.0, l.c_str());
            joined += (joined.empty() ? "" : " ") + l;
        }
        QCOMPARE(QString::fromStdString(joined), QString::fromStdString(text));
        // A word longer than the line is broken by characters, none lost.
        const auto broken = wrapText(std::string(60, 'W'), Font::Helvetica, 10, 50);
        std::string all;
        for (const auto& l : broken)
            all += l;
        QCOMPARE(all.size(), std::size_t(60));
        QCOMPARE(broken.size(), std::size_t(12)); // 5 x 9.44 pt = 47.2 pt per line
    }

    void winAnsi_data() {
        QTest::addColumn<QString>("utf8");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << "abc" << QByteArray("abc");
        QTest::newRow("multiply") << QString::fromUtf8("\u00d724")
                                  << QByteArray("\xd7"
                                                "24");
        QTest::newRow("endash") << QString::fromUtf8("1\u20132")
                                << QByteArray("1\x96"
                                              "2");
        QTest::newRow("degree") << QString::fromUtf8("30 \u00b0C")
                                << QByteArray("30 \xb0"
                                              "C");
        QTest::newRow("arrows") << QString::fromUtf8("A\u2194B") << QByteArray("A<->B");
        QTest::newRow("cjk") << QString::fromUtf8("\u6c34") << QByteArray("?");
    }
    void winAnsi() {
        QFETCH(QString, utf8);
        QFETCH(QByteArray, expected);
        const std::string got = toWinAnsi(utf8.toStdString());
        QCOMPARE(QByteArray(got.data(), static_cast<int>(got.size())), expected);
    }

    void runLength_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("encoded");
        // Run of 3: length byte 257 - 3 = 254, the byte, then EOD 128.
        QTest::newRow("run") << QByteArray("\x07\x07\x07") << QByteArray("\xfe\x07\x80");
        // Literal of 3: length byte 3 - 1 = 2, the bytes, EOD.
        QTest::newRow("literal") << QByteArray("\x01\x02\x03")
                                 << QByteArray("\x02\x01\x02\x03\x80");
        QTest::newRow("empty") << QByteArray() << QByteArray("\x80");
    }
    void runLength() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, encoded);
        const std::vector<unsigned char> in(input.begin(), input.end());
        const std::string e = runLengthEncode(in);
        QCOMPARE(QByteArray(e.data(), static_cast<int>(e.size())), encoded);
        QVERIFY(runLengthDecode(e) == in);
    }
    void runLengthRoundTripLong() {
        std::vector<unsigned char> in;
        for (int i = 0; i < 1000; ++i)
            in.push_back(static_cast<unsigned char>(i < 300 ? 9 : (i * 37) % 251));
        QVERIFY(runLengthDecode(runLengthEncode(in)) == in);
    }

    void pdfStructureAndText() {
        std::vector<Canvas> pages;
        for (int i = 0; i < 3; ++i) {
            Canvas c(kA4LongPt, kA4ShortPt);
            c.text(72, 100, "Page marker " + std::to_string(i + 1), 14, Font::HelveticaBold);
            c.text(72, 130, "x24 busways \u00d7 2 (paren) back\\slash", 10);
            c.rect(50, 50, 200, 100);
            c.fillCircle(400, 300, 40, colors::kRed);
            c.arc(500, 300, 40, 0, 90);
            c.dashedLine(50, 500, 700, 500);
            pages.push_back(c);
        }
        const std::string pdf = writePdf(pages, {"Unit test", "Tester", "subject", "2026-11-29"});
        QVERIFY(pdf.rfind("%PDF-1.4", 0) == 0);
        // Every xref entry points at its "N 0 obj".
        const std::size_t xref = pdf.rfind("\nxref\n");
        QVERIFY(xref != std::string::npos);
        const std::size_t startxref = pdf.rfind("startxref\n");
        QCOMPARE(std::stoul(pdf.substr(startxref + 10)), xref + 1);
        std::size_t pos = pdf.find('\n', pdf.find('\n', xref + 1) + 1) + 1; // after "0 N"
        pos = pdf.find('\n', pos) + 1;                                      // skip free entry
        for (int id = 1; pdf.compare(pos, 7, "trailer") != 0; ++id) {
            const std::size_t off = std::stoul(pdf.substr(pos, 10));
            QVERIFY2(
                pdf.compare(off, std::to_string(id).size() + 6, std::to_string(id) + " 0 obj") == 0,
                qPrintable(QString("object %1").arg(id)));
            pos += 20;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("t.pdf");
        QVERIFY(writeFile(path, pdf));
        const QString info = runTool("pdfinfo", {path});
        QVERIFY2(info.contains(QRegularExpression("Pages:\\s+3\\b")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("Title:\\s+Unit test")), qPrintable(info));
        QVERIFY2(info.contains("841.89 x 595.28 pts (A4)"), qPrintable(info)); // landscape
        const QString text = runTool("pdftotext", {"-layout", path, "-"});
        QVERIFY2(text.contains("Page marker 3"), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("x24 busways \u00d7 2 (paren) back\\slash")),
                 qPrintable(text));
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
        c.text(10, 20, "svg <text> & more", 9);
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
        QVERIFY(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
        QVERIFY(html.find("<h2>First &amp; only</h2>") != std::string::npos);
        QVERIFY(wellFormedXml(QString::fromStdString(writeSvg(c)), &err));
        // The layout of the same document is one page with the text on it.
        const auto pages = layoutPages(doc);
        QCOMPARE(pages.size(), std::size_t(1));
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
                               << "$7.50";
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
        const std::string csv = bomToCsv(bom);
        QVERIFY(csv.rfind("category,item,catalog_id,quantity,unit,", 0) == 0);
        QCOMPARE(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')),
                 bom.size() + 1);

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

QTEST_GUILESS_MAIN(TestPdfWriter)
#include "test_pdf_writer.moc"
