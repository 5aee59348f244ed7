#include "core/util/Json.hpp"
#include <QtTest>
#include <cmath>

using aifp::json::Value;

class TestJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("null") << "null";
        QTest::newRow("bool") << "[true,false]";
        QTest::newRow("integers") << "[0,1,-7,123456789012]";
        QTest::newRow("shortest doubles") << "[0.1,1e-07,135.5,3.3333333333333335]";
        QTest::newRow("string escapes") << "[\"a\\\"b\\\\c\\nd\\u0001\"]";
        QTest::newRow("nested") << "{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":\"x\"}";
        QTest::newRow("empty containers") << "{\"a\":[],\"b\":{}}";
    }
    void roundTrip() {
        QFETCH(QString, text);
        const Value v = aifp::json::parse(text.toStdString());
        QCOMPARE(QString::fromStdString(aifp::json::write(v, -1)), text);
        QCOMPARE(aifp::json::parse(aifp::json::write(v, 2)), v);
    }

    void doublesRoundTripExactly() {
        for (double d : {0.1, 1.0 / 3.0, 6.02214076e23, -2.5e-300, 135.0, 1e16 + 2}) {
            const Value back = aifp::json::parse(aifp::json::write(Value(d), -1));
            QCOMPARE(back.asNumber(), d);
        }
    }

    void nonFiniteWrittenAsNull() {
        QCOMPARE(aifp::json::write(Value(std::nan("")), -1), std::string("null"));
        QCOMPARE(aifp::json::write(Value(INFINITY), -1), std::string("null"));
    }

    void unicodeEscape() {
        // U+00E9 (2 bytes) and U+1F600 via a surrogate pair (4 bytes).
        const Value v = aifp::json::parse("[\"\\u00e9\",\"\\ud83d\\ude00\"]");
        QCOMPARE(v.asArray()[0].asString(), std::string("\xc3\xa9"));
        QCOMPARE(v.asArray()[1].asString(), std::string("\xf0\x9f\x98\x80"));
    }

    void malformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty") << "" << "line 1, column 1";
        QTest::newRow("truncated object") << "{\"a\": 1," << "line 1, column 9";
        QTest::newRow("trailing garbage") << "[1] x" << "line 1, column 5";
        QTest::newRow("bare word") << "[NaN]" << "line 1, column 2";
        QTest::newRow("second line") << "{\n  \"a\" 1}" << "line 2, column 7";
        QTest::newRow("bad number") << "[1.]" << "line 1, column 4";
        QTest::newRow("unterminated string") << "[\"abc" << "line 1, column 6";
    }
    void malformed() {
        QFETCH(QString, text);
        QFETCH(QString, where);
        try {
            aifp::json::parse(text.toStdString());
            QFAIL("parse accepted malformed JSON");
        } catch (const aifp::json::ParseError& e) {
            QVERIFY2(QString::fromStdString(e.what()).startsWith(where), e.what());
        }
    }

    void deepNestingRefused() {
        const std::string deep(1000, '[');
        QVERIFY_THROWS_EXCEPTION(aifp::json::ParseError, aifp::json::parse(deep));
    }

    void objectSetReplacesAndKeepsOrder() {
        Value o = Value::object();
        o.set("b", 1).set("a", 2).set("b", 3);
        QCOMPARE(aifp::json::write(o, -1), std::string("{\"b\":3,\"a\":2}"));
        QVERIFY(o.find("a") && o.find("a")->asNumber() == 2);
        QVERIFY(o.find("zz") == nullptr);
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "test_json.moc"
