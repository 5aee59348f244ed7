#pragma once
#include <string>

namespace aifp {

// Document control of the proposal this design is part of, printed on the report's cover.
// The customer and the author are the site's (Site::customer, Site::author).
struct DocumentControl {
    std::string revision;
    std::string documentNumber;
    std::string confidentiality;
    std::string priceDate; // ISO date the prices are valid at, or "" (the report's date)
    std::string currency = "USD";
    friend bool operator==(const DocumentControl&, const DocumentControl&) = default;
};

} // namespace aifp
