#include "core/util/Json.hpp"
#include "core/util/JsonStream.hpp"
#include <QByteArray>
#include <QTest>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>

using aifp::json::Value;

namespace {

// The ParseError message of parsing text whole, or "" when it parses.
std::string errorOf(const std::string& text) {
    try {
        aifp::json::parse(text);
    } catch (const aifp::json::ParseError& e) {
        return e.what();
    }
    return {};
}

// The same through the stream reader, from an istream (read in 64 KiB chunks).
std::string streamErrorOf(const std::string& text, Value* out = nullptr) {
    try {
        std::istringstream in(text);
        aifp::json::StreamReader r(in);
        Value v = r.value();
        r.finish();
        if (out)
            *out = std::move(v);
    } catch (const aifp::json::ParseError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("null") << "null";
        QTest::newRow("bool") << "[true,false]";
        QTest::newRow("integers") << "[0,1,-7,123456789012]";
        QTest::newRow("integers beyond 2^53")
            << "[9007199254740993,-9007199254740993,9223372036854775807,-9223372036854775808]";
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
        QTest::newRow("empty") << ""
                               << "line 1, column 1";
        QTest::newRow("truncated object") << "{\"a\": 1,"
                                          << "line 1, column 9";
        QTest::newRow("trailing garbage") << "[1] x"
                                          << "line 1, column 5";
        QTest::newRow("bare word") << "[NaN]"
                                   << "line 1, column 2";
        QTest::newRow("second line") << "{\n  \"a\" 1}"
                                     << "line 2, column 7";
        QTest::newRow("bad number") << "[1.]"
                                    << "line 1, column 4";
        QTest::newRow("unterminated string") << "[\"abc"
                                             << "line 1, column 6";
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

    // --- exact integers (issue 11 item 5) ------------------------------------------------------
    void integerLiteralsAreExact() {
        // 2^53 + 1 = 9007199254740993 has no double; as an integer it stays itself.
        const Value v = aifp::json::parse("[9007199254740993, 9223372036854775807, "
                                          "-9223372036854775808, -0, 12]");
        const auto& a = v.asArray();
        QVERIFY(a[0].isInteger());
        QCOMPARE(a[0].asInteger(), std::int64_t{9007199254740993});
        QCOMPARE(a[1].asInteger(), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(a[2].asInteger(), std::numeric_limits<std::int64_t>::min());
        QCOMPARE(a[3].asInteger(), std::int64_t{0});
        QVERIFY(a[4].isNumber() && a[4].asNumber() == 12.0);
        // Written back in all their digits.
        QCOMPARE(aifp::json::write(Value(std::int64_t{9007199254740993}), -1),
                 std::string("9007199254740993"));
        QCOMPARE(aifp::json::write(Value(-9007199254740993LL), -1),
                 std::string("-9007199254740993"));
    }
    void fractionOrExponentIsADouble() {
        const Value v = aifp::json::parse("[1.0, 1e2, 9007199254740993.0, 2E-1]");
        for (const Value& x : v.asArray())
            QVERIFY(x.isNumber() && !x.isInteger());
        // A double beyond 2^53 is the nearest double, as any JSON reader gives it.
        QCOMPARE(v.asArray()[2].asNumber(), 9007199254740992.0);
    }
    void integersBeyond64BitsRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("2^63") << "[9223372036854775808]";
        QTest::newRow("-2^63 - 1") << "[-9223372036854775809]";
        QTest::newRow("2^64") << "[18446744073709551616]";
        QTest::newRow("40 digits") << "[1234567890123456789012345678901234567890]";
    }
    void integersBeyond64BitsRefused() {
        // Rule: an integer literal outside -2^63..2^63-1 is refused (it could only be rounded);
        // a writer that means an approximate value writes a fraction or an exponent.
        QFETCH(QString, text);
        const std::string e = errorOf(text.toStdString());
        QVERIFY2(e.rfind("line 1, column 2: whole number", 0) == 0, e.c_str());
        QVERIFY2(e.find("64-bit") != std::string::npos, e.c_str());
        QCOMPARE(streamErrorOf(text.toStdString()), e);
    }
    void wholeNumbersUpTo2To53KeepTheirBytes() {
        // Files written before exact integers hold 100000 as 1e+05 (the shortest form of the
        // double); an integer up to 2^53 is still written so, and reads back equal.
        QCOMPARE(aifp::json::write(Value(100000), -1), std::string("1e+05"));
        QCOMPARE(aifp::json::write(Value(123456), -1), std::string("123456"));
        QCOMPARE(aifp::json::write(Value(9007199254740992LL), -1),
                 aifp::json::write(Value(9007199254740992.0), -1));
        QVERIFY(aifp::json::parse("1e+05") == Value(100000));
        // Numbers compare by value across the two forms, and only when exactly equal.
        QVERIFY(Value(5) == Value(5.0));
        QVERIFY(!(Value(5) == Value(5.5)));
        QVERIFY(!(Value(9007199254740993LL) == Value(9007199254740992.0)));
        QVERIFY(!(Value(std::numeric_limits<std::int64_t>::max()) == Value(9223372036854775808.0)));
        // An unsigned value beyond the int64 range has no exact form: refused, never rounded.
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)Value(18446744073709551615ull));
    }

    // --- duplicate keys ---------------------------------------------------------------------
    void duplicateKeyNamesLineColumnAndKey() {
        // The second "a" starts on line 2, column 3.
        QCOMPARE(errorOf("{\"a\": 1,\n  \"a\": 2}"),
                 std::string("line 2, column 3: duplicate key 'a'"));
        QCOMPARE(streamErrorOf("{\"a\": 1,\n  \"a\": 2}"),
                 std::string("line 2, column 3: duplicate key 'a'"));
        // Nested objects have their own keys; the same key in two objects is fine.
        QVERIFY(errorOf(R"({"a": {"a": 1}, "b": {"a": 2}})").empty());
        // In an object of many keys too (hashed from 16 keys on).
        std::string big = "{";
        for (int i = 0; i < 40; ++i)
            big += "\"k" + std::to_string(i) + "\":" + std::to_string(i % 10) + ",";
        big += "\"k3\":0}";
        const std::string e = errorOf(big);
        QVERIFY2(e.find("duplicate key 'k3'") != std::string::npos, e.c_str());
        QCOMPARE(streamErrorOf(big), e);
    }
    void duplicateKeyInEnteredObject() {
        aifp::json::StreamReader r(std::string_view(R"({"x": [1, 2], "x": 3})"));
        r.beginObject();
        std::string key;
        QVERIFY(r.nextKey(key));
        QCOMPARE(key, std::string("x"));
        r.skipValue();
        QVERIFY_THROWS_EXCEPTION(aifp::json::ParseError, r.nextKey(key));
    }

    // --- UTF-8 and \u escapes (RFC 3629 section 4; RFC 8259 sections 7, 8.1) -----------------
    void invalidUtf8Refused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("lone continuation") << QByteArray("[\"a\x80\"]") << "line 1, column 4";
        QTest::newRow("overlong 2 bytes (/)") << QByteArray("[\"\xc0\xaf\"]") << "line 1, column 3";
        QTest::newRow("overlong 3 bytes (/)")
            << QByteArray("[\"\xe0\x80\xaf\"]") << "line 1, column 3";
        QTest::newRow("overlong 4 bytes")
            << QByteArray("[\"\xf0\x80\x80\xaf\"]") << "line 1, column 3";
        QTest::newRow("surrogate U+D800") << QByteArray("[\"\xed\xa0\x80\"]") << "line 1, column 3";
        QTest::newRow("surrogate U+DFFF") << QByteArray("[\"\xed\xbf\xbf\"]") << "line 1, column 3";
        QTest::newRow("above U+10FFFF")
            << QByteArray("[\"\xf4\x90\x80\x80\"]") << "line 1, column 3";
        QTest::newRow("truncated 3 bytes") << QByteArray("[\"x\xe2\x82\"]") << "line 1, column 4";
        QTest::newRow("truncated at the end") << QByteArray("[\"\xe2\x82") << "line 1, column 3";
        QTest::newRow("0xff") << QByteArray("[\"\xff\"]") << "line 1, column 3";
        QTest::newRow("in a key") << QByteArray("{\"\xc3\": 1}") << "line 1, column 3";
    }
    void invalidUtf8Refused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const std::string e = errorOf(text.toStdString());
        QCOMPARE(QString::fromStdString(e), where + ": invalid UTF-8 in string");
        QCOMPARE(streamErrorOf(text.toStdString()), e);
    }
    void validUtf8Kept() {
        // 2-, 3- and 4-byte sequences at the edges of their ranges: U+0080, U+07FF, U+0800,
        // U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
        const std::string s = "\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"
                              "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";
        QCOMPARE(aifp::json::parse("\"" + s + "\"").asString(), s);
        Value v;
        QCOMPARE(streamErrorOf("\"" + s + "\"", &v), std::string());
        QCOMPARE(v.asString(), s);
    }
    void unpairedSurrogateEscapesRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("lone low") << R"(["\udc00"])"
                                  << "line 1, column 9: unpaired surrogate in \\u escape";
        QTest::newRow("lone high at the end")
            << R"(["\ud800"])"
            << "line 1, column 9: unpaired surrogate in \\u escape";
        QTest::newRow("high then text") << R"(["\ud800x"])"
                                        << "line 1, column 9: unpaired surrogate in \\u escape";
        QTest::newRow("high then another escape")
            << R"(["\ud800\n"])"
            << "line 1, column 9: unpaired surrogate in \\u escape";
        QTest::newRow("high then non-surrogate")
            << R"(["\ud800\u0041"])"
            << "line 1, column 15: bad low surrogate in \\u escape";
        QTest::newRow("two highs") << R"(["\ud800\ud800"])"
                                   << "line 1, column 15: bad low surrogate in \\u escape";
    }
    void unpairedSurrogateEscapesRefused() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(QString::fromStdString(errorOf(text.toStdString())), error);
        QCOMPARE(QString::fromStdString(streamErrorOf(text.toStdString())), error);
    }

    // --- the stream reader and writer --------------------------------------------------------
    void streamAgreesAcrossChunkBoundaries() {
        // Each construct placed across the 64 KiB chunk boundary at every offset: the value read
        // from the stream equals the whole-text parse.
        const std::vector<std::string> pieces = {"\"\xf0\x9f\x98\x80\"",
                                                 "\"\\ud83d\\ude00\"",
                                                 "-12345.678e-9",
                                                 "9007199254740993",
                                                 "true",
                                                 "false",
                                                 "null",
                                                 "\"a\\\"b\\\\c\"",
                                                 "{\"k\": [1, 2]}"};
        // (Plain literals: moc misreads a raw string holding \".)
        for (const std::string& piece : pieces) {
            for (std::size_t shift = 0; shift < piece.size() + 2; ++shift) {
                const std::size_t pad = 65536 - 1 - shift; // the piece starts at 65536 - shift
                const std::string text = "[" + std::string(pad - 1, ' ') + "\n" + piece + "]";
                Value v;
                const std::string e = streamErrorOf(text, &v);
                QVERIFY2(e.empty(),
                         (piece + " shifted " + std::to_string(shift) + ": " + e).c_str());
                QVERIFY2(v == aifp::json::parse(text), piece.c_str());
            }
        }
        // An error across the boundary: the same line and column.
        const std::string bad = "[" + std::string(65530, ' ') + "\n\"ab\xe2\x82\"]";
        QCOMPARE(streamErrorOf(bad), errorOf(bad));
        QCOMPARE(errorOf(bad), std::string("line 2, column 4: invalid UTF-8 in string"));
    }
    void streamMalformedSameAsWhole() {
        for (const char* text :
             {"", "{\"a\": 1,", "[1] x", "[NaN]", "{\n  \"a\" 1}", "[1.]", "[\"abc", "[tru]",
              "[,1]", "[1,]", "{\"a\":1,}", "\"\\x\"", "[\"\n\"]", "01x"})
            QCOMPARE(streamErrorOf(text), errorOf(text));
        QVERIFY(!errorOf("[tru]").empty());
    }
    void enteredContainers() {
        aifp::json::StreamReader r(std::string_view(R"( {"a": [1, {"b": null}, []], "c": {}} )"));
        QVERIFY(r.peek() == aifp::json::StreamReader::Next::Object);
        r.beginObject();
        std::string key;
        QVERIFY(r.nextKey(key) && key == "a");
        r.beginArray();
        QVERIFY(r.nextElement());
        QCOMPARE(r.value(), Value(1));
        QVERIFY(r.nextElement());
        QCOMPARE(aifp::json::write(r.value(), -1), std::string(R"({"b":null})"));
        QVERIFY(r.nextElement());
        r.skipValue();
        QVERIFY(!r.nextElement());
        QVERIFY(r.nextKey(key) && key == "c");
        QCOMPARE(aifp::json::write(r.value(), -1), std::string("{}"));
        QVERIFY(!r.nextKey(key));
        r.finish();
    }
    void writerMatchesWrite() {
        const Value doc = aifp::json::parse(
            R"({"a": [1, 2.5, "x", null, true, [], {}], "b": {"c": [{"d": 9007199254740993}]}})");
        for (int indent : {-1, 0, 2, 4}) {
            std::ostringstream out;
            aifp::json::StreamWriter w(out, indent);
            w.beginObject();
            w.key("a");
            w.beginArray();
            w.value(1);
            w.value(2.5);
            w.value("x");
            w.null();
            w.value(true);
            w.beginArray();
            w.endArray();
            w.beginObject();
            w.endObject();
            w.endArray();
            w.key("b");
            w.value(*doc.find("b"));
            w.endObject();
            w.flush();
            QCOMPARE(out.str(), aifp::json::write(doc, indent));
        }
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "test_json.moc"
