// Benchmark (prints figures, asserts only correctness): full validation and incremental
// re-validation after moving one rack, on a ~7,500-rack synthetic campus and on a 1 GW factory
// from the generator.
#include "core/generate/FactoryGenerator.hpp"
#include "tests/core/ValidationFixtures.hpp"
#include <QtTest>
#include <chrono>
#include <cstdio>
#include <map>

using namespace aifp;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void benchDesign(const char* label, Design d) {
    Validator v(Catalog::builtin());
    auto t0 = std::chrono::steady_clock::now();
    const ValidationResult full = v.validateAll(d);
    const double fullMs = msSince(t0);
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
    std::printf("  revalidate after moving one rack: mean %.2f ms, worst %.2f ms (%d moves)\n",
                totalMs / moves, worstMs, moves);
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
    benchDesign("synthetic campus", fx::campus(10, 30, 25));
}

void TestValidationBench::generatedGigawatt() {
    FactoryTargets t;
    t.name = "bench 1 GW";
    t.targetGridMw = 1000;
    GeneratedFactory g;
    try {
        g = generateFactory(t, Catalog::builtin());
    } catch (const std::exception& e) {
        QSKIP(e.what());
    }
    benchDesign("generated 1 GW factory", g.design);
}

QTEST_APPLESS_MAIN(TestValidationBench)
#include "test_validation_bench.moc"
