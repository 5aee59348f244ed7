#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/climate/Climate.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/Json.hpp"
#include <charconv>

namespace aifp::cli {

namespace {

std::string fixed1(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
    return std::string(buf, r.ptr);
}

std::string pad(std::string s, std::size_t width) {
    // Pad by code points so UTF-8 names line up.
    std::size_t n = 0;
    for (unsigned char ch : s)
        n += (ch & 0xC0) != 0x80;
    if (n < width)
        s.append(width - n, ' ');
    return s;
}

json::Value figureJson(const ClimateFigure& f) {
    json::Value v = json::Value::object();
    v.set("value", f.value);
    v.set("source", f.source);
    v.set("confidence", toString(f.confidence));
    return v;
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
    std::vector<const Climate*> shown;
    if (action == "list") {
        if (a.positional().size() > 1)
            throw UsageError("climate list takes no location id (use 'climate show ID')");
        for (const Climate& c : lib->locations())
            shown.push_back(&c);
    } else if (action == "show") {
        if (a.positional().size() != 2)
            throw UsageError("climate show needs one location id (aifp-cli climate list)");
        const Climate* c = lib->find(a.positional()[1]);
        if (!c)
            throw UsageError("climate: no location '" + a.positional()[1] +
                             "' in the library (aifp-cli climate list)");
        shown.push_back(c);
    } else {
        throw UsageError("climate: '" + action + "' is not one of list, show");
    }

    if (format == "json") {
        json::Value arr = json::Value::array();
        for (const Climate* c : shown) {
            json::Value v = json::Value::object();
            v.set("id", c->id);
            v.set("name", c->name);
            v.set("country", c->country);
            v.set("region", c->region);
            v.set("lat", c->latitudeDeg);
            v.set("lon", c->longitudeDeg);
            v.set("design_dry_bulb_c", figureJson(c->designDryBulbC));
            v.set("design_wet_bulb_c", figureJson(c->designWetBulbC));
            if (action == "show") {
                json::Value db = json::Value::array(), wb = json::Value::array(),
                            range = json::Value::array();
                for (const ClimateMonth& m : c->months) {
                    db.push(m.meanDryBulbC);
                    wb.push(m.meanWetBulbC);
                    range.push(m.diurnalRangeK);
                }
                json::Value mo = json::Value::object();
                mo.set("dry_bulb_c", db);
                mo.set("wet_bulb_c", wb);
                mo.set("diurnal_range_k", range);
                mo.set("source", c->monthlySource);
                mo.set("confidence", toString(c->monthlyConfidence));
                v.set("monthly", mo);
                v.set("day_to_day_spread_k", dayToDaySpreadK(*c));
            }
            arr.push(v);
        }
        out << json::write(arr, 2) << "\n";
        return kExitOk;
    }
    if (action == "list") {
        out << pad("ID", 22) << pad("LOCATION", 26) << pad("REGION", 15)
            << "DESIGN DB / WB (0.4 %)\n";
        for (const Climate* c : shown)
            out << pad(c->id, 22) << pad(c->name, 26) << pad(c->region, 15)
                << fixed1(c->designDryBulbC.value) << " / " << fixed1(c->designWetBulbC.value)
                << " \u00b0C (" << toString(c->designDryBulbC.confidence) << ")\n";
        return kExitOk;
    }
    const Climate& c = *shown.front();
    out << c.name << " (" << c.id << "), " << c.country << ", " << c.region << "\n";
    out << "  design (0.4 %)  " << fixed1(c.designDryBulbC.value) << " \u00b0C dry-bulb, "
        << fixed1(c.designWetBulbC.value) << " \u00b0C mean coincident wet-bulb\n";
    out << "    dry-bulb: " << c.designDryBulbC.source << " ("
        << toString(c.designDryBulbC.confidence) << ")\n";
    out << "    wet-bulb: " << c.designWetBulbC.source << " ("
        << toString(c.designWetBulbC.confidence) << ")\n";
    out << "  month  dry-bulb  wet-bulb  daily range (\u00b0C, K)\n";
    static const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 0; m < 12; ++m)
        out << "  " << kMonths[m] << "    " << pad(fixed1(c.months[m].meanDryBulbC), 10)
            << pad(fixed1(c.months[m].meanWetBulbC), 10) << fixed1(c.months[m].diurnalRangeK)
            << "\n";
    out << "    monthly: " << c.monthlySource << " (" << toString(c.monthlyConfidence) << ")\n";
    out << "  day-to-day spread " << fixed1(dayToDaySpreadK(c))
        << " K (fitted to the 0.4 % design dry-bulb; docs/estimation.md \"Climate\")\n";
    return kExitOk;
}

} // namespace

Command climateCommand() {
    Command c;
    c.name = "climate";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "List the climate library's locations or show one with its sources");
    c.usage = "aifp-cli climate list|show [ID] [--file PATH] [--format text|json]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "The climate library (resources/climate.json) holds locations where AI factories are\n"
        "built or planned, each with monthly mean dry-bulb and wet-bulb, the daily range and\n"
        "the 0.4 % cooling design dry-bulb with its mean coincident wet-bulb, every figure with\n"
        "its source and confidence. 'aifp-cli new --site-location ID' designs for a location;\n"
        "the estimate then integrates the cooling plant over its hours-at-temperature.\n"
        "--file reads another library file in the same format (aifp-climate version 1).");
    c.options = {
        {"file", "PATH",
         AIFP_TRANSLATE_NOOP("Cli", "climate library to read instead of the shipped one")},
        {"format", "text|json", AIFP_TRANSLATE_NOOP("Cli", "output format (default text)")}};
    c.minPositional = 1;
    c.maxPositional = 2;
    c.run = runClimate;
    return c;
}

} // namespace aifp::cli
