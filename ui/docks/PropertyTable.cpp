#include "ui/docks/PropertyTable.hpp"
#include "ui/commands/EditPatches.hpp"
#include <QCoreApplication>
#include <cmath>
#include <functional>

namespace aifp::ui {

namespace {

// Property labels and their messages, in Qt Linguist's context aifp::ui::PropertyTable.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(aifp::ui::PropertyTable)
};

enum class Range { Any, NonNegative, Positive, Fraction };

double parseNumber(const QString& text, const QString& label, Range range) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw EditError(Text::tr("%1: '%2' is not a number").arg(label, text).toStdString());
    if (range == Range::NonNegative && v < 0)
        throw EditError(Text::tr("%1 cannot be negative").arg(label).toStdString());
    if (range == Range::Positive && v <= 0)
        throw EditError(Text::tr("%1 must be greater than zero").arg(label).toStdString());
    if (range == Range::Fraction && (v <= 0 || v > 1))
        throw EditError(
            Text::tr("%1 must be greater than 0 and at most 1").arg(label).toStdString());
    return v;
}

int parseCount(const QString& text, const QString& label) {
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        throw EditError(Text::tr("%1: '%2' is not a whole number").arg(label, text).toStdString());
    if (v < 0)
        throw EditError(Text::tr("%1 cannot be negative").arg(label).toStdString());
    return v;
}

QString num(double v) {
    return QString::number(v, 'g', 10);
}

// A property of type T: label, getter and setter.
template <class T> struct Field {
    std::string key;
    QString label;
    std::function<QString(const T&)> get;
    std::function<void(T&, const QString&, const QString& label)> set; // empty: read-only
    QStringList choices;
};

template <class T> Field<T> text(std::string key, QString label, std::string T::*m) {
    return {key,
            label,
            [m](const T& o) { return QString::fromStdString(o.*m); },
            [m](T& o, const QString& t, const QString&) { o.*m = t.trimmed().toStdString(); },
            {}};
}

template <class T> Field<T> number(std::string key, QString label, double T::*m, Range range) {
    return {
        key,
        label,
        [m](const T& o) { return num(o.*m); },
        [m, range](T& o, const QString& t, const QString& l) { o.*m = parseNumber(t, l, range); },
        {}};
}

template <class T> Field<T> count(std::string key, QString label, int T::*m) {
    return {key,
            label,
            [m](const T& o) { return QString::number(o.*m); },
            [m](T& o, const QString& t, const QString& l) { o.*m = parseCount(t, l); },
            {}};
}

template <class T> Field<T> point(std::string key, QString label, PointM T::*m, double PointM::*c) {
    return {key,
            label,
            [m, c](const T& o) { return num((o.*m).*c); },
            [m, c](T& o, const QString& t, const QString& l) {
                (o.*m).*c = parseNumber(t, l, Range::Any);
            },
            {}};
}

template <class T>
Field<T> readOnly(std::string key, QString label, std::function<QString(const T&)> get) {
    return {key, label, std::move(get), {}, {}};
}

template <class T, class E, std::size_t N>
Field<T> choice(std::string key, QString label, E T::*m, const E (&values)[N]) {
    QStringList names;
    for (E v : values)
        names << QString::fromLatin1(toString(v));
    return {
        key, label, [m](const T& o) { return QString::fromLatin1(toString(o.*m)); },
        [m](T& o, const QString& t, const QString& l) {
            E v{};
            if (!fromString(t.trimmed().toStdString(), v))
                throw EditError(
                    Text::tr("%1: '%2' is not one of the allowed values").arg(l, t).toStdString());
            o.*m = v;
        },
        names};
}

QString idText(ObjectId id) {
    return id == kNoId ? QStringLiteral("-") : QString::number(id);
}

template <class T> std::vector<Field<T>> fieldsFor();

template <> std::vector<Field<Hall>> fieldsFor() {
    static const CoolingProvision provisions[] = {CoolingProvision::Air, CoolingProvision::Liquid,
                                                  CoolingProvision::Both};
    return {text<Hall>("name", Text::tr("Name"), &Hall::name),
            text<Hall>("cluster", Text::tr("Cluster"), &Hall::cluster),
            number<Hall>("originXM", Text::tr("Origin x (m)"), &Hall::originXM, Range::Any),
            number<Hall>("originYM", Text::tr("Origin y (m)"), &Hall::originYM, Range::Any),
            number<Hall>("widthM", Text::tr("Width (m)"), &Hall::widthM, Range::Positive),
            number<Hall>("depthM", Text::tr("Depth (m)"), &Hall::depthM, Range::Positive),
            number<Hall>("clearHeightM", Text::tr("Clear height (m)"), &Hall::clearHeightM,
                         Range::Positive),
            number<Hall>("floorLoadKgPerM2", Text::tr("Floor load (kg/m²)"),
                         &Hall::floorLoadKgPerM2, Range::NonNegative),
            choice<Hall>("cooling", Text::tr("Cooling provision"), &Hall::cooling, provisions),
            number<Hall>("facilityWaterSupplyC", Text::tr("Facility water supply (°C)"),
                         &Hall::facilityWaterSupplyC, Range::Any),
            number<Hall>("maxRackKw", Text::tr("Max rack power (kW)"), &Hall::maxRackKw,
                         Range::NonNegative)};
}

template <> std::vector<Field<Row>> fieldsFor() {
    static const AisleSide sides[] = {AisleSide::Cold, AisleSide::Hot};
    return {
        text<Row>("name", Text::tr("Name"), &Row::name),
        readOnly<Row>("hallId", Text::tr("Hall id"), [](const Row& r) { return idText(r.hallId); }),
        number<Row>("rotationDeg", Text::tr("Fronts face (deg, 0 = south)"), &Row::rotationDeg,
                    Range::Any),
        choice<Row>("frontFaces", Text::tr("Fronts face aisle"), &Row::frontFaces, sides)};
}

template <> std::vector<Field<Rack>> fieldsFor() {
    return {
        text<Rack>("name", Text::tr("Name"), &Rack::name),
        text<Rack>("catalogId", Text::tr("System (catalog id)"), &Rack::catalogId),
        readOnly<Rack>("hallId", Text::tr("Hall id"),
                       [](const Rack& r) { return idText(r.hallId); }),
        readOnly<Rack>("rowId", Text::tr("Row id"), [](const Rack& r) { return idText(r.rowId); }),
        point<Rack>("centerXM", Text::tr("Centre x (m)"), &Rack::centerM, &PointM::xM),
        point<Rack>("centerYM", Text::tr("Centre y (m)"), &Rack::centerM, &PointM::yM),
        number<Rack>("rotationDeg", Text::tr("Rotation (deg)"), &Rack::rotationDeg, Range::Any)};
}

template <> std::vector<Field<PowerNode>> fieldsFor() {
    return {text<PowerNode>("name", Text::tr("Name"), &PowerNode::name),
            readOnly<PowerNode>("kind", Text::tr("Kind"),
                                [](const PowerNode& n) { return QString(toString(n.kind)); }),
            text<PowerNode>("catalogId", Text::tr("Catalog id"), &PowerNode::catalogId),
            point<PowerNode>("positionXM", Text::tr("Position x (m)"), &PowerNode::positionM,
                             &PointM::xM),
            point<PowerNode>("positionYM", Text::tr("Position y (m)"), &PowerNode::positionM,
                             &PointM::yM),
            number<PowerNode>("ratingKva", Text::tr("Rating (kVA)"), &PowerNode::ratingKva,
                              Range::NonNegative),
            number<PowerNode>("ratingKw", Text::tr("Rating (kW)"), &PowerNode::ratingKw,
                              Range::NonNegative),
            number<PowerNode>("voltageV", Text::tr("Output voltage (V)"), &PowerNode::voltageV,
                              Range::NonNegative),
            number<PowerNode>("efficiency", Text::tr("Efficiency (0-1)"), &PowerNode::efficiency,
                              Range::Fraction),
            count<PowerNode>("moduleCount", Text::tr("Modules (count)"), &PowerNode::moduleCount),
            count<PowerNode>("redundantModules", Text::tr("Redundant modules (count)"),
                             &PowerNode::redundantModules),
            number<PowerNode>("currentRatingA", Text::tr("Current rating (A)"),
                              &PowerNode::currentRatingA, Range::NonNegative),
            text<PowerNode>("path", Text::tr("Redundancy path"), &PowerNode::path),
            readOnly<PowerNode>("routeLengthM", Text::tr("Route length (m)"),
                                [](const PowerNode& n) { return num(polylineLengthM(n.routeM)); })};
}

template <> std::vector<Field<PowerLink>> fieldsFor() {
    static const PowerLinkKind kinds[] = {PowerLinkKind::Cable, PowerLinkKind::Busway,
                                          PowerLinkKind::Tap};
    return {readOnly<PowerLink>("fromId", Text::tr("From id"),
                                [](const PowerLink& l) { return idText(l.fromId); }),
            readOnly<PowerLink>("toId", Text::tr("To id"),
                                [](const PowerLink& l) { return idText(l.toId); }),
            choice<PowerLink>("kind", Text::tr("Kind"), &PowerLink::kind, kinds),
            number<PowerLink>("currentRatingA", Text::tr("Current rating (A, 0 = source's)"),
                              &PowerLink::currentRatingA, Range::NonNegative),
            number<PowerLink>("lengthM", Text::tr("Length (m)"), &PowerLink::lengthM,
                              Range::NonNegative)};
}

template <> std::vector<Field<CoolingNode>> fieldsFor() {
    return {text<CoolingNode>("name", Text::tr("Name"), &CoolingNode::name),
            readOnly<CoolingNode>("kind", Text::tr("Kind"),
                                  [](const CoolingNode& n) { return QString(toString(n.kind)); }),
            text<CoolingNode>("catalogId", Text::tr("Catalog id"), &CoolingNode::catalogId),
            point<CoolingNode>("positionXM", Text::tr("Position x (m)"), &CoolingNode::positionM,
                               &PointM::xM),
            point<CoolingNode>("positionYM", Text::tr("Position y (m)"), &CoolingNode::positionM,
                               &PointM::yM),
            number<CoolingNode>("capacityKw", Text::tr("Capacity (kW heat)"),
                                &CoolingNode::capacityKw, Range::NonNegative),
            number<CoolingNode>("flowRatingLpm", Text::tr("Flow rating (L/min)"),
                                &CoolingNode::flowRatingLpm, Range::NonNegative),
            number<CoolingNode>("pumpHeadKpa", Text::tr("Pump head (kPa)"),
                                &CoolingNode::pumpHeadKpa, Range::NonNegative),
            number<CoolingNode>("supplyTempC", Text::tr("Supply temperature (°C)"),
                                &CoolingNode::supplyTempC, Range::Any),
            number<CoolingNode>("deltaTK", Text::tr("Temperature rise (K)"), &CoolingNode::deltaTK,
                                Range::Positive),
            number<CoolingNode>("powerPerKwHeat", Text::tr("Power per kW heat (kW/kW)"),
                                &CoolingNode::powerPerKwHeat, Range::NonNegative),
            text<CoolingNode>("path", Text::tr("Redundancy path"), &CoolingNode::path)};
}

template <> std::vector<Field<Pipe>> fieldsFor() {
    static const CoolantLoop loops[] = {CoolantLoop::Facility, CoolantLoop::Technology};
    return {readOnly<Pipe>("fromId", Text::tr("From id"),
                           [](const Pipe& p) { return idText(p.fromId); }),
            readOnly<Pipe>("toId", Text::tr("To id"), [](const Pipe& p) { return idText(p.toId); }),
            choice<Pipe>("loop", Text::tr("Loop"), &Pipe::loop, loops),
            number<Pipe>("innerDiameterMm", Text::tr("Inner diameter (mm)"), &Pipe::innerDiameterMm,
                         Range::Positive),
            number<Pipe>("lengthM", Text::tr("Length (m)"), &Pipe::lengthM, Range::NonNegative),
            number<Pipe>("roughnessMm", Text::tr("Roughness (mm)"), &Pipe::roughnessMm,
                         Range::NonNegative)};
}

template <> std::vector<Field<NetworkSwitch>> fieldsFor() {
    static const NetworkRole roles[] = {NetworkRole::Compute, NetworkRole::StorageInband,
                                        NetworkRole::OutOfBand};
    return {text<NetworkSwitch>("name", Text::tr("Name"), &NetworkSwitch::name),
            text<NetworkSwitch>("catalogId", Text::tr("Catalog id"), &NetworkSwitch::catalogId),
            choice<NetworkSwitch>("role", Text::tr("Role"), &NetworkSwitch::role, roles),
            count<NetworkSwitch>("tier", Text::tr("Tier (1 leaf, 2 spine, 3 core)"),
                                 &NetworkSwitch::tier),
            count<NetworkSwitch>("portCount", Text::tr("Ports (count)"), &NetworkSwitch::portCount),
            number<NetworkSwitch>("portSpeedGbps", Text::tr("Port speed (Gb/s)"),
                                  &NetworkSwitch::portSpeedGbps, Range::NonNegative),
            point<NetworkSwitch>("positionXM", Text::tr("Position x (m)"),
                                 &NetworkSwitch::positionM, &PointM::xM),
            point<NetworkSwitch>("positionYM", Text::tr("Position y (m)"),
                                 &NetworkSwitch::positionM, &PointM::yM)};
}

template <> std::vector<Field<NetworkLink>> fieldsFor() {
    static const LinkMedium media[] = {LinkMedium::Copper, LinkMedium::Multimode,
                                       LinkMedium::SingleMode};
    return {readOnly<NetworkLink>("fromId", Text::tr("From id"),
                                  [](const NetworkLink& l) { return idText(l.fromId); }),
            readOnly<NetworkLink>("toId", Text::tr("To id"),
                                  [](const NetworkLink& l) { return idText(l.toId); }),
            count<NetworkLink>("count", Text::tr("Links (count)"), &NetworkLink::count),
            number<NetworkLink>("speedGbps", Text::tr("Speed (Gb/s)"), &NetworkLink::speedGbps,
                                Range::NonNegative),
            number<NetworkLink>("lengthM", Text::tr("Length (m)"), &NetworkLink::lengthM,
                                Range::NonNegative),
            choice<NetworkLink>("medium", Text::tr("Medium"), &NetworkLink::medium, media)};
}

} // namespace

std::vector<PropertyRow> propertiesOf(const ObjectSnapshot& object) {
    return std::visit(
        [](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            std::vector<PropertyRow> rows;
            rows.push_back({"id", Text::tr("Id"), QString::number(o.id), {}, false});
            for (const auto& f : fieldsFor<T>())
                rows.push_back({f.key, f.label, f.get(o), f.choices, static_cast<bool>(f.set)});
            return rows;
        },
        object);
}

ObjectSnapshot withProperty(const ObjectSnapshot& object, const std::string& key,
                            const QString& value) {
    return std::visit(
        [&](auto o) -> ObjectSnapshot {
            using T = std::decay_t<decltype(o)>;
            for (const auto& f : fieldsFor<T>())
                if (f.key == key) {
                    if (!f.set)
                        throw EditError(Text::tr("%1 is read-only").arg(f.label).toStdString());
                    f.set(o, value, f.label);
                    return o;
                }
            throw EditError(Text::tr("no property '%1' on object %2")
                                .arg(QString::fromStdString(key))
                                .arg(o.id)
                                .toStdString());
        },
        object);
}

} // namespace aifp::ui
