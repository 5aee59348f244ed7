// aifp-cli climate list lays its columns out to the widest entry (a long location name never runs
// into the next column), and aifp-cli new prints the site climate as sourced, with the confidence
// of its design and monthly figures, and as an assumption only when the design figures are one.
#include "CliTestSupport.hpp"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

// The library's locations as `climate list --format json` gives them.
QJsonArray listedLocations() {
    const Result r = runCli({"climate", "list", "--format", "json"});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.outBytes).array();
}

// The first location whose design figures have (or, with want == false, have not) the confidence
// "assumption"; empty when there is none.
QString locationWithAssumedDesign(bool want) {
    for (const auto& v : listedLocations()) {
        const QJsonObject o = v.toObject();
        const bool assumed =
            o["design_dry_bulb_c"].toObject()["confidence"].toString() == "assumption";
        if (assumed == want)
            return o["id"].toString();
    }
    return {};
}

} // namespace

class TestCliClimate : public QObject {
    Q_OBJECT
private slots:
    void listColumnsFitTheWidestEntry() {
        const QJsonArray locations = listedLocations();
        QVERIFY(locations.size() >= 30);
        // Column widths worked out from the data, not from the text: the widest id and name plus
        // two spaces. In the shipped library the widest id is "us-council-bluffs-ia" (20 code
        // points) and the widest name "Reno (Tahoe Reno Industrial Center), NV" (39), so LOCATION
        // starts at column 22 and REGION at 22 + 39 + 2 = 63; the former fixed 26-column name
        // field was too narrow for that name.
        int idWidth = 2, nameWidth = 8; // "ID", "LOCATION"
        for (const auto& v : locations) {
            idWidth = std::max(idWidth, int(v.toObject()["id"].toString().size()));
            nameWidth = std::max(nameWidth, int(v.toObject()["name"].toString().size()));
        }
        QVERIFY(nameWidth > 26);

        const Result r = runCli({"climate", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), locations.size() + 1);
        QCOMPARE(lines[0].indexOf("LOCATION"), idWidth + 2);
        QCOMPARE(lines[0].indexOf("REGION"), idWidth + 2 + nameWidth + 2);
        for (int k = 0; k < locations.size(); ++k) {
            const QJsonObject o = locations[k].toObject();
            const QString& line = lines[k + 1];
            QVERIFY2(line.startsWith(o["id"].toString() + "  "), qPrintable(line));
            // The name starts in the LOCATION column, the region in the REGION column, each after
            // at least two spaces.
            QCOMPARE(line.mid(idWidth + 2, o["name"].toString().size()), o["name"].toString());
            const int regionAt = idWidth + 2 + nameWidth + 2;
            QCOMPARE(line.mid(regionAt - 2, 2), QString("  "));
            QVERIFY2(line.mid(regionAt).startsWith(o["region"].toString()), qPrintable(line));
            // The design figures in their column: "43.4 / 21.1 °C (secondary)".
            const QString design =
                QString::number(o["design_dry_bulb_c"].toObject()["value"].toDouble(), 'f', 1) +
                " / " +
                QString::number(o["design_wet_bulb_c"].toObject()["value"].toDouble(), 'f', 1);
            QVERIFY2(line.indexOf(design) > regionAt, qPrintable(line));
        }
    }

    void newPrintsASourcedClimateAsSourced() {
        const QString id = locationWithAssumedDesign(false);
        QVERIFY(!id.isEmpty());
        const Result show = runCli({"climate", "show", id, "--format", "json"});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject c = QJsonDocument::fromJson(show.outBytes).array()[0].toObject();
        const QString design = c["design_dry_bulb_c"].toObject()["confidence"].toString();
        const QString monthly = c["monthly"].toObject()["confidence"].toString();
        const QString name = c["name"].toString();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result n =
            runCli({"new", dir.filePath("a.aifp"), "--target-mw", "3", "--site-location", id});
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        // e.g. "  site climate (design secondary, monthly statistics secondary): site Phoenix, AZ:
        // design ambient 43.4 °C dry-bulb / ..."
        const QString expected = "  site climate (design " + design + ", monthly statistics " +
                                 monthly + "): site " + name + ": design ambient ";
        QVERIFY2(n.out.contains(expected), qPrintable(n.out));
        QVERIFY2(!n.out.contains("assumption: site " + name), qPrintable(n.out));

        const Result j = runCli({"new", dir.filePath("b.aifp"), "--target-mw", "3",
                                 "--site-location", id, "--format", "json"});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        const QJsonObject o = jsonOf(j);
        const QJsonObject site = o["site_climate"].toObject();
        QCOMPARE(site["id"].toString(), id);
        QCOMPARE(site["design_confidence"].toString(), design);
        QCOMPARE(site["monthly_confidence"].toString(), monthly);
        QVERIFY(site["text"].toString().startsWith("site " + name + ": design ambient "));
        for (const auto& a : o["assumptions"].toArray())
            QVERIFY2(!a.toString().startsWith("site " + name), qPrintable(a.toString()));
    }

    void newPrintsAnAssumedClimateAsAnAssumption() {
        const QString id = locationWithAssumedDesign(true);
        if (id.isEmpty())
            QSKIP("every location's design figures are sourced");
        const Result show = runCli({"climate", "show", id, "--format", "json"});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QString name =
            QJsonDocument::fromJson(show.outBytes).array()[0].toObject()["name"].toString();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result n =
            runCli({"new", dir.filePath("a.aifp"), "--target-mw", "3", "--site-location", id});
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        QVERIFY2(n.out.contains("  assumption: site " + name + ": design ambient "),
                 qPrintable(n.out));
        QVERIFY2(!n.out.contains("site climate ("), qPrintable(n.out));

        const Result j = runCli({"new", dir.filePath("b.aifp"), "--target-mw", "3",
                                 "--site-location", id, "--format", "json"});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o["site_climate"].toObject()["design_confidence"].toString(),
                 QString("assumption"));
        bool listed = false;
        for (const auto& a : o["assumptions"].toArray())
            listed = listed || a.toString().startsWith("site " + name + ": design ambient ");
        QVERIFY(listed);
    }

    void newWithoutALocationHasNoSiteClimate() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result j =
            runCli({"new", dir.filePath("a.aifp"), "--target-mw", "3", "--format", "json"});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        QVERIFY(!jsonOf(j).contains("site_climate"));
        const Result n = runCli({"new", dir.filePath("b.aifp"), "--target-mw", "3"});
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        QVERIFY(!n.out.contains("site climate ("));
    }
};

QTEST_GUILESS_MAIN(TestCliClimate)
#include "test_cli_climate.moc"
