// Benchmark: JSON export and import of the 1 GW reference design (generateFactory with
// bench::gigawattReferenceTargets(), as 'aifp-cli new --target-mw 1000'), through the functions
// 'aifp-cli export --format json --out' and 'aifp-cli import' call (exportDesignJsonFile,
// importDesignJsonFile). Goals (issue 15): export < 1.5 s, import < 3 s, peak memory at most
// twice the JSON size.
//
// Each step runs in a child process of this bench (tests/bench/ChildStep.hpp), so that no step's
// memory hides another's: "peak RSS" is the process at its largest during the step, including
// what it holds before (for export, the design the step reads); "+N MB" is the growth over the
// RSS before the step. The floors are measured in the same run,
// the same way: writing the same bytes to a file (atomically, fsync, as the export does), and
// reading the file as the import does (64 KiB at a time) with one tokenizer pass that builds
// nothing (json::StreamReader::skipValue).
// Prints the figures; asserts only correctness (the imported design exports the same bytes).
#include "ChildStep.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/util/JsonStream.hpp"
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace aifp;
using aifp::bench::inChild;
using aifp::bench::print;
using aifp::bench::Step;

namespace {

// The ratio to the floor and the goals (issue 15): time, and peak memory <= 2 x the JSON size.
void verdict(const char* name, const Step& s, const Step& floorStep, double goalSeconds,
             double jsonMb) {
    std::printf("bench: %s ratio %.2f x the floor; goal < %.1f s: %s; goal peak RSS <= 2 x JSON "
                "= %.1f MB: %s\n",
                name, s.seconds / floorStep.seconds, goalSeconds,
                s.seconds < goalSeconds ? "met" : "missed", 2 * jsonMb,
                s.peakMb <= 2 * jsonMb ? "met" : "missed");
    std::fflush(stdout);
}

std::string readAll(const std::string& path) {
    return readRegularFile(path, kMaxJsonInputBytes);
}

} // namespace

class BenchJson1Gw : public QObject {
    Q_OBJECT

private slots:
    void exportAndImport() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string jsonPath = dir.filePath("campus.json").toStdString();
        const std::string floorCopy = dir.filePath("floor.json").toStdString();
        const std::string again = dir.filePath("again.json").toStdString();

        Design d = generateFactory(bench::gigawattReferenceTargets(), Catalog::builtin()).design;
        std::printf("design: %zu racks, %zu switches, %zu network link bundles, %zu power nodes, "
                    "%zu power links, %zu cooling nodes, %zu pipes\n",
                    d.racks.size(), d.switches.size(), d.networkLinks.size(), d.powerNodes.size(),
                    d.powerLinks.size(), d.coolingNodes.size(), d.pipes.size());

        const Step exportStep = inChild([] { return true; },
                                        [&] {
                                            exportDesignJsonFile(d, jsonPath);
                                            return true;
                                        },
                                        [] { return true; });
        QVERIFY(exportStep.ok);
        const double jsonMb = static_cast<double>(requireRegularFile(jsonPath)) / (1024.0 * 1024.0);
        std::string bytes;
        const Step exportFloor = inChild(
            [&] {
                bytes = readAll(jsonPath);
                return true;
            },
            [&] {
                writeFileAtomically(floorCopy, bytes);
                return true;
            },
            [] { return true; });
        QVERIFY(exportFloor.ok);

        // The import child starts small: the parent lets go of the design first.
        d = Design();
        ::malloc_trim(0);

        const Step importStep = inChild([] { return true; },
                                        [&] {
                                            d = importDesignJsonFile(jsonPath, Catalog::builtin());
                                            return true;
                                        },
                                        [&] {
                                            // Untimed: the imported design exports the same bytes
                                            // (an exact round trip).
                                            exportDesignJsonFile(d, again);
                                            return readAll(again) == readAll(jsonPath);
                                        });
        QVERIFY2(importStep.ok, "the imported design did not export the same bytes");
        const Step importFloor = inChild([] { return true; },
                                         [&] {
                                             // The same file read the same way (64 KiB at a time),
                                             // tokenized, nothing built.
                                             RegularFileStream in(jsonPath, kMaxJsonInputBytes);
                                             json::StreamReader reader(in);
                                             reader.skipValue();
                                             reader.finish();
                                             return true;
                                         },
                                         [] { return true; });
        QVERIFY(importFloor.ok);

        std::printf("bench: json size %.1f MB (1 GW reference design)\n", jsonMb);
        print("json_export_1gw", exportStep);
        print("json_export_1gw floor (write the same bytes, fsync)", exportFloor);
        verdict("json_export_1gw", exportStep, exportFloor, 1.5, jsonMb);
        print("json_import_1gw", importStep);
        print("json_import_1gw floor (read the file, one tokenizer pass)", importFloor);
        verdict("json_import_1gw", importStep, importFloor, 3.0, jsonMb);
    }
};

QTEST_APPLESS_MAIN(BenchJson1Gw)
#include "test_bench_json_1gw.moc"
