#include "ui/view3d/RackPalette.hpp"
#include <QCoreApplication>
#include <array>

namespace aifp::ui {

namespace {
// Qualitative palette for rack types (ColorBrewer "Set2"-like, darkened for a light background).
constexpr std::array<Rgb, 8> kTypeColours{{{70, 130, 180},
                                           {46, 139, 87},
                                           {218, 165, 32},
                                           {147, 112, 219},
                                           {205, 92, 92},
                                           {72, 170, 190},
                                           {160, 110, 60},
                                           {128, 128, 128}}};
constexpr Rgb kUnknownColour{170, 170, 170};

// Power bands in kW per rack. The 40 kW boundary is the practical air-cooling limit
// (reference-data.md 2.2: ~30-40 kW/rack); the others are display bands (assumption).
struct PowerBand {
    double upToKw;
    const char* label;
    Rgb colour;
};
constexpr std::array<PowerBand, 5> kPowerBands{{{20.0, "< 20 kW", {49, 130, 189}},
                                                {40.0, "20-40 kW", {116, 196, 118}},
                                                {100.0, "40-100 kW", {254, 196, 79}},
                                                {150.0, "100-150 kW", {253, 141, 60}},
                                                {1e12, ">= 150 kW", {215, 48, 31}}}};

constexpr Rgb kAir{230, 150, 80};
constexpr Rgb kHybrid{102, 194, 165};
constexpr Rgb kLiquid{49, 110, 189};

constexpr Rgb kError{215, 48, 39};
constexpr Rgb kWarning{250, 170, 60};
constexpr Rgb kInfo{116, 169, 207};
constexpr Rgb kOk{102, 170, 99};

Rgb dim(Rgb c) {
    Rgb out;
    for (int i = 0; i < 3; ++i)
        out[static_cast<std::size_t>(i)] =
            static_cast<unsigned char>(0.3 * c[static_cast<std::size_t>(i)] + 0.7 * 175);
    return out;
}
} // namespace

RackPalette::RackPalette(const SceneInputs& in) {
    std::size_t next = 0;
    for (const Rack& r : in.design->racks) {
        if (types_.count(r.catalogId))
            continue;
        RackTypeInfo info;
        try {
            const SystemSpec spec = systemSpec(*in.catalog, r.catalogId);
            info.widthM = spec.footprintWidthM;
            info.depthM = spec.footprintDepthM;
            info.powerKw = spec.rackPowerKw;
            info.liquidFraction = spec.liquidFraction;
            info.known = true;
        } catch (const CatalogError&) {
            info.known = false; // drawn with the default footprint, grey, "unknown type" label
        }
        types_[r.catalogId] = info;
    }
    // Colours assigned in id order so a type keeps its colour whatever the rack order.
    for (const auto& [id, info] : types_)
        typeColours_[id] = info.known ? kTypeColours[next++ % kTypeColours.size()] : kUnknownColour;
}

const RackTypeInfo& RackPalette::type(const std::string& catalogId) const {
    auto it = types_.find(catalogId);
    return it == types_.end() ? unknown_ : it->second;
}

Rgb RackPalette::baseColour(const Rack& rack, const SceneInputs& in) const {
    const RackTypeInfo& t = type(rack.catalogId);
    switch (in.colouring) {
    case RackColouring::ByType: {
        auto it = typeColours_.find(rack.catalogId);
        return it == typeColours_.end() ? kUnknownColour : it->second;
    }
    case RackColouring::ByPower:
        if (!t.known)
            return kUnknownColour;
        for (const PowerBand& b : kPowerBands)
            if (t.powerKw < b.upToKw)
                return b.colour;
        return kPowerBands.back().colour;
    case RackColouring::ByCooling:
        if (!t.known)
            return kUnknownColour;
        if (t.liquidFraction <= 0.0)
            return kAir;
        return t.liquidFraction >= 0.5 ? kLiquid : kHybrid;
    case RackColouring::ByStatus: {
        if (!in.status)
            return kOk;
        auto it = in.status->find(rack.id);
        if (it == in.status->end())
            return kOk;
        switch (it->second) {
        case Severity::Error:
            return kError;
        case Severity::Warning:
            return kWarning;
        case Severity::Info:
            return kInfo;
        }
        return kOk;
    }
    }
    return kUnknownColour;
}

Rgb RackPalette::colourOf(const Rack& rack, const SceneInputs& in) const {
    const Rgb base = baseColour(rack, in);
    if (!in.anyHighlighted())
        return base;
    return in.isHighlighted(rack.id) ? in.highlightRgb : dim(base);
}

std::vector<LegendEntry> RackPalette::legend(const SceneInputs& in) const {
    std::vector<LegendEntry> out;
    bool anyUnknown = false;
    for (const auto& [id, info] : types_)
        anyUnknown = anyUnknown || !info.known;
    switch (in.colouring) {
    case RackColouring::ByType:
        for (const auto& [id, colour] : typeColours_)
            out.push_back({types_.at(id).known ? id
                                               : QCoreApplication::translate(
                                                     "aifp::ui::RackPalette", "%1 (not in catalog)")
                                                     .arg(QString::fromStdString(id))
                                                     .toStdString(),
                           colour});
        return out;
    case RackColouring::ByPower:
        for (const PowerBand& b : kPowerBands)
            out.push_back({b.label, b.colour});
        break;
    case RackColouring::ByCooling:
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Liquid (>= 50 % heat to liquid)")
                 .toStdString(),
             kLiquid});
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Hybrid (< 50 % to liquid)")
                 .toStdString(),
             kHybrid});
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Air").toStdString(), kAir});
        break;
    case RackColouring::ByStatus:
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Error").toStdString(), kError});
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Warning").toStdString(),
             kWarning});
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "Info").toStdString(), kInfo});
        out.push_back(
            {QCoreApplication::translate("aifp::ui::RackPalette", "No finding").toStdString(),
             kOk});
        break;
    }
    if (anyUnknown)
        out.push_back({QCoreApplication::translate("aifp::ui::RackPalette", "Type not in catalog")
                           .toStdString(),
                       kUnknownColour});
    return out;
}

std::string RackPalette::modeName(RackColouring mode) {
    const char* text = QT_TRANSLATE_NOOP("aifp::ui::RackPalette", "Racks");
    switch (mode) {
    case RackColouring::ByType:
        text = QT_TRANSLATE_NOOP("aifp::ui::RackPalette", "Racks by type");
        break;
    case RackColouring::ByPower:
        text = QT_TRANSLATE_NOOP("aifp::ui::RackPalette", "Racks by power");
        break;
    case RackColouring::ByCooling:
        text = QT_TRANSLATE_NOOP("aifp::ui::RackPalette", "Racks by cooling");
        break;
    case RackColouring::ByStatus:
        text = QT_TRANSLATE_NOOP("aifp::ui::RackPalette", "Racks by status");
        break;
    }
    return QCoreApplication::translate("aifp::ui::RackPalette", text).toStdString();
}

} // namespace aifp::ui
