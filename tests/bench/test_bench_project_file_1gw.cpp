// Benchmark: save and open of the generator's real 1 GW design (generateFactory with
// bench::gigawattReferenceTargets(), as 'aifp-cli new --target-mw 1000'), and of the 2 GW design
// (target 2000) to show how they grow, through the functions the GUI and aifp-cli call
// (saveProject, openProject). Goals (issue 15, 1 GW): save < 0.5 s, open < 0.3 s.
//
// Each step runs in a child process (tests/bench/ChildStep.hpp): seconds, CPU seconds, peak RSS.
// The floors are measured in the same run, the same way: for save, writing the file's bytes to
// another file atomically (write, fsync, rename, as the save does); for open, reading the file's
// bytes into memory. The open child starts without the design (the parent lets go of it) and,
// untimed after the step, checks that the opened design equals the generated one.
// Prints the figures; asserts only correctness (the round trip), never timings.
#include "ChildStep.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <malloc.h>
#include <string>

using namespace aifp;
using aifp::bench::inChild;
using aifp::bench::print;
using aifp::bench::Step;

namespace {

void verdict(const std::string& name, const Step& s, const Step& floorStep, double goalSeconds) {
    std::printf("bench: %s ratio %.2f x the floor (cpu %.2f x)", name.c_str(),
                s.seconds / floorStep.seconds, s.cpuSeconds / std::max(floorStep.cpuSeconds, 1e-3));
    if (goalSeconds > 0)
        std::printf("; goal < %.1f s: %s", goalSeconds, s.seconds < goalSeconds ? "met" : "missed");
    std::printf("\n");
    std::fflush(stdout);
}

FactoryTargets targetsOf(double mw) {
    FactoryTargets t = bench::gigawattReferenceTargets();
    t.targetGridMw = mw;
    return t;
}

// Largest file read back as bytes (the floor of open): far above a 2 GW design.
constexpr std::int64_t kMaxBytes = 4LL << 30;

} // namespace

class BenchProjectFile1Gw : public QObject {
    Q_OBJECT

private slots:
    void saveAndOpen_data() {
        QTest::addColumn<double>("mw");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<double>("saveGoal");
        QTest::addColumn<double>("openGoal");
        QTest::newRow("1 GW") << 1000.0 << "1gw" << 0.5 << 0.3;
        QTest::newRow("2 GW") << 2000.0 << "2gw" << 0.0 << 0.0; // no goal: linearity
    }

    void saveAndOpen() {
        QFETCH(double, mw);
        QFETCH(QString, tag);
        QFETCH(double, saveGoal);
        QFETCH(double, openGoal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("campus.aifp").toStdString();
        const std::string floorCopy = dir.filePath("floor.aifp").toStdString();
        const std::string save = "save_" + tag.toStdString();
        const std::string open = "open_" + tag.toStdString();

        Design d = generateFactory(targetsOf(mw), Catalog::builtin()).design;
        std::printf("design %s: %zu racks, %zu switches, %zu network link bundles, %zu power "
                    "nodes, %zu power links, %zu cooling nodes, %zu pipes (schema %d)\n",
                    tag.toUtf8().constData(), d.racks.size(), d.switches.size(),
                    d.networkLinks.size(), d.powerNodes.size(), d.powerLinks.size(),
                    d.coolingNodes.size(), d.pipes.size(), kAifpSchemaVersion);

        const Step saveStep = inChild([] { return true; },
                                      [&] {
                                          saveProject(d, path);
                                          return true;
                                      },
                                      [] { return true; });
        QVERIFY(saveStep.ok);
        const double fileMb = static_cast<double>(requireRegularFile(path)) / (1024.0 * 1024.0);
        std::string bytes;
        const Step saveFloor = inChild(
            [&] {
                bytes = readRegularFile(path, kMaxBytes);
                return true;
            },
            [&] {
                writeFileAtomically(floorCopy, bytes);
                return true;
            },
            [] { return true; });
        QVERIFY(saveFloor.ok);

        // The open child starts small: the parent lets go of the design first.
        d = Design();
        ::malloc_trim(0);
        Design opened;
        const Step openStep =
            inChild([] { return true; },
                    [&] {
                        opened = openProject(path);
                        return true;
                    },
                    [&] {
                        // Untimed: the design read back is the one generated (exact round trip).
                        return opened == generateFactory(targetsOf(mw), Catalog::builtin()).design;
                    });
        QVERIFY2(openStep.ok, "the opened design is not the generated one");
        const Step openFloor = inChild([] { return true; },
                                       [&] {
                                           bytes = readRegularFile(path, kMaxBytes);
                                           return !bytes.empty();
                                       },
                                       [] { return true; });
        QVERIFY(openFloor.ok);

        std::printf("bench: file size %s %.1f MB\n", tag.toUtf8().constData(), fileMb);
        print(save.c_str(), saveStep);
        print((save + " floor (write the same bytes, fsync, rename)").c_str(), saveFloor);
        verdict(save, saveStep, saveFloor, saveGoal);
        print(open.c_str(), openStep);
        print((open + " floor (read the file's bytes)").c_str(), openFloor);
        verdict(open, openStep, openFloor, openGoal);
    }
};

QTEST_APPLESS_MAIN(BenchProjectFile1Gw)
#include "test_bench_project_file_1gw.moc"
