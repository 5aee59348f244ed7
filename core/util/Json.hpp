#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace aifp::json {

// A JSON value. Objects keep their keys in insertion order so output is stable and readable.
class Value {
public:
    using Array = std::vector<Value>;
    using Object = std::vector<std::pair<std::string, Value>>;

    Value() = default; // null
    Value(std::nullptr_t) {}
    Value(bool b) : data_(b) {}
    // Integers are held exactly as 64-bit signed integers (ids, counts); doubles are measurements.
    Value(int n) : data_(std::int64_t{n}) {}
    Value(long n) : data_(static_cast<std::int64_t>(n)) {}
    Value(long long n) : data_(static_cast<std::int64_t>(n)) {}
    Value(unsigned n) : data_(static_cast<std::int64_t>(n)) {}
    Value(unsigned long n) : data_(checkedInteger(n)) {}
    Value(unsigned long long n) : data_(checkedInteger(n)) {}
    Value(double d) : data_(d) {}
    Value(const char* s) : data_(std::string(s)) {}
    Value(std::string s) : data_(std::move(s)) {}
    Value(Array a) : data_(std::move(a)) {}
    Value(Object o) : data_(std::move(o)) {}

    static Value array() { return Value(Array{}); }
    static Value object() { return Value(Object{}); }

    bool isNull() const { return std::holds_alternative<std::monostate>(data_); }
    bool isBool() const { return std::holds_alternative<bool>(data_); }
    // Any number, integer or not.
    bool isNumber() const { return isInteger() || std::holds_alternative<double>(data_); }
    // A number written without fraction or exponent (or made from an integer type): exact.
    bool isInteger() const { return std::holds_alternative<std::int64_t>(data_); }
    bool isString() const { return std::holds_alternative<std::string>(data_); }
    bool isArray() const { return std::holds_alternative<Array>(data_); }
    bool isObject() const { return std::holds_alternative<Object>(data_); }

    bool asBool() const { return std::get<bool>(data_); }
    // The number as a double (an integer beyond 2^53 is rounded: use asInteger for ids).
    double asNumber() const {
        return isInteger() ? static_cast<double>(std::get<std::int64_t>(data_))
                           : std::get<double>(data_);
    }
    std::int64_t asInteger() const { return std::get<std::int64_t>(data_); }
    const std::string& asString() const { return std::get<std::string>(data_); }
    const Array& asArray() const { return std::get<Array>(data_); }
    Array& asArray() { return std::get<Array>(data_); }
    const Object& asObject() const { return std::get<Object>(data_); }
    Object& asObject() { return std::get<Object>(data_); }

    // Object access. find returns nullptr when absent (or when this is not an object).
    const Value* find(const std::string& key) const;
    // Sets key (replacing an existing value) and returns *this for chaining.
    Value& set(const std::string& key, Value v);
    // Appends to an array.
    Value& push(Value v);

    // Numbers compare by value: the integer 5 equals the double 5.0 (a whole number written as
    // 1e+05 reads back as a double); everything else compares by type and content.
    friend bool operator==(const Value& a, const Value& b);

private:
    // An unsigned value above 2^63 - 1 has no exact JSON form here: a programming error.
    static std::int64_t checkedInteger(unsigned long long n);

    std::variant<std::monostate, bool, std::int64_t, double, std::string, Array, Object> data_;
};

struct ParseError : std::runtime_error {
    ParseError(const std::string& what, int atLine, int atColumn)
        : std::runtime_error(what), line(atLine), column(atColumn) {}
    int line;
    int column;
};

// Parses RFC 8259 JSON (docs/file-format.md, "JSON numbers and text"). Throws ParseError with a
// line and column on malformed input, and refuses what RFC 8259 leaves open:
// - a number without fraction or exponent is an integer, held exactly as a 64-bit signed
//   integer; one outside -2^63..2^63-1 is refused (it cannot be held exactly); a number with a
//   fraction or exponent is a double;
// - a key twice in one object; invalid UTF-8 (overlong forms, surrogate code points, truncated
//   sequences, lone continuation bytes, above U+10FFFF); a \u escape of an unpaired surrogate;
// - nesting deeper than 256 levels.
Value parse(std::string_view text);

// Writes JSON. indent < 0: compact on one line; otherwise pretty-printed with that many spaces.
// Doubles are written in their shortest round-trip form; NaN and infinities are written as null.
// Integers from -2^53 to 2^53 are written as the double of the same value would be (so 100000
// is 1e+05, as files always had it), larger ones in all their digits.
std::string write(const Value& v, int indent = 2);

} // namespace aifp::json
