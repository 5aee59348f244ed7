// DesignPatch (core/model/DesignPatch.hpp), the whole of undo and redo: applied forwards and then
// backwards it gives back a design equal to the one before (removed objects back at their
// index, site and settings restored), also when the design's lists are in another order than
// the patch expects (the by-id fallback), and with thousands of entries.
#include "core/model/DesignPatch.hpp"
#include <QTest>
#include <algorithm>
#include <string>

using namespace aifp;

namespace {

// A small design with every kind of object, ids 1.. in list order.
Design sampleDesign() {
    Design d;
    auto next = [&d] { return d.allocateId(); };
    for (int h = 0; h < 2; ++h) {
        Hall hall;
        hall.id = next();
        hall.name = "Hall " + std::to_string(h);
        d.halls.push_back(hall);
    }
    Row row;
    row.id = next();
    row.hallId = d.halls[0].id;
    d.rows.push_back(row);
    for (int r = 0; r < 8; ++r) {
        Rack rack;
        rack.id = next();
        rack.hallId = d.halls[std::size_t(r % 2)].id;
        rack.name = "R" + std::to_string(r);
        rack.centerM = {double(r), 1.0};
        d.racks.push_back(rack);
    }
    PowerNode pdu;
    pdu.id = next();
    pdu.kind = PowerNodeKind::Pdu;
    d.powerNodes.push_back(pdu);
    for (const Rack& r : std::vector<Rack>(d.racks)) {
        PowerLink l;
        l.id = next();
        l.fromId = pdu.id;
        l.toId = r.id;
        d.powerLinks.push_back(l);
    }
    CoolingNode cdu;
    cdu.id = next();
    cdu.kind = CoolingNodeKind::Cdu;
    d.coolingNodes.push_back(cdu);
    Pipe p;
    p.id = next();
    p.fromId = cdu.id;
    p.toId = d.racks[0].id;
    p.routeM = {{0, 0, 0}, {1, 1, 0}};
    d.pipes.push_back(p);
    NetworkSwitch sw;
    sw.id = next();
    d.switches.push_back(sw);
    for (const Rack& r : std::vector<Rack>(d.racks)) {
        NetworkLink n;
        n.id = next();
        n.fromId = r.id;
        n.toId = sw.id;
        d.networkLinks.push_back(n);
    }
    return d;
}

std::vector<ObjectId> idsOf(const std::vector<Rack>& racks) {
    std::vector<ObjectId> ids;
    for (const Rack& r : racks)
        ids.push_back(r.id);
    return ids;
}

} // namespace

class TestDesignPatch : public QObject {
    Q_OBJECT
private slots:
    void modifyRemoveAddThenUndo() {
        const Design original = sampleDesign();
        Design d = original;
        DesignPatch patch;
        Rack moved = d.racks[5];
        moved.centerM.yM += 2.5;
        patch.set(d, moved.id, moved);
        // Racks 1, 3 and 4 removed (and two network links), one rack added.
        for (std::size_t i : {3u, 1u, 4u})
            patch.set(d, d.racks[i].id, std::nullopt);
        patch.set(d, d.networkLinks[0].id, std::nullopt);
        patch.set(d, d.networkLinks[7].id, std::nullopt);
        patch.nextIdBefore = d.nextId;
        Rack added;
        added.id = d.nextId;
        added.name = "new";
        patch.add(added);
        patch.nextIdAfter = d.nextId + 1;
        QCOMPARE(patch.entries.size(), std::size_t(7));
        QCOMPARE(patch.entries[1].indexBefore, std::size_t(3));

        patch.apply(d, true);
        QCOMPARE(d.racks.size(), original.racks.size() - 3 + 1);
        QCOMPARE(idsOf(d.racks), (std::vector<ObjectId>{original.racks[0].id, original.racks[2].id,
                                                        original.racks[5].id, original.racks[6].id,
                                                        original.racks[7].id, added.id}));
        QCOMPARE(d.racks[2].centerM.yM, original.racks[5].centerM.yM + 2.5);
        QCOMPARE(d.networkLinks.size(), original.networkLinks.size() - 2);
        QCOMPARE(d.nextId, original.nextId + 1);
        QVERIFY(!snapshotOf(d, original.racks[3].id));
        QVERIFY(snapshotOf(d, added.id));

        patch.apply(d, false);
        QVERIFY2(d == original, "undo did not give back the design of before");
        patch.apply(d, true); // redo
        Design redone = original;
        patch.apply(redone, true);
        QVERIFY(d == redone);
    }

    void removalsComeBackAtTheirIndex() {
        const Design original = sampleDesign();
        Design d = original;
        DesignPatch patch;
        // In descending, ascending and mixed order: each comes back where it was.
        for (std::size_t i : {7u, 0u, 2u, 6u})
            patch.set(d, d.racks[i].id, std::nullopt);
        for (std::size_t i : {0u, 4u})
            patch.set(d, d.powerLinks[i].id, std::nullopt);
        patch.apply(d, true);
        QCOMPARE(idsOf(d.racks),
                 (std::vector<ObjectId>{original.racks[1].id, original.racks[3].id,
                                        original.racks[4].id, original.racks[5].id}));
        patch.apply(d, false);
        QVERIFY(d == original);
        QCOMPARE(idsOf(d.racks), idsOf(original.racks));
    }

    void siteSettingsAndProjectData() {
        const Design original = sampleDesign();
        Design d = original;
        DesignPatch patch;
        patch.siteBefore = d.site;
        patch.siteAfter = d.site;
        patch.siteAfter->name = "Elsewhere";
        patch.settingsBefore = d.settings;
        patch.settingsAfter = d.settings;
        patch.settingsAfter->oversubscription = 2.0;
        patch.overridesBefore = d.assumptionOverrides;
        patch.overridesAfter = std::map<std::string, double>{{"price.x_usd", 3.0}};
        QVERIFY(!patch.empty());
        const DesignChange change = patch.change(true);
        QVERIFY(change.siteChanged && change.settingsChanged && change.catalogChanged);
        patch.apply(d, true);
        QCOMPARE(d.site.name, std::string("Elsewhere"));
        QCOMPARE(d.settings.oversubscription, 2.0);
        QCOMPARE(d.assumptionOverrides.at("price.x_usd"), 3.0);
        QVERIFY(d.racks == original.racks);
        patch.apply(d, false);
        QVERIFY(d == original);
    }

    void setTwiceKeepsTheFirstBefore() {
        const Design original = sampleDesign();
        Design d = original;
        DesignPatch patch;
        Rack r = d.racks[2];
        r.name = "first";
        patch.set(d, r.id, r);
        r.name = "second";
        patch.set(d, r.id, r);
        QCOMPARE(patch.entries.size(), std::size_t(1));
        QCOMPARE(std::get<Rack>(*patch.entries[0].before).name, original.racks[2].name);
        const DesignChange change = patch.change(true);
        QCOMPARE(change.kind, DesignChange::Kind::Modified);
        QCOMPARE(change.ids, std::vector<ObjectId>{r.id});
        QVERIFY(change.touches(ObjectKind::Rack) && !change.touches(ObjectKind::Pipe));
        patch.apply(d, true);
        QCOMPARE(d.racks[2].name, std::string("second"));
        // A copy applies the same (it rebuilds its own look-ups).
        DesignPatch copy = patch;
        copy.apply(d, false);
        QVERIFY(d == original);
    }

    void anotherOrderFallsBackToIds() {
        // A design whose lists are not in the order the patch was made against: the objects are
        // found by id, not at the expected positions.
        const Design original = sampleDesign();
        DesignPatch patch;
        Rack moved = original.racks[6];
        moved.centerM.xM = 42.0;
        patch.set(original, moved.id, moved);
        patch.set(original, original.racks[1].id, std::nullopt);
        Design shuffled = original;
        std::reverse(shuffled.racks.begin(), shuffled.racks.end());
        patch.apply(shuffled, true);
        QCOMPARE(shuffled.racks.size(), original.racks.size() - 1);
        const auto found = snapshotOf(shuffled, moved.id);
        QVERIFY(found);
        QCOMPARE(std::get<Rack>(*found).centerM.xM, 42.0);
        QVERIFY(!snapshotOf(shuffled, original.racks[1].id));
    }

    void thousandsOfEntries() {
        // A patch of 3,000 removals and 1,000 changes over 20,000 links (past the scans set()
        // makes before it indexes the design): undo gives back the same design.
        Design d = sampleDesign();
        for (int i = 0; i < 20000; ++i) {
            NetworkLink n;
            n.id = d.allocateId();
            n.fromId = d.racks[std::size_t(i % 8)].id;
            n.toId = d.switches[0].id;
            n.lengthM = double(i);
            d.networkLinks.push_back(n);
        }
        const Design original = d;
        DesignPatch patch;
        for (std::size_t i = 5; i < d.networkLinks.size(); i += 7) {
            NetworkLink n = d.networkLinks[i];
            if (i % 4 == 0) {
                n.lengthM += 1.0;
                patch.set(d, n.id, n);
            } else {
                patch.set(d, n.id, std::nullopt);
            }
        }
        QVERIFY(patch.entries.size() > 2800);
        std::size_t removals = 0;
        for (const auto& e : patch.entries) {
            QVERIFY(e.before);
            QCOMPARE(idOf(*e.before), e.id);
            QCOMPARE(d.networkLinks[e.indexBefore].id, e.id);
            removals += e.after ? 0 : 1;
        }
        patch.apply(d, true);
        QCOMPARE(d.networkLinks.size(), original.networkLinks.size() - removals);
        for (std::size_t i = 1; i < d.networkLinks.size(); ++i)
            QVERIFY(d.networkLinks[i - 1].id < d.networkLinks[i].id); // order kept
        patch.apply(d, false);
        QVERIFY(d == original);
    }
};

QTEST_MAIN(TestDesignPatch)
#include "test_design_patch.moc"
