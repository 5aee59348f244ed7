#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace aifp::sqlite {

// An SQLite failure: the message of the library plus its (extended) result code, so the caller
// can tell corruption (SQLITE_CORRUPT, SQLITE_NOTADB) from other failures.
struct Error : std::runtime_error {
    Error(const std::string& what, int resultCode) : std::runtime_error(what), code(resultCode) {}
    int code;
    bool isCorruption() const; // SQLITE_CORRUPT or SQLITE_NOTADB (primary code)
};

// One connection (RAII). Thin: only what the project file needs.
class Connection {
public:
    // flags: SQLITE_OPEN_* bits. Throws Error when the file cannot be opened.
    Connection(const std::string& path, int flags);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return db_; }
    // Runs one or more statements that return no rows; throws Error with the message.
    void exec(const std::string& sql);
    // Runs a statement returning one integer (e.g. "PRAGMA user_version").
    std::int64_t queryInt(const std::string& sql);
    // Closes now and reports a failure (the destructor closes silently).
    void close();

private:
    sqlite3* db_ = nullptr;
};

// A prepared statement (RAII). Columns and parameters are 0-based here (bind shifts to 1-based).
class Statement {
public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, double v);
    Statement& bind(int index, std::int64_t v);
    Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    Statement& bind(int index, const std::string& v);
    Statement& bindBlob(int index, const void* data, std::size_t bytes); // empty: a 0-byte blob
    // The same without SQLite's copy: data must stay valid and unchanged until the statement is
    // run, reset or destroyed (large blobs, e.g. the packed link bundles: 15 MB at 1 GW).
    Statement& bindBlobUncopied(int index, const void* data, std::size_t bytes);
    Statement& bindNull(int index);

    // Steps once. Returns true when a row is available, false when done; throws Error.
    bool step();
    // Steps a statement that returns no rows, then resets it for the next bindings.
    void run();
    void reset();

    bool isNull(int col) const;
    double getDouble(int col) const;
    std::int64_t getInt(int col) const;
    std::string getText(int col) const;
    // Pointer and size of a blob column (valid until the next step); {nullptr, 0} when empty.
    std::pair<const void*, std::size_t> getBlob(int col) const;

private:
    Statement& bindBlob(int index, const void* data, std::size_t bytes, bool uncopied);
    Connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace aifp::sqlite
