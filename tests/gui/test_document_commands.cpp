// Document, undo commands and editing tools, driven without rendering (tools receive floor
// points directly, as the main window passes them from the viewport's picks).
#include "EditingFixture.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/docks/ProjectTreeModel.hpp"
#include "ui/docks/PropertyTable.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include "ui/tools/HallTool.hpp"
#include "ui/tools/PlaceRackTool.hpp"
#include "ui/tools/RouteTool.hpp"
#include "ui/tools/SelectTool.hpp"
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace aifp;
using namespace aifp::ui;

Q_DECLARE_METATYPE(aifp::DesignChange)

namespace {

Design baseDesign() {
    return aifp::test::hallWithEquipment();
}

using aifp::test::floorClick;

const Rack* rackAt(const Design& d, double x, double y) {
    for (const auto& r : d.racks)
        if (std::fabs(r.centerM.xM - x) < 1e-6 && std::fabs(r.centerM.yM - y) < 1e-6)
            return &r;
    return nullptr;
}

} // namespace

class TestDocumentCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<aifp::DesignChange>(); }

    // One id index per design state, shared by the views (Document::designIndex): the same
    // one until an edit adds, removes or reorders objects, a new one when an edit copied the
    // design (copy on write), and the one a worker built for a variant it opened.
    void designIndexFollowsTheDesign() {
        Document doc;
        doc.reset(baseDesign(), {});
        const auto first = doc.designIndex();
        QVERIFY(first);
        QCOMPARE(doc.designIndex(), first);
        QCOMPARE(first->kindOf(2), ObjectKind::CoolingNode);

        // A move changes no list: the index stays. (Once the design mirror has taken its copy
        // of the opened design and let the document's go: until then the edit copies the
        // design, and the copy has an index of its own, checked below.)
        QVERIFY(doc.backgroundDesign()());
        const Design* inPlace = &doc.design();
        doc.push(new PatchCommand(&doc, moveObjectsPatch(doc.design(), {2}, 1.2, 0.0), "move"));
        QCOMPARE(&doc.design(), inPlace);
        QCOMPARE(doc.designIndex(), first);

        // A copy adds an object: a new index that finds it, in the design as it is now.
        std::vector<ObjectId> copies;
        doc.push(new PatchCommand(&doc, duplicateObjectsPatch(doc.design(), {2}, 0.0, 2.4, &copies),
                                  "duplicate"));
        QCOMPARE(int(copies.size()), 1);
        const auto added = doc.designIndex();
        QVERIFY(added != first);
        QCOMPARE(added->kindOf(copies[0]), ObjectKind::CoolingNode);
        QCOMPARE(added->coolingNode(copies[0]), &doc.design().coolingNodes.back());
        doc.undoStack()->undo();
        QCOMPARE(doc.designIndex()->kindOf(copies[0]), ObjectKind::None);

        // A snapshot held (a job, a kept view): the edit copies the design, and the index of
        // the copy points into the copy, not into the snapshot.
        const auto held = doc.snapshot();
        const auto beforeCopy = doc.designIndex();
        doc.push(new PatchCommand(&doc, moveObjectsPatch(doc.design(), {2}, 1.2, 0.0), "move"));
        QVERIFY(&doc.design() != held.get());
        const auto copied = doc.designIndex();
        QVERIFY(copied != beforeCopy);
        QCOMPARE(copied->coolingNode(2), &doc.design().coolingNodes.front());

        // A variant opened on a worker with its index: that index, not a new one, once active.
        Project project;
        project.variants.resize(2);
        project.variants[0].name = "base";
        project.variants[0].design = baseDesign();
        project.variants[1].name = "other";
        doc.reset(std::move(project), {});
        auto design = std::make_shared<Design>(baseDesign());
        auto index = std::make_shared<const DesignIndex>(*design);
        doc.setLoadedVariant(1, design, index);
        doc.activateVariant(1);
        QCOMPARE(doc.designIndex(), index);
        doc.activateVariant(0);
        QVERIFY(doc.designIndex() != index);
        QCOMPARE(doc.designIndex()->kindOf(3), ObjectKind::PowerNode);
    }

    void arrayBlock_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perRow");
        QTest::addColumn<double>("originX");
        QTest::addColumn<double>("originY");
        QTest::addColumn<double>("lastX"); // centre of the last rack of the last row
        QTest::addColumn<double>("lastY");
        QTest::addColumn<double>("lastRotation");
        // GB300 NVL72 footprint 0.6 m x 1.2 m (catalog assumption), aisle 1.2 m.
        // One row of 8 at (1.2, 1.2): x = 1.2 + 7.5 * 0.6 = 5.7, y = 1.2 + 0.6 = 1.8, faces +y.
        QTest::newRow("row of 8") << 1 << 8 << 1.2 << 1.2 << 5.7 << 1.8 << 180.0;
        // 4 x 10 at (2.4, 3.6): x = 2.4 + 9.5 * 0.6 = 8.1;
        // y = 3.6 + 3 * (1.2 + 1.2) + 0.6 = 11.4; row 3 is odd, faces -y (0 deg).
        QTest::newRow("block 4x10") << 4 << 10 << 2.4 << 3.6 << 8.1 << 11.4 << 0.0;
        // Origin off the grid snaps: (1.0, 1.4) -> (1.2, 1.2).
        QTest::newRow("snapped origin") << 2 << 3 << 1.0 << 1.4 << 2.7 << 4.2 << 0.0;
    }
    void arrayBlock() {
        QFETCH(int, rows);
        QFETCH(int, perRow);
        QFETCH(double, originX);
        QFETCH(double, originY);
        QFETCH(double, lastX);
        QFETCH(double, lastY);
        QFETCH(double, lastRotation);
        Document doc;
        doc.reset(baseDesign(), {});
        const Design before = doc.design();
        ArrayParams p;
        p.hallId = 1;
        p.rows = rows;
        p.racksPerRow = perRow;
        p.originXM = originX;
        p.originYM = originY;
        std::vector<ObjectId> racks;
        doc.push(
            new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p, &racks), "array"));
        const Design after = doc.design();
        QCOMPARE(int(after.racks.size()), rows * perRow);
        QCOMPARE(int(after.rows.size()), rows);
        QCOMPARE(int(racks.size()), rows * perRow);
        const Rack* last = rackAt(after, lastX, lastY);
        QVERIFY2(last, "no rack at the expected centre of the last rack");
        QCOMPARE(last->rotationDeg, lastRotation);
        QCOMPARE(last->id, racks.back());
        // Alternating hot/cold: rows face each other in pairs.
        for (const auto& row : after.rows)
            QCOMPARE(row.frontFaces, AisleSide::Cold);
        // One undo step restores the design exactly, redo gives the block back.
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.design() == after);
    }

    void arrayRefusals_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perRow");
        QTest::addColumn<double>("aisle");
        QTest::addColumn<QString>("reason");
        // 70 racks x 0.6 m = 42 m > 40 m hall width.
        QTest::newRow("too wide") << 1 << 70 << 1.2 << "does not fit in hall 'Hall A'";
        QTest::newRow("zero rows") << 0 << 8 << 1.2 << "rows must be at least 1";
        QTest::newRow("negative aisle") << 2 << 8 << -1.0 << "aisle width must be a positive";
        QTest::newRow("NaN aisle") << 2 << 8 << std::nan("") << "aisle width must be a positive";
    }
    void arrayRefusals() {
        QFETCH(int, rows);
        QFETCH(int, perRow);
        QFETCH(double, aisle);
        QFETCH(QString, reason);
        const Design d = baseDesign();
        ArrayParams p;
        p.hallId = 1;
        p.rows = rows;
        p.racksPerRow = perRow;
        p.aisleWidthM = aisle;
        p.originXM = 1.2;
        p.originYM = 1.2;
        try {
            arrayPatch(d, Catalog::builtin(), p);
            QFAIL("the array was accepted");
        } catch (const EditError& e) {
            QVERIFY2(QString(e.what()).contains(reason), e.what());
        }
    }

    void placeRackSnapsToGridAndRow() {
        Document doc;
        doc.reset(baseDesign(), {});
        PlaceRackTool tool(&doc);
        // Grid: click (5.1, 5.0): corner x 5.1 - 0.3 = 4.8 stays, centre x 5.1;
        // corner y 5.0 - 0.6 = 4.4 -> 4.2, centre y 4.8.
        tool.mousePress(floorClick(5.1, 5.0));
        QCOMPARE(int(doc.design().racks.size()), 1);
        QVERIFY(rackAt(doc.design(), 5.1, 4.8));
        // A row of two racks, then a click just east of its end joins the row.
        ArrayParams p;
        p.hallId = 1;
        p.rows = 1;
        p.racksPerRow = 2;
        p.originXM = 12.0;
        p.originYM = 12.0; // centres (12.3, 12.6) and (12.9, 12.6)
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        tool.mousePress(floorClick(13.6, 12.9));
        const Rack* joined = rackAt(doc.design(), 13.5, 12.6);
        QVERIFY2(joined, "the rack did not snap next to the row's end");
        QCOMPARE(joined->rowId, doc.design().rows.front().id);
        QCOMPARE(joined->rotationDeg, 180.0);
        // Outside every hall: refused with the reason.
        QSignalSpy refused(&tool, &Tool::editRefused);
        tool.mousePress(floorClick(-5, -5));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.front().front().toString().contains("inside a hall"));
    }

    void routePipeFromCduToRack() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 1;
        p.racksPerRow = 4;
        p.originXM = 6.0;
        p.originYM = 6.0; // centres x 6.3 .. 8.1, y 6.6
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        const ObjectId firstRack = doc.design().racks.front().id;
        const Design before = doc.design();
        RouteTool tool(&doc);
        tool.setKind(RouteKind::Pipe);
        tool.mousePress(floorClick(0.8, 11.8)); // snaps onto the CDU at (0.6, 12.0)
        tool.mousePress(
            floorClick(4.1, 9.0)); // right angle from (0.6, 12): |dx| 3.5 > |dy| 3 -> (4.2, 12)
        tool.mousePress(floorClick(6.2, 6.7)); // snaps onto the rack at (6.3, 6.6): elbow (6.3, 12)
        QCOMPARE(int(tool.points().size()), 4);
        tool.doubleClick(floorClick(6.2, 6.7));
        QCOMPARE(int(doc.design().pipes.size()), 1);
        const Pipe& pipe = doc.design().pipes.front();
        QCOMPARE(pipe.fromId, ObjectId(2));
        QCOMPARE(pipe.toId, firstRack);
        QCOMPARE(pipe.loop, CoolantLoop::Technology);
        // Every segment axis-aligned.
        for (std::size_t i = 1; i < pipe.routeM.size(); ++i)
            QVERIFY(std::fabs(pipe.routeM[i].xM - pipe.routeM[i - 1].xM) < 1e-9 ||
                    std::fabs(pipe.routeM[i].yM - pipe.routeM[i - 1].yM) < 1e-9);
        // Length: (0.6,12)->(4.2,12) 3.6 + ->(6.3,12) 2.1 + ->(6.3,6.6) 5.4 = 11.1 m.
        QVERIFY(std::fabs(pipe.lengthM - 11.1) < 1e-9);
        const Design after = doc.design();
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.design() == after);
        // Esc cancels a route in progress; a route from empty floor is refused.
        tool.mousePress(floorClick(20, 20));
        QVERIFY(tool.keyPress(Qt::Key_Escape, Qt::NoModifier));
        QVERIFY(tool.points().empty());
        QSignalSpy refused(&tool, &Tool::editRefused);
        tool.mousePress(floorClick(20, 20));
        tool.mousePress(floorClick(25, 20));
        QVERIFY(tool.keyPress(Qt::Key_Return, Qt::NoModifier));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(int(doc.design().pipes.size()), 1);
    }

    void routeBuswayTapsRackRow() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 1;
        p.racksPerRow = 5;
        p.originXM = 3.0;
        p.originYM = 19.2; // centres x 3.3 .. 5.7, y 19.8
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        RouteTool tool(&doc);
        tool.setKind(RouteKind::Busway);
        tool.mousePress(floorClick(0.7, 20.1)); // onto LV-A at (0.6, 20.0)
        tool.mousePress(floorClick(7.0, 20.2)); // right angle: (6.9, 20.0) on the 0.3 m grid
        QVERIFY(tool.keyPress(Qt::Key_Enter, Qt::NoModifier));
        const Design& d = doc.design();
        QCOMPARE(int(d.powerNodes.size()), 2);
        const PowerNode& busway = d.powerNodes.back();
        QCOMPARE(busway.kind, PowerNodeKind::Busway);
        QCOMPARE(busway.currentRatingA, 800.0); // catalog busway-starline-track rating_max
        QCOMPARE(busway.path, std::string("A"));
        // Links: LV-A -> busway, then one tap per rack under the route (all 5 are 0.2 m away).
        QCOMPARE(int(d.powerLinks.size()), 6);
        QCOMPARE(d.powerLinks.front().fromId, ObjectId(3));
        QCOMPARE(d.powerLinks.front().toId, busway.id);
        int taps = 0;
        for (const auto& l : d.powerLinks)
            taps += l.kind == PowerLinkKind::Tap && l.fromId == busway.id ? 1 : 0;
        QCOMPARE(taps, 5);
    }

    void deleteRemovesReferencesAndUndoRestores() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 2;
        p.racksPerRow = 3;
        p.originXM = 6.0;
        p.originYM = 6.0;
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        RouteTool tool(&doc);
        tool.setKind(RouteKind::Pipe);
        tool.mousePress(floorClick(0.6, 12.0));
        const Rack target = doc.design().racks[1];
        tool.mousePress(floorClick(target.centerM.xM, target.centerM.yM));
        QVERIFY(tool.finish());
        const Design before = doc.design();
        QSignalSpy changed(&doc, &Document::changed);
        // Deleting the CDU takes its pipe.
        doc.push(new PatchCommand(&doc, removeObjectsPatch(doc.design(), {2}), "delete"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(int(doc.design().pipes.size()), 0);
        QCOMPARE(int(doc.design().coolingNodes.size()), 0);
        doc.undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(doc.design() == before);
        // Deleting the hall takes everything in it.
        doc.push(new PatchCommand(&doc, removeObjectsPatch(doc.design(), {1}), "delete hall"));
        QVERIFY(doc.design().halls.empty() && doc.design().racks.empty() &&
                doc.design().rows.empty() && doc.design().pipes.empty() &&
                doc.design().powerNodes.empty());
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
    }

    // A hall moved takes its racks, power and cooling gear (a power node's own route too) and
    // switches along by the same vector; undo puts everything back.
    void movingAHallMovesWhatIsInIt() {
        Document doc;
        Design start = baseDesign();
        QVERIFY(!start.powerNodes.empty() && !start.coolingNodes.empty());
        start.powerNodes.front().routeM = {{1.0, 2.0}, {3.0, 2.0}};
        doc.reset(start, {});
        ArrayParams p;
        p.hallId = start.halls.front().id;
        p.rows = 1;
        p.racksPerRow = 2;
        p.originXM = 6.0;
        p.originYM = 6.0;
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        const Design before = doc.design();
        QCOMPARE(int(before.racks.size()), 2);
        const ObjectId hallId = before.halls.front().id;
        doc.push(
            new PatchCommand(&doc, moveObjectsPatch(before, {hallId}, 2.4, -1.2), "move hall"));
        const Design& after = doc.design();
        QCOMPARE(after.halls.front().originXM, before.halls.front().originXM + 2.4);
        QCOMPARE(after.halls.front().originYM, before.halls.front().originYM - 1.2);
        for (std::size_t i = 0; i < before.racks.size(); ++i)
            if (before.racks[i].hallId == hallId) {
                QCOMPARE(after.racks[i].centerM.xM, before.racks[i].centerM.xM + 2.4);
                QCOMPARE(after.racks[i].centerM.yM, before.racks[i].centerM.yM - 1.2);
            }
        int shifted = 0;
        for (std::size_t i = 0; i < before.powerNodes.size(); ++i)
            if (before.powerNodes[i].hallId == hallId) {
                QCOMPARE(after.powerNodes[i].positionM.xM, before.powerNodes[i].positionM.xM + 2.4);
                for (std::size_t k = 0; k < before.powerNodes[i].routeM.size(); ++k)
                    QCOMPARE(after.powerNodes[i].routeM[k].yM,
                             before.powerNodes[i].routeM[k].yM - 1.2);
                ++shifted;
            }
        for (std::size_t i = 0; i < before.coolingNodes.size(); ++i)
            if (before.coolingNodes[i].hallId == hallId) {
                QCOMPARE(after.coolingNodes[i].positionM.yM,
                         before.coolingNodes[i].positionM.yM - 1.2);
                ++shifted;
            }
        QVERIFY(shifted >= 2);
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
    }

    void dragIsOneUndoStep() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 1;
        p.racksPerRow = 2;
        p.originXM = 6.0;
        p.originYM = 6.0; // centres (6.3, 6.6) and (6.9, 6.6)
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        const Design before = doc.design();
        const ObjectId rackId = before.racks.front().id;
        SelectTool tool(&doc);
        tool.mousePress(floorClick(6.3, 6.6, rackId));
        QCOMPARE(doc.selection(), std::vector<ObjectId>{rackId});
        for (double x : {6.5, 7.0, 7.6, 8.3}) {
            ToolEvent e = floorClick(x, 6.6);
            e.button = Qt::NoButton;
            tool.mouseMove(e);
        }
        tool.mouseRelease(floorClick(8.3, 6.6));
        // Dragged 2.0 m east, snapped to 0.6 m tiles: 1.8 m -> centre x 8.1.
        QVERIFY(rackAt(doc.design(), 8.1, 6.6));
        QCOMPARE(doc.undoStack()->count(), 2); // the array, and one move
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
        // A second drag is its own undo step.
        doc.undoStack()->redo();
        tool.mousePress(floorClick(8.1, 6.6, rackId));
        ToolEvent e = floorClick(8.1, 7.8);
        tool.mouseMove(e);
        tool.mouseRelease(e);
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void rubberBandAndShiftClick() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 2;
        p.racksPerRow = 4;
        p.originXM = 6.0;
        p.originYM = 6.0;
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        SelectTool tool(&doc);
        // Band over the first row only (y 6.6): from (5.5, 6.0) to (9.0, 7.0).
        tool.mousePress(floorClick(5.5, 6.0));
        tool.mouseMove(floorClick(9.0, 7.0));
        tool.mouseRelease(floorClick(9.0, 7.0));
        QCOMPARE(int(doc.selection().size()), 4);
        const ObjectId other = doc.design().racks.back().id;
        tool.mousePress(floorClick(0, 0, other, Qt::ShiftModifier));
        QCOMPARE(int(doc.selection().size()), 5);
        tool.mousePress(floorClick(0, 0, other, Qt::ShiftModifier));
        QCOMPARE(int(doc.selection().size()), 4);
    }

    void changeValueMergesSameProperty() {
        Document doc;
        doc.reset(baseDesign(), {});
        const Design before = doc.design();
        for (double w : {41.0, 42.0, 43.0})
            doc.push(new ChangeValueCommand(&doc, resizeHallPatch(doc.design(), 1, w, 30.0),
                                            "hall size", "resize"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.design().halls.front().widthM, 43.0);
        doc.undoStack()->undo();
        QVERIFY(doc.design() == before);
        // A different property is a new step.
        doc.undoStack()->redo();
        auto renamed = withProperty(*snapshotOf(doc.design(), 1), "name", "Hall B");
        DesignPatch patch;
        patch.set(doc.design(), 1, renamed);
        doc.push(new ChangeValueCommand(&doc, std::move(patch), "name", "rename"));
        QCOMPARE(doc.undoStack()->count(), 2);
        QVERIFY(doc.isModified());
    }

    void propertyRefusals_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative width") << "widthM"
                                        << "-5"
                                        << "Width (m) must be greater than zero";
        QTest::newRow("NaN depth") << "depthM"
                                   << "nan"
                                   << "is not a number";
        QTest::newRow("words") << "clearHeightM"
                               << "tall"
                               << "is not a number";
        QTest::newRow("negative load") << "floorLoadKgPerM2"
                                       << "-1"
                                       << "cannot be negative";
        QTest::newRow("bad enum") << "cooling"
                                  << "steam"
                                  << "not one of the allowed values";
    }
    void propertyRefusals() {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Design d = baseDesign();
        try {
            withProperty(*snapshotOf(d, 1), key.toStdString(), text);
            QFAIL("the value was accepted");
        } catch (const EditError& e) {
            QVERIFY2(QString(e.what()).contains(reason), e.what());
        }
    }

    void hallToolCreatesAndResizes() {
        Document doc;
        HallTool tool(&doc);
        tool.mousePress(floorClick(0.1, 0.1));
        tool.mouseMove(floorClick(12.0, 9.5));
        tool.mouseRelease(floorClick(12.0, 9.5));
        QCOMPARE(int(doc.design().halls.size()), 1);
        // Snapped: (0, 0) to (12.0, 9.6).
        QCOMPARE(doc.design().halls.front().widthM, 12.0);
        QVERIFY(std::fabs(doc.design().halls.front().depthM - 9.6) < 1e-9);
        // Drag the north-east corner to (18.0, 12.0): one resize step.
        tool.mousePress(floorClick(12.2, 9.4));
        tool.mouseMove(floorClick(15.0, 10.0));
        tool.mouseMove(floorClick(18.0, 12.0));
        tool.mouseRelease(floorClick(18.0, 12.0));
        QCOMPARE(doc.design().halls.front().widthM, 18.0);
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    // CAD-style typed size: click a corner, type "60x120", Enter. Corner (10.0, 20.0) snaps to
    // the 0.6 m grid: 10.0 / 0.6 = 16.67 -> 17 x 0.6 = 10.2; 20.0 / 0.6 = 33.3 -> 33 x 0.6 = 19.8.
    void hallToolTypedSize() {
        Document doc;
        HallTool tool(&doc);
        QSignalSpy refused(&tool, &Tool::editRefused);
        tool.activate();
        tool.mousePress(floorClick(10.0, 20.0));
        tool.mouseRelease(floorClick(10.0, 20.0));
        QVERIFY(doc.design().halls.empty()); // a click waits for the size
        for (int key : {Qt::Key_6, Qt::Key_0, Qt::Key_X, Qt::Key_1, Qt::Key_2, Qt::Key_0})
            QVERIFY(tool.keyPress(key, Qt::NoModifier));
        QCOMPARE(tool.typed(), QString("60 x 120"));
        QVERIFY(tool.wantsKey(Qt::Key_7, Qt::NoModifier)); // digits beat the view shortcuts
        QVERIFY(!tool.wantsKey(Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(tool.keyPress(Qt::Key_Return, Qt::NoModifier));
        QCOMPARE(int(doc.design().halls.size()), 1);
        const Hall& h = doc.design().halls.front();
        QVERIFY(std::fabs(h.originXM - 10.2) < 1e-9);
        QVERIFY(std::fabs(h.originYM - 19.8) < 1e-9);
        QCOMPARE(h.widthM, 60.0);
        QCOMPARE(h.depthM, 120.0);
        QCOMPARE(doc.undoStack()->undoText(), QString("Create hall 60.0 m x 120.0 m"));
        QVERIFY(tool.typed().isEmpty());
        // Only a width: refused with the reason, nothing created.
        tool.keyPress(Qt::Key_5, Qt::NoModifier);
        tool.keyPress(Qt::Key_Return, Qt::NoModifier);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(int(doc.design().halls.size()), 1);
    }

    void treeModelIsLazyAndFindsObjects() {
        Document doc;
        doc.reset(baseDesign(), {});
        ArrayParams p;
        p.hallId = 1;
        p.rows = 10;
        p.racksPerRow = 50; // 500 racks
        p.originXM = 1.2;
        p.originYM = 1.2;
        p.aisleWidthM = 1.2;
        doc.push(new PatchCommand(&doc, arrayPatch(doc.design(), doc.catalog(), p), "array"));
        ProjectTreeModel model;
        model.setDesign(&doc.design());
        const QModelIndex site = model.index(0, 0);
        QCOMPARE(model.rowCount(site), 1 + 6); // one hall and six folders
        const QModelIndex hall = model.index(0, 0, site);
        QCOMPARE(model.rowCount(hall), 10);
        const ObjectId lastRack = doc.design().racks.back().id;
        const QModelIndex found = model.indexForId(lastRack);
        QVERIFY(found.isValid());
        QCOMPARE(model.idAt(found), lastRack);
        QVERIFY(model.data(found).toString().contains("R10-50"));
        QCOMPARE(model.idAt(model.indexForId(2)), ObjectId(2)); // the CDU, in its folder
    }
};

QTEST_MAIN(TestDocumentCommands)
#include "test_document_commands.moc"
