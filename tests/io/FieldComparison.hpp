#pragma once
// Field-by-field comparison of designs, walking the field descriptions of core/io/EntityFields.hpp:
// a field added to a description is compared by every round-trip test (project file and JSON),
// and a failure names the object and the field (operator== alone would not).
#include "core/io/EntityFields.hpp"
#include <QTest>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace aifp::testing {

// The number of members of an aggregate (a PointM member counts once): T{m1, ..., mn} compiles
// for n up to it. Each argument converts to a reference to any type, so no constructor of a
// member type (std::string, std::vector) makes the conversion ambiguous.
struct AnyMember {
    template <class U> operator U&() const noexcept; // declared only: used unevaluated
};
template <class T, class... A> constexpr std::size_t aggregateArity() {
    if constexpr (requires { T{A{}..., AnyMember{}}; })
        return aggregateArity<T, A..., AnyMember>();
    else
        return sizeof...(A);
}

// The number of members T's description names.
template <class T> constexpr std::size_t describedMembers() {
    return std::tuple_size_v<std::decay_t<decltype(fields::Entity<T>::fields)>>;
}

// Every member of each T is described (a member added to the struct but not to its description
// would be neither saved nor exported).
template <class... T> constexpr bool everyMemberDescribed() {
    return ((describedMembers<T>() == aggregateArity<T>()) && ...);
}

// The key of a field ("id" for the object's own id).
template <class F> const char* fieldKey(const F& f) {
    if constexpr (requires { f.key; })
        return f.key;
    else
        return "id";
}

// The same value (a number that is none, NaN, is the same as another none).
template <class V> bool sameValue(const V& a, const V& b) {
    if constexpr (std::is_same_v<V, double>)
        return a == b || (std::isnan(a) && std::isnan(b));
    else
        return a == b;
}

template <class T> void compareFields(const T& a, const T& b, const std::string& where);

// The entries of an Entries field, key by key and field by field.
template <class V>
void compareEntries(const std::map<std::string, V>& a, const std::map<std::string, V>& b,
                    const std::string& where) {
    QVERIFY2(a.size() == b.size(), (where + ": not as many entries").c_str());
    for (const auto& [key, entry] : a) {
        const auto it = b.find(key);
        QVERIFY2(it != b.end(), (where + "." + key + " is missing").c_str());
        compareFields(entry, it->second, where + "." + key);
    }
}

// a and b have the same value in every described field; where names the object ("halls[2]").
template <class T> void compareFields(const T& a, const T& b, const std::string& where) {
    fields::forEachField<T>([&](const auto& f) {
        if constexpr (fields::isEntries<std::decay_t<decltype(f)>>) {
            compareEntries(a.*f.member, b.*f.member, where + "." + f.key);
        } else {
            const std::string what = where + "." + fieldKey(f) + " differs";
            QVERIFY2(sameValue(a.*f.member, b.*f.member), what.c_str());
        }
    });
}

template <class T> void compareObjects(const std::vector<T>& a, const std::vector<T>& b) {
    const char* list = fields::Entity<T>::list;
    QVERIFY2(a.size() == b.size(), (std::string(list) + ": not as many objects").c_str());
    for (std::size_t i = 0; i < a.size(); ++i)
        compareFields(a[i], b[i], std::string(list) + "[" + std::to_string(i) + "]");
}

// Two designs, part by part: site, settings, document control, the object lists, the lists
// keyed by text, the assumption overrides and next_id.
inline void compareDescribedFields(const Design& a, const Design& b) {
    compareFields(a.site, b.site, fields::Entity<Site>::json);
    compareFields(a.settings, b.settings, fields::Entity<DesignSettings>::json);
    compareFields(a.document, b.document, fields::Entity<DocumentControl>::json);
    auto compareList = [&b](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        compareObjects(objects, b.*fields::Entity<T>::objects);
    };
    fields::forEachObjectList(a, compareList);
    fields::forEachKeyedList(a, compareList);
    const fields::NumberMap& overrides = fields::kAssumptionOverrides;
    QVERIFY2(a.*overrides.member == b.*overrides.member,
             (std::string(overrides.json) + " differ").c_str());
    QVERIFY2(a.nextId == b.nextId, "next_id differs");
}

// Some object of the list holds a value other than the default in each described field (else a
// round trip that dropped the field would still pass), and so do the entries of its Entries
// fields; name names the list.
template <class T>
void requireNonDefaultValues(const std::vector<T>& objects, const std::string& name) {
    const T fresh{};
    fields::forEachField<T>([&](const auto& f) {
        bool differs = false;
        for (const T& o : objects)
            differs = differs || !sameValue(o.*f.member, fresh.*f.member);
        const std::string what = name + "." + fieldKey(f) + ": only default values";
        QVERIFY2(differs, what.c_str());
        if constexpr (fields::isEntries<std::decay_t<decltype(f)>>) {
            using V = typename std::decay_t<decltype(fresh.*f.member)>::mapped_type;
            std::vector<V> entries;
            for (const T& o : objects)
                for (const auto& [key, entry] : o.*f.member)
                    entries.push_back(entry);
            requireNonDefaultValues(entries, name + "." + f.key);
        }
    });
}

inline void requireNonDefaultValues(const Design& d) {
    requireNonDefaultValues(std::vector<Site>{d.site}, fields::Entity<Site>::json);
    requireNonDefaultValues(std::vector<DesignSettings>{d.settings},
                            fields::Entity<DesignSettings>::json);
    requireNonDefaultValues(std::vector<DocumentControl>{d.document},
                            fields::Entity<DocumentControl>::json);
    auto requireList = [](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        requireNonDefaultValues(objects, fields::Entity<T>::list);
    };
    fields::forEachObjectList(d, requireList);
    fields::forEachKeyedList(d, requireList);
    QVERIFY2(!(d.*fields::kAssumptionOverrides.member).empty(), "no assumption overrides");
}

} // namespace aifp::testing
