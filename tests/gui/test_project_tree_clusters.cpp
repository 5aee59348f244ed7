// The project tree groups halls under their cluster when a design has several (issue 15 item 7),
// and keeps site > halls when it has one.
#include "ui/docks/ProjectTreeModel.hpp"
#include <QTest>

using namespace aifp;
using namespace aifp::ui;

namespace {

// Three halls: "Cluster 1", "Cluster 2", "Cluster 1" (a cluster need not be consecutive), a row
// with one rack in the third hall.
Design threeHalls(const std::string& a, const std::string& b) {
    Design d;
    for (int i = 0; i < 3; ++i) {
        Hall h;
        h.id = d.allocateId();
        h.name = "Hall " + std::to_string(i + 1);
        h.cluster = i == 1 ? b : a;
        h.widthM = 20;
        h.depthM = 20;
        d.halls.push_back(h);
    }
    Row row;
    row.id = d.allocateId();
    row.hallId = d.halls[2].id;
    row.name = "Row A";
    d.rows.push_back(row);
    Rack rack;
    rack.id = d.allocateId();
    rack.hallId = row.hallId;
    rack.rowId = row.id;
    rack.name = "R1";
    rack.catalogId = "gb300-nvl72";
    d.racks.push_back(rack);
    return d;
}

} // namespace

class TestProjectTreeClusters : public QObject {
    Q_OBJECT
private slots:
    void groupsHallsByCluster() {
        const Design d = threeHalls("Cluster 1", "Cluster 2");
        ProjectTreeModel model;
        model.setDesign(&d);
        const QModelIndex site = model.index(0, 0);
        QCOMPARE(model.rowCount(site), 2 + 6); // two clusters and six folders
        const QModelIndex c1 = model.index(0, 0, site);
        const QModelIndex c2 = model.index(1, 0, site);
        QCOMPARE(model.data(c1).toString(), QString("Cluster 1 (2 hall(s))"));
        QCOMPARE(model.data(c2).toString(), QString("Cluster 2 (1 hall(s))"));
        QCOMPARE(model.idAt(c1), kNoId); // a cluster is not an object
        QCOMPARE(model.rowCount(c1), 2);
        QCOMPARE(model.idAt(model.index(1, 0, c1)), d.halls[2].id);
        QCOMPARE(model.idAt(model.index(0, 0, c2)), d.halls[1].id);

        // Selecting the rack (e.g. in the view) finds it under its cluster and hall.
        const QModelIndex rack = model.indexForId(d.racks[0].id);
        QVERIFY(rack.isValid());
        QCOMPARE(model.idAt(rack), d.racks[0].id);
        const QModelIndex hall = model.parent(model.parent(rack));
        QCOMPARE(model.idAt(hall), d.halls[2].id);
        QCOMPARE(model.parent(hall), c1);
        QCOMPARE(model.indexForId(d.halls[1].id).parent(), c2);
    }

    void oneClusterKeepsHallsUnderTheSite() {
        const Design d = threeHalls("", "");
        ProjectTreeModel model;
        model.setDesign(&d);
        const QModelIndex site = model.index(0, 0);
        QCOMPARE(model.rowCount(site), 3 + 6); // three halls and six folders
        QCOMPARE(model.idAt(model.index(0, 0, site)), d.halls[0].id);
        QCOMPARE(model.indexForId(d.halls[2].id).parent(), site);
    }
};

QTEST_MAIN(TestProjectTreeClusters)
#include "test_project_tree_clusters.moc"
