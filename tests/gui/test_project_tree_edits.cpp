// The project tree after an edit (issue 15, "Edits"): a move or a rename keeps the tree (no reset:
// what is expanded and selected stays) and shows the new names; an edit that regroups, adds or
// removes objects rebuilds it.
#include "core/model/DesignPatch.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include <QSignalSpy>
#include <QTest>

using namespace aifp;
using namespace aifp::ui;

namespace {

// One hall, two rows of two racks each.
Design hallWithRows() {
    Design d;
    Hall h;
    h.id = d.allocateId();
    h.name = "Hall 1";
    h.widthM = 20;
    h.depthM = 20;
    d.halls.push_back(h);
    for (int r = 0; r < 2; ++r) {
        Row row;
        row.id = d.allocateId();
        row.hallId = h.id;
        row.name = "Row " + std::to_string(r + 1);
        d.rows.push_back(row);
        for (int k = 0; k < 2; ++k) {
            Rack rack;
            rack.id = d.allocateId();
            rack.hallId = h.id;
            rack.rowId = row.id;
            rack.name = "R" + std::to_string(2 * r + k + 1);
            rack.catalogId = "gb300-nvl72";
            d.racks.push_back(rack);
        }
    }
    return d;
}

// Applies the patch to the design and tells the model, as the document and the tree dock do.
void edit(Design& d, ProjectTreeModel& model, const DesignPatch& patch) {
    patch.apply(d, true);
    model.applyChange(&d, patch.change(true));
}

} // namespace

class TestProjectTreeEdits : public QObject {
    Q_OBJECT
private slots:
    void moveAndRenameKeepTheTree() {
        Design d = hallWithRows();
        ProjectTreeModel model;
        model.setDesign(&d);
        const QModelIndex rack = model.indexForId(d.racks[1].id);
        QVERIFY(rack.isValid());
        QCOMPARE(model.data(rack).toString().contains("R2"), true);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Rack moved = d.racks[1];
        moved.centerM.xM += 1.5;
        moved.name = "Renamed";
        DesignPatch patch;
        patch.set(d, moved.id, moved);
        edit(d, model, patch);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() > 0);
        QVERIFY(rack.isValid());
        QCOMPARE(model.idAt(rack), moved.id);
        QVERIFY(model.data(rack).toString().contains("Renamed"));
    }

    void regroupingAddingOrRemovingRebuilds() {
        Design d = hallWithRows();
        ProjectTreeModel model;
        model.setDesign(&d);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // A rack into the other row.
        Rack regrouped = d.racks[0];
        regrouped.rowId = d.rows[1].id;
        DesignPatch toOtherRow;
        toOtherRow.set(d, regrouped.id, regrouped);
        edit(d, model, toOtherRow);
        QCOMPARE(resets.count(), 1);
        const QModelIndex rowTwo = model.indexForId(d.rows[1].id);
        QCOMPARE(model.rowCount(rowTwo), 3);

        // A removal mixed with a change (a Modified change of the same size is not enough).
        DesignPatch mixed;
        Rack renamed = d.racks[2];
        renamed.name = "changed";
        mixed.set(d, renamed.id, renamed);
        mixed.set(d, d.racks[3].id, std::nullopt);
        edit(d, model, mixed);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(model.indexForId(d.rows[1].id)), 2);
    }
};

QTEST_MAIN(TestProjectTreeEdits)
#include "test_project_tree_edits.moc"
