#include "ValidationFixtures.hpp"
#include <QTest>

using namespace aifp;

// Moving racks re-validates only the geometry family around the moved racks; the result must
// equal a full validation of the design after the move.
class TestValidationIncremental : public QObject {
    Q_OBJECT
private slots:
    void moveRack_data();
    void moveRack();
    void otherEditsRerunTheirFamilies();
};

void TestValidationIncremental::moveRack_data() {
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("dy");
    QTest::addColumn<double>("rotation");
    QTest::addColumn<bool>("expectNewFindings");
    // Campus rows: racks 0.6 m apart in x, rows 2.4 m apart in y, aisles exactly 1.2 m.
    QTest::newRow("onto its neighbour (0.3 m)") << 0.3 << 0.0 << 0.0 << true;
    QTest::newRow("into the aisle (0.5 m)") << 0.0 << -0.5 << 0.0 << true;
    QTest::newRow("out of the hall") << -5.0 << 0.0 << 0.0 << true;
    QTest::newRow("rotated 90 degrees") << 0.0 << 0.0 << 90.0 << true;
    QTest::newRow("no real move") << 0.0 << 0.0 << 0.0 << false;
}

void TestValidationIncremental::moveRack() {
    QFETCH(double, dx);
    QFETCH(double, dy);
    QFETCH(double, rotation);
    QFETCH(bool, expectNewFindings);
    Design d = fx::campus(2, 4, 10);
    Validator incremental(Catalog::builtin());
    const ValidationResult before = incremental.validateAll(d);
    // Move the third rack of the second row of the first hall.
    Rack& r = d.racks[12];
    const PointM original = r.centerM;
    const double originalRotation = r.rotationDeg;
    r.centerM.xM += dx;
    r.centerM.yM += dy;
    r.rotationDeg += rotation;
    DesignChange change;
    change.kind = DesignChange::Kind::Modified;
    change.objectKinds = {ObjectKind::Rack};
    change.ids = {r.id};
    const ValidationResult after = incremental.revalidate(d, change);
    QCOMPARE(incremental.lastRun(), std::vector<std::string>{"geometry (incremental)"});
    const ValidationResult full = fx::validate(d);
    QVERIFY2(after.findings == full.findings, fx::describe(after.findings).c_str());
    QCOMPARE(after.errors, full.errors);
    QCOMPARE(after.warnings, full.warnings);
    QCOMPARE(after.errors > before.errors, expectNewFindings);
    // Move it back: the findings return to the original ones.
    r.centerM = original;
    r.rotationDeg = originalRotation;
    const ValidationResult back = incremental.revalidate(d, change);
    QVERIFY(back.findings == before.findings);
}

void TestValidationIncremental::otherEditsRerunTheirFamilies() {
    Design d = fx::campus(1, 2, 8);
    Validator v(Catalog::builtin());
    v.validateAll(d);
    // A CDU edit: cooling (and geometry, which checks equipment placement) re-run.
    d.coolingNodes[1].capacityKw = 100;
    DesignChange change;
    change.objectKinds = {ObjectKind::CoolingNode};
    change.ids = {d.coolingNodes[1].id};
    const ValidationResult r = v.revalidate(d, change);
    QCOMPARE(v.lastRun(), (std::vector<std::string>{"cooling", "geometry"}));
    QVERIFY(r.findings == fx::validate(d).findings);
    QVERIFY(!fx::withRule(r, "cooling.cdu_capacity").empty());
    // A settings change re-runs every family that reads settings.
    d.settings.powerRedundancy = RedundancyScheme::N;
    DesignChange settings;
    settings.settingsChanged = true;
    v.revalidate(d, settings);
    QCOMPARE(v.lastRun(), (std::vector<std::string>{"density", "power", "cooling", "network"}));
    // A hall edit: the hall's cluster names the fabric its racks and switches belong to, so the
    // network rules read halls too.
    d.halls[0].cluster = "second";
    DesignChange hallEdit;
    hallEdit.objectKinds = {ObjectKind::Hall};
    hallEdit.ids = {d.halls[0].id};
    const ValidationResult h = v.revalidate(d, hallEdit);
    QCOMPARE(v.lastRun(), (std::vector<std::string>{"density", "cooling", "network", "geometry"}));
    QVERIFY(h.findings == fx::validate(d).findings);
    // Changing a rack's system is not a placement-only edit.
    d.racks[0].catalogId = "vr-nvl144";
    DesignChange system;
    system.objectKinds = {ObjectKind::Rack};
    system.ids = {d.racks[0].id};
    const ValidationResult s = v.revalidate(d, system);
    QCOMPARE(v.lastRun().size(), std::size_t(5));
    QVERIFY(s.findings == fx::validate(d).findings);
}

QTEST_APPLESS_MAIN(TestValidationIncremental)
#include "test_validation_incremental.moc"
