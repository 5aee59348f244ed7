// Benchmark (issue 15: "full validation < 0.25 s on the 1 GW reference design, linear in design
// size up to 2 GW"): Validator::validateAll, the call of 'aifp-cli validate' and of the GUI's
// validation thread, on the generator's 1 GW and 2 GW designs (generateFactory with
// bench::gigawattReferenceTargets(), as 'aifp-cli new --target-mw 1000' / '--target-mw 2000').
//
// Per design, measured in the same run:
// - validate_<n>gw: validateAll with a fresh Validator: the first run (fresh memory, as
//   'aifp-cli validate' runs it; the goal is judged on its CPU time) and the median of 3 more runs
//   (wall and CPU; the ratio 2 GW / 1 GW uses these), and the peak RSS during the first run (reset
//   with /proc/self/clear_refs just before it; it includes the design the process holds, shown as
//   "before").
// - the floor: one pass over every object of the design reading each field (ids, numbers, string
//   lengths, route points), i.e. the cost of reading the design once; median of 3.
// - one line per rule family (ValidationContext, then each family on it), CPU seconds of one run:
//   where the time goes.
// Then the ratio 2 GW / 1 GW of the validation time against the ratio of the design sizes (link
// bundles + racks): "linear" means the time per bundle-or-rack at 2 GW is at most 1.25 times the
// one at 1 GW (a margin for a shared machine).
// Prints "bench: <step> <seconds> s, peak RSS <MB> MB, cpu <seconds> s" and the goal met or not;
// asserts only correctness (the generated designs validate without errors), never timing.
#include "ProcessUsage.hpp"
#include "ReferenceCampus.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/validation/RuleFamily.hpp"
#include "core/validation/ValidationContext.hpp"
#include "core/validation/Validator.hpp"
#include <QTest>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

using namespace aifp;

namespace {

struct Timing {
    double wallS = 0.0;
    double cpuS = 0.0;
};

// Runs f once and returns its wall and CPU seconds.
template <class F> Timing once(F&& f) {
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
            bench::cpuSeconds() - cpu0};
}

// Median of three runs, wall and CPU each.
template <class F> Timing median3(F&& f) {
    std::array<Timing, 3> t;
    for (Timing& x : t)
        x = once(f);
    auto med = [&](double Timing::*m) {
        std::array<double, 3> v{t[0].*m, t[1].*m, t[2].*m};
        std::sort(v.begin(), v.end());
        return v[1];
    };
    return {med(&Timing::wallS), med(&Timing::cpuS)};
}

// The floor: read every field of every object once (what any validation must at least do).
std::uint64_t readDesignOnce(const Design& d) {
    std::uint64_t h = 0;
    double x = 0.0;
    auto point = [&](const PointM& p) { x += p.xM + p.yM + p.zM; };
    for (const Hall& o : d.halls) {
        h += o.id + o.name.size() + o.cluster.size() + static_cast<int>(o.cooling);
        x += o.originXM + o.originYM + o.widthM + o.depthM + o.clearHeightM + o.floorLoadKgPerM2 +
             o.facilityWaterSupplyC + o.maxRackKw;
    }
    for (const Rack& o : d.racks) {
        h += o.id + o.hallId + o.rowId + o.name.size() + o.catalogId.size();
        point(o.centerM);
        x += o.rotationDeg;
    }
    for (const PowerNode& o : d.powerNodes) {
        h += o.id + static_cast<int>(o.kind) + o.name.size() + o.catalogId.size() + o.hallId +
             static_cast<std::uint64_t>(o.moduleCount + o.redundantModules) + o.path.size();
        point(o.positionM);
        x += o.ratingKva + o.ratingKw + o.voltageV + o.efficiency + o.currentRatingA;
        for (const PointM& p : o.routeM)
            point(p);
    }
    for (const PowerLink& o : d.powerLinks) {
        h += o.id + o.fromId + o.toId + static_cast<int>(o.kind);
        x += o.currentRatingA + o.lengthM;
        for (const PointM& p : o.routeM)
            point(p);
    }
    for (const CoolingNode& o : d.coolingNodes) {
        h += o.id + static_cast<int>(o.kind) + o.name.size() + o.catalogId.size() + o.hallId +
             o.path.size();
        point(o.positionM);
        x += o.capacityKw + o.flowRatingLpm + o.pumpHeadKpa + o.supplyTempC + o.deltaTK +
             o.powerPerKwHeat;
    }
    for (const Pipe& o : d.pipes) {
        h += o.id + o.fromId + o.toId + static_cast<int>(o.loop);
        x += o.innerDiameterMm + o.lengthM + o.roughnessMm;
        for (const PointM& p : o.routeM)
            point(p);
    }
    for (const NetworkSwitch& o : d.switches) {
        h += o.id + o.name.size() + o.catalogId.size() + static_cast<int>(o.role) +
             static_cast<std::uint64_t>(o.tier + o.rail + o.portCount) + o.hallId;
        point(o.positionM);
        x += o.portSpeedGbps;
    }
    for (const NetworkLink& o : d.networkLinks) {
        h += o.id + o.fromId + o.toId + static_cast<std::uint64_t>(o.count) +
             static_cast<int>(o.medium);
        x += o.speedGbps + o.lengthM;
    }
    return h + static_cast<std::uint64_t>(x);
}

struct Measured {
    Timing first;    // the first run: fresh memory, as 'aifp-cli validate' runs it
    Timing validate; // median of the next three
    Timing floor;
    double sizeUnits = 0.0; // link bundles + racks
};

// Fills m (a QtTest check may return early).
void measure(const char* step, const Design& d, Measured& m) {
    const Catalog& catalog = Catalog::builtin();
    m.sizeUnits = static_cast<double>(d.networkLinks.size() + d.racks.size());
    std::printf("bench: %s design: %zu racks, %zu switches, %zu link bundles, %zu power nodes, "
                "%zu power links, %zu cooling nodes, %zu pipes, %zu halls\n",
                step, d.racks.size(), d.switches.size(), d.networkLinks.size(), d.powerNodes.size(),
                d.powerLinks.size(), d.coolingNodes.size(), d.pipes.size(), d.halls.size());

    // First run: the peak memory of the step; then the median of three.
    const double beforeMb = bench::statusMb("VmRSS");
    const bool reset = bench::resetPeakRss();
    ValidationResult r;
    const Timing first = m.first = once([&] {
        Validator v(catalog);
        r = v.validateAll(d);
    });
    const double peakMb = bench::statusMb("VmHWM");
    QCOMPARE(r.errors, 0); // the generator's designs pass their own validation
    m.validate = median3([&] {
        Validator v(catalog);
        r = v.validateAll(d);
    });
    std::printf("bench: %s %.3f s, peak RSS %.1f MB (+%.1f MB over %.1f MB before%s), cpu %.3f s "
                "(first run; median of 3 more %.3f s wall, %.3f s cpu; %d errors, %d warnings, %d "
                "infos)\n",
                step, first.wallS, peakMb, peakMb - beforeMb, beforeMb,
                reset ? "" : ", peak not reset", first.cpuS, m.validate.wallS, m.validate.cpuS,
                r.errors, r.warnings, r.infos);

    volatile std::uint64_t sink = 0;
    m.floor = median3([&] { sink = sink + readDesignOnce(d); });
    const double floorCpuS = std::max(m.floor.cpuS, 1e-6);
    std::printf("bench: %s floor %.4f s, cpu %.4f s (reading every field of the design once, "
                "median of 3); ratio %.1f (first run cpu / floor), %.1f (median cpu / floor)\n",
                step, m.floor.wallS, m.floor.cpuS, first.cpuS / floorCpuS,
                m.validate.cpuS / floorCpuS);

    // Where the time goes: the context, then each family on it (one run each).
    std::unique_ptr<ValidationContext> ctx;
    const ValidationOptions options;
    const Timing ctxT =
        once([&] { ctx = std::make_unique<ValidationContext>(d, catalog, options); });
    std::printf("bench: %s part context %.3f s, cpu %.3f s\n", step, ctxT.wallS, ctxT.cpuS);
    for (auto& f : makeRuleFamilies()) {
        std::size_t n = 0;
        const Timing t = once([&] { n = f->validate(*ctx).size(); });
        std::printf("bench: %s part %s %.3f s, cpu %.3f s (%zu findings)\n", step, f->name(),
                    t.wallS, t.cpuS, n);
    }
    std::fflush(stdout);
}

Design generated(double targetMw) {
    FactoryTargets t = bench::gigawattReferenceTargets();
    t.targetGridMw = targetMw;
    return generateFactory(t, Catalog::builtin()).design;
}

} // namespace

class TestValidateGwBench : public QObject {
    Q_OBJECT
private slots:
    void validateOneAndTwoGigawatts() {
        Measured one, two;
        {
            const Design d = generated(1000.0);
            measure("validate_1gw", d, one);
            if (QTest::currentTestFailed())
                return;
        }
        {
            const Design d = generated(2000.0);
            measure("validate_2gw", d, two);
            if (QTest::currentTestFailed())
                return;
        }
        const double sizeRatio = two.sizeUnits / one.sizeUnits;
        const double cpuRatio = two.validate.cpuS / one.validate.cpuS;
        const double perUnit = cpuRatio / sizeRatio;
        // The goal on the first run (the slower one: fresh memory), CPU time (the wall time of a
        // loaded machine measures the other processes; on an idle one the two agree).
        const bool fast = one.first.cpuS < 0.25;
        const bool linear = perUnit <= 1.25;
        std::printf("bench: validate_2gw / validate_1gw: %.2f x the cpu for %.2f x the link "
                    "bundles + racks (%.0f / %.0f): %.2f x the time per bundle or rack; floor "
                    "ratio %.2f\n",
                    cpuRatio, sizeRatio, two.sizeUnits, one.sizeUnits, perUnit,
                    two.floor.cpuS / one.floor.cpuS);
        std::printf("bench: validate_1gw goal < 0.25 s: %s (first run %.3f s cpu, %.3f s wall); "
                    "linear to 2 GW (time per bundle or rack at most 1.25 x): %s\n",
                    fast ? "met" : "MISSED", one.first.cpuS, one.first.wallS,
                    linear ? "met" : "MISSED");
        std::fflush(stdout);
    }
};

QTEST_APPLESS_MAIN(TestValidateGwBench)
#include "test_validate_gw_bench.moc"
