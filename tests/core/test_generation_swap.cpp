// Generation swap (issue 17 item 3): a hall whose busways and CDUs are sized for GB300 NVL72
// re-populated with Vera Rubin (catalog vr-nvl72). The oracle is worked by hand from the catalog:
// gb300-nvl72 135 kW, liquid fraction 0.85, 1360 kg; vr-nvl72 190 kW, liquid fraction 1.0,
// 1800 kg; both 0.6 m x 1.2 m with 1.2 m service clearance.
#include "ValidationFixtures.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/options/GenerationSwap.hpp"
#include "core/validation/Validator.hpp"
#include <QTest>
#include <algorithm>
#include <set>

using namespace aifp;

namespace {

// One hall, two rows of four gb300-nvl72 racks (ids 100-103 along +x in row 2, 104-107 in row
// 3, which faces the other way). 2N: per row a busway on path A and one on path B, each rated
// 675 kW, so its 80 % continuous limit of 540 kW carries exactly the row's 4 x 135 kW when the
// other path fails. Per row one CDU of 600 kW (the row's liquid heat is 4 x 135 x 0.85 =
// 459 kW) with a DN65 pipe per rack. Floor rated floorKgPerM2 (GB300: 1360 / (0.6 x 2.4) =
// 944 kg/m2). No heat-rejection plant and no fabric: their findings are the same before and
// after.
Design gb300Hall(double floorKgPerM2) {
    Design d;
    d.settings.powerRedundancy = RedundancyScheme::TwoN;
    Hall h = fx::hall(1, 10, 12, CoolingProvision::Liquid, 200, floorKgPerM2);
    d.halls.push_back(h);
    for (int r = 0; r < 2; ++r) {
        Row row;
        row.id = ObjectId(2 + r);
        row.hallId = 1;
        row.name = r == 0 ? "row 1" : "row 2";
        row.rotationDeg = r == 0 ? 0 : 180;
        d.rows.push_back(row);
    }
    d.powerNodes.push_back(fx::powerNode(10, PowerNodeKind::Ups, 5000, "A"));
    d.powerNodes.push_back(fx::powerNode(11, PowerNodeKind::Ups, 5000, "B"));
    CoolingNode ahu = fx::coolingNode(40, CoolingNodeKind::AirHandler, 300, 1);
    ahu.positionM = {1, 1, 0};
    d.coolingNodes.push_back(ahu);
    ObjectId link = 1000;
    for (int r = 0; r < 2; ++r) {
        const double y = 2.6 + 2.4 * r;
        ObjectId busway[2];
        for (int p = 0; p < 2; ++p) {
            PowerNode b =
                fx::powerNode(ObjectId(20 + 2 * r + p), PowerNodeKind::Busway, 675, p ? "B" : "A");
            b.hallId = 1;
            b.routeM = {{1.8, y, 3}, {5.0, y, 3}};
            busway[p] = b.id;
            d.powerNodes.push_back(b);
            d.powerLinks.push_back(fx::powerLink(link++, p ? 11 : 10, b.id));
        }
        CoolingNode cdu = fx::coolingNode(ObjectId(30 + r), CoolingNodeKind::Cdu, 600, 1);
        cdu.positionM = {1, y, 0};
        d.coolingNodes.push_back(cdu);
        for (int k = 0; k < 4; ++k) {
            Rack rk = fx::rack(ObjectId(100 + 4 * r + k), 1, 2.3 + 0.6 * k, y, "gb300-nvl72",
                               r ? 180 : 0);
            rk.rowId = ObjectId(2 + r);
            d.racks.push_back(rk);
            for (ObjectId b : busway)
                d.powerLinks.push_back(fx::powerLink(link++, b, rk.id));
            d.pipes.push_back(fx::pipe(link++, cdu.id, rk.id, 68.8, 5));
        }
    }
    d.nextId = 2000;
    return d;
}

std::set<ObjectId> idsOf(const SwapResult& r, const std::string& kind) {
    std::set<ObjectId> ids;
    for (const SwapShortfall& s : r.shortfalls)
        if (s.kind == kind)
            ids.insert(s.objectId);
    return ids;
}

const SwapShortfall* shortfall(const SwapResult& r, ObjectId id) {
    for (const SwapShortfall& s : r.shortfalls)
        if (s.objectId == id)
            return &s;
    return nullptr;
}

const SwapFindingGroup* group(const SwapResult& r, const std::string& rule) {
    for (const SwapFindingGroup& g : r.newFindings)
        if (g.rule == rule)
            return &g;
    return nullptr;
}

// Errors of a category, the heat-rejection plant left out (the fixture has none: its finding is
// there before and after every swap).
int errorsOf(const ValidationResult& v, const std::string& category) {
    int n = 0;
    for (const Finding& f : v.findings) {
        if (f.rule == "cooling.heat_rejection")
            continue;
        const bool inCategory = category == "power"   ? f.rule.rfind("power.", 0) == 0
                                : category == "floor" ? f.rule == "density.floor_load"
                                                      : f.rule.rfind("cooling.", 0) == 0;
        n += f.severity == Severity::Error && inCategory;
    }
    return n;
}

} // namespace

class TestGenerationSwap : public QObject {
    Q_OBJECT
private slots:
    void theFixtureIsSizedForGb300() {
        const ValidationResult v = fx::validate(gb300Hall(1000));
        QCOMPARE(errorsOf(v, "power"), 0);
        QCOMPARE(errorsOf(v, "cooling"), 0);
        QCOMPARE(errorsOf(v, "floor"), 0);
    }

    void everyPositionNamesTheBrokenBuswaysAndShortfalls() {
        const Design d = gb300Hall(1000);
        const SwapResult r =
            swapGeneration(d, Catalog::builtin(), "vr-nvl72", SwapMode::EveryPosition);
        QCOMPARE(r.fromSystemId, std::string("gb300-nvl72"));
        QCOMPARE(r.toSystemId, std::string("vr-nvl72"));
        QCOMPARE(r.positions, 8L);
        QCOMPARE(r.placed, 8L);
        QCOMPARE(r.droppedNoFit, 0L);
        for (const Rack& rk : r.design.racks)
            QCOMPARE(rk.catalogId, std::string("vr-nvl72"));

        // Busways: with the other path failed each carries its row, 4 x 190 = 760 kW, against
        // 0.8 x 675 = 540 kW: 220 kW short, all four of them; nothing else in the power chain
        // (the UPS carry 2 x 760 = 1,520 kW of 5,000).
        QCOMPARE(idsOf(r, "busway"), (std::set<ObjectId>{20, 21, 22, 23}));
        QVERIFY(idsOf(r, "ups").empty());
        for (ObjectId id : {20, 21, 22, 23}) {
            const SwapShortfall* s = shortfall(r, id);
            QVERIFY(s);
            QCOMPARE(s->unit, std::string("kW"));
            QVERIFY(std::abs(s->requiredValue - 760.0) < 1e-6);
            QVERIFY(std::abs(s->availableValue - 540.0) < 1e-6);
            QVERIFY(std::abs(s->shortValue - 220.0) < 1e-6);
        }
        // CDUs: the row's liquid heat 4 x 190 x 1.0 = 760 kW against 600 kW: 160 kW short.
        QCOMPARE(idsOf(r, "cdu"), (std::set<ObjectId>{30, 31}));
        for (ObjectId id : {30, 31})
            QVERIFY(std::abs(shortfall(r, id)->shortValue - 160.0) < 1e-6);
        // Floor: 1800 / (0.6 x 2.4) = 1,250 kg/m2 against 1,000: 250 kg/m2 = 2.4517 kPa.
        const SwapShortfall* floor = shortfall(r, 1);
        QVERIFY(floor && floor->kind == "floor");
        QVERIFY(std::abs(floor->shortValue - 250.0 * 9.80665 / 1000.0) < 1e-9);

        // The validator says the same: the busways fail under 2N, the CDUs and floor are short.
        const SwapFindingGroup* redundancy = group(r, "power.redundancy");
        QVERIFY(redundancy);
        QCOMPARE(redundancy->category, std::string("power"));
        QCOMPARE(redundancy->severity, Severity::Error);
        const SwapFindingGroup* cdu = group(r, "cooling.cdu_capacity");
        QVERIFY(cdu);
        QCOMPARE(std::set<ObjectId>(cdu->objects.begin(), cdu->objects.end()),
                 (std::set<ObjectId>{30, 31}));
        QCOMPARE(cdu->category, std::string("cooling"));
        QVERIFY(group(r, "density.floor_load"));
        QCOMPARE(group(r, "density.floor_load")->category, std::string("floor"));

        // Figures: the same 576 GPUs (72 per rack), more IT power.
        QCOMPARE(r.before.gpus, 576L);
        QCOMPARE(r.after.gpus, 576L);
        QVERIFY(r.after.itDesignMw > r.before.itDesignMw);
        // The input design is untouched, and the engine is deterministic.
        QCOMPARE(d, gb300Hall(1000));
        const SwapResult again =
            swapGeneration(d, Catalog::builtin(), "vr-nvl72", SwapMode::EveryPosition);
        QCOMPARE(again.design, r.design);
    }

    void keepPlantKeepsWhatTheBuswaysCarry() {
        // Floor rated 1,500 kg/m2: Vera Rubin's 1,250 fits, so power and cooling decide. Per
        // row: busway n x 190 <= 540 gives n = 2; CDU n x 190 <= 600 gives n = 3. So 2 racks per
        // row, 4 in all; a fifth (3 in one row) overloads that row's busways: the limit is power.
        const Design d = gb300Hall(1500);
        const SwapResult r = swapGeneration(d, Catalog::builtin(), "vr-nvl72", SwapMode::KeepPlant);
        QCOMPARE(r.placed, 4L);
        QCOMPARE(r.leftEmpty, 4L);
        QCOMPARE(r.limits, std::vector<std::string>{"power"});
        // Each row keeps its first two positions along the row: row 2 runs along +x, row 3
        // (rotated 180 degrees) along -x.
        std::set<ObjectId> kept;
        for (const Rack& rk : r.design.racks) {
            QCOMPARE(rk.catalogId, std::string("vr-nvl72"));
            kept.insert(rk.id);
        }
        QCOMPARE(kept, (std::set<ObjectId>{100, 101, 106, 107}));
        // The emptied positions take their links and pipes with them.
        for (const PowerLink& l : r.design.powerLinks)
            QVERIFY(l.toId != 102 && l.toId != 105);
        for (const Pipe& p : r.design.pipes)
            QVERIFY(p.toId != 103 && p.toId != 104);
        // No new error findings: checked by the validator itself on the result.
        QVERIFY(
            std::none_of(r.newFindings.begin(), r.newFindings.end(),
                         [](const SwapFindingGroup& g) { return g.severity == Severity::Error; }));
        const ValidationResult v = fx::validate(r.design);
        std::set<std::pair<std::string, ObjectId>> before;
        for (const Finding& f : fx::validate(d).findings)
            before.insert({f.rule, f.objects.empty() ? kNoId : f.objects.front()});
        for (const Finding& f : v.findings)
            QVERIFY2(f.severity != Severity::Error ||
                         before.count({f.rule, f.objects.empty() ? kNoId : f.objects.front()}),
                     f.message.c_str());
        QCOMPARE(errorsOf(v, "power"), 0);
        QCOMPARE(errorsOf(v, "cooling"), 0);
        QCOMPARE(errorsOf(v, "floor"), 0);
        // What every position would need is still reported (busways 220 kW, CDUs 160 kW short).
        QCOMPARE(idsOf(r, "busway"), (std::set<ObjectId>{20, 21, 22, 23}));
        QCOMPARE(idsOf(r, "cdu"), (std::set<ObjectId>{30, 31}));
        QCOMPARE(r.after.gpus, 4L * 72);
    }

    void keepPlantThatPlacesEveryRackStillChecksTheGrid() {
        // gb200-nvl72 (120 kW, lighter than the gb300-nvl72 the plant carries) fits every
        // position, so keep-plant places them all; a 0.1 MW grid connection carries none of
        // them. Keep-plant then names the same grid shortfall as every-position.
        Design d = gb300Hall(1500);
        d.site.gridConnectionMw = 0.1;
        const SwapResult keep =
            swapGeneration(d, Catalog::builtin(), "gb200-nvl72", SwapMode::KeepPlant);
        const SwapResult every =
            swapGeneration(d, Catalog::builtin(), "gb200-nvl72", SwapMode::EveryPosition);
        QCOMPARE(keep.placed, 8L);
        QCOMPARE(keep.leftEmpty, 0L);
        const auto gridOf = [](const SwapResult& r) -> const SwapShortfall* {
            for (const SwapShortfall& s : r.shortfalls)
                if (s.kind == "grid")
                    return &s;
            return nullptr;
        };
        QVERIFY(gridOf(every));
        QVERIFY(gridOf(keep));
        QVERIFY(gridOf(every)->requiredValue > 0.1);
        QCOMPARE(gridOf(keep)->requiredValue, gridOf(every)->requiredValue);
        QCOMPARE(gridOf(keep)->shortValue, gridOf(every)->shortValue);
    }

    void keepPlantStopsAtTheFloor() {
        // Floor 1,000 kg/m2 is below every Vera Rubin rack's 1,250: no position can take one.
        const SwapResult r =
            swapGeneration(gb300Hall(1000), Catalog::builtin(), "vr-nvl72", SwapMode::KeepPlant);
        QCOMPARE(r.placed, 0L);
        QVERIFY(std::find(r.limits.begin(), r.limits.end(), "floor") != r.limits.end());
    }

    void rackPowerShelvesFollowTheRack() {
        // A rack fed through its own power shelf (rated for its 135 kW) gets a shelf rated for
        // the new system's 190 kW; the busway above it stays.
        Design d = gb300Hall(1500);
        PowerNode shelf = fx::powerNode(500, PowerNodeKind::RackPowerShelf, 135, "A");
        shelf.hallId = 1;
        d.powerNodes.push_back(shelf);
        for (PowerLink& l : d.powerLinks)
            if (l.fromId == 20 && l.toId == 100)
                l.toId = 500;
        d.powerLinks.push_back(fx::powerLink(1999, 500, 100));
        const SwapResult r =
            swapGeneration(d, Catalog::builtin(), "vr-nvl72", SwapMode::EveryPosition);
        for (const PowerNode& n : r.design.powerNodes) {
            if (n.id == 500)
                QVERIFY(std::abs(n.ratingKw - 190.0) < 1e-9);
            if (n.id == 20)
                QCOMPARE(n.ratingKw, 675.0);
        }
        QVERIFY(!shortfall(r, 500));
    }

    void footprintThatDoesNotFitIsDropped() {
        // A user system 1.0 m wide in positions 0.6 m apart: along each row every other
        // position takes one (the first fits, the next overlaps it, ...).
        Design d = gb300Hall(1500);
        CatalogEntry wide = *Catalog::builtin().find("vr-nvl72");
        wide.id = "wide-rack";
        wide.userDefined = true;
        wide.ratings["footprint_width_m"].value = 1.0;
        d.userCatalog.push_back(wide);
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        const SwapResult r = swapGeneration(d, catalog, "wide-rack", SwapMode::EveryPosition);
        QCOMPARE(r.droppedNoFit, 4L);
        QCOMPARE(r.placed, 4L);
        QCOMPARE(long(r.design.racks.size()), 4L);
    }

    void badInputIsRefused() {
        const Design d = gb300Hall(1500);
        const Catalog& c = Catalog::builtin();
        auto message = [&](const Design& design, const std::string& id) {
            try {
                swapGeneration(design, c, id, SwapMode::KeepPlant);
            } catch (const SwapError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        const std::string unknown = message(d, "no-such-rack");
        QVERIFY2(unknown.find("'no-such-rack' is not in the catalog") != std::string::npos &&
                     unknown.find("vr-nvl72") != std::string::npos,
                 unknown.c_str());
        QVERIFY(message(d, "q3400").find("not a GPU system") != std::string::npos);
        QVERIFY(message(d, "gb300-nvl72").find("already") != std::string::npos);
        Design empty = d;
        empty.racks.clear();
        QVERIFY(message(empty, "vr-nvl72").find("no GPU racks") != std::string::npos);
    }

    void jsonIsOneSchema() {
        const SwapResult r = swapGeneration(gb300Hall(1000), Catalog::builtin(), "vr-nvl72",
                                            SwapMode::EveryPosition);
        const std::string text = json::write(swapJson(r), -1);
        for (const char* key :
             {"\"mode\":\"every-position\"", "\"from_system\":\"gb300-nvl72\"",
              "\"to_system\":\"vr-nvl72\"", "\"placed\":8", "\"must_add\"", "\"kind\":\"busway\"",
              "\"total_short\":880", "\"figures\"", "\"delta\""})
            QVERIFY2(text.find(key) != std::string::npos, key);
    }

    // The swap dialog's default system (suggestedSwapSystem), worked from the shipped catalog:
    // GPU peaks by the order FP4 dense, FP4 inference, FP8 dense: h100-sxm and h200-sxm 1979
    // (FP8), b200-hgx 9000, b200-gb200 10000, b300-gb300 15000, rubin 50000 (FP4 inference);
    // scale-up domains 72 (gb200-nvl72, gb300-nvl72, vr-nvl72, lenovo-gb300-nvl72) and 8 (the
    // DGX and the Lenovo SR780a).
    void suggestedSwapIsTheNextGenerationOfTheSameFormFactor() {
        const Catalog& c = Catalog::builtin();
        QCOMPARE(swapPeakTflops(c, "gb300-nvl72"), 15000.0);
        QCOMPARE(swapPeakTflops(c, "vr-nvl72"), 50000.0);
        QCOMPARE(swapPeakTflops(c, "dgx-h100"), 1979.0);
        // gb300 (15000): only rubin (50000) is faster among the 72-GPU racks.
        QCOMPARE(suggestedSwapSystem(c, "gb300-nvl72"), std::string("vr-nvl72"));
        // gb200 (10000): gb300 and the Lenovo GB300 (15000) are the next step, gb300 first in
        // the catalog; not rubin, two generations on.
        QCOMPARE(suggestedSwapSystem(c, "gb200-nvl72"), std::string("gb300-nvl72"));
        // dgx-h100 (1979): dgx-h200 is no faster; dgx-b200 and the SR780a (9000) are next,
        // dgx-b200 first; never a 72-GPU rack.
        QCOMPARE(suggestedSwapSystem(c, "dgx-h100"), std::string("dgx-b200"));
        // vr-nvl72: nothing faster: the first other 72-GPU rack of the catalog.
        QCOMPARE(suggestedSwapSystem(c, "vr-nvl72"), std::string("gb200-nvl72"));
        // Unknown: the first GPU system.
        QCOMPARE(suggestedSwapSystem(c, "no-such-system"), std::string("dgx-h100"));
    }

    // The description a swapped variant gets, one definition for the CLI and the GUI.
    void swapVariantDescriptionNamesSystemAndMode() {
        const SwapResult r = swapGeneration(gb300Hall(1000), Catalog::builtin(), "vr-nvl72",
                                            SwapMode::EveryPosition);
        QCOMPARE(swapVariantDescription(r),
                 std::string("generation swap to vr-nvl72 (every-position)"));
    }
};

QTEST_APPLESS_MAIN(TestGenerationSwap)
#include "test_generation_swap.moc"
