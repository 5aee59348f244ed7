#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

namespace aifp {

// A climate file that cannot be read: one line, file name first, then the location, the field
// and the reason.
struct ClimateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One figure of the climate library with where it comes from.
struct ClimateFigure {
    double value = 0.0;
    std::string source; // document / page the figure comes from, or the reasoning if assumed
    Confidence confidence = Confidence::Assumption;
};

// Monthly statistics of one location (long-term means).
struct ClimateMonth {
    double meanDryBulbC = 0.0;  // monthly mean of the daily mean dry-bulb
    double meanWetBulbC = 0.0;  // monthly mean wet-bulb (from mean dry-bulb and mean RH if needed)
    double diurnalRangeK = 0.0; // mean daily max minus mean daily min dry-bulb
};

// A location of the climate library (resources/climate.json).
struct Climate {
    std::string id;      // e.g. "us-abilene-tx"
    std::string name;    // "Abilene, TX"
    std::string country; // ISO 3166 alpha-2, e.g. "US"
    std::string region;  // "North America", "Europe", "Middle East", "Asia", "Oceania"
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;
    // 0.4 % annual cooling design dry-bulb and its mean coincident wet-bulb (ASHRAE Handbook,
    // Fundamentals, climatic design conditions), with their sources.
    ClimateFigure designDryBulbC;
    ClimateFigure designWetBulbC;
    std::array<ClimateMonth, 12> months{};
    std::string monthlySource; // source of the monthly statistics
    Confidence monthlyConfidence = Confidence::Assumption;
};

// Hours of a year spent at one ambient condition (a temperature bin).
struct ClimateBin {
    double dryBulbC = 0.0;
    double wetBulbC = 0.0;
    double hours = 0.0;
};

// The climate library: every location of a file, in file order.
class ClimateLibrary {
public:
    // Loads resources/climate.json format "aifp-climate" version 1. Throws ClimateError naming
    // the file, the location id and the field on malformed content.
    static ClimateLibrary loadFile(const std::string& path);
    static ClimateLibrary fromJsonText(const std::string& text, const std::string& origin);
    // The library shipped with the program (Catalog::resourcesDir()/climate.json), loaded once.
    static const ClimateLibrary& builtin();

    const Climate* find(const std::string& id) const;
    const std::vector<Climate>& locations() const { return locations_; }

private:
    std::vector<Climate> locations_;
};

// Hours-at-temperature of a year (8,760 h) from the monthly statistics (docs/estimation.md
// "Climate"): each month's days spread about the monthly mean dry-bulb on a 7-point normal
// (z = -3..3, standard deviation = dayToDaySpreadK), each day a sinusoid of the month's diurnal
// range sampled hourly; wet-bulb moves with the dry-bulb at kWetBulbPerDryBulb about the month's
// mean wet-bulb (never above the dry-bulb).
std::vector<ClimateBin> hoursAtTemperature(const Climate& climate);

// The design ambient a user may type in (site properties, --design-ambient-c), C: wider than
// any 0.4 % design dry-bulb on record (assumption: sanity bounds, not engineering limits).
inline constexpr double kMinDesignAmbientC = -40.0;
inline constexpr double kMaxDesignAmbientC = 60.0;

// A climate typed in by the user: design ambient only, no wet-bulb known (wet-bulb = dry-bulb,
// i.e. no adiabatic credit) and no annual distribution (one bin of 8,760 h at the design ambient:
// pue_annual equals the design-ambient figure at typical load).
// Day-to-day spread (K) of a location: the standard deviation that makes the binned year exceed
// the location's 0.4 % design dry-bulb for 35 h (0.4 % of 8,760 h); 0 when the diurnal cycle
// alone reaches it, at most kMaxSpreadK.
double dayToDaySpreadK(const Climate& climate);
inline constexpr double kMaxSpreadK = 8.0;
// Assumption: at a steady dew point the wet-bulb rises ~0.3-0.5 K per K of dry-bulb in the
// 15-35 C range (psychrometric chart); 0.5 keeps hot afternoons on the humid side.
inline constexpr double kWetBulbPerDryBulb = 0.5;

// Wet-bulb from dry-bulb and relative humidity (Stull 2011, sea level), C.
double wetBulbFromRelativeHumidityC(double dryBulbC, double relativeHumidityPct);

std::vector<ClimateBin> designAmbientOnly(double designDryBulbC);

// A climate figure's confidence as shown to people, translated ("secondary", in Spanish
// "secundaria").
std::string shownConfidence(Confidence c);

} // namespace aifp
