#pragma once
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aifp {

// How far a figure can be trusted (../shared/reference/reference-data.md, "How much to trust").
// Derived: computed by us from a sourced document (e.g. monthly means of an hourly weather file);
// the source names the document and the computation.
// Assumption: a planning default chosen by us, with its reasoning as the source.
enum class Confidence { Official, Secondary, Derived, Claim, Unverified, Assumption };

// One rating of an equipment entry. A rating carries its own source and confidence when it
// differs from the entry's (a derived or assumed figure inside an otherwise official entry).
struct CatalogRating {
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: not a number (see text)
    std::string text;                                        // textual value ("6 x 3.3") or empty
    std::string unit;
    std::string note;
    std::vector<std::string> sources;     // empty: the entry's sources
    std::optional<Confidence> confidence; // empty: the entry's confidence
    bool hasValue() const { return !std::isnan(value); }
    friend bool operator==(const CatalogRating& a, const CatalogRating& b) {
        const bool sameValue = (std::isnan(a.value) && std::isnan(b.value)) || a.value == b.value;
        return sameValue && a.text == b.text && a.unit == b.unit && a.note == b.note &&
               a.sources == b.sources && a.confidence == b.confidence;
    }
};

struct CatalogEntry {
    std::string id;          // short id used on the command line, e.g. "gb300-nvl72"
    std::string referenceId; // id in the shared reference catalog it was built from, if any
    std::string vendor;
    std::string model;
    std::string category; // system, gpu, switch, nic, optic, cdu, ups, transformer, ...
    std::vector<std::string> sources;
    Confidence confidence = Confidence::Unverified;
    std::string notes;
    std::map<std::string, CatalogRating> ratings;
    bool userDefined = false; // lives in the project file rather than the shipped catalog

    const CatalogRating* rating(const std::string& key) const {
        auto it = ratings.find(key);
        return it == ratings.end() ? nullptr : &it->second;
    }
    // The numeric value of a rating, or fallback when absent or not numeric.
    double number(const std::string& key, double fallback = 0.0) const {
        const CatalogRating* r = rating(key);
        return r && r->hasValue() ? r->value : fallback;
    }
    Confidence confidenceOf(const std::string& key) const {
        const CatalogRating* r = rating(key);
        return r && r->confidence ? *r->confidence : confidence;
    }
    const std::vector<std::string>& sourcesOf(const std::string& key) const {
        const CatalogRating* r = rating(key);
        return r && !r->sources.empty() ? r->sources : sources;
    }
    friend bool operator==(const CatalogEntry&, const CatalogEntry&) = default;
};

const char* toString(Confidence c);
std::optional<Confidence> confidenceFromString(const std::string& s);

} // namespace aifp
