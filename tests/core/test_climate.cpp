// Climate library: loader errors, the shipped library, hours-at-temperature binning.
#include "core/climate/Climate.hpp"
#include <QTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>

using namespace aifp;

namespace {

// One valid location; `edit` replaces a piece of it to make it bad.
std::string library(const std::string& location) {
    return R"({"format": "aifp-climate", "version": 1, "locations": [)" + location + "]}";
}

std::string location(const std::string& id = "xx-test") {
    return R"({"id": ")" + id + R"(", "name": "Test", "country": "XX", "region": "Europe",
      "lat": 40.0, "lon": -3.0, "elevation_m": 600,
      "design_dry_bulb_c": {"value": 30.0, "source": "test", "confidence": "assumption"},
      "design_wet_bulb_c": {"value": 20.0, "source": "test", "confidence": "assumption"},
      "monthly": {"source": "test", "confidence": "assumption",
        "dry_bulb_c": [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        "wet_bulb_c": [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
        "diurnal_range_k": [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}})";
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    if (at == std::string::npos)
        qFatal("test setup: '%s' not in the location", from.c_str());
    return s.replace(at, from.size(), to);
}

} // namespace

class TestClimate : public QObject {
    Q_OBJECT
private slots:
    void badFiles_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const std::string ok = location();
        QTest::newRow("not JSON") << "{"
                                  << "lib.json:1:2";
        QTest::newRow("wrong format")
            << QString::fromStdString(replaced(library(ok), "aifp-climate", "aifp-catalog"))
            << "lib.json: file, format: must be \"aifp-climate\"";
        QTest::newRow("no locations")
            << R"({"format": "aifp-climate", "version": 1, "locations": []})"
            << "locations: must be a non-empty array";
        QTest::newRow("11 months")
            << QString::fromStdString(library(
                   replaced(ok, "[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],\n        \"wet",
                            "[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],\n        \"wet")))
            << "location 'xx-test', monthly.dry_bulb_c: must be an array of 12";
        QTest::newRow("wet-bulb above dry-bulb")
            << QString::fromStdString(library(replaced(ok, "\"value\": 20.0", "\"value\": 31.0")))
            << "location 'xx-test', design_wet_bulb_c: is above the design dry-bulb";
        QTest::newRow("missing source")
            << QString::fromStdString(library(replaced(
                   ok, "\"source\": \"test\", \"confidence\": \"assumption\",\n        \"dry",
                   "\"confidence\": \"assumption\",\n        \"dry")))
            << "location 'xx-test', monthly.source: missing";
        QTest::newRow("bad confidence")
            << QString::fromStdString(
                   library(replaced(ok, "\"source\": \"test\", \"confidence\": \"assumption\"}",
                                    "\"source\": \"test\", \"confidence\": \"sure\"}")))
            << "design_dry_bulb_c.confidence: 'sure' is not one of";
        QTest::newRow("duplicate id") << QString::fromStdString(library(ok + "," + ok))
                                      << "location 'xx-test', id: duplicate id";
        QTest::newRow("both wet-bulb and RH")
            << QString::fromStdString(library(replaced(
                   ok, "\"diurnal_range_k\"",
                   "\"rh_pct\": [50,50,50,50,50,50,50,50,50,50,50,50], \"diurnal_range_k\"")))
            << "monthly: give exactly one of wet_bulb_c and rh_pct";
        QTest::newRow("month out of range")
            << QString::fromStdString(library(replaced(ok, "[8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]",
                                                       "[8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 80]")))
            << "monthly.wet_bulb_c: month 12 must be a number within";
    }
    void badFiles() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            ClimateLibrary::fromJsonText(text.toStdString(), "lib.json");
            QFAIL("expected ClimateError");
        } catch (const ClimateError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.startsWith("lib.json"), e.what());
            QVERIFY2(msg.contains(expected), e.what());
            QVERIFY2(!msg.contains('\n'), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(ClimateError, ClimateLibrary::loadFile("/nonexistent/c.json"));
    }

    // Stull (2011): 20 C at 50 % RH has a wet-bulb of 13.7 C (the paper's worked example).
    void wetBulbFromRh() {
        QVERIFY(std::fabs(wetBulbFromRelativeHumidityC(20.0, 50.0) - 13.7) < 0.05);
        QVERIFY(wetBulbFromRelativeHumidityC(30.0, 99.0) < 30.0);
        QVERIFY(wetBulbFromRelativeHumidityC(30.0, 99.0) > 29.5);
    }

    // Binning of a flat climate (10 C all year, range 10 K, wet-bulb 8 C, design 30 C):
    //   the year holds 8,760 h; the mean dry-bulb is 10 C (sinusoid and spread are symmetric);
    //   the spread is fitted so that 35 h (0.4 %) are at or above 30 C;
    //   wet-bulb follows at 0.5 K/K: 8 C + 0.5 (DB - 10 C), mean 8 C, clamped to the dry-bulb
    //   (below 6 C dry-bulb), so never above it.
    void binning() {
        const ClimateLibrary lib = ClimateLibrary::fromJsonText(library(location()), "lib.json");
        const Climate& c = lib.locations().front();
        const auto bins = hoursAtTemperature(c);
        double hours = 0.0, db = 0.0, wbUnclamped = 0.0, over = 0.0;
        for (const auto& b : bins) {
            hours += b.hours;
            db += b.dryBulbC * b.hours;
            // 8 C + 0.5 K/K off the monthly mean, clamped to the dry-bulb (below 6 C dry-bulb).
            const double wbLine = 8.0 + 0.5 * (b.dryBulbC - 10.0);
            wbUnclamped += wbLine * b.hours;
            QVERIFY(std::fabs(b.wetBulbC - std::min(b.dryBulbC, wbLine)) < 1e-12);
            if (b.dryBulbC >= 30.0 - 0.5)
                over += b.hours;
        }
        QVERIFY(std::fabs(hours - 8760.0) < 1e-6);
        QVERIFY(std::fabs(db / hours - 10.0) < 1e-9);
        QVERIFY(std::fabs(wbUnclamped / hours - 8.0) < 1e-9);
        const double spread = dayToDaySpreadK(c);
        QVERIFY2(spread > 0.0 && spread < kMaxSpreadK, std::to_string(spread).c_str());
        // Hours at or above the design dry-bulb (bins are discrete: within one bin's width).
        QVERIFY2(over >= 35.0 * 0.5 && over < 200.0, std::to_string(over).c_str());
        QVERIFY(std::fabs(designAmbientOnly(35.0).front().hours - 8760.0) < 1e-12);
    }

    // The shipped library: >= 30 locations across the regions the issue names, Spain included,
    // every figure with a source and a confidence, design dry-bulb above every monthly mean.
    void shippedLibrary() {
        const ClimateLibrary& lib = ClimateLibrary::builtin();
        QVERIFY(lib.locations().size() >= 30);
        std::set<std::string> regions, countries;
        int spain = 0;
        for (const Climate& c : lib.locations()) {
            regions.insert(c.region);
            countries.insert(c.country);
            spain += c.country == "ES";
            QVERIFY2(!c.designDryBulbC.source.empty() && !c.designWetBulbC.source.empty() &&
                         !c.monthlySource.empty(),
                     c.id.c_str());
            for (const ClimateMonth& m : c.months)
                QVERIFY2(m.meanDryBulbC < c.designDryBulbC.value, c.id.c_str());
            double hours = 0.0;
            for (const auto& b : hoursAtTemperature(c))
                hours += b.hours;
            QVERIFY(std::fabs(hours - 8760.0) < 1e-6);
        }
        QVERIFY(spain >= 4);
        for (const char* r : {"North America", "Europe", "Middle East", "Asia"})
            QVERIFY2(regions.count(r), r);
        QVERIFY(lib.find("us-abilene-tx"));
        QVERIFY(lib.find("es-madrid"));
        QVERIFY(!lib.find("nowhere"));
    }

    // Provenance of the shipped figures (docs/reference/climate-sources.md): anything not an
    // assumption names its document by address; a 'derived' monthly set names the hourly
    // weather file (.epw, .tmy3) or the daily reports (.xlsx) it was computed from; an assumption
    // says it is one.
    void shippedProvenance() {
        QVERIFY(confidenceFromString("derived") == Confidence::Derived);
        QCOMPARE(std::string(toString(Confidence::Derived)), std::string("derived"));
        int derived = 0, sourced = 0, both = 0;
        for (const Climate& c : ClimateLibrary::builtin().locations()) {
            for (const ClimateFigure* f : {&c.designDryBulbC, &c.designWetBulbC}) {
                if (f->confidence == Confidence::Assumption)
                    QVERIFY2(f->source.rfind("assumption", 0) == 0, c.id.c_str());
                else
                    QVERIFY2(f->source.find("https://") != std::string::npos, c.id.c_str());
            }
            QCOMPARE(c.designDryBulbC.confidence, c.designWetBulbC.confidence);
            if (c.monthlyConfidence == Confidence::Assumption) {
                QVERIFY2(c.monthlySource.rfind("assumption", 0) == 0, c.id.c_str());
                continue;
            }
            ++sourced;
            QVERIFY2(c.monthlySource.find("https://") != std::string::npos, c.id.c_str());
            if (c.monthlyConfidence == Confidence::Derived) {
                ++derived;
                // Computed from an hourly typical year (an EnergyPlus weather file .epw, an NREL
                // TMY3 file .tmy3 or a Meteonorm year), named with its 8,760 hourly records, or
                // from a station's daily observations over several years (BMKG reports .xlsx),
                // named with the period and the number of days.
                const bool hourly =
                    c.monthlySource.find("8,760 hourly records") != std::string::npos &&
                    (c.monthlySource.find(".epw") != std::string::npos ||
                     c.monthlySource.find(".tmy3") != std::string::npos ||
                     c.monthlySource.find("Meteonorm") != std::string::npos);
                const bool daily =
                    c.monthlySource.find("daily observations") != std::string::npos &&
                    c.monthlySource.find(" days)") != std::string::npos &&
                    c.monthlySource.find(".xlsx") != std::string::npos;
                QVERIFY2(hourly || daily, c.id.c_str());
            }
            if (c.designDryBulbC.confidence != Confidence::Assumption)
                ++both;
        }
        QVERIFY(derived > 0 && sourced > derived);
        // Issue 13 asks for at least 30 locations with every figure sourced; the library holds
        // 30 of 37 (docs/reference/climate-sources.md, "Status"): none may fall back.
        QVERIFY2(both >= 30, std::to_string(both).c_str());
    }
};

QTEST_APPLESS_MAIN(TestClimate)
#include "test_climate.moc"
