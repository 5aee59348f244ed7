// One power basis everywhere: aifp-cli new, info, estimate and report --figures-json print the
// same keys (it_design_mw, it_typical_mw, facility_design_mw, facility_design_mva,
// facility_typical_mw, pue_design, pue_annual) with equal values for the same design, and a
// --target-mw target is met on the facility design power, at or just under it.
#include "CliTestSupport.hpp"
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

const char* const kKeys[] = {"it_design_mw",        "it_typical_mw",       "facility_design_mw",
                             "facility_design_mva", "facility_typical_mw", "pue_design",
                             "pue_annual",          "power_factor"};

} // namespace

class TestCliPowerBasis : public QObject {
    Q_OBJECT
private slots:
    void sameBasisInEveryCommand_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("redundancy");
        QTest::newRow("20 MW GB300 2N") << "20"
                                        << "2N";
        QTest::newRow("12 MW GB300 N+1") << "12"
                                         << "N+1";
    }
    void sameBasisInEveryCommand() {
        QFETCH(QString, target);
        QFETCH(QString, redundancy);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath("f.aifp");
        const Result n = runCli({"new", project, "--target-mw", target, "--redundancy", redundancy,
                                 "--format", "json"});
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        const Result i = runCli({"info", project, "--format", "json"});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
        const Result e = runCli({"estimate", project, "--format", "json"});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QString figures = dir.filePath("figures.json");
        const Result r = runCli({"report", project, "--out", dir.filePath("r.html"),
                                 "--figures-json", figures, "--date", "2026-12-02"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(figures);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject views[] = {jsonOf(n.out), jsonOf(i.out), jsonOf(e.out),
                                     QJsonDocument::fromJson(f.readAll()).object()};
        const char* names[] = {"new", "info", "estimate", "report --figures-json"};
        for (const char* key : kKeys) {
            QVERIFY2(views[0].value(key).isDouble(), key);
            const double v0 = views[0].value(key).toDouble();
            QVERIFY2(v0 > 0, key);
            for (int k = 1; k < 4; ++k) {
                QVERIFY2(views[k].value(key).isDouble(),
                         qPrintable(QString("%1 lacks %2").arg(names[k], key)));
                QVERIFY2(views[k].value(key).toDouble() == v0,
                         qPrintable(QString("%1: new %2, %3 %4")
                                        .arg(key)
                                        .arg(v0, 0, 'g', 17)
                                        .arg(names[k])
                                        .arg(views[k].value(key).toDouble(), 0, 'g', 17)));
            }
        }
        const QJsonObject& b = views[0];
        // The target is met on the facility design power: at or under it, within 3 % (one
        // GB300 rack with its share of plant is ~0.2 MW, 1 % of 20 MW).
        const double targetMw = target.toDouble();
        QVERIFY2(b.value("facility_design_mw").toDouble() <= targetMw,
                 qPrintable(QString::number(b.value("facility_design_mw").toDouble())));
        QVERIFY2(b.value("facility_design_mw").toDouble() >= 0.97 * targetMw,
                 qPrintable(QString::number(b.value("facility_design_mw").toDouble())));
        // Bases relate as defined: typical <= design, MVA = MW / PF, PUE = facility / IT.
        QVERIFY(b.value("it_typical_mw").toDouble() < b.value("it_design_mw").toDouble());
        QVERIFY(b.value("facility_typical_mw").toDouble() <
                b.value("facility_design_mw").toDouble());
        QVERIFY(std::abs(b.value("facility_design_mva").toDouble() *
                             b.value("power_factor").toDouble() -
                         b.value("facility_design_mw").toDouble()) < 1e-9);
        QVERIFY(std::abs(b.value("pue_design").toDouble() -
                         b.value("facility_design_mw").toDouble() /
                             b.value("it_design_mw").toDouble()) < 1e-12);
        // Text output names the basis.
        const Result text = runCli({"info", project});
        QVERIFY(text.out.contains(" MW design / ") && text.out.contains(" MW typical"));
        QVERIFY(text.out.contains("MVA at PF 0.95"));
    }
};

QTEST_APPLESS_MAIN(TestCliPowerBasis)
#include "test_cli_power_basis.moc"
