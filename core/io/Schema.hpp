#pragma once
#include "core/io/Sqlite.hpp"
#include <functional>
#include <string>
#include <vector>

namespace aifp {

// The tables of an .aifp project file (docs/file-format.md describes every column).

// Creates every table of the current schema (kAifpSchemaVersion) in an empty database and sets
// PRAGMA application_id and user_version. Runs inside the caller's transaction.
void createSchema(sqlite::Connection& db);
// The tables of schema 1 only (createSchema applies every migration after it).
void createSchemaVersion1(sqlite::Connection& db);

// One step of the upgrade path: turns a database at schema fromVersion into fromVersion + 1.
struct SchemaMigration {
    int fromVersion = 0;
    std::string what; // one line, for error messages ("add table pipes", ...)
    std::function<void(sqlite::Connection&)> apply;
};

// The migrations this program knows, oldest first. Version 1 is the first released schema, so
// the list is empty: a file at user_version 0 is not a project (see migrateSchema).
const std::vector<SchemaMigration>& schemaMigrations();

// Upgrades db (an in-memory copy, never the file on disk) from fromVersion to toVersion, one
// step per transaction, setting user_version after each step. Throws sqlite::Error with a clear
// message when no step starts at some version on the way (the file is too old or not a project).
void migrateSchema(sqlite::Connection& db, int fromVersion, int toVersion,
                   const std::vector<SchemaMigration>& steps);

} // namespace aifp
