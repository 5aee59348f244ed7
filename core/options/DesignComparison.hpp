#pragma once
#include "core/options/DesignFigures.hpp"
#include "core/util/Json.hpp"
#include <string>
#include <vector>

namespace aifp {

// Options side by side: the first design is the base; every other one carries its difference
// to the base for each compared figure (comparedFigures()).
struct Comparison {
    std::vector<DesignFigures> designs; // designs[0] is the base
};

// {"base": NAME, "variants": [{"name": ..., <figures>, "first_token": DATE, ...,
//  "delta": {<figure>: value - base}}]}; the base has no "delta".
json::Value comparisonJson(const Comparison& c);
// One row per design, one column per figure then its delta; locale-independent numbers.
std::string comparisonCsv(const Comparison& c);
// The procurement for people ("build", "colocation", "cloud"), untranslated (context "Options");
// the JSON and CSV keep the file's word (DesignFigures::procurement).
const char* procurementLabel(const std::string& procurement);
// A table for people: one row per figure, one column per design, deltas in brackets.
std::string comparisonText(const Comparison& c);

} // namespace aifp
