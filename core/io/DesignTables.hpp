#pragma once
#include "core/io/Sqlite.hpp"
#include "core/model/Design.hpp"

namespace aifp {

// Rows of the project tables <-> Design (the table layout is in Schema.cpp).

// Inserts the whole design into the empty tables of db, inside the caller's transaction, with one
// prepared statement per table. Throws sqlite::Error naming the table and the object id.
void writeDesignTables(sqlite::Connection& db, const Design& design);

// Reads the whole design. Throws sqlite::Error naming the table, the id and the column when a
// value is out of the model's domain (unknown enum string, malformed route blob, bad id).
Design readDesignTables(sqlite::Connection& db);

} // namespace aifp
