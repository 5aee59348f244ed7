#include "core/io/DesignJson.hpp"
#include "core/io/DesignCheck.hpp"
#include "core/schedule/WorkCalendar.hpp"
#include <cmath>
#include <set>
#include <unordered_map>

namespace aifp {

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------
namespace {

using json::Value;

Value point(const PointM& p) {
    Value v = Value::object();
    v.set("x_m", p.xM).set("y_m", p.yM).set("z_m", p.zM);
    return v;
}

Value route(const std::vector<PointM>& r) {
    Value a = Value::array();
    for (const PointM& p : r)
        a.push(point(p));
    return a;
}

Value strings(const std::vector<std::string>& items) {
    Value a = Value::array();
    for (const auto& s : items)
        a.push(s);
    return a;
}

Value catalogEntry(const CatalogEntry& e) {
    Value v = Value::object();
    v.set("id", e.id)
        .set("reference_id", e.referenceId)
        .set("vendor", e.vendor)
        .set("model", e.model)
        .set("category", e.category)
        .set("confidence", toString(e.confidence))
        .set("sources", strings(e.sources))
        .set("notes", e.notes)
        .set("user_defined", e.userDefined);
    Value ratings = Value::object();
    for (const auto& [key, r] : e.ratings) {
        Value rv = Value::object();
        rv.set("value", r.hasValue() ? Value(r.value) : Value());
        rv.set("text", r.text).set("unit", r.unit).set("note", r.note);
        rv.set("sources", strings(r.sources));
        rv.set("confidence", r.confidence ? Value(toString(*r.confidence)) : Value());
        ratings.set(key, std::move(rv));
    }
    v.set("ratings", std::move(ratings));
    return v;
}

} // namespace

json::Value designToJson(const Design& d) {
    Value doc = Value::object();
    doc.set("format", "aifp-design").set("version", kDesignJsonVersion);
    {
        const Site& s = d.site;
        Value v = Value::object();
        v.set("name", s.name)
            .set("location", s.location)
            .set("customer", s.customer)
            .set("author", s.author)
            .set("grid_connection_mw", s.gridConnectionMw)
            .set("design_ambient_c", s.designAmbientC)
            .set("latitude_deg", s.latitudeDeg)
            .set("longitude_deg", s.longitudeDeg)
            .set("climate_id", s.climateId)
            .set("readiness", toString(s.readiness));
        doc.set("site", std::move(v));
    }
    {
        const DesignSettings& s = d.settings;
        Value v = Value::object();
        v.set("power_redundancy", toString(s.powerRedundancy))
            .set("cooling", toString(s.cooling))
            .set("fabric", toString(s.fabric))
            .set("fabric_switch_id", s.fabricSwitchId)
            .set("rail_optimized", s.railOptimized)
            .set("oversubscription", s.oversubscription)
            .set("fabric_tiers", s.fabricTiers)
            .set("air_cooling_limit_kw", s.airCoolingLimitKw)
            .set("model_id", s.modelId)
            .set("scenario", s.scenario)
            .set("precision", s.precision)
            .set("schedule_start", s.scheduleStart)
            .set("delivery", s.delivery)
            .set("user_tokens_per_s", s.userTokensPerS)
            .set("bridge_power_mw", s.bridgePowerMw)
            .set("supply_priority", s.supplyPriority)
            .set("procurement", toString(s.procurement))
            .set("rent_term_months", s.rentTermMonths)
            .set("tco_horizon_years", s.tcoHorizonYears);
        doc.set("settings", std::move(v));
    }
    {
        const DocumentControl& c = d.document;
        Value v = Value::object();
        v.set("revision", c.revision)
            .set("document_number", c.documentNumber)
            .set("confidentiality", c.confidentiality)
            .set("price_date", c.priceDate)
            .set("currency", c.currency);
        doc.set("document", std::move(v));
    }
    Value halls = Value::array();
    for (const Hall& h : d.halls) {
        Value v = Value::object();
        v.set("id", h.id)
            .set("name", h.name)
            .set("origin_x_m", h.originXM)
            .set("origin_y_m", h.originYM)
            .set("width_m", h.widthM)
            .set("depth_m", h.depthM)
            .set("clear_height_m", h.clearHeightM)
            .set("floor_load_kg_per_m2", h.floorLoadKgPerM2)
            .set("cooling", toString(h.cooling))
            .set("facility_water_supply_c", h.facilityWaterSupplyC)
            .set("max_rack_kw", h.maxRackKw);
        if (!h.cluster.empty()) // version 4: only halls of a named cluster carry the key
            v.set("cluster", h.cluster);
        halls.push(std::move(v));
    }
    doc.set("halls", std::move(halls));
    Value rows = Value::array();
    for (const Row& r : d.rows) {
        Value v = Value::object();
        v.set("id", r.id)
            .set("hall_id", r.hallId)
            .set("name", r.name)
            .set("rotation_deg", r.rotationDeg)
            .set("front_faces", toString(r.frontFaces));
        rows.push(std::move(v));
    }
    doc.set("rows", std::move(rows));
    Value racks = Value::array();
    for (const Rack& r : d.racks) {
        Value v = Value::object();
        v.set("id", r.id)
            .set("hall_id", r.hallId)
            .set("row_id", r.rowId)
            .set("name", r.name)
            .set("catalog_id", r.catalogId)
            .set("center", point(r.centerM))
            .set("rotation_deg", r.rotationDeg);
        racks.push(std::move(v));
    }
    doc.set("racks", std::move(racks));
    Value powerNodes = Value::array();
    for (const PowerNode& n : d.powerNodes) {
        Value v = Value::object();
        v.set("id", n.id)
            .set("kind", toString(n.kind))
            .set("name", n.name)
            .set("catalog_id", n.catalogId)
            .set("hall_id", n.hallId)
            .set("position", point(n.positionM))
            .set("rating_kva", n.ratingKva)
            .set("rating_kw", n.ratingKw)
            .set("voltage_v", n.voltageV)
            .set("efficiency", n.efficiency)
            .set("module_count", n.moduleCount)
            .set("redundant_modules", n.redundantModules)
            .set("current_rating_a", n.currentRatingA)
            .set("path", n.path)
            .set("route", route(n.routeM));
        powerNodes.push(std::move(v));
    }
    doc.set("power_nodes", std::move(powerNodes));
    Value powerLinks = Value::array();
    for (const PowerLink& l : d.powerLinks) {
        Value v = Value::object();
        v.set("id", l.id)
            .set("from_id", l.fromId)
            .set("to_id", l.toId)
            .set("kind", toString(l.kind))
            .set("current_rating_a", l.currentRatingA)
            .set("route", route(l.routeM))
            .set("length_m", l.lengthM);
        powerLinks.push(std::move(v));
    }
    doc.set("power_links", std::move(powerLinks));
    Value coolingNodes = Value::array();
    for (const CoolingNode& n : d.coolingNodes) {
        Value v = Value::object();
        v.set("id", n.id)
            .set("kind", toString(n.kind))
            .set("name", n.name)
            .set("catalog_id", n.catalogId)
            .set("hall_id", n.hallId)
            .set("position", point(n.positionM))
            .set("capacity_kw", n.capacityKw)
            .set("flow_rating_lpm", n.flowRatingLpm)
            .set("pump_head_kpa", n.pumpHeadKpa)
            .set("supply_temp_c", n.supplyTempC)
            .set("delta_t_k", n.deltaTK)
            .set("power_per_kw_heat", n.powerPerKwHeat)
            .set("path", n.path);
        coolingNodes.push(std::move(v));
    }
    doc.set("cooling_nodes", std::move(coolingNodes));
    Value pipes = Value::array();
    for (const Pipe& p : d.pipes) {
        Value v = Value::object();
        v.set("id", p.id)
            .set("from_id", p.fromId)
            .set("to_id", p.toId)
            .set("loop", toString(p.loop))
            .set("route", route(p.routeM))
            .set("inner_diameter_mm", p.innerDiameterMm)
            .set("length_m", p.lengthM)
            .set("roughness_mm", p.roughnessMm);
        pipes.push(std::move(v));
    }
    doc.set("pipes", std::move(pipes));
    Value switches = Value::array();
    for (const NetworkSwitch& s : d.switches) {
        Value v = Value::object();
        v.set("id", s.id)
            .set("name", s.name)
            .set("catalog_id", s.catalogId)
            .set("role", toString(s.role))
            .set("tier", s.tier)
            .set("rail", s.rail)
            .set("port_count", s.portCount)
            .set("port_speed_gbps", s.portSpeedGbps)
            .set("hall_id", s.hallId)
            .set("position", point(s.positionM));
        switches.push(std::move(v));
    }
    doc.set("switches", std::move(switches));
    Value links = Value::array();
    for (const NetworkLink& l : d.networkLinks) {
        Value v = Value::object();
        v.set("id", l.id)
            .set("from_id", l.fromId)
            .set("to_id", l.toId)
            .set("count", l.count)
            .set("speed_gbps", l.speedGbps)
            .set("length_m", l.lengthM)
            .set("medium", toString(l.medium));
        links.push(std::move(v));
    }
    doc.set("network_links", std::move(links));
    Value user = Value::array();
    for (const CatalogEntry& e : d.userCatalog)
        user.push(catalogEntry(e));
    doc.set("user_catalog", std::move(user));
    Value overrides = Value::object();
    for (const auto& [key, value] : d.assumptionOverrides)
        overrides.set(key, value);
    doc.set("assumption_overrides", std::move(overrides));
    Value owned = Value::array();
    for (const OwnedEquipment& e : d.ownedEquipment) {
        Value v = Value::object();
        v.set("class", e.equipmentClass).set("on_site_date", e.onSiteDate);
        owned.push(std::move(v));
    }
    doc.set("owned_equipment", std::move(owned));
    Value models = Value::array();
    for (const UserModel& m : d.userModels) {
        Value v = Value::object();
        v.set("id", m.id)
            .set("name", m.name)
            .set("config_json", m.configJson)
            .set("source", m.source);
        models.push(std::move(v));
    }
    doc.set("user_models", std::move(models));
    doc.set("next_id", d.nextId);
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Reading
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
        return "the number " + numberText(v.asNumber());
    if (v.isString())
        return "the string " + json::write(v, -1);
    if (v.isArray())
        return "a list";
    return "an object";
}

// Largest integer a JSON number (an IEEE double) holds exactly: 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

enum class Range { Any, NonNegative, Positive, Fraction };

// One JSON object being read: every key must be read once; the others are reported.
class Reader {
public:
    Reader(const Value& v, std::string path) : path_(std::move(path)) {
        if (!v.isObject())
            fail(path_.empty() ? "(document)" : path_, "expected an object, got " + describe(v));
        obj_ = &v.asObject();
    }

    const std::string& path() const { return path_; }
    std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

    const Value* get(const std::string& key) {
        used_.insert(key);
        for (const auto& [k, v] : *obj_)
            if (k == key)
                return &v;
        return nullptr;
    }
    const Value& need(const std::string& key) {
        const Value* v = get(key);
        if (!v)
            fail(at(key), "missing");
        return *v;
    }

    double number(const std::string& key, double fallback, Range range = Range::Any) {
        const Value* v = get(key);
        return v ? checkNumber(*v, at(key), range) : fallback;
    }
    int integer(const std::string& key, int fallback, int minimum) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        const double d = checkNumber(*v, at(key), Range::Any);
        if (d != std::floor(d) || std::fabs(d) > 2147483647.0)
            fail(at(key), numberText(d) + " is not a whole number");
        if (d < minimum)
            fail(at(key), numberText(d) + " is less than " + std::to_string(minimum));
        return static_cast<int>(d);
    }
    std::string string(const std::string& key, const std::string& fallback) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        if (!v->isString())
            fail(at(key), "expected a string, got " + describe(*v));
        return v->asString();
    }
    bool boolean(const std::string& key, bool fallback) {
        const Value* v = get(key);
        if (!v)
            return fallback;
        if (!v->isBool())
            fail(at(key), "expected true or false, got " + describe(*v));
        return v->asBool();
    }
    template <class E> E enumValue(const std::string& key, E fallback) {
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
    ObjectId id(const std::string& key) {
        const ObjectId v = reference(key, true);
        if (v == kNoId)
            fail(at(key), "must be a positive id, not 0");
        return v;
    }
    // A reference: 0 (none) or an id. required: absent is an error.
    ObjectId reference(const std::string& key, bool required) {
        const Value* v = get(key);
        if (!v) {
            if (required)
                fail(at(key), "missing");
            return kNoId;
        }
        const double d = checkNumber(*v, at(key), Range::Any);
        if (d < 0 || d != std::floor(d) || d > kMaxExactInteger)
            fail(at(key), numberText(d) + " is not a valid id (a whole number from 0 to 2^53)");
        return static_cast<ObjectId>(d);
    }
    PointM pointValue(const std::string& key) {
        const Value* v = get(key);
        return v ? readPoint(*v, at(key)) : PointM{};
    }
    std::vector<PointM> routeValue(const std::string& key) {
        std::vector<PointM> out;
        const Value* v = get(key);
        if (!v)
            return out;
        if (!v->isArray())
            fail(at(key), "expected a list of points, got " + describe(*v));
        out.reserve(v->asArray().size());
        for (std::size_t i = 0; i < v->asArray().size(); ++i)
            out.push_back(readPoint(v->asArray()[i], at(key) + "[" + std::to_string(i) + "]"));
        return out;
    }
    std::vector<std::string> stringList(const std::string& key) {
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
        for (const auto& [k, v] : *obj_)
            if (!used_.count(k))
                fail(at(k), "unknown key");
    }

    static double checkNumber(const Value& v, const std::string& path, Range range) {
        if (!v.isNumber())
            fail(path, "expected a number, got " + describe(v));
        const double d = v.asNumber();
        if (!std::isfinite(d))
            fail(path, "not a finite number");
        switch (range) {
        case Range::Any:
            break;
        case Range::NonNegative:
            if (d < 0)
                fail(path, numberText(d) + " is negative");
            break;
        case Range::Positive:
            if (!(d > 0))
                fail(path, "must be > 0 (got " + numberText(d) + ")");
            break;
        case Range::Fraction:
            if (!(d > 0 && d <= 1))
                fail(path, "must be > 0 and <= 1 (got " + numberText(d) + ")");
            break;
        }
        return d;
    }

private:
    static PointM readPoint(const Value& v, const std::string& path) {
        Reader r(v, path);
        PointM p;
        p.xM = r.number("x_m", 0.0);
        p.yM = r.number("y_m", 0.0);
        p.zM = r.number("z_m", 0.0);
        r.finish();
        return p;
    }

    std::string path_;
    const Value::Object* obj_ = nullptr;
    std::set<std::string> used_;
};

// A top-level list: absent means empty.
template <class F> void eachItem(Reader& top, const std::string& key, F&& f) {
    const Value* list = top.get(key);
    if (!list)
        return;
    if (!list->isArray())
        fail(key, "expected a list, got " + describe(*list));
    for (std::size_t i = 0; i < list->asArray().size(); ++i) {
        Reader r(list->asArray()[i], key + "[" + std::to_string(i) + "]");
        f(r);
        r.finish();
    }
}

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
        for (const auto& [key, rv] : ratings->asObject()) {
            Reader rr(rv, r.at("ratings") + "." + key);
            CatalogRating rating;
            if (const Value* v = rr.get("value"); v && !v->isNull())
                rating.value = Reader::checkNumber(*v, rr.at("value"), Range::Any);
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

} // namespace

Design designFromJson(const json::Value& doc, const Catalog& builtinCatalog) {
    Reader top(doc, "");
    {
        const Value& format = top.need("format");
        if (!format.isString() || format.asString() != "aifp-design")
            fail("format", "expected \"aifp-design\", got " + describe(format));
        const int version = top.integer("version", 0, 0);
        if (!top.get("version"))
            fail("version", "missing");
        if (version > kDesignJsonVersion)
            fail("version", "written by a newer version of AI Factory Planner (version " +
                                std::to_string(version) + "; this program reads up to " +
                                std::to_string(kDesignJsonVersion) + ")");
        if (version < 1)
            fail("version", std::to_string(version) + " is not a valid version");
    }
    Design d;
    // The user catalog first: catalog ids below may name its entries.
    {
        std::unordered_map<std::string, std::string> seen;
        eachItem(top, "user_catalog", [&](Reader& r) {
            CatalogEntry e = readCatalogEntry(r);
            if (auto it = seen.find(e.id); it != seen.end())
                fail(r.at("id"), "duplicate catalog id '" + e.id + "' (also " + it->second + ")");
            seen[e.id] = r.path();
            d.userCatalog.push_back(std::move(e));
        });
    }
    const Catalog catalog = builtinCatalog.withUserEntries(d.userCatalog);
    auto checkCatalogId = [&](Reader& r, const std::string& id, const char* category, bool required,
                              const char* key = "catalog_id") {
        if (id.empty()) {
            if (required)
                fail(r.at(key), "missing or empty");
            return;
        }
        const CatalogEntry* e = catalog.find(id);
        if (!e)
            fail(r.at(key), "unknown catalog id '" + id + "'");
        if (category && e->category != category)
            fail(r.at(key), "'" + id + "' is a " + e->category + ", not a " + category);
    };

    if (const Value* site = top.get("site")) {
        Reader r(*site, "site");
        Site& s = d.site;
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
    if (const Value* settings = top.get("settings")) {
        Reader r(*settings, "settings");
        DesignSettings& s = d.settings;
        s.powerRedundancy = r.enumValue("power_redundancy", s.powerRedundancy);
        s.cooling = r.enumValue("cooling", s.cooling);
        s.fabric = r.enumValue("fabric", s.fabric);
        s.fabricSwitchId = r.string("fabric_switch_id", s.fabricSwitchId);
        checkCatalogId(r, s.fabricSwitchId, "switch", false, "fabric_switch_id");
        s.railOptimized = r.boolean("rail_optimized", s.railOptimized);
        s.oversubscription = r.number("oversubscription", s.oversubscription, Range::Positive);
        s.fabricTiers = r.integer("fabric_tiers", s.fabricTiers, 1);
        s.airCoolingLimitKw =
            r.number("air_cooling_limit_kw", s.airCoolingLimitKw, Range::NonNegative);
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
    if (const Value* document = top.get("document")) {
        Reader r(*document, "document");
        DocumentControl& c = d.document;
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
    eachItem(top, "owned_equipment", [&](Reader& r) {
        OwnedEquipment e;
        e.equipmentClass = r.string("class", "");
        if (e.equipmentClass.empty())
            fail(r.at("class"), "missing or empty");
        for (const OwnedEquipment& other : d.ownedEquipment)
            if (other.equipmentClass == e.equipmentClass)
                fail(r.at("class"), "'" + e.equipmentClass + "' is listed twice");
        e.onSiteDate = r.string("on_site_date", "");
        if (!e.onSiteDate.empty() && !isValidIsoDate(e.onSiteDate))
            fail(r.at("on_site_date"), "'" + e.onSiteDate + "' is not a date (YYYY-MM-DD)");
        d.ownedEquipment.push_back(std::move(e));
    });
    eachItem(top, "user_models", [&](Reader& r) {
        UserModel m;
        m.id = r.string("id", "");
        if (m.id.empty())
            fail(r.at("id"), "missing or empty");
        for (const UserModel& other : d.userModels)
            if (other.id == m.id)
                fail(r.at("id"), "'" + m.id + "' is defined twice");
        m.name = r.string("name", m.id);
        m.configJson = r.string("config_json", "");
        if (m.configJson.empty())
            fail(r.at("config_json"), "missing or empty");
        m.source = r.string("source", "");
        d.userModels.push_back(std::move(m));
    });

    // Every id is unique in the design; remember where each was defined and what it is.
    struct Defined {
        ObjectKind kind;
        std::string path;
    };
    std::unordered_map<ObjectId, Defined> ids;
    ObjectId maxId = 0;
    auto define = [&](Reader& r, ObjectKind kind) {
        const ObjectId id = r.id("id");
        auto [it, inserted] = ids.emplace(id, Defined{kind, r.path()});
        if (!inserted)
            fail(r.at("id"),
                 "duplicate id " + std::to_string(id) + " (also " + it->second.path + ")");
        maxId = std::max(maxId, id);
        return id;
    };
    // References are checked after every object is known (links may point forwards).
    struct Ref {
        std::string path;
        ObjectId id;
        std::vector<ObjectKind> kinds;
    };
    std::vector<Ref> refs;
    auto ref = [&](Reader& r, const char* key, bool required, std::vector<ObjectKind> kinds) {
        const ObjectId id = r.reference(key, required);
        if (id == kNoId && required)
            fail(r.at(key), "must name an object, not 0");
        if (id != kNoId)
            refs.push_back({r.at(key), id, std::move(kinds)});
        return id;
    };

    eachItem(top, "halls", [&](Reader& r) {
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
        d.halls.push_back(std::move(h));
    });
    eachItem(top, "rows", [&](Reader& r) {
        Row row;
        row.id = define(r, ObjectKind::Row);
        row.hallId = ref(r, "hall_id", true, {ObjectKind::Hall});
        row.name = r.string("name", "");
        row.rotationDeg = r.number("rotation_deg", 0.0);
        row.frontFaces = r.enumValue("front_faces", row.frontFaces);
        d.rows.push_back(std::move(row));
    });
    eachItem(top, "racks", [&](Reader& r) {
        Rack k;
        k.id = define(r, ObjectKind::Rack);
        k.hallId = ref(r, "hall_id", true, {ObjectKind::Hall});
        k.rowId = ref(r, "row_id", false, {ObjectKind::Row});
        k.name = r.string("name", "");
        k.catalogId = r.string("catalog_id", "");
        checkCatalogId(r, k.catalogId, "system", true);
        k.centerM = r.pointValue("center");
        k.rotationDeg = r.number("rotation_deg", 0.0);
        d.racks.push_back(std::move(k));
    });
    eachItem(top, "power_nodes", [&](Reader& r) {
        PowerNode n;
        n.id = define(r, ObjectKind::PowerNode);
        n.kind = r.enumValue("kind", n.kind);
        n.name = r.string("name", "");
        n.catalogId = r.string("catalog_id", "");
        checkCatalogId(r, n.catalogId, nullptr, false);
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
        d.powerNodes.push_back(std::move(n));
    });
    eachItem(top, "power_links", [&](Reader& r) {
        PowerLink l;
        l.id = define(r, ObjectKind::PowerLink);
        l.fromId = ref(r, "from_id", true, {ObjectKind::PowerNode});
        l.toId = ref(r, "to_id", true, {ObjectKind::PowerNode, ObjectKind::Rack});
        l.kind = r.enumValue("kind", l.kind);
        l.currentRatingA = r.number("current_rating_a", 0.0, Range::NonNegative);
        l.routeM = r.routeValue("route");
        l.lengthM = r.number("length_m", 0.0, Range::NonNegative);
        d.powerLinks.push_back(std::move(l));
    });
    eachItem(top, "cooling_nodes", [&](Reader& r) {
        CoolingNode n;
        n.id = define(r, ObjectKind::CoolingNode);
        n.kind = r.enumValue("kind", n.kind);
        n.name = r.string("name", "");
        n.catalogId = r.string("catalog_id", "");
        checkCatalogId(r, n.catalogId, nullptr, false);
        n.hallId = ref(r, "hall_id", false, {ObjectKind::Hall});
        n.positionM = r.pointValue("position");
        n.capacityKw = r.number("capacity_kw", 0.0, Range::NonNegative);
        n.flowRatingLpm = r.number("flow_rating_lpm", 0.0, Range::NonNegative);
        n.pumpHeadKpa = r.number("pump_head_kpa", 0.0, Range::NonNegative);
        n.supplyTempC = r.number("supply_temp_c", 0.0);
        n.deltaTK = r.number("delta_t_k", n.deltaTK, Range::NonNegative);
        n.powerPerKwHeat = r.number("power_per_kw_heat", 0.0, Range::NonNegative);
        n.path = r.string("path", "");
        d.coolingNodes.push_back(std::move(n));
    });
    eachItem(top, "pipes", [&](Reader& r) {
        Pipe p;
        p.id = define(r, ObjectKind::Pipe);
        p.fromId = ref(r, "from_id", true, {ObjectKind::CoolingNode});
        p.toId = ref(r, "to_id", true, {ObjectKind::CoolingNode, ObjectKind::Rack});
        p.loop = r.enumValue("loop", p.loop);
        p.routeM = r.routeValue("route");
        p.innerDiameterMm = r.number("inner_diameter_mm", 0.0, Range::NonNegative);
        p.lengthM = r.number("length_m", 0.0, Range::NonNegative);
        p.roughnessMm = r.number("roughness_mm", p.roughnessMm, Range::NonNegative);
        d.pipes.push_back(std::move(p));
    });
    eachItem(top, "switches", [&](Reader& r) {
        NetworkSwitch s;
        s.id = define(r, ObjectKind::NetworkSwitch);
        s.name = r.string("name", "");
        s.catalogId = r.string("catalog_id", "");
        checkCatalogId(r, s.catalogId, nullptr, false);
        s.role = r.enumValue("role", s.role);
        s.tier = r.integer("tier", s.tier, 1);
        s.rail = r.integer("rail", s.rail, -1);
        s.portCount = r.integer("port_count", 0, 0);
        s.portSpeedGbps = r.number("port_speed_gbps", 0.0, Range::NonNegative);
        s.hallId = ref(r, "hall_id", false, {ObjectKind::Hall});
        s.positionM = r.pointValue("position");
        d.switches.push_back(std::move(s));
    });
    eachItem(top, "network_links", [&](Reader& r) {
        NetworkLink l;
        l.id = define(r, ObjectKind::NetworkLink);
        l.fromId = ref(r, "from_id", true, {ObjectKind::Rack, ObjectKind::NetworkSwitch});
        l.toId = ref(r, "to_id", true, {ObjectKind::NetworkSwitch});
        l.count = r.integer("count", l.count, 1);
        l.speedGbps = r.number("speed_gbps", 0.0, Range::NonNegative);
        l.lengthM = r.number("length_m", 0.0, Range::NonNegative);
        l.medium = r.enumValue("medium", l.medium);
        d.networkLinks.push_back(std::move(l));
    });
    if (const Value* overrides = top.get("assumption_overrides")) {
        if (!overrides->isObject())
            fail("assumption_overrides", "expected an object, got " + describe(*overrides));
        for (const auto& [key, v] : overrides->asObject()) {
            const std::string path = "assumption_overrides." + key;
            if (key.empty())
                fail(path, "empty key");
            if (d.assumptionOverrides.count(key))
                fail(path, "duplicate key");
            d.assumptionOverrides[key] = Reader::checkNumber(v, path, Range::Any);
        }
    }
    if (top.get("next_id")) {
        const ObjectId next = top.reference("next_id", true);
        if (next <= maxId)
            fail("next_id", std::to_string(next) + " must be greater than the largest id (" +
                                std::to_string(maxId) + ")");
        d.nextId = next;
    } else {
        d.nextId = maxId + 1;
    }
    top.finish();

    for (const Ref& r : refs) {
        auto it = ids.find(r.id);
        bool ok = false;
        if (it != ids.end())
            for (ObjectKind k : r.kinds)
                ok = ok || it->second.kind == k;
        if (!ok) {
            std::string wanted;
            for (std::size_t i = 0; i < r.kinds.size(); ++i)
                wanted += std::string(i == 0 ? "" : " or ") + toString(r.kinds[i]);
            if (it == ids.end())
                fail(r.path, "no " + wanted + " with id " + std::to_string(r.id));
            fail(r.path, "id " + std::to_string(r.id) + " is a " + toString(it->second.kind) +
                             " (" + it->second.path + "), not a " + wanted);
        }
    }
    // The same domain check as a project file gets (limits, ranges, cycles, user systems).
    try {
        checkDesign(d, builtinCatalog, "");
    } catch (const DesignCheckError& e) {
        throw DesignJsonError(e.what());
    }
    return d;
}

} // namespace aifp
