#pragma once
#include "core/io/ProjectFile.hpp"
#include <string>

namespace aifp {

// A project file's bytes already in memory (an SQLite image), opened with the same checks and
// reader as openProject (core/io/ProjectFile.cpp): the header check, the schema check,
// quick_check, the foreign-key check, the row caps and the domain check, on a read-only
// in-memory database (sqlite3_deserialize). name stands for the file in messages; a refusal
// throws the ProjectFileError openProject would throw for a file holding these bytes. Used where
// the bytes are at hand (the fuzz harness, tests/fuzz/fuzz_project_open.cpp).
Design openProjectImage(const std::string& bytes, const std::string& name);

} // namespace aifp
