#include "core/io/DesignCheck.hpp"
#include "core/io/EntityFields.hpp"
#include "core/util/CivilDate.hpp"
#include "core/util/MessageText.hpp"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace aifp {

namespace {

// One object under check: "<source>: <table> id <id>: <field>: <reason>". Nothing is formatted
// until a check fails: a gigawatt campus has about 700,000 objects and every one is checked on
// open, so the names of objects and fields are only built for the message.
class Where {
public:
    // An object keyed by id: "<table> id <id>".
    Where(const std::string& source, const char* table, ObjectId id)
        : source_(source), table_(table), id_(id), hasId_(true) {}
    // An object named by label ("class 'x'"), or the table's one row (label "").
    Where(const std::string& source, const char* table, std::string label)
        : source_(source), table_(table), label_(std::move(label)) {}
    // The same object, its fields named under prefix ("ratings.capacity_kw.").
    Where(const Where& owner, std::string prefix) : Where(owner) { prefix_ = std::move(prefix); }

    [[noreturn]] void fail(std::string_view field, const std::string& reason) const {
        std::string msg = source_.empty() ? std::string() : source_ + ": ";
        msg += table_;
        if (hasId_)
            msg += " id " + std::to_string(id_);
        else if (!label_.empty())
            msg += " " + label_;
        if (!field.empty())
            (msg += ": " + prefix_) += field;
        throw DesignCheckError(messageLine(msg + ": " + reason));
    }

    void text(std::string_view field, const std::string& value,
              std::size_t maxBytes = limits::kMaxNameBytes) const {
        if (value.size() > maxBytes)
            fail(field, "is " + std::to_string(value.size()) + " bytes long (the limit is " +
                            std::to_string(maxBytes) + ")");
        if (!isValidUtf8(value))
            fail(field, quotedValue(value) + " is not valid UTF-8 text");
        // Names and short texts are one line of printable text (no terminal escape codes);
        // notes may hold line breaks and tabs.
        for (const char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            const bool allowedInNotes =
                maxBytes > limits::kMaxNameBytes && (c == '\n' || c == '\t');
            if ((c < 0x20 || c == 0x7F) && !allowedInNotes)
                fail(field, quotedValue(value) + " contains a control character");
        }
    }
    void texts(std::string_view field, const std::vector<std::string>& values) const {
        std::size_t total = 0;
        for (const auto& v : values) {
            text(field, v);
            total += v.size();
        }
        if (total > limits::kMaxTextBytes)
            fail(field, "holds " + std::to_string(total) + " bytes (the limit is " +
                            std::to_string(limits::kMaxTextBytes) + ")");
    }
    void finite(std::string_view field, double v) const {
        if (!std::isfinite(v))
            fail(field, "is not a finite number");
    }
    void range(std::string_view field, double v, double lo, double hi) const {
        rangeOf([field] { return std::string(field); }, v, lo, hi);
    }
    void nonNegative(std::string_view field, double v, double hi = 1e12) const {
        range(field, v, 0.0, hi);
    }
    void positive(std::string_view field, double v, double hi) const {
        finite(field, v);
        if (!(v > 0.0))
            fail(field, number(v) + " must be greater than 0");
        if (v > hi)
            fail(field, number(v) + " is more than " + number(hi));
    }
    void point(std::string_view field, const PointM& p) const {
        pointOf([field] { return std::string(field); }, p);
    }
    void route(std::string_view field, const std::vector<PointM>& r) const {
        if (r.size() > limits::kMaxRoutePoints)
            fail(field, "has " + std::to_string(r.size()) + " points (the limit is " +
                            std::to_string(limits::kMaxRoutePoints) + ")");
        for (std::size_t i = 0; i < r.size(); ++i)
            pointOf([field, i] { return std::string(field) + "[" + std::to_string(i) + "]"; },
                    r[i]);
    }
    void integer(std::string_view field, long long v, long long lo, long long hi) const {
        if (v < lo || v > hi)
            fail(field, std::to_string(v) + " is not within " + std::to_string(lo) + ".." +
                            std::to_string(hi));
    }

    static std::string number(double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        // %g is locale-independent for the decimal point only in the C locale; messages are not
        // file content, but keep them stable anyway.
        for (char& c : buf)
            if (c == ',')
                c = '.';
        return buf;
    }

private:
    // range and point with the field's name built by name() only when the check fails.
    template <class Name> void rangeOf(const Name& name, double v, double lo, double hi) const {
        if (!std::isfinite(v))
            fail(name(), "is not a finite number");
        if (v < lo || v > hi)
            fail(name(), number(v) + " is not within " + number(lo) + ".." + number(hi));
    }
    template <class Name> void pointOf(const Name& name, const PointM& p) const {
        using limits::kMaxCoordinateM;
        rangeOf([&] { return name() + ".x_m"; }, p.xM, -kMaxCoordinateM, kMaxCoordinateM);
        rangeOf([&] { return name() + ".y_m"; }, p.yM, -kMaxCoordinateM, kMaxCoordinateM);
        rangeOf([&] { return name() + ".z_m"; }, p.zM, -kMaxCoordinateM, kMaxCoordinateM);
    }

    const std::string& source_;
    const char* table_;
    ObjectId id_ = kNoId;
    bool hasId_ = false;
    std::string label_;
    std::string prefix_;
};

// Ids -> kinds for the reference check. Ids are allocated from 1 upwards (Design::allocateId),
// so below next_id they are dense: those are kept in one array indexed by id (one byte each; a
// gigawatt campus has about 700,000 ids), the rest (next_id is checked last) in a hash map.
class KindTable {
public:
    KindTable(ObjectId nextId, std::size_t count)
        : dense_(static_cast<std::size_t>(std::min<ObjectId>(nextId, 8 * ObjectId(count) + 1024))) {
    }
    // Defines id as kind and returns null, or returns the kind id has already.
    const ObjectKind* define(ObjectId id, ObjectKind kind) {
        if (id < dense_.size()) {
            std::uint8_t& slot = dense_[id];
            if (slot != 0) {
                other_ = static_cast<ObjectKind>(slot - 1);
                return &other_;
            }
            slot = static_cast<std::uint8_t>(static_cast<int>(kind) + 1);
            return nullptr;
        }
        auto [it, inserted] = sparse_.emplace(id, kind);
        return inserted ? nullptr : &it->second;
    }
    // The kind of id, or false when no object has it.
    bool find(ObjectId id, ObjectKind& kind) const {
        if (id < dense_.size()) {
            if (dense_[id] == 0)
                return false;
            kind = static_cast<ObjectKind>(dense_[id] - 1);
            return true;
        }
        auto it = sparse_.find(id);
        if (it == sparse_.end())
            return false;
        kind = it->second;
        return true;
    }

private:
    std::vector<std::uint8_t> dense_; // kind + 1; 0: no object
    std::unordered_map<ObjectId, ObjectKind> sparse_;
    ObjectKind other_{};
};

std::string idText(ObjectId id) {
    return "id " + std::to_string(id);
}

void checkCount(const std::string& source, const char* table, std::size_t n, std::size_t max) {
    if (n > max)
        Where(source, table, "")
            .fail("",
                  "has " + std::to_string(n) + " rows (the limit is " + std::to_string(max) + ")");
}

void checkOptionalDate(const Where& w, const char* field, const std::string& value) {
    w.text(field, value);
    if (!value.empty() && !isValidIsoDate(value))
        w.fail(field, quotedValue(value) + " is not a valid date YYYY-MM-DD (or empty)");
}

// The objects of all the lists of d.
std::size_t objectCount(const Design& d) {
    std::size_t n = 0;
    fields::forEachObjectList(d, [&n](const auto& objects) { n += objects.size(); });
    return n;
}

// The checks that span objects: ids unique across the design, references that resolve to the
// right kind of object, catalog ids that name entries of the catalog.
class ObjectChecks {
public:
    ObjectChecks(const std::string& source, const Design& d)
        : source_(source), kinds_(d.nextId, objectCount(d)) {}

    const std::string& source() const { return source_; }
    // The catalog that catalog ids name: set once the design's user catalog is checked.
    void useCatalog(const Catalog& catalog) { catalog_ = &catalog; }
    ObjectId maxId() const { return maxId_; }

    void define(const Where& w, ObjectId id, ObjectKind kind) {
        if (id == kNoId)
            w.fail("id", "must be a positive id, not 0");
        if (id > limits::kMaxId)
            w.fail("id", std::to_string(id) + " is larger than 2^53");
        if (const ObjectKind* other = kinds_.define(id, kind))
            w.fail("id", std::to_string(id) + " is also the id of a " + toString(*other));
        maxId_ = std::max(maxId_, id);
    }

    // References to objects defined earlier (nearly all: the tables are checked in the order
    // links follow) are resolved at once when right; the others wait for resolveReferences(), so
    // the first problem reported is the same either way.
    void ref(const char* table, ObjectId owner, const char* field, ObjectId id, bool required,
             ObjectKind a, ObjectKind b) {
        if (id == kNoId) {
            if (required)
                Where(source_, table, owner).fail(field, "must name an object, not 0");
            return;
        }
        ObjectKind kind{};
        if (kinds_.find(id, kind) && (kind == a || (b != ObjectKind::None && kind == b)))
            return;
        refs_.push_back({table, owner, field, id, a, b});
    }

    void catalogId(const Where& w, const char* field, const std::string& id, const char* category,
                   bool required) const {
        w.text(field, id);
        if (id.empty()) {
            if (required)
                w.fail(field, "is empty");
            return;
        }
        const CatalogEntry* e = catalog_->find(id);
        if (!e)
            w.fail(field, "unknown catalog id " + quotedValue(id));
        if (category && e->category != category)
            w.fail(field, quotedValue(id) + " is a " + escapeForMessage(e->category) + ", not a " +
                              category);
    }

    // Every reference names an object of the right kind.
    void resolveReferences() const {
        for (const Ref& r : refs_) {
            ObjectKind kindOf{};
            const bool found = kinds_.find(r.id, kindOf);
            const ObjectKind* kind = found ? &kindOf : nullptr;
            if (kind && (*kind == r.a || (r.b != ObjectKind::None && *kind == r.b)))
                continue;
            std::string wanted = toString(r.a);
            if (r.b != ObjectKind::None)
                wanted += std::string(" or ") + toString(r.b);
            const Where w(source_, r.table, r.owner);
            if (!kind)
                w.fail(r.field, "no " + wanted + " with id " + std::to_string(r.id));
            w.fail(r.field,
                   "id " + std::to_string(r.id) + " is a " + toString(*kind) + ", not a " + wanted);
        }
    }

private:
    struct Ref {
        const char* table;
        ObjectId owner;
        const char* field;
        ObjectId id;
        ObjectKind a, b;
    };
    const std::string& source_;
    const Catalog* catalog_ = nullptr;
    KindTable kinds_;
    ObjectId maxId_ = 0;
    std::vector<Ref> refs_;
};

// Checks the fields of o as its description gives them.
template <class T> struct FieldChecker {
    ObjectChecks& c;
    const Where& w;
    const T& o;
    std::unordered_set<std::string>* keys = nullptr; // of the list so far, for a Key field

    void operator()(const fields::Id<T>& f) const {
        c.define(w, o.*f.member, fields::Entity<T>::kind);
    }
    void operator()(const fields::Ref<T>& f) const {
        c.ref(fields::Entity<T>::list, o.id, f.key, o.*f.member, f.required, f.to, f.orTo);
    }
    void operator()(const fields::Text<T>& f) const {
        const std::string& v = o.*f.member;
        using fields::TextRule;
        if (f.rule == TextRule::OptionalIsoDate)
            return checkOptionalDate(w, f.key, v);
        w.text(f.key, v, f.maxBytes);
        if (f.rule == TextRule::NoEdgeSpace && !v.empty() && (v.front() == ' ' || v.back() == ' '))
            w.fail(f.key, quotedValue(v) + " starts or ends with a space");
        if (f.rule == TextRule::IsoDate && !isValidIsoDate(v))
            w.fail(f.key, quotedValue(v) + " is not a valid date YYYY-MM-DD");
        if (f.rule == TextRule::Delivery && !fields::isDeliveryName(v))
            w.fail(f.key, "unknown value " + quotedValue(v) + " (expected " +
                              fields::deliveryChoices() + ")");
    }
    void operator()(const fields::CatalogRef<T>& f) const {
        c.catalogId(w, f.key, o.*f.member, f.category, f.required);
    }
    void operator()(const fields::Number<T>& f) const {
        const double v = o.*f.member;
        switch (f.domain) {
        case fields::Domain::Range:
            w.range(f.key, v, f.lo, f.hi);
            break;
        case fields::Domain::Positive:
            w.positive(f.key, v, f.hi);
            break;
        case fields::Domain::Fraction:
            w.finite(f.key, v);
            if (!(v > 0.0 && v <= 1.0))
                w.fail(f.key, Where::number(v) + " must be above 0 and at most 1");
            break;
        }
    }
    void operator()(const fields::Integer<T>& f) const {
        w.integer(f.key, o.*f.member, f.lo, f.lessThan ? o.*f.lessThan - 1LL : f.hi);
    }
    void operator()(const fields::Flag<T>&) const {}
    template <class E> void operator()(const fields::Choice<T, E>&) const {} // read by name
    void operator()(const fields::Point<T>& f) const { w.point(f.key, o.*f.member); }
    void operator()(const fields::Route<T>& f) const { w.route(fields::kRouteColumn, o.*f.member); }
    void operator()(const fields::Key<T>& f) const {
        const std::string& v = o.*f.member;
        if (v.empty())
            w.fail(f.key, "is empty");
        w.text(f.key, v);
        if (!keys->insert(v).second)
            w.fail(f.key, "is listed twice");
    }
    void operator()(const fields::Texts<T>& f) const { w.texts(f.key, o.*f.member); }
    void operator()(const fields::OptionalNumber<T>& f) const {
        if (const double v = o.*f.member; !std::isnan(v))
            w.range(f.key, v, f.lo, f.hi);
    }
    template <class E> void operator()(const fields::OptionalChoice<T, E>&) const {} // by name
    template <class V> void operator()(const fields::Entries<T, V>& f) const {
        const auto& entries = o.*f.member;
        if (entries.size() > fields::Entity<V>::maxCount)
            w.fail(f.key, "has " + std::to_string(entries.size()) + " " + f.key +
                              " (the limit is " + std::to_string(fields::Entity<V>::maxCount) +
                              ")");
        for (const auto& [key, entry] : entries) {
            w.text(std::string(f.key) + " key", key);
            const Where entryWhere(w, std::string(f.key) + "." + escapeForMessage(key) + ".");
            fields::forEachField<V>(FieldChecker<V>{c, entryWhere, entry});
        }
    }
};

// The site, the settings or the document control.
template <class T> void checkPart(ObjectChecks& c, const T& part) {
    const Where w(c.source(), fields::Entity<T>::table, "");
    fields::forEachField<T>(FieldChecker<T>{c, w, part});
}

template <class T> void checkObjects(ObjectChecks& c, const std::vector<T>& objects) {
    for (const T& o : objects) {
        const Where w(c.source(), fields::Entity<T>::list, o.id);
        fields::forEachField<T>(FieldChecker<T>{c, w, o});
    }
}

// The entries of a list keyed by text (named by their key: "class 'transformer'").
template <class T> void checkKeyedEntries(ObjectChecks& c, const std::vector<T>& entries) {
    std::unordered_set<std::string> keys;
    const char* keyName = std::get<0>(fields::Entity<T>::fields).key;
    for (const T& o : entries) {
        const Where w(c.source(), fields::Entity<T>::list,
                      std::string(keyName) + " " + quotedValue(fields::keyOf(o)));
        fields::forEachField<T>(FieldChecker<T>{c, w, o, &keys});
    }
}

// Every system of the user catalog has what planning reads (systemSpec).
void checkUserSystems(const std::string& source, const Design& d, const Catalog& catalog) {
    for (const CatalogEntry& e : d.userCatalog) {
        if (e.category != "system")
            continue;
        const Where w(source, "user_catalog", "id " + quotedValue(e.id));
        for (const char* key : {"gpus_per_system", "gpus_per_rack", "systems_per_rack",
                                "scale_up_gpus", "nics_per_gpu"})
            if (const CatalogRating* r = e.rating(key); r && r->hasValue())
                w.range(std::string("ratings.") + key, r->value, 0.0, 1e6);
        // Footprints feed the geometry grid: a 2 m cell grid over a 1 km rack would be 250,000
        // cells per rack (assumption: no rack or clearance is larger than 50 m).
        for (const char* key : {"footprint_width_m", "footprint_depth_m", "service_clearance_m"})
            if (const CatalogRating* r = e.rating(key); r && r->hasValue())
                w.range(std::string("ratings.") + key, r->value, 0.0, 50.0);
        try {
            (void)systemSpec(catalog, e.id);
        } catch (const CatalogError& ce) {
            w.fail("ratings", std::string("is not a usable GPU system (") + ce.what() + ")");
        }
    }
}

// Power flows from sources to loads: the links form no cycle (iterative colouring DFS,
// O(nodes + links)).
void checkPowerFlowsWithoutLoops(const std::string& source, const Design& d) {
    {
        std::unordered_map<ObjectId, std::vector<std::size_t>> out; // node -> link indexes
        for (std::size_t i = 0; i < d.powerLinks.size(); ++i)
            out[d.powerLinks[i].fromId].push_back(i);
        std::unordered_map<ObjectId, int> colour; // 0 new, 1 on the stack, 2 done
        for (const PowerNode& start : d.powerNodes) {
            if (colour[start.id] != 0)
                continue;
            std::vector<std::pair<ObjectId, std::size_t>> stack{{start.id, 0}};
            colour[start.id] = 1;
            while (!stack.empty()) {
                auto& [node, next] = stack.back();
                const auto it = out.find(node);
                if (it == out.end() || next >= it->second.size()) {
                    colour[node] = 2;
                    stack.pop_back();
                    continue;
                }
                const PowerLink& link = d.powerLinks[it->second[next++]];
                int& c = colour[link.toId];
                if (c == 1)
                    Where(source, "power_links", link.id)
                        .fail("to_id", "closes a loop: power would flow back to " +
                                           idText(link.toId) +
                                           " (power runs from sources to loads, never in a loop)");
                if (c == 0) {
                    c = 1;
                    stack.emplace_back(link.toId, 0);
                }
            }
        }
    }
}

} // namespace

void checkDesign(const Design& d, const Catalog& builtin, const std::string& source) {
    using namespace limits;
    // 1. Counts first: everything below is linear in them.
    fields::forEachObjectList(d, [&source](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        checkCount(source, fields::Entity<T>::list, objects.size(), fields::Entity<T>::maxCount);
    });
    fields::forEachKeyedList(d, [&source](const auto& entries) {
        using T = typename std::decay_t<decltype(entries)>::value_type;
        checkCount(source, fields::Entity<T>::list, entries.size(), fields::Entity<T>::maxCount);
    });
    const fields::NumberMap& overrides = fields::kAssumptionOverrides;
    checkCount(source, overrides.table, (d.*overrides.member).size(), overrides.maxCount);

    // 2. Site, document control, owned equipment, user models and catalog, settings.
    ObjectChecks checks(source, d);
    checkPart(checks, d.site);
    checkPart(checks, d.document);
    checkKeyedEntries(checks, d.ownedEquipment);
    checkKeyedEntries(checks, d.userModels);
    // The user catalog comes before anything that names a catalog id.
    checkKeyedEntries(checks, d.userCatalog);
    const Catalog catalog = builtin.withUserEntries(d.userCatalog);
    checks.useCatalog(catalog);
    checkUserSystems(source, d, catalog);
    checkPart(checks, d.settings);

    // 3. Objects: ids unique across the design, positive, below 2^53 and below next_id; fields in
    //    their ranges.
    fields::forEachObjectList(d, [&checks](const auto& objects) { checkObjects(checks, objects); });
    for (const auto& [key, value] : d.*overrides.member) {
        const Where w(source, overrides.table,
                      std::string(overrides.keyColumn) + " " + quotedValue(key));
        if (key.empty())
            w.fail(overrides.keyColumn, "is empty");
        w.text(overrides.keyColumn, key);
        w.range(overrides.valueColumn, value, overrides.lo, overrides.hi);
    }
    if (d.nextId <= checks.maxId() || d.nextId > kMaxId + 1)
        Where(source, "meta", "")
            .fail("next_id", std::to_string(d.nextId) + " must be greater than the largest id (" +
                                 std::to_string(checks.maxId()) + ")");

    // 4. References resolve to the right kind of object.
    checks.resolveReferences();

    // 5. Power flows from sources to loads.
    checkPowerFlowsWithoutLoops(source, d);
}

} // namespace aifp
