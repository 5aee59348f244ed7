#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/model/DesignLimits.hpp"
#include <cstddef>
#include <stdexcept>
#include <string>

namespace aifp {

// A design that is out of the model's domain. what() is one line: "<source>: <table> id <id>:
// <field>: <reason>", values quoted, escaped and cut (core/util/MessageText.hpp).
struct DesignCheckError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The limits are in core/model/DesignLimits.hpp (one definition for every reader).

// Checks everything a design must satisfy before any engine sees it: counts and string lengths
// within the limits, finite numbers in their ranges, valid UTF-8 text, unique ids, references
// that resolve to the right kind of object, known catalog ids (builtin plus the design's own
// user catalog; every user system has the ratings planning needs), no cycle in the power links,
// valid dates and enum-like strings. Throws DesignCheckError naming source (a file name, or ""
// for none), the table, the id and the field of the first problem.
void checkDesign(const Design& design, const Catalog& builtin, const std::string& source);

} // namespace aifp
