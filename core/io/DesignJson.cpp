#include "core/io/DesignJson.hpp"
#include "core/io/DesignCheck.hpp"
#include "core/io/EntityFields.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/util/CivilDate.hpp"
#include "core/util/JsonStream.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace aifp {

// ---------------------------------------------------------------------------------------------
// Writing: entity by entity, straight to the stream (no tree of the document in memory).
// ---------------------------------------------------------------------------------------------
namespace {

using json::StreamWriter;
using json::Value;

void writePoint(StreamWriter& w, const PointM& p) {
    w.beginObject();
    w.field("x_m", p.xM);
    w.field("y_m", p.yM);
    w.field("z_m", p.zM);
    w.endObject();
}

void writeRoute(StreamWriter& w, std::string_view key, const std::vector<PointM>& route) {
    w.key(key);
    w.beginArray();
    for (const PointM& p : route)
        writePoint(w, p);
    w.endArray();
}

void writeStrings(StreamWriter& w, std::string_view key, const std::vector<std::string>& items) {
    w.key(key);
    w.beginArray();
    for (const auto& s : items)
        w.value(s);
    w.endArray();
}

// Writes the fields of one object (a hall, the site, ...) as its description lists them.
template <class T> struct FieldWriter {
    StreamWriter& w;
    const T& o;

    void operator()(const fields::Id<T>& f) const { w.field("id", o.*f.member); }
    void operator()(const fields::Ref<T>& f) const { w.field(f.key, o.*f.member); }
    void operator()(const fields::Text<T>& f) const {
        if (f.writeEmpty || !(o.*f.member).empty())
            w.field(f.key, o.*f.member);
    }
    void operator()(const fields::CatalogRef<T>& f) const { w.field(f.key, o.*f.member); }
    void operator()(const fields::Number<T>& f) const { w.field(f.key, o.*f.member); }
    void operator()(const fields::OptionalNumber<T>& f) const {
        w.key(f.key);
        const double v = o.*f.member;
        std::isnan(v) ? w.null() : w.value(v);
    }
    void operator()(const fields::Integer<T>& f) const { w.field(f.key, o.*f.member); }
    void operator()(const fields::Flag<T>& f) const { w.field(f.key, o.*f.member); }
    template <class E> void operator()(const fields::Choice<T, E>& f) const {
        w.field(f.key, toString(o.*f.member));
    }
    void operator()(const fields::Point<T>& f) const {
        w.key(f.key);
        writePoint(w, o.*f.member);
    }
    void operator()(const fields::Route<T>& f) const { writeRoute(w, f.key, o.*f.member); }
    void operator()(const fields::Key<T>& f) const { w.field(f.key, o.*f.member); }
    void operator()(const fields::Texts<T>& f) const { writeStrings(w, f.key, o.*f.member); }
    template <class E> void operator()(const fields::OptionalChoice<T, E>& f) const {
        w.key(f.key);
        const std::optional<E>& v = o.*f.member;
        v ? w.value(toString(*v)) : w.null();
    }
    template <class V> void operator()(const fields::Entries<T, V>& f) const;
};

template <class T> void writeFields(StreamWriter& w, const T& o) {
    w.beginObject();
    fields::forEachField<T>(FieldWriter<T>{w, o});
    w.endObject();
}

template <class T>
template <class V>
void FieldWriter<T>::operator()(const fields::Entries<T, V>& f) const {
    w.key(f.key);
    w.beginObject();
    for (const auto& [key, entry] : o.*f.member) {
        w.key(key);
        writeFields(w, entry);
    }
    w.endObject();
}

// A list of the design (its objects or entries), under its name.
template <class T> void writeList(StreamWriter& w, const std::vector<T>& items) {
    w.key(fields::Entity<T>::list);
    w.beginArray();
    for (const T& item : items)
        writeFields(w, item);
    w.endArray();
}

} // namespace

void writeDesignJson(const Design& d, std::ostream& out) {
    StreamWriter w(out);
    w.beginObject();
    w.field("format", "aifp-design");
    w.field("version", kDesignJsonVersion);
    fields::forEachPart(d, [&w](const auto& part) {
        w.key(fields::Entity<std::decay_t<decltype(part)>>::json);
        writeFields(w, part);
    });
    fields::forEachObjectList(d, [&w](const auto& list) { writeList(w, list); });
    writeList(w, d.userCatalog);
    w.key(fields::kAssumptionOverrides.json);
    w.beginObject();
    for (const auto& [key, value] : d.*fields::kAssumptionOverrides.member)
        w.field(key, value);
    w.endObject();
    writeList(w, d.ownedEquipment);
    writeList(w, d.userModels);
    w.field("next_id", d.nextId);
    w.endObject();
    w.flush();
}

json::Value designToJson(const Design& d) {
    // The tree is read back from the streamed text, so the two forms can never differ.
    std::ostringstream text;
    writeDesignJson(d, text);
    return json::parse(text.view());
}

// ---------------------------------------------------------------------------------------------
// Reading: one top-level member (and one list element) at a time, in document order.
// ---------------------------------------------------------------------------------------------
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw DesignJsonError(path + ": " + what);
}

std::string numberText(double d) {
    return json::write(Value(d), -1);
}

std::string describe(const Value& v) {
    if (v.isNull())
        return "null";
    if (v.isBool())
        return v.asBool() ? "true" : "false";
    if (v.isNumber())
        return "the number " + json::write(v, -1);
    if (v.isString())
        return "the string " + json::write(v, -1);
    if (v.isArray())
        return "a list";
    return "an object";
}

enum class Range { Any, NonNegative, Positive, Fraction };

// The checks below take the field's path as a function (path() -> std::string): it is only
// spelled out for a message, not for each of the million numbers of a gigawatt design.
template <class Path> double checkNumber(const Value& v, const Path& path, Range range) {
    if (!v.isNumber())
        fail(path(), "expected a number, got " + describe(v));
    const double d = v.asNumber();
    if (!std::isfinite(d))
        fail(path(), "not a finite number");
    switch (range) {
    case Range::Any:
        break;
    case Range::NonNegative:
        if (d < 0)
            fail(path(), numberText(d) + " is negative");
        break;
    case Range::Positive:
        if (!(d > 0))
            fail(path(), "must be > 0 (got " + numberText(d) + ")");
        break;
    case Range::Fraction:
        if (!(d > 0 && d <= 1))
            fail(path(), "must be > 0 and <= 1 (got " + numberText(d) + ")");
        break;
    }
    return d;
}

template <class Path> int checkInteger(const Value& v, const Path& path, int minimum) {
    const double d = checkNumber(v, path, Range::Any);
    if (d != std::floor(d) || std::fabs(d) > 2147483647.0)
        fail(path(), json::write(v, -1) + " is not a whole number");
    if (d < minimum)
        fail(path(), numberText(d) + " is less than " + std::to_string(minimum));
    return static_cast<int>(d);
}

// A reference: 0 (none) or an id up to limits::kMaxId (2^53). An integer literal is exact (2^53 + 1
// is refused, not rounded); a whole number written with an exponent (1e+05) is taken as well.
template <class Path> ObjectId checkReference(const Value& v, const Path& path) {
    const double d = checkNumber(v, path, Range::Any);
    const bool valid =
        v.isInteger()
            ? v.asInteger() >= 0 && static_cast<std::uint64_t>(v.asInteger()) <= limits::kMaxId
            : d >= 0 && d == std::floor(d) && d <= static_cast<double>(limits::kMaxId);
    if (!valid)
        fail(path(), json::write(v, -1) + " is not a valid id (a whole number from 0 to 2^53)");
    return v.isInteger() ? static_cast<ObjectId>(v.asInteger()) : static_cast<ObjectId>(d);
}

// One JSON object being read: every key must be read once; the others are reported. Its path
// ("racks[3].center") is only spelled out for a message.
class Reader {
public:
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

    // parent: the object this one is a member of (nullptr at the top); key: the member's name
    // ("" for the document); index: the element of the member's list, or kNoIndex.
    Reader(const Value& v, const Reader* parent, std::string_view key, std::size_t index = kNoIndex)
        : parent_(parent), key_(key), index_(index) {
        if (!v.isObject()) {
            const std::string p = path();
            fail(p.empty() ? "(document)" : p, "expected an object, got " + describe(v));
        }
        obj_ = &v.asObject();
        if (obj_->size() > 64)
            many_.assign(obj_->size(), false);
    }

    std::string path() const {
        std::string p = parent_ ? parent_->path() : std::string();
        if (!p.empty() && !key_.empty())
            p += '.';
        p += key_;
        if (index_ != kNoIndex)
            p += "[" + std::to_string(index_) + "]";
        return p;
    }
    std::string at(std::string_view key) const {
        std::string p = path();
        if (!p.empty())
            p += '.';
        return p += key;
    }

    const Value* get(std::string_view key) {
        for (std::size_t i = 0; i < obj_->size(); ++i)
            if ((*obj_)[i].first == key) {
                markUsed(i);
                return &(*obj_)[i].second;
            }
        return nullptr;
    }

    double number(std::string_view key, double fallback, Range range = Range::Any) {
        const Value* v = get(key);
        return v ? checkNumber(
                       *v, [&] { return at(key); }, range)
                 : fallback;
    }
    int integer(std::string_view key, int fallback, int minimum) {
        const Value* v = get(key);
        return v ? checkInteger(
                       *v, [&] { return at(key); }, minimum)
                 : fallback;
    }
    // The text at key, or nullptr when the key is absent; another type is an error.
    const std::string* text(std::string_view key) {
        const Value* v = get(key);
        if (v && !v->isString())
            fail(at(key), "expected a string, got " + describe(*v));
        return v ? &v->asString() : nullptr;
    }
    std::string string(std::string_view key, const std::string& fallback) {
        const std::string* s = text(key);
        return s ? *s : fallback;
    }
    bool boolean(std::string_view key, bool fallback) {
        const Value* v = get(key);
        if (v && !v->isBool())
            fail(at(key), "expected true or false, got " + describe(*v));
        return v ? v->asBool() : fallback;
    }
    template <class E> E enumValue(std::string_view key, E fallback) {
        const std::string* s = text(key);
        E out = fallback;
        if (s && !fromString(*s, out))
            fail(at(key), "unknown value '" + *s + "'");
        return out;
    }
    // An id (required: ids are what references and the file rely on).
    ObjectId id(std::string_view key) {
        const ObjectId v = reference(key, true);
        if (v == kNoId)
            fail(at(key), "must be a positive id, not 0");
        return v;
    }
    // A reference: 0 (none) or an id. required: absent is an error.
    ObjectId reference(std::string_view key, bool required) {
        const Value* v = get(key);
        if (!v) {
            if (required)
                fail(at(key), "missing");
            return kNoId;
        }
        return checkReference(*v, [&] { return at(key); });
    }
    PointM pointValue(std::string_view key) {
        const Value* v = get(key);
        return v ? readPoint(*v, this, key, kNoIndex) : PointM{};
    }
    std::vector<PointM> routeValue(std::string_view key) {
        std::vector<PointM> out;
        const Value* v = get(key);
        if (!v)
            return out;
        if (!v->isArray())
            fail(at(key), "expected a list of points, got " + describe(*v));
        out.reserve(v->asArray().size());
        for (std::size_t i = 0; i < v->asArray().size(); ++i)
            out.push_back(readPoint(v->asArray()[i], this, key, i));
        return out;
    }
    std::vector<std::string> stringList(std::string_view key) {
        std::vector<std::string> out;
        const Value* v = get(key);
        if (!v)
            return out;
        if (!v->isArray())
            fail(at(key), "expected a list of strings, got " + describe(*v));
        for (std::size_t i = 0; i < v->asArray().size(); ++i) {
            const Value& s = v->asArray()[i];
            if (!s.isString())
                fail(at(key) + "[" + std::to_string(i) + "]",
                     "expected a string, got " + describe(s));
            out.push_back(s.asString());
        }
        return out;
    }

    // Reports the first key that was never asked for.
    void finish() const {
        for (std::size_t i = 0; i < obj_->size(); ++i)
            if (!isUsed(i))
                fail(at((*obj_)[i].first), "unknown key");
    }

private:
    static PointM readPoint(const Value& v, const Reader* parent, std::string_view key,
                            std::size_t index) {
        Reader r(v, parent, key, index);
        PointM p;
        p.xM = r.number("x_m", 0.0);
        p.yM = r.number("y_m", 0.0);
        p.zM = r.number("z_m", 0.0);
        r.finish();
        return p;
    }

    void markUsed(std::size_t i) {
        if (many_.empty())
            used_ |= std::uint64_t{1} << i;
        else
            many_[i] = true;
    }
    bool isUsed(std::size_t i) const {
        return many_.empty() ? (used_ >> i & 1) != 0 : static_cast<bool>(many_[i]);
    }

    const Reader* parent_;
    std::string_view key_;
    std::size_t index_;
    const Value::Object* obj_ = nullptr;
    std::uint64_t used_ = 0; // objects of up to 64 keys
    std::vector<bool> many_; // larger ones
};

// The top-level lists of a design document.
constexpr const char* kLists[] = {
    fields::Entity<Hall>::list,           fields::Entity<Row>::list,
    fields::Entity<Rack>::list,           fields::Entity<PowerNode>::list,
    fields::Entity<PowerLink>::list,      fields::Entity<CoolingNode>::list,
    fields::Entity<Pipe>::list,           fields::Entity<NetworkSwitch>::list,
    fields::Entity<NetworkLink>::list,    fields::Entity<CatalogEntry>::list,
    fields::Entity<OwnedEquipment>::list, fields::Entity<UserModel>::list};

// What an id names and where it was defined (for messages): 8 bytes, one per id of the design.
struct Defined {
    std::uint8_t kind = 0; // an ObjectKind; 0 (None): no object has this id
    std::uint8_t list = 0; // kLists[list][index]
    std::uint32_t index = 0;

    ObjectKind objectKind() const { return static_cast<ObjectKind>(kind); }
    std::string path() const {
        return std::string(kLists[list]) + "[" + std::to_string(index) + "]";
    }
};

// Every id of the design. Ids are mostly dense (1..next_id, in any order), so they index a
// vector; an id far beyond the others (more than 4 x the ids so far + 2^20) goes to a hash map.
class IdTable {
public:
    // The earlier definition of id, or nullptr.
    const Defined* find(ObjectId id) const {
        if (id < dense_.size() && dense_[id].kind != 0)
            return &dense_[id];
        // Also when the dense part has grown over it since.
        const auto it = sparse_.find(id);
        return it == sparse_.end() ? nullptr : &it->second;
    }
    // Records id unless it is already defined; returns the earlier definition then.
    const Defined* define(ObjectId id, const Defined& where) {
        if (const Defined* earlier = find(id))
            return earlier;
        ++count_;
        if (id >= dense_.size() && id <= 4 * count_ + (std::size_t{1} << 20))
            dense_.resize(std::max<std::size_t>(id + 1, 2 * dense_.size()));
        if (id < dense_.size())
            dense_[id] = where;
        else
            sparse_.emplace(id, where);
        return nullptr;
    }

private:
    std::vector<Defined> dense_;
    std::unordered_map<ObjectId, Defined> sparse_;
    std::size_t count_ = 0;
};

// What the reading of a design holds between members: the design so far, the ids, and the
// checks that need the whole document (references may point forwards; catalog ids may name
// entries of the user catalog, which our files write near the end).
class DesignImport {
public:
    explicit DesignImport(const Catalog& builtin) : builtin_(builtin) {}

    // The name of the top-level list key (a string that lives as long as the program), or
    // nullptr when key is not one.
    static const char* listName(std::string_view key) {
        for (const char* k : kLists)
            if (key == k)
                return k;
        return nullptr;
    }

    // A top-level member that is not a list (a list key given something else, too).
    void member(const std::string& key, const Value& v);
    // Element index of the top-level list named list (a name listName gave).
    void element(const char* list, std::size_t index, const Value& v);
    // After the last element of a list.
    void listDone(const char* list);
    // After the last member: what needs the whole document, then the domain check.
    Design finish();

private:
    template <class T> friend struct FieldReader;

    void readFormat(const Value& v);
    void readVersion(const Value& v);
    // The site, the settings or the document control: the fields present replace the defaults.
    template <class T> void readPart(const Value& v, T& part);
    void readAssumptionOverrides(const Value& v);
    // An object or entry of one of the design's lists.
    template <class T> void readObject(Reader& r, std::vector<T>& list);

    ObjectId define(Reader& r, ObjectKind kind);
    // The key of an entry of the list named list: not empty, not used before in that list.
    void key(Reader& r, const char* key, const std::string& value, const char* list);
    void completeCatalog();
    ObjectId ref(Reader& r, const char* key, bool required, std::vector<ObjectKind> kinds);
    void catalogId(Reader& r, const std::string& id, const char* category, bool required,
                   const char* key = "catalog_id");
    void checkCatalogUse(const std::string& path, const std::string& id,
                         const char* category) const;

    const Catalog& builtin_;
    Design d_;
    std::uint8_t list_ = 0; // the element being read: kLists[list_][index_]
    std::size_t index_ = 0;
    bool sawFormat_ = false;
    bool sawVersion_ = false;
    bool sawNextId_ = false;
    std::string firstUnknownKey_;
    // The keys of the entries so far, by list; the catalog once the user catalog is complete.
    std::unordered_map<std::string_view, std::unordered_set<std::string>> keys_;
    std::optional<Catalog> catalog_;
    // Catalog ids named before the user catalog was complete: checked once it is (the end of
    // the user_catalog list, or finish() when there is none).
    struct CatalogUse {
        std::string path;
        std::string id;
        const char* category;
    };
    std::vector<CatalogUse> catalogUses_;
    IdTable ids_;
    ObjectId maxId_ = 0;
    // References to objects not (yet) defined with the right kind: checked in finish().
    struct Ref {
        std::string path;
        ObjectId id;
        std::vector<ObjectKind> kinds;
    };
    std::vector<Ref> refs_;
};

// Reads the fields of one object into o, as its description lists them; an absent key keeps
// the value o has (the model's default). Checks what one field can say about itself: its type,
// the sign or range the description gives, references and catalog ids (at the end of the
// document when they point forwards); the domain check completes the ranges.
template <class T> struct FieldReader {
    DesignImport& d;
    Reader& r;
    T& o;

    void operator()(const fields::Id<T>& f) const {
        o.*f.member = d.define(r, fields::Entity<T>::kind);
    }
    void operator()(const fields::Ref<T>& f) const {
        std::vector<ObjectKind> kinds{f.to};
        if (f.orTo != ObjectKind::None)
            kinds.push_back(f.orTo);
        o.*f.member = d.ref(r, f.key, f.required, std::move(kinds));
    }
    void operator()(const fields::Text<T>& f) const {
        const std::string& v =
            o.*f.member = r.string(f.key, f.absentCopies ? o.*f.absentCopies : o.*f.member);
        using fields::TextRule;
        const bool dateRule =
            f.rule == TextRule::IsoDate || (f.rule == TextRule::OptionalIsoDate && !v.empty());
        if (dateRule && !isValidIsoDate(v))
            fail(r.at(f.key), "'" + v + "' is not a date (YYYY-MM-DD)");
        if (f.rule == TextRule::Delivery && !fields::isDeliveryName(v))
            fail(r.at(f.key),
                 "unknown value '" + v + "' (expected " + fields::deliveryChoices() + ")");
        if (f.rule == TextRule::CurrencyCode && v.empty())
            fail(r.at(f.key), "empty (expected a currency code such as USD or EUR)");
        if (f.rule == TextRule::NotEmptyOnImport && v.empty())
            fail(r.at(f.key), "missing or empty");
    }
    void operator()(const fields::Key<T>& f) const {
        const std::string& v = o.*f.member = r.string(f.key, "");
        d.key(r, f.key, v, fields::Entity<T>::list);
    }
    void operator()(const fields::Texts<T>& f) const { o.*f.member = r.stringList(f.key); }
    template <class E> void operator()(const fields::OptionalChoice<T, E>& f) const {
        if (const Value* v = r.get(f.key); v && v->isNull())
            o.*f.member = std::nullopt;
        else if (v)
            o.*f.member = r.enumValue(f.key, E{});
    }
    // Entries keyed by text: an object of objects.
    template <class V> void operator()(const fields::Entries<T, V>& f) const {
        const Value* v = r.get(f.key);
        if (!v)
            return;
        if (!v->isObject())
            fail(r.at(f.key), "expected an object, got " + describe(*v));
        const Reader all(*v, &r, f.key);
        std::map<std::string, V>& entries = o.*f.member;
        for (const auto& [key, value] : v->asObject()) {
            Reader entryReader(value, &all, key);
            V entry;
            fields::forEachField<V>(FieldReader<V>{d, entryReader, entry});
            entryReader.finish();
            if (!entries.emplace(key, std::move(entry)).second)
                fail(entryReader.path(), "is listed twice");
        }
    }
    void operator()(const fields::CatalogRef<T>& f) const {
        o.*f.member = r.string(f.key, o.*f.member);
        d.catalogId(r, o.*f.member, f.category, f.required, f.key);
    }
    void operator()(const fields::Number<T>& f) const {
        const double v = o.*f.member = r.number(f.key, o.*f.member, rangeOf(f));
        if (f.requiredInJson && !r.get(f.key))
            fail(r.at(f.key), "missing");
        if (f.importChecksRange && (v < f.lo || v > f.hi))
            fail(r.at(f.key),
                 numberText(v) + " is not within " + numberText(f.lo) + ".." + numberText(f.hi));
    }
    void operator()(const fields::OptionalNumber<T>& f) const {
        if (const Value* v = r.get(f.key))
            o.*f.member = v->isNull() ? std::numeric_limits<double>::quiet_NaN()
                                      : checkNumber(
                                            *v, [&] { return r.at(f.key); }, Range::Any);
    }
    void operator()(const fields::Integer<T>& f) const {
        const int v = o.*f.member = r.integer(f.key, o.*f.member, f.lo);
        if (f.lessThan && v >= o.*f.lessThan)
            fail(r.at(f.key), std::to_string(v) + " must be less than " + f.lessThanKey + " (" +
                                  std::to_string(o.*f.lessThan) + ")");
        if (f.importMaxUnit && v > f.hi)
            fail(r.at(f.key), std::to_string(v) + " is more than " + std::to_string(f.hi) + " " +
                                  f.importMaxUnit);
    }
    void operator()(const fields::Flag<T>& f) const {
        o.*f.member = r.boolean(f.key, f.absentIsTrue || o.*f.member);
    }
    template <class E> void operator()(const fields::Choice<T, E>& f) const {
        o.*f.member = r.enumValue(f.key, o.*f.member);
    }
    void operator()(const fields::Point<T>& f) const { o.*f.member = r.pointValue(f.key); }
    void operator()(const fields::Route<T>& f) const { o.*f.member = r.routeValue(f.key); }

    // The sign the import checks; the domain check adds the upper bounds.
    static Range rangeOf(const fields::Number<T>& f) {
        switch (f.domain) {
        case fields::Domain::Positive:
            return Range::Positive;
        case fields::Domain::Fraction:
            return Range::Fraction;
        case fields::Domain::Range:
            break;
        }
        return f.lo == 0.0 ? Range::NonNegative : Range::Any;
    }
};

template <class T> void DesignImport::readPart(const Value& v, T& part) {
    Reader r(v, nullptr, fields::Entity<T>::json);
    fields::forEachField<T>(FieldReader<T>{*this, r, part});
    r.finish();
}

template <class T> void DesignImport::readObject(Reader& r, std::vector<T>& list) {
    T o;
    fields::forEachField<T>(FieldReader<T>{*this, r, o});
    list.push_back(std::move(o));
}

void DesignImport::member(const std::string& key, const Value& v) {
    if (listName(key))
        fail(key, "expected a list, got " + describe(v));
    if (key == "format")
        readFormat(v);
    else if (key == "version")
        readVersion(v);
    else if (key == fields::Entity<Site>::json)
        readPart(v, d_.site);
    else if (key == fields::Entity<DesignSettings>::json)
        readPart(v, d_.settings);
    else if (key == fields::Entity<DocumentControl>::json)
        readPart(v, d_.document);
    else if (key == fields::kAssumptionOverrides.json)
        readAssumptionOverrides(v);
    else if (key == "next_id") {
        sawNextId_ = true;
        d_.nextId = checkReference(v, [] { return std::string("next_id"); });
    } else if (firstUnknownKey_.empty())
        firstUnknownKey_ = key; // reported at the end, as the other keys may say more
}

void DesignImport::element(const char* list, std::size_t index, const Value& v) {
    Reader r(v, nullptr, list, index);
    list_ = static_cast<std::uint8_t>(std::find(std::begin(kLists), std::end(kLists), list) -
                                      std::begin(kLists));
    index_ = index;
    const std::string_view l = list;
    auto readIfNamed = [&](auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        if (l == fields::Entity<T>::list)
            readObject(r, objects);
    };
    fields::forEachObjectList(d_, readIfNamed);
    fields::forEachKeyedList(d_, readIfNamed);
    r.finish();
}

void DesignImport::listDone(const char* list) {
    if (std::string_view(list) == fields::Entity<CatalogEntry>::list)
        completeCatalog();
}

// The catalog ids named so far are checked once the user catalog is known.
void DesignImport::completeCatalog() {
    if (catalog_)
        return;
    catalog_ = builtin_.withUserEntries(d_.userCatalog);
    for (const CatalogUse& use : catalogUses_)
        checkCatalogUse(use.path, use.id, use.category);
    catalogUses_.clear();
    catalogUses_.shrink_to_fit();
}

void DesignImport::readFormat(const Value& format) {
    sawFormat_ = true;
    if (!format.isString() || format.asString() != "aifp-design")
        fail("format", "expected \"aifp-design\", got " + describe(format));
}

void DesignImport::readVersion(const Value& v) {
    sawVersion_ = true;
    const int version = checkInteger(
        v, [] { return std::string("version"); }, 0);
    if (version > kDesignJsonVersion)
        fail("version", "written by a newer version of AI Factory Planner (version " +
                            std::to_string(version) + "; this program reads up to " +
                            std::to_string(kDesignJsonVersion) + ")");
    if (version < 1)
        fail("version", std::to_string(version) + " is not a valid version");
}

void DesignImport::readAssumptionOverrides(const Value& overrides) {
    const fields::NumberMap& map = fields::kAssumptionOverrides;
    if (!overrides.isObject())
        fail(map.json, "expected an object, got " + describe(overrides));
    std::map<std::string, double>& values = d_.*map.member;
    for (const auto& [key, v] : overrides.asObject()) {
        const std::string path = std::string(map.json) + "." + key;
        if (key.empty())
            fail(path, "empty key");
        if (values.count(key))
            fail(path, "duplicate key");
        values[key] = checkNumber(
            v, [&] { return path; }, Range::Any);
    }
}

// Every id is unique in the design; remember where each was defined and what it is.
ObjectId DesignImport::define(Reader& r, ObjectKind kind) {
    const ObjectId id = r.id("id");
    if (const Defined* earlier = ids_.define(
            id, {static_cast<std::uint8_t>(kind), list_, static_cast<std::uint32_t>(index_)}))
        fail(r.at("id"), "duplicate id " + std::to_string(id) + " (also " + earlier->path() + ")");
    maxId_ = std::max(maxId_, id);
    return id;
}

void DesignImport::key(Reader& r, const char* key, const std::string& value, const char* list) {
    if (value.empty())
        fail(r.at(key), "missing or empty");
    if (!keys_[list].insert(value).second)
        fail(r.at(key), "'" + value + "' is listed twice");
}

// A reference to an object of one of kinds; one not (yet) defined as such is checked at the end
// (links may point forwards).
ObjectId DesignImport::ref(Reader& r, const char* key, bool required,
                           std::vector<ObjectKind> kinds) {
    const ObjectId id = r.reference(key, required);
    if (id == kNoId && required)
        fail(r.at(key), "must name an object, not 0");
    if (id == kNoId)
        return id;
    const Defined* target = ids_.find(id);
    if (!target || std::find(kinds.begin(), kinds.end(), target->objectKind()) == kinds.end())
        refs_.push_back({r.at(key), id, std::move(kinds)});
    return id;
}

void DesignImport::catalogId(Reader& r, const std::string& id, const char* category, bool required,
                             const char* key) {
    if (id.empty()) {
        if (required)
            fail(r.at(key), "missing or empty");
        return;
    }
    if (catalog_)
        checkCatalogUse(r.at(key), id, category);
    else
        catalogUses_.push_back({r.at(key), id, category});
}

void DesignImport::checkCatalogUse(const std::string& path, const std::string& id,
                                   const char* category) const {
    const CatalogEntry* e = catalog_->find(id);
    if (!e)
        fail(path, "unknown catalog id '" + id + "'");
    if (category && e->category != category)
        fail(path, "'" + id + "' is a " + e->category + ", not a " + category);
}

Design DesignImport::finish() {
    if (!sawFormat_)
        fail("format", "missing");
    if (!sawVersion_)
        fail("version", "missing");
    completeCatalog();
    if (sawNextId_) {
        if (d_.nextId <= maxId_)
            fail("next_id", std::to_string(d_.nextId) + " must be greater than the largest id (" +
                                std::to_string(maxId_) + ")");
    } else {
        d_.nextId = maxId_ + 1;
    }
    if (!firstUnknownKey_.empty())
        fail(firstUnknownKey_, "unknown key");
    for (const Ref& r : refs_) {
        const Defined* target = ids_.find(r.id);
        if (target &&
            std::find(r.kinds.begin(), r.kinds.end(), target->objectKind()) != r.kinds.end())
            continue;
        std::string wanted;
        for (std::size_t i = 0; i < r.kinds.size(); ++i)
            wanted += std::string(i == 0 ? "" : " or ") + toString(r.kinds[i]);
        if (!target)
            fail(r.path, "no " + wanted + " with id " + std::to_string(r.id));
        fail(r.path, "id " + std::to_string(r.id) + " is a " + toString(target->objectKind()) +
                         " (" + target->path() + "), not a " + wanted);
    }
    // The same domain check as a project file gets (limits, ranges, cycles, user systems).
    try {
        checkDesign(d_, builtin_, "");
    } catch (const DesignCheckError& e) {
        throw DesignJsonError(e.what());
    }
    return std::move(d_);
}

Design readDesign(json::StreamReader& reader, const Catalog& catalog) {
    using Next = json::StreamReader::Next;
    if (reader.peek() != Next::Object) {
        const Value doc = reader.value();
        reader.finish();
        fail("(document)", "expected an object, got " + describe(doc));
    }
    DesignImport design(catalog);
    reader.beginObject();
    std::string key;
    while (reader.nextKey(key)) {
        const char* list = DesignImport::listName(key);
        if (list && reader.peek() == Next::Array) {
            reader.beginArray();
            for (std::size_t i = 0; reader.nextElement(); ++i)
                design.element(list, i, reader.value());
            design.listDone(list);
        } else {
            design.member(key, reader.value());
        }
    }
    reader.finish();
    return design.finish();
}

} // namespace

Design designFromJson(const json::Value& doc, const Catalog& catalog) {
    if (!doc.isObject())
        fail("(document)", "expected an object, got " + describe(doc));
    DesignImport design(catalog);
    for (const auto& [key, v] : doc.asObject()) {
        const char* list = DesignImport::listName(key);
        if (list && v.isArray()) {
            for (std::size_t i = 0; i < v.asArray().size(); ++i)
                design.element(list, i, v.asArray()[i]);
            design.listDone(list);
        } else {
            design.member(key, v);
        }
    }
    return design.finish();
}

Design readDesignJson(std::istream& in, const Catalog& catalog) {
    json::StreamReader reader(in);
    return readDesign(reader, catalog);
}

Design readDesignJson(std::string_view text, const Catalog& catalog) {
    json::StreamReader reader(text);
    return readDesign(reader, catalog);
}

void exportDesignJsonFile(const Design& design, const std::string& path) {
    writeFileAtomically(path, [&](std::ostream& out) {
        writeDesignJson(design, out);
        out << '\n';
    });
}

Design importDesignJsonFile(const std::string& path, const Catalog& catalog) {
    RegularFileStream in(path, kMaxJsonInputBytes);
    return readDesignJson(in, catalog);
}

} // namespace aifp
