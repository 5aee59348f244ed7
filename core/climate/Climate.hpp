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

// Hours-at-temperature of a year (8,760 h) from the monthly statistics: each month's hours are
// spread over a diurnal cycle (docs/estimation.md "Climate": mean +/- half the diurnal range on
// a sinusoid, sampled in kHoursPerDayBins bins per month), wet-bulb moving with the dry-bulb at
// the month's mean wet-bulb depression scaled by the dry-bulb excursion.
std::vector<ClimateBin> hoursAtTemperature(const Climate& climate);

// A climate typed in by the user: design ambient only, no wet-bulb known (wet-bulb = dry-bulb,
// i.e. no adiabatic credit) and no annual distribution (one bin of 8,760 h at the design ambient:
// pue_annual equals the design-ambient figure at typical load).
std::vector<ClimateBin> designAmbientOnly(double designDryBulbC);

} // namespace aifp
