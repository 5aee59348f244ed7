#include "core/catalog/Catalog.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/util/Json.hpp"
#include <QFile>
#include <QTest>
#include <QIODevice>

using namespace aifp;

namespace {

// A user-defined NVL72-class system entry with the ratings systemSpec requires.
CatalogEntry userSystem(const std::string& id, double rackPowerKw) {
    CatalogEntry e;
    e.id = id;
    e.category = "system";
    e.userDefined = true;
    e.ratings["gpus_per_system"].value = 72;
    e.ratings["gpus_per_rack"].value = 72;
    e.ratings["rack_power_kw"].value = rackPowerKw;
    e.ratings["rack_weight_kg"].value = 1400;
    return e;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtinHasRequiredEntries_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("category");
        for (const char* id : {"dgx-h100", "dgx-h200", "dgx-b200", "gb200-nvl72", "gb300-nvl72",
                               "vr-nvl144"})
            QTest::newRow(id) << id << "system";
        for (const char* id : {"q3400", "qm9700", "sn5600"})
            QTest::newRow(id) << id << "switch";
        QTest::newRow("cdu in-row") << "cdu-generic-in-row" << "cdu";
        QTest::newRow("cdu facility") << "cdu-generic-facility" << "cdu";
        QTest::newRow("ups") << "ups-schneider-galaxy-vxl" << "ups";
        QTest::newRow("transformer") << "xfmr-prefab-substation-2500" << "transformer";
        QTest::newRow("busway") << "busway-starline-track" << "busway";
        QTest::newRow("generator") << "gen-cat-3516c" << "generator";
        QTest::newRow("chiller") << "chiller-water-cooled-centrifugal" << "chiller";
        QTest::newRow("dry cooler") << "drycooler-generic" << "dry_cooler";
    }
    void builtinHasRequiredEntries() {
        QFETCH(QString, id);
        QFETCH(QString, category);
        const CatalogEntry* e = Catalog::builtin().find(id.toStdString());
        QVERIFY2(e, qPrintable("missing catalog entry " + id));
        QCOMPARE(QString::fromStdString(e->category), category);
        QVERIFY2(!e->sources.empty(), "every entry keeps its source");
    }

    // Hand-checked against docs/reference/reference-data.md section 1.2 and 4.1.
    void systemSpecs_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("gpusPerRack");
        QTest::addColumn<double>("rackKw");
        QTest::addColumn<bool>("liquid");
        QTest::newRow("GB300 NVL72: 72 GPUs, 135 kW (120-142 kW quoted)")
            << "gb300-nvl72" << 72 << 135.0 << true;
        QTest::newRow("GB200 NVL72: 120 kW at 1,400 A") << "gb200-nvl72" << 72 << 120.0 << true;
        QTest::newRow("DGX H100 rack: 4 x 10.2 kW = 40.8 kW") << "dgx-h100" << 32 << 40.8 << false;
        QTest::newRow("DGX B200: 2 x 14.3 kW = 28.6 kW") << "dgx-b200" << 16 << 28.6 << false;
        QTest::newRow("Vera Rubin NVL144: ~190 kW") << "vr-nvl144" << 72 << 190.0 << true;
    }
    void systemSpecs() {
        QFETCH(QString, id);
        QFETCH(int, gpusPerRack);
        QFETCH(double, rackKw);
        QFETCH(bool, liquid);
        const SystemSpec s = systemSpec(Catalog::builtin(), id.toStdString());
        QCOMPARE(s.gpusPerRack, gpusPerRack);
        QCOMPARE(s.rackPowerKw, rackKw);
        QCOMPARE(s.liquidFraction > 0.0, liquid);
        QVERIFY(!s.gpuId.empty());
        QVERIFY(Catalog::builtin().find(s.gpuId) != nullptr);
    }

    void assumptionsAreFlagged() {
        // The liquid fraction of NVL72 racks is unsourced (reference-data.md section 7): it must
        // not be presented as a fact.
        const CatalogEntry* e = Catalog::builtin().find("gb300-nvl72");
        QVERIFY(e);
        QCOMPARE(e->confidenceOf("liquid_fraction"), Confidence::Unverified);
        QCOMPARE(e->confidenceOf("footprint_width_m"), Confidence::Assumption);
        QVERIFY(!e->sourcesOf("liquid_fraction").empty());
    }

    void unknownSystemIsAClearError_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "gb900-nvl999" << "unknown system 'gb900-nvl999'";
        QTest::newRow("not a system") << "q3400" << "'q3400' is a switch, not a GPU system";
    }
    void unknownSystemIsAClearError() {
        QFETCH(QString, id);
        QFETCH(QString, message);
        try {
            systemSpec(Catalog::builtin(), id.toStdString());
            QFAIL("accepted");
        } catch (const CatalogError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    // The shipped catalog is built from the reference catalog: every reference rating is there
    // with the same value, and every entry keeps the reference sources and confidence.
    void matchesReferenceCatalog() {
        QFile f(QStringLiteral(AIFP_SOURCE_DIR "/docs/reference/catalog.json"));
        if (!f.open(QIODevice::ReadOnly))
            QFAIL("docs/reference/catalog.json is missing");
        const json::Value ref = json::parse(f.readAll().toStdString());
        int checked = 0;
        for (const json::Value& item : ref.find("items")->asArray()) {
            const std::string refId = item.find("id")->asString();
            const CatalogEntry* ours = nullptr;
            for (const auto& e : Catalog::builtin().entries())
                if (e.referenceId == refId)
                    ours = &e;
            QVERIFY2(ours, refId.c_str());
            QCOMPARE(QString::fromStdString(toString(ours->confidence)),
                     QString::fromStdString(item.find("confidence")->asString()));
            QCOMPARE(ours->sources.size(), item.find("source")->asArray().size());
            for (const auto& [key, rating] : item.find("ratings")->asObject()) {
                const CatalogRating* r = ours->rating(key);
                QVERIFY2(r, (refId + "." + key).c_str());
                const json::Value* v = rating.find("value");
                if (v && v->isNumber())
                    QCOMPARE(r->value, v->asNumber());
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void malformedCatalogNamesTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "{" << "cat.json: line 1";
        QTest::newRow("no items") << "{}" << "no \"items\" list";
        QTest::newRow("missing id") << "{\"items\":[{\"category\":\"ups\"}]}" << "items[0].id: missing";
        QTest::newRow("bad value")
            << "{\"items\":[{\"id\":\"x\",\"ratings\":{\"p\":{\"value\":\"12\"}}}]}"
            << "items[0].ratings.p.value: expected a number or null";
        QTest::newRow("bad confidence")
            << "{\"items\":[{\"id\":\"x\",\"confidence\":\"sure\"}]}"
            << "items[0].confidence: unknown confidence 'sure'";
    }
    void malformedCatalogNamesTheField() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            Catalog::fromJsonText(text.toStdString(), "cat.json");
            QFAIL("accepted a malformed catalog");
        } catch (const CatalogError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void userEntriesOverride() {
        const Catalog c = Catalog::builtin().withUserEntries({userSystem("gb300-nvl72", 150)});
        QCOMPARE(systemSpec(c, "gb300-nvl72").rackPowerKw, 150.0);
        QCOMPARE(systemSpec(Catalog::builtin(), "gb300-nvl72").rackPowerKw, 135.0);
    }

    // Drawings and exports place every rack: a catalog system at its footprint, any other id
    // (unknown, or not a system) at SystemSpec's default footprint.
    void rackFootprintFallsBackToTheDefault() {
        CatalogEntry e = userSystem("wide-rack", 150);
        e.ratings["footprint_width_m"].value = 0.8;
        e.ratings["footprint_depth_m"].value = 1.4;
        const Catalog c = Catalog::builtin().withUserEntries({e});
        const RackFootprintM wide = rackFootprintM(c, "wide-rack");
        QCOMPARE(wide.widthM, 0.8);
        QCOMPARE(wide.depthM, 1.4);
        const SystemSpec defaults;
        for (const char* id : {"gb900-nvl999", "q3400"}) {
            const RackFootprintM f = rackFootprintM(c, id);
            QCOMPARE(f.widthM, defaults.footprintWidthM);
            QCOMPARE(f.depthM, defaults.footprintDepthM);
        }
    }
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "test_catalog.moc"
