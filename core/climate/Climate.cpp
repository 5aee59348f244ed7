#include "core/climate/Climate.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/Json.hpp"
#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

namespace aifp {

namespace {

constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int kHoursPerDayBins = 24;
// Day-to-day spread: 7 points z = -3..3 weighted by the normal density, normalised.
constexpr int kSpreadPoints = 7;
constexpr double kSpreadZ[kSpreadPoints] = {-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0};
const std::array<double, kSpreadPoints> kSpreadWeight = [] {
    std::array<double, kSpreadPoints> w{};
    double sum = 0.0;
    for (int k = 0; k < kSpreadPoints; ++k)
        sum += (w[k] = std::exp(-0.5 * kSpreadZ[k] * kSpreadZ[k]));
    for (double& x : w)
        x /= sum;
    return w;
}();

std::string readFile(const std::string& path) {
    // Only a regular file of bounded size is read (a FIFO or /dev/zero would block or never end).
    try {
        return readRegularFile(path, kMaxJsonInputBytes);
    } catch (const ProjectFileError& e) {
        // "<path>: <reason>" from the guard, said as before: "<path>: cannot open the ... file
        // (<reason>)".
        const std::string reason = std::string(e.what()).substr(path.size() + 2);
        throw ClimateError(path + ": cannot open the climate file (" + reason + ")");
    }
}

struct Reader {
    const std::string& origin;
    std::string where; // "location 'id'"

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw ClimateError(origin + ": " + where + (field.empty() ? "" : ", " + field) + ": " +
                           reason);
    }
    const json::Value& member(const json::Value& obj, const std::string& key,
                              const std::string& path) const {
        const json::Value* v = obj.find(key);
        if (!v)
            fail(path + key, "missing");
        return *v;
    }
    std::string text(const json::Value& obj, const std::string& key,
                     const std::string& path = "") const {
        const json::Value& v = member(obj, key, path);
        if (!v.isString() || v.asString().empty())
            fail(path + key, "must be a non-empty string");
        return v.asString();
    }
    double number(const json::Value& obj, const std::string& key, double lo, double hi,
                  const std::string& path = "") const {
        const json::Value& v = member(obj, key, path);
        if (!v.isNumber() || !std::isfinite(v.asNumber()))
            fail(path + key, "must be a number");
        const double x = v.asNumber();
        if (x < lo || x > hi) {
            std::ostringstream s;
            s << "must be within " << lo << ".." << hi;
            fail(path + key, s.str());
        }
        return x;
    }
    Confidence confidence(const json::Value& obj, const std::string& path) const {
        const std::string c = text(obj, "confidence", path);
        const auto parsed = confidenceFromString(c);
        if (!parsed)
            fail(path + "confidence",
                 "'" + c +
                     "' is not one of official, secondary, derived, claim, unverified, assumption");
        return *parsed;
    }
    std::array<double, 12> twelve(const json::Value& obj, const std::string& key, double lo,
                                  double hi, const std::string& path) const {
        const json::Value& v = member(obj, key, path);
        if (!v.isArray() || v.asArray().size() != 12)
            fail(path + key, "must be an array of 12 monthly numbers (January first)");
        std::array<double, 12> out{};
        for (int m = 0; m < 12; ++m) {
            const json::Value& x = v.asArray()[m];
            if (!x.isNumber() || !std::isfinite(x.asNumber()) || x.asNumber() < lo ||
                x.asNumber() > hi) {
                std::ostringstream s;
                s << "month " << (m + 1) << " must be a number within " << lo << ".." << hi;
                fail(path + key, s.str());
            }
            out[m] = x.asNumber();
        }
        return out;
    }
    ClimateFigure figure(const json::Value& obj, const std::string& key, double lo,
                         double hi) const {
        const json::Value& v = member(obj, key, "");
        if (!v.isObject())
            fail(key, "must be an object {value, source, confidence}");
        ClimateFigure f;
        f.value = number(v, "value", lo, hi, key + ".");
        f.source = text(v, "source", key + ".");
        f.confidence = confidence(v, key + ".");
        return f;
    }
};

} // namespace

double wetBulbFromRelativeHumidityC(double dryBulbC, double relativeHumidityPct) {
    // Stull (2011), "Wet-Bulb Temperature from Relative Humidity and Air Temperature", J. Appl.
    // Meteor. Climatol. 50, 2267-2269: sea-level pressure, RH 5-99 %, T -20..50 C, error
    // within about -1..+0.65 K.
    const double t = dryBulbC, rh = relativeHumidityPct;
    return t * std::atan(0.151977 * std::sqrt(rh + 8.313659)) + std::atan(t + rh) -
           std::atan(rh - 1.676331) + 0.00391838 * std::pow(rh, 1.5) * std::atan(0.023101 * rh) -
           4.686035;
}

ClimateLibrary ClimateLibrary::fromJsonText(const std::string& text, const std::string& origin) {
    json::Value root;
    try {
        root = json::parse(text);
    } catch (const json::ParseError& e) {
        throw ClimateError(origin + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) +
                           ": " + e.what());
    }
    Reader top{origin, "file"};
    if (!root.isObject())
        top.fail("", "must be a JSON object");
    const json::Value* format = root.find("format");
    if (!format || !format->isString() || format->asString() != "aifp-climate")
        top.fail("format", "must be \"aifp-climate\"");
    const json::Value* version = root.find("version");
    if (!version || !version->isNumber() || version->asNumber() != 1.0)
        top.fail("version", "must be 1 (the version this program reads)");
    const json::Value& list = top.member(root, "locations", "");
    if (!list.isArray() || list.asArray().empty())
        top.fail("locations", "must be a non-empty array");

    ClimateLibrary lib;
    std::size_t index = 0;
    for (const json::Value& loc : list.asArray()) {
        ++index;
        Reader r{origin, "location #" + std::to_string(index)};
        if (!loc.isObject())
            r.fail("", "must be an object");
        Climate c;
        c.id = r.text(loc, "id");
        r.where = "location '" + c.id + "'";
        if (lib.find(c.id))
            r.fail("id", "duplicate id");
        c.name = r.text(loc, "name");
        c.country = r.text(loc, "country");
        c.region = r.text(loc, "region");
        c.latitudeDeg = r.number(loc, "lat", -90.0, 90.0);
        c.longitudeDeg = r.number(loc, "lon", -180.0, 180.0);
        c.elevationM = r.number(loc, "elevation_m", -500.0, 6000.0);
        c.designDryBulbC = r.figure(loc, "design_dry_bulb_c", -20.0, 60.0);
        c.designWetBulbC = r.figure(loc, "design_wet_bulb_c", -20.0, 40.0);
        if (c.designWetBulbC.value > c.designDryBulbC.value)
            r.fail("design_wet_bulb_c", "is above the design dry-bulb");
        const json::Value& monthly = r.member(loc, "monthly", "");
        if (!monthly.isObject())
            r.fail("monthly", "must be an object");
        c.monthlySource = r.text(monthly, "source", "monthly.");
        c.monthlyConfidence = r.confidence(monthly, "monthly.");
        const auto db = r.twelve(monthly, "dry_bulb_c", -50.0, 50.0, "monthly.");
        const auto range = r.twelve(monthly, "diurnal_range_k", 0.0, 30.0, "monthly.");
        const bool hasWb = monthly.find("wet_bulb_c") != nullptr;
        const bool hasRh = monthly.find("rh_pct") != nullptr;
        if (hasWb == hasRh)
            r.fail("monthly", "give exactly one of wet_bulb_c and rh_pct");
        const auto wbOrRh = hasWb ? r.twelve(monthly, "wet_bulb_c", -50.0, 40.0, "monthly.")
                                  : r.twelve(monthly, "rh_pct", 5.0, 100.0, "monthly.");
        for (int m = 0; m < 12; ++m) {
            c.months[m].meanDryBulbC = db[m];
            c.months[m].diurnalRangeK = range[m];
            c.months[m].meanWetBulbC =
                hasWb ? wbOrRh[m] : std::min(db[m], wetBulbFromRelativeHumidityC(db[m], wbOrRh[m]));
            if (c.months[m].meanWetBulbC > c.months[m].meanDryBulbC + 1e-9)
                r.fail("monthly.wet_bulb_c",
                       "month " + std::to_string(m + 1) + " is above its dry-bulb");
        }
        lib.locations_.push_back(std::move(c));
    }
    return lib;
}

ClimateLibrary ClimateLibrary::loadFile(const std::string& path) {
    return fromJsonText(readFile(path), path);
}

const ClimateLibrary& ClimateLibrary::builtin() {
    static const ClimateLibrary lib = loadFile(Catalog::resourcesDir() + "/climate.json");
    return lib;
}

const Climate* ClimateLibrary::find(const std::string& id) const {
    for (const Climate& c : locations_)
        if (c.id == id)
            return &c;
    return nullptr;
}

namespace {

// Hours-at-temperature for a given day-to-day spread (standard deviation of daily means about
// the monthly mean, K).
std::vector<ClimateBin> binsWithSpread(const Climate& c, double spreadK) {
    std::vector<ClimateBin> out;
    out.reserve(12 * kHoursPerDayBins * kSpreadPoints);
    for (int m = 0; m < 12; ++m) {
        const ClimateMonth& mo = c.months[m];
        for (int k = 0; k < kSpreadPoints; ++k) {
            const double z = kSpreadZ[k];
            const double dayMeanC = mo.meanDryBulbC + z * spreadK;
            for (int h = 0; h < kHoursPerDayBins; ++h) {
                // Sinusoidal day: minimum near sunrise, maximum mid-afternoon.
                const double phase = 2.0 * std::numbers::pi * (h + 0.5) / kHoursPerDayBins;
                const double swing = 0.5 * mo.diurnalRangeK * -std::cos(phase);
                const double db = dayMeanC + swing;
                const double wb =
                    std::min(db, mo.meanWetBulbC + kWetBulbPerDryBulb * (db - mo.meanDryBulbC));
                out.push_back(
                    {db, wb, kDaysInMonth[m] * kSpreadWeight[k] * 24.0 / kHoursPerDayBins});
            }
        }
    }
    return out;
}

// Dry-bulb exceeded for `hours` hours of the year.
double exceededFor(std::vector<ClimateBin> bins, double hours) {
    std::sort(bins.begin(), bins.end(),
              [](const ClimateBin& a, const ClimateBin& b) { return a.dryBulbC > b.dryBulbC; });
    double acc = 0.0;
    for (const ClimateBin& b : bins) {
        acc += b.hours;
        if (acc >= hours)
            return b.dryBulbC;
    }
    return bins.empty() ? 0.0 : bins.back().dryBulbC;
}

} // namespace

double dayToDaySpreadK(const Climate& c) {
    // The spread whose 0.4 % exceedance (35 h of 8,760) equals the location's design dry-bulb.
    const double target = c.designDryBulbC.value;
    const double hours = 0.004 * kHoursPerYear;
    if (exceededFor(binsWithSpread(c, 0.0), hours) >= target)
        return 0.0;
    double lo = 0.0, hi = kMaxSpreadK;
    if (exceededFor(binsWithSpread(c, hi), hours) <= target)
        return hi;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (exceededFor(binsWithSpread(c, mid), hours) < target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

std::vector<ClimateBin> hoursAtTemperature(const Climate& climate) {
    return binsWithSpread(climate, dayToDaySpreadK(climate));
}

std::vector<ClimateBin> designAmbientOnly(double designDryBulbC) {
    return {{designDryBulbC, designDryBulbC, kHoursPerYear}};
}

std::string shownConfidence(Confidence c) {
    static const char* const kWords[] = {
        AIFP_TRANSLATE_NOOP("Climate", "official"),   AIFP_TRANSLATE_NOOP("Climate", "secondary"),
        AIFP_TRANSLATE_NOOP("Climate", "derived"),    AIFP_TRANSLATE_NOOP("Climate", "claim"),
        AIFP_TRANSLATE_NOOP("Climate", "unverified"), AIFP_TRANSLATE_NOOP("Climate", "assumption")};
    const std::string key = toString(c);
    for (const char* w : kWords)
        if (key == w)
            return tr("Climate", w);
    return key;
}

} // namespace aifp
