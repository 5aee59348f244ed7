#pragma once
// Field-by-field comparison of designs, walking the field descriptions of core/io/EntityFields.hpp:
// a field added to a description is compared by every round-trip test (project file and JSON),
// and a failure names the object and the field (operator== alone would not).
#include "core/io/EntityFields.hpp"
#include <QTest>
#include <cstddef>
#include <string>

namespace aifp::testing {

// The number of members of an aggregate (a PointM member counts once): T{m1, ..., mn} compiles
// for n up to it. Each argument converts to a reference to any type, so no constructor of a
// member type (std::string, std::vector) makes the conversion ambiguous.
struct AnyMember {
    template <class U> constexpr operator U&() const noexcept;
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

// a and b have the same value in every described field; where names the object ("halls[2]").
template <class T> void compareFields(const T& a, const T& b, const std::string& where) {
    fields::forEachField<T>([&](const auto& f) {
        const std::string what = where + "." + fieldKey(f) + " differs";
        QVERIFY2(a.*f.member == b.*f.member, what.c_str());
    });
}

template <class T> void compareObjects(const std::vector<T>& a, const std::vector<T>& b) {
    const char* list = fields::Entity<T>::list;
    QVERIFY2(a.size() == b.size(), (std::string(list) + ": not as many objects").c_str());
    for (std::size_t i = 0; i < a.size(); ++i)
        compareFields(a[i], b[i], std::string(list) + "[" + std::to_string(i) + "]");
}

// The described parts of two designs: site, settings, document control and the object lists.
inline void compareDescribedFields(const Design& a, const Design& b) {
    compareFields(a.site, b.site, fields::Entity<Site>::json);
    compareFields(a.settings, b.settings, fields::Entity<DesignSettings>::json);
    compareFields(a.document, b.document, fields::Entity<DocumentControl>::json);
    fields::forEachObjectList(a, [&b](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        compareObjects(objects, b.*fields::Entity<T>::objects);
    });
}

// Some object of the list holds a value other than the default in each described field (else a
// round trip that dropped the field would still pass); name names the list.
template <class T> void requireNonDefaultValues(const std::vector<T>& objects, const char* name) {
    const T fresh{};
    fields::forEachField<T>([&](const auto& f) {
        bool differs = false;
        for (const T& o : objects)
            differs = differs || !(o.*f.member == fresh.*f.member);
        const std::string what = std::string(name) + "." + fieldKey(f) + ": only default values";
        QVERIFY2(differs, what.c_str());
    });
}

inline void requireNonDefaultValues(const Design& d) {
    requireNonDefaultValues(std::vector<Site>{d.site}, fields::Entity<Site>::json);
    requireNonDefaultValues(std::vector<DesignSettings>{d.settings},
                            fields::Entity<DesignSettings>::json);
    requireNonDefaultValues(std::vector<DocumentControl>{d.document},
                            fields::Entity<DocumentControl>::json);
    fields::forEachObjectList(d, [](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        requireNonDefaultValues(objects, fields::Entity<T>::list);
    });
}

} // namespace aifp::testing
