// DesignIndex (core/model/Design.hpp): object id -> kind and index, the id table of every
// validation run and of the editors; with dense ids (an array) and with sparse ids (a hash map),
// also when two kinds share an id (find: the later kind; indexOf: each kind's own object).
#include "core/model/Design.hpp"
#include "tests/core/ValidationFixtures.hpp"
#include <QTest>

using namespace aifp;

namespace {

// Hall 1; racks 2 and 3; power node 3 (the same id as a rack: a design the file checks refuse)
// and 4; switch 10; network link 11 from rack 2 to switch 10. Every id plus `offset`.
Design smallDesign(ObjectId offset) {
    Design d;
    d.halls.push_back(fx::hall(1 + offset));
    d.racks.push_back(fx::rack(2 + offset, 1 + offset, 5, 5));
    d.racks.push_back(fx::rack(3 + offset, 1 + offset, 8, 5));
    d.powerNodes.push_back(fx::powerNode(3 + offset, PowerNodeKind::Busway, 100));
    d.powerNodes.push_back(fx::powerNode(4 + offset, PowerNodeKind::Ups, 100));
    d.switches.push_back(fx::networkSwitch(10 + offset, 1));
    d.networkLinks.push_back(fx::networkLink(11 + offset, 2 + offset, 10 + offset, 1));
    return d;
}

void checkTable(const Design& d, ObjectId offset) {
    const DesignIndex t(d);
    // find() for every id, present or not, worked out from smallDesign: id -> (kind, index).
    struct Expected {
        ObjectId id;
        ObjectKind kind;
        std::size_t index;
    };
    const Expected expected[] = {
        {1, ObjectKind::Hall, 0},           {2, ObjectKind::Rack, 0},
        {3, ObjectKind::PowerNode, 0},      {4, ObjectKind::PowerNode, 1},
        {10, ObjectKind::NetworkSwitch, 0}, {11, ObjectKind::NetworkLink, 0}};
    for (ObjectId id = offset; id <= offset + 12; ++id) {
        ObjectKind kind = ObjectKind::None;
        std::size_t index = 0;
        for (const Expected& e : expected)
            if (e.id + offset == id) {
                kind = e.kind;
                index = e.index;
            }
        QCOMPARE(t.find(id).kind, kind);
        QCOMPARE(t.find(id).index, index);
    }
    // Id 3: the power node (added after the racks) for find, each kind's own object for indexOf.
    QCOMPARE(t.kindOf(3 + offset), ObjectKind::PowerNode);
    QCOMPARE(t.indexOf(3 + offset, ObjectKind::PowerNode), std::int64_t(0));
    QCOMPARE(t.indexOf(3 + offset, ObjectKind::Rack), std::int64_t(1));
    QCOMPARE(t.indexOf(3 + offset, ObjectKind::Hall), std::int64_t(-1));
    QVERIFY(t.rack(3 + offset) == nullptr); // the id names a power node for find()
    QCOMPARE(t.powerNode(3 + offset), &d.powerNodes[0]);
    // findAs asks the kinds in the order given.
    QCOMPARE(t.findAs(3 + offset, ObjectKind::Rack, ObjectKind::PowerNode).kind, ObjectKind::Rack);
    QCOMPARE(t.findAs(3 + offset, ObjectKind::PowerNode, ObjectKind::Rack).kind,
             ObjectKind::PowerNode);
    QCOMPARE(t.findAs(4 + offset, ObjectKind::Rack, ObjectKind::PowerNode).index, std::size_t(1));
    QCOMPARE(t.findAs(10 + offset, ObjectKind::Rack, ObjectKind::PowerNode).kind, ObjectKind::None);
    // Plain ids.
    QCOMPARE(t.indexOf(2 + offset, ObjectKind::Rack), std::int64_t(0));
    QCOMPARE(t.indexOf(10 + offset, ObjectKind::NetworkSwitch), std::int64_t(0));
    QCOMPARE(t.indexOf(11 + offset, ObjectKind::NetworkLink), std::int64_t(0));
    QCOMPARE(t.hall(1 + offset), &d.halls[0]);
    QCOMPARE(t.networkSwitch(10 + offset), &d.switches[0]);
    QCOMPARE(t.indexOf(12 + offset, ObjectKind::Rack), std::int64_t(-1));
    QCOMPARE(t.kindOf(offset + 1000000), ObjectKind::None); // beyond the largest id
}

} // namespace

class TestDesignIndex : public QObject {
    Q_OBJECT
private slots:
    void denseIds() {
        const Design d = smallDesign(0);
        QVERIFY(DesignIndex(d).dense()); // largest id 11 <= 4 x 7 objects + 4,096
        checkTable(d, 0);
    }
    void sparseIds() {
        // Largest id 10^12 + 11 for 7 objects: far beyond 4 per object, so a hash map.
        const ObjectId offset = 1'000'000'000'000ull;
        const Design d = smallDesign(offset);
        QVERIFY(!DesignIndex(d).dense());
        checkTable(d, offset);
    }
    void emptyDesign() {
        const Design d;
        const DesignIndex t(d);
        QCOMPARE(t.kindOf(0), ObjectKind::None);
        QCOMPARE(t.indexOf(5, ObjectKind::Rack), std::int64_t(-1));
    }
};

QTEST_APPLESS_MAIN(TestDesignIndex)
#include "test_design_index.moc"
