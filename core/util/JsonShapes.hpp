#pragma once
// The recurring shapes of the JSON the engines and the command line write, one way each: an
// object as a literal, a list of objects from a table, a count per kind, a value that may not be
// known. They build json::Value trees (core/util/Json.hpp); the bytes are json::write's.
#include "core/util/Json.hpp"
#include <optional>
#include <string>

namespace aifp::json {

// An object written as a literal, keys in the order given: json::object({{"id", t.id}, ...}).
// A key given twice is a programming error (std::logic_error), never a silently dropped field.
Value object(Value::Object fields);

// Sets fields on object in the order given, after those another writer set (as Value::set: a
// key already there keeps its place and takes the new value).
void setFields(Value& object, Value::Object fields);

// An array of items, each made into a value by toValue: a list of objects from a table.
template <class Range, class ToValue> Value arrayOf(const Range& items, ToValue toValue) {
    Value a = Value::array();
    for (const auto& item : items)
        a.push(toValue(item));
    return a;
}

// An array of items that are values as they are (strings, numbers).
template <class Range> Value arrayOf(const Range& items) {
    return arrayOf(items, [](const auto& item) { return Value(item); });
}

// An object of a map's entries in the map's order, each key made by keyOf (a count per kind).
template <class Map, class KeyOf> Value objectOf(const Map& entries, KeyOf keyOf) {
    Value o = Value::object();
    for (const auto& [key, value] : entries)
        o.set(keyOf(key), Value(value));
    return o;
}

// The same for a map whose keys are strings.
template <class Map> Value objectOf(const Map& entries) {
    return objectOf(entries, [](const std::string& key) { return key; });
}

// A value that may not be known: null when it is not.
template <class T> Value orNull(const std::optional<T>& v) {
    return v ? Value(*v) : Value();
}
template <class T> Value orNull(bool known, const T& v) {
    return known ? Value(v) : Value();
}

} // namespace aifp::json
