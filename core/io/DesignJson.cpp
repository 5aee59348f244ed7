#include "core/io/DesignJson.hpp"
#include "core/io/DesignCheck.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/util/CivilDate.hpp"
#include "core/util/JsonStream.hpp"
#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <unordered_map>

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

void writeCatalogEntry(StreamWriter& w, const CatalogEntry& e) {
    w.beginObject();
    w.field("id", e.id);
    w.field("reference_id", e.referenceId);
    w.field("vendor", e.vendor);
    w.field("model", e.model);
    w.field("category", e.category);
    w.field("confidence", toString(e.confidence));
    writeStrings(w, "sources", e.sources);
    w.field("notes", e.notes);
    w.field("user_defined", e.userDefined);
    w.key("ratings");
    w.beginObject();
    for (const auto& [key, r] : e.ratings) {
        w.key(key);
        w.beginObject();
        w.key("value");
        r.hasValue() ? w.value(r.value) : w.null();
        w.field("text", r.text);
        w.field("unit", r.unit);
        w.field("note", r.note);
        writeStrings(w, "sources", r.sources);
        w.key("confidence");
        r.confidence ? w.value(toString(*r.confidence)) : w.null();
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

void writeSite(StreamWriter& w, const Site& s) {
    w.beginObject();
    w.field("name", s.name);
    w.field("location", s.location);
    w.field("customer", s.customer);
    w.field("author", s.author);
    w.field("grid_connection_mw", s.gridConnectionMw);
    w.field("design_ambient_c", s.designAmbientC);
    w.field("latitude_deg", s.latitudeDeg);
    w.field("longitude_deg", s.longitudeDeg);
    w.field("climate_id", s.climateId);
    w.field("readiness", toString(s.readiness));
    w.endObject();
}

void writeSettings(StreamWriter& w, const DesignSettings& s) {
    w.beginObject();
    w.field("power_redundancy", toString(s.powerRedundancy));
    w.field("cooling", toString(s.cooling));
    w.field("fabric", toString(s.fabric));
    w.field("fabric_switch_id", s.fabricSwitchId);
    w.field("rail_optimized", s.railOptimized);
    w.field("oversubscription", s.oversubscription);
    w.field("fabric_tiers", s.fabricTiers);
    w.field("air_cooling_limit_kw", s.airCoolingLimitKw);
    w.field("model_id", s.modelId);
    w.field("scenario", s.scenario);
    w.field("precision", s.precision);
    w.field("schedule_start", s.scheduleStart);
    w.field("delivery", s.delivery);
    w.field("user_tokens_per_s", s.userTokensPerS);
    w.field("bridge_power_mw", s.bridgePowerMw);
    w.field("supply_priority", s.supplyPriority);
    w.field("procurement", toString(s.procurement));
    w.field("rent_term_months", s.rentTermMonths);
    w.field("tco_horizon_years", s.tcoHorizonYears);
    w.endObject();
}

void writeDocumentControl(StreamWriter& w, const DocumentControl& c) {
    w.beginObject();
    w.field("revision", c.revision);
    w.field("document_number", c.documentNumber);
    w.field("confidentiality", c.confidentiality);
    w.field("price_date", c.priceDate);
    w.field("currency", c.currency);
    w.endObject();
}

void writeHall(StreamWriter& w, const Hall& h) {
    w.beginObject();
    w.field("id", h.id);
    w.field("name", h.name);
    w.field("origin_x_m", h.originXM);
    w.field("origin_y_m", h.originYM);
    w.field("width_m", h.widthM);
    w.field("depth_m", h.depthM);
    w.field("clear_height_m", h.clearHeightM);
    w.field("floor_load_kg_per_m2", h.floorLoadKgPerM2);
    w.field("cooling", toString(h.cooling));
    w.field("facility_water_supply_c", h.facilityWaterSupplyC);
    w.field("max_rack_kw", h.maxRackKw);
    if (!h.cluster.empty()) // version 4: only halls of a named cluster carry the key
        w.field("cluster", h.cluster);
    w.endObject();
}

void writeRow(StreamWriter& w, const Row& r) {
    w.beginObject();
    w.field("id", r.id);
    w.field("hall_id", r.hallId);
    w.field("name", r.name);
    w.field("rotation_deg", r.rotationDeg);
    w.field("front_faces", toString(r.frontFaces));
    w.endObject();
}

void writeRack(StreamWriter& w, const Rack& r) {
    w.beginObject();
    w.field("id", r.id);
    w.field("hall_id", r.hallId);
    w.field("row_id", r.rowId);
    w.field("name", r.name);
    w.field("catalog_id", r.catalogId);
    w.key("center");
    writePoint(w, r.centerM);
    w.field("rotation_deg", r.rotationDeg);
    w.endObject();
}

void writePowerNode(StreamWriter& w, const PowerNode& n) {
    w.beginObject();
    w.field("id", n.id);
    w.field("kind", toString(n.kind));
    w.field("name", n.name);
    w.field("catalog_id", n.catalogId);
    w.field("hall_id", n.hallId);
    w.key("position");
    writePoint(w, n.positionM);
    w.field("rating_kva", n.ratingKva);
    w.field("rating_kw", n.ratingKw);
    w.field("voltage_v", n.voltageV);
    w.field("efficiency", n.efficiency);
    w.field("module_count", n.moduleCount);
    w.field("redundant_modules", n.redundantModules);
    w.field("current_rating_a", n.currentRatingA);
    w.field("path", n.path);
    writeRoute(w, "route", n.routeM);
    w.endObject();
}

void writePowerLink(StreamWriter& w, const PowerLink& l) {
    w.beginObject();
    w.field("id", l.id);
    w.field("from_id", l.fromId);
    w.field("to_id", l.toId);
    w.field("kind", toString(l.kind));
    w.field("current_rating_a", l.currentRatingA);
    writeRoute(w, "route", l.routeM);
    w.field("length_m", l.lengthM);
    w.endObject();
}

void writeCoolingNode(StreamWriter& w, const CoolingNode& n) {
    w.beginObject();
    w.field("id", n.id);
    w.field("kind", toString(n.kind));
    w.field("name", n.name);
    w.field("catalog_id", n.catalogId);
    w.field("hall_id", n.hallId);
    w.key("position");
    writePoint(w, n.positionM);
    w.field("capacity_kw", n.capacityKw);
    w.field("flow_rating_lpm", n.flowRatingLpm);
    w.field("pump_head_kpa", n.pumpHeadKpa);
    w.field("supply_temp_c", n.supplyTempC);
    w.field("delta_t_k", n.deltaTK);
    w.field("power_per_kw_heat", n.powerPerKwHeat);
    w.field("path", n.path);
    w.endObject();
}

void writePipe(StreamWriter& w, const Pipe& p) {
    w.beginObject();
    w.field("id", p.id);
    w.field("from_id", p.fromId);
    w.field("to_id", p.toId);
    w.field("loop", toString(p.loop));
    writeRoute(w, "route", p.routeM);
    w.field("inner_diameter_mm", p.innerDiameterMm);
    w.field("length_m", p.lengthM);
    w.field("roughness_mm", p.roughnessMm);
    w.endObject();
}

void writeSwitch(StreamWriter& w, const NetworkSwitch& s) {
    w.beginObject();
    w.field("id", s.id);
    w.field("name", s.name);
    w.field("catalog_id", s.catalogId);
    w.field("role", toString(s.role));
    w.field("tier", s.tier);
    w.field("rail", s.rail);
    w.field("port_count", s.portCount);
    w.field("port_speed_gbps", s.portSpeedGbps);
    w.field("hall_id", s.hallId);
    w.key("position");
    writePoint(w, s.positionM);
    w.endObject();
}

void writeNetworkLink(StreamWriter& w, const NetworkLink& l) {
    w.beginObject();
    w.field("id", l.id);
    w.field("from_id", l.fromId);
    w.field("to_id", l.toId);
    w.field("count", l.count);
    w.field("speed_gbps", l.speedGbps);
    w.field("length_m", l.lengthM);
    w.field("medium", toString(l.medium));
    w.endObject();
}

void writeOwnedEquipment(StreamWriter& w, const OwnedEquipment& e) {
    w.beginObject();
    w.field("class", e.equipmentClass);
    w.field("on_site_date", e.onSiteDate);
    w.endObject();
}

void writeUserModel(StreamWriter& w, const UserModel& m) {
    w.beginObject();
    w.field("id", m.id);
    w.field("name", m.name);
    w.field("config_json", m.configJson);
    w.field("source", m.source);
    w.endObject();
}

template <class T, class F>
void writeList(StreamWriter& w, std::string_view key, const std::vector<T>& items, F writeOne) {
    w.key(key);
    w.beginArray();
    for (const T& item : items)
        writeOne(w, item);
    w.endArray();
}

} // namespace

void writeDesignJson(const Design& d, std::ostream& out) {
    StreamWriter w(out);
    w.beginObject();
    w.field("format", "aifp-design");
    w.field("version", kDesignJsonVersion);
    w.key("site");
    writeSite(w, d.site);
    w.key("settings");
    writeSettings(w, d.settings);
    w.key("document");
    writeDocumentControl(w, d.document);
    writeList(w, "halls", d.halls, writeHall);
    writeList(w, "rows", d.rows, writeRow);
    writeList(w, "racks", d.racks, writeRack);
    writeList(w, "power_nodes", d.powerNodes, writePowerNode);
    writeList(w, "power_links", d.powerLinks, writePowerLink);
    writeList(w, "cooling_nodes", d.coolingNodes, writeCoolingNode);
    writeList(w, "pipes", d.pipes, writePipe);
    writeList(w, "switches", d.switches, writeSwitch);
    writeList(w, "network_links", d.networkLinks, writeNetworkLink);
    writeList(w, "user_catalog", d.userCatalog, writeCatalogEntry);
    w.key("assumption_overrides");
    w.beginObject();
    for (const auto& [key, value] : d.assumptionOverrides)
        w.field(key, value);
    w.endObject();
    writeList(w, "owned_equipment", d.ownedEquipment, writeOwnedEquipment);
    writeList(w, "user_models", d.userModels, writeUserModel);
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
    std::string string(std::string_view key, const std::string& fallback) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        if (!v->isString())
            fail(at(key), "expected a string, got " + describe(*v));
        return v->asString();
    }
    bool boolean(std::string_view key, bool fallback) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        if (!v->isBool())
            fail(at(key), "expected true or false, got " + describe(*v));
        return v->asBool();
    }
    template <class E> E enumValue(std::string_view key, E fallback) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        if (!v->isString())
            fail(at(key), "expected a string, got " + describe(*v));
        E out{};
        if (!fromString(v->asString(), out))
            fail(at(key), "unknown value '" + v->asString() + "'");
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

CatalogEntry readCatalogEntry(Reader& r) {
    CatalogEntry e;
    e.id = r.string("id", "");
    if (e.id.empty())
        fail(r.at("id"), "missing or empty");
    e.referenceId = r.string("reference_id", "");
    e.vendor = r.string("vendor", "");
    e.model = r.string("model", "");
    e.category = r.string("category", "");
    const std::string conf = r.string("confidence", "unverified");
    const auto c = confidenceFromString(conf);
    if (!c)
        fail(r.at("confidence"), "unknown value '" + conf + "'");
    e.confidence = *c;
    e.sources = r.stringList("sources");
    e.notes = r.string("notes", "");
    e.userDefined = r.boolean("user_defined", true);
    if (const Value* ratings = r.get("ratings")) {
        if (!ratings->isObject())
            fail(r.at("ratings"), "expected an object, got " + describe(*ratings));
        const Reader all(*ratings, &r, "ratings");
        for (const auto& [key, rv] : ratings->asObject()) {
            Reader rr(rv, &all, key);
            CatalogRating rating;
            if (const Value* v = rr.get("value"); v && !v->isNull())
                rating.value = checkNumber(
                    *v, [&] { return rr.at("value"); }, Range::Any);
            rating.text = rr.string("text", "");
            rating.unit = rr.string("unit", "");
            rating.note = rr.string("note", "");
            rating.sources = rr.stringList("sources");
            if (const Value* cv = rr.get("confidence"); cv && !cv->isNull()) {
                if (!cv->isString())
                    fail(rr.at("confidence"), "expected a string, got " + describe(*cv));
                rating.confidence = confidenceFromString(cv->asString());
                if (!rating.confidence)
                    fail(rr.at("confidence"), "unknown value '" + cv->asString() + "'");
            }
            rr.finish();
            if (e.ratings.count(key))
                fail(rr.path(), "duplicate rating");
            e.ratings[key] = std::move(rating);
        }
    }
    return e;
}

// Where an object was defined, for messages: the element index of its list.
// The top-level lists of a design document.
constexpr const char* kLists[] = {
    "halls", "rows",     "racks",         "power_nodes",  "power_links",     "cooling_nodes",
    "pipes", "switches", "network_links", "user_catalog", "owned_equipment", "user_models"};

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
    void readFormat(const Value& v);
    void readVersion(const Value& v);
    void readSite(const Value& v);
    void readSettings(const Value& v);
    void readDocumentControl(const Value& v);
    void readAssumptionOverrides(const Value& v);
    void readUserCatalogEntry(Reader& r);
    void readOwnedEquipment(Reader& r);
    void readUserModel(Reader& r);
    void readHall(Reader& r);
    void readRow(Reader& r);
    void readRack(Reader& r);
    void readPowerNode(Reader& r);
    void readPowerLink(Reader& r);
    void readCoolingNode(Reader& r);
    void readPipe(Reader& r);
    void readSwitch(Reader& r);
    void readNetworkLink(Reader& r);

    ObjectId define(Reader& r, ObjectKind kind);
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
    // The user catalog: entries so far, where each was defined, and the catalog once complete.
    std::unordered_map<std::string, std::string> userIds_;
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

void DesignImport::member(const std::string& key, const Value& v) {
    if (listName(key))
        fail(key, "expected a list, got " + describe(v));
    if (key == "format")
        readFormat(v);
    else if (key == "version")
        readVersion(v);
    else if (key == "site")
        readSite(v);
    else if (key == "settings")
        readSettings(v);
    else if (key == "document")
        readDocumentControl(v);
    else if (key == "assumption_overrides")
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
    if (l == "user_catalog")
        readUserCatalogEntry(r);
    else if (l == "owned_equipment")
        readOwnedEquipment(r);
    else if (l == "user_models")
        readUserModel(r);
    else if (l == "halls")
        readHall(r);
    else if (l == "rows")
        readRow(r);
    else if (l == "racks")
        readRack(r);
    else if (l == "power_nodes")
        readPowerNode(r);
    else if (l == "power_links")
        readPowerLink(r);
    else if (l == "cooling_nodes")
        readCoolingNode(r);
    else if (l == "pipes")
        readPipe(r);
    else if (l == "switches")
        readSwitch(r);
    else
        readNetworkLink(r);
    r.finish();
}

void DesignImport::listDone(const char* list) {
    if (std::string_view(list) == "user_catalog")
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

void DesignImport::readSite(const Value& v) {
    Reader r(v, nullptr, "site");
    Site& s = d_.site;
    s.name = r.string("name", s.name);
    s.location = r.string("location", s.location);
    s.customer = r.string("customer", s.customer);
    s.author = r.string("author", s.author);
    s.gridConnectionMw = r.number("grid_connection_mw", s.gridConnectionMw, Range::NonNegative);
    s.designAmbientC = r.number("design_ambient_c", s.designAmbientC);
    s.latitudeDeg = r.number("latitude_deg", s.latitudeDeg);
    if (s.latitudeDeg < -90 || s.latitudeDeg > 90)
        fail(r.at("latitude_deg"), numberText(s.latitudeDeg) + " is not within -90..90");
    s.longitudeDeg = r.number("longitude_deg", s.longitudeDeg);
    if (s.longitudeDeg < -180 || s.longitudeDeg > 180)
        fail(r.at("longitude_deg"), numberText(s.longitudeDeg) + " is not within -180..180");
    s.climateId = r.string("climate_id", s.climateId);
    s.readiness = r.enumValue("readiness", s.readiness);
    r.finish();
}

void DesignImport::readSettings(const Value& v) {
    Reader r(v, nullptr, "settings");
    DesignSettings& s = d_.settings;
    s.powerRedundancy = r.enumValue("power_redundancy", s.powerRedundancy);
    s.cooling = r.enumValue("cooling", s.cooling);
    s.fabric = r.enumValue("fabric", s.fabric);
    s.fabricSwitchId = r.string("fabric_switch_id", s.fabricSwitchId);
    catalogId(r, s.fabricSwitchId, "switch", false, "fabric_switch_id");
    s.railOptimized = r.boolean("rail_optimized", s.railOptimized);
    s.oversubscription = r.number("oversubscription", s.oversubscription, Range::Positive);
    s.fabricTiers = r.integer("fabric_tiers", s.fabricTiers, 1);
    s.airCoolingLimitKw = r.number("air_cooling_limit_kw", s.airCoolingLimitKw, Range::NonNegative);
    s.modelId = r.string("model_id", s.modelId);
    s.scenario = r.string("scenario", s.scenario);
    s.precision = r.string("precision", s.precision);
    s.scheduleStart = r.string("schedule_start", s.scheduleStart);
    if (!isValidIsoDate(s.scheduleStart))
        fail(r.at("schedule_start"), "'" + s.scheduleStart + "' is not a date (YYYY-MM-DD)");
    s.delivery = r.string("delivery", s.delivery);
    if (s.delivery != "traditional" && s.delivery != "prefab")
        fail(r.at("delivery"),
             "unknown value '" + s.delivery + "' (expected traditional or prefab)");
    s.userTokensPerS = r.number("user_tokens_per_s", s.userTokensPerS, Range::Positive);
    s.bridgePowerMw = r.number("bridge_power_mw", s.bridgePowerMw, Range::NonNegative);
    s.supplyPriority = r.boolean("supply_priority", s.supplyPriority);
    // Files before schema 4 have no procurement keys: they mean "build".
    s.procurement = r.enumValue("procurement", s.procurement);
    s.rentTermMonths = r.integer("rent_term_months", s.rentTermMonths, kMinRentTermMonths);
    if (s.rentTermMonths > kMaxRentTermMonths)
        fail(r.at("rent_term_months"), std::to_string(s.rentTermMonths) + " is more than " +
                                           std::to_string(kMaxRentTermMonths) + " months");
    s.tcoHorizonYears = r.integer("tco_horizon_years", s.tcoHorizonYears, kMinTcoHorizonYears);
    if (s.tcoHorizonYears > kMaxTcoHorizonYears)
        fail(r.at("tco_horizon_years"), std::to_string(s.tcoHorizonYears) + " is more than " +
                                            std::to_string(kMaxTcoHorizonYears) + " years");
    r.finish();
}

void DesignImport::readDocumentControl(const Value& v) {
    Reader r(v, nullptr, "document");
    DocumentControl& c = d_.document;
    c.revision = r.string("revision", c.revision);
    c.documentNumber = r.string("document_number", c.documentNumber);
    c.confidentiality = r.string("confidentiality", c.confidentiality);
    c.priceDate = r.string("price_date", c.priceDate);
    if (!c.priceDate.empty() && !isValidIsoDate(c.priceDate))
        fail(r.at("price_date"), "'" + c.priceDate + "' is not a date (YYYY-MM-DD)");
    c.currency = r.string("currency", c.currency);
    if (c.currency.empty())
        fail(r.at("currency"), "empty (expected a currency code such as USD or EUR)");
    r.finish();
}

void DesignImport::readAssumptionOverrides(const Value& overrides) {
    if (!overrides.isObject())
        fail("assumption_overrides", "expected an object, got " + describe(overrides));
    for (const auto& [key, v] : overrides.asObject()) {
        const std::string path = "assumption_overrides." + key;
        if (key.empty())
            fail(path, "empty key");
        if (d_.assumptionOverrides.count(key))
            fail(path, "duplicate key");
        d_.assumptionOverrides[key] = checkNumber(
            v, [&] { return path; }, Range::Any);
    }
}

void DesignImport::readUserCatalogEntry(Reader& r) {
    CatalogEntry e = readCatalogEntry(r);
    if (auto it = userIds_.find(e.id); it != userIds_.end())
        fail(r.at("id"), "duplicate catalog id '" + e.id + "' (also " + it->second + ")");
    userIds_[e.id] = r.path();
    d_.userCatalog.push_back(std::move(e));
}

void DesignImport::readOwnedEquipment(Reader& r) {
    OwnedEquipment e;
    e.equipmentClass = r.string("class", "");
    if (e.equipmentClass.empty())
        fail(r.at("class"), "missing or empty");
    for (const OwnedEquipment& other : d_.ownedEquipment)
        if (other.equipmentClass == e.equipmentClass)
            fail(r.at("class"), "'" + e.equipmentClass + "' is listed twice");
    e.onSiteDate = r.string("on_site_date", "");
    if (!e.onSiteDate.empty() && !isValidIsoDate(e.onSiteDate))
        fail(r.at("on_site_date"), "'" + e.onSiteDate + "' is not a date (YYYY-MM-DD)");
    d_.ownedEquipment.push_back(std::move(e));
}

void DesignImport::readUserModel(Reader& r) {
    UserModel m;
    m.id = r.string("id", "");
    if (m.id.empty())
        fail(r.at("id"), "missing or empty");
    for (const UserModel& other : d_.userModels)
        if (other.id == m.id)
            fail(r.at("id"), "'" + m.id + "' is defined twice");
    m.name = r.string("name", m.id);
    m.configJson = r.string("config_json", "");
    if (m.configJson.empty())
        fail(r.at("config_json"), "missing or empty");
    m.source = r.string("source", "");
    d_.userModels.push_back(std::move(m));
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

void DesignImport::readHall(Reader& r) {
    Hall h;
    h.id = define(r, ObjectKind::Hall);
    h.name = r.string("name", "");
    h.originXM = r.number("origin_x_m", 0.0);
    h.originYM = r.number("origin_y_m", 0.0);
    h.widthM = r.number("width_m", 0.0, Range::Positive);
    if (!r.get("width_m"))
        fail(r.at("width_m"), "missing");
    h.depthM = r.number("depth_m", 0.0, Range::Positive);
    if (!r.get("depth_m"))
        fail(r.at("depth_m"), "missing");
    h.clearHeightM = r.number("clear_height_m", 0.0, Range::NonNegative);
    h.floorLoadKgPerM2 = r.number("floor_load_kg_per_m2", 0.0, Range::NonNegative);
    h.cooling = r.enumValue("cooling", h.cooling);
    h.facilityWaterSupplyC = r.number("facility_water_supply_c", h.facilityWaterSupplyC);
    h.maxRackKw = r.number("max_rack_kw", 0.0, Range::NonNegative);
    h.cluster = r.string("cluster", "");
    d_.halls.push_back(std::move(h));
}

void DesignImport::readRow(Reader& r) {
    Row row;
    row.id = define(r, ObjectKind::Row);
    row.hallId = ref(r, "hall_id", true, {ObjectKind::Hall});
    row.name = r.string("name", "");
    row.rotationDeg = r.number("rotation_deg", 0.0);
    row.frontFaces = r.enumValue("front_faces", row.frontFaces);
    d_.rows.push_back(std::move(row));
}

void DesignImport::readRack(Reader& r) {
    Rack k;
    k.id = define(r, ObjectKind::Rack);
    k.hallId = ref(r, "hall_id", true, {ObjectKind::Hall});
    k.rowId = ref(r, "row_id", false, {ObjectKind::Row});
    k.name = r.string("name", "");
    k.catalogId = r.string("catalog_id", "");
    catalogId(r, k.catalogId, "system", true);
    k.centerM = r.pointValue("center");
    k.rotationDeg = r.number("rotation_deg", 0.0);
    d_.racks.push_back(std::move(k));
}

void DesignImport::readPowerNode(Reader& r) {
    PowerNode n;
    n.id = define(r, ObjectKind::PowerNode);
    n.kind = r.enumValue("kind", n.kind);
    n.name = r.string("name", "");
    n.catalogId = r.string("catalog_id", "");
    catalogId(r, n.catalogId, nullptr, false);
    n.hallId = ref(r, "hall_id", false, {ObjectKind::Hall});
    n.positionM = r.pointValue("position");
    n.ratingKva = r.number("rating_kva", 0.0, Range::NonNegative);
    n.ratingKw = r.number("rating_kw", 0.0, Range::NonNegative);
    n.voltageV = r.number("voltage_v", 0.0, Range::NonNegative);
    n.efficiency = r.number("efficiency", n.efficiency, Range::Fraction);
    n.moduleCount = r.integer("module_count", n.moduleCount, 1);
    n.redundantModules = r.integer("redundant_modules", n.redundantModules, 0);
    if (n.redundantModules >= n.moduleCount)
        fail(r.at("redundant_modules"), std::to_string(n.redundantModules) +
                                            " must be less than module_count (" +
                                            std::to_string(n.moduleCount) + ")");
    n.currentRatingA = r.number("current_rating_a", 0.0, Range::NonNegative);
    n.path = r.string("path", "");
    n.routeM = r.routeValue("route");
    d_.powerNodes.push_back(std::move(n));
}

void DesignImport::readPowerLink(Reader& r) {
    PowerLink l;
    l.id = define(r, ObjectKind::PowerLink);
    l.fromId = ref(r, "from_id", true, {ObjectKind::PowerNode});
    l.toId = ref(r, "to_id", true, {ObjectKind::PowerNode, ObjectKind::Rack});
    l.kind = r.enumValue("kind", l.kind);
    l.currentRatingA = r.number("current_rating_a", 0.0, Range::NonNegative);
    l.routeM = r.routeValue("route");
    l.lengthM = r.number("length_m", 0.0, Range::NonNegative);
    d_.powerLinks.push_back(std::move(l));
}

void DesignImport::readCoolingNode(Reader& r) {
    CoolingNode n;
    n.id = define(r, ObjectKind::CoolingNode);
    n.kind = r.enumValue("kind", n.kind);
    n.name = r.string("name", "");
    n.catalogId = r.string("catalog_id", "");
    catalogId(r, n.catalogId, nullptr, false);
    n.hallId = ref(r, "hall_id", false, {ObjectKind::Hall});
    n.positionM = r.pointValue("position");
    n.capacityKw = r.number("capacity_kw", 0.0, Range::NonNegative);
    n.flowRatingLpm = r.number("flow_rating_lpm", 0.0, Range::NonNegative);
    n.pumpHeadKpa = r.number("pump_head_kpa", 0.0, Range::NonNegative);
    n.supplyTempC = r.number("supply_temp_c", 0.0);
    n.deltaTK = r.number("delta_t_k", n.deltaTK, Range::NonNegative);
    n.powerPerKwHeat = r.number("power_per_kw_heat", 0.0, Range::NonNegative);
    n.path = r.string("path", "");
    d_.coolingNodes.push_back(std::move(n));
}

void DesignImport::readPipe(Reader& r) {
    Pipe p;
    p.id = define(r, ObjectKind::Pipe);
    p.fromId = ref(r, "from_id", true, {ObjectKind::CoolingNode});
    p.toId = ref(r, "to_id", true, {ObjectKind::CoolingNode, ObjectKind::Rack});
    p.loop = r.enumValue("loop", p.loop);
    p.routeM = r.routeValue("route");
    p.innerDiameterMm = r.number("inner_diameter_mm", 0.0, Range::NonNegative);
    p.lengthM = r.number("length_m", 0.0, Range::NonNegative);
    p.roughnessMm = r.number("roughness_mm", p.roughnessMm, Range::NonNegative);
    d_.pipes.push_back(std::move(p));
}

void DesignImport::readSwitch(Reader& r) {
    NetworkSwitch s;
    s.id = define(r, ObjectKind::NetworkSwitch);
    s.name = r.string("name", "");
    s.catalogId = r.string("catalog_id", "");
    catalogId(r, s.catalogId, nullptr, false);
    s.role = r.enumValue("role", s.role);
    s.tier = r.integer("tier", s.tier, 1);
    s.rail = r.integer("rail", s.rail, -1);
    s.portCount = r.integer("port_count", 0, 0);
    s.portSpeedGbps = r.number("port_speed_gbps", 0.0, Range::NonNegative);
    s.hallId = ref(r, "hall_id", false, {ObjectKind::Hall});
    s.positionM = r.pointValue("position");
    d_.switches.push_back(std::move(s));
}

void DesignImport::readNetworkLink(Reader& r) {
    NetworkLink l;
    l.id = define(r, ObjectKind::NetworkLink);
    l.fromId = ref(r, "from_id", true, {ObjectKind::Rack, ObjectKind::NetworkSwitch});
    l.toId = ref(r, "to_id", true, {ObjectKind::NetworkSwitch});
    l.count = r.integer("count", l.count, 1);
    l.speedGbps = r.number("speed_gbps", 0.0, Range::NonNegative);
    l.lengthM = r.number("length_m", 0.0, Range::NonNegative);
    l.medium = r.enumValue("medium", l.medium);
    d_.networkLinks.push_back(std::move(l));
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
