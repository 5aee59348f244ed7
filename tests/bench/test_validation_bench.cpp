// Benchmark (prints figures, asserts only correctness): full validation and incremental
// re-validation after moving one rack, on a ~7,500-rack synthetic campus and on the gigawatt
// reference campus from the generator (--target-mw 1000 --system gb300-nvl72 --cooling liquid
// --redundancy 2N --fabric q3400). Goals (2 cores): full validation < 0.5 s, re-validation after
// moving one rack < 20 ms. Figures: "bench: <step> <value> <unit>, peak RSS <MB> MB, cpu <s> s".
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "tests/core/ValidationFixtures.hpp"
#include <QTest>
#include <chrono>
#include <cstdio>
#include <map>
#include <sys/resource.h>

using namespace aifp;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

using aifp::bench::peakRssMb;

using aifp::bench::cpuSeconds;

// stepPrefix names the design in the bench lines ("" for the reference campus).
void benchDesign(const char* label, const char* stepPrefix, Design d) {
    Validator v(Catalog::builtin());
    const double cpu0 = cpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    const ValidationResult full = v.validateAll(d);
    const double fullMs = msSince(t0);
    std::printf("bench: %svalidation full %.3f s, peak RSS %.1f MB, cpu %.3f s\n", stepPrefix,
                fullMs / 1000.0, peakRssMb(), cpuSeconds() - cpu0);
    std::map<std::string, int> byRule;
    for (const auto& f : full.findings)
        ++byRule[f.rule + " (" + toString(f.severity) + ")"];
    std::printf("%s: %zu racks, %zu power nodes, %zu pipes, %zu switches, %zu link bundles\n",
                label, d.racks.size(), d.powerNodes.size(), d.pipes.size(), d.switches.size(),
                d.networkLinks.size());
    std::printf("  validateAll: %.1f ms, %d errors, %d warnings, %d infos\n", fullMs, full.errors,
                full.warnings, full.infos);
    for (const auto& [rule, n] : byRule)
        std::printf("    %-40s %d\n", rule.c_str(), n);
    // Move 20 different racks by 0.3 m (onto a neighbour) one after another.
    double worstMs = 0.0, totalMs = 0.0;
    const int moves = 20;
    ValidationResult last;
    for (int k = 0; k < moves; ++k) {
        Rack& r = d.racks[(k * 7919) % d.racks.size()];
        r.centerM.xM += 0.3;
        DesignChange c;
        c.objectKinds = {ObjectKind::Rack};
        c.ids = {r.id};
        t0 = std::chrono::steady_clock::now();
        last = v.revalidate(d, c);
        const double ms = msSince(t0);
        worstMs = std::max(worstMs, ms);
        totalMs += ms;
        QCOMPARE(v.lastRun(), std::vector<std::string>{"geometry (incremental)"});
    }
    std::printf("bench: %srevalidate after moving one rack %.2f ms, peak RSS %.1f MB (mean of %d "
                "moves, worst %.2f ms)\n",
                stepPrefix, totalMs / moves, peakRssMb(), moves, worstMs);
    t0 = std::chrono::steady_clock::now();
    const ValidationResult check = fx::validate(d);
    std::printf("  validateAll after the moves: %.1f ms, %d errors\n", msSince(t0), check.errors);
    QVERIFY(last.findings == check.findings);
}

} // namespace

class TestValidationBench : public QObject {
    Q_OBJECT
private slots:
    void syntheticCampus();
    void generatedGigawatt();
};

void TestValidationBench::syntheticCampus() {
    // 10 halls x 30 rows x 25 racks = 7,500 gb300-nvl72 racks (~1 GW of IT).
    benchDesign("synthetic campus", "synthetic campus ", fx::campus(10, 30, 25));
}

void TestValidationBench::generatedGigawatt() {
    const FactoryTargets t = bench::gigawattReferenceTargets();
    GeneratedFactory g;
    try {
        g = generateFactory(t, Catalog::builtin());
    } catch (const std::exception& e) {
        QSKIP(e.what());
    }
    benchDesign("gigawatt reference campus", "", g.design);
}

QTEST_APPLESS_MAIN(TestValidationBench)
#include "test_validation_bench.moc"
