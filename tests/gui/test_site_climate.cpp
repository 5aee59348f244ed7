// The site's climate in the GUI (issue 13): chosen in the properties dock through its real combo
// and spin box as undoable commands, the Estimates dock's PUE design and annual following the
// engine's power basis for the chosen location; the new-factory wizard offers the same locations.
#include "core/catalog/Catalog.hpp"
#include "core/climate/Climate.hpp"
#include "core/estimate/CoolingPlant.hpp"
#include "core/estimate/PowerBasis.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/app/FactoryWizard.hpp"
#include "ui/docks/EstimateRunner.hpp"
#include "ui/docks/EstimatesDock.hpp"
#include "ui/docks/HeadlineFigures.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/docks/SiteClimateEditor.hpp"
#include "ui/document/Document.hpp"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design generated(double gridMw) {
    FactoryTargets t;
    t.name = "Site climate test";
    t.systemId = "gb300-nvl72";
    t.targetGridMw = gridMw;
    t.designAmbientC = 35.0; // typed in, no location
    return generateFactory(t, Catalog::builtin()).design;
}

bool waitForResult(EstimatesDock& dock, int after) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 120000) {
        if (dock.runner()->resultCount() > after && !dock.runner()->busy())
            return true;
        QTest::qWait(20);
    }
    return false;
}

// Moves a combo to the item whose data is `id` with the arrow keys, as a user does; the combo
// emits activated() for each step, and the steps merge into one undo command.
bool keyTo(QComboBox* combo, const QString& id) {
    const int target = combo->findData(id);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

} // namespace

class TestSiteClimate : public QObject {
    Q_OBJECT
private slots:
    void comboListsTheLibrary();
    void choosingLocationUpdatesPue();
    void typedInAmbientIsUndoable();
    void badAmbientIsRefused();
    void wizardOffersLocation();
};

void TestSiteClimate::comboListsTheLibrary() {
    Document doc;
    doc.reset(generated(1.0), {});
    PropertiesDock dock(&doc);
    auto* combo = dock.findChild<QComboBox*>("site:climate");
    QVERIFY(combo);
    QVERIFY(dock.siteClimate()->isVisibleTo(&dock)); // nothing selected: the site is edited
    const auto& lib = ClimateLibrary::builtin();
    QCOMPARE(combo->count(), static_cast<int>(lib.locations().size()) + 1);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->currentIndex(), 0); // the design has a typed-in ambient
    for (std::size_t i = 0; i < lib.locations().size(); ++i)
        QCOMPARE(combo->itemData(static_cast<int>(i) + 1).toString(),
                 QString::fromStdString(lib.locations()[i].id));
    // Selecting an object hides the site editor; clearing the selection shows it again.
    doc.setSelection({doc.design().racks.front().id});
    QVERIFY(!dock.siteClimate()->isVisibleTo(&dock));
    doc.setSelection({});
    QVERIFY(dock.siteClimate()->isVisibleTo(&dock));
}

void TestSiteClimate::choosingLocationUpdatesPue() {
    Document doc;
    doc.reset(generated(1.0), {});
    PropertiesDock props(&doc);
    EstimatesDock estimates(&doc);
    props.show();
    QVERIFY(waitForResult(estimates, 0));
    const PowerBasis typedIn = computePowerBasis(doc.design(), doc.catalog());
    QCOMPARE(estimates.figureText("pue"), QString::number(typedIn.pueDesign, 'f', 3));
    // Typed-in: one bin of 8,760 h at the design ambient (Climate.hpp designAmbientOnly).
    QCOMPARE(typedIn.designAmbientC, 35.0);

    // Phoenix: 0.4 % design dry-bulb above 35 C (hotter design point), a real year.
    auto* combo = props.findChild<QComboBox*>("site:climate");
    const int n = estimates.runner()->resultCount();
    const int commandsBefore = doc.undoStack()->count();
    QVERIFY(keyTo(combo, "us-phoenix-az"));
    QCOMPARE(doc.design().site.climateId, std::string("us-phoenix-az"));
    QCOMPARE(doc.undoStack()->count(), commandsBefore + 1); // the arrow steps merged
    QCOMPARE(doc.undoStack()->undoText(), QString("Set site climate to Phoenix, AZ"));
    const Climate* phoenix = ClimateLibrary::builtin().find("us-phoenix-az");
    QVERIFY(phoenix);
    QCOMPARE(doc.design().site.designAmbientC, phoenix->designDryBulbC.value);
    auto* ambient = props.findChild<QDoubleSpinBox*>("site:designAmbientC");
    QVERIFY(!ambient->isEnabled()); // the location's figure, not typed
    QCOMPARE(ambient->value(), phoenix->designDryBulbC.value);

    QVERIFY(waitForResult(estimates, n));
    const PowerBasis located = computePowerBasis(doc.design(), doc.catalog());
    QCOMPARE(located.designAmbientC, phoenix->designDryBulbC.value);
    QCOMPARE(estimates.snapshot().estimate.basis.pueDesign, located.pueDesign);
    QCOMPARE(estimates.snapshot().estimate.basis.pueAnnual, located.pueAnnual);
    QCOMPARE(estimates.figureText("pue"), QString::number(located.pueDesign, 'f', 3));
    QCOMPARE(estimates.figureText("pueAnnual"), QString::number(located.pueAnnual, 'f', 3));
    // A real year is milder than its 0.4 % design hour: annual PUE below design PUE, and the
    // hotter design point costs more than the typed-in 35 C.
    QVERIFY(located.pueAnnual < located.pueDesign);
    QVERIFY(located.pueDesign > typedIn.pueDesign);
    QVERIFY(located.pueAnnualBasis.find("us-phoenix-az") != std::string::npos);

    // Undo walks back to the typed-in ambient and its PUE.
    const int m = estimates.runner()->resultCount();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().site.climateId, std::string());
    QCOMPARE(doc.design().site.designAmbientC, 35.0);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(ambient->isEnabled());
    QVERIFY(waitForResult(estimates, m));
    QCOMPARE(estimates.figureText("pue"), QString::number(typedIn.pueDesign, 'f', 3));
    QCOMPARE(estimates.figureText("pueAnnual"), QString::number(typedIn.pueAnnual, 'f', 3));
}

void TestSiteClimate::typedInAmbientIsUndoable() {
    Document doc;
    doc.reset(generated(1.0), {});
    PropertiesDock props(&doc);
    props.show();
    auto* ambient = props.findChild<QDoubleSpinBox*>("site:designAmbientC");
    QVERIFY(ambient && ambient->isEnabled());
    const int before = doc.undoStack()->count();
    // Typed as a user does: select all, type, Enter (keyboard tracking off: one command).
    auto* text = ambient->findChild<QLineEdit*>();
    QVERIFY(text);
    ambient->setFocus();
    ambient->selectAll();
    QTest::keyClicks(text, QLocale().toString(25.5, 'f', 1));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(doc.design().site.designAmbientC, 25.5);
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QCOMPARE(computePowerBasis(doc.design(), doc.catalog()).designAmbientC, 25.5);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().site.designAmbientC, 35.0);
    QCOMPARE(ambient->value(), 35.0);
    doc.undoStack()->redo();
    QCOMPARE(ambient->value(), 25.5);
}

void TestSiteClimate::badAmbientIsRefused() {
    Document doc;
    doc.reset(generated(1.0), {});
    PropertiesDock props(&doc);
    SiteClimateEditor* editor = props.siteClimate();
    const Design before = doc.design();
    QVERIFY(!editor->setDesignAmbientC(75.0));
    QVERIFY(editor->message().contains("-40"));
    QVERIFY(!editor->chooseClimate("xx-nowhere"));
    QVERIFY(editor->message().contains("xx-nowhere"));
    QVERIFY(doc.design() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
    // With a location chosen the ambient is the location's; typing one is refused.
    QVERIFY(editor->chooseClimate("es-madrid"));
    QVERIFY(!editor->setDesignAmbientC(30.0));
    QCOMPARE(doc.design().site.climateId, std::string("es-madrid"));
}

void TestSiteClimate::wizardOffersLocation() {
    FactoryWizard wizard(Catalog::builtin());
    auto* combo = wizard.findChild<QComboBox*>("climate");
    auto* ambient = wizard.findChild<QDoubleSpinBox*>("designAmbient");
    QVERIFY(combo && ambient);
    QCOMPARE(combo->count(), static_cast<int>(ClimateLibrary::builtin().locations().size()) + 1);
    QVERIFY(keyTo(combo, "es-madrid"));
    QVERIFY(!ambient->isEnabled());
    const Climate* madrid = ClimateLibrary::builtin().find("es-madrid");
    QCOMPARE(ambient->value(), madrid->designDryBulbC.value);
    wizard.generateNow();
    QVERIFY(wizard.result());
    const Design& d = wizard.result()->design;
    QCOMPARE(d.site.climateId, std::string("es-madrid"));
    QCOMPARE(wizard.result()->summary.power.designAmbientC, madrid->designDryBulbC.value);
    // The same targets through the core give the same basis (one power basis everywhere).
    const PowerBasis b = computePowerBasis(d, Catalog::builtin());
    QCOMPARE(wizard.result()->summary.power.pueAnnual, b.pueAnnual);
    // Back to typed-in: the spin box is the design ambient again.
    QVERIFY(keyTo(combo, ""));
    QVERIFY(ambient->isEnabled());
    ambient->setValue(30.0);
    wizard.generateNow();
    QVERIFY(wizard.result());
    QCOMPARE(wizard.result()->design.site.climateId, std::string());
    QCOMPARE(wizard.result()->design.site.designAmbientC, 30.0);
}

QTEST_MAIN(TestSiteClimate)
#include "test_site_climate.moc"
