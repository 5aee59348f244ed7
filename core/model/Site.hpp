#pragma once
#include <string>

namespace aifp {

// How far the site is along when the programme starts (issue 16): each level means the work of
// the levels before it is done. greenfield: bare land; powered-land: grid connection and permits
// in place; powered-shell: building and utility power in place; ready-hall: power, cooling and
// white space ready (colocation or a prepared hall).
enum class SiteReadiness { Greenfield, PoweredLand, PoweredShell, ReadyHall };

struct Site {
    std::string name = "New site";
    std::string location;
    std::string customer;
    std::string author;
    double gridConnectionMw = 0.0;
    double designAmbientC = 35.0; // dry-bulb design temperature for heat rejection
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    std::string climateId; // a location of the climate library; "" = design ambient typed in
    SiteReadiness readiness = SiteReadiness::Greenfield;
    friend bool operator==(const Site&, const Site&) = default;
};

} // namespace aifp
