#pragma once
#include "core/io/Project.hpp"
#include <cstddef>
#include <string>

namespace aifp::cli {

// The editing side of a project's variants, shared by the commands that change them (variant,
// swap --as). Every refusal is a UsageError (one line, exit 2).

// Opens the whole project: the base loaded, the other variants as their stored bytes.
Project openWholeProject(const std::string& path);
// Writes the project atomically; the variants not opened keep their bytes.
void saveWholeProject(const Project& project, const std::string& path);
// The index of the variant named name, or a UsageError listing the variants.
std::size_t variantIndex(const Project& project, const std::string& path, const std::string& name);
// The design of variant i: the base's is loaded, another's is opened from its image.
Design variantDesign(const Project& project, std::size_t i, const std::string& path);
// Refuses a name that cannot name a new variant (variantNameProblem).
void requireNewVariantName(const Project& project, const std::string& name);
// Refuses a project that holds kMaxVariants already.
void requireRoomForVariant(const Project& project, const std::string& path);
// A new variant record: name, description, made from fromName today.
Variant newVariant(const std::string& name, const std::string& fromName,
                   const std::string& description);

} // namespace aifp::cli
