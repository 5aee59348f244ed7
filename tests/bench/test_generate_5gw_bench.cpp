// Benchmark (issue 15, goal "generate 5 GW: works, < 15 s" on 2 cores): the generator's 5 GW
// campus, built as several clusters (one 3-tier fabric of q3400 switches reaches about 2.1 GW),
// through generateFactory, the function "aifp-cli new OUT --target-mw 5000" calls with these
// targets (the CLI's defaults: gb300-nvl72, liquid, 2N, q3400). The 1 GW reference campus is
// generated first in the same run as the scale reference (seconds per GW). Then the 5 GW design is
// saved and fully validated (times printed, no goal). Prints "bench: <step> <seconds> s, peak RSS
// <MB> MB, cpu <seconds> s"; fails only if generation fails or the result is inconsistent, never on
// timing.
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/validation/Validator.hpp"
#include <QTest>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

using namespace aifp;

namespace {

// Times one step: wall seconds (returned), and prints the line with the peak RSS and CPU time.
template <class F> double timed(const char* step, F&& f) {
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("bench: %s %.3f s, peak RSS %.1f MB, cpu %.3f s\n", step, s, bench::peakRssMb(),
                bench::cpuSeconds() - cpu0);
    std::fflush(stdout);
    return s;
}

} // namespace

class TestGenerate5gwBench : public QObject {
    Q_OBJECT
private slots:
    void generateFiveGigawatts() {
        const Catalog& catalog = Catalog::builtin();
        FactoryTargets t = bench::gigawattReferenceTargets();
        double oneGwS = 0.0;
        {
            GeneratedFactory g;
            oneGwS = timed("generate_1gw", [&] { g = generateFactory(t, catalog); });
            QCOMPARE(g.clusters.size(), std::size_t(1)); // 1 GW fits one fabric
        }

        t.name = "5 GW campus";
        t.targetGridMw = 5000.0;
        GeneratedFactory g;
        const double fiveGwS = timed("generate_5gw", [&] { g = generateFactory(t, catalog); });
        const FactorySummary& s = g.summary;
        std::printf("bench: generate_5gw scale: %.2f s per GW at 5 GW, %.2f s per GW at 1 GW "
                    "(ratio %.2f); goal < 15 s %s\n",
                    fiveGwS / 5.0, oneGwS, fiveGwS / 5.0 / oneGwS,
                    fiveGwS < 15.0 ? "met" : "MISSED");
        std::printf("bench: 5 GW campus %lld GPUs, %d racks, %d halls, %zu clusters, facility "
                    "%.1f MW, %zu switches, %lld link bundles\n",
                    s.gpus, s.racks, s.halls, g.clusters.size(), s.power.facilityDesignKw / 1000.0,
                    g.design.switches.size(), s.linkBundles);
        for (const GeneratedCluster& c : g.clusters)
            std::printf("bench:   %s: %d halls, %d racks, %d-tier fabric, %d switches\n",
                        c.name.c_str(), c.halls, c.racks, c.fabric.tiers, c.fabric.switches());
        std::fflush(stdout);
        // Consistency, not timing: within the target, more than one cluster, every hall named.
        QVERIFY(s.power.facilityDesignKw <= 5000.0 * 1000.0);
        QVERIFY(s.power.facilityDesignKw > 4750.0 * 1000.0);
        QVERIFY(g.clusters.size() > 1);
        for (const Hall& h : g.design.halls)
            QVERIFY(!h.cluster.empty());

        const std::string path =
            (std::filesystem::temp_directory_path() / "aifp-bench-5gw.aifp").string();
        timed("save_5gw", [&] { saveProject(g.design, path); });
        std::printf("bench: 5 GW file size %.1f MB\n",
                    static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0));
        std::filesystem::remove(path);

        Validator validator(catalog);
        ValidationResult r;
        timed("validate_5gw", [&] { r = validator.validateAll(g.design); });
        std::map<std::string, int> byRule;
        for (const Finding& f : r.findings)
            if (f.severity == Severity::Error)
                ++byRule[f.rule];
        for (const auto& [rule, count] : byRule)
            std::printf("bench: validate_5gw error %s x%d\n", rule.c_str(), count);
        std::printf("bench: validate_5gw %d errors, %d warnings, %d infos\n", r.errors, r.warnings,
                    r.infos);
        std::fflush(stdout);
        // The clusters are separate fabrics on purpose: no connectivity finding for them.
        QCOMPARE(byRule.count("network.connectivity"), std::size_t(0));
        QCOMPARE(r.errors, 0);
    }
};

QTEST_GUILESS_MAIN(TestGenerate5gwBench)
#include "test_generate_5gw_bench.moc"
