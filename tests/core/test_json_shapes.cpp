// core/util/JsonShapes.hpp: the shapes every JSON writer of the engines and the command line is
// built from, checked by the text json::write makes of them.
#include "core/util/JsonShapes.hpp"
#include <QTest>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using aifp::json::Value;
namespace json = aifp::json;

namespace {

struct Row {
    std::string name;
    double powerKw = 0.0;
};

std::string compact(const Value& v) {
    return json::write(v, -1);
}

} // namespace

class TestJsonShapes : public QObject {
    Q_OBJECT
private slots:
    void objectKeepsTheOrderGiven() {
        const Value v = json::object({{"b", 1}, {"a", "x"}, {"c", nullptr}, {"d", true}});
        QCOMPARE(compact(v), std::string(R"({"b":1,"a":"x","c":null,"d":true})"));
    }

    void objectRefusesAKeyGivenTwice() {
        QVERIFY_THROWS_EXCEPTION(std::logic_error, json::object({{"a", 1}, {"b", 2}, {"a", 3}}));
        QCOMPARE(compact(json::object({})), std::string("{}"));
    }

    void setFieldsAppendsAndReplacesInPlace() {
        Value v = json::object({{"first", 1}, {"second", 2}});
        json::setFields(v, {{"third", 3}, {"first", "one"}});
        QCOMPARE(compact(v), std::string(R"({"first":"one","second":2,"third":3})"));
    }

    void arrayOfATable() {
        const std::vector<Row> rows = {{"cdu", 1.5}, {"ups", 2.25}};
        const Value a = json::arrayOf(rows, [](const Row& r) {
            return json::object({{"name", r.name}, {"power_kw", r.powerKw}});
        });
        QCOMPARE(compact(a),
                 std::string(R"([{"name":"cdu","power_kw":1.5},{"name":"ups","power_kw":2.25}])"));
        QCOMPARE(compact(json::arrayOf(std::vector<Row>{}, [](const Row&) { return Value(); })),
                 std::string("[]"));
    }

    void arrayOfValues() {
        QCOMPARE(compact(json::arrayOf(std::vector<std::string>{"a", "b"})),
                 std::string(R"(["a","b"])"));
        // Unsigned ids above 2^53 stay exact.
        QCOMPARE(compact(json::arrayOf(std::vector<unsigned long long>{9007199254740993ULL, 7})),
                 std::string("[9007199254740993,7]"));
    }

    void objectOfCountsPerKind() {
        const std::map<std::string, int> byKind = {{"ups", 4}, {"cdu", 2}};
        QCOMPARE(compact(json::objectOf(byKind)), std::string(R"({"cdu":2,"ups":4})"));
        const std::map<int, std::size_t> byTier = {{2, 8}, {1, 32}};
        QCOMPARE(compact(json::objectOf(byTier,
                                        [](int tier) { return "tier_" + std::to_string(tier); })),
                 std::string(R"({"tier_1":32,"tier_2":8})"));
    }

    void orNull() {
        QCOMPARE(compact(json::orNull(std::optional<double>(2.5))), std::string("2.5"));
        QCOMPARE(compact(json::orNull(std::optional<double>())), std::string("null"));
        QCOMPARE(compact(json::orNull(true, std::string("2027-01-04"))),
                 std::string(R"("2027-01-04")"));
        QCOMPARE(compact(json::orNull(false, 3)), std::string("null"));
    }
};

QTEST_APPLESS_MAIN(TestJsonShapes)
#include "test_json_shapes.moc"
