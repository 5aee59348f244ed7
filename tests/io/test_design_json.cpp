// Design <-> JSON: exact round trip, and every malformed or out-of-range import rejected with a
// message that names the field.
#include "SampleDesign.hpp"
#include "core/io/DesignJson.hpp"
#include <QStringList>
#include <QTest>
#include <sstream>

using namespace aifp;

namespace {

// The sample design as JSON text, with one edit applied by a callback on the JSON value.
json::Value sampleJson() {
    return designToJson(testing::sampleDesign());
}

json::Value& at(json::Value& v, const std::string& key) {
    for (auto& [k, x] : v.asObject())
        if (k == key)
            return x;
    throw std::runtime_error("no key " + key);
}

} // namespace

class TestDesignJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip() {
        const Design original = testing::sampleDesign();
        const json::Value doc = designToJson(original);
        const Design back = designFromJson(doc, Catalog::builtin());
        QVERIFY(back.site == original.site);
        QVERIFY(back.settings == original.settings);
        QVERIFY(back.halls == original.halls);
        QVERIFY(back.rows == original.rows);
        QVERIFY(back.racks == original.racks);
        QVERIFY(back.powerNodes == original.powerNodes);
        QVERIFY(back.powerLinks == original.powerLinks);
        QVERIFY(back.coolingNodes == original.coolingNodes);
        QVERIFY(back.pipes == original.pipes);
        QVERIFY(back.switches == original.switches);
        QVERIFY(back.networkLinks == original.networkLinks);
        QVERIFY(back.userCatalog == original.userCatalog);
        QVERIFY(back.assumptionOverrides == original.assumptionOverrides);
        QCOMPARE(back.nextId, original.nextId);
        QVERIFY(back == original);
        // Through text as well: the writer's shortest round-trip numbers parse back exactly.
        const std::string text = json::write(doc);
        const Design fromText = designFromJson(json::parse(text), Catalog::builtin());
        QVERIFY(fromText == original);
        QCOMPARE(fromText.racks[1].centerM.xM, 0.1);
        QCOMPARE(fromText.powerNodes[0].routeM[2].yM, 999999.99999999988);
        // And the text is stable: writing the re-read design gives the same bytes.
        QCOMPARE(json::write(designToJson(fromText)), text);
    }

    void documentShape() {
        const json::Value doc = sampleJson();
        QCOMPARE(doc.find("format")->asString(), std::string("aifp-design"));
        QCOMPARE(doc.find("version")->asNumber(), 4.0);
        const json::Value& rack = doc.find("racks")->asArray()[0];
        QCOMPARE(rack.find("center")->find("x_m")->asNumber(), 12.3);
        QCOMPARE(rack.find("catalog_id")->asString(), std::string("gb300-nvl72"));
        const json::Value& node = doc.find("power_nodes")->asArray()[0];
        QCOMPARE(node.find("kind")->asString(), std::string("busway"));
        QCOMPARE(node.find("rating_kva")->asNumber(), 1000.0);
        QCOMPARE(doc.find("cooling_nodes")->asArray()[0].find("flow_rating_lpm")->asNumber(),
                 2000.0);
        QCOMPARE(doc.find("settings")->find("power_redundancy")->asString(), std::string("4N/3"));
        // A textual catalog rating has no value: null.
        QVERIFY(doc.find("user_catalog")
                    ->asArray()[0]
                    .find("ratings")
                    ->find("shelves")
                    ->find("value")
                    ->isNull());
        QCOMPARE(doc.find("next_id")->asNumber(), 101.0);
    }

    void procurementRoundTrip() {
        // The rent settings go through JSON and back; a document without them means "build".
        Design d = testing::sampleDesign();
        d.settings.procurement = Procurement::Cloud;
        d.settings.rentTermMonths = 240;
        d.settings.tcoHorizonYears = 30;
        const json::Value doc = designToJson(d);
        const json::Value* s = doc.find("settings");
        QCOMPARE(s->find("procurement")->asString(), std::string("cloud"));
        QCOMPARE(s->find("rent_term_months")->asNumber(), 240.0);
        QCOMPARE(s->find("tco_horizon_years")->asNumber(), 30.0);
        const Design back = designFromJson(json::parse(json::write(doc)), Catalog::builtin());
        QVERIFY(back.settings == d.settings);
        QVERIFY(back == d);
        json::Value without = doc;
        json::Value settings = json::Value::object();
        for (const auto& [k, v] : s->asObject())
            if (k != "procurement" && k != "rent_term_months" && k != "tco_horizon_years")
                settings.set(k, v);
        without.set("settings", settings);
        const Design old = designFromJson(without, Catalog::builtin());
        QCOMPARE(old.settings.procurement, Procurement::Build);
        QCOMPARE(old.settings.rentTermMonths, DesignSettings{}.rentTermMonths);
        QCOMPARE(old.settings.tcoHorizonYears, DesignSettings{}.tcoHorizonYears);
    }

    void defaultsWhenAbsent() {
        // A minimal hand-written document: absent keys take the model's defaults.
        const json::Value doc = json::parse(R"({"format":"aifp-design","version":1,
            "halls":[{"id":1,"width_m":10,"depth_m":20}]})");
        const Design d = designFromJson(doc, Catalog::builtin());
        QCOMPARE(d.halls.size(), std::size_t(1));
        QCOMPARE(d.halls[0].facilityWaterSupplyC, Hall{}.facilityWaterSupplyC);
        QCOMPARE(d.nextId, ObjectId(2)); // largest id + 1
        QVERIFY(d.settings == DesignSettings{});
    }

    void badImports_data() {
        QTest::addColumn<QString>("text");        // the JSON document, or "" to use edit
        QTest::addColumn<QString>("pointer");     // "section/index/key" of the sample to replace
        QTest::addColumn<QString>("replacement"); // JSON text of the new value
        QTest::addColumn<QString>("expected");    // the whole message

        QTest::newRow("negative length") << ""
                                         << "pipes/0/length_m"
                                         << "-2"
                                         << "pipes[0].length_m: -2 is negative";
        QTest::newRow("NaN as string") << ""
                                       << "racks/1/center/x_m"
                                       << "\"NaN\""
                                       << "racks[1].center.x_m: expected a number, got the "
                                          "string \"NaN\"";
        QTest::newRow("null for number") << ""
                                         << "halls/0/width_m"
                                         << "null"
                                         << "halls[0].width_m: expected a number, got null";
        QTest::newRow("zero width") << ""
                                    << "halls/1/width_m"
                                    << "0"
                                    << "halls[1].width_m: must be > 0 (got 0)";
        QTest::newRow("unknown catalog id") << ""
                                            << "racks/0/catalog_id"
                                            << "\"gb900\""
                                            << "racks[0].catalog_id: unknown catalog id 'gb900'";
        QTest::newRow("catalog id of a switch")
            << ""
            << "racks/0/catalog_id"
            << "\"q3400\""
            << "racks[0].catalog_id: 'q3400' is a switch, not a system";
        QTest::newRow("unknown enum") << ""
                                      << "power_nodes/0/kind"
                                      << "\"fusion_reactor\""
                                      << "power_nodes[0].kind: unknown value 'fusion_reactor'";
        QTest::newRow("unknown redundancy") << ""
                                            << "settings/power_redundancy"
                                            << "\"3N\""
                                            << "settings.power_redundancy: unknown value '3N'";
        // The sample's hall 3 is halls[0]; make the rack's id collide with it.
        QTest::newRow("duplicate id") << ""
                                      << "racks/1/id"
                                      << "3"
                                      << "racks[1].id: duplicate id 3 (also halls[0])";
        QTest::newRow("dangling hall") << ""
                                       << "racks/0/hall_id"
                                       << "99"
                                       << "racks[0].hall_id: no hall with id 99";
        QTest::newRow("reference to wrong kind")
            << ""
            << "network_links/0/to_id"
            << "11"
            << "network_links[0].to_id: id 11 is a rack (racks[0]), not a switch";
        QTest::newRow("wrong type") << ""
                                    << "switches/0/tier"
                                    << "\"two\""
                                    << "switches[0].tier: expected a number, got the string "
                                       "\"two\"";
        QTest::newRow("fractional count") << ""
                                          << "network_links/0/count"
                                          << "2.5"
                                          << "network_links[0].count: 2.5 is not a whole number";
        QTest::newRow("efficiency above 1") << ""
                                            << "power_nodes/0/efficiency"
                                            << "1.2"
                                            << "power_nodes[0].efficiency: must be > 0 and <= 1 "
                                               "(got 1.2)";
        QTest::newRow("redundant >= modules") << ""
                                              << "power_nodes/0/redundant_modules"
                                              << "4"
                                              << "power_nodes[0].redundant_modules: 4 must be "
                                                 "less than module_count (4)";
        QTest::newRow("route point not object")
            << ""
            << "power_links/0/route/1"
            << "[3,4,0]"
            << "power_links[0].route[1]: expected an object, got a list";
        QTest::newRow("unknown key") << ""
                                     << "halls/0/colour"
                                     << "\"red\""
                                     << "halls[0].colour: unknown key";
        QTest::newRow("bad date") << ""
                                  << "settings/schedule_start"
                                  << "\"next spring\""
                                  << "settings.schedule_start: 'next spring' is not a date "
                                     "(YYYY-MM-DD)";
        QTest::newRow("override not a number")
            << ""
            << "assumption_overrides/schedule.lead.transformer_weeks"
            << "\"soon\""
            << "assumption_overrides.schedule.lead.transformer_weeks: expected a number, got "
               "the string \"soon\"";
        QTest::newRow("next_id too small") << ""
                                           << "next_id"
                                           << "50"
                                           << "next_id: 50 must be greater than the largest id "
                                              "(70)";
        QTest::newRow("negative id") << ""
                                     << "switches/0/id"
                                     << "-4"
                                     << "switches[0].id: -4 is not a valid id (a whole number "
                                        "from 0 to 2^53)";
        QTest::newRow("list expected") << ""
                                       << "racks"
                                       << "{}"
                                       << "racks: expected a list, got an object";
        QTest::newRow("bad confidence") << ""
                                        << "user_catalog/0/ratings/capacity_kw/confidence"
                                        << "\"rumour\""
                                        << "user_catalog[0].ratings.capacity_kw.confidence: "
                                           "unknown value 'rumour'";
        QTest::newRow("unknown readiness") << ""
                                           << "site/readiness"
                                           << "\"lunar\""
                                           << "site.readiness: unknown value 'lunar'";
        QTest::newRow("zero user speed") << ""
                                         << "settings/user_tokens_per_s"
                                         << "0"
                                         << "settings.user_tokens_per_s: must be > 0 (got 0)";
        QTest::newRow("negative bridge power") << ""
                                               << "settings/bridge_power_mw"
                                               << "-5"
                                               << "settings.bridge_power_mw: -5 is negative";
        QTest::newRow("unknown procurement") << ""
                                             << "settings/procurement"
                                             << "\"lease\""
                                             << "settings.procurement: unknown value 'lease'";
        QTest::newRow("rent term 0") << ""
                                     << "settings/rent_term_months"
                                     << "0"
                                     << "settings.rent_term_months: 0 is less than 1";
        QTest::newRow("rent term 241") << ""
                                       << "settings/rent_term_months"
                                       << "241"
                                       << "settings.rent_term_months: 241 is more than 240 months";
        QTest::newRow("rent term 1.5") << ""
                                       << "settings/rent_term_months"
                                       << "1.5"
                                       << "settings.rent_term_months: 1.5 is not a whole number";
        QTest::newRow("horizon 31") << ""
                                    << "settings/tco_horizon_years"
                                    << "31"
                                    << "settings.tco_horizon_years: 31 is more than 30 years";
        QTest::newRow("bad price date")
            << ""
            << "document/price_date"
            << "\"15/01/2027\""
            << "document.price_date: '15/01/2027' is not a date (YYYY-MM-DD)";
        QTest::newRow("owned class twice")
            << ""
            << "owned_equipment/1/class"
            << "\"transformer\""
            << "owned_equipment[1].class: 'transformer' is listed twice";
        QTest::newRow("user model without config")
            << ""
            << "user_models/0/config_json"
            << "\"\""
            << "user_models[0].config_json: missing or empty";
        QTest::newRow("newer version") << ""
                                       << "version"
                                       << "7"
                                       << "version: written by a newer version of AI Factory "
                                          "Planner (version 7; this program reads up to 4)";
        QTest::newRow("not a design") << R"({"format":"aifp-catalog","version":1})"
                                      << ""
                                      << ""
                                      << "format: expected \"aifp-design\", got the string "
                                         "\"aifp-catalog\"";
        QTest::newRow("not an object") << "[1,2]"
                                       << ""
                                       << ""
                                       << "(document): expected an object, got a list";
        QTest::newRow("truncated JSON") << R"({"format":"aifp-design","halls":[{"id":1,)"
                                        << ""
                                        << ""
                                        << "line 1, column 42: expected a string key";
    }

    void badImports() {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        std::string message;
        std::string streamed; // the same document read as a stream, one element at a time
        try {
            json::Value doc;
            if (!text.isEmpty()) {
                try {
                    readDesignJson(text.toStdString(), Catalog::builtin());
                } catch (const std::runtime_error& e) {
                    streamed = e.what();
                }
                doc = json::parse(text.toStdString());
            } else {
                doc = sampleJson();
                json::Value* v = &doc;
                const QStringList parts = pointer.split('/');
                for (int i = 0; i < parts.size(); ++i) {
                    const std::string part = parts[i].toStdString();
                    const bool last = i == parts.size() - 1;
                    if (v->isArray()) {
                        v = &v->asArray()[std::stoul(part)];
                    } else if (last) {
                        v->set(part, json::Value()); // creates unknown keys too
                        v = &at(*v, part);
                    } else {
                        v = &at(*v, part);
                    }
                }
                *v = json::parse(replacement.toStdString());
                std::istringstream in(json::write(doc));
                try {
                    readDesignJson(in, Catalog::builtin());
                } catch (const std::runtime_error& e) {
                    streamed = e.what();
                }
            }
            designFromJson(doc, Catalog::builtin());
            QFAIL("the document was accepted");
        } catch (const DesignJsonError& e) {
            message = e.what();
        } catch (const json::ParseError& e) {
            message = e.what();
        }
        QCOMPARE(QString::fromStdString(message), expected);
        QCOMPARE(QString::fromStdString(streamed), expected);
    }

    void streamedExportIsTheTreeExport() {
        // writeDesignJson writes entity by entity the bytes the tree form gives.
        const Design d = testing::sampleDesign();
        std::ostringstream out;
        writeDesignJson(d, out);
        QCOMPARE(out.str(), json::write(designToJson(d)));
        QVERIFY(readDesignJson(out.str(), Catalog::builtin()) == d);
    }

    void idsBeyond2To53RefusedByName() {
        // The JSON layer holds 2^53 + 1 exactly; the model's ids stop at 2^53 (kMaxId), and the
        // reader says so naming the field instead of rounding.
        json::Value doc = sampleJson();
        doc.set("next_id", json::parse("9007199254740993"));
        const std::string text = json::write(doc);
        QVERIFY(text.find("\"next_id\": 9007199254740993") != std::string::npos);
        try {
            readDesignJson(text, Catalog::builtin());
            QFAIL("accepted");
        } catch (const DesignJsonError& e) {
            QCOMPARE(std::string(e.what()), std::string("next_id: 9007199254740993 is not a valid "
                                                        "id (a whole number from 0 to 2^53)"));
        }
    }

    void sparseAndDenseIdsAgree() {
        // Ids index a table that grows with the ids seen: 2,000,000 comes first (too far: kept
        // aside), then 1,000,000 and 1,000,002 grow the table to 2,000,002 slots (doubling), over
        // 2,000,000. A row naming hall 2,000,000 must still find it, and a second hall
        // 2,000,000 is still a duplicate.
        const std::string halls = R"({"id": 2000000, "width_m": 10, "depth_m": 10},
                                     {"id": 1000000, "width_m": 10, "depth_m": 10},
                                     {"id": 1000002, "width_m": 10, "depth_m": 10})";
        const std::string head = R"({"format": "aifp-design", "version": 3, "halls": [)";
        const Design d = readDesignJson(
            head + halls + R"(], "rows": [{"id": 3, "hall_id": 2000000}]})", Catalog::builtin());
        QCOMPARE(d.rows.at(0).hallId, ObjectId{2000000});
        QCOMPARE(d.nextId, ObjectId{2000001});
        try {
            readDesignJson(head + halls + R"(, {"id": 2000000, "width_m": 1, "depth_m": 1}]})",
                           Catalog::builtin());
            QFAIL("accepted");
        } catch (const DesignJsonError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("halls[3].id: duplicate id 2000000 (also halls[0])"));
        }
    }

    void forwardReferencesAndLateUserCatalog() {
        // Document order is free: a list may name objects and catalog ids defined further on
        // (our files write user_catalog after the lists that name its entries). Here the halls,
        // rows and racks come after everything that names them, and a cooling node names the
        // user catalog's CDU.
        json::Value doc = sampleJson();
        json::Value::Object& top = doc.asObject();
        auto moveToEnd = [&](const std::string& key) {
            for (auto it = top.begin(); it != top.end(); ++it)
                if (it->first == key) {
                    auto member = std::move(*it);
                    top.erase(it);
                    top.push_back(std::move(member));
                    return;
                }
            QFAIL(key.c_str());
        };
        moveToEnd("halls");
        moveToEnd("rows");
        moveToEnd("racks");
        at(doc, "cooling_nodes").asArray()[0].set("catalog_id", "my-cdu");
        Design expected = testing::sampleDesign();
        expected.coolingNodes[0].catalogId = "my-cdu";
        QVERIFY(readDesignJson(json::write(doc), Catalog::builtin()) == expected);
        QVERIFY(designFromJson(doc, Catalog::builtin()) == expected);
        // An id in neither catalog is still named by its field, once the user catalog is known.
        at(doc, "cooling_nodes").asArray()[0].set("catalog_id", "nobody");
        try {
            readDesignJson(json::write(doc), Catalog::builtin());
            QFAIL("accepted");
        } catch (const DesignJsonError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("cooling_nodes[0].catalog_id: unknown catalog id 'nobody'"));
        }
    }
};

QTEST_APPLESS_MAIN(TestDesignJson)
#include "test_design_json.moc"
