#pragma once
#include "core/model/Design.hpp"
#include "core/model/DesignLimits.hpp"
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

// One description per entity of its fields (issue 11): the JSON key, the member, the valid range
// and the rules of each field, in the order of the JSON object and of the table's columns. The
// JSON export and import (DesignJson.cpp), the project tables (DesignTables.cpp), the domain
// check (DesignCheck.cpp), the property editor (ui/docks/PropertyTable.cpp: which fields it
// shows, under which label) and the tests' comparison walk these lists. Units are in the keys and
// the members (origin_x_m / originXM), as everywhere in the project. A field's column is its key,
// except a point (<key>_x_m, <key>_y_m, <key>_z_m), a route (route_m, a BLOB) and a text key that
// names its column (owned_equipment.equipment_class).
//
// The lists keyed by text (user catalog, owned equipment, user models) and the catalog entries'
// ratings are described the same way; the assumption overrides, a map of numbers, by
// kAssumptionOverrides at the end.
namespace aifp {

// Confidence's names are those of toString / confidenceFromString (core/catalog/CatalogEntry.hpp);
// this gives them the fromString form of the other enums, which Choice fields read with.
inline bool fromString(const std::string& s, Confidence& out) {
    const std::optional<Confidence> c = confidenceFromString(s);
    if (c)
        out = *c;
    return c.has_value();
}

} // namespace aifp

namespace aifp::fields {

// The object's own id ("id"; the table's INTEGER PRIMARY KEY).
template <class T> struct Id { ObjectId T::*member; };

// A reference to another object: 0 (none) is allowed unless required; the object must be of kind
// `to` or, when given, `orTo`.
template <class T> struct Ref {
    const char* key;
    ObjectId T::*member;
    bool required;
    ObjectKind to;
    ObjectKind orTo = ObjectKind::None;
};

// What a text must be beyond one line of valid UTF-8 of at most limits::kMaxNameBytes.
enum class TextRule {
    Free,
    NoEdgeSpace,      // no space at either end (hall clusters are grouped by the exact text)
    IsoDate,          // a date YYYY-MM-DD
    OptionalIsoDate,  // a date YYYY-MM-DD or ""
    Delivery,         // one of kDeliveryNames
    CurrencyCode,     // not empty on import (isCurrencyCode, core/model/CurrencyCode.hpp, is
                      // checked where a code is typed: the report command, Document properties)
    NotEmptyOnImport, // the import refuses "" ("missing or empty"); files may hold it
};
inline constexpr std::array<const char*, 2> kDeliveryNames{"traditional", "prefab"};
inline bool isDeliveryName(std::string_view text) {
    for (const char* name : kDeliveryNames)
        if (text == name)
            return true;
    return false;
}
// "traditional or prefab", for messages.
inline std::string deliveryChoices() {
    std::string out;
    for (const char* name : kDeliveryNames)
        out += std::string(out.empty() ? "" : " or ") + name;
    return out;
}

template <class T> struct Text {
    const char* key;
    std::string T::*member;
    TextRule rule = TextRule::Free;
    // false: the JSON export leaves the key out when the text is empty (Hall::cluster: version 4
    // writes the key only for halls of a named cluster).
    bool writeEmpty = true;
    // The longest text; above kMaxNameBytes a text may also hold line breaks and tabs (notes).
    std::size_t maxBytes = limits::kMaxNameBytes;
    // The import copies this member (read before) when the key is absent (a user model without
    // a name is called by its id).
    std::string T::*absentCopies = nullptr;
};

// The key of an entry of a list keyed by text: not empty, unique in its list, one line; the
// table's TEXT PRIMARY KEY, in the column of that name when given (else the key's).
template <class T> struct Key {
    const char* key;
    std::string T::*member;
    const char* column = nullptr;
};

// A list of texts: a JSON list of strings; its column holds that JSON list as text. Each text is
// one line of at most kMaxNameBytes, all together at most kMaxTextBytes.
template <class T> struct Texts {
    const char* key;
    std::vector<std::string> T::*member;
};

// A catalog id: "" (none) unless required; otherwise an entry of the catalog (the builtin one
// plus the design's user catalog) of the category, when one is given.
template <class T> struct CatalogRef {
    const char* key;
    std::string T::*member;
    const char* category; // nullptr: any category
    bool required;
};

// The valid values of a number (always finite):
//   Range     lo <= v <= hi (lo 0: not negative)
//   Positive  0 < v <= hi
//   Fraction  0 < v <= 1
enum class Domain { Range, Positive, Fraction };

template <class T> struct Number {
    const char* key;
    double T::*member;
    Domain domain;
    double lo;                   // Range only
    double hi;                   // Range and Positive
    bool requiredInJson = false; // the import refuses an object without the key
    // The import checks lo..hi itself (else only the sign; the domain check does the rest).
    bool importChecksRange = false;
};

// A number or none: NaN in the model, null in JSON, NULL in its column (a catalog rating that
// is only a text); a number lo..hi. Apart from Number so that the numbers of the objects, a
// million in a gigawatt design, are written and read without a test for none.
template <class T> struct OptionalNumber {
    const char* key;
    double T::*member;
    double lo;
    double hi;
};

// A whole number lo..hi; with lessThan, also below that member of the same object.
template <class T> struct Integer {
    const char* key;
    int T::*member;
    int lo;
    int hi;
    int T::*lessThan = nullptr;
    const char* lessThanKey = nullptr;
    // The import checks hi itself, naming this unit ("months"); else the domain check does.
    const char* importMaxUnit = nullptr;
};

template <class T> struct Flag {
    const char* key;
    bool T::*member;
    // The import reads an absent key as true (an entry of a file's user catalog is the user's
    // unless it says otherwise), else as the model's default.
    bool absentIsTrue = false;
};

// An enum, written as its name (toString / fromString of core/model/Design.hpp: one table per
// enum for files, JSON, the command line and the property table).
template <class T, class E> struct Choice {
    const char* key;
    E T::*member;
};

// An enum or none: null in JSON, NULL in its column.
template <class T, class E> struct OptionalChoice {
    const char* key;
    std::optional<E> T::*member;
};

// Entries keyed by text, each described by Entity<V>: a JSON object of objects by key; rows of
// the table Entity<V>::table, whose first two columns are the owner's key
// (Entity<V>::ownerColumn) and the entry's key (Entity<V>::keyColumn), then V's fields.
template <class T, class V> struct Entries {
    const char* key;
    std::map<std::string, V> T::*member;
};
template <class F> inline constexpr bool isEntries = false;
template <class T, class V> inline constexpr bool isEntries<Entries<T, V>> = true;

// A point: a JSON object {x_m, y_m, z_m}; columns <key>_x_m, <key>_y_m, <key>_z_m.
template <class T> struct Point {
    const char* key;
    PointM T::*member;
};

// A polyline: a JSON list of points; column route_m (24 bytes a point).
template <class T> struct Route {
    const char* key;
    std::vector<PointM> T::*member;
};
inline constexpr const char* kRouteColumn = "route_m";

// The description of an entity: Entity<T>::fields, and
//   for the objects of a list: list (JSON list and table), kind (ObjectKind), objects (the list
//   in Design), maxCount (core/model/DesignLimits.hpp); a list keyed by text has no kind (its
//   first field is its Key);
//   for the one-of-a-kind parts of a design: json (key), table, row (how messages name the row),
//   and replacesRow (the schema creates the row with defaults, so it is replaced, not inserted).
template <class T> struct Entity;

// What the description of a list's objects has besides its fields and its list name.
template <ObjectKind Kind, auto Objects, std::size_t MaxCount> struct ObjectList {
    static constexpr ObjectKind kind = Kind;
    static constexpr auto objects = Objects;
    static constexpr std::size_t maxCount = MaxCount;
};

// The same for a list of entries keyed by text.
template <auto Objects, std::size_t MaxCount> struct KeyedList {
    static constexpr auto objects = Objects;
    static constexpr std::size_t maxCount = MaxCount;
};

template <class T, class F> constexpr void forEachField(F&& f) {
    std::apply([&](const auto&... field) { (f(field), ...); }, Entity<T>::fields);
}

// Whether T is an entry of a list keyed by text (its first field is its Key), not an object.
template <class T>
inline constexpr bool keyedByText =
    std::is_same_v<std::decay_t<decltype(std::get<0>(Entity<T>::fields))>, Key<T>>;

// The key of an entry of a list keyed by text (its first field).
template <class T> const std::string& keyOf(const T& entry) {
    return entry.*std::get<0>(Entity<T>::fields).member;
}

// Calls f(objects) for each list of objects of a design (a std::vector<T>&, const when d is), in
// the order of the JSON document, the tables and the checks.
template <class D, class F> void forEachObjectList(D& d, F&& f) {
    f(d.halls);
    f(d.rows);
    f(d.racks);
    f(d.powerNodes);
    f(d.powerLinks);
    f(d.coolingNodes);
    f(d.pipes);
    f(d.switches);
    f(d.networkLinks);
}

// Calls f(part) for each one-of-a-kind part of a design (site, settings, document control), each
// one row of its table, in the order of the JSON document and the tables.
template <class D, class F> void forEachPart(D& d, F&& f) {
    f(d.site);
    f(d.settings);
    f(d.document);
}

// Calls f(entries) for each list of entries keyed by text (user catalog, owned equipment, user
// models), in the order of the JSON document.
template <class D, class F> void forEachKeyedList(D& d, F&& f) {
    f(d.userCatalog);
    f(d.ownedEquipment);
    f(d.userModels);
}

template <> struct Entity<Site> {
    static constexpr const char* json = "site";
    static constexpr const char* table = "site";
    static constexpr const char* row = "site";
    static constexpr bool replacesRow = false;
    static constexpr auto fields = std::make_tuple(
        Text<Site>{"name", &Site::name}, Text<Site>{"location", &Site::location},
        Text<Site>{"customer", &Site::customer}, Text<Site>{"author", &Site::author},
        Number<Site>{"grid_connection_mw", &Site::gridConnectionMw, Domain::Range, 0.0, 1e6},
        // Design ambient: the extremes of dry-bulb temperature on Earth, with margin
        // (assumption; -89 C Vostok, 57 C Death Valley).
        Number<Site>{"design_ambient_c", &Site::designAmbientC, Domain::Range, -90.0, 70.0},
        Number<Site>{"latitude_deg", &Site::latitudeDeg, Domain::Range, -90.0, 90.0, false, true},
        Number<Site>{"longitude_deg", &Site::longitudeDeg, Domain::Range, -180.0, 180.0, false,
                     true},
        Text<Site>{"climate_id", &Site::climateId},
        Choice<Site, SiteReadiness>{"readiness", &Site::readiness});
};

// The upper bounds below bound memory and arithmetic, not engineering (assumptions sized with a
// factor of ten or more over any real equipment, like core/model/DesignLimits.hpp).
template <> struct Entity<DesignSettings> {
    using S = DesignSettings;
    static constexpr const char* json = "settings";
    static constexpr const char* table = "settings";
    static constexpr const char* row = "settings id 1";
    static constexpr bool replacesRow = false;
    static constexpr auto fields = std::make_tuple(
        Choice<S, RedundancyScheme>{"power_redundancy", &S::powerRedundancy},
        Choice<S, CoolingMode>{"cooling", &S::cooling}, Choice<S, FabricKind>{"fabric", &S::fabric},
        CatalogRef<S>{"fabric_switch_id", &S::fabricSwitchId, "switch", false},
        Flag<S>{"rail_optimized", &S::railOptimized},
        Number<S>{"oversubscription", &S::oversubscription, Domain::Positive, 0.0, 1000.0},
        Integer<S>{"fabric_tiers", &S::fabricTiers, 1, limits::kMaxFabricTiers},
        Number<S>{"air_cooling_limit_kw", &S::airCoolingLimitKw, Domain::Range, 0.0, 1e4},
        Text<S>{"model_id", &S::modelId}, Text<S>{"scenario", &S::scenario},
        Text<S>{"precision", &S::precision},
        Text<S>{"schedule_start", &S::scheduleStart, TextRule::IsoDate},
        Text<S>{"delivery", &S::delivery, TextRule::Delivery},
        Number<S>{"user_tokens_per_s", &S::userTokensPerS, Domain::Positive, 0.0, 1e6},
        Number<S>{"bridge_power_mw", &S::bridgePowerMw, Domain::Range, 0.0, 1e6},
        Flag<S>{"supply_priority", &S::supplyPriority},
        // Files before schema 4 have no procurement keys: they mean "build".
        Choice<S, Procurement>{"procurement", &S::procurement},
        Integer<S>{"rent_term_months", &S::rentTermMonths, kMinRentTermMonths, kMaxRentTermMonths,
                   nullptr, nullptr, "months"},
        Integer<S>{"tco_horizon_years", &S::tcoHorizonYears, kMinTcoHorizonYears,
                   kMaxTcoHorizonYears, nullptr, nullptr, "years"});
};

template <> struct Entity<DocumentControl> {
    using C = DocumentControl;
    static constexpr const char* json = "document";
    static constexpr const char* table = "document_control";
    static constexpr const char* row = "document_control";
    static constexpr bool replacesRow = true; // schema step 1 -> 2 creates it
    static constexpr auto fields = std::make_tuple(
        Text<C>{"revision", &C::revision}, Text<C>{"document_number", &C::documentNumber},
        Text<C>{"confidentiality", &C::confidentiality},
        Text<C>{"price_date", &C::priceDate, TextRule::OptionalIsoDate},
        Text<C>{"currency", &C::currency, TextRule::CurrencyCode});
};

// Coordinates and sizes: limits::kMaxCoordinateM and kMaxSizeM. Temperatures of water loops:
// -50..150 C covers glycol loops and hot-water reuse (assumption). Rotations: ten turns either
// way (assumption: tools keep them within a turn).
inline constexpr double kMaxRotationDeg = 3600.0;
inline constexpr double kMinWaterC = -50.0;
inline constexpr double kMaxWaterC = 150.0;

template <> struct Entity<Hall> : ObjectList<ObjectKind::Hall, &Design::halls, limits::kMaxHalls> {
    static constexpr const char* list = "halls";
    static constexpr auto fields = std::make_tuple(
        Id<Hall>{&Hall::id}, Text<Hall>{"name", &Hall::name},
        Number<Hall>{"origin_x_m", &Hall::originXM, Domain::Range, -limits::kMaxCoordinateM,
                     limits::kMaxCoordinateM},
        Number<Hall>{"origin_y_m", &Hall::originYM, Domain::Range, -limits::kMaxCoordinateM,
                     limits::kMaxCoordinateM},
        Number<Hall>{"width_m", &Hall::widthM, Domain::Positive, 0.0, limits::kMaxSizeM, true},
        Number<Hall>{"depth_m", &Hall::depthM, Domain::Positive, 0.0, limits::kMaxSizeM, true},
        Number<Hall>{"clear_height_m", &Hall::clearHeightM, Domain::Range, 0.0, 1000.0},
        Number<Hall>{"floor_load_kg_per_m2", &Hall::floorLoadKgPerM2, Domain::Range, 0.0, 1e6},
        Choice<Hall, CoolingProvision>{"cooling", &Hall::cooling},
        Number<Hall>{"facility_water_supply_c", &Hall::facilityWaterSupplyC, Domain::Range,
                     kMinWaterC, kMaxWaterC},
        Number<Hall>{"max_rack_kw", &Hall::maxRackKw, Domain::Range, 0.0, 1e5},
        Text<Hall>{"cluster", &Hall::cluster, TextRule::NoEdgeSpace, false});
};

template <> struct Entity<Row> : ObjectList<ObjectKind::Row, &Design::rows, limits::kMaxRows> {
    static constexpr const char* list = "rows";
    static constexpr auto fields = std::make_tuple(
        Id<Row>{&Row::id}, Ref<Row>{"hall_id", &Row::hallId, true, ObjectKind::Hall},
        Text<Row>{"name", &Row::name},
        Number<Row>{"rotation_deg", &Row::rotationDeg, Domain::Range, -kMaxRotationDeg,
                    kMaxRotationDeg},
        Choice<Row, AisleSide>{"front_faces", &Row::frontFaces});
};

template <> struct Entity<Rack> : ObjectList<ObjectKind::Rack, &Design::racks, limits::kMaxRacks> {
    static constexpr const char* list = "racks";
    static constexpr auto fields = std::make_tuple(
        Id<Rack>{&Rack::id}, Ref<Rack>{"hall_id", &Rack::hallId, true, ObjectKind::Hall},
        Ref<Rack>{"row_id", &Rack::rowId, false, ObjectKind::Row}, Text<Rack>{"name", &Rack::name},
        CatalogRef<Rack>{"catalog_id", &Rack::catalogId, "system", true},
        Point<Rack>{"center", &Rack::centerM},
        Number<Rack>{"rotation_deg", &Rack::rotationDeg, Domain::Range, -kMaxRotationDeg,
                     kMaxRotationDeg});
};

// Where equipment stands: in a hall or outside (hall_id 0), at a position.
template <class N> constexpr auto placement() {
    return std::make_tuple(Ref<N>{"hall_id", &N::hallId, false, ObjectKind::Hall},
                           Point<N>{"position", &N::positionM});
}

// The fields power and cooling equipment start with: what it is, where it stands.
template <class N, class K> constexpr auto plantHead() {
    return std::tuple_cat(
        std::make_tuple(Id<N>{&N::id}, Choice<N, K>{"kind", &N::kind}, Text<N>{"name", &N::name},
                        CatalogRef<N>{"catalog_id", &N::catalogId, nullptr, false}),
        placement<N>());
}

template <>
struct Entity<PowerNode>
    : ObjectList<ObjectKind::PowerNode, &Design::powerNodes, limits::kMaxPowerNodes> {
    using N = PowerNode;
    static constexpr const char* list = "power_nodes";
    static constexpr auto fields = std::tuple_cat(
        plantHead<N, PowerNodeKind>(),
        std::make_tuple(Number<N>{"rating_kva", &N::ratingKva, Domain::Range, 0.0, 1e8},
                        Number<N>{"rating_kw", &N::ratingKw, Domain::Range, 0.0, 1e8},
                        Number<N>{"voltage_v", &N::voltageV, Domain::Range, 0.0, 1e7},
                        Number<N>{"efficiency", &N::efficiency, Domain::Fraction, 0.0, 1.0},
                        Integer<N>{"module_count", &N::moduleCount, 1, limits::kMaxModules},
                        Integer<N>{"redundant_modules", &N::redundantModules, 0,
                                   limits::kMaxModules - 1, &N::moduleCount, "module_count"},
                        Number<N>{"current_rating_a", &N::currentRatingA, Domain::Range, 0.0, 1e7},
                        Text<N>{"path", &N::path}, Route<N>{"route", &N::routeM}));
};

template <>
struct Entity<PowerLink>
    : ObjectList<ObjectKind::PowerLink, &Design::powerLinks, limits::kMaxPowerLinks> {
    using L = PowerLink;
    static constexpr const char* list = "power_links";
    static constexpr auto fields =
        std::make_tuple(Id<L>{&L::id}, Ref<L>{"from_id", &L::fromId, true, ObjectKind::PowerNode},
                        Ref<L>{"to_id", &L::toId, true, ObjectKind::PowerNode, ObjectKind::Rack},
                        Choice<L, PowerLinkKind>{"kind", &L::kind},
                        Number<L>{"current_rating_a", &L::currentRatingA, Domain::Range, 0.0, 1e7},
                        Route<L>{"route", &L::routeM},
                        Number<L>{"length_m", &L::lengthM, Domain::Range, 0.0, limits::kMaxSizeM});
};

template <>
struct Entity<CoolingNode>
    : ObjectList<ObjectKind::CoolingNode, &Design::coolingNodes, limits::kMaxCoolingNodes> {
    using N = CoolingNode;
    static constexpr const char* list = "cooling_nodes";
    static constexpr auto fields = std::tuple_cat(
        plantHead<N, CoolingNodeKind>(),
        std::make_tuple(
            Number<N>{"capacity_kw", &N::capacityKw, Domain::Range, 0.0, 1e8},
            Number<N>{"flow_rating_lpm", &N::flowRatingLpm, Domain::Range, 0.0, 1e9},
            Number<N>{"pump_head_kpa", &N::pumpHeadKpa, Domain::Range, 0.0, 1e5},
            Number<N>{"supply_temp_c", &N::supplyTempC, Domain::Range, kMinWaterC, kMaxWaterC},
            Number<N>{"delta_t_k", &N::deltaTK, Domain::Range, 0.0, 200.0},
            Number<N>{"power_per_kw_heat", &N::powerPerKwHeat, Domain::Range, 0.0, 100.0},
            Text<N>{"path", &N::path}));
};

template <> struct Entity<Pipe> : ObjectList<ObjectKind::Pipe, &Design::pipes, limits::kMaxPipes> {
    static constexpr const char* list = "pipes";
    static constexpr auto fields = std::make_tuple(
        Id<Pipe>{&Pipe::id}, Ref<Pipe>{"from_id", &Pipe::fromId, true, ObjectKind::CoolingNode},
        Ref<Pipe>{"to_id", &Pipe::toId, true, ObjectKind::CoolingNode, ObjectKind::Rack},
        Choice<Pipe, CoolantLoop>{"loop", &Pipe::loop}, Route<Pipe>{"route", &Pipe::routeM},
        Number<Pipe>{"inner_diameter_mm", &Pipe::innerDiameterMm, Domain::Range, 0.0, 1e5},
        Number<Pipe>{"length_m", &Pipe::lengthM, Domain::Range, 0.0, limits::kMaxSizeM},
        Number<Pipe>{"roughness_mm", &Pipe::roughnessMm, Domain::Range, 0.0, 1e3});
};

template <>
struct Entity<NetworkSwitch>
    : ObjectList<ObjectKind::NetworkSwitch, &Design::switches, limits::kMaxSwitches> {
    using S = NetworkSwitch;
    static constexpr const char* list = "switches";
    static constexpr auto fields = std::tuple_cat(
        std::make_tuple(Id<S>{&S::id}, Text<S>{"name", &S::name},
                        CatalogRef<S>{"catalog_id", &S::catalogId, nullptr, false},
                        Choice<S, NetworkRole>{"role", &S::role},
                        Integer<S>{"tier", &S::tier, 1, limits::kMaxTier},
                        Integer<S>{"rail", &S::rail, -1, limits::kMaxRail},
                        Integer<S>{"port_count", &S::portCount, 0, limits::kMaxPortCount},
                        Number<S>{"port_speed_gbps", &S::portSpeedGbps, Domain::Range, 0.0, 1e6}),
        placement<S>());
};

template <>
struct Entity<NetworkLink>
    : ObjectList<ObjectKind::NetworkLink, &Design::networkLinks, limits::kMaxNetworkLinks> {
    using L = NetworkLink;
    static constexpr const char* list = "network_links";
    static constexpr auto fields = std::make_tuple(
        Id<L>{&L::id},
        Ref<L>{"from_id", &L::fromId, true, ObjectKind::Rack, ObjectKind::NetworkSwitch},
        Ref<L>{"to_id", &L::toId, true, ObjectKind::NetworkSwitch},
        Integer<L>{"count", &L::count, 1, limits::kMaxLinkCount},
        Number<L>{"speed_gbps", &L::speedGbps, Domain::Range, 0.0, 1e6},
        Number<L>{"length_m", &L::lengthM, Domain::Range, 0.0, limits::kMaxSizeM},
        Choice<L, LinkMedium>{"medium", &L::medium});
};

// ---- The entries keyed by text ----

template <>
struct Entity<OwnedEquipment> : KeyedList<&Design::ownedEquipment, limits::kMaxOwnedEquipment> {
    using E = OwnedEquipment;
    static constexpr const char* list = "owned_equipment";
    static constexpr auto fields =
        std::make_tuple(Key<E>{"class", &E::equipmentClass, "equipment_class"},
                        Text<E>{"on_site_date", &E::onSiteDate, TextRule::OptionalIsoDate});
};

template <> struct Entity<UserModel> : KeyedList<&Design::userModels, limits::kMaxUserModels> {
    using M = UserModel;
    static constexpr const char* list = "user_models";
    static constexpr auto fields = std::make_tuple(
        Key<M>{"id", &M::id}, Text<M>{.key = "name", .member = &M::name, .absentCopies = &M::id},
        Text<M>{.key = "config_json",
                .member = &M::configJson,
                .rule = TextRule::NotEmptyOnImport,
                .maxBytes = limits::kMaxConfigJsonBytes},
        Text<M>{.key = "source", .member = &M::source, .maxBytes = limits::kMaxTextBytes});
};

// A rating's value: any number below 1e15 in size (an assumption bounding arithmetic, like the
// limits above; real ratings are far smaller).
inline constexpr double kMaxRatingValue = 1e15;

template <> struct Entity<CatalogRating> {
    using R = CatalogRating;
    static constexpr const char* table = "user_catalog_ratings";
    static constexpr const char* ownerColumn = "entry_id";
    static constexpr const char* keyColumn = "key";
    static constexpr std::size_t maxCount = limits::kMaxRatingsPerEntry; // of one entry
    static constexpr auto fields = std::make_tuple(
        OptionalNumber<R>{"value", &R::value, -kMaxRatingValue, kMaxRatingValue},
        Text<R>{"text", &R::text}, Text<R>{"unit", &R::unit},
        Text<R>{.key = "note", .member = &R::note, .maxBytes = limits::kMaxTextBytes},
        Texts<R>{"sources", &R::sources},
        OptionalChoice<R, Confidence>{"confidence", &R::confidence});
};

template <>
struct Entity<CatalogEntry> : KeyedList<&Design::userCatalog, limits::kMaxUserCatalogEntries> {
    using C = CatalogEntry;
    static constexpr const char* list = "user_catalog";
    static constexpr auto fields = std::make_tuple(
        Key<C>{"id", &C::id}, Text<C>{"reference_id", &C::referenceId},
        Text<C>{"vendor", &C::vendor}, Text<C>{"model", &C::model},
        Text<C>{"category", &C::category}, Choice<C, Confidence>{"confidence", &C::confidence},
        Texts<C>{"sources", &C::sources},
        Text<C>{.key = "notes", .member = &C::notes, .maxBytes = limits::kMaxTextBytes},
        Flag<C>{"user_defined", &C::userDefined, true},
        Entries<C, CatalogRating>{"ratings", &C::ratings});
};

// The assumption overrides (Design::assumptionOverrides): a JSON object of numbers keyed by the
// assumption's id; the table of that name, one row (key, value) each. A key is one line of text,
// not empty; a value any number lo..hi (the bound of kMaxRatingValue, the same assumption).
struct NumberMap {
    const char* json;
    const char* table;
    std::map<std::string, double> Design::*member;
    const char* keyColumn;
    const char* valueColumn;
    double lo;
    double hi;
    std::size_t maxCount;
};
inline constexpr NumberMap kAssumptionOverrides{.json = "assumption_overrides",
                                                .table = "assumption_overrides",
                                                .member = &Design::assumptionOverrides,
                                                .keyColumn = "key",
                                                .valueColumn = "value",
                                                .lo = -kMaxRatingValue,
                                                .hi = kMaxRatingValue,
                                                .maxCount = limits::kMaxAssumptionOverrides};

} // namespace aifp::fields
