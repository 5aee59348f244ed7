#pragma once
#include <string>

namespace aifp {

struct Site {
    std::string name = "New site";
    std::string location;
    std::string customer;
    std::string author;
    double gridConnectionMw = 0.0;
    double designAmbientC = 35.0; // dry-bulb design temperature for heat rejection
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    friend bool operator==(const Site&, const Site&) = default;
};

} // namespace aifp
