// Engine texts follow the user's language: under a German locale (de_DE.UTF-8, QLocale German)
// the Estimates dock's notes and figures write decimals with a comma like every other number Qt
// shows, with no English "82.3" mixed in; the report, built on its own thread, stays English.
// No OpenGL: runs with QT_QPA_PLATFORM=offscreen or under Xvfb.
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/util/NumberFormat.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/HeadlineFigures.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <clocale>
#include <thread>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design generated() {
    FactoryTargets t;
    t.name = "Display language test";
    t.systemId = "gb300-nvl72";
    t.targetGridMw = 1.0;
    return generateFactory(t, Catalog::builtin()).design;
}

bool waitForResult(EstimatesDock& dock, int after) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 120000) {
        if (dock.runner()->resultCount() > after && !dock.runner()->busy())
            return true;
        QTest::qWait(20);
    }
    return false;
}

// Numbers written the English way in German text: a '.' between digits that is not a German
// thousands separator ("12.480" is one; "82.3" and "0.95" are not). Quoted names ('llama3.1')
// and versions ("MLPerf v5.1") are names, not numbers, and are skipped.
QStringList englishDecimals(QString text) {
    text.remove(QRegularExpression(QStringLiteral("'[^']*'")));
    QStringList found;
    // A number not glued to a word: "v5.1" (a version) and "gb300" are names.
    static const QRegularExpression number(QStringLiteral("(?<![\\w.,])\\d[\\d.,]*\\d"));
    static const QRegularExpression germanGrouped(QStringLiteral("^\\d{1,3}(\\.\\d{3})+(,\\d+)?$"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured();
        if (n.contains(QLatin1Char('.')) && !germanGrouped.match(n).hasMatch())
            found << n;
    }
    return found;
}

} // namespace

class TestDisplayLanguage : public QObject {
    Q_OBJECT
private slots:
    void init() {
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
            QSKIP("de_DE.UTF-8 is not installed (packaging/aifp.sh test generates it)");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void cleanup() {
        std::setlocale(LC_ALL, "C");
        QLocale::setDefault(QLocale::c());
    }

    void numberStyleOfGerman() {
        const display::NumberStyle de = numberStyleOf();
        QCOMPARE(de.decimalPoint, std::string(","));
        QCOMPARE(de.groupSeparator, std::string("."));
        // Hand-worked: 1234567.26 to 1 decimal is 1234567.3, grouped by three with '.'.
        QCOMPARE(display::formatNumber(1234567.26, 1, de), std::string("1.234.567,3"));
        QCOMPARE(display::formatSignificant(0.04213, 2, de), std::string("0,042"));
        QCOMPARE(display::formatCount(12480, de), std::string("12.480"));
        {
            const display::NumberStyleScope scope(de);
            QCOMPARE(display::formatFixedPlain(1234.5, 1), std::string("1234,5"));
            QCOMPARE(display::formatSignificantPlain(82.34, 3), std::string("82,3"));
            QCOMPARE(display::formatPlain(0.950, 2), std::string("0,95"));
        }
        // Out of the scope this thread is English again.
        QCOMPARE(display::formatFixedPlain(1234.5, 1), std::string("1234.5"));
    }

    void estimatesDockIsGerman() {
        Document doc;
        doc.reset(generated(), {});
        EstimatesDock dock(&doc);
        QVERIFY(waitForResult(dock, 0));
        QVERIFY2(dock.snapshot().ok, dock.snapshot().error.c_str());
        const auto* notes = dock.findChild<QLabel*>(QStringLiteral("estimateNotes"));
        QVERIFY(notes);
        const QString text = notes->text();
        // The notes quote decimals ("p99 TPOT 82,3 ms") the German way, and none the English way.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d,\\d"))), qPrintable(text));
        QVERIFY2(englishDecimals(text).isEmpty(),
                 qPrintable(englishDecimals(text).join(QStringLiteral(" | ")) +
                            QStringLiteral("\n") + text));
        // Among them how each system type serves, its mean step in the same style.
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("mean step \\d+,\\d ms: overhead \\d+,\\d, GEMMs"))),
                 qPrintable(text));
        // The headline figures next to them use the same decimal mark.
        for (const char* key : {"itMw", "facilityMw", "pue", "tpotMs"}) {
            const QString figure = dock.figureText(key);
            QVERIFY2(figure.contains(QLatin1Char(',')) && !figure.contains(QLatin1Char('.')),
                     qPrintable(QString::fromLatin1(key) + QStringLiteral(": ") + figure));
        }
        // The engine's basis text formatted on this (GUI) thread with the German style.
        const display::NumberStyleScope german(numberStyleOf());
        const FactoryEstimate e = estimateFactory(doc.design(), doc.catalog(), {});
        const QString basis = QString::fromStdString(e.basis.itText());
        QVERIFY2(basis.contains(QRegularExpression(QStringLiteral("^IT \\d+,\\d MW design"))),
                 qPrintable(basis));
    }

    void reportThreadStaysEnglish() {
        // Without a scope a thread formats in English whatever the locale and QLocale say: what
        // the report and the command line rely on.
        const display::NumberStyleScope german(numberStyleOf());
        std::string onOtherThread;
        std::thread t([&] { onOtherThread = display::formatFixedPlain(82.34, 1); });
        t.join();
        QCOMPARE(onOtherThread, std::string("82.3"));
        QCOMPARE(display::formatFixedPlain(82.34, 1), std::string("82,3"));
    }
};

QTEST_MAIN(TestDisplayLanguage)
#include "test_display_language.moc"
