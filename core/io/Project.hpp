#pragma once
#include "core/io/ProjectFile.hpp"
#include "core/model/Design.hpp"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aifp {

// A project file holds named variants of the design (schema 3, docs/file-format.md,
// "Variants"). The design tables hold the base variant; every other variant is stored as the
// complete project database of that design alone (its "image"), so a variant that is not opened
// is carried as bytes and written back unchanged.

// At most this many variants in one file, the base included (assumption: a proposal compares a
// handful of options; `compare` runs at most 16 at once).
inline constexpr std::size_t kMaxVariants = 32;
// Largest image of one variant (assumption: a gigawatt campus is about 34 MB; 15x margin).
inline constexpr std::int64_t kMaxVariantImageBytes = 512LL << 20;
// Longest variant name in bytes (UTF-8).
inline constexpr std::size_t kMaxVariantNameBytes = 100;
// The name of the base variant of a file written before schema 3 or by saveProject(Design).
inline constexpr const char* kDefaultBaseVariantName = "base";

struct Variant {
    std::string name;
    std::string description;
    std::string createdFrom; // the variant it was made from ("" when not known)
    std::string createdAt;   // ISO date YYYY-MM-DD ("" when not known)
    // The design, when loaded (always for the base, variants[0]).
    std::optional<Design> design;
    // The stored bytes (a complete project database of this design alone). When set, saving
    // writes these bytes unchanged; reset it when the design is edited.
    std::shared_ptr<const std::string> image;
    // Size of the stored image in bytes (0 when there is none).
    std::int64_t imageBytes() const { return image ? std::int64_t(image->size()) : 0; }
};

struct Project {
    std::vector<Variant> variants; // [0] is the base

    Variant* find(const std::string& name);
    const Variant* find(const std::string& name) const;
    // "base, vera-rubin, n-plus-1": the names in file order, for messages.
    std::string names() const;
};

// Why name cannot name a new variant of project ("" when it can): empty, too long, a comma
// (lists of names are comma-separated), a control character, leading or trailing spaces, or the
// name of another variant.
std::string variantNameProblem(const Project& project, const std::string& name);

// Opens the project: the base design loaded, every other variant as its stored bytes (each
// image's header checked: ours, a schema this program reads, not truncated). Never modifies the
// file. Throws ProjectFileError.
Project openProjectFile(const std::string& path);

// The variants of the file without loading any design or image (design and image left empty).
// The same checks as openProjectFile.
struct VariantListing {
    std::vector<Variant> variants;        // [0] is the base
    std::vector<std::int64_t> imageBytes; // per variant; 0 for the base (in the design tables)
};
VariantListing listVariants(const std::string& path);

// Opens one variant: the base when name is empty or the base's name, else only that variant's
// image (the others are not read). An unknown name is refused with the list of variants.
Design openProjectVariant(const std::string& path, const std::string& name);

// Opens a variant's image held in memory with every check of a file (header, schema,
// quick_check, foreign keys, caps, domain) and the migration of an older schema; an image that
// holds variants of its own is refused. Messages start "<path>: variant '<name>': ".
Design openVariantImage(const std::string& image, const std::string& path, const std::string& name);

// The image of a design: the bytes of a project file holding that design alone.
std::string designImage(const Design& design);

// Writes the project atomically (the same path as saveProject(Design)): variants[0].design into
// the design tables, every other variant's image as it is, or its design serialized when it has
// no image. Throws ProjectFileError when a variant has neither or the names are not valid.
void saveProject(const Project& project, const std::string& path);

// Every check of a project file, the slow ones open leaves out included (aifp-cli check): the
// header, PRAGMA integrity_check and the first dangling foreign key of the file, then everything
// openProjectFile checks (schema, row caps, the reader, the domain check of the base), and for
// every other variant the same on its image (integrity, foreign keys, openVariantImage).
// Returns the problems, one line each, "<path>: <reason>" ("<path>: variant '<name>': ..." for a
// variant); empty when the file is sound. Never modifies the file.
std::vector<std::string> checkProjectFile(const std::string& path);

// Today's date in UTC as YYYY-MM-DD (a variant's created_at).
std::string todayIsoDate();

} // namespace aifp
