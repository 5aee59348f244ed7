#include "ui/docks/PropertyTable.hpp"
#include "core/io/EntityFields.hpp"
#include "ui/commands/EditPatches.hpp"
#include <QCoreApplication>
#include <cmath>
#include <string_view>

namespace aifp::ui {

namespace {

// Property labels and their messages, in Qt Linguist's context aifp::ui::PropertyTable.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(aifp::ui::PropertyTable)
};

QString num(double v) {
    return QString::number(v, 'g', 10);
}

[[noreturn]] void refuse(const QString& message) {
    throw EditError(message.toStdString());
}

// A number typed for a field of domain lo..hi (fields::Domain), or for a positive-only field.
double parseNumber(const QString& text, const QString& label, fields::Domain domain, double lo,
                   double hi, bool positive) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        refuse(Text::tr("%1: '%2' is not a number").arg(label, text));
    if (domain == fields::Domain::Fraction) {
        if (v <= 0 || v > 1)
            refuse(Text::tr("%1 must be greater than 0 and at most 1").arg(label));
        return v;
    }
    if ((domain == fields::Domain::Positive || positive) && v <= 0)
        refuse(Text::tr("%1 must be greater than zero").arg(label));
    if (domain == fields::Domain::Range && lo == 0.0 && v < 0)
        refuse(Text::tr("%1 cannot be negative").arg(label));
    if (domain == fields::Domain::Range && v < lo)
        refuse(Text::tr("%1 must be at least %2").arg(label, num(lo)));
    if (v > hi)
        refuse(Text::tr("%1 must be at most %2").arg(label, num(hi)));
    return v;
}

int parseCount(const QString& text, const QString& label, int lo, int hi) {
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        refuse(Text::tr("%1: '%2' is not a whole number").arg(label, text));
    if (v < 0 && lo >= 0)
        refuse(Text::tr("%1 cannot be negative").arg(label));
    if (v < lo)
        refuse(Text::tr("%1 must be at least %2").arg(label).arg(lo));
    if (v > hi)
        refuse(Text::tr("%1 must be at most %2").arg(label).arg(hi));
    return v;
}

QString idText(ObjectId id) {
    return id == kNoId ? QStringLiteral("-") : QString::number(id);
}

// The names of an enum, in its table's order (core/model/Design.cpp: the enums number their
// values from 0; toString names a value outside the table "?").
template <class E> QStringList choiceNames() {
    QStringList names;
    for (int i = 0;; ++i) {
        const char* name = toString(static_cast<E>(i));
        if (std::string_view(name) == "?")
            return names;
        names << QString::fromLatin1(name);
    }
}

// A row of the property table of T: a described field (core/io/EntityFields.hpp), named by its
// JSON key, shown under a stable property key (the ChangeValue merge key) and a label.
struct Shown {
    const char* key;   // property key
    QString label;     // translated, with its unit
    const char* field; // the field's key in the description
    int axis = -1;     // a point's coordinate: 0 x, 1 y
    bool editable = true;
    // The editor refuses 0 where the files accept it (a hall without height, a pipe without
    // bore, a loop without temperature rise cannot be planned with).
    bool positive = false;
};

// How a described field shows as text and takes text.
template <class T> struct FieldText {
    const Shown& s;

    QString get(const T& o, const fields::Ref<T>& f) const { return idText(o.*f.member); }
    QString get(const T& o, const fields::Text<T>& f) const {
        return QString::fromStdString(o.*f.member);
    }
    QString get(const T& o, const fields::CatalogRef<T>& f) const {
        return QString::fromStdString(o.*f.member);
    }
    QString get(const T& o, const fields::Number<T>& f) const { return num(o.*f.member); }
    QString get(const T& o, const fields::Integer<T>& f) const {
        return QString::number(o.*f.member);
    }
    template <class E> QString get(const T& o, const fields::Choice<T, E>& f) const {
        return QString::fromLatin1(toString(o.*f.member));
    }
    QString get(const T& o, const fields::Point<T>& f) const {
        const PointM& p = o.*f.member;
        return num(s.axis == 0 ? p.xM : p.yM);
    }
    QString get(const T& o, const fields::Route<T>& f) const {
        return num(polylineLengthM(o.*f.member));
    }

    template <class F> QStringList choices(const F&) const { return {}; }
    template <class E> QStringList choices(const fields::Choice<T, E>&) const {
        return choiceNames<E>();
    }

    // Fields the table only shows: references and routes.
    template <class F> void set(T&, const F&, const QString&) const {
        refuse(Text::tr("%1 is read-only").arg(s.label));
    }
    void set(T& o, const fields::Text<T>& f, const QString& t) const {
        o.*f.member = t.trimmed().toStdString();
    }
    void set(T& o, const fields::CatalogRef<T>& f, const QString& t) const {
        o.*f.member = t.trimmed().toStdString();
    }
    void set(T& o, const fields::Number<T>& f, const QString& t) const {
        o.*f.member = parseNumber(t, s.label, f.domain, f.lo, f.hi, s.positive);
    }
    void set(T& o, const fields::Integer<T>& f, const QString& t) const {
        o.*f.member = parseCount(t, s.label, f.lo, f.hi);
    }
    template <class E> void set(T& o, const fields::Choice<T, E>& f, const QString& t) const {
        E v{};
        if (!fromString(t.trimmed().toStdString(), v))
            refuse(Text::tr("%1: '%2' is not one of the allowed values").arg(s.label, t));
        o.*f.member = v;
    }
    void set(T& o, const fields::Point<T>& f, const QString& t) const {
        PointM& p = o.*f.member;
        (s.axis == 0 ? p.xM : p.yM) =
            parseNumber(t, s.label, fields::Domain::Range, -limits::kMaxCoordinateM,
                        limits::kMaxCoordinateM, false);
    }
};

// Calls f(field) for the described field of T whose key is key.
template <class T, class F> void withField(const char* key, F&& f) {
    fields::forEachField<T>([&](const auto& field) {
        if constexpr (requires { field.key; }) {
            if (std::string_view(field.key) == key)
                f(field);
        }
    });
}

template <class T> std::vector<Shown> shownFor();

template <> std::vector<Shown> shownFor<Hall>() {
    return {
        {"name", Text::tr("Name"), "name"},
        {"cluster", Text::tr("Cluster"), "cluster"},
        {"originXM", Text::tr("Origin x (m)"), "origin_x_m"},
        {"originYM", Text::tr("Origin y (m)"), "origin_y_m"},
        {"widthM", Text::tr("Width (m)"), "width_m"},
        {"depthM", Text::tr("Depth (m)"), "depth_m"},
        {"clearHeightM", Text::tr("Clear height (m)"), "clear_height_m", -1, true, true},
        {"floorLoadKgPerM2", Text::tr("Floor load (kg/m²)"), "floor_load_kg_per_m2"},
        {"cooling", Text::tr("Cooling provision"), "cooling"},
        {"facilityWaterSupplyC", Text::tr("Facility water supply (°C)"), "facility_water_supply_c"},
        {"maxRackKw", Text::tr("Max rack power (kW)"), "max_rack_kw"}};
}

template <> std::vector<Shown> shownFor<Row>() {
    return {{"name", Text::tr("Name"), "name"},
            {"hallId", Text::tr("Hall id"), "hall_id", -1, false},
            {"rotationDeg", Text::tr("Fronts face (deg, 0 = south)"), "rotation_deg"},
            {"frontFaces", Text::tr("Fronts face aisle"), "front_faces"}};
}

template <> std::vector<Shown> shownFor<Rack>() {
    return {{"name", Text::tr("Name"), "name"},
            {"catalogId", Text::tr("System (catalog id)"), "catalog_id"},
            {"hallId", Text::tr("Hall id"), "hall_id", -1, false},
            {"rowId", Text::tr("Row id"), "row_id", -1, false},
            {"centerXM", Text::tr("Centre x (m)"), "center", 0},
            {"centerYM", Text::tr("Centre y (m)"), "center", 1},
            {"rotationDeg", Text::tr("Rotation (deg)"), "rotation_deg"}};
}

// The rows power and cooling equipment start with.
std::vector<Shown> plantHead() {
    return {{"name", Text::tr("Name"), "name"},
            {"kind", Text::tr("Kind"), "kind", -1, false},
            {"catalogId", Text::tr("Catalog id"), "catalog_id"},
            {"positionXM", Text::tr("Position x (m)"), "position", 0},
            {"positionYM", Text::tr("Position y (m)"), "position", 1}};
}

template <> std::vector<Shown> shownFor<PowerNode>() {
    std::vector<Shown> rows = plantHead();
    rows.insert(rows.end(),
                {{"ratingKva", Text::tr("Rating (kVA)"), "rating_kva"},
                 {"ratingKw", Text::tr("Rating (kW)"), "rating_kw"},
                 {"voltageV", Text::tr("Output voltage (V)"), "voltage_v"},
                 {"efficiency", Text::tr("Efficiency (0-1)"), "efficiency"},
                 {"moduleCount", Text::tr("Modules (count)"), "module_count"},
                 {"redundantModules", Text::tr("Redundant modules (count)"), "redundant_modules"},
                 {"currentRatingA", Text::tr("Current rating (A)"), "current_rating_a"},
                 {"path", Text::tr("Redundancy path"), "path"},
                 {"routeLengthM", Text::tr("Route length (m)"), "route", -1, false}});
    return rows;
}

template <> std::vector<Shown> shownFor<PowerLink>() {
    return {{"fromId", Text::tr("From id"), "from_id", -1, false},
            {"toId", Text::tr("To id"), "to_id", -1, false},
            {"kind", Text::tr("Kind"), "kind"},
            {"currentRatingA", Text::tr("Current rating (A, 0 = source's)"), "current_rating_a"},
            {"lengthM", Text::tr("Length (m)"), "length_m"}};
}

template <> std::vector<Shown> shownFor<CoolingNode>() {
    std::vector<Shown> rows = plantHead();
    rows.insert(rows.end(),
                {{"capacityKw", Text::tr("Capacity (kW heat)"), "capacity_kw"},
                 {"flowRatingLpm", Text::tr("Flow rating (L/min)"), "flow_rating_lpm"},
                 {"pumpHeadKpa", Text::tr("Pump head (kPa)"), "pump_head_kpa"},
                 {"supplyTempC", Text::tr("Supply temperature (°C)"), "supply_temp_c"},
                 {"deltaTK", Text::tr("Temperature rise (K)"), "delta_t_k", -1, true, true},
                 {"powerPerKwHeat", Text::tr("Power per kW heat (kW/kW)"), "power_per_kw_heat"},
                 {"path", Text::tr("Redundancy path"), "path"}});
    return rows;
}

template <> std::vector<Shown> shownFor<Pipe>() {
    return {
        {"fromId", Text::tr("From id"), "from_id", -1, false},
        {"toId", Text::tr("To id"), "to_id", -1, false},
        {"loop", Text::tr("Loop"), "loop"},
        {"innerDiameterMm", Text::tr("Inner diameter (mm)"), "inner_diameter_mm", -1, true, true},
        {"lengthM", Text::tr("Length (m)"), "length_m"},
        {"roughnessMm", Text::tr("Roughness (mm)"), "roughness_mm"}};
}

template <> std::vector<Shown> shownFor<NetworkSwitch>() {
    return {{"name", Text::tr("Name"), "name"},
            {"catalogId", Text::tr("Catalog id"), "catalog_id"},
            {"role", Text::tr("Role"), "role"},
            {"tier", Text::tr("Tier (1 leaf, 2 spine, 3 core)"), "tier"},
            {"portCount", Text::tr("Ports (count)"), "port_count"},
            {"portSpeedGbps", Text::tr("Port speed (Gb/s)"), "port_speed_gbps"},
            {"positionXM", Text::tr("Position x (m)"), "position", 0},
            {"positionYM", Text::tr("Position y (m)"), "position", 1}};
}

template <> std::vector<Shown> shownFor<NetworkLink>() {
    return {{"fromId", Text::tr("From id"), "from_id", -1, false},
            {"toId", Text::tr("To id"), "to_id", -1, false},
            {"count", Text::tr("Links (count)"), "count"},
            {"speedGbps", Text::tr("Speed (Gb/s)"), "speed_gbps"},
            {"lengthM", Text::tr("Length (m)"), "length_m"},
            {"medium", Text::tr("Medium"), "medium"}};
}

} // namespace

std::vector<PropertyRow> propertiesOf(const ObjectSnapshot& object) {
    return std::visit(
        [](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            std::vector<PropertyRow> rows;
            rows.push_back({"id", Text::tr("Id"), QString::number(o.id), {}, false});
            for (const Shown& s : shownFor<T>())
                withField<T>(s.field, [&](const auto& f) {
                    const FieldText<T> text{s};
                    rows.push_back({s.key, s.label, text.get(o, f),
                                    s.editable ? text.choices(f) : QStringList(), s.editable});
                });
            return rows;
        },
        object);
}

ObjectSnapshot withProperty(const ObjectSnapshot& object, const std::string& key,
                            const QString& value) {
    return std::visit(
        [&](auto o) -> ObjectSnapshot {
            using T = std::decay_t<decltype(o)>;
            for (const Shown& s : shownFor<T>())
                if (s.key == key) {
                    if (!s.editable)
                        refuse(Text::tr("%1 is read-only").arg(s.label));
                    withField<T>(s.field, [&](const auto& f) { FieldText<T>{s}.set(o, f, value); });
                    return o;
                }
            refuse(Text::tr("no property '%1' on object %2")
                       .arg(QString::fromStdString(key))
                       .arg(o.id));
        },
        object);
}

} // namespace aifp::ui
