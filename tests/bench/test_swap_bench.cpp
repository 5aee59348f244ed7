// Benchmark: the generation swap (aifp-cli swap, docs/options.md) of the gigawatt reference
// campus (--target-mw 1000 --system gb300-nvl72 --cooling liquid --redundancy 2N --fabric q3400)
// to Vera Rubin NVL72, in both modes, through the command's own code (aifp::cli::run, what
// aifp-cli runs: open the file, swap, validate, estimate and schedule before and after, print
// JSON). Prints "bench: swap_1gw <mode> <s> s, cpu <s> s, peak RSS <MB> MB; <kept> of
// <positions> racks kept, limit <categories>". Checks that the result is consistent and that each
// run finishes within a generous 60 s ceiling (a loaded 2-core machine took 6-17 s), so noise on a
// slow CI machine does not fail it.
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "cli/Command.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/ProjectFile.hpp"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>

using namespace aifp;

namespace {

constexpr double kCeilingS = 60.0;

struct SwapRun {
    double seconds = 0.0, cpuSeconds = 0.0;
    int exitCode = -1;
    QJsonObject json;
    std::string err;
};

SwapRun runSwap(const std::string& project, const char* mode) {
    std::ostringstream out, err;
    SwapRun r;
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    r.exitCode = cli::run(
        {"swap", project, "--system", "vr-nvl72", "--mode", mode, "--format", "json"}, out, err);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.cpuSeconds = bench::cpuSeconds() - cpu0;
    r.json = QJsonDocument::fromJson(QByteArray::fromStdString(out.str())).object();
    r.err = err.str();
    return r;
}

QString limitsOf(const QJsonObject& o) {
    QStringList l;
    for (const QJsonValue v : o.value("limits").toArray())
        l << v.toString();
    return l.isEmpty() ? QString("none") : l.join(", ");
}

// Prints the bench line of a run.
void print(const char* mode, const SwapRun& r) {
    std::printf("bench: swap_1gw %s %.2f s, cpu %.2f s, peak RSS %.0f MB; %d of %d racks kept, "
                "limit %s\n",
                mode, r.seconds, r.cpuSeconds, bench::peakRssMb(), r.json.value("placed").toInt(),
                r.json.value("positions").toInt(), qPrintable(limitsOf(r.json)));
    std::fflush(stdout);
}

} // namespace

class TestSwapBench : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string project_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const FactoryTargets t = bench::gigawattReferenceTargets();
        const GeneratedFactory g = generateFactory(t, Catalog::builtin());
        project_ = dir_.filePath("gw.aifp").toStdString();
        saveProject(g.design, project_);
    }

    void everyPosition() {
        const SwapRun r = runSwap(project_, "every-position");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const int positions = r.json.value("positions").toInt();
        const int placed = r.json.value("placed").toInt();
        print("every-position", r);
        QVERIFY(positions > 4000); // the 1 GW campus has thousands of GPU racks
        // Every position that fits holds the new system.
        QCOMPARE(placed + r.json.value("dropped_no_fit").toInt(), positions);
        QCOMPARE(r.json.value("left_empty").toInt(), 0);
        QVERIFY2(r.seconds < kCeilingS, qPrintable(QString::number(r.seconds)));
    }

    void keepPlant() {
        const SwapRun r = runSwap(project_, "keep-plant");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const int positions = r.json.value("positions").toInt();
        const int placed = r.json.value("placed").toInt();
        const int empty = r.json.value("left_empty").toInt();
        print("keep-plant", r);
        QCOMPARE(placed + empty + r.json.value("dropped_no_fit").toInt(), positions);
        // A plant sized for 135 kW racks does not carry 190 kW racks everywhere: some positions
        // stay empty, and the output says which plant category limits the count.
        QVERIFY(placed > 0 && empty > 0);
        QVERIFY(!r.json.value("limits").toArray().isEmpty());
        QVERIFY2(r.seconds < kCeilingS, qPrintable(QString::number(r.seconds)));
    }
};

QTEST_GUILESS_MAIN(TestSwapBench)
#include "test_swap_bench.moc"
