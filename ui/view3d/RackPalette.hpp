#pragma once
#include "core/catalog/Catalog.hpp"
#include "ui/view3d/SceneInputs.hpp"
#include <map>
#include <string>
#include <vector>

namespace aifp::ui {

struct LegendEntry {
    std::string label;
    Rgb colour;
};

// What the view needs to know about one rack type, read once from the catalog.
struct RackTypeInfo {
    double widthM = 0.6; // SystemSpec default footprint (Catalog.hpp) when the entry lacks one
    double depthM = 1.2;
    double powerKw = 0.0;
    double liquidFraction = 0.0;
    bool known = false; // false: not a system in the catalog (drawn grey, label says so)
};

// Rack colours for each colouring mode, and the matching legend.
class RackPalette {
public:
    RackPalette() = default;
    explicit RackPalette(const SceneInputs& in);

    const RackTypeInfo& type(const std::string& catalogId) const;
    bool has(const std::string& catalogId) const { return types_.count(catalogId) != 0; }
    Rgb colourOf(const Rack& rack, const SceneInputs& in) const;
    std::vector<LegendEntry> legend(const SceneInputs& in) const;
    // The legend title of a colouring, translated.
    static std::string modeName(RackColouring mode);

private:
    Rgb baseColour(const Rack& rack, const SceneInputs& in) const;
    std::map<std::string, RackTypeInfo> types_;
    std::map<std::string, Rgb> typeColours_;
    RackTypeInfo unknown_;
};

} // namespace aifp::ui
