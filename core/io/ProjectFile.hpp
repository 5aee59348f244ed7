#pragma once
#include "core/model/Design.hpp"
#include <cstdint>
#include <stdexcept>
#include <string>

namespace aifp {

// A project file that cannot be read or written. what() is one line naming the file and the
// reason, e.g. "hall.aifp: not an AI Factory Planner project (application_id 0x00000000)".
struct ProjectFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// PRAGMA application_id of every .aifp file: "AIFP" in ASCII.
inline constexpr std::int32_t kAifpApplicationId = 0x41494650;
// PRAGMA user_version written by this program; older files are migrated step by step on open.
inline constexpr int kAifpSchemaVersion = 6;

// Opens a project read-only; never modifies the file (a migration happens in memory).
Design openProject(const std::string& path);

// Writes a fresh database next to path and renames it over path (atomic on POSIX).
void saveProject(const Design& design, const std::string& path);

// Header facts read without loading the whole design. Throws ProjectFileError only when the
// file is missing, unreadable, not SQLite or truncated; check applicationId and schemaVersion.
struct ProjectFileInfo {
    std::int32_t applicationId = 0;
    int schemaVersion = 0;
    std::int64_t fileBytes = 0;
    std::string writtenBy; // "AI Factory Planner 0.1.0" (meta table); empty when not readable
};
ProjectFileInfo readProjectFileInfo(const std::string& path);

} // namespace aifp
