#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/util/Json.hpp"
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aifp {

// A design document that cannot be imported. what() names the field path and the problem, e.g.
// "racks[3].center.x_m: not a finite number" or "racks[5].catalog_id: unknown catalog id 'x'".
struct DesignJsonError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// JSON format "aifp-design" (docs/file-format.md lists every key); versions 1 to 3 are read.
inline constexpr int kDesignJsonVersion = 4;

// Writes the whole design as JSON text to out, entity by entity, without building the document
// in memory (no final newline). Exact: reading it back gives the same design (numbers are
// written in their shortest round-trip form), and writing that again the same bytes.
void writeDesignJson(const Design& design, std::ostream& out);

// The same document as a tree (for callers that edit it, such as the clipboard).
json::Value designToJson(const Design& design);

// Reads and validates a design: types, units' ranges, enum names, unique ids, references, catalog
// ids (against catalog plus the document's own user_catalog). Unknown keys are errors (typos
// would otherwise be silently ignored); absent keys take the model's defaults, except ids and
// the references an object cannot do without. Throws json::ParseError for text that is not JSON
// and DesignJsonError naming the field for a document that is not a valid design.
// The stream and text forms read one element of a top-level list at a time (memory: the design
// plus one element, not the document); the problems are found in document order, so of two
// problems the one nearer the start is reported.
Design readDesignJson(std::istream& in, const Catalog& catalog);
Design readDesignJson(std::string_view text, const Catalog& catalog);
Design designFromJson(const json::Value& doc, const Catalog& catalog);

// What 'aifp-cli export --format json --out PATH' and 'aifp-cli import' do with files: write
// the document and a newline atomically (ProjectFileError on failure), and read a regular file
// of at most kMaxJsonInputBytes as a stream (ProjectFileError for the file itself).
void exportDesignJsonFile(const Design& design, const std::string& path);
Design importDesignJsonFile(const std::string& path, const Catalog& catalog);

} // namespace aifp
