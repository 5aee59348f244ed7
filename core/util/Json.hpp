#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
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
    Value(int n) : data_(static_cast<double>(n)) {}
    Value(long n) : data_(static_cast<double>(n)) {}
    Value(long long n) : data_(static_cast<double>(n)) {}
    Value(unsigned n) : data_(static_cast<double>(n)) {}
    Value(unsigned long n) : data_(static_cast<double>(n)) {}
    Value(unsigned long long n) : data_(static_cast<double>(n)) {}
    Value(double d) : data_(d) {}
    Value(const char* s) : data_(std::string(s)) {}
    Value(std::string s) : data_(std::move(s)) {}
    Value(Array a) : data_(std::move(a)) {}
    Value(Object o) : data_(std::move(o)) {}

    static Value array() { return Value(Array{}); }
    static Value object() { return Value(Object{}); }

    bool isNull() const { return std::holds_alternative<std::monostate>(data_); }
    bool isBool() const { return std::holds_alternative<bool>(data_); }
    bool isNumber() const { return std::holds_alternative<double>(data_); }
    bool isString() const { return std::holds_alternative<std::string>(data_); }
    bool isArray() const { return std::holds_alternative<Array>(data_); }
    bool isObject() const { return std::holds_alternative<Object>(data_); }

    bool asBool() const { return std::get<bool>(data_); }
    double asNumber() const { return std::get<double>(data_); }
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

    friend bool operator==(const Value&, const Value&) = default;

private:
    std::variant<std::monostate, bool, double, std::string, Array, Object> data_;
};

struct ParseError : std::runtime_error {
    ParseError(const std::string& what, int atLine, int atColumn)
        : std::runtime_error(what), line(atLine), column(atColumn) {}
    int line;
    int column;
};

// Parses RFC 8259 JSON. Throws ParseError with a line and column on malformed input.
Value parse(const std::string& text);

// Writes JSON. indent < 0: compact on one line; otherwise pretty-printed with that many spaces.
// Numbers are written in their shortest round-trip form; NaN and infinities are written as null.
std::string write(const Value& v, int indent = 2);

} // namespace aifp::json
