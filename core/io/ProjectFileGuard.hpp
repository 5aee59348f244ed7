#pragma once
#include "core/io/Sqlite.hpp"
#include <chrono>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace aifp {

// The reason an open(2)/stat(2)/write(2) failed, in words a user can act on.
std::string errnoReason(int err);

// The checks every file goes through before its content is trusted (docs/file-format.md,
// "Limits and guarantees"). Each throws ProjectFileError "<path>: <reason>" (one line).

// Largest JSON document read (assumption: sized when a gigawatt campus exported to about 60 MB,
// 4x margin; the 1 GW reference design now exports to 147 MB, docs/performance.md).
inline constexpr std::int64_t kMaxJsonInputBytes = 256LL << 20;

// Refuses anything but a regular file (directories, FIFOs, sockets, devices such as /dev/zero),
// without ever blocking on it. Returns the size in bytes.
std::int64_t requireRegularFile(const std::string& path);

// Reads a whole regular file of at most maxBytes (a FIFO or device is refused, a larger file is
// refused without being read).
std::string readRegularFile(const std::string& path, std::int64_t maxBytes);

// A project is only read when no other program is writing it: a hot rollback journal
// (path-journal) or a write-ahead log (path-wal) next to it is refused with a message saying
// what happened and what to do. The file is then opened as immutable (below), so neither
// companion is read, created or deleted.
// A regular file of at most maxBytes read as a stream, 64 KiB at a time, with the checks of
// readRegularFile (opening throws ProjectFileError). A read error, or the file growing past
// maxBytes while it is read, throws ProjectFileError out of the reading call.
class RegularFileStream : public std::istream {
public:
    RegularFileStream(const std::string& path, std::int64_t maxBytes);
    ~RegularFileStream() override;

private:
    class Buffer : public std::streambuf {
    public:
        Buffer(const std::string& path, std::int64_t maxBytes);
        ~Buffer() override;

    protected:
        int_type underflow() override;

    private:
        std::string path_;
        std::int64_t maxBytes_;
        std::int64_t read_ = 0;
        int fd_ = -1;
        std::vector<char> chunk_;
    };
    Buffer buffer_;
};

void refuseCompanionFiles(const std::string& path);

// "file:<path, percent-encoded>?immutable=1": open with SQLITE_OPEN_URI | SQLITE_OPEN_READONLY.
// SQLite then takes no locks and never creates or reads -journal, -wal or -shm files.
std::string immutableUri(const std::string& path);

// Before any row is read: the database holds exactly the tables (and their automatic indexes)
// of a project at the given schema, no views, no triggers, no other indexes, and every table has
// exactly the columns (name, type, NOT NULL, default, primary key, hidden) of that schema.
// knownTablesOnly = true checks only that every object is one of our tables (for an older file
// before migration; the full check then runs on the migrated copy).
void checkSchemaShape(sqlite::Connection& db, const std::string& path, bool knownTablesOnly);

// PRAGMA foreign_key_check: the first dangling reference, named by table, id and column.
void checkForeignKeys(sqlite::Connection& db, const std::string& path);

// The last guard against unbounded work inside SQLite: while alive, any statement on db that
// runs past the deadline is interrupted (sqlite::Error with SQLITE_INTERRUPT).
class SqliteDeadline {
public:
    SqliteDeadline(sqlite::Connection& db, std::chrono::milliseconds budget);
    ~SqliteDeadline();
    SqliteDeadline(const SqliteDeadline&) = delete;
    SqliteDeadline& operator=(const SqliteDeadline&) = delete;
    bool expired() const { return expired_; }

private:
    static int tick(void* self);
    sqlite::Connection& db_;
    std::chrono::steady_clock::time_point deadline_;
    bool expired_ = false;
};

// Time a project open may take before it is abandoned (assumption: a gigawatt campus opens in
// about 1 s on one core, so 30 s only stops pathological files).
inline constexpr std::chrono::milliseconds kOpenBudget{30000};

// Temporary files of our own atomic writes: target + ".tmp-<pid>-<n>-<hex>-<attempt>".
std::string temporaryNameFor(const std::string& target, int attempt);
// Removes files of that pattern next to target whose process no longer exists (a save killed
// half-way). Files of a live process (our own or another running save) are left alone.
// Returns the number of files removed.
int removeStaleTemporaries(const std::string& target);

// Writes bytes to path atomically: a temporary file next to it, fsync, rename. An existing path
// is replaced only when the new file is complete. Throws ProjectFileError.
void writeFileAtomically(const std::string& path, const std::string& bytes);
// The same for text produced by write into a stream (written 64 KiB at a time, never held whole).
// An exception from write leaves path as it was and is passed on.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// True when a and b name the same existing file (same device and inode).
bool sameFile(const std::string& a, const std::string& b);

} // namespace aifp
