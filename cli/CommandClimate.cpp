#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/climate/Climate.hpp"
#include "core/i18n/MonthNames.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <algorithm>

namespace aifp::cli {

namespace {

// One decimal for people ("21.3", Spanish "21,3").
std::string fixed1(double v) {
    return display::formatFixedPlain(v, 1);
}

std::string pad(const std::string& s, std::size_t width) {
    return padToWidth(s, width);
}

json::Value figureJson(const ClimateFigure& f) {
    return json::object(
        {{"value", f.value}, {"source", f.source}, {"confidence", toString(f.confidence)}});
}

// The locations an action shows: every one for list, the named one for show.
std::vector<const Climate*> shownLocations(const Args& a, const ClimateLibrary& lib,
                                           const std::string& action) {
    std::vector<const Climate*> shown;
    if (action == "list") {
        if (a.positional().size() > 1)
            throw UsageError("climate list takes no location id (use 'climate show ID')");
        for (const Climate& c : lib.locations())
            shown.push_back(&c);
    } else if (action == "show") {
        if (a.positional().size() != 2)
            throw UsageError("climate show needs one location id (aifp-cli climate list)");
        const Climate* c = lib.find(a.positional()[1]);
        if (!c)
            throw UsageError("climate: no location '" + a.positional()[1] +
                             "' in the library (aifp-cli climate list)");
        shown.push_back(c);
    } else {
        throw UsageError("climate: '" + action + "' is not one of list, show");
    }
    return shown;
}

// The monthly figures of a location with their source.
json::Value monthlyJson(const Climate& c) {
    const auto column = [&c](double ClimateMonth::*figure) {
        return json::arrayOf(c.months, [figure](const ClimateMonth& m) { return m.*figure; });
    };
    return json::object({{"dry_bulb_c", column(&ClimateMonth::meanDryBulbC)},
                         {"wet_bulb_c", column(&ClimateMonth::meanWetBulbC)},
                         {"diurnal_range_k", column(&ClimateMonth::diurnalRangeK)},
                         {"source", c.monthlySource},
                         {"confidence", toString(c.monthlyConfidence)}});
}

// One location; with its monthly figures when shown alone.
json::Value climateJson(const Climate& c, bool monthly) {
    json::Value v = json::object({{"id", c.id},
                                  {"name", c.name},
                                  {"country", c.country},
                                  {"region", c.region},
                                  {"lat", c.latitudeDeg},
                                  {"lon", c.longitudeDeg},
                                  {"design_dry_bulb_c", figureJson(c.designDryBulbC)},
                                  {"design_wet_bulb_c", figureJson(c.designWetBulbC)}});
    if (monthly)
        json::setFields(v,
                        {{"monthly", monthlyJson(c)}, {"day_to_day_spread_k", dayToDaySpreadK(c)}});
    return v;
}

// The list: each column as wide as its widest entry (header included, counted in code points)
// plus two spaces, so a long location name never runs into the next column.
void printList(const std::vector<const Climate*>& shown, std::ostream& out) {
    const auto designText = [](const Climate& c) {
        return fixed1(c.designDryBulbC.value) + " / " + fixed1(c.designWetBulbC.value) +
               " \u00b0C (" + shownConfidence(c.designDryBulbC.confidence) + ")";
    };
    const std::string heads[] = {tr("Climate", "ID"), tr("Climate", "LOCATION"),
                                 tr("Climate", "REGION"), tr("Climate", "DESIGN DB / WB (0.4 %)")};
    std::size_t widths[4];
    for (int k = 0; k < 4; ++k)
        widths[k] = displayWidth(heads[k]);
    for (const Climate* c : shown) {
        widths[0] = std::max(widths[0], displayWidth(c->id));
        widths[1] = std::max(widths[1], displayWidth(c->name));
        widths[2] = std::max(widths[2], displayWidth(c->region));
        widths[3] = std::max(widths[3], displayWidth(designText(*c)));
    }
    constexpr std::size_t kGap = 2;
    for (int k = 0; k < 4; ++k)
        out << pad(heads[k], widths[k] + kGap);
    out << tr("Climate", "MONTHLY") << "\n";
    for (const Climate* c : shown)
        out << pad(c->id, widths[0] + kGap) << pad(c->name, widths[1] + kGap)
            << pad(c->region, widths[2] + kGap) << pad(designText(*c), widths[3] + kGap)
            << shownConfidence(c->monthlyConfidence) << "\n";
}

// One location with its design conditions, monthly figures and their sources.
void printLocation(const Climate& c, std::ostream& out) {
    out << c.name << " (" << c.id << "), " << c.country << ", " << c.region << "\n";
    out << "  "
        << fill(tr("Climate", "design (0.4 %)  %1 °C dry-bulb, %2 °C mean coincident wet-bulb"),
                {fixed1(c.designDryBulbC.value), fixed1(c.designWetBulbC.value)})
        << "\n";
    out << "    "
        << fill(tr("Climate", "dry-bulb: %1 (%2)"),
                {c.designDryBulbC.source, shownConfidence(c.designDryBulbC.confidence)})
        << "\n";
    out << "    "
        << fill(tr("Climate", "wet-bulb: %1 (%2)"),
                {c.designWetBulbC.source, shownConfidence(c.designWetBulbC.confidence)})
        << "\n";
    out << "  " << pad(tr("Climate", "month"), 7) << pad(tr("Climate", "dry-bulb"), 10)
        << pad(tr("Climate", "wet-bulb"), 10) << tr("Climate", "daily range (°C, K)") << "\n";
    for (int m = 0; m < 12; ++m)
        out << "  " << pad(monthAbbreviation(m + 1), 7) << pad(fixed1(c.months[m].meanDryBulbC), 10)
            << pad(fixed1(c.months[m].meanWetBulbC), 10) << fixed1(c.months[m].diurnalRangeK)
            << "\n";
    out << "    "
        << fill(tr("Climate", "monthly: %1 (%2)"),
                {c.monthlySource, shownConfidence(c.monthlyConfidence)})
        << "\n";
    out << "  "
        << fill(tr("Climate", "day-to-day spread %1 K (fitted to the 0.4 % design dry-bulb; "
                              "docs/estimation.md \"Climate\")"),
                {fixed1(dayToDaySpreadK(c))})
        << "\n";
}

int runClimate(const Args& a, std::ostream& out, std::ostream&) {
    const std::string format = a.format();
    const std::string& action = a.positional().at(0);
    ClimateLibrary loaded;
    const ClimateLibrary* lib = nullptr;
    try {
        if (a.has("file")) {
            loaded = ClimateLibrary::loadFile(a.value("file"));
            lib = &loaded;
        } else {
            lib = &ClimateLibrary::builtin();
        }
    } catch (const ClimateError& e) {
        throw UsageError(e.what());
    }
    const std::vector<const Climate*> shown = shownLocations(a, *lib, action);
    if (format == "json") {
        out << json::write(json::arrayOf(shown,
                                         [&action](const Climate* c) {
                                             return climateJson(*c, action == "show");
                                         }),
                           2)
            << "\n";
    } else if (action == "list") {
        printList(shown, out);
    } else {
        printLocation(*shown.front(), out);
    }
    return kExitOk;
}

} // namespace

Command climateCommand() {
    Command c;
    c.name = "climate";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "List the climate library's locations or show one with its sources");
    c.synopsis = "list|show [ID]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "The climate library (resources/climate.json) holds locations where AI factories are\n"
        "built or planned, each with monthly mean dry-bulb and wet-bulb, the daily range and\n"
        "the 0.4 % cooling design dry-bulb with its mean coincident wet-bulb, every figure with\n"
        "its source and confidence. 'aifp-cli new --site-location ID' designs for a location;\n"
        "the estimate then integrates the cooling plant over its hours-at-temperature.\n"
        "--file reads another library file in the same format (aifp-climate version 1).");
    c.options = {{"file", "PATH",
                  AIFP_TRANSLATE_NOOP("Cli", "climate library to read instead of the shipped one")},
                 formatOption({"text", "json"})};
    c.minPositional = 1;
    c.maxPositional = 2;
    c.run = runClimate;
    return c;
}

} // namespace aifp::cli
